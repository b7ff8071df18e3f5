#include "TeamStore.h"

#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cds {

namespace {

QString queryError(const QSqlQuery &query)
{
    return QStringLiteral("Không đọc được dữ liệu: ") + query.lastError().text();
}

} // namespace

TeamStore::TeamStore(QSqlDatabase db) : m_db(std::move(db)) { }

bool TeamStore::campaigns(QList<CampaignSummary> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
                "SELECT id, name, year FROM campaign ORDER BY year DESC, id DESC"))) {
        if (error)
            *error = queryError(query);
        return false;
    }
    out->clear();
    while (query.next())
        out->append({ query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt() });
    return true;
}

bool TeamStore::teams(int campaignId, QList<TeamRecord> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(QStringLiteral(
            "SELECT t.id, t.name, t.level, u.id, u.name,"
            "  CASE WHEN u.level = 2 THEN u.id WHEN p1.level = 2 THEN p1.id WHEN p2.level = 2 THEN "
            "p2.id END,"
            "  CASE WHEN u.level = 2 THEN u.name WHEN p1.level = 2 THEN p1.name WHEN p2.level = 2 "
            "THEN p2.name END,"
            "  COALESCE(m.listed, 0), t.declared_member_count,"
            "  t.sort_key, u.sort_key,"
            "  CASE WHEN u.level = 2 THEN u.sort_key WHEN p1.level = 2 THEN p1.sort_key WHEN p2.level = 2 "
            "THEN p2.sort_key END"
            " FROM team t"
            " JOIN admin_unit u ON u.id = t.unit_id"
            " LEFT JOIN admin_unit p1 ON p1.id = u.parent_id"
            " LEFT JOIN admin_unit p2 ON p2.id = p1.parent_id"
            // Only this campaign's memberships are counted (index team_member_current).
            " LEFT JOIN (SELECT tm.team_id, COUNT(*) AS listed FROM team_member tm"
            "            JOIN team ct ON ct.id = tm.team_id AND ct.campaign_id = :members_campaign"
            "            WHERE tm.left_on IS NULL GROUP BY tm.team_id) m ON m.team_id = t.id"
            " WHERE t.campaign_id = :campaign"
            " ORDER BY t.level, t.id"));
    if (!prepared) {
        if (error)
            *error = queryError(query);
        return false;
    }
    query.bindValue(QStringLiteral(":campaign"), campaignId);
    query.bindValue(QStringLiteral(":members_campaign"), campaignId);
    if (!query.exec()) {
        if (error)
            *error = queryError(query);
        return false;
    }
    out->clear();
    while (query.next()) {
        TeamRecord team;
        team.id = query.value(0).toInt();
        team.name = query.value(1).toString();
        const int level = query.value(2).toInt();
        team.level =
                isValidAdminLevel(level) ? static_cast<AdminLevel>(level) : AdminLevel::Village;
        team.unitId = query.value(3).toInt();
        team.unitName = query.value(4).toString();
        team.districtId = query.value(5).toInt();
        team.districtName = query.value(6).toString();
        team.listedMembers = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            team.declaredMembers = query.value(8).toLongLong();
        team.members = std::max(team.listedMembers, team.declaredMembers.value_or(0));
        // Keys of rows written before migration 0003 may be missing: computed then.
        team.nameSortKey = query.value(9).isNull() ? text::sortKey(team.name) : query.value(9).toString();
        team.unitSortKey = query.value(10).isNull() ? text::sortKey(team.unitName) : query.value(10).toString();
        team.districtSortKey = query.value(11).isNull() ? text::sortKey(team.districtName) : query.value(11).toString();
        team.searchKey = text::searchKey(team.name + QLatin1Char(' ') + team.unitName + QLatin1Char(' ') + team.districtName);
        out->append(team);
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = queryError(query);
        return false;
    }
    return true;
}

qint64 TeamStore::teamCount(int campaignId, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = ?"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = queryError(query);
        return 0;
    }
    return query.value(0).toLongLong();
}

} // namespace cds
