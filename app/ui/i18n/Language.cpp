#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include "common/AppSettings.h"
#include <QTranslator>

namespace cds {

namespace {
const QString languageKey = QStringLiteral("ui/language");
} // namespace

QStringList supportedLanguages()
{
    return { QStringLiteral("vi"), QStringLiteral("en") };
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

    auto *app = QCoreApplication::instance();
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/cdsdesk_") + language))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;

    // Debian's Qt 6.4 ships no qtbase_vi; newer Qt installations may.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // Dialog buttons and dates of Qt widgets follow the default locale.
    QLocale::setDefault(language == QStringLiteral("vi")
                                ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

} // namespace cds
