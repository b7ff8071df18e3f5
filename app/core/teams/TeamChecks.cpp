#include "teams/TeamChecks.h"

#include "database/BoundQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cds::teams {

std::optional<UnitSummary> unitSummary(const QSqlDatabase &db, qint64 unitId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT name, unit_type, level FROM admin_unit WHERE id = ?"), { unitId }, &ok);
    if (!ok || !query.next())
        return std::nullopt;
    return UnitSummary{ query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() };
}

QString existingTeamName(const QSqlDatabase &db, qint64 campaignId, qint64 unitId, int level, qint64 exceptTeamId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT name FROM team WHERE campaign_id = ? AND unit_id = ? AND level = ? AND id <> ?"),
                          { campaignId, unitId, level, exceptTeamId }, &ok);
    return ok && query.next() ? query.value(0).toString() : QString();
}

std::optional<double> medianTeamSize(const QSqlDatabase &db, qint64 campaignId, int level, qint64 exceptTeamId,
                                     QString *error)
{
    // How many teams the level has (index team_campaign_level): above
    // medianSampleSize, every k-th of them by id is read, so that a save
    // never counts the memberships of 80.000 village teams (issue #15).
    bool ok = false;
    QSqlQuery counted = sql::runBound(db, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = ? AND level = ?"),
                            { campaignId, level }, &ok, error);
    if (!ok || !counted.next())
        return std::nullopt;
    const qint64 teams = counted.value(0).toLongLong();
    const qint64 stride = std::max<qint64>(1, (teams + medianSampleSize - 1) / medianSampleSize);
    // Each team's open memberships are counted through the index team_member_current.
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT coalesce(nullif((SELECT count(*) FROM team_member tm "
                                         "WHERE tm.team_id = t.id AND tm.left_on IS NULL), 0), t.declared_member_count) "
                                         "FROM team t WHERE t.campaign_id = ? AND t.level = ? AND t.id <> ? "
                                         "AND t.id % ? = 0"),
                          { campaignId, level, exceptTeamId, stride }, &ok, error);
    if (!ok)
        return std::nullopt;
    QList<qint64> sizes;
    while (query.next()) {
        if (!query.value(0).isNull())
            sizes << query.value(0).toLongLong();
    }
    if (sizes.isEmpty())
        return std::nullopt;
    const auto n = sizes.size();
    std::nth_element(sizes.begin(), sizes.begin() + n / 2, sizes.end());
    const qint64 upper = sizes.at(n / 2);
    if (n % 2)
        return double(upper);
    const qint64 lower = *std::max_element(sizes.begin(), sizes.begin() + n / 2);
    return (lower + upper) / 2.0;
}

QList<CurrentMember> currentMembers(const QSqlDatabase &db, qint64 teamId, QString *error)
{
    QList<CurrentMember> members;
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT m.id, m.full_name, tm.role, m.gender, m.phone, m.birth_year FROM team_member tm "
                                         "JOIN member m ON m.id = tm.member_id WHERE tm.team_id = ? AND tm.left_on IS NULL "
                                         "ORDER BY CASE tm.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, "
                                         "m.sort_key, m.id"),
                          { teamId }, &ok, error);
    while (ok && query.next())
        members.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5) });
    return members;
}

qint64 teamUnitId(const QSqlDatabase &db, qint64 teamId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT unit_id FROM team WHERE id = ?"), { teamId }, &ok);
    return ok && query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> openMemberships(const QSqlDatabase &db, qint64 teamId, qint64 memberId)
{
    QList<qint64> ids;
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT id FROM team_member WHERE team_id = ? AND member_id = ? AND left_on IS NULL"),
                          { teamId, memberId }, &ok);
    while (ok && query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QDate campaignStart(const QSqlDatabase &db, qint64 campaignId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT coalesce(start_date, printf('%04d-01-01', year)) FROM campaign WHERE id = ?"),
                          { campaignId }, &ok);
    return ok && query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

int campaignYear(const QSqlDatabase &db, qint64 campaignId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT year FROM campaign WHERE id = ?"), { campaignId }, &ok);
    return ok && query.next() ? query.value(0).toInt() : 0;
}

} // namespace cds::teams
