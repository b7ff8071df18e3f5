#pragma once

#include <QSettings>

namespace cds {

// The user's settings (~/.config/cdsdesk/cdsdesk.conf; Windows:
// HKCU\Software\cdsdesk\cdsdesk). The application sets no organisation name,
// so that its data folder stays <AppData>/cdsdesk; QSettings() would then file
// the settings under "Unknown Organization".
class AppSettings : public QSettings
{
public:
    AppSettings() : QSettings(QStringLiteral("cdsdesk"), QStringLiteral("cdsdesk")) { }
};

} // namespace cds
