#pragma once

#include "import/Importer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cds::intake {

// Intake workbooks: the Excel files the department sends to each district
// (or, in a province without districts, to each commune) to be filled in and
// sent back. One workbook per area, written with libxlsxwriter:
// - "Hướng dẫn": how to fill it in, in Vietnamese;
// - "Thôn, tổ dân phố": the area's villages and residential groups (the
//   existing ones locked), new ones entered below with drop-down lists of
//   the area's communes and of the unit types;
// - "Tổ Công nghệ số": one row per unit of the area at the levels the
//   campaign expects teams at, with its GSO code, name, level and commune
//   locked, the existing team's values pre-filled, dates and counts checked
//   by data validation;
// - "Thành viên": the teams' present members, new ones entered below with
//   drop-down lists of units, roles and genders;
// - "Danh mục": the lists the drop-downs read (hidden).
// The sheets are protected (no password) so that only the entry cells can be
// changed. The headers are the import's Vietnamese column labels, so each
// sheet imports as its kind (importIntakeWorkbook()).

struct IntakeExportResult
{
    QStringList files; // the workbooks written, full paths
    QString error; // translated; empty on success
};

// Writes the campaign's (0: the latest) intake workbooks into folder (created
// if missing), one per area, named "nhap-lieu-<area>.xlsx" from the area's
// name without diacritics; an existing file of that name is replaced.
IntakeExportResult exportIntakeWorkbooks(const QSqlDatabase &db, int campaignId,
                                         const QString &folder);

// The sheet names above, by kind; an intake workbook holds at least one.
QString sheetName(import::ImportKind kind);

struct IntakeImportResult
{
    // One import per sheet found, in the order units, teams, members (a team
    // needs its village, a member the team); it stops at the first sheet with
    // problems, whose result is the last one (the sheets before it stay
    // imported: importing the workbook again after correcting it is safe, as
    // rows already there are counted unchanged).
    QList<std::pair<import::ImportKind, import::ImportResult>> sheets;
    bool imported = false; // every sheet found was imported
    QString error; // translated: the file is not an intake workbook, cannot be read…

    // "Thôn, tổ dân phố: 2 imported, 14 unchanged", one line per sheet,
    // then the problems of a refused sheet.
    QString text() const;
};

// Imports a filled intake workbook into the campaign (0: the latest): each
// sheet by its kind through import::importFile() with ImportOptions::intake.
IntakeImportResult importIntakeWorkbook(const QSqlDatabase &db, const QString &path,
                                        int campaignId);

} // namespace cds::intake
