#include "import/ImportRun.h"

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
    QSqlQuery trigger = exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'member_search_insert'"));
    m_searchTriggerSql = trigger.next() ? trigger.value(0).toString() : QString();
    trigger.finish();
    if (!m_searchTriggerSql.isEmpty())
        exec(QStringLiteral("DROP TRIGGER member_search_insert"));
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
    if (!m_searchTriggerSql.isEmpty()) {
        // The new members into the search index in one statement (the
        // trigger would have added them one by one), then the trigger back.
        run(QStringLiteral("INSERT INTO member_search (rowid, search_key) "
                           "SELECT id, search_key FROM member WHERE id > ? ORDER BY id"),
            { m_bulkMemberAfter });
        run(m_searchTriggerSql);
        m_searchTriggerSql.clear();
    }
    if (m_bulkLogged) {
        QString error;
        if (!changelog::setEnabled(m_db, true, &error)
            || changelog::logInserted(m_db, QStringLiteral("member"), m_bulkMemberAfter, &error) < 0
            || changelog::logInserted(m_db, QStringLiteral("team_member"), m_bulkTeamMemberAfter, &error) < 0)
            throw WriteError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("change_log"), error));
        m_bulkLogged = false;
    }
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
    return [this, memberValues, team, role, joinedOn] {
        const qint64 member = insert(QStringLiteral("member"), memberValues);
        insert(QStringLiteral("team_member"),
               { { QStringLiteral("team_id"), team },
                 { QStringLiteral("member_id"), member },
                 { QStringLiteral("role"), role },
                 { QStringLiteral("joined_on"), joinedOn } });
    };
}

} // namespace cds::import::detail
