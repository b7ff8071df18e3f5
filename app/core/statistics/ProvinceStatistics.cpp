#include "statistics/ProvinceStatistics.h"

#include "statistics/StatisticsSql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace cds {

namespace statistics_sql {

// The province (level-1 unit) of the unit whose id is the column: the unit
// itself or one of its three ancestors (four levels at most, AdminLevel), each
// found by its primary key. A walk over a recursive CTE would need an
// automatic index on it, which SQLite does not always build (it then scans
// the CTE for every row: minutes at national size).
QString withProvinces(QString sql)
{
    static const QRegularExpression joins(QStringLiteral("%JOINS\\(([a-z_.]+)\\)%"));
    static const QRegularExpression province(QStringLiteral("%PROVINCE\\(([a-z_.]+)\\)%"));
    int n = 0;
    QRegularExpressionMatch m;
    while ((m = joins.match(sql)).hasMatch()) {
        const QString p = QStringLiteral("pv%1").arg(++n);
        sql.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("LEFT JOIN admin_unit %1a ON %1a.id = %2 LEFT JOIN admin_unit %1b ON %1b.id = %1a.parent_id "
                                   "LEFT JOIN admin_unit %1c ON %1c.id = %1b.parent_id LEFT JOIN admin_unit %1d ON %1d.id = %1c.parent_id")
                            .arg(p, m.captured(1)));
        const QRegularExpressionMatch pm = province.match(sql);
        Q_ASSERT(pm.hasMatch() && pm.capturedStart() < m.capturedStart());
        sql.replace(pm.capturedStart(), pm.capturedLength(),
                    QStringLiteral("CASE 1 WHEN %1a.level THEN %1a.id WHEN %1b.level THEN %1b.id WHEN %1c.level THEN %1c.id "
                                   "WHEN %1d.level THEN %1d.id END").arg(p));
    }
    return sql;
}

QString provincesSql()
{
    // province_of maps every unit to its level-1 ancestor in one walk; the
    // sums are then plain GROUP BYs on it (no per-province query). Levels are
    // pivoted into columns so that team_size is built once.
    return scopeSqlCountingOnce() + withProvinces(QStringLiteral(R"SQL(
, excluded AS (SELECT unit_id AS id FROM campaign_unit_exclusion WHERE campaign_id = :campaign),
  unit_sums AS (
    SELECT pid, sum(level = 1) AS u1, sum(level = 2) AS u2, sum(level = 3) AS u3, sum(level = 4) AS u4,
           sum(level = 1 AND covered) AS c1, sum(level = 2 AND covered) AS c2,
           sum(level = 3 AND covered) AS c3, sum(level = 4 AND covered) AS c4
    FROM (SELECT %PROVINCE(au.id)% AS pid, au.level,
                 EXISTS (SELECT 1 FROM team t WHERE t.unit_id = au.id AND t.campaign_id = :campaign
                         AND t.level = au.level) AS covered
          FROM active_unit au %JOINS(au.id)%
          WHERE au.id NOT IN (SELECT id FROM excluded) LIMIT -1)
    GROUP BY 1),
  team_sums AS (
    SELECT %PROVINCE(ts.unit_id)% AS pid, count(*) AS teams, sum(ts.reported) AS reported,
           sum(CASE WHEN ts.reported THEN ts.members ELSE 0 END) AS members,
           group_concat(DISTINCT CASE WHEN ts.reported AND ts.members > 0 AND ts.qualifier <> '' THEN ts.qualifier END) AS qualifiers
    FROM team_size ts %JOINS(ts.unit_id)% GROUP BY 1),
  training_sums AS (
    SELECT %PROVINCE(o.unit_id)% AS pid, count(*) AS sessions,
           sum(CASE WHEN s.listed > 0 THEN s.listed ELSE COALESCE(s.participants_declared, 0) END) AS participants,
           group_concat(DISTINCT CASE WHEN s.listed = 0 AND s.participants_declared > 0 AND s.participants_qualifier <> ''
                                      THEN s.participants_qualifier END) AS qualifiers
    FROM (SELECT organiser_id, participants_declared, participants_qualifier,
                 (SELECT count(*) FROM training_attendance ta WHERE ta.training_id = t.id) AS listed
          FROM training_session t WHERE t.campaign_id = :campaign LIMIT -1) s
    LEFT JOIN organisation o ON o.id = s.organiser_id %JOINS(o.unit_id)% GROUP BY 1),
  event_sums AS (
    SELECT %PROVINCE(o.unit_id)% AS pid, count(*) AS events
    FROM event e LEFT JOIN organisation o ON o.id = e.organiser_id %JOINS(o.unit_id)%
    WHERE e.campaign_id = :campaign GROUP BY 1),
  media_sums AS (
    SELECT %PROVINCE(o.unit_id)% AS pid, sum(m.item_count) AS items,
           group_concat(DISTINCT CASE WHEN m.item_count > 0 THEN NULLIF(m.count_qualifier, '') END) AS qualifiers
    FROM media_output m LEFT JOIN organisation o ON o.id = m.producer_id %JOINS(o.unit_id)%
    WHERE m.campaign_id = :campaign GROUP BY 1),
  row_ids(pid) AS (SELECT id FROM active_unit WHERE level = 1 UNION ALL SELECT NULL)
SELECT r.pid, u.name, u.unit_type, u.gso_code,
       COALESCE(us.u1, 0), COALESCE(us.u2, 0), COALESCE(us.u3, 0), COALESCE(us.u4, 0),
       COALESCE(us.c1, 0), COALESCE(us.c2, 0), COALESCE(us.c3, 0), COALESCE(us.c4, 0),
       COALESCE(t.teams, 0), COALESCE(t.reported, 0), COALESCE(t.members, 0), t.qualifiers,
       COALESCE(s.sessions, 0), COALESCE(s.participants, 0), s.qualifiers,
       COALESCE(e.events, 0), COALESCE(m.items, 0), m.qualifiers
FROM row_ids r LEFT JOIN admin_unit u ON u.id = r.pid
LEFT JOIN unit_sums us ON us.pid IS r.pid
LEFT JOIN team_sums t ON t.pid IS r.pid
LEFT JOIN training_sums s ON s.pid IS r.pid
LEFT JOIN event_sums e ON e.pid IS r.pid
LEFT JOIN media_sums m ON m.pid IS r.pid
ORDER BY r.pid IS NULL, u.gso_code, u.id)SQL"));
}

} // namespace statistics_sql

namespace {

// A sum with the qualifiers of its parts (comma-separated storage codes), as
// sumFigures() combines them: one qualifier is kept, two different give "khoảng".
Figure qualifiedSum(qint64 value, const QString &codes)
{
    Figure figure{value, Qualifier::Exact};
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts))
        figure = sumFigures(figure, Figure{0, qualifierFromCode(code)});
    return figure;
}

} // namespace

bool computeProvinceStatistics(const QSqlDatabase &db, int campaignId, QList<ProvinceStatistics> *out,
                               QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!statistics_sql::run(q, statistics_sql::provincesSql(), campaignId, StatisticsOptions(), error))
        return false;
    QList<ProvinceStatistics> rows;
    while (q.next()) {
        ProvinceStatistics p;
        p.unitId = q.value(0).toInt();
        p.name = q.value(1).toString();
        p.unitType = q.value(2).toString();
        p.gsoCode = q.value(3).toString();
        for (int level = 0; level < 4; ++level) {
            p.levels[level].units = q.value(4 + level).toInt();
            p.levels[level].unitsWithTeam = q.value(8 + level).toInt();
        }
        p.teams = q.value(12).toInt();
        p.reportedTeams = q.value(13).toInt();
        p.members = qualifiedSum(q.value(14).toLongLong(), q.value(15).toString());
        p.trainingSessions = q.value(16).toInt();
        p.trainingParticipants = qualifiedSum(q.value(17).toLongLong(), q.value(18).toString());
        p.events = q.value(19).toInt();
        p.mediaOutputs = qualifiedSum(q.value(20).toLongLong(), q.value(21).toString());
        if (p.unitId == 0 && !p.hasData())
            continue;
        rows << p;
    }
    *out = rows;
    return true;
}

} // namespace cds
