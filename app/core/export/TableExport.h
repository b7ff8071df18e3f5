#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cds::tableexport {

// One cell as the user sees it, and the number behind it when the cell shows
// a number ("1.141" -> 1141), so that a spreadsheet can add it up.
struct Cell
{
    QString text; // the display text, NFC
    std::optional<double> number;
};

// A list as shown on screen: its column headers and its rows in display order.
struct Table
{
    QString title; // the sheet's name in a workbook (cut to 31 characters)
    QStringList headers;
    QList<QList<Cell>> rows; // each row has headers.size() cells
};

// The table as CSV: UTF-8 with a byte-order mark (so that Excel reads
// Vietnamese letters right), a header row, comma separators, CRLF line ends
// and RFC 4180 quoting (a field holding a comma, a quote or a line break is
// quoted, quotes doubled). Cells are written as displayed ("1.141"); a text
// cell (or header) that starts with = + - @ tab or CR gets an apostrophe in
// front so that a spreadsheet shows it instead of running it as a formula
// (FormulaGuard.h); a cell with a number ("-5") is written as it is.
QByteArray toCsv(const Table &table);
// Writes toCsv() to path atomically (QSaveFile). error (translated) on failure.
bool writeCsv(const QString &path, const Table &table, QString *error);

// title as a workbook's sheet name: at most 31 characters, none of [ ] : * ? / and backslash
// ("Sheet1" when empty).
QString workbookSheetName(const QString &title);

// Whether this build can write XLSX (it was built with libxlsxwriter).
bool xlsxAvailable();
// Writes the table as an Excel workbook with one sheet: a bold header row
// that stays in view, an autofilter, and cells with a number written as
// numbers. The file appears whole or not at all (written beside it, then
// renamed). error (translated) on failure, or when !xlsxAvailable().
bool writeXlsx(const QString &path, const Table &table, QString *error);

} // namespace cds::tableexport
