#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

// Exports a list of any size straight from the database to a file: the rows
// are read forward-only and written as they come, so memory stays flat
// (500.000 members: a few MB, issue #15). Runs on whatever thread owns db;
// the window runs it on a DatabaseWorker with its own connection.
namespace cds::tableexport {

enum class Format { Csv, Xlsx };

// One column: its header and the text a cell shows for a raw value.
struct StreamColumn
{
    QString header;
    // The cell's text for a value that is not NULL (NULL shows empty); empty
    // function: the list's default (numbers in vi-VN form "1.141", decimals
    // with one digit, anything else as text). Called on the worker thread:
    // must not touch widgets or shared state.
    std::function<QString(const QVariant &)> display = {};
};

struct StreamQuery
{
    QString title; // the sheet's name in a workbook
    // A SELECT whose first column is the row's id (not written) followed by
    // one column per entry of columns, in the order to write.
    QString sql;
    QVariantList values; // bound to sql's ? in order
    QList<StreamColumn> columns;
    qint64 expectedRows = 0; // for progress only; 0: unknown
};

// Writes query's rows to path as CSV (as toCsv() formats it: BOM, CRLF,
// quoting, formula guard) or as an XLSX workbook (as writeXlsx(), written in
// libxlsxwriter's constant-memory mode). A cell is written as a number when
// its raw value is a number and the cell shows exactly that number.
//
// The file is written beside path under a temporary name and renamed over
// path at the end: cancelled or failed, nothing is left and an existing file
// at path is unchanged (a file another program holds open is not replaced:
// the rename fails and the error says so).
//
// progress(done) is called every few thousand rows and at the end; returning
// false cancels (then *cancelled is set and false returned without error).
// rowsWritten: the rows written. error (translated) on failure.
bool streamTable(const QSqlDatabase &db, const StreamQuery &query, Format format, const QString &path,
                 const std::function<bool(qint64 done)> &progress, qint64 *rowsWritten, bool *cancelled,
                 QString *error);

// The text a list shows for a raw value without a display function.
QString defaultCellText(const QVariant &value);

} // namespace cds::tableexport
