#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cds::import {

// One record of a CSV file: its fields and the 1-based line of the file on
// which it starts (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QChar separator;
    QList<CsvRecord> records; // blank lines are left out
    // A problem with the quoting (RFC 4180): 0 when none, else the line of a
    // quoted field that is never closed or of a quote inside an unquoted field.
    int badQuoteLine = 0;
};

// The separator of the header line: the one of comma, semicolon and tab that
// occurs most often outside quotes (Excel with Vietnamese regional settings
// writes semicolons); comma when none occurs.
QChar detectSeparator(const QString &text);

// Splits text into records by RFC 4180: fields separated by separator, a
// field in double quotes may hold the separator, line breaks and "" for a
// quote. Line ends may be CRLF, LF or CR. A null separator is detected.
// Fields are returned as written (not trimmed).
CsvTable parseCsv(const QString &text, QChar separator = QChar());

// parseCsv() one record at a time, for files too large to hold as records
// (500.000 members): text must outlive the cursor.
class CsvCursor
{
public:
    CsvCursor(QStringView text, QChar separator);
    // The next record that is not blank; false at the end. out null: skips
    // the record without building its fields (a first pass that counts the
    // records and finds a bad quote).
    bool next(CsvRecord *out);
    // As CsvTable::badQuoteLine, for the text read so far.
    int badQuoteLine() const { return m_badQuoteLine; }

private:
    QStringView m_text;
    QChar m_separator;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_badQuoteLine = 0;
    bool m_finished = false;
};

} // namespace cds::import
