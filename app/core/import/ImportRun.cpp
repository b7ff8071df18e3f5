#include "import/ImportRun.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"

#include "database/SqliteStatement.h"
#include "import/ImportChecks.h"
#include "import/XlsxReader.h"
#include "statistics/CampaignStatistics.h"
#include "units/UnitHistory.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace cds::import::detail {

ImportRun::ImportRun(const QSqlDatabase &db, const ImportOptions &options)
    : m_db(db),
      m_options(options),
      m_rowByRow(options.rowByRow || qEnvironmentVariableIntValue("CDS_IMPORT_ROW_BY_ROW") == 1)
{
}

ImportRun::~ImportRun() = default;

KeyDigest keyDigest(const QString &key)
{
    const QByteArray md5 = QCryptographicHash::hash(
            QByteArrayView(reinterpret_cast<const char *>(key.utf16()), key.size() * qsizetype(sizeof(char16_t))),
            QCryptographicHash::Md5);
    KeyDigest digest;
    std::memcpy(&digest.high, md5.constData(), sizeof digest.high);
    std::memcpy(&digest.low, md5.constData() + sizeof digest.high, sizeof digest.low);
    return digest;
}

QString quoted(const QString &value)
{
    return u'“' + value + u'”';
}

qint64 ImportRun::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw WriteError(
                Text::tr("The database could not be read: %1").arg(query.lastError().text()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ImportRun::insert(const QString &table, const QList<std::pair<QString, QVariant>> &values)
{
    QStringList columns;
    for (const auto &entry : values)
        columns << entry.first;
    const QString signature = table + u'|' + columns.join(u',');
    auto found = m_inserts.find(signature);
    if (found == m_inserts.end()) {
        QSqlQuery query(m_db);
        const QStringList marks(columns.size(), QStringLiteral("?"));
        if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(u','), marks.join(u','))))
            throw WriteError(Text::tr("Cannot write %1: %2").arg(table, query.lastError().text()));
        found = m_inserts.insert(signature, query);
    }
    QSqlQuery &query = found.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i).second);
    if (!query.exec())
        throw WriteError(Text::tr("Cannot write %1: %2").arg(table, query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

void ImportRun::update(const QString &table, qint64 id,
                    const QList<std::pair<QString, QVariant>> &values)
{
    QStringList sets;
    for (const auto &entry : values)
        sets << entry.first + QStringLiteral(" = ?");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u','))))
        throw WriteError(Text::tr("Cannot write %1: %2").arg(table, query.lastError().text()));
    for (const auto &entry : values)
        query.addBindValue(entry.second);
    query.addBindValue(id);
    QString error;
    if (!query.exec())
        throw WriteError(Text::tr("Cannot write %1: %2").arg(table, query.lastError().text()));
    if (!keys::refreshRow(m_db, table, id, &error))
        throw WriteError(Text::tr("Cannot write %1: %2").arg(table, error));
}

ImportRun::Write ImportRun::updateOrKeep(const QString &table, qint64 id, const QString &record,
                                   const QList<std::pair<QString, QVariant>> &values,
                                   const QList<ValueChange> &changes)
{
    if (changes.isEmpty()) {
        ++m_unchanged;
        return [] { };
    }
    ++m_changed;
    m_changes << changeDescription(record, changes);
    return [this, table, id, values] { update(table, id, values); };
}

QVariantMap ImportRun::storedRow(const QString &table, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        throw WriteError(Text::tr("The database could not be read: %1").arg(query.lastError().text()));
    QVariantMap row;
    if (query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
    }
    return row;
}

void ImportRun::compare(RowChanges &row, const QVariantMap &stored, const QString &field,
                        const QString &column, const QVariant &given, const QString &what,
                        QString (*shown)(const QVariant &))
{
    if (!hasColumn(field) || sameValue(stored.value(column), given))
        return;
    row.sets << std::pair{ column, given };
    row.changes << ValueChange{ what, shown(stored.value(column)), shown(given) };
}

void ImportRun::compareCount(RowChanges &row, const QVariantMap &stored, const QString &field,
                             const QString &column, const QString &qualifierColumn,
                             const QVariant &given, const QString &qualifier, const QString &what)
{
    if (!hasColumn(field))
        return;
    const QString storedQualifier = stored.value(qualifierColumn).toString();
    if (sameValue(stored.value(column), given) && storedQualifier == qualifier)
        return;
    row.sets << std::pair{ column, given } << std::pair{ qualifierColumn, QVariant(qualifier) };
    row.changes << ValueChange{ what, countText(stored.value(column), storedQualifier),
                                countText(given, qualifier) };
}

ImportRun::Write ImportRun::changeOrKeep(const QString &table, qint64 id, const QString &record,
                                         const RowChanges &row, const std::function<void()> &also)
{
    if (row.changes.isEmpty()) {
        ++m_unchanged;
        return [] { };
    }
    ++m_changed;
    m_changes << changeDescription(record, row.changes);
    const auto values = row.sets;
    return [this, table, id, values, also] {
        if (!values.isEmpty())
            update(table, id, values);
        if (also)
            also();
    };
}

void ImportRun::removeWhere(const QString &table, const QString &column, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column));
    query.addBindValue(id);
    if (!query.exec())
        throw WriteError(Text::tr("Cannot write %1: %2").arg(table, query.lastError().text()));
}

int ImportRun::recognisedHeaders(const QStringList &cells) const
{
    return recognisedHeaderCount(cells, m_options.kind, m_options.mapping);
}

bool ImportRun::mapColumns(const CsvRecord &header)
{
    m_fieldCount = int(header.fields.size());
    QStringList keys;
    for (const QString &cell : header.fields)
        keys << headerKey(cell);
    QSet<int> used;
    for (const ImportField &field : importFields(m_options.kind)) {
        if (m_options.mapping.isIgnored(field.key)) {
            if (field.required)
                m_problems << ImportProblem{ header.line, 0, QString(),
                                             Text::tr("The required column %1 (%2) is missing.")
                                                     .arg(quoted(field.vietnameseHeaders.first()),
                                                          field.englishHeader) };
            continue;
        }
        QSet<QString> names;
        const QString chosen = m_options.mapping.header(field.key);
        if (!chosen.isEmpty()) {
            names << headerKey(chosen);
        } else {
            names << headerKey(field.key) << headerKey(field.englishHeader);
            for (const QString &label : field.vietnameseHeaders)
                names << headerKey(label);
        }
        QList<int> matches;
        for (int i = 0; i < keys.size(); ++i) {
            if (names.contains(keys[i]) && !used.contains(i))
                matches << i;
        }
        if (matches.isEmpty()) {
            if (!chosen.isEmpty())
                m_problems << ImportProblem{
                    header.line, 0, QString(),
                    Text::tr("The column %1 chosen for “%2” is not in the file.")
                            .arg(quoted(chosen), field.vietnameseHeaders.first())
                };
            else if (field.required)
                m_problems << ImportProblem{ header.line, 0, QString(),
                                             Text::tr("The required column %1 (%2) is missing.")
                                                     .arg(quoted(field.vietnameseHeaders.first()),
                                                          field.englishHeader) };
            continue;
        }
        if (matches.size() > 1) {
            m_problems << ImportProblem{
                header.line, matches[1] + 1, text::normalized(header.fields[matches[1]]),
                Text::tr("This column repeats column %1 (%2).")
                        .arg(matches[0] + 1)
                        .arg(text::normalized(header.fields[matches[0]]))
            };
            continue;
        }
        used.insert(matches.first());
        m_columns.insert(
                field.key,
                Column{ matches.first(), text::normalized(header.fields[matches.first()]) });
    }
    if (m_options.kind == ImportKind::Units && m_problems.isEmpty()
        && !hasColumn(QStringLiteral("commune")) && !hasColumn(QStringLiteral("district"))
        && !hasColumn(QStringLiteral("parent")) && !hasColumn(QStringLiteral("unit_type")))
        m_problems << ImportProblem{
            header.line, 0, QString(),
            Text::tr("The column “Xã, phường, thị trấn” (Commune) is missing; a village "
                     "directly under a district needs the column “Huyện, thị xã, thành phố” "
                     "(District).")
        };
    return m_problems.isEmpty();
}

bool ImportRun::findCampaign()
{
    // Units are looked up as they are on the campaign's reference date (the
    // statistics' date), or today for units and organisations.
    m_units.setDate(QDate::currentDate());
    if (m_options.kind == ImportKind::Units || m_options.kind == ImportKind::Organisations)
        return true;
    m_campaignId = m_options.campaignId > 0 ? m_options.campaignId : latestCampaignId(m_db);
    if (m_campaignId == 0) {
        m_problems << ImportProblem{
            0, 0, QString(),
            Text::tr("The database holds no campaign; teams, members, attendance and media "
                     "belong to a campaign.")
        };
        return false;
    }
    m_campaignYear = int(scalar(QStringLiteral("SELECT year FROM campaign WHERE id = ?"), { m_campaignId }));
    if (m_campaignYear == 0) {
        m_problems << ImportProblem{
            0, 0, QString(), Text::tr("The database has no campaign with id %1.").arg(m_campaignId)
        };
        return false;
    }
    m_units.setDate(units::campaignReferenceDate(m_db, int(m_campaignId)));
    return true;
}

ImportResult ImportRun::runFile(QIODevice *device)
{
    QByteArray none;
    return importBytes(none, device);
}

ImportResult ImportRun::run(QByteArray bytes)
{
    ImportResult result = importBytes(bytes);
    result.sheet = m_sheet;
    if (!m_sheet.isEmpty()) {
        for (ImportProblem &problem : result.problems) {
            problem.sheet = m_sheet;
            if (problem.line > 0 && problem.column > 0)
                problem.cell = cellReference(problem.line, problem.column);
        }
    }
    return result;
}

bool ImportRun::readWorkbook(const QByteArray &bytes, ImportResult &result, CsvTable *table,
                          qsizetype *headerIndex)
{
    QString why;
    const XlsxWorkbook workbook = readXlsx(bytes, &why);
    if (workbook.sheets.isEmpty()) {
        result.problems << ImportProblem{ 0, 0, QString(), why };
        return false;
    }
    const int index = m_options.sheet.isEmpty() ? 0 : workbook.sheetIndex(m_options.sheet);
    if (index < 0) {
        result.problems << ImportProblem{
            0, 0, QString(),
            Text::tr("The workbook has no sheet named %1; its sheets are %2.")
                    .arg(quoted(m_options.sheet),
                         workbook.sheetNames().join(QStringLiteral(", ")))
        };
        return false;
    }
    const XlsxSheet &sheet = workbook.sheets.at(index);
    m_sheet = sheet.name;
    table->records = sheetRecords(sheet);
    *headerIndex = headerRecordIndex(table->records, m_options.kind, m_options.mapping);
    return true;
}

QChar ImportRun::separatorOf(const QString &headerLine)
{
    QChar separator = m_options.separator;
    if (separator.isNull()) {
        // The Vietnamese headers themselves hold commas ("Xã, phường, thị
        // trấn"), so the separator is the one that splits the header line
        // into the most known columns; counting alone decides otherwise.
        int best = 0;
        for (const QChar candidate : { QChar(u';'), QChar(u','), QChar(u'\t') }) {
            const CsvTable header = parseCsv(headerLine, candidate);
            const int known =
                    header.records.isEmpty() ? 0 : recognisedHeaders(header.records.first().fields);
            if (known > best) {
                best = known;
                separator = candidate;
            }
        }
    }
    return separator.isNull() ? detectSeparator(headerLine) : separator;
}

namespace {

// The first pass over a CSV file, with either reader (a file read in blocks
// or decoded text): keeps the header record in out and counts the records,
// the header included; a bad quote or line stops the count, and the reader
// says where.
template <typename Reader>
qint64 keepHeaderAndCount(Reader &scan, CsvTable *out)
{
    out->records.clear();
    CsvRecord header;
    if (!scan.next(&header))
        return 0;
    out->records << header;
    qint64 records = 1;
    while (scan.next(nullptr))
        ++records;
    return records;
}

} // namespace

bool ImportRun::readCsvFile(QIODevice *device, ImportResult &result, CsvTable *out)
{
    // The header line decides the separator; a first pass over the file
    // counts the records, finds a bad quote and checks that every byte is
    // UTF-8; the second reads the records as they are checked.
    QByteArray head = device->peek(1 << 16);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (const qsizetype end = head.indexOf('\n'); end >= 0)
        head.truncate(end);
    const QChar separator =
            separatorOf(QString::fromUtf8(head).normalized(QString::NormalizationForm_C));
    CsvFileReader scan(device, separator);
    out->separator = separator;
    m_csvRecords = keepHeaderAndCount(scan, out);
    if (scan.invalidUtf8Line() > 0) {
        m_notUtf8 = true;
        return false;
    }
    result.encoding = TextEncoding::Utf8;
    result.separator = separator;
    if (scan.badQuoteLine() > 0) {
        result.problems << ImportProblem{
            scan.badQuoteLine(), 0, QString(),
            Text::tr("A double quote is not closed, or stands inside a value that does "
                     "not start with one.")
        };
        return false;
    }
    if (!device->seek(0)) {
        result.problems << ImportProblem{ 0, 0, QString(), device->errorString() };
        return false;
    }
    m_csvFile.emplace(device, separator);
    m_csvFile->next(nullptr); // past the header
    return true;
}

bool ImportRun::readCsv(const QByteArray &bytes, ImportResult &result, CsvTable *out)
{
    const DecodedText decoded = decodeText(bytes, m_options.encoding);
    result.encoding = decoded.encoding;
    if (decoded.invalidLine > 0) {
        QString message;
        if (decoded.encoding == TextEncoding::Utf8 && decoded.hadByteOrderMark)
            message = Text::tr(
                    "The file starts with a UTF-8 byte order mark, but this line is not UTF-8. "
                    "Save the file again as “CSV UTF-8”.");
        else if (decoded.encoding == TextEncoding::Utf8)
            message = Text::tr("This line is not UTF-8. Choose the file's encoding or save it "
                               "again as “CSV UTF-8”.");
        else if (decoded.encoding == TextEncoding::Utf16)
            message = Text::tr("This line is not UTF-16. Save the file again as “CSV UTF-8”.");
        else
            message = Text::tr("The text encoding was not recognised: this line is not Vietnamese "
                               "in UTF-8, UTF-16, "
                               "Windows-1258, TCVN3 or VNI. Choose the file's encoding or save it "
                               "again as “CSV UTF-8”.");
        result.problems << ImportProblem{ decoded.invalidLine, 0, QString(), message };
        return false;
    }

    const QChar separator = separatorOf(decoded.text.left(decoded.text.indexOf(u'\n')));
    // The records are read one at a time while they are checked (a
    // national file holds 500.000): here only the header is kept, after a
    // first pass that counts the records and finds a bad quote.
    m_csvText = decoded.text;
    CsvCursor scan(m_csvText, separator);
    out->separator = separator;
    m_csvRecords = keepHeaderAndCount(scan, out);
    m_csvCursor.emplace(m_csvText, separator);
    m_csvCursor->next(nullptr); // past the header
    result.separator = separator;
    if (scan.badQuoteLine() > 0) {
        result.problems << ImportProblem{
            scan.badQuoteLine(), 0, QString(),
            Text::tr("A double quote is not closed, or stands inside a value that does "
                     "not start with one.")
        };
        return false;
    }
    return true;
}

ImportResult ImportRun::importBytes(QByteArray &bytes, QIODevice *device)
{
    ImportResult result;
    CsvTable table;
    qsizetype headerIndex = 0;
    const bool workbook = !device && looksLikeWorkbook(bytes);
    if (workbook ? !readWorkbook(bytes, result, &table, &headerIndex)
                 : device ? !readCsvFile(device, result, &table) : !readCsv(bytes, result, &table))
        return result;
    bytes.clear(); // read: the text (or the sheet's rows) is all that is used from here
    if (table.records.isEmpty()) {
        result.problems << ImportProblem{ 0, 0, QString(),
                                          workbook ? Text::tr("The sheet is empty.")
                                                   : Text::tr("The file is empty.") };
        return result;
    }
    result.headerLine = table.records.at(headerIndex).line;
    if (!mapColumns(table.records.at(headerIndex))) {
        result.problems = m_problems;
        return result;
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        m_readColumns << it->index;
        m_fieldOfColumn.insert(it->index, it.key());
    }
    std::sort(m_readColumns.begin(), m_readColumns.end());
    {
        QList<int> unread;
        for (int i = 0; i < m_fieldCount; ++i) {
            if (!m_readColumns.contains(i))
                unread << i;
        }
        m_warnings << unknownColumnWarnings(table.records.first(), unread);
        result.warnings = m_warnings;
    }

    // Reads and writes share one transaction, so the checks see exactly the
    // rows that the writes will join. Nested in the caller's transaction (an
    // intake workbook's sheets), a savepoint stands for it.
    const bool nested = m_options.nested;
    const auto savepoint = [&](const QString &statement) {
        QSqlQuery query(m_db);
        return query.exec(statement);
    };
    // Drops this file's writes; keeps them (commits, or releases the savepoint).
    const auto drop = [&] {
        if (!nested)
            return m_db.rollback();
        return savepoint(QStringLiteral("ROLLBACK TO cds_import")) && savepoint(QStringLiteral("RELEASE cds_import"));
    };
    const auto keep = [&] {
        return nested ? savepoint(QStringLiteral("RELEASE cds_import")) : m_db.commit();
    };
    if (!(nested ? savepoint(QStringLiteral("SAVEPOINT cds_import")) : m_db.transaction())) {
        result.problems << ImportProblem{
            0, 0, QString(),
            Text::tr("The database could not start a transaction: %1").arg(m_db.lastError().text())
        };
        return result;
    }
    const auto fail = [&](const QString &message) {
        m_inserts.clear();
        drop();
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [](const ImportProblem &a, const ImportProblem &b) {
                             return a.line != b.line ? a.line < b.line : a.column < b.column;
                         });
        result.problems = m_problems;
        result.warnings = m_warnings;
        if (!message.isEmpty())
            result.problems << ImportProblem{ 0, 0, QString(), message };
        return result;
    };
    // Nested, the caller's change group holds the writes.
    QString groupError;
    m_changeGroupId = nested ? 0
                             : changelog::beginGroup(m_db, importSummary(m_options.kind, 0, QString()),
                                                     0, &groupError);
    if (!nested && m_changeGroupId == 0)
        return fail(importStartFailure(m_db, groupError));
    try {
        QString error;
        if (!findCampaign())
            return fail(QString());
        if (!m_units.load(m_db, &error))
            return fail(Text::tr("The database could not be read: %1").arg(error));

        const qint64 total = (workbook ? table.records.size() : m_csvRecords) - 1 - headerIndex;
        // Members (500.000 rows nationally, issue #15) are written as soon as
        // their row is checked, inside the transaction: a later bad row
        // rolls everything back, so nothing is kept unless every row is
        // good, and no row waits in memory. The other kinds keep their
        // writes until every row is checked (a unit of the file may be named
        // by a row above the one that adds it).
        const bool writeAsChecked = m_options.kind == ImportKind::Members;
        if (writeAsChecked)
            beginBulkMembers();
        QList<Write> writes;
        qint64 writtenAsChecked = 0;
        // A test hook: CDS_IMPORT_TEST_ROW_DELAY_MS slows the writes down so a
        // test can kill the process in the middle of the transaction.
        const int delay = qEnvironmentVariableIntValue("CDS_IMPORT_TEST_ROW_DELAY_MS");
        const auto runWrite = [delay](const Write &write, qsizetype index) {
            write();
            if (delay > 0) {
                if (index == 0) {
                    std::fputs("cds-import-test: writing\n", stderr);
                    std::fflush(stderr);
                }
                QThread::msleep(delay);
            }
        };
        // A workbook's rows are all in memory already; a CSV file's are read
        // from its text one at a time.
        CsvRecord csvRecord;
        const auto nextRecord = [&](qsizetype i) -> CsvRecord * {
            if (workbook)
                return i < table.records.size() ? &table.records[i] : nullptr;
            if (m_csvFile)
                return m_csvFile->next(&csvRecord) ? &csvRecord : nullptr;
            return m_csvCursor->next(&csvRecord) ? &csvRecord : nullptr;
        };
        for (qsizetype i = headerIndex + 1;; ++i) {
            CsvRecord *const next = nextRecord(i);
            if (!next)
                break;
            if (cancelled()) {
                result.cancelled = true;
                return fail(QString());
            }
            CsvRecord &record = *next;
            if (workbook) {
                // A sheet's row ends at its last value: the empty cells up to
                // the header's width are there; a value right of the table
                // has no column to go to.
                while (record.fields.size() < m_fieldCount)
                    record.fields << QString();
                bool outside = false;
                for (qsizetype f = m_fieldCount; f < record.fields.size(); ++f) {
                    if (!record.fields[f].trimmed().isEmpty()) {
                        m_problems << ImportProblem{
                            record.line, int(f) + 1, QString(),
                            Text::tr("This cell is right of the table: its column has no header.")
                        };
                        outside = true;
                    }
                }
                if (outside)
                    continue;
                record.fields.resize(m_fieldCount);
            }
            const qsizetype extra = record.fields.size() - m_fieldCount;
            bool extraFilled = false;
            for (qsizetype f = m_fieldCount; f < record.fields.size(); ++f)
                extraFilled = extraFilled || !record.fields[f].trimmed().isEmpty();
            if (extra < 0 || extraFilled) {
                m_problems << ImportProblem{
                    record.line, 0, QString(),
                    Text::tr("Expected %1 values as on the header line, found %2; a value that "
                             "holds “%3” must be in double quotes.")
                            .arg(m_fieldCount)
                            .arg(record.fields.size())
                            .arg(table.separator == u'\t' ? QStringLiteral("Tab")
                                                          : QString(table.separator))
                };
                continue;
            }
            m_warnings << formulaWarnings(record, table.records.first().fields, m_readColumns);
            // Lengths and invisible characters first: a 3-million-character
            // name is refused here, before any slower check reads it.
            if (const QList<ImportProblem> bad = cellProblems(record, m_fieldOfColumn, table.records.first().fields);
                !bad.isEmpty()) {
                m_problems << bad;
                continue;
            }
            std::optional<Write> write;
            switch (m_options.kind) {
            case ImportKind::Units:
                write = units(record);
                break;
            case ImportKind::Organisations:
                write = organisations(record);
                break;
            case ImportKind::Teams:
                write = teams(record);
                break;
            case ImportKind::Members:
                write = members(record);
                break;
            case ImportKind::Attendance:
                write = attendance(record);
                break;
            case ImportKind::Media:
                write = media(record);
                break;
            case ImportKind::Figures:
                write = figures(record);
                break;
            case ImportKind::Trainings:
                write = trainings(record);
                break;
            case ImportKind::Events:
                write = events(record);
                break;
            case ImportKind::Recommendations:
                write = recommendations(record);
                break;
            }
            if (write && !writeAsChecked)
                writes << *write;
            else if (write && m_problems.isEmpty())
                runWrite(*write, writtenAsChecked++);
            else if (write)
                ++writtenAsChecked; // counted; nothing is kept after a problem
            if (m_options.progress)
                m_options.progress(i - headerIndex, total);
        }
        if (!m_problems.isEmpty())
            return fail(QString());
        const qint64 accepted = writes.size() + writtenAsChecked;
        const auto counted = [&] {
            result.newCount = accepted - m_unchanged - m_changed;
            result.changedCount = m_changed;
            result.unchangedCount = m_unchanged;
            result.changes = m_changes;
            result.rowCount = accepted - m_unchanged;
            result.previewed = m_options.preview;
            result.warnings = m_warnings;
        };
        if (accepted == m_unchanged) {
            // Nothing new (a file imported again): no change group.
            m_inserts.clear();
            drop();
            counted();
            result.imported = !m_options.preview;
            return result;
        }

        for (qsizetype i = 0; i < writes.size(); ++i) {
            if (cancelled()) {
                result.cancelled = true;
                return fail(QString());
            }
            runWrite(writes[i], i);
            if (m_options.progress)
                m_options.progress(i + 1, writes.size());
        }
        if (m_options.kind == ImportKind::Members) {
            endBulkMembers();
            warnShortLists();
        }
        if (m_options.preview) {
            // Checked, written and counted: nothing is kept. Nested, the
            // writes stay for the next sheet to join them; the caller rolls
            // back at the end.
            m_inserts.clear();
            if (nested)
                keep();
            else
                m_db.rollback();
            counted();
            return result;
        }
        if (nested) {
            m_inserts.clear();
            if (!keep())
                return fail(Text::tr("The import could not be saved: %1").arg(m_db.lastError().text()));
            counted();
            result.imported = true;
            return result;
        }
        // One change group for the whole file: the history shows the import,
        // and undo takes all of it back.
        QString keyError;
        QSqlQuery describe(m_db);
        describe.prepare(QStringLiteral("UPDATE change_group SET description = ? WHERE id = ?"));
        describe.addBindValue(importSummary(m_options.kind, accepted - m_unchanged,
                                            m_options.sourceName));
        describe.addBindValue(m_changeGroupId);
        describe.exec();
        if (keys::fillMissing(m_db, &keyError) < 0 || !changelog::endGroup(m_db, &keyError))
            return fail(Text::tr("The import could not be saved: %1").arg(keyError));
        m_inserts.clear();
        if (!keep())
            return fail(Text::tr("The import could not be saved: %1").arg(m_db.lastError().text()));
        counted();
        result.imported = true;
        result.changeGroupId = m_changeGroupId;
        return result;
    } catch (const WriteError &error) {
        return fail(QString::fromStdString(error.what()));
    }
}

} // namespace cds::import::detail

namespace cds::import {

using namespace detail;

QString ImportProblem::toText() const
{
    if (!sheet.isEmpty()) {
        if (!cell.isEmpty())
            return Text::tr("Sheet %1, cell %2: %3").arg(sheet, cell, message);
        if (line > 0)
            return Text::tr("Sheet %1, row %2: %3").arg(sheet, QString::number(line), message);
        return Text::tr("Sheet %1: %2").arg(sheet, message);
    }
    if (line > 0 && column > 0)
        return Text::tr("Line %1, column %2 (%3): %4").arg(line).arg(column).arg(header, message);
    if (line > 0)
        return Text::tr("Line %1: %2").arg(line).arg(message);
    return message;
}

QString ImportResult::problemText() const
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines << problem.toText();
    return lines.join(u'\n');
}

ImportResult importData(const QSqlDatabase &db, QByteArray bytes, const ImportOptions &options)
{
    return ImportRun(db, options).run(std::move(bytes));
}

ImportResult importFile(const QSqlDatabase &db, const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.problems << ImportProblem{
            0, 0, QString(),
            Text::tr("The file %1 cannot be read: %2").arg(quoted(path), file.errorString())
        };
        return result;
    }
    ImportOptions named = options;
    if (named.sourceName.isEmpty())
        named.sourceName = QFileInfo(path).fileName();
    // A CSV file in UTF-8 (the national members file: 60 MB) is read in
    // blocks as its rows are checked; a workbook, UTF-16 or a legacy
    // encoding is read whole (it is detected on the whole text).
    const QByteArray head = file.peek(4096);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")
            || head.count('\0') > head.size() / 8;
    if (!looksLikeWorkbook(head) && !utf16
        && (named.encoding == TextEncoding::Auto || named.encoding == TextEncoding::Utf8)) {
        ImportRun run(db, named);
        ImportResult result = run.runFile(&file);
        if (!run.notUtf8())
            return result;
        file.seek(0);
    }
    QByteArray bytes = file.readAll();
    file.close();
    return importData(db, std::move(bytes), named);
}

QString importSummary(ImportKind kind, qint64 rowCount, const QString &fileName)
{
    const QString count = text::formatNumber(rowCount);
    switch (kind) {
    case ImportKind::Units:
        return Text::tr("Imported %1 administrative units from %2").arg(count, fileName);
    case ImportKind::Organisations:
        return Text::tr("Imported %1 organisations from %2").arg(count, fileName);
    case ImportKind::Teams:
        return Text::tr("Imported %1 community digital technology teams from %2")
                .arg(count, fileName);
    case ImportKind::Members:
        return Text::tr("Imported %1 team members from %2").arg(count, fileName);
    case ImportKind::Attendance:
        return Text::tr("Imported %1 training attendances from %2").arg(count, fileName);
    case ImportKind::Media:
        return Text::tr("Imported %1 media outputs from %2").arg(count, fileName);
    case ImportKind::Figures:
        return Text::tr("Imported %1 campaign figures from %2").arg(count, fileName);
    case ImportKind::Trainings:
        return Text::tr("Imported %1 training sessions from %2").arg(count, fileName);
    case ImportKind::Events:
        return Text::tr("Imported %1 events from %2").arg(count, fileName);
    case ImportKind::Recommendations:
        return Text::tr("Imported %1 recommendations from %2").arg(count, fileName);
    }
    return QString();
}

QString importCounts(const ImportResult &result)
{
    return Text::tr("%1 new, %2 changed, %3 unchanged")
            .arg(text::formatNumber(result.newCount), text::formatNumber(result.changedCount),
                 text::formatNumber(result.unchangedCount));
}

} // namespace cds::import
