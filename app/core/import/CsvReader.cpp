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

CsvTable parseCsv(const QString &text, QChar separator)
{
    CsvTable table;
    table.separator = separator.isNull() ? detectSeparator(text) : separator;

    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool recordHasContent = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    const auto endField = [&] {
        record.fields << field;
        if (!field.trimmed().isEmpty() || wasQuoted)
            recordHasContent = true;
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (recordHasContent)
            table.records << record;
        record = CsvRecord();
        recordHasContent = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (ch == u'\n' || (ch == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n')))
                ++line;
            field += ch;
            continue;
        }
        if (ch == u'"') {
            if (field.trimmed().isEmpty() && !wasQuoted) {
                field.clear();
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (table.badQuoteLine == 0) {
                table.badQuoteLine = line;
            }
            continue;
        }
        if (ch == table.separator) {
            endField();
            continue;
        }
        if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        field += ch;
    }
    if (quoted && table.badQuoteLine == 0)
        table.badQuoteLine = quoteLine;
    endRecord();
    return table;
}

} // namespace cds::import
