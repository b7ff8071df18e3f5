#include "import/ImportRun.h"

#include "database/SqliteStatement.h"
#include "records/ChangeLog.h"
#include "records/RecordKeys.h"
#include "records/Validation.h"

#include <QDate>
#include <QSqlError>

#include <algorithm>

namespace cds::import::detail {

QString personKey(const QString &name, const QVariant &birthYear, const QString &phone)
{
    return validation::personIdentity(name, birthYear, phone);
}

QString ImportRun::teamLeader(qint64 team, const QString &name)
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

void ImportRun::warnShortLists()
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

void ImportRun::beginBulkMembers()
{
    const auto exec = [this](const QString &sql) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            throw WriteError(Text::tr("The database could not be read: %1").arg(query.lastError().text()));
        return query;
    };
    m_bulkMemberAfter = scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM member"), {});
    m_bulkTeamMemberAfter = scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM team_member"), {});
    // The indexes of member and team_member (fourteen) are fed 500.000 keys
    // each; SQLite's default page cache (2 MB) then reads the same index
    // pages again and again. A larger cache for this transaction only (the
    // file's safety settings are left as they are).
    if (!m_rowByRow) {
        QSqlQuery cache = exec(QStringLiteral("PRAGMA cache_size"));
        m_savedCacheSize = cache.next() ? cache.value(0).toString() : QString();
        cache.finish();
        if (!m_savedCacheSize.isEmpty())
            exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
    }
    // Row by row, the change log's triggers write two JSON rows and the
    // search index's trigger indexes one name per member: at 500.000
    // members these are most of the import's time. Both are written once at
    // the end instead, with the same content. All of it is inside the
    // import's transaction: a rollback brings the triggers and the setting back.
    m_bulkLogged = changelog::isEnabled(m_db);
    if (m_bulkLogged) {
        QString error;
        if (!changelog::setEnabled(m_db, false, &error))
            throw WriteError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("change_context"), error));
    }
    // Besides the search index's trigger, the bulk writes leave out the two
    // triggers that keep a new member's list keys (migration 0010): each
    // would update the row just inserted, and its three indexes, once more.
    // The bulk insert writes the same keys with the row (members()); the
    // triggers are created again, unchanged, at the end.
    QStringList dropped = { QStringLiteral("member_search_insert") };
    if (!m_rowByRow)
        dropped << QStringLiteral("member_keys_insert") << QStringLiteral("team_member_keys_insert");
    for (const QString &name : std::as_const(dropped)) {
        QSqlQuery trigger(m_db);
        trigger.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        trigger.addBindValue(name);
        if (!trigger.exec())
            throw WriteError(Text::tr("The database could not be read: %1").arg(trigger.lastError().text()));
        if (!trigger.next())
            continue;
        m_droppedTriggers << trigger.value(0).toString();
        trigger.finish();
        exec(QStringLiteral("DROP TRIGGER %1").arg(name));
    }
}

void ImportRun::endBulkMembers()
{
    QSqlQuery query(m_db);
    const auto run = [&query](const QString &sql, const QVariantList &values = {}) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            throw WriteError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("member"), query.lastError().text()));
    };
    m_memberInsert.reset();
    m_teamMemberInsert.reset();
    m_peopleQuery.reset();
    m_teamQuery.reset();
    if (!m_droppedTriggers.isEmpty()) {
        // The new members into the search index in one statement (the
        // trigger would have added them one by one), then the triggers back.
        run(QStringLiteral("INSERT INTO member_search (rowid, search_key) "
                           "SELECT id, search_key FROM member WHERE id > ? ORDER BY id"),
            { m_bulkMemberAfter });
        for (const QString &sql : std::as_const(m_droppedTriggers))
            run(sql);
        m_droppedTriggers.clear();
    }
    if (m_bulkLogged) {
        QString error;
        if (!changelog::setEnabled(m_db, true, &error)
            || changelog::logInserted(m_db, QStringLiteral("member"), m_bulkMemberAfter, &error) < 0
            || changelog::logInserted(m_db, QStringLiteral("team_member"), m_bulkTeamMemberAfter, &error) < 0)
            throw WriteError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("change_log"), error));
        m_bulkLogged = false;
    }
    if (!m_savedCacheSize.isEmpty()) {
        run(QStringLiteral("PRAGMA cache_size = %1").arg(m_savedCacheSize.toLongLong()));
        m_savedCacheSize.clear();
    }
}

sqlite::Statement &ImportRun::statement(std::unique_ptr<sqlite::Statement> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<sqlite::Statement>(m_db, sql);
        if (!slot->isValid())
            throw WriteError(Text::tr("The database could not be read: %1").arg(slot->error()));
    }
    return *slot;
}

const QSet<KeyDigest> &ImportRun::teamPeople(qint64 team)
{
    const auto found = m_teamPeople.constFind(team);
    if (found != m_teamPeople.constEnd())
        return *found;
    QSet<KeyDigest> keys;
    sqlite::Statement &query = statement(
            m_peopleQuery,
            QStringLiteral("SELECT m.full_name, m.birth_year, m.phone FROM team_member tm "
                           "JOIN member m ON m.id = tm.member_id WHERE tm.team_id = ? AND tm.left_on IS NULL"));
    query.bindInt(1, team);
    while (query.next())
        keys.insert(keyDigest(personKey(query.text(0), query.isNull(1) ? QVariant() : QVariant(query.integer(1)),
                                        query.text(2))));
    const QString error = query.error();
    query.reset();
    if (!error.isEmpty())
        throw WriteError(Text::tr("The database could not be read: %1").arg(error));
    return *m_teamPeople.insert(team, keys);
}

std::optional<ImportRun::Write> ImportRun::members(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString name = required(record, QStringLiteral("full_name"));
    required(record, QStringLiteral("unit"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    const qint64 team = unitId ? teamOfUnit(record, unitId) : 0;

    QString role = QStringLiteral("member");
    if (const QString raw = value(record, QStringLiteral("role")); !raw.isEmpty()) {
        // The closed lists of the member form and grid (records/Validation.h).
        role = validation::memberRoleCode(raw);
        if (role.isEmpty())
            problem(record.line, QStringLiteral("role"),
                    Text::tr("Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.")
                            .arg(quoted(raw)));
    }
    QVariant gender;
    if (const QString raw = value(record, QStringLiteral("gender")); !raw.isEmpty()) {
        const QString code = validation::genderCode(raw);
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
    const QSet<KeyDigest> &people = teamPeople(team);
    const KeyDigest personDigest = keyDigest(person);
    if (people.contains(personDigest) && m_options.intake) {
        ++m_unchanged;
        return Write([] { });
    }
    if (people.contains(personDigest)) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already a member of this team.").arg(quoted(name)));
        return std::nullopt;
    }
    const QString affiliation = value(record, QStringLiteral("affiliation"));
    // The derived keys are written with the row (not by keys::fillMissing
    // afterwards, which would update every row again and, through the
    // member_search_update trigger, index it twice).
    static const keys::KeySource *const keySource = keys::keySource(QStringLiteral("member"));
    const QVariantMap keyValues = { { QStringLiteral("full_name"), name },
                                    { QStringLiteral("phone"), phone },
                                    { QStringLiteral("affiliation"), affiliation } };
    const QList<std::pair<QString, QVariant>> memberValues = {
        { QStringLiteral("full_name"), name },
        { QStringLiteral("gender"), gender },
        { QStringLiteral("birth_year"), *birthYear },
        { QStringLiteral("phone"), phone.isEmpty() ? QVariant() : QVariant(phone) },
        { QStringLiteral("affiliation"),
          affiliation.isEmpty() ? QVariant() : QVariant(affiliation) },
        { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("search_key"), keys::searchKeyFor(*keySource, keyValues) },
        { QStringLiteral("sort_key"), keys::sortKeyFor(*keySource, keyValues) },
    };
    const QVariant joinedOn = *joined;
    if (m_rowByRow) {
        return [this, memberValues, team, role, joinedOn] {
            const qint64 member = insert(QStringLiteral("member"), memberValues);
            insert(QStringLiteral("team_member"),
                   { { QStringLiteral("team_id"), team },
                     { QStringLiteral("member_id"), member },
                     { QStringLiteral("role"), role },
                     { QStringLiteral("joined_on"), joinedOn } });
        };
    }
    // The list keys the dropped triggers would give the new member
    // (migration 0010): his one membership is his newest open one, so
    // its role, its team's sort key and the sort key of the team's unit.
    auto teamKeys = m_teamKeys.find(team);
    if (teamKeys == m_teamKeys.end()) {
        sqlite::Statement &query = statement(
                m_teamQuery, QStringLiteral("SELECT t.sort_key, u.sort_key FROM team t "
                                            "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, ?) WHERE t.id = ?"));
        query.bindInt(1, unitId);
        query.bindInt(2, team);
        TeamKeys found;
        if (query.next())
            found = TeamKeys{ query.text(0), query.text(1) };
        const QString error = query.error();
        query.reset();
        if (!error.isEmpty())
            throw WriteError(Text::tr("The database could not be read: %1").arg(error));
        teamKeys = m_teamKeys.insert(team, found);
    }
    const TeamKeys keysOfTeam = *teamKeys;
    return [this, memberValues, team, role, joinedOn, keysOfTeam] {
        sqlite::Statement &member = statement(
                m_memberInsert,
                QStringLiteral("INSERT INTO member (full_name, gender, birth_year, phone, affiliation, unit_id, "
                               "search_key, sort_key, current_role, current_team_key, current_unit_key) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < memberValues.size(); ++i)
            member.bindValue(i + 1, memberValues.at(i).second);
        member.bindText(9, role);
        member.bindText(10, keysOfTeam.team);
        member.bindText(11, keysOfTeam.unit);
        if (!member.exec())
            throw WriteError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("member"), member.error()));
        sqlite::Statement &membership = statement(
                m_teamMemberInsert,
                QStringLiteral("INSERT INTO team_member (team_id, member_id, role, joined_on) VALUES (?, ?, ?, ?)"));
        membership.bindInt(1, team);
        membership.bindInt(2, member.lastInsertId());
        membership.bindText(3, role);
        membership.bindValue(4, joinedOn);
        if (!membership.exec())
            throw WriteError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("team_member"), membership.error()));
    };
}

} // namespace cds::import::detail
