#include "import/ImportRun.h"

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

} // namespace cds::import::detail
