#pragma once

#include <QString>
#include <QStringList>

namespace cds {

// The UI languages: "vi" (default) and "en".
QStringList supportedLanguages();
// The language's own name for the language chooser: "Tiếng Việt", "English".
QString languageDisplayName(const QString &language);

// The language stored in QSettings ("ui/language"), "vi" when unset or unknown.
QString storedLanguage();
// Stores language for the next start; the running UI keeps its language
// (its widgets are built once, translated).
void storeLanguage(const QString &language);

// Installs the application translation (:/i18n/cdsdesk_<language>.qm) and
// Qt's own, so that the file, print, colour and message dialogs speak the
// language too: the Qt installation's qtbase_<language>.qm when it has one,
// then our :/i18n/qtbase_vi.qm (Debian's and upstream Qt ship no Vietnamese
// catalogue), which takes precedence. Translators installed by an earlier
// call are removed first. Call after QCoreApplication exists and before
// building widgets. Returns false when the language is unknown (nothing is
// changed then).
//
// The default QLocale is vi-VN in both languages: the data are Vietnamese,
// so figures and dates read "1.141" and "07/10/2022" in the English UI as
// they do in the printed report (GLOSSARY.md, formatting conventions).
bool installTranslators(const QString &language);

} // namespace cds
