#pragma once

#include <QString>
#include <QStringList>

namespace cds {

// The UI languages: "vi" (default) and "en".
QStringList supportedLanguages();

// The language stored in QSettings ("ui/language"), "vi" when unset or unknown.
QString storedLanguage();
// Stores language for the next start; the running UI keeps its language
// (translators are installed once, before any window is built).
void storeLanguage(const QString &language);

// Installs the application translation (:/i18n/cdsdesk_<language>.qm) and, when
// the Qt installation has it, Qt's own qtbase_<language>.qm. Call once after
// QCoreApplication exists and before building widgets. Returns false when the
// language is unknown (nothing is installed then).
bool installTranslators(const QString &language);

} // namespace cds
