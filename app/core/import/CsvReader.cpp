#include "import/CsvReader.h"

#include "import/TextEncoding.h"

#include <QIODevice>
#include <QStringDecoder>

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

CsvCursor::CsvCursor(QStringView text, QChar separator, int firstLine)
    : m_text(text), m_separator(separator), m_line(firstLine)
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

CsvFileReader::CsvFileReader(QIODevice *device, QChar separator) : m_device(device), m_separator(separator)
{
}

bool CsvFileReader::readBlock()
{
    // Read until m_pending holds a line end outside quotes past blockSize,
    // or the whole rest of the file.
    while (!m_deviceDone && (m_cut < 0 || m_cut < blockSize)) {
        const QByteArray chunk = m_device->read(blockSize);
        if (chunk.isEmpty()) {
            m_deviceDone = true;
            break;
        }
        m_pending += chunk;
        if (!m_started) {
            m_started = true;
            if (m_pending.startsWith("\xEF\xBB\xBF"))
                m_pending.remove(0, 3);
        }
        const char *data = m_pending.constData();
        for (qsizetype i = m_scanned; i < m_pending.size(); ++i) {
            if (data[i] == '"')
                m_quoted = !m_quoted;
            else if (data[i] == '\n' && !m_quoted)
                m_cut = i;
        }
        m_scanned = m_pending.size();
    }
    if (m_pending.isEmpty())
        return false;
    const qsizetype size = m_deviceDone ? m_pending.size() : m_cut + 1;
    const QByteArrayView block(m_pending.constData(), size);
    if (m_invalidLine == 0) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        m_text = decoder(block);
        if (decoder.hasError())
            m_invalidLine = m_byteLine - 1 + firstInvalidUtf8Line(block);
    } else {
        m_text = QString::fromUtf8(block);
    }
    m_text = std::move(m_text).normalized(QString::NormalizationForm_C);
    m_byteLine += int(block.count('\n'));
    m_pending.remove(0, size);
    m_scanned = m_pending.size();
    m_cut = -1;
    // Quotes of the rest are counted again from a record's start.
    m_quoted = false;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i) == '"')
            m_quoted = !m_quoted;
        else if (m_pending.at(i) == '\n' && !m_quoted)
            m_cut = i;
    }
    m_cursor.emplace(m_text, m_separator, m_line);
    return true;
}

bool CsvFileReader::next(CsvRecord *out)
{
    for (;;) {
        if (m_cursor) {
            if (m_cursor->next(out))
                return true;
            if (m_badQuoteLine == 0)
                m_badQuoteLine = m_cursor->badQuoteLine();
            m_line = m_cursor->line();
            m_cursor.reset();
        }
        if (!readBlock())
            return false;
    }
}

} // namespace cds::import
