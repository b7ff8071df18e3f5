#pragma once

#include "import/ImportSchema.h"
#include "import/TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <utility>

namespace cds::import {

// One reason a file was not imported, where it is in the file.
struct ImportProblem
{
    // ImportProblem{ line, column, header, message } as before; a workbook's
    // import adds sheet and cell afterwards.
    ImportProblem(int line = 0, int column = 0, QString header = QString(),
                  QString message = QString(), QString sheet = QString(), QString cell = QString())
        : line(line),
          column(column),
          header(std::move(header)),
          message(std::move(message)),
          sheet(std::move(sheet)),
          cell(std::move(cell))
    {
    }

    int line = 0; // 1-based line of the file (the line a record starts on); 0: the file as a whole
    int column = 0; // 1-based column; 0 when no single column is at fault
    QString header; // the column's header cell as the file writes it (empty when column is 0)
    QString message; // what was expected, translated (context cds::Importer)
    // In a workbook: line is the row as Excel shows it, column counts from A;
    // sheet is the sheet's name and cell the reference ("C7", empty when no
    // single cell is at fault).
    QString sheet;
    QString cell;

    // "Line 4, column 2 (Xã): …", "Line 1: …" or the message alone for a CSV
    // file; "Sheet Thành viên, cell C7: …", "Sheet Thành viên, row 7: …" or
    // "Sheet Thành viên: …" for a workbook; translated.
    QString toText() const;
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Units;
    TextEncoding encoding = TextEncoding::Auto;
    QChar separator; // null: detected
    // A workbook (.xlsx): the sheet to read, by name (case ignored); empty:
    // the first sheet.
    QString sheet;
    // An intake workbook's sheet (IntakeWorkbook.h): a row already in the
    // database as it stands (a village, a team with the same values, a
    // member of the team) is counted unchanged instead of refused, and a
    // team row that gives nothing but its unit is left out; importing the
    // same workbook twice changes nothing the second time.
    bool intake = false;
    ColumnMapping mapping; // empty: by header names
    // The campaign that teams, members, attendance, media, figures,
    // trainings, events and recommendations belong to; 0: the latest
    // campaign. Unused for units and organisations.
    int campaignId = 0;
    // The file's name as the change history shows it; importFile() sets it.
    QString sourceName;
    // Called from the importing thread with the records done and the total,
    // first while checking and again while writing (total is the same).
    std::function<void(qint64 done, qint64 total)> progress;
    // Set from any thread to stop; the transaction is then rolled back.
    const std::atomic_bool *cancel = nullptr;
    // Check the file and count what it would add and change (ImportResult's
    // newCount, changedCount, unchangedCount, changes) without keeping
    // anything: the writes are run and rolled back.
    bool preview = false;
    // Run inside the caller's transaction and change group (the sheets of an
    // intake workbook, kept or dropped together): no transaction or change
    // group of its own; the sheet's writes are kept in a savepoint, released
    // when the sheet passes (even in a preview: the caller rolls back at the
    // end, so the next sheet sees this one's rows) and rolled back when it fails.
    bool nested = false;
    // Members: write each row with its own QSqlQuery and let the triggers
    // keep the members list's sort keys (migration 0010), as before the bulk
    // writes of issue #15. The rows, keys, search index and change log are
    // the same either way; tests compare the two, the benchmark times both.
    // The environment variable CDS_IMPORT_ROW_BY_ROW=1 sets it too.
    bool rowByRow = false;
};

struct ImportResult
{
    bool imported = false; // true: every row was written and committed
    qint64 changeGroupId = 0; // the change group of the import (ChangeLog.h), for undo
    bool cancelled = false; // stopped through ImportOptions::cancel; nothing written
    QList<ImportProblem> problems; // empty when imported; otherwise every problem found
    // What was imported but deserves a look, whether imported or not: a
    // column the import does not read, a value a spreadsheet would run as a
    // formula (ImportChecks.h).
    QList<ImportProblem> warnings;
    qint64 rowCount = 0; // rows written (records of the file) when imported: new + changed
    // A corrected file imported again (teams, figures, trainings, events,
    // recommendations) or an intake workbook:
    // the records the file adds, the existing records whose values it
    // changes, and those already in the database as the file has them.
    qint64 newCount = 0;
    qint64 changedCount = 0;
    qint64 unchangedCount = 0;
    // One line per changed record, before → after, translated:
    // "Tổ Công nghệ số cộng đồng xã Bình Hải: declared members 7 → 9".
    QStringList changes;
    bool previewed = false; // ImportOptions::preview: checked and counted, nothing kept
    TextEncoding encoding = TextEncoding::Utf8; // as detected or given
    QChar separator;
    QString sheet; // a workbook: the sheet read; empty for a CSV file
    int headerLine = 0; // the line (a workbook: the row) of the header

    // Every problem's toText(), one per line.
    QString problemText() const;
};

// Reads a CSV file or a sheet of an Excel workbook (.xlsx, see XlsxReader.h:
// recognised by its content, not its name) of one kind into the database,
// all or nothing: the file is
// first checked completely (every problem is collected with its line and
// column), then written in one transaction that is rolled back on any
// failure or cancellation, so an interrupted or killed import leaves the
// database as it was. A CSV file's header is its first line; a sheet's header
// is the first row whose cells name the kind's columns (a title block may
// stand above it). Text is stored NFC with white space collapsed; numbers
// are read in vi-VN form ("1.141"), dates as dd/mm/yyyy (stored yyyy-MM-dd).
// Units are named by GSO code or by name (ignoring case, diacritics, extra
// spaces and a type word such as "Xã" or "Thôn"); a name shared by several
// units is reported, not guessed, unless a Commune or District column tells
// them apart.
// Runs on the thread that owns db's connection (one connection per thread).
// bytes is let go of once the file is read into text: pass it moved (as
// importFile() does) and a national file is not held twice.
ImportResult importData(const QSqlDatabase &db, QByteArray bytes, const ImportOptions &options);
ImportResult importFile(const QSqlDatabase &db, const QString &path, const ImportOptions &options);

// The one-line summary of a successful import, translated: "Imported 954
// villages and residential groups from villages.csv".
QString importSummary(ImportKind kind, qint64 rowCount, const QString &fileName);

// "3 new, 2 changed, 40 unchanged", translated.
QString importCounts(const ImportResult &result);

} // namespace cds::import
