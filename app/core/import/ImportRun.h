#pragma once

// The internals of one import run (Importer.h), shared by the files of the
// importer: ImportRun.cpp reads the file, matches its columns and runs the
// transaction and change group; ImportValues.cpp reads a cell's date, count
// or unit; one file per kind checks a record and says what to write.

#include "import/CsvReader.h"
#include "import/ImportChanges.h"
#include "import/Importer.h"
#include "import/UnitIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace cds::import::detail {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Importer)
};

// Thrown by a write inside the import transaction; caught once, which rolls back.
struct WriteError : std::runtime_error
{
    explicit WriteError(const QString &message) : std::runtime_error(message.toStdString()) { }
};

// The value in Vietnamese quotation marks, for messages.
QString quoted(const QString &value);

// A stored mode ('in_person', 'online', 'hybrid') as a change shows it:
// “Trực tiếp”, “Trực tuyến”, “Trực tiếp kết hợp trực tuyến”.
QString modeText(const QVariant &code);

// The identity of a person within a team: name, birth year and phone digits
// (two people of the same name are told apart by either).
QString personKey(const QString &name, const QVariant &birthYear, const QString &phone);

} // namespace cds::import::detail

namespace cds::sqlite {
class Statement;
}

namespace cds::import::detail {

// A key reduced to 128 bits (MD5 of its UTF-16 text): the duplicate checks
// of a national file keep 500.000 row keys, 16 bytes each instead of a
// string of 100 (issue #15, memory). Two keys that differ share a digest
// with a probability of about n²/2¹²⁹: never, in practice.
struct KeyDigest
{
    quint64 high = 0;
    quint64 low = 0;
    friend bool operator==(const KeyDigest &, const KeyDigest &) = default;
};
inline size_t qHash(const KeyDigest &digest, size_t seed = 0) noexcept
{
    return qHashMulti(seed, digest.high, digest.low);
}
KeyDigest keyDigest(const QString &key);

// The first line of each key seen in the file (duplicate rows).
class SeenKeys
{
public:
    int value(const QString &key) const { return m_lines.value(keyDigest(key)); }
    void insert(const QString &key, int line) { m_lines.insert(keyDigest(key), line); }

private:
    QHash<KeyDigest, int> m_lines;
};

struct Column
{
    int index = -1; // 0-based in the file
    QString header;
};

class ImportRun
{
public:
    ImportRun(const QSqlDatabase &db, const ImportOptions &options);
    ~ImportRun();

    // bytes is released once read.
    ImportResult run(QByteArray bytes);
    // A CSV file read in blocks (CsvFileReader) as its records are checked.
    // When the file is not UTF-8, nothing is done and notUtf8() is true:
    // the caller reads it whole with run() (legacy encodings are detected
    // on the whole text).
    ImportResult runFile(QIODevice *device);
    bool notUtf8() const { return m_notUtf8; }

private:
    // device: a CSV file to read in blocks instead of bytes.
    ImportResult importBytes(QByteArray &bytes, QIODevice *device = nullptr);
    // A CSV file's records (result has the problem when false).
    bool readCsv(const QByteArray &bytes, ImportResult &result, CsvTable *table);
    bool readCsvFile(QIODevice *device, ImportResult &result, CsvTable *table);
    // The separator of the header line, unless the options give one.
    QChar separatorOf(const QString &headerLine);
    // The chosen sheet's records and where its header is.
    bool readWorkbook(const QByteArray &bytes, ImportResult &result, CsvTable *table,
                      qsizetype *headerIndex);

    using Write = std::function<void()>;

    // --- problems and values of one record
    void problem(int line, const QString &field, const QString &message)
    {
        const Column column = m_columns.value(field);
        m_problems << ImportProblem{ line, column.index + 1,
                                     column.index >= 0 ? column.header : QString(), message };
    }
    void warn(int line, const QString &field, const QString &message)
    {
        const Column column = m_columns.value(field);
        m_warnings << ImportProblem{ line, column.index + 1,
                                     column.index >= 0 ? column.header : QString(), message };
    }
    // The leader team already has, or the one an earlier line of the file
    // names; then records name as its leader. Empty when none.
    QString teamLeader(qint64 team, const QString &name);
    bool hasColumn(const QString &field) const { return m_columns.contains(field); }
    QString value(const CsvRecord &record, const QString &field) const
    {
        const auto found = m_columns.constFind(field);
        if (found == m_columns.constEnd() || found->index >= record.fields.size())
            return QString();
        return text::normalized(record.fields.at(found->index));
    }
    QString required(const CsvRecord &record, const QString &field)
    {
        const QString result = value(record, field);
        if (result.isEmpty())
            problem(record.line, field, Text::tr("A value is required here."));
        return result;
    }
    std::optional<QVariant> date(const CsvRecord &record, const QString &field);
    // A date of the campaign's activity (a training, a publication): it must
    // fall in the campaign's year, or it would be counted in the wrong report.
    std::optional<QVariant> activityDate(const CsvRecord &record, const QString &field);
    // The id of the campaign's activity in table dated date (a null date: none)
    // whose title matches title with case and diacritics ignored; 0 when none.
    // table and dateColumn are fixed names (training_session/start_date, event/event_date).
    qint64 activityByDateAndTitle(const QString &table, const QString &dateColumn, const QVariant &date,
                                  const QString &title);
    std::optional<QVariant> count(const CsvRecord &record, const QString &field,
                                  QString *qualifier = nullptr);
    std::optional<QVariant> year(const CsvRecord &record, const QString &field);
    // The unit named in field, narrowed by the Commune and District columns
    // (when they are not the field itself); 0 after reporting a problem.
    qint64 unit(const CsvRecord &record, const QString &field, const QList<int> &levels);
    qint64 teamOfUnit(const CsvRecord &record, qint64 unitId);
    // The organisation field names, by its name or its abbreviation (case,
    // diacritics and extra spaces ignored): a null QVariant when the cell is
    // empty, its id, or nothing after reporting a problem.
    std::optional<QVariant> organisation(const CsvRecord &record, const QString &field);
    // The organisations field lists, separated by ";", as ids in the order
    // written (a name given twice counts once); nothing after a problem.
    std::optional<QList<qint64>> organisationList(const CsvRecord &record, const QString &field);
    QString organisationName(qint64 id);
    // How a training or an event was held: 'in_person', 'online' or 'hybrid'
    // ("Trực tiếp", "Trực tuyến", "Trực tiếp kết hợp trực tuyến", or the
    // English words); an empty string for an empty cell.
    std::optional<QString> mode(const CsvRecord &record, const QString &field);
    // "Có"/"Không", "x", "yes"/"no", 1/0 or a workbook's TRUE/FALSE; false
    // for an empty cell.
    std::optional<bool> yesNo(const CsvRecord &record, const QString &field);

    bool mapColumns(const CsvRecord &header);
    int recognisedHeaders(const QStringList &cells) const;
    bool findCampaign();
    qint64 scalar(const QString &sql, const QVariantList &values);
    qint64 insert(const QString &table, const QList<std::pair<QString, QVariant>> &values);
    // Sets the given columns of one row and refreshes its derived keys.
    void update(const QString &table, qint64 id, const QList<std::pair<QString, QVariant>> &values);
    // A row naming an existing record: unchanged (counted, nothing to write)
    // when changes is empty, otherwise a change of the record, described.
    Write updateOrKeep(const QString &table, qint64 id, const QString &record,
                       const QList<std::pair<QString, QVariant>> &values,
                       const QList<ValueChange> &changes);
    // A corrected row compared with the record it names: the columns to set
    // and the changes as a person reads them. Only columns the file has are
    // compared (a column left out keeps what is stored).
    struct RowChanges
    {
        QList<std::pair<QString, QVariant>> sets;
        QList<ValueChange> changes;
    };
    QVariantMap storedRow(const QString &table, qint64 id);
    void compare(RowChanges &row, const QVariantMap &stored, const QString &field,
                 const QString &column, const QVariant &given, const QString &what,
                 QString (*shown)(const QVariant &) = plainText);
    void compareCount(RowChanges &row, const QVariantMap &stored, const QString &field,
                      const QString &column, const QString &qualifierColumn,
                      const QVariant &given, const QString &qualifier, const QString &what);
    // updateOrKeep() for a record with rows of its own (partners, connected
    // sites): also runs after the update when there are changes.
    Write changeOrKeep(const QString &table, qint64 id, const QString &record,
                       const RowChanges &row, const std::function<void()> &also = {});
    // Deletes the rows of table whose column is id (a record's own rows,
    // written again from the file).
    void removeWhere(const QString &table, const QString &column, qint64 id);
    // Members import: a team whose present members are fewer than its
    // declared count is named in a warning.
    void warnShortLists();
    // Members import: the change log and the search index are written once
    // at the end, for every row added since begin (same entries, same index
    // as the triggers write row by row). Throw WriteError.
    void beginBulkMembers();
    void endBulkMembers();
    // Members, bulk: the statements prepared once (SqliteStatement.h).
    sqlite::Statement &statement(std::unique_ptr<sqlite::Statement> &slot, const QString &sql);
    // The present members of team, as keyDigest(personKey()), read once per team.
    const QSet<KeyDigest> &teamPeople(qint64 team);

    std::optional<Write> units(const CsvRecord &record);
    std::optional<Write> organisations(const CsvRecord &record);
    std::optional<Write> teams(const CsvRecord &record);
    std::optional<Write> members(const CsvRecord &record);
    std::optional<Write> attendance(const CsvRecord &record);
    std::optional<Write> media(const CsvRecord &record);
    std::optional<Write> figures(const CsvRecord &record);
    std::optional<Write> trainings(const CsvRecord &record);
    std::optional<Write> events(const CsvRecord &record);
    std::optional<Write> recommendations(const CsvRecord &record);

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    QHash<QString, Column> m_columns;
    int m_fieldCount = 0;
    QString m_sheet; // a workbook's sheet being read; empty for CSV
    QString m_csvText; // a CSV file's decoded text, read by m_csvCursor
    std::optional<CsvCursor> m_csvCursor; // the next record after the header
    std::optional<CsvFileReader> m_csvFile; // or, for a file read in blocks
    bool m_notUtf8 = false; // runFile(): the file is not UTF-8
    qint64 m_csvRecords = 0; // the CSV file's records, the header included
    qint64 m_unchanged = 0; // rows already in the database as they are
    qint64 m_changed = 0; // rows that change an existing record
    QStringList m_changes; // changeDescription() of each
    QList<ImportProblem> m_problems;
    QList<ImportProblem> m_warnings; // ImportChecks.h
    QList<int> m_readColumns; // 0-based columns that feed a field
    QHash<int, QString> m_fieldOfColumn; // 0-based column -> field key
    qint64 m_campaignId = 0;
    int m_campaignYear = 0;
    UnitIndex m_units;
    SeenKeys m_seen; // duplicate key -> first line
    QHash<qint64, qint64> m_teamOfUnit; // unit -> team of the campaign (0: none)
    bool m_teamsOfUnitsRead = false;
    QHash<qint64, qint64> m_writtenUnits; // provisional id of a unit of the file -> its id once written
    QHash<qint64, QSet<KeyDigest>> m_teamPeople; // team -> keyDigest(personKey) of its present members
    QHash<qint64, QString> m_leaderName; // team -> the leader an earlier line of the file names
    QHash<QString, QSqlQuery> m_inserts; // prepared once per table and column list
    int m_mediaOrder = 0;
    int m_figureOrder = -1;
    int m_eventOrder = -1;
    int m_recommendationOrder = -1;
    struct Organisation
    {
        qint64 id = 0;
        QString name;
        QString nameKey; // searchKey of the name
        QString abbreviationKey; // searchKey of the abbreviation, empty when none
    };
    QList<Organisation> m_organisations; // read once, when a row first names one
    bool m_organisationsRead = false;
    qint64 m_changeGroupId = 0;
    qint64 m_bulkMemberAfter = 0; // the rowids before the members import's first
    qint64 m_bulkTeamMemberAfter = 0;
    bool m_bulkLogged = false; // the change log was on: log the rows at the end
    QStringList m_droppedTriggers; // their CREATE statements, run again at the end
    bool m_rowByRow = false; // ImportOptions::rowByRow
    QString m_savedCacheSize; // PRAGMA cache_size before the members import
    struct TeamKeys
    {
        QString team; // team.sort_key
        QString unit; // admin_unit.sort_key of the team's unit
    };
    QHash<qint64, TeamKeys> m_teamKeys; // team -> the sort keys its new members take
    std::unique_ptr<sqlite::Statement> m_memberInsert;
    std::unique_ptr<sqlite::Statement> m_teamMemberInsert;
    std::unique_ptr<sqlite::Statement> m_peopleQuery;
    std::unique_ptr<sqlite::Statement> m_teamQuery;
};

} // namespace cds::import::detail
