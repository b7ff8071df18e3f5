#pragma once

#include "import/CsvReader.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cds::import {

// A small reader of Excel workbooks (.xlsx, Office Open XML spreadsheets,
// ECMA-376 / ISO/IEC 29500) for the import: the districts and communes send
// their lists as .xlsx. It is written here, on libzip (package/ZipPackage.h)
// and QXmlStreamReader, because no .xlsx reader is packaged in Debian 12 that
// also exists for Windows (libxlsxwriter, which the exports use, only writes).
//
// It reads the values a clerk sees:
// - the sheets in the workbook's order, with their names (the workbook's
//   relationships name each sheet's part);
// - shared strings (rich text runs joined, phonetic runs left out), inline
//   strings, numbers, booleans, error values ("#N/A"), and the cached value of
//   a formula cell (the value Excel or LibreOffice saved with it);
// - dates stored as serial numbers, recognised by the cell's number format
//   (built-in formats 14–22, custom formats with d, m or y outside quotes and
//   brackets), in the 1900 date system with Excel's 1900 leap-year bug
//   (serial 60 is the 29/02/1900 that never was) or the 1904 system when the
//   workbook says date1904;
// - merged cells: the value stays in the top-left cell, the others are empty
//   (LibreOffice keeps hidden content there; it is dropped);
// - empty rows and cells, placed by their "r" reference (A1, AA10).
//
// Its limits: formulas are not evaluated (a formula saved without a cached
// value reads as empty); encrypted (password-protected) workbooks, the old
// binary .xls, .xlsb and .ods are refused with a message; strict OOXML's
// ISO dates ("d" cells) are read, but chart sheets and dialog sheets have no
// rows; number formats other than dates are not applied (1141 with the
// format "#,##0" reads as 1141; 0.5 as "0,5").
struct XlsxCell
{
    enum class Type { Text, Number, Boolean, Date, Error };

    int column = 0; // 1-based (A = 1)
    Type type = Type::Text;
    // The value as the import reads it: text as written (NFC is left to the
    // import), a whole number in digits ("1141"), another number with a
    // decimal comma ("0,5"), a date as dd/mm/yyyy, TRUE or FALSE, "#N/A".
    QString text;
    double number = 0; // Number, Date (the serial) and Boolean (0 or 1)
};

struct XlsxRow
{
    int row = 0; // 1-based, as Excel shows it
    QList<XlsxCell> cells; // by column, empty cells left out
};

struct XlsxSheet
{
    QString name;
    QList<XlsxRow> rows; // by row, empty rows left out
    QStringList mergedRanges; // "A1:F1"
};

struct XlsxWorkbook
{
    QList<XlsxSheet> sheets; // in the workbook's order
    bool date1904 = false;

    QStringList sheetNames() const;
    // The sheet named name (compared ignoring case, as Excel does); -1 if none.
    int sheetIndex(const QString &name) const;
};

// Whether bytes start as a zip archive (an .xlsx does) or as an OLE compound
// file (an .xls, or an encrypted .xlsx).
bool looksLikeWorkbook(const QByteArray &bytes);

// Reads every sheet of the workbook in bytes. On failure returns an empty
// workbook and sets why to a translated message saying what the file is
// instead ("an Excel 97-2003 workbook (.xls)…", "damaged…").
XlsxWorkbook readXlsx(const QByteArray &bytes, QString *why);

// The sheet's rows as records for the import: the cells of each non-empty row
// from column A to its last cell, empty strings between; record.line is the
// row number.
QList<CsvRecord> sheetRecords(const XlsxSheet &sheet);

// "A" for 1, "Z" for 26, "AA" for 27.
QString columnName(int column);
// "C7" for row 7, column 3.
QString cellReference(int row, int column);
// Parses "C7" or "$C$7"; false (row and column unchanged) when ref is not one.
bool parseCellReference(QStringView ref, int *row, int *column);

// The day of serial (its fraction, the time, ignored) in the 1900 or 1904
// date system; an invalid QDate for 60 in the 1900 system (29/02/1900) and
// for serials before the system's first day.
QDate dateFromSerial(double serial, bool date1904);
// Whether a number format shows a date: built-in ids 14–22, or a custom
// format code with d, m or y outside quotes, brackets and escapes (m alone
// with h or s is minutes, not months).
bool isDateFormat(int numberFormatId, const QString &formatCode);

} // namespace cds::import
