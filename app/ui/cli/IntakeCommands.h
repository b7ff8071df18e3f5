#pragma once

#include <QString>

namespace cds::cli {

// `cdsdesk --db FILE --export-intake FOLDER [--campaign ID]`: writes the
// campaign's intake workbooks (IntakeWorkbook.h), one per district (or
// commune), and prints each file. Exit codes: 0 written; 2 the database
// cannot be opened or a workbook cannot be written.
int runExportIntake(const QString &databasePath, const QString &folder, int campaignId);

// `cdsdesk --db FILE --import intake WORKBOOK.xlsx [--campaign ID]`: imports
// a filled intake workbook, sheet by sheet, and prints what each sheet
// imported and left unchanged. Exit codes: 0 imported; 2 the database cannot
// be opened; 3 a sheet was refused (its problems on stderr, by sheet and cell).
int runImportIntake(const QString &databasePath, const QString &input, int campaignId);

} // namespace cds::cli
