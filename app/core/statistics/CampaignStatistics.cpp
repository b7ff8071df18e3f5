#include "statistics/CampaignStatistics.h"

#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace cds {

namespace {

// Units of the campaign's province (or all units for a campaign without one)
// that are valid on the campaign's reference date, and each team's member count:
// the listed current members when any are listed, else the declared count.
const char *const scopeSql = R"SQL(
WITH RECURSIVE
  c AS (
    SELECT id, province_id,
           COALESCE(end_date, start_date, printf('%04d-12-31', year)) AS ref
    FROM campaign WHERE id = :campaign),
  scope(id) AS (
    SELECT province_id FROM c WHERE province_id IS NOT NULL
    UNION ALL
    SELECT u.id FROM admin_unit u JOIN scope s ON u.parent_id = s.id),
  active_unit AS (
    SELECT u.id, u.level, u.parent_id, u.gso_code, u.name FROM admin_unit u, c
    WHERE (c.province_id IS NULL OR u.id IN (SELECT id FROM scope))
      AND (u.valid_from IS NULL OR u.valid_from <= c.ref)
      AND (u.valid_to IS NULL OR u.valid_to >= c.ref)),
  team_size AS (
    SELECT t.id, t.unit_id, t.level,
           CASE WHEN listed.n > 0 THEN listed.n ELSE COALESCE(t.declared_member_count, 0) END AS members
    FROM team t
    LEFT JOIN (SELECT team_id, count(*) AS n FROM team_member WHERE left_on IS NULL GROUP BY team_id) listed
           ON listed.team_id = t.id
    WHERE t.campaign_id = :campaign)
)SQL";

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::CampaignStatistics)
};

bool run(QSqlQuery &query, const QString &sql, int campaignId, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = Text::tr("The statistics query could not be prepared: %1").arg(query.lastError().text());
        return false;
    }
    if (sql.contains(QStringLiteral(":campaign")))
        query.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!query.exec()) {
        if (error)
            *error = Text::tr("The statistics query failed: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

Figure figureAt(const QSqlQuery &query, int valueColumn, int qualifierColumn)
{
    return {query.value(valueColumn).toLongLong(), qualifierFromCode(query.value(qualifierColumn).toString())};
}

} // namespace

double LevelStatistics::coveragePercent() const
{
    return units > 0 ? 100.0 * unitsWithTeam / units : 0.0;
}

QString LevelStatistics::coverageText() const
{
    return text::formatNumber(unitsWithTeam) + u'/' + text::formatNumber(units);
}

const LevelStatistics *CampaignStatistics::level(AdminLevel wanted) const
{
    for (const LevelStatistics &l : levels) {
        if (l.level == wanted)
            return &l;
    }
    return nullptr;
}

int latestCampaignId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM campaign ORDER BY year DESC, id DESC LIMIT 1")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, CampaignStatistics *out, QString *error)
{
    CampaignStatistics stats;
    stats.campaignId = campaignId;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    if (!run(query, QStringLiteral("SELECT name, year FROM campaign WHERE id = :campaign"), campaignId, error))
        return false;
    if (!query.next()) {
        if (error)
            *error = Text::tr("Campaign %1 does not exist.").arg(campaignId);
        return false;
    }
    stats.campaignName = query.value(0).toString();
    stats.year = query.value(1).toInt();

    // Teams, members and coverage per level.
    const QString levelsSql = QString::fromLatin1(scopeSql) + QStringLiteral(R"SQL(
SELECT lv.level,
       (SELECT count(*) FROM team_size ts WHERE ts.level = lv.level),
       (SELECT COALESCE(sum(ts.members), 0) FROM team_size ts WHERE ts.level = lv.level),
       (SELECT count(DISTINCT ts.unit_id) FROM team_size ts JOIN active_unit au ON au.id = ts.unit_id
         WHERE ts.level = lv.level AND au.level = lv.level),
       (SELECT count(*) FROM active_unit au WHERE au.level = lv.level)
FROM (SELECT 1 AS level UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) lv
ORDER BY lv.level)SQL");
    if (!run(query, levelsSql, campaignId, error))
        return false;
    while (query.next()) {
        LevelStatistics level;
        level.level = static_cast<AdminLevel>(query.value(0).toInt());
        level.teams = query.value(1).toInt();
        level.members = query.value(2).toLongLong();
        level.unitsWithTeam = query.value(3).toInt();
        level.units = query.value(4).toInt();
        // A level with neither units nor teams does not exist in this province
        // (no district level after 01/07/2025): leave it out.
        if (level.units == 0 && level.teams == 0)
            continue;
        stats.totalTeams += level.teams;
        stats.totalMembers += level.members;
        stats.levels << level;
    }

    // Teams and members per district, counting the district's own team and
    // every team below it.
    const QString districtSql = QString::fromLatin1(scopeSql) + QStringLiteral(R"SQL(
, below(unit_id, district_id) AS (
    SELECT id, id FROM active_unit WHERE level = 2
    UNION ALL
    SELECT u.id, b.district_id FROM admin_unit u JOIN below b ON u.parent_id = b.unit_id)
SELECT d.id, d.gso_code, d.name, count(ts.id), COALESCE(sum(ts.members), 0)
FROM active_unit d
LEFT JOIN below b ON b.district_id = d.id
LEFT JOIN team_size ts ON ts.unit_id = b.unit_id
WHERE d.level = 2
GROUP BY d.id)SQL");
    if (!run(query, districtSql, campaignId, error))
        return false;
    while (query.next()) {
        stats.districts << DistrictStatistics{query.value(0).toInt(), query.value(1).toString(),
                                              query.value(2).toString(), query.value(3).toInt(),
                                              query.value(4).toLongLong()};
    }
    const QCollator collator = text::collator();
    std::sort(stats.districts.begin(), stats.districts.end(), [&collator](const auto &a, const auto &b) {
        if (a.members != b.members)
            return a.members > b.members;
        return collator.compare(a.name, b.name) < 0;
    });

    // Members trained: distinct listed attendees, plus the declared participants
    // of sessions that have no attendance list.
    if (!run(query, QStringLiteral(R"SQL(
SELECT (SELECT count(DISTINCT ta.member_id) FROM training_attendance ta
          JOIN training_session s ON s.id = ta.training_id WHERE s.campaign_id = :campaign),
       (SELECT count(*) FROM training_session WHERE campaign_id = :campaign))SQL"),
             campaignId, error)
        || !query.next())
        return false;
    stats.membersTrained.value = query.value(0).toLongLong();
    stats.trainingSessions = query.value(1).toInt();
    if (!run(query, QStringLiteral(R"SQL(
SELECT COALESCE(participants_declared, 0), participants_qualifier FROM training_session s
WHERE s.campaign_id = :campaign
  AND NOT EXISTS (SELECT 1 FROM training_attendance ta WHERE ta.training_id = s.id))SQL"),
             campaignId, error))
        return false;
    while (query.next())
        stats.membersTrained = sumFigures(stats.membersTrained, figureAt(query, 0, 1));

    // Event audience.
    if (!run(query, QStringLiteral(R"SQL(
SELECT COALESCE(in_person_attendance, 0), in_person_qualifier,
       COALESCE(online_attendance, 0), online_qualifier,
       COALESCE(livestream_views, 0), livestream_qualifier
FROM event WHERE campaign_id = :campaign)SQL"),
             campaignId, error))
        return false;
    while (query.next()) {
        ++stats.events;
        stats.eventAudience.inPerson = sumFigures(stats.eventAudience.inPerson, figureAt(query, 0, 1));
        stats.eventAudience.online = sumFigures(stats.eventAudience.online, figureAt(query, 2, 3));
        stats.eventAudience.livestreamViews = sumFigures(stats.eventAudience.livestreamViews, figureAt(query, 4, 5));
    }

    // Media outputs by outlet and by kind, in the order they were recorded.
    if (!run(query, QStringLiteral(R"SQL(
SELECT outlet, kind, item_count, count_qualifier, commissioned FROM media_output
WHERE campaign_id = :campaign ORDER BY sort_order, id)SQL"),
             campaignId, error))
        return false;
    std::map<QString, qsizetype> outletIndex;
    std::map<QString, qsizetype> kindIndex;
    while (query.next()) {
        const QString outlet = query.value(0).toString();
        const QString kind = query.value(1).toString();
        const Figure items = figureAt(query, 2, 3);
        auto [outletIt, newOutlet] = outletIndex.try_emplace(outlet, stats.mediaByOutlet.size());
        if (newOutlet)
            stats.mediaByOutlet << MediaOutletStatistics{outlet, {}, 0};
        MediaOutletStatistics &o = stats.mediaByOutlet[outletIt->second];
        o.items = sumFigures(o.items, items);
        if (query.value(4).toBool())
            o.commissionedItems += int(items.value);
        auto [kindIt, newKind] = kindIndex.try_emplace(kind, stats.mediaByKind.size());
        if (newKind)
            stats.mediaByKind << MediaKindStatistics{kind, {}};
        MediaKindStatistics &k = stats.mediaByKind[kindIt->second];
        k.items = sumFigures(k.items, items);
        stats.mediaOutputs = sumFigures(stats.mediaOutputs, items);
    }

    *out = stats;
    return true;
}

} // namespace cds
