#pragma once

#include <QString>

namespace cds {

// cdsdesk --db FILE --setup-province CODE|NAME [--units-list 2025|2024]:
// sets up one province of a national unit list (units/ProvinceSetup.h) and
// prints one line saying what was created. Returns the exit code: 0 done
// (also when everything was already there), 1 for an unknown province or
// list name, 2 when the database cannot be opened or written.
int runSetupProvince(const QString &databasePath, const QString &province, const QString &listName);

} // namespace cds
