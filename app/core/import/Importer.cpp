#include "import/Importer.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"
#include "records/Validation.h"

#include "import/CsvReader.h"
#include "import/ImportChanges.h"
#include "import/ImportChecks.h"
#include "import/XlsxReader.h"
#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"
#include "units/UnitHistory.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace cds::import {

namespace {

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

QString quoted(const QString &value)
{
    return u'“' + value + u'”';
}

// The type words a unit's name may start with, longest first so that
// "Thành phố" wins over a shorter word. Compared with their diacritics:
// without them "Tỉnh" (province) and "Tịnh" (the start of many names) are
// the same word.
const QStringList &unitTypeWords()
{
    static const QStringList words = {
        QStringLiteral("thành phố"), QStringLiteral("tổ dân phố"), QStringLiteral("khu dân cư"),
        QStringLiteral("thị trấn"),  QStringLiteral("đặc khu"),    QStringLiteral("thị xã"),
        QStringLiteral("phường"),    QStringLiteral("huyện"),      QStringLiteral("quận"),
        QStringLiteral("tỉnh"),      QStringLiteral("thôn"),       QStringLiteral("xã"),
    };
    return words;
}

struct NameKey
{
    QString type; // search key of the type word, empty when the name has none
    QString rest; // search key of the name without it
};

// Splits off a leading type word. With plainAlso, a type word written without
// diacritics ("Xa Binh Son") is split off too.
NameKey nameKey(const QString &name, bool plainAlso = false)
{
    const QString lower = text::normalized(name).toLower();
    for (const QString &word : unitTypeWords()) {
        if (lower.size() > word.size() + 1 && lower.at(word.size()) == u' ') {
            const QString head = lower.left(word.size());
            if (head == word || (plainAlso && head == text::searchKey(word)))
                return { text::searchKey(word), text::searchKey(lower.mid(word.size() + 1)) };
        }
    }
    return { QString(), text::searchKey(name) };
}

bool isAllDigits(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar ch : value) {
        if (!ch.isDigit())
            return false;
    }
    return true;
}

// All administrative units, for matching names and codes without a query per row.
class UnitIndex
{
public:
    struct Unit
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString type;
        int level = 0;
        qint64 parentId = 0;
        QString key; // nameKey(name).rest
        QString typeKey; // searchKey(type)
        QString validFrom; // ISO dates, empty when open
        QString validTo;
        QString exactName; // the name in lower case, with its tone marks
        QString exactRest; // the same without its type word
    };

    // The day the file's units are looked up on (a campaign's reference date,
    // or today): a GSO code names different units over time, and a name may
    // be that of an old unit and of the new one formed from it.
    void setDate(const QDate &date) { m_date = date.toString(Qt::ISODate); }

    bool load(const QSqlDatabase &db, QString *error)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                    "SELECT id, gso_code, name, unit_type, level, parent_id, valid_from, valid_to FROM admin_unit"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            add(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toInt(), query.value(5).toLongLong(),
                query.value(6).toString(), query.value(7).toString());
        return true;
    }

    void add(qint64 id, const QString &code, const QString &name, const QString &type, int level,
             qint64 parentId, const QString &validFrom = QString(), const QString &validTo = QString())
    {
        const QString exact = text::normalized(name).toLower();
        const NameKey split = nameKey(name);
        Unit unit{ id,       code,     text::normalized(name), text::normalized(type),
                   level,    parentId, split.rest,             text::searchKey(type),
                   validFrom, validTo, exact,
                   split.type.isEmpty() ? exact : exact.section(u' ', split.type.count(u' ') + 1) };
        m_byKey.insert(unit.key, id);
        // Villages repeat their names across the country (thousands of
        // "Thôn 1"): they are looked up under their commune, the other
        // levels by name alone.
        if (level < 4)
            m_upperByKey.insert(unit.key, id);
        m_byParentKey.insert(std::make_pair(parentId, unit.key), id);
        if (!code.isEmpty())
            m_byCode.insert(code, id);
        m_units.insert(id, unit);
    }

    bool isValid(qint64 id) const
    {
        const Unit *u = unit(id);
        return u && (m_date.isEmpty()
                     || ((u->validFrom.isEmpty() || u->validFrom <= m_date) && (u->validTo.isEmpty() || u->validTo >= m_date)));
    }

    // The units of ids in force on the date, when there are any; else ids.
    QList<qint64> preferValid(const QList<qint64> &ids) const
    {
        QList<qint64> valid;
        for (const qint64 id : ids) {
            if (isValid(id))
                valid << id;
        }
        return valid.isEmpty() ? ids : valid;
    }

    // The units of ids named exactly value (NFC, tone marks kept, case
    // ignored, with or without the type word), when there are any; else ids.
    // "Xã Bình Thạnh" and "Xã Bình Thanh" lie in one district.
    QList<qint64> preferExact(const QList<qint64> &ids, const QString &value) const
    {
        const QString wanted = text::normalized(value).toLower();
        QList<qint64> exact;
        for (const qint64 id : ids) {
            const Unit *u = unit(id);
            if (u && (u->exactName == wanted || u->exactRest == wanted))
                exact << id;
        }
        return exact.isEmpty() ? ids : exact;
    }

    const Unit *unit(qint64 id) const
    {
        const auto found = m_units.constFind(id);
        return found == m_units.constEnd() ? nullptr : &found.value();
    }

    // The units value names among levels; by GSO code when value is all
    // digits. A type word in value ("Thành phố Quảng Ngãi") must agree with
    // the unit's type.
    QList<qint64> find(const QString &value, const QList<int> &levels) const
    {
        QList<qint64> result;
        if (isAllDigits(value)) {
            // Of the units that held the code, the one in force on the date.
            QList<qint64> coded;
            for (auto it = m_byCode.constFind(value); it != m_byCode.constEnd() && it.key() == value; ++it) {
                if (levels.contains(unit(it.value())->level))
                    coded << it.value();
            }
            coded = preferValid(coded);
            std::sort(coded.begin(), coded.end(), [this](qint64 a, qint64 b) {
                return unit(a)->validFrom > unit(b)->validFrom || (unit(a)->validFrom == unit(b)->validFrom && a > b);
            });
            if (!coded.isEmpty())
                result << coded.first();
            return result;
        }
        // The value as a whole name, and without a type word when it has one.
        QList<NameKey> keys = { { QString(), text::searchKey(value) } };
        if (const NameKey split = nameKey(value, true); !split.type.isEmpty())
            keys << split;
        QSet<qint64> seen;
        for (const NameKey &key : keys) {
            for (auto it = m_byKey.constFind(key.rest); it != m_byKey.constEnd() && it.key() == key.rest;
                 ++it) {
                const qint64 id = it.value();
                const Unit *candidate = unit(id);
                if (!levels.contains(candidate->level) || seen.contains(id))
                    continue;
                if (!key.type.isEmpty() && candidate->typeKey != key.type)
                    continue;
                seen.insert(id);
                result << id;
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    // What find(value, levels) followed by keeping the units of levels up to
    // 3 and those with an ancestor of level 3 named commune gives, without
    // visiting every same-named village of the country: the units above
    // villages by name, the villages among the children of the communes
    // named. Equal to the long way (a village's level-3 ancestor is its
    // parent, or it has none).
    QList<qint64> findInCommune(const QString &value, const QList<int> &levels,
                                const QString &commune) const
    {
        if (isAllDigits(value))
            return {};
        QList<NameKey> keys = { { QString(), text::searchKey(value) } };
        if (const NameKey split = nameKey(value, true); !split.type.isEmpty())
            keys << split;
        const QList<qint64> communes = levels.contains(4) ? find(commune, { 3 }) : QList<qint64>();
        QList<qint64> result;
        QSet<qint64> seen;
        const auto take = [&](qint64 id, const NameKey &key) {
            const Unit *candidate = unit(id);
            if (!levels.contains(candidate->level) || seen.contains(id))
                return;
            if (!key.type.isEmpty() && candidate->typeKey != key.type)
                return;
            seen.insert(id);
            result << id;
        };
        for (const NameKey &key : keys) {
            for (auto it = m_upperByKey.constFind(key.rest);
                 it != m_upperByKey.constEnd() && it.key() == key.rest; ++it)
                take(it.value(), key);
            for (qint64 communeId : communes) {
                const auto parentKey = std::make_pair(communeId, key.rest);
                for (auto it = m_byParentKey.constFind(parentKey);
                     it != m_byParentKey.constEnd() && it.key() == parentKey; ++it) {
                    if (unit(it.value())->level == 4)
                        take(it.value(), key);
                }
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    // Whether one of id's ancestors at level is among named.
    bool hasAncestor(qint64 id, int level, const QList<qint64> &named) const
    {
        for (const Unit *current = unit(id); current; current = unit(current->parentId)) {
            if (current->level == level)
                return named.contains(current->id);
            if (current->parentId == 0)
                break;
        }
        return false;
    }

    // "Phường Nguyễn Nghiêm, Thành phố Quảng Ngãi": the unit and its parent.
    QString describe(qint64 id) const
    {
        const Unit *current = unit(id);
        if (!current)
            return QString();
        const Unit *parent = unit(current->parentId);
        return parent && parent->level > 1 ? current->name + QStringLiteral(", ") + parent->name
                                           : current->name;
    }

private:
    QHash<qint64, Unit> m_units;
    QMultiHash<QString, qint64> m_byKey;
    QMultiHash<QString, qint64> m_upperByKey; // units of levels 1-3
    QMultiHash<std::pair<qint64, QString>, qint64> m_byParentKey;
    QMultiHash<QString, qint64> m_byCode;
    QString m_date;
};

struct Column
{
    int index = -1; // 0-based in the file
    QString header;
};

class Import
{
public:
    Import(const QSqlDatabase &db, const ImportOptions &options) : m_db(db), m_options(options) { }

    ImportResult run(const QByteArray &bytes);

private:
    ImportResult importBytes(const QByteArray &bytes);
    // A CSV file's records (result has the problem when false).
    bool readCsv(const QByteArray &bytes, ImportResult &result, CsvTable *table);
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
    std::optional<QVariant> count(const CsvRecord &record, const QString &field,
                                  QString *qualifier = nullptr);
    std::optional<QVariant> year(const CsvRecord &record, const QString &field);
    // The unit named in field, narrowed by the Commune and District columns
    // (when they are not the field itself); 0 after reporting a problem.
    qint64 unit(const CsvRecord &record, const QString &field, const QList<int> &levels);
    qint64 teamOfUnit(const CsvRecord &record, qint64 unitId);

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
    // Members import: a team whose present members are fewer than its
    // declared count is named in a warning.
    void warnShortLists();

    std::optional<Write> units(const CsvRecord &record);
    std::optional<Write> organisations(const CsvRecord &record);
    std::optional<Write> teams(const CsvRecord &record);
    std::optional<Write> members(const CsvRecord &record);
    std::optional<Write> attendance(const CsvRecord &record);
    std::optional<Write> media(const CsvRecord &record);
    std::optional<Write> figures(const CsvRecord &record);

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    QHash<QString, Column> m_columns;
    int m_fieldCount = 0;
    QString m_sheet; // a workbook's sheet being read; empty for CSV
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
    QHash<QString, int> m_seen; // duplicate key -> first line
    QHash<qint64, qint64> m_teamOfUnit; // unit -> team of the campaign (0: none)
    QHash<qint64, qint64> m_writtenUnits; // provisional id of a unit of the file -> its id once written
    QHash<qint64, QSet<QString>> m_teamPeople; // team -> personKey of its present members
    QHash<qint64, QString> m_leaderName; // team -> the leader an earlier line of the file names
    QHash<QString, QSqlQuery> m_inserts; // prepared once per table and column list
    int m_mediaOrder = 0;
    int m_figureOrder = -1;
    qint64 m_changeGroupId = 0;
};

QString Import::teamLeader(qint64 team, const QString &name)
{
    if (const QString earlier = m_leaderName.value(team); !earlier.isEmpty())
        return earlier;
    m_leaderName.insert(team, name);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT m.full_name FROM team_member tm JOIN member m ON m.id = tm.member_id "
                                 "WHERE tm.team_id = ? AND tm.left_on IS NULL AND tm.role = 'leader' LIMIT 1"));
    query.addBindValue(team);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 Import::scalar(const QString &sql, const QVariantList &values)
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

qint64 Import::insert(const QString &table, const QList<std::pair<QString, QVariant>> &values)
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

void Import::update(const QString &table, qint64 id,
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

Import::Write Import::updateOrKeep(const QString &table, qint64 id, const QString &record,
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

void Import::warnShortLists()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
            "SELECT t.name, t.declared_member_count, t.member_count_qualifier, "
            "(SELECT count(*) FROM team_member tm WHERE tm.team_id = t.id AND tm.left_on IS NULL) "
            "FROM team t WHERE t.id = ?"));
    QList<qint64> teams = m_teamPeople.keys();
    std::sort(teams.begin(), teams.end());
    for (const qint64 team : teams) {
        query.addBindValue(team);
        if (!query.exec())
            throw WriteError(query.lastError().text());
        if (!query.next() || query.value(1).isNull())
            continue;
        const qint64 listed = query.value(3).toLongLong();
        if (listed >= query.value(1).toLongLong())
            continue;
        const QString declared = countText(query.value(1), query.value(2).toString());
        m_warnings << ImportProblem{
            0, 0, QString(),
            Text::tr("%1: the list has %2 of %3 declared members; the report keeps counting %3 "
                     "until the list is completed or the count corrected.")
                    .arg(query.value(0).toString(), text::formatNumber(listed), declared)
        };
    }
}

std::optional<QVariant> Import::date(const CsvRecord &record, const QString &field)
{
    const QString raw = value(record, field);
    if (raw.isEmpty())
        return QVariant();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const auto match = pattern.match(raw);
    const QDate parsed = match.hasMatch()
            ? QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt())
            : QDate();
    if (match.hasMatch() && !parsed.isValid()) {
        problem(record.line, field,
                Text::tr("%1 is not a date of the calendar (check the day and the month).")
                        .arg(quoted(raw)));
        return std::nullopt;
    }
    if (!parsed.isValid()) {
        problem(record.line, field,
                Text::tr("Expected a date written dd/mm/yyyy (such as 07/10/2022), found %1.")
                        .arg(quoted(raw)));
        return std::nullopt;
    }
    return parsed.toString(Qt::ISODate);
}

std::optional<QVariant> Import::activityDate(const CsvRecord &record, const QString &field)
{
    const auto parsed = date(record, field);
    if (!parsed || parsed->isNull() || m_campaignYear == 0)
        return parsed;
    const QDate day = QDate::fromString(parsed->toString(), Qt::ISODate);
    if (day.year() != m_campaignYear) {
        problem(record.line, field,
                Text::tr("Expected a date in %1, the year of the campaign, found %2.")
                        .arg(m_campaignYear)
                        .arg(quoted(value(record, field))));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QVariant> Import::count(const CsvRecord &record, const QString &field,
                                      QString *qualifier)
{
    QString raw = value(record, field);
    if (raw.isEmpty())
        return QVariant();
    if (qualifier) {
        static const QList<std::pair<QString, QString>> words = {
            { QStringLiteral("hon "), QStringLiteral("hon") },
            { QStringLiteral("gan "), QStringLiteral("gan") },
            { QStringLiteral("khoang "), QStringLiteral("khoang") },
            { QStringLiteral("tren "), QStringLiteral("tren") },
        };
        const QString key = text::searchKey(raw);
        for (const auto &[word, code] : words) {
            if (key.startsWith(word)) {
                *qualifier = code;
                raw = raw.mid(word.size()).trimmed();
                break;
            }
        }
    }
    // vi-VN: the dot groups thousands ("1.141"); a comma would be a decimal.
    static const QRegularExpression pattern(QStringLiteral("^(\\d+|\\d{1,3}(\\.\\d{3})+)$"));
    bool ok = pattern.match(raw).hasMatch();
    const qint64 number = ok ? QString(raw).remove(u'.').toLongLong(&ok) : 0;
    if (!ok) {
        problem(record.line, field,
                Text::tr("Expected a whole number written as 1.141, found %1.")
                        .arg(quoted(value(record, field))));
        return std::nullopt;
    }
    return number;
}

std::optional<QVariant> Import::year(const CsvRecord &record, const QString &field)
{
    const QString raw = value(record, field);
    if (raw.isEmpty())
        return QVariant();
    bool ok = isAllDigits(raw) && raw.size() == 4;
    const int number = ok ? raw.toInt() : 0;
    if (!ok || number < 1900 || number > 2100) {
        problem(record.line, field,
                Text::tr("Expected a year between 1900 and 2100, found %1.").arg(quoted(raw)));
        return std::nullopt;
    }
    return number;
}

qint64 Import::unit(const CsvRecord &record, const QString &field, const QList<int> &levels)
{
    const QString name = value(record, field);
    if (name.isEmpty())
        return 0;
    QList<qint64> candidates;
    const QString commune = value(record, QStringLiteral("commune"));
    if (field != QStringLiteral("commune") && !commune.isEmpty())
        candidates = m_units.findInCommune(name, levels, commune);
    // The long way when the short one finds nothing: it tells a name that
    // is nowhere from one that is not in the commune.
    if (candidates.isEmpty())
        candidates = m_units.find(name, levels);
    if (candidates.isEmpty()) {
        problem(record.line, field,
                Text::tr("No administrative unit is named %1.").arg(quoted(name)));
        return 0;
    }
    const QList<std::pair<QString, int>> narrowing = { { QStringLiteral("commune"), 3 },
                                                       { QStringLiteral("district"), 2 } };
    for (const auto &[parentField, parentLevel] : narrowing) {
        const QString parent = value(record, parentField);
        if (parentField == field || parent.isEmpty())
            continue;
        QList<qint64> inParent;
        // "Xã Bình Thạnh" names that commune, not also "Xã Bình Thanh".
        QList<qint64> named = m_units.find(parent, { parentLevel });
        if (named.size() > 1)
            named = m_units.preferExact(named, parent);
        for (qint64 id : candidates) {
            const UnitIndex::Unit *candidate = m_units.unit(id);
            if (candidate->level <= parentLevel || m_units.hasAncestor(id, parentLevel, named))
                inParent << id;
        }
        if (inParent.isEmpty()) {
            problem(record.line, field,
                    Text::tr("No administrative unit named %1 lies in %2.")
                            .arg(quoted(name), quoted(parent)));
            return 0;
        }
        candidates = inParent;
    }
    // The units in force on the file's date win over those closed or not yet
    // established; an exact name (tone marks kept) over a name that matches
    // only without them.
    if (candidates.size() > 1)
        candidates = m_units.preferValid(candidates);
    if (candidates.size() > 1)
        candidates = m_units.preferExact(candidates, name);
    if (candidates.size() > 1) {
        QStringList described;
        bool villages = false;
        for (qint64 id : candidates) {
            described << m_units.describe(id);
            villages = villages || m_units.unit(id)->level == 4;
        }
        // Ask for the column that tells them apart only when the file lacks
        // it or left it empty: with it filled in, only the code helps.
        const QString telling = villages ? QStringLiteral("commune") : QStringLiteral("district");
        QString message;
        if (field == telling || (hasColumn(telling) && !value(record, telling).isEmpty()))
            message = Text::tr("%1 is the name of %2 administrative units (%3), even where the file places it; "
                               "write its GSO code instead, or its name with the tone marks as the list writes it.");
        else if (hasColumn(telling))
            message = villages ? Text::tr("%1 is the name of %2 administrative units (%3); fill in its "
                                          "Commune column to say which one.")
                               : Text::tr("%1 is the name of %2 administrative units (%3); fill in its "
                                          "District column to say which one.");
        else
            message = villages ? Text::tr("%1 is the name of %2 administrative units (%3); add a "
                                          "Commune column to say which one.")
                               : Text::tr("%1 is the name of %2 administrative units (%3); add a "
                                          "District column to say which one.");
        problem(record.line, field,
                message.arg(quoted(name)).arg(candidates.size()).arg(described.join(QStringLiteral("; "))));
        return 0;
    }
    return candidates.first();
}

qint64 Import::teamOfUnit(const CsvRecord &record, qint64 unitId)
{
    if (!m_teamOfUnit.contains(unitId))
        m_teamOfUnit.insert(
                unitId,
                scalar(QStringLiteral("SELECT id FROM team WHERE campaign_id = ? AND unit_id = ?"),
                       { m_campaignId, unitId }));
    const qint64 team = m_teamOfUnit.value(unitId);
    if (team == 0)
        problem(record.line, QStringLiteral("unit"),
                Text::tr("%1 has no team in this campaign; import the teams first.")
                        .arg(quoted(m_units.unit(unitId)->name)));
    return team;
}

int Import::recognisedHeaders(const QStringList &cells) const
{
    return recognisedHeaderCount(cells, m_options.kind, m_options.mapping);
}

bool Import::mapColumns(const CsvRecord &header)
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

bool Import::findCampaign()
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

// --- the kinds

namespace {

// The types a unit may have (Law on Local Government Organisation; Circular
// 04/2012/TT-BNV for villages and residential groups), as stored in
// admin_unit.unit_type, with their level. "Thành phố" is a province (no
// parent) or a district (under a province): level 0 here.
struct UnitTypeEntry
{
    QString name;
    int level;
};

const QList<UnitTypeEntry> &unitTypes()
{
    static const QList<UnitTypeEntry> types = {
        { QStringLiteral("Tỉnh"), 1 },       { QStringLiteral("Thành phố"), 0 },  { QStringLiteral("Quận"), 2 },
        { QStringLiteral("Huyện"), 2 },      { QStringLiteral("Thị xã"), 2 },     { QStringLiteral("Xã"), 3 },
        { QStringLiteral("Phường"), 3 },     { QStringLiteral("Thị trấn"), 3 },   { QStringLiteral("Đặc khu"), 3 },
        { QStringLiteral("Thôn"), 4 },       { QStringLiteral("Tổ dân phố"), 4 }, { QStringLiteral("Khu phố"), 4 },
        { QStringLiteral("Khối phố"), 4 },   { QStringLiteral("Khu dân cư"), 4 }, { QStringLiteral("Làng"), 4 },
        { QStringLiteral("Bản"), 4 },        { QStringLiteral("Ấp"), 4 },         { QStringLiteral("Buôn"), 4 },
        { QStringLiteral("Bon"), 4 },        { QStringLiteral("Plei"), 4 },       { QStringLiteral("Phum"), 4 },
        { QStringLiteral("Sóc"), 4 },        { QStringLiteral("Xóm"), 4 },        { QStringLiteral("Khối"), 4 },
        { QStringLiteral("Khu"), 4 },        { QStringLiteral("Tổ"), 4 },
    };
    return types;
}

// The entry a type cell names: the type as written, ignoring case and
// white space; diacritics count ("Tỉnh" is not "Tịnh"), except in a cell
// written without any ("Xa", "Thi tran").
const UnitTypeEntry *unitTypeEntry(const QString &cell)
{
    const QString lower = text::normalized(cell).toLower();
    const bool plain = lower == text::searchKey(lower);
    for (const UnitTypeEntry &entry : unitTypes()) {
        if (entry.name.toLower() == lower || (plain && text::searchKey(entry.name) == lower))
            return &entry;
    }
    return nullptr;
}

// The type word of a province, district or commune the name starts with
// ("Xã Bình Sơn" -> Xã), diacritics counting; nullptr for any other name.
const UnitTypeEntry *typeOfName(const QString &name)
{
    const QString lower = text::normalized(name).toLower();
    const UnitTypeEntry *best = nullptr;
    for (const UnitTypeEntry &entry : unitTypes()) {
        const QString word = entry.name.toLower();
        if (entry.level != 4 && lower.startsWith(word + u' ') && (!best || word.size() > best->name.size()))
            best = &entry;
    }
    return best;
}

// The levels a unit's parent may have (as the unit form): a district under a
// province; a commune under a district or, since 2025, the province; a
// village under a commune or a district without communes.
QList<int> parentLevelsOf(int level)
{
    switch (level) {
    case 2: return { 1 };
    case 3: return { 1, 2 };
    case 4: return { 2, 3 };
    default: return {};
    }
}

} // namespace

std::optional<Import::Write> Import::units(const CsvRecord &record)
{
    // An intake workbook's entry rows come with their district filled in:
    // a row with nothing else is not a village.
    if (m_options.intake && value(record, QStringLiteral("name")).isEmpty()
        && value(record, QStringLiteral("unit_type")).isEmpty()
        && value(record, QStringLiteral("commune")).isEmpty())
        return std::nullopt;
    const int before = int(m_problems.size());
    QString name = required(record, QStringLiteral("name"));
    const QString typeCell = value(record, QStringLiteral("unit_type"));
    const QString code = value(record, QStringLiteral("code"));
    const QString parentCell = value(record, QStringLiteral("parent"));
    const QString commune = value(record, QStringLiteral("commune"));
    const QString district = value(record, QStringLiteral("district"));

    // The type, from the closed list; else from the name's type word; else a village.
    const UnitTypeEntry *typeEntry = nullptr;
    if (!typeCell.isEmpty()) {
        typeEntry = unitTypeEntry(typeCell);
        if (!typeEntry) {
            QStringList names;
            for (const UnitTypeEntry &entry : unitTypes())
                names << entry.name;
            problem(record.line, QStringLiteral("unit_type"),
                    Text::tr("%1 is not a type of administrative unit; expected one of %2.")
                            .arg(quoted(typeCell), names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    } else if (!name.isEmpty()) {
        typeEntry = typeOfName(name);
    }
    const bool village = !typeEntry || typeEntry->level == 4;

    // The unit it belongs to: the Parent column (a code or a name), else for a
    // village its Commune or District, for a commune its District.
    qint64 parent = 0;
    if (!parentCell.isEmpty())
        parent = unit(record, QStringLiteral("parent"), { 1, 2, 3 });
    else if (village && !commune.isEmpty())
        parent = unit(record, QStringLiteral("commune"), { 3 });
    else if ((village || typeEntry->level == 3) && !district.isEmpty())
        parent = unit(record, QStringLiteral("district"), { 2 });
    else if (village)
        problem(record.line,
                hasColumn(QStringLiteral("parent"))    ? QStringLiteral("parent")
                        : hasColumn(QStringLiteral("commune")) ? QStringLiteral("commune")
                                                               : QStringLiteral("district"),
                Text::tr("Expected the commune, or for a district without communes the district."));
    if (int(m_problems.size()) > before)
        return std::nullopt;
    const UnitIndex::Unit *parentUnit = parent != 0 ? m_units.unit(parent) : nullptr;
    const QString parentField = !parentCell.isEmpty() ? QStringLiteral("parent")
            : !commune.isEmpty() && village            ? QStringLiteral("commune")
                                                       : QStringLiteral("district");

    int level = 4;
    QString type;
    if (typeEntry) {
        type = typeEntry->name;
        level = typeEntry->level != 0 ? typeEntry->level : parentUnit ? 2 : 1;
    }
    if (level < 4 || parentUnit) {
        const QList<int> allowed = parentLevelsOf(level);
        if (level == 1 && parentUnit) {
            problem(record.line, parentField,
                    Text::tr("A %1 is a province-level unit and belongs to no other unit.").arg(type));
            return std::nullopt;
        }
        if (level > 1 && !parentUnit) {
            problem(record.line, hasColumn(QStringLiteral("parent")) ? QStringLiteral("parent") : QStringLiteral("name"),
                    Text::tr("Expected the unit %1 belongs to, by its GSO code or its name.").arg(quoted(name)));
            return std::nullopt;
        }
        if (level > 1 && !allowed.contains(parentUnit->level)) {
            problem(record.line, parentField,
                    Text::tr("%1 cannot hold %2: a unit belongs to a unit of a higher level (a district to a "
                             "province, a commune to a district or a province, a village to a commune or a "
                             "district).")
                            .arg(quoted(parentUnit->name), quoted(name)));
            return std::nullopt;
        }
    }

    // GSO codes (Decision 124/2004/QĐ-TTg): 2 digits for a province, 3 for a
    // district, 5 for a commune; villages have none.
    if (!code.isEmpty()) {
        const int digits = level == 1 ? 2 : level == 2 ? 3 : 5;
        if (level == 4) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("Villages and residential groups have no GSO code; leave it empty."));
            return std::nullopt;
        }
        if (!isAllDigits(code) || code.size() != digits) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("Expected the GSO code of a unit of this level: %1 digits, found %2.")
                            .arg(digits)
                            .arg(quoted(code)));
            return std::nullopt;
        }
    }

    if (level == 4) {
        if (type.isEmpty()) {
            const QString nameSearchKey = text::searchKey(name);
            static const QList<std::pair<QString, QString>> typeWords = {
                { QStringLiteral("to dan pho "), QStringLiteral("Tổ dân phố") },
                { QStringLiteral("khu dan cu "), QStringLiteral("Khu dân cư") },
                { QStringLiteral("thon "), QStringLiteral("Thôn") },
                { QStringLiteral("ban "), QStringLiteral("Bản") },
                { QStringLiteral("lang "), QStringLiteral("Làng") },
            };
            for (const auto &[word, typeName] : typeWords) {
                if (nameSearchKey.startsWith(word))
                    type = typeName;
            }
        }
        if (type.isEmpty()) {
            const bool urban = parentUnit->typeKey == QStringLiteral("phuong")
                    || parentUnit->typeKey == QStringLiteral("thi tran");
            type = urban ? QStringLiteral("Tổ dân phố") : QStringLiteral("Thôn");
        }
        // Names are stored with their type word, as the GSO lists write them
        // ("Thôn An Phú"); "Tổ 3" or "Xóm Đông" already carry one.
        static const QStringList ownWords = { QStringLiteral("thon"), QStringLiteral("to"),
                                              QStringLiteral("ban"),  QStringLiteral("lang"),
                                              QStringLiteral("khu"),  QStringLiteral("xom"),
                                              QStringLiteral("ap"),   QStringLiteral("buon"),
                                              QStringLiteral("doi"),  QStringLiteral("khoi"),
                                              QStringLiteral("cum"),  QStringLiteral("plei") };
        if (!ownWords.contains(text::searchKey(name).section(u' ', 0, 0)))
            name = type + u' ' + name;
    } else if (!name.toLower().startsWith(type.toLower() + u' ')) {
        name = type + u' ' + name; // "Bình Sơn" of type Xã is "Xã Bình Sơn"
    }

    const QString where = parentUnit ? parentUnit->name : QString();
    // Villages are told apart without their tone marks (a second "Thôn Bac"
    // is the same "Thôn Bắc" mistyped); communes and above are not: "Xã Bình
    // Thạnh" and "Xã Bình Thanh" are two communes of one district.
    const QString exactName = text::normalized(name).toLower();
    const QString key = QStringLiteral("unit|%1|%2|%3").arg(parent).arg(level).arg(level == 4 ? nameKey(name).rest : exactName);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("name"),
                parentUnit ? Text::tr("%1 in %2 is already on line %3.").arg(quoted(name), where).arg(line)
                           : Text::tr("%1 is already on line %2.").arg(quoted(name)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    if (!code.isEmpty()) {
        const QString codeKey = QStringLiteral("code|") + code;
        if (const int line = m_seen.value(codeKey); line > 0) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("The GSO code %1 is already on line %2.").arg(code).arg(line));
            return std::nullopt;
        }
        m_seen.insert(codeKey, record.line);
        // Imported units have no validity dates: the code must be free.
        const QString holder = units::unitHoldingCode(m_db, code, QString(), QString(), 0);
        if (!holder.isEmpty()) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("The GSO code %1 is already “%2”'s.").arg(code, holder));
            return std::nullopt;
        }
    }
    for (qint64 id : m_units.find(name, { level })) {
        const UnitIndex::Unit *same = m_units.unit(id);
        if (same->parentId == parent && (level == 4 || same->exactName == exactName)) {
            if (m_options.intake) { // listed in the intake workbook, or entered once already
                ++m_unchanged;
                return Write([] { });
            }
            problem(record.line, QStringLiteral("name"),
                    parentUnit ? Text::tr("%1 already exists in %2.").arg(quoted(name), where)
                               : Text::tr("%1 is already in the database.").arg(quoted(name)));
            return std::nullopt;
        }
    }
    // Later rows may name this unit as their parent: it joins the index under
    // a provisional id, replaced by the real one when it is written.
    const qint64 provisional = -qint64(record.line);
    m_units.add(provisional, code, name, type, level, parent);
    return [this, name, type, level, parent, code, provisional] {
        const qint64 parentId = parent < 0 ? m_writtenUnits.value(parent) : parent;
        const qint64 id = insert(QStringLiteral("admin_unit"),
                                 { { QStringLiteral("gso_code"), code.isEmpty() ? QVariant() : QVariant(code) },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("unit_type"), type },
                                   { QStringLiteral("level"), level },
                                   { QStringLiteral("parent_id"), parentId == 0 ? QVariant() : QVariant(parentId) } });
        m_writtenUnits.insert(provisional, id);
    };
}

std::optional<Import::Write> Import::organisations(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString name = required(record, QStringLiteral("name"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    if (int(m_problems.size()) > before)
        return std::nullopt;
    const QString key = QStringLiteral("org|%1|%2").arg(unitId).arg(text::searchKey(name));
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("name"),
                Text::tr("%1 is already on line %2.").arg(quoted(name)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM organisation WHERE coalesce(unit_id, 0) = ?"));
    query.addBindValue(unitId);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    while (query.next()) {
        if (text::searchKey(query.value(0).toString()) == text::searchKey(name)) {
            problem(record.line, QStringLiteral("name"),
                    Text::tr("%1 is already in the database.").arg(quoted(name)));
            return std::nullopt;
        }
    }
    const auto nullable = [&](const char *field) {
        const QString v = value(record, QString::fromLatin1(field));
        return v.isEmpty() ? QVariant() : QVariant(v);
    };
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("name"), name },
        { QStringLiteral("abbreviation"), nullable("abbreviation") },
        { QStringLiteral("kind"), nullable("kind") },
        { QStringLiteral("unit_id"), unitId ? QVariant(unitId) : QVariant() },
        { QStringLiteral("address"), nullable("address") },
        { QStringLiteral("phone"), nullable("phone") },
        { QStringLiteral("email"), nullable("email") },
        { QStringLiteral("website"), nullable("website") },
    };
    return [this, values] { insert(QStringLiteral("organisation"), values); };
}

std::optional<Import::Write> Import::teams(const CsvRecord &record)
{
    // An intake workbook lists every unit: a row left as it came (nothing
    // but the unit) is not a team.
    if (m_options.intake) {
        bool filled = false;
        for (const char *field : { "name", "established_date", "decision_reference",
                                   "declared_member_count", "notes" })
            filled = filled || !value(record, QString::fromLatin1(field)).isEmpty();
        if (!filled)
            return std::nullopt;
    }
    const int before = int(m_problems.size());
    required(record, QStringLiteral("unit"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    const auto established = date(record, QStringLiteral("established_date"));
    // "hơn 15" gives 15 and 'hon'; an empty cell is "not reported" (NULL), never 0.
    QString qualifier = QStringLiteral(""); // not a null string: the column is NOT NULL
    const auto members = count(record, QStringLiteral("declared_member_count"), &qualifier);
    if (int(m_problems.size()) > before || !established || !members)
        return std::nullopt;
    const UnitIndex::Unit *u = m_units.unit(unitId);
    const QString key = QStringLiteral("team|%1").arg(unitId);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("unit"),
                Text::tr("The team of %1 is already on line %2.").arg(quoted(u->name)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    // A team the campaign has already (a corrected file sent again, an
    // intake workbook imported twice): the columns the file has update it;
    // a row with the values stored is unchanged.
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
                "SELECT id, name, established_date, decision_reference, declared_member_count, "
                "member_count_qualifier, notes FROM team "
                "WHERE campaign_id = ? AND unit_id = ? AND level = ?"));
        query.addBindValue(m_campaignId);
        query.addBindValue(unitId);
        query.addBindValue(u->level);
        if (!query.exec())
            throw WriteError(query.lastError().text());
        if (query.next()) {
            QList<std::pair<QString, QVariant>> sets;
            QList<ValueChange> changes;
            const QString oldName = query.value(1).toString();
            // An empty name cell keeps the name (a new team gets one made up).
            if (const QString rowName = value(record, QStringLiteral("name"));
                !rowName.isEmpty() && rowName != oldName) {
                sets << std::pair{ QStringLiteral("name"), QVariant(rowName) };
                changes << ValueChange{ Text::tr("name"), plainText(oldName), plainText(rowName) };
            }
            if (hasColumn(QStringLiteral("established_date"))
                && !sameValue(query.value(2), *established)) {
                sets << std::pair{ QStringLiteral("established_date"), *established };
                changes << ValueChange{ Text::tr("established on"), dateText(query.value(2)),
                                        dateText(*established) };
            }
            const auto textColumn = [&](const QString &field, int index, const QString &what) {
                if (!hasColumn(field))
                    return;
                const QString given = value(record, field);
                if (sameValue(query.value(index), given))
                    return;
                sets << std::pair{ field, given.isEmpty() ? QVariant() : QVariant(given) };
                changes << ValueChange{ what, plainText(query.value(index)), plainText(given) };
            };
            textColumn(QStringLiteral("decision_reference"), 3, Text::tr("decision"));
            if (hasColumn(QStringLiteral("declared_member_count"))
                && (!sameValue(query.value(4), *members)
                    || query.value(5).toString() != qualifier)) {
                sets << std::pair{ QStringLiteral("declared_member_count"), *members }
                     << std::pair{ QStringLiteral("member_count_qualifier"), QVariant(qualifier) };
                changes << ValueChange{ Text::tr("declared members"),
                                        countText(query.value(4), query.value(5).toString()),
                                        countText(*members, qualifier) };
            }
            textColumn(QStringLiteral("notes"), 6, Text::tr("notes"));
            return updateOrKeep(QStringLiteral("team"), query.value(0).toLongLong(), oldName, sets,
                                changes);
        }
    }
    QString name = value(record, QStringLiteral("name"));
    if (name.isEmpty()) {
        name = QStringLiteral("Tổ Công nghệ số cộng đồng ")
                + text::unitNameInRunningText(u->name, u->type);
        if (const UnitIndex::Unit *parent = m_units.unit(u->parentId); parent && u->level == 4)
            name += QStringLiteral(", ") + text::unitNameInRunningText(parent->name, parent->type);
    }
    const QString decision = value(record, QStringLiteral("decision_reference"));
    const QString notes = value(record, QStringLiteral("notes"));
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("level"), u->level },
        { QStringLiteral("name"), name },
        { QStringLiteral("established_date"), *established },
        { QStringLiteral("decision_reference"),
          decision.isEmpty() ? QVariant() : QVariant(decision) },
        { QStringLiteral("declared_member_count"), *members },
        { QStringLiteral("member_count_qualifier"), qualifier },
        { QStringLiteral("notes"), notes.isEmpty() ? QVariant() : QVariant(notes) },
    };
    return [this, values] { insert(QStringLiteral("team"), values); };
}

namespace {

// The identity of a person within a team: name, birth year and phone digits
// (two people of the same name are told apart by either).
QString personKey(const QString &name, const QVariant &birthYear, const QString &phone)
{
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit())
            digits += ch;
    }
    return text::searchKey(name) + u'|' + (birthYear.isNull() ? QString() : birthYear.toString())
            + u'|' + digits;
}

} // namespace

std::optional<Import::Write> Import::members(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString name = required(record, QStringLiteral("full_name"));
    required(record, QStringLiteral("unit"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    const qint64 team = unitId ? teamOfUnit(record, unitId) : 0;

    QString role = QStringLiteral("member");
    if (const QString raw = value(record, QStringLiteral("role")); !raw.isEmpty()) {
        static const QHash<QString, QString> roles = {
            { QStringLiteral("to truong"), QStringLiteral("leader") },
            { QStringLiteral("leader"), QStringLiteral("leader") },
            { QStringLiteral("to pho"), QStringLiteral("deputy") },
            { QStringLiteral("deputy"), QStringLiteral("deputy") },
            { QStringLiteral("thanh vien"), QStringLiteral("member") },
            { QStringLiteral("member"), QStringLiteral("member") },
        };
        role = roles.value(text::searchKey(raw));
        if (role.isEmpty())
            problem(record.line, QStringLiteral("role"),
                    Text::tr("Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.")
                            .arg(quoted(raw)));
    }
    QVariant gender;
    if (const QString raw = value(record, QStringLiteral("gender")); !raw.isEmpty()) {
        static const QHash<QString, QString> genders = {
            { QStringLiteral("nam"), QStringLiteral("male") },
            { QStringLiteral("male"), QStringLiteral("male") },
            { QStringLiteral("nu"), QStringLiteral("female") },
            { QStringLiteral("female"), QStringLiteral("female") },
            { QStringLiteral("khac"), QStringLiteral("other") },
            { QStringLiteral("other"), QStringLiteral("other") },
        };
        const QString code = genders.value(text::searchKey(raw));
        if (code.isEmpty())
            problem(record.line, QStringLiteral("gender"),
                    Text::tr("Expected “Nam”, “Nữ” or “Khác”, found %1.").arg(quoted(raw)));
        gender = code;
    }
    const auto birthYear = year(record, QStringLiteral("birth_year"));
    const auto joined = date(record, QStringLiteral("joined_on"));
    // The member form's rules (records/Validation.h).
    if (birthYear && !birthYear->isNull()) {
        if (const QString error = validation::birthYearError(birthYear->toInt()); !error.isEmpty())
            problem(record.line, QStringLiteral("birth_year"), error);
        else if (const QString warning = validation::birthYearWarning(birthYear->toInt()); !warning.isEmpty())
            warn(record.line, QStringLiteral("birth_year"), warning);
    }
    if (joined && !joined->isNull()) {
        if (const QString error = validation::joinedDateError(QDate::fromString(joined->toString(), Qt::ISODate));
            !error.isEmpty())
            problem(record.line, QStringLiteral("joined_on"), error);
    }
    if (role == QStringLiteral("leader") && team != 0) {
        if (const QString leader = teamLeader(team, name); !leader.isEmpty())
            warn(record.line, QStringLiteral("role"), validation::secondLeaderWarning(leader));
    }
    // The same rule as the member form: a Vietnamese number, stored as digits.
    const QString rawPhone = value(record, QStringLiteral("phone"));
    if (!validation::isVietnamesePhoneNumber(rawPhone))
        problem(record.line, QStringLiteral("phone"),
                Text::tr("%1 is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed "
                         "line of 11 digits starting 02).").arg(quoted(rawPhone)));
    if (int(m_problems.size()) > before || !birthYear || !joined)
        return std::nullopt;

    const QString phone = validation::normalizedPhoneNumber(rawPhone);
    const QString person = personKey(name, *birthYear, phone);
    const QString key = QStringLiteral("member|%1|%2").arg(team).arg(person);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already on line %2 for the same team.")
                        .arg(quoted(name))
                        .arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    // The team's present members, read once per team: nothing is written
    // before every row is checked.
    auto people = m_teamPeople.find(team);
    if (people == m_teamPeople.end()) {
        QSet<QString> keys;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
                "SELECT m.full_name, m.birth_year, m.phone FROM team_member tm "
                "JOIN member m ON m.id = tm.member_id WHERE tm.team_id = ? AND tm.left_on IS NULL"));
        query.addBindValue(team);
        if (!query.exec())
            throw WriteError(query.lastError().text());
        while (query.next())
            keys.insert(personKey(query.value(0).toString(), query.value(1), query.value(2).toString()));
        people = m_teamPeople.insert(team, keys);
    }
    if (people->contains(person) && m_options.intake) {
        ++m_unchanged;
        return Write([] { });
    }
    if (people->contains(person)) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already a member of this team.").arg(quoted(name)));
        return std::nullopt;
    }
    const QString affiliation = value(record, QStringLiteral("affiliation"));
    const QList<std::pair<QString, QVariant>> memberValues = {
        { QStringLiteral("full_name"), name },
        { QStringLiteral("gender"), gender },
        { QStringLiteral("birth_year"), *birthYear },
        { QStringLiteral("phone"), phone.isEmpty() ? QVariant() : QVariant(phone) },
        { QStringLiteral("affiliation"),
          affiliation.isEmpty() ? QVariant() : QVariant(affiliation) },
        { QStringLiteral("unit_id"), unitId },
    };
    const QVariant joinedOn = *joined;
    return [this, memberValues, team, role, joinedOn] {
        const qint64 member = insert(QStringLiteral("member"), memberValues);
        insert(QStringLiteral("team_member"),
               { { QStringLiteral("team_id"), team },
                 { QStringLiteral("member_id"), member },
                 { QStringLiteral("role"), role },
                 { QStringLiteral("joined_on"), joinedOn } });
    };
}

std::optional<Import::Write> Import::attendance(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString title = required(record, QStringLiteral("training"));
    const QString name = required(record, QStringLiteral("full_name"));
    const auto trainingDate = activityDate(record, QStringLiteral("training_date"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    const qint64 team = unitId ? teamOfUnit(record, unitId) : 0;
    const auto birthYear = year(record, QStringLiteral("birth_year"));
    if (int(m_problems.size()) > before || !trainingDate || !birthYear)
        return std::nullopt;

    QList<qint64> trainings;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
            "SELECT id, title, start_date FROM training_session WHERE campaign_id = ?"));
    query.addBindValue(m_campaignId);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    while (query.next()) {
        if (text::searchKey(query.value(1).toString()) == text::searchKey(title)
            && (trainingDate->isNull() || query.value(2).toString() == trainingDate->toString()))
            trainings << query.value(0).toLongLong();
    }
    if (trainings.size() != 1) {
        problem(record.line, QStringLiteral("training"),
                trainings.isEmpty() ? Text::tr("No training session of this campaign is called %1.")
                                              .arg(quoted(title))
                                    : Text::tr("%1 names %2 training sessions; add a Training date "
                                               "column to say which one.")
                                              .arg(quoted(title))
                                              .arg(trainings.size()));
        return std::nullopt;
    }

    const QString phone = value(record, QStringLiteral("phone"));
    QList<qint64> people;
    query.prepare(QStringLiteral(
            "SELECT DISTINCT m.id, m.full_name, m.birth_year, m.phone FROM member m "
            "JOIN team_member tm ON tm.member_id = m.id JOIN team t ON t.id = tm.team_id "
            "WHERE t.campaign_id = ? AND (? = 0 OR t.id = ?)"));
    query.addBindValue(m_campaignId);
    query.addBindValue(team);
    query.addBindValue(team);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    const QString wanted = personKey(name, *birthYear, phone);
    while (query.next()) {
        const QString found = personKey(query.value(1).toString(),
                                        birthYear->isNull() ? QVariant() : query.value(2),
                                        phone.isEmpty() ? QString() : query.value(3).toString());
        if (found == wanted)
            people << query.value(0).toLongLong();
    }
    if (people.size() != 1) {
        problem(record.line, QStringLiteral("full_name"),
                people.isEmpty() ? Text::tr("No member of a team of this campaign is called %1.")
                                           .arg(quoted(name))
                                 : Text::tr("%1 matches %2 members; add the Birth year or Phone "
                                            "column to say which one.")
                                           .arg(quoted(name))
                                           .arg(people.size()));
        return std::nullopt;
    }
    const qint64 training = trainings.first();
    const qint64 member = people.first();
    const QString key = QStringLiteral("attendance|%1|%2").arg(training).arg(member);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already on line %2 for the same training session.")
                        .arg(quoted(name))
                        .arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    if (scalar(QStringLiteral("SELECT count(*) FROM training_attendance WHERE training_id = ? AND "
                              "member_id = ?"),
               { training, member })
        > 0) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already recorded at this training session.").arg(quoted(name)));
        return std::nullopt;
    }
    return [this, training, member] {
        insert(QStringLiteral("training_attendance"),
               { { QStringLiteral("training_id"), training },
                 { QStringLiteral("member_id"), member } });
    };
}

std::optional<Import::Write> Import::media(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString rawKind = required(record, QStringLiteral("kind"));
    const QString outlet = required(record, QStringLiteral("outlet"));
    static const QHash<QString, QString> kinds = {
        { QStringLiteral("tin"), QStringLiteral("news") },
        { QStringLiteral("tin bai"), QStringLiteral("news") },
        { QStringLiteral("tin, bai"), QStringLiteral("news") },
        { QStringLiteral("bai"), QStringLiteral("article") },
        { QStringLiteral("bai viet"), QStringLiteral("article") },
        { QStringLiteral("phong su"), QStringLiteral("tv_report") },
        { QStringLiteral("video clip"), QStringLiteral("video_clip") },
        { QStringLiteral("video"), QStringLiteral("video_clip") },
        { QStringLiteral("trailer"), QStringLiteral("trailer") },
        { QStringLiteral("bang-ron"), QStringLiteral("banner") },
        { QStringLiteral("bang ron"), QStringLiteral("banner") },
        { QStringLiteral("khau hieu"), QStringLiteral("slogan") },
        { QStringLiteral("man hinh led"), QStringLiteral("led_screen") },
        { QStringLiteral("khac"), QStringLiteral("other") },
        { QStringLiteral("news"), QStringLiteral("news") },
        { QStringLiteral("article"), QStringLiteral("article") },
        { QStringLiteral("tv report"), QStringLiteral("tv_report") },
        { QStringLiteral("banner"), QStringLiteral("banner") },
        { QStringLiteral("slogan"), QStringLiteral("slogan") },
        { QStringLiteral("led screen"), QStringLiteral("led_screen") },
        { QStringLiteral("other"), QStringLiteral("other") },
    };
    const QString kind = kinds.value(text::searchKey(QString(rawKind).replace(u'_', u' ')));
    if (!rawKind.isEmpty() && kind.isEmpty())
        problem(record.line, QStringLiteral("kind"),
                Text::tr("Expected a kind of media output (Tin, Bài viết, Phóng sự, Video clip, "
                         "Trailer, Băng-rôn, "
                         "Khẩu hiệu, Màn hình LED or Khác), found %1.")
                        .arg(quoted(rawKind)));
    const auto published = activityDate(record, QStringLiteral("published_on"));
    QString qualifier = QStringLiteral("");
    const auto items = count(record, QStringLiteral("item_count"), &qualifier);
    bool commissioned = false;
    if (const QString raw = value(record, QStringLiteral("commissioned")); !raw.isEmpty()) {
        const QString key = text::searchKey(raw);
        static const QStringList yes = { QStringLiteral("co"), QStringLiteral("x"),
                                         QStringLiteral("1"), QStringLiteral("yes"),
                                         QStringLiteral("true") }; // a workbook's TRUE
        static const QStringList no = { QStringLiteral("khong"), QStringLiteral("0"),
                                        QStringLiteral("no"), QStringLiteral("false") };
        commissioned = yes.contains(key);
        if (!commissioned && !no.contains(key))
            problem(record.line, QStringLiteral("commissioned"),
                    Text::tr("Expected “Có” or “Không”, found %1.").arg(quoted(raw)));
    }
    if (int(m_problems.size()) > before || !published || !items)
        return std::nullopt;
    const QString title = value(record, QStringLiteral("title"));
    const QString key = QStringLiteral("media|%1|%2|%3|%4")
                                .arg(kind, text::searchKey(outlet), text::searchKey(title),
                                     published->toString());
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("title"),
                Text::tr("The same media output is already on line %1.").arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    if (m_mediaOrder == 0)
        m_mediaOrder = int(scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM "
                                                 "media_output WHERE campaign_id = ?"),
                                  { m_campaignId }));
    const QString link = value(record, QStringLiteral("link"));
    const QString description = value(record, QStringLiteral("description"));
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("outlet"), outlet },
        { QStringLiteral("title"), title.isEmpty() ? QVariant() : QVariant(title) },
        { QStringLiteral("published_on"), *published },
        { QStringLiteral("item_count"), items->isNull() ? QVariant(1) : *items },
        { QStringLiteral("count_qualifier"), qualifier },
        { QStringLiteral("link"), link.isEmpty() ? QVariant() : QVariant(link) },
        { QStringLiteral("commissioned"), commissioned ? 1 : 0 },
        { QStringLiteral("description"),
          description.isEmpty() ? QVariant() : QVariant(description) },
        { QStringLiteral("sort_order"), ++m_mediaOrder },
    };
    return [this, values] { insert(QStringLiteral("media_output"), values); };
}

std::optional<Import::Write> Import::figures(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString key = required(record, QStringLiteral("figure_key"));
    const QString label = required(record, QStringLiteral("label"));
    required(record, QStringLiteral("value"));
    // "hơn 4.200" gives 4200 and 'hon'.
    QString qualifier = QStringLiteral("");
    const auto number = count(record, QStringLiteral("value"), &qualifier);
    const auto order = count(record, QStringLiteral("sort_order"));
    if (int(m_problems.size()) > before || !number || !order || number->isNull())
        return std::nullopt;
    if (const int line = m_seen.value(QStringLiteral("figure|") + key); line > 0) {
        problem(record.line, QStringLiteral("figure_key"),
                Text::tr("The figure %1 is already on line %2.").arg(quoted(key)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(QStringLiteral("figure|") + key, record.line);
    const QString unitLabel = value(record, QStringLiteral("unit_label"));
    const QString description = value(record, QStringLiteral("description"));
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, label, value, qualifier, unit_label, description, "
                                 "sort_order FROM campaign_figure "
                                 "WHERE campaign_id = ? AND figure_key = ?"));
    query.addBindValue(m_campaignId);
    query.addBindValue(key);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    if (query.next()) {
        QList<std::pair<QString, QVariant>> sets;
        QList<ValueChange> changes;
        if (label != query.value(1).toString()) {
            sets << std::pair{ QStringLiteral("label"), QVariant(label) };
            changes << ValueChange{ Text::tr("label"), plainText(query.value(1)), plainText(label) };
        }
        if (!sameValue(query.value(2), *number) || query.value(3).toString() != qualifier) {
            sets << std::pair{ QStringLiteral("value"), *number }
                 << std::pair{ QStringLiteral("qualifier"), QVariant(qualifier) };
            changes << ValueChange{ Text::tr("value"),
                                    countText(query.value(2), query.value(3).toString()),
                                    countText(*number, qualifier) };
        }
        const auto textColumn = [&](const QString &field, const QString &given, int index,
                                    const QString &what) {
            if (!hasColumn(field) || sameValue(query.value(index), given))
                return;
            sets << std::pair{ field, orNull(given) };
            changes << ValueChange{ what, plainText(query.value(index)), plainText(given) };
        };
        textColumn(QStringLiteral("unit_label"), unitLabel, 4, Text::tr("unit"));
        textColumn(QStringLiteral("description"), description, 5, Text::tr("report sentence"));
        if (hasColumn(QStringLiteral("sort_order")) && !order->isNull()
            && query.value(6).toLongLong() != order->toLongLong()) {
            sets << std::pair{ QStringLiteral("sort_order"), *order };
            changes << ValueChange{ Text::tr("order"), query.value(6).toString(), order->toString() };
        }
        return updateOrKeep(QStringLiteral("campaign_figure"), query.value(0).toLongLong(),
                            query.value(1).toString(), sets, changes);
    }
    if (m_figureOrder < 0)
        m_figureOrder = int(scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM "
                                                  "campaign_figure WHERE campaign_id = ?"),
                                   { m_campaignId }));
    const QVariant sortOrder = order->isNull() ? QVariant(++m_figureOrder) : *order;
    if (!order->isNull())
        m_figureOrder = std::max<int>(m_figureOrder, order->toInt());
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("figure_key"), key },
        { QStringLiteral("label"), label },
        { QStringLiteral("value"), *number },
        { QStringLiteral("qualifier"), qualifier },
        { QStringLiteral("unit_label"), orNull(unitLabel) },
        { QStringLiteral("description"), orNull(description) },
        { QStringLiteral("sort_order"), sortOrder },
    };
    return [this, values] { insert(QStringLiteral("campaign_figure"), values); };
}

ImportResult Import::run(const QByteArray &bytes)
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

bool Import::readWorkbook(const QByteArray &bytes, ImportResult &result, CsvTable *table,
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

bool Import::readCsv(const QByteArray &bytes, ImportResult &result, CsvTable *out)
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

    QChar separator = m_options.separator;
    if (separator.isNull()) {
        // The Vietnamese headers themselves hold commas ("Xã, phường, thị
        // trấn"), so the separator is the one that splits the header line
        // into the most known columns; counting alone decides otherwise.
        const QString headerLine = decoded.text.left(decoded.text.indexOf(u'\n'));
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
    const CsvTable table = parseCsv(decoded.text, separator);
    *out = table;
    result.separator = table.separator;
    if (table.badQuoteLine > 0) {
        result.problems << ImportProblem{
            table.badQuoteLine, 0, QString(),
            Text::tr("A double quote is not closed, or stands inside a value that does "
                     "not start with one.")
        };
        return false;
    }
    return true;
}

ImportResult Import::importBytes(const QByteArray &bytes)
{
    ImportResult result;
    CsvTable table;
    qsizetype headerIndex = 0;
    const bool workbook = looksLikeWorkbook(bytes);
    if (workbook ? !readWorkbook(bytes, result, &table, &headerIndex)
                 : !readCsv(bytes, result, &table))
        return result;
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
    // rows that the writes will join.
    if (!m_db.transaction()) {
        result.problems << ImportProblem{
            0, 0, QString(),
            Text::tr("The database could not start a transaction: %1").arg(m_db.lastError().text())
        };
        return result;
    }
    const auto fail = [&](const QString &message) {
        m_inserts.clear();
        m_db.rollback();
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
    QString groupError;
    m_changeGroupId = changelog::beginGroup(m_db, importSummary(m_options.kind, 0, QString()), 0,
                                            &groupError);
    if (m_changeGroupId == 0)
        return fail(importStartFailure(m_db, groupError));
    try {
        QString error;
        if (!findCampaign())
            return fail(QString());
        if (!m_units.load(m_db, &error))
            return fail(Text::tr("The database could not be read: %1").arg(error));

        const qint64 total = table.records.size() - 1 - headerIndex;
        QList<Write> writes;
        writes.reserve(total);
        for (qsizetype i = headerIndex + 1; i < table.records.size(); ++i) {
            if (cancelled()) {
                result.cancelled = true;
                return fail(QString());
            }
            CsvRecord &record = table.records[i];
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
            }
            if (write)
                writes << *write;
            if (m_options.progress)
                m_options.progress(i - headerIndex, total);
        }
        if (!m_problems.isEmpty())
            return fail(QString());
        const auto counted = [&] {
            result.newCount = writes.size() - m_unchanged - m_changed;
            result.changedCount = m_changed;
            result.unchangedCount = m_unchanged;
            result.changes = m_changes;
            result.rowCount = writes.size() - m_unchanged;
            result.previewed = m_options.preview;
            result.warnings = m_warnings;
        };
        if (writes.size() == m_unchanged) {
            // Nothing new (a file imported again): no change group.
            m_inserts.clear();
            m_db.rollback();
            counted();
            result.imported = !m_options.preview;
            return result;
        }

        // A test hook: CDS_IMPORT_TEST_ROW_DELAY_MS slows the writes down so a
        // test can kill the process in the middle of the transaction.
        const int delay = qEnvironmentVariableIntValue("CDS_IMPORT_TEST_ROW_DELAY_MS");
        for (qsizetype i = 0; i < writes.size(); ++i) {
            if (cancelled()) {
                result.cancelled = true;
                return fail(QString());
            }
            writes[i]();
            if (m_options.progress)
                m_options.progress(i + 1, writes.size());
            if (delay > 0) {
                if (i == 0) {
                    std::fputs("cds-import-test: writing\n", stderr);
                    std::fflush(stderr);
                }
                QThread::msleep(delay);
            }
        }
        if (m_options.kind == ImportKind::Members)
            warnShortLists();
        if (m_options.preview) {
            // Checked, written and counted: nothing is kept.
            m_inserts.clear();
            m_db.rollback();
            counted();
            return result;
        }
        // One change group for the whole file: the history shows the import,
        // and undo takes all of it back.
        QString keyError;
        QSqlQuery describe(m_db);
        describe.prepare(QStringLiteral("UPDATE change_group SET description = ? WHERE id = ?"));
        describe.addBindValue(importSummary(m_options.kind, writes.size() - m_unchanged,
                                            m_options.sourceName));
        describe.addBindValue(m_changeGroupId);
        describe.exec();
        if (keys::fillMissing(m_db, &keyError) < 0 || !changelog::endGroup(m_db, &keyError))
            return fail(Text::tr("The import could not be saved: %1").arg(keyError));
        m_inserts.clear();
        if (!m_db.commit())
            return fail(Text::tr("The import could not be saved: %1").arg(m_db.lastError().text()));
        counted();
        result.imported = true;
        result.changeGroupId = m_changeGroupId;
        return result;
    } catch (const WriteError &error) {
        return fail(QString::fromStdString(error.what()));
    }
}

} // namespace

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

ImportResult importData(const QSqlDatabase &db, const QByteArray &bytes,
                        const ImportOptions &options)
{
    return Import(db, options).run(bytes);
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
    return importData(db, file.readAll(), named);
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
