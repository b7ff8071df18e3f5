#include "Language.h"

#include "common/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <vector>

namespace cds {

namespace {
const QString languageKey = QStringLiteral("ui/language");

// The translators installTranslators() installed, so that a later call can
// replace them.
std::vector<QPointer<QTranslator>> &installedTranslators()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

void install(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        installedTranslators().emplace_back(translator);
    else
        delete translator;
}
} // namespace

QStringList supportedLanguages()
{
    return { QStringLiteral("vi"), QStringLiteral("en") };
}

QString languageDisplayName(const QString &language)
{
    if (language == QStringLiteral("vi"))
        return QStringLiteral("Tiếng Việt");
    if (language == QStringLiteral("en"))
        return QStringLiteral("English");
    return language;
}

QString storedLanguage()
{
    const QString language = AppSettings().value(languageKey).toString();
    return supportedLanguages().contains(language) ? language : QStringLiteral("vi");
}

void storeLanguage(const QString &language)
{
    if (supportedLanguages().contains(language))
        AppSettings().setValue(languageKey, language);
}

bool installTranslators(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;

    for (const QPointer<QTranslator> &translator : installedTranslators()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    // The source texts are English: nothing of Qt's to load for "en".
    if (language != QStringLiteral("en")) {
        // The last installed translator is searched first: ours before the
        // installation's (newer Qt kits on Windows may bring a qtbase_vi).
        install(QStringLiteral("qtbase_") + language,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(QStringLiteral("qtbase_") + language, QStringLiteral(":/i18n"));
    }
    install(QStringLiteral("cdsdesk_") + language, QStringLiteral(":/i18n"));

    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return true;
}

} // namespace cds
