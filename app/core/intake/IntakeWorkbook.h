#pragma once

#include "import/Importer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

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
    bool cancelled = false; // stopped by the progress callback: files holds those written before
};

// Called before each workbook is written with the workbooks done and the
// total; returning false stops the export (the workbooks already written stay).
using IntakeProgress = std::function<bool(int done, int total)>;

// Writes the campaign's (0: the latest) intake workbooks into folder (created
// if missing), one per area, named "nhap-lieu-<area>.xlsx" from the area's
// name without diacritics; an existing file of that name is replaced.
IntakeExportResult exportIntakeWorkbooks(const QSqlDatabase &db, int campaignId,
                                         const QString &folder,
                                         const IntakeProgress &progress = {});

// The sheet names above, by kind; an intake workbook holds at least one.
QString sheetName(import::ImportKind kind);

struct IntakeImportResult
{
    // One import per sheet read, in the order units, teams, members (a team
    // needs its village, a member the team); the reading stops at the first
    // sheet with problems, whose result is the last one. All or nothing:
    // when any sheet is refused, nothing of any sheet is kept.
    QList<std::pair<import::ImportKind, import::ImportResult>> sheets;
    bool imported = false; // every sheet found was imported and kept
    bool previewed = false; // checked and counted, nothing kept (IntakeImportMode::Preview)
    qint64 changeGroupId = 0; // the one change group of the whole workbook (0: nothing changed), for undo
    QString error; // translated: the file is not an intake workbook, cannot be read…

    // Over every sheet: records the workbook adds, changes (with their
    // "before → after" lines) and already has as they are.
    qint64 newCount() const;
    qint64 changedCount() const;
    qint64 unchangedCount() const;
    QStringList changes() const;
    // The problems of the refused sheet, each with its sheet and cell
    // (ImportProblem::sheet, ImportProblem::cell); empty when none was refused.
    QList<import::ImportProblem> problems() const;
    bool refused() const { return !problems().isEmpty() || !error.isEmpty(); }

    // "Thôn, tổ dân phố: 2 new, 0 changed, 14 unchanged", one line per
    // sheet with its changes, then the problems of a refused sheet; translated.
    QString text() const;
};

enum class IntakeImportMode {
    Apply,  // import, all sheets in one transaction and one change group
    Preview // check and count as Apply would, then keep nothing
};

// Imports a filled intake workbook into the campaign (0: the latest): each
// sheet by its kind through import::importFile() with ImportOptions::intake,
// all in one transaction: one bad cell on any sheet and nothing of any sheet
// is kept. The change group is described as the workbook's import, so Edit →
// Undo takes the whole workbook back. Importing the same workbook again
// counts every row unchanged and writes nothing (no change group).
IntakeImportResult importIntakeWorkbook(const QSqlDatabase &db, const QString &path,
                                        int campaignId,
                                        IntakeImportMode mode = IntakeImportMode::Apply);

} // namespace cds::intake
