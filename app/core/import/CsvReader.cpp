#include "import/CsvReader.h"

namespace cds::import {

QChar detectSeparator(const QString &text)
{
    const QChar candidates[] = { u';', u',', u'\t' };
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (ch == u'\n' || ch == u'\r')
            break;
        for (int i = 0; i < 3; ++i) {
            if (ch == candidates[i])
                ++counts[i];
        }
    }
    int best = 1; // comma when there is no separator at all (one column)
    for (int i = 0; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

CsvCursor::CsvCursor(QStringView text, QChar separator) : m_text(text), m_separator(separator)
{
}

bool CsvCursor::next(CsvRecord *out)
{
    const qsizetype size = m_text.size();
    CsvRecord record;
    record.line = m_line;
    QString field;
    bool fieldBlank = true; // the field holds only white space so far
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool recordHasContent = false;
    int quoteLine = 0;

    const auto append = [&](QChar ch) {
        if (out)
            field += ch;
        if (fieldBlank && !ch.isSpace())
            fieldBlank = false;
    };
    const auto endField = [&] {
        if (!fieldBlank || wasQuoted)
            recordHasContent = true;
        if (out)
            record.fields << field;
        field.clear();
        fieldBlank = true;
        wasQuoted = false;
    };
    // Ends the record; true when it is returned (blank lines are left out).
    const auto endRecord = [&] {
        endField();
        if (recordHasContent) {
            if (out)
                *out = std::move(record);
            return true;
        }
        record = CsvRecord();
        recordHasContent = false;
        return false;
    };

    while (m_position < size) {
        const QChar ch = m_text.at(m_position++);
        if (quoted) {
            if (ch == u'"') {
                if (m_position < size && m_text.at(m_position) == u'"') {
                    append(u'"');
                    ++m_position;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (ch == u'\n' || (ch == u'\r' && !(m_position < size && m_text.at(m_position) == u'\n')))
                ++m_line;
            append(ch);
            continue;
        }
        if (ch == u'"') {
            if (fieldBlank && !wasQuoted) {
                field.clear();
                fieldBlank = true;
                quoted = true;
                wasQuoted = true;
                quoteLine = m_line;
            } else if (m_badQuoteLine == 0) {
                m_badQuoteLine = m_line;
            }
            continue;
        }
        if (ch == m_separator) {
            endField();
            continue;
        }
        if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && m_position < size && m_text.at(m_position) == u'\n')
                ++m_position;
            ++m_line;
            if (endRecord())
                return true;
            record.line = m_line;
            continue;
        }
        append(ch);
    }
    if (m_finished)
        return false;
    m_finished = true;
    if (quoted && m_badQuoteLine == 0)
        m_badQuoteLine = quoteLine;
    return endRecord();
}

CsvTable parseCsv(const QString &text, QChar separator)
{
    CsvTable table;
    table.separator = separator.isNull() ? detectSeparator(text) : separator;
    CsvCursor cursor(text, table.separator);
    CsvRecord record;
    while (cursor.next(&record))
        table.records << record;
    table.badQuoteLine = cursor.badQuoteLine();
    return table;
}

} // namespace cds::import
