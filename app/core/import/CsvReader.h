#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class QIODevice;

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
    // firstLine: the line of the file text starts on (a block of a file).
    CsvCursor(QStringView text, QChar separator, int firstLine = 1);
    // The next record that is not blank; false at the end. out null: skips
    // the record without building its fields (a first pass that counts the
    // records and finds a bad quote).
    bool next(CsvRecord *out);
    // As CsvTable::badQuoteLine, for the text read so far.
    int badQuoteLine() const { return m_badQuoteLine; }
    // The line the next record starts on (or the end of the text).
    int line() const { return m_line; }

private:
    QStringView m_text;
    QChar m_separator;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_badQuoteLine = 0;
    bool m_finished = false;
};

// CsvCursor over a UTF-8 file read in blocks (a national members file is
// 60 MB; its text would be 120 MB): the same records, lines and bad quote
// as parseCsv() of the whole decoded text, holding about two blocks at a
// time. A block ends at a line end outside double quotes, so a record never
// spans two blocks, and each block is decoded and normalised (NFC) on its
// own (separators, quotes and line ends are ASCII: nothing composes across
// them). Line ends are counted as CsvCursor counts them; a file whose only
// line ends are CR is read as one block.
class CsvFileReader
{
public:
    // device: open for reading, at the first byte of the file (a UTF-8 byte
    // order mark is skipped). It must outlive the reader.
    CsvFileReader(QIODevice *device, QChar separator);
    bool next(CsvRecord *out);
    int badQuoteLine() const { return m_badQuoteLine; }
    // 0 while every block read so far is UTF-8; else the file's line (as
    // firstInvalidUtf8Line counts them) of the first byte that is not.
    int invalidUtf8Line() const { return m_invalidLine; }

    // The bytes of a block: about this much, more when a quoted value spans it.
    static constexpr qsizetype blockSize = 1 << 20;

private:
    bool readBlock();

    QIODevice *m_device;
    QChar m_separator;
    QByteArray m_pending; // read from the device, not yet in a block
    qsizetype m_scanned = 0; // bytes of m_pending whose quotes are counted
    bool m_quoted = false; // inside double quotes after m_scanned bytes
    qsizetype m_cut = -1; // the last line end outside quotes in m_pending
    bool m_deviceDone = false;
    bool m_started = false; // the byte order mark is checked
    QString m_text; // the block being read
    std::optional<CsvCursor> m_cursor;
    int m_line = 1; // the line the next block starts on
    int m_byteLine = 1; // the same, counted by '\n' bytes (firstInvalidUtf8Line)
    int m_badQuoteLine = 0;
    int m_invalidLine = 0;
};

} // namespace cds::import
