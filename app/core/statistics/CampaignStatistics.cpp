#include "statistics/CampaignStatistics.h"

#include "statistics/StatisticsSql.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::CampaignStatistics)
};

Figure figureAt(const QSqlQuery &query, int valueColumn, int qualifierColumn)
{
    return {query.value(valueColumn).toLongLong(), qualifierFromCode(query.value(qualifierColumn).toString())};
}

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

// A team's counted members (GLOSSARY "chưa báo cáo": unknown is not zero; the
// rule is documented at LevelStatistics): the larger of its listed current
// members and its declared count, so that a list still being typed in never
// silently replaces the count the unit reported. A team with neither has not
// reported (counted 0 but flagged reported = 0).
QString countedMembersSql()
{
    return QStringLiteral("CASE WHEN listed > COALESCE(declared, 0) THEN listed ELSE COALESCE(declared, 0) END");
}

// Longest month series the dashboard draws (ten years); longer campaigns are cut.
constexpr int maximumMonths = 120;

} // namespace

namespace statistics_sql {

// Units of the scope root (the district if one is chosen, else the campaign's
// province; all units for a campaign without one) that are valid on the
// campaign's reference date, and each team's member count (countedMembersSql()).
QString scopeSql()
{
    return QStringLiteral(R"SQL(
WITH RECURSIVE
  c AS (
    SELECT id, province_id,
           COALESCE(end_date, start_date, printf('%04d-12-31', year)) AS ref,
           CASE WHEN :district > 0 THEN :district ELSE province_id END AS root
    FROM campaign WHERE id = :campaign),
  scope(id) AS (
    SELECT root FROM c WHERE root IS NOT NULL
    UNION ALL
    SELECT u.id FROM admin_unit u JOIN scope s ON u.parent_id = s.id),
  active_unit AS (
    SELECT u.id, u.level, u.parent_id, u.gso_code, u.name FROM admin_unit u, c
    WHERE (c.root IS NULL OR u.id IN (SELECT id FROM scope))
      AND (u.valid_from IS NULL OR u.valid_from <= c.ref)
      AND (u.valid_to IS NULL OR u.valid_to >= c.ref)),
  team_size AS (
    SELECT id, unit_id, level, listed, declared,
           %COUNTED% AS members,
           (listed > 0 OR declared IS NOT NULL) AS reported,
           CASE WHEN declared IS NOT NULL AND (%COUNTED%) = declared AND declared > listed
                THEN member_count_qualifier ELSE '' END AS qualifier,
           (listed > 0 AND declared > listed) AS disagrees
    FROM (SELECT t.id, t.unit_id, t.level, t.declared_member_count AS declared, t.member_count_qualifier,
                 (SELECT count(*) FROM team_member tm WHERE tm.team_id = t.id AND tm.left_on IS NULL) AS listed
          FROM team t
          WHERE t.campaign_id = :campaign
            AND (:district <= 0 OR t.unit_id IN (SELECT id FROM scope))))
)SQL").replace(QStringLiteral("%COUNTED%"), countedMembersSql());
}

QString scopeSqlCountingOnce()
{
    QString sql = scopeSql();
    const QString anchor = QStringLiteral("(SELECT id FROM scope))))");
    Q_ASSERT(sql.count(anchor) == 1);
    sql.replace(anchor, QStringLiteral("(SELECT id FROM scope)) LIMIT -1 OFFSET 0))"));
    return sql;
}

QString areaLevelSql()
{
    return QStringLiteral(
            "\n, area_level(level) AS (SELECT CASE WHEN EXISTS (SELECT 1 FROM active_unit WHERE level = 2)"
            " OR NOT EXISTS (SELECT 1 FROM active_unit WHERE level = 3) THEN 2 ELSE 3 END)\n");
}

QString inPeriod(const QString &dateColumn)
{
    return QStringLiteral("(:period = 0 OR (%1 IS NOT NULL AND %1 >= :from AND %1 <= :to))").arg(dateColumn);
}

QString organisationInScope(const QString &organisationIdColumn)
{
    return QStringLiteral("(:district <= 0 OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = %1"
                          " AND o.unit_id IN (SELECT id FROM scope)))")
            .arg(organisationIdColumn);
}

QString memberInScope(const QString &memberIdColumn)
{
    return QStringLiteral("(:district <= 0"
                          " OR EXISTS (SELECT 1 FROM member m WHERE m.id = %1 AND m.unit_id IN (SELECT id FROM scope))"
                          " OR EXISTS (SELECT 1 FROM team_member tm JOIN team_size ts ON ts.id = tm.team_id"
                          "            WHERE tm.member_id = %1 AND tm.left_on IS NULL))")
            .arg(memberIdColumn);
}

QString levelsSql()
{
    // One pass over each CTE, grouped by level (correlated subqueries per
    // level would build the team sizes again for every one of them).
    return scopeSqlCountingOnce() + QStringLiteral(R"SQL(
, per_level AS (
    SELECT level, count(*) AS teams, sum(CASE WHEN reported THEN members ELSE 0 END) AS members,
           sum(reported) AS reported,
           group_concat(DISTINCT CASE WHEN reported AND members > 0 AND qualifier <> '' THEN qualifier END) AS qualifiers,
           sum(disagrees) AS disagreeing
    FROM team_size GROUP BY level),
  excluded AS (SELECT unit_id AS id FROM campaign_unit_exclusion WHERE campaign_id = :campaign),
  covered AS (
    SELECT ts.level, count(DISTINCT ts.unit_id) AS units FROM team_size ts
    JOIN active_unit au ON au.id = ts.unit_id AND au.level = ts.level
    WHERE au.id NOT IN (SELECT id FROM excluded) GROUP BY ts.level),
  units AS (
    SELECT level, count(*) AS units, sum(id IN (SELECT id FROM excluded)) AS excluded
    FROM active_unit GROUP BY level)
SELECT lv.level, COALESCE(p.teams, 0), COALESCE(p.members, 0), COALESCE(cv.units, 0),
       COALESCE(un.units, 0) - COALESCE(un.excluded, 0), COALESCE(p.reported, 0), COALESCE(p.qualifiers, ''),
       COALESCE(un.excluded, 0), COALESCE(p.disagreeing, 0)
FROM (SELECT 1 AS level UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) lv
LEFT JOIN per_level p ON p.level = lv.level
LEFT JOIN covered cv ON cv.level = lv.level
LEFT JOIN units un ON un.level = lv.level
ORDER BY lv.level)SQL");
}

QString exclusionsSql()
{
    return scopeSql() + QStringLiteral(R"SQL(
SELECT u.id, u.name, a.unit_type, u.level, x.reason
FROM campaign_unit_exclusion x
JOIN active_unit u ON u.id = x.unit_id
JOIN admin_unit a ON a.id = u.id
WHERE x.campaign_id = :campaign)SQL");
}

QString disagreeingTeamsSql()
{
    return scopeSql() + QStringLiteral(R"SQL(
SELECT ts.id, t.name, u.name, ts.level, ts.listed, ts.declared, t.member_count_qualifier
FROM team_size ts JOIN team t ON t.id = ts.id JOIN admin_unit u ON u.id = ts.unit_id
WHERE ts.disagrees)SQL");
}

QString districtsSql()
{
    // In a tree without districts the communes take their place.
    return scopeSql() + areaLevelSql() + QStringLiteral(R"SQL(
, below(unit_id, district_id) AS (
    SELECT id, id FROM active_unit WHERE level = (SELECT level FROM area_level)
    UNION ALL
    SELECT u.id, b.district_id FROM admin_unit u JOIN below b ON u.parent_id = b.unit_id)
SELECT d.id, d.gso_code, d.name, count(ts.id), COALESCE(sum(CASE WHEN ts.reported THEN ts.members END), 0),
       count(ts.id) - COALESCE(sum(ts.reported), 0), d.level
FROM active_unit d
LEFT JOIN below b ON b.district_id = d.id
LEFT JOIN team_size ts ON ts.unit_id = b.unit_id
WHERE d.level = (SELECT level FROM area_level)
GROUP BY d.id)SQL");
}

QString trainingSessionsSql()
{
    return scopeSql() + QStringLiteral(R"SQL(
SELECT s.id, s.start_date, COALESCE(s.participants_declared, 0), s.participants_qualifier,
       %1 AS in_scope,
       EXISTS (SELECT 1 FROM training_attendance ta WHERE ta.training_id = s.id) AS listed
FROM training_session s
WHERE s.campaign_id = :campaign AND %2)SQL")
        .arg(statistics_sql::organisationInScope(QStringLiteral("s.organiser_id")),
             statistics_sql::inPeriod(QStringLiteral("s.start_date")));
}

QString trainingAttendanceSql()
{
    // Distinct listed attendees in the scope: per month of the sessions' start
    // dates (month "yyyy-MM"), and over every session (month NULL), counted
    // by SQLite rather than carried row by row into the program.
    return scopeSql() + QStringLiteral(R"SQL(
, attendance AS (
    SELECT ta.member_id, s.start_date FROM training_attendance ta
    JOIN training_session s ON s.id = ta.training_id
    WHERE s.campaign_id = :campaign AND %1 AND %2)
SELECT substr(start_date, 1, 7) AS month, count(DISTINCT member_id) FROM attendance
WHERE start_date IS NOT NULL GROUP BY month
UNION ALL
SELECT NULL, count(DISTINCT member_id) FROM attendance)SQL")
        .arg(statistics_sql::inPeriod(QStringLiteral("s.start_date")),
             statistics_sql::memberInScope(QStringLiteral("ta.member_id")));
}

QString trainingAttendeesSql()
{
    // One pass and no month: a temporary b-tree of the distinct member ids
    // (0,25 s for 400.000 attendances, against 0,9 s for trainingAttendanceSql()).
    return scopeSql() + QStringLiteral(R"SQL(
SELECT count(DISTINCT ta.member_id) FROM training_attendance ta
JOIN training_session s ON s.id = ta.training_id
WHERE s.campaign_id = :campaign AND %1 AND %2)SQL")
        .arg(statistics_sql::inPeriod(QStringLiteral("s.start_date")),
             statistics_sql::memberInScope(QStringLiteral("ta.member_id")));
}

QString eventAudienceSql()
{
    return scopeSql() + QStringLiteral(R"SQL(
SELECT COALESCE(in_person_attendance, 0), in_person_qualifier,
       COALESCE(online_attendance, 0), online_qualifier,
       COALESCE(livestream_views, 0), livestream_qualifier
FROM event e WHERE campaign_id = :campaign AND %1 AND %2)SQL")
        .arg(statistics_sql::organisationInScope(QStringLiteral("e.organiser_id")),
             statistics_sql::inPeriod(QStringLiteral("e.event_date")));
}

QString mediaOutputsSql()
{
    return scopeSql() + QStringLiteral(R"SQL(
SELECT outlet, kind, item_count, count_qualifier, commissioned FROM media_output mo
WHERE campaign_id = :campaign AND %1 AND %2 ORDER BY sort_order, id)SQL")
        .arg(statistics_sql::organisationInScope(QStringLiteral("mo.producer_id")),
             statistics_sql::inPeriod(QStringLiteral("mo.published_on")));
}

QString undatedActivitiesSql()
{
    return scopeSql() + QStringLiteral(R"SQL(
SELECT (SELECT count(*) FROM training_session s WHERE s.campaign_id = :campaign AND s.start_date IS NULL AND %1)
     + (SELECT count(*) FROM event e WHERE e.campaign_id = :campaign AND e.event_date IS NULL AND %2)
     + (SELECT count(*) FROM media_output mo WHERE mo.campaign_id = :campaign AND mo.published_on IS NULL AND %3))SQL")
        .arg(statistics_sql::organisationInScope(QStringLiteral("s.organiser_id")),
             statistics_sql::organisationInScope(QStringLiteral("e.organiser_id")),
             statistics_sql::organisationInScope(QStringLiteral("mo.producer_id")));
}

QString campaignSql()
{
    return QStringLiteral("SELECT name, year, province_id, start_date, end_date, team_levels FROM campaign WHERE id = :campaign");
}

QStringList campaignStatisticsSql(bool withPeriod)
{
    QStringList sql = {campaignSql(), levelsSql(), exclusionsSql(), districtsSql(), trainingSessionsSql(), trainingAttendanceSql(),
                       eventAudienceSql(), mediaOutputsSql()};
    if (withPeriod)
        sql << undatedActivitiesSql();
    return sql;
}

bool run(QSqlQuery &query, const QString &sql, int campaignId, const StatisticsOptions &options, QString *error,
         const QVariantMap &extra)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = Text::tr("The statistics query could not be prepared: %1").arg(query.lastError().text());
        return false;
    }
    const auto bind = [&](const char *name, const QVariant &value) {
        const QString placeholder = QString::fromLatin1(name);
        if (sql.contains(placeholder))
            query.bindValue(placeholder, value);
    };
    bind(":campaign", campaignId);
    bind(":district", options.districtId);
    bind(":period", options.hasPeriod() ? 1 : 0);
    bind(":from", options.from.isValid() ? options.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    bind(":to", options.to.isValid() ? options.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        if (error)
            *error = Text::tr("The statistics query failed: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace statistics_sql

using statistics_sql::run;

StatisticsOptions StatisticsOptions::shiftedByYears(int years) const
{
    StatisticsOptions shifted = *this;
    shifted.from = from.isValid() ? from.addYears(years) : QDate();
    shifted.to = to.isValid() ? to.addYears(years) : QDate();
    return shifted;
}

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

int CampaignStatistics::unitsInScope() const
{
    int units = 0;
    for (const LevelStatistics &l : levels) {
        if (l.inScope)
            units += l.units;
    }
    return units;
}

int CampaignStatistics::unitsWithTeamInScope() const
{
    int covered = 0;
    for (const LevelStatistics &l : levels) {
        if (l.inScope)
            covered += l.unitsWithTeam;
    }
    return covered;
}

bool CampaignStatistics::coverageComplete() const
{
    bool any = false;
    for (const LevelStatistics &l : levels) {
        if (!l.inScope || (l.units == 0 && l.excludedUnits > 0))
            continue;
        if (l.units == 0 || l.unitsWithTeam < l.units)
            return false;
        any = true;
    }
    return any;
}

bool teamCountDisagreements(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                            QList<TeamCountDisagreement> *out, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    StatisticsOptions teamsOnly;
    teamsOnly.districtId = options.districtId;
    if (!run(query, statistics_sql::disagreeingTeamsSql(), campaignId, teamsOnly, error))
        return false;
    QList<TeamCountDisagreement> rows;
    while (query.next()) {
        TeamCountDisagreement row;
        row.teamId = query.value(0).toInt();
        row.teamName = query.value(1).toString();
        row.unitName = query.value(2).toString();
        const int level = query.value(3).toInt();
        row.level = isValidAdminLevel(level) ? static_cast<AdminLevel>(level) : AdminLevel::Village;
        row.listed = query.value(4).toLongLong();
        row.declared = figureAt(query, 5, 6);
        rows << row;
    }
    const QCollator collator = text::collator();
    std::sort(rows.begin(), rows.end(), [&collator](const auto &a, const auto &b) {
        if (a.level != b.level)
            return a.level < b.level;
        return collator.compare(a.unitName, b.unitName) < 0;
    });
    *out = rows;
    return true;
}

bool declaredCountSummary(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                          DeclaredCountSummary *out, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    StatisticsOptions teamsOnly;
    teamsOnly.districtId = options.districtId;
    const QString sql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT count(*), COALESCE(sum(listed = 0), 0), COALESCE(sum(declared), 0), COALESCE(sum(listed), 0)
FROM team_size WHERE declared > listed)SQL");
    if (!statistics_sql::run(query, sql, campaignId, teamsOnly, error))
        return false;
    DeclaredCountSummary summary;
    if (query.next()) {
        summary.teams = query.value(0).toInt();
        summary.teamsWithoutNames = query.value(1).toInt();
        summary.declared = query.value(2).toLongLong();
        summary.listed = query.value(3).toLongLong();
    }
    *out = summary;
    return true;
}

int latestCampaignId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM campaign ORDER BY year DESC, id DESC LIMIT 1")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int previousCampaignId(const QSqlDatabase &db, int campaignId)
{
    QSqlQuery query(db);
    // The same province, or one that was merged into it (admin_unit_succession,
    // schema 7: new Quảng Ngãi <- old Quảng Ngãi + old Kon Tum).
    if (!query.prepare(QStringLiteral("SELECT p.id FROM campaign c JOIN campaign p"
                                      " ON (p.province_id IS c.province_id"
                                      "     OR p.province_id IN (SELECT s.old_unit_id FROM admin_unit_succession s"
                                      "                          WHERE s.new_unit_id = c.province_id))"
                                      " AND p.year < c.year"
                                      " WHERE c.id = :campaign ORDER BY p.year DESC, p.id DESC LIMIT 1")))
        return 0;
    query.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, CampaignStatistics *out, QString *error)
{
    return computeCampaignStatistics(db, campaignId, StatisticsOptions(), out, error);
}

bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                               CampaignStatistics *out, QString *error, StatisticsDetail detail)
{
    const bool full = detail == StatisticsDetail::Full;
    CampaignStatistics stats;
    stats.campaignId = campaignId;
    stats.options = options;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    if (!run(query, statistics_sql::campaignSql(),
             campaignId, options, error))
        return false;
    if (!query.next()) {
        if (error)
            *error = Text::tr("Campaign %1 does not exist.").arg(campaignId);
        return false;
    }
    stats.campaignName = query.value(0).toString();
    stats.year = query.value(1).toInt();
    stats.provinceId = query.value(2).toInt();
    stats.startDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    stats.endDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);

    // Teams, members and coverage per level, within the campaign's scope.
    for (const QString &code : query.value(5).toString().split(u',', Qt::SkipEmptyParts)) {
        const int n = code.trimmed().toInt();
        if (isValidAdminLevel(n) && !stats.teamLevels.contains(static_cast<AdminLevel>(n)))
            stats.teamLevels << static_cast<AdminLevel>(n);
    }
    std::sort(stats.teamLevels.begin(), stats.teamLevels.end());
    const QString levelsSql = statistics_sql::levelsSql();
    if (!run(query, levelsSql, campaignId, options, error))
        return false;
    while (query.next()) {
        LevelStatistics level;
        level.level = static_cast<AdminLevel>(query.value(0).toInt());
        level.inScope = stats.teamLevels.isEmpty() || stats.teamLevels.contains(level.level);
        level.teams = query.value(1).toInt();
        level.members = query.value(2).toLongLong();
        level.unitsWithTeam = query.value(3).toInt();
        level.units = query.value(4).toInt();
        level.reportedTeams = query.value(5).toInt();
        level.excludedUnits = query.value(7).toInt();
        level.disagreeingTeams = query.value(8).toInt();
        // The distinct qualifiers of the counted (non-zero) figures, folded by
        // the rule of sumFigures(), which depends only on which qualifiers occur.
        for (const QString &code : query.value(6).toString().split(u',', Qt::SkipEmptyParts))
            level.memberFigure = sumFigures(level.memberFigure, Figure{1, qualifierFromCode(code)});
        level.memberFigure.value = level.members;
        // A level with neither units nor teams does not exist in this scope
        // (no district level after 01/07/2025, no province inside a district): leave it out.
        if (level.units == 0 && level.excludedUnits == 0 && level.teams == 0)
            continue;
        stats.totalTeams += level.teams;
        stats.reportedTeams += level.reportedTeams;
        stats.totalMembers += level.members;
        stats.totalMemberFigure = sumFigures(stats.totalMemberFigure, level.memberFigure);
        stats.disagreeingTeams += level.disagreeingTeams;
        stats.levels << level;
    }

    // Units left out of the coverage, with their reasons.
    if (!run(query, statistics_sql::exclusionsSql(), campaignId, options, error))
        return false;
    while (query.next()) {
        UnitExclusion exclusion;
        exclusion.unitId = query.value(0).toInt();
        exclusion.unitName = query.value(1).toString();
        exclusion.unitType = query.value(2).toString();
        const int level = query.value(3).toInt();
        exclusion.level = isValidAdminLevel(level) ? static_cast<AdminLevel>(level) : AdminLevel::Village;
        exclusion.reason = query.value(4).toString().trimmed();
        stats.exclusions << exclusion;
    }
    const QCollator exclusionCollator = text::collator();
    std::sort(stats.exclusions.begin(), stats.exclusions.end(), [&exclusionCollator](const auto &a, const auto &b) {
        if (a.level != b.level)
            return a.level < b.level;
        return exclusionCollator.compare(a.unitName, b.unitName) < 0;
    });

    // Teams and members per district, counting the district's own team and
    // every team below it.
    if (full && !run(query, statistics_sql::districtsSql(), campaignId, options, error))
        return false;
    while (full && query.next()) {
        stats.districts << DistrictStatistics{query.value(0).toInt(), query.value(1).toString(),
                                              query.value(2).toString(), query.value(3).toInt(),
                                              query.value(4).toLongLong(), query.value(5).toInt()};
        if (query.value(6).toInt() == int(AdminLevel::Commune))
            stats.areaLevel = AdminLevel::Commune;
    }
    const QCollator collator = text::collator();
    std::sort(stats.districts.begin(), stats.districts.end(), [&collator](const auto &a, const auto &b) {
        if (a.members != b.members)
            return a.members > b.members;
        return collator.compare(a.name, b.name) < 0;
    });

    // Trainings. A session counts when it falls in the period and its
    // organiser is in the scope; members trained are the distinct listed
    // attendees of the scope (of any session in the period) plus the declared
    // participants of counted sessions that have no attendance list.
    struct Session
    {
        QDate month;
        bool counted = false;
        bool listed = false;
        Figure declared;
    };
    std::map<int, Session> sessions;
    if (!run(query, statistics_sql::trainingSessionsSql(),
             campaignId, options, error))
        return false;
    while (query.next()) {
        Session session;
        session.month = firstOfMonth(QDate::fromString(query.value(1).toString(), Qt::ISODate));
        session.declared = figureAt(query, 2, 3);
        session.counted = query.value(4).toBool();
        session.listed = query.value(5).toBool();
        sessions.emplace(query.value(0).toInt(), session);
    }
    std::map<QDate, qint64> monthlyAttendees; // distinct listed attendees per month
    qint64 attendees = 0;                      // distinct listed attendees of every session
    if (!run(query, full ? statistics_sql::trainingAttendanceSql() : statistics_sql::trainingAttendeesSql(), campaignId,
             options, error))
        return false;
    while (query.next()) {
        if (!full) {
            attendees = query.value(0).toLongLong();
            continue;
        }
        if (query.value(0).isNull()) {
            attendees = query.value(1).toLongLong();
            continue;
        }
        const QDate month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            monthlyAttendees[month] = query.value(1).toLongLong();
    }

    Figure declaredTrained;
    std::map<QDate, int> monthlySessions;
    std::map<QDate, Figure> monthlyDeclared;
    QDate firstMonth = firstOfMonth(stats.startDate);
    QDate lastMonth = firstOfMonth(stats.endDate.isValid() ? stats.endDate : stats.startDate);
    for (const auto &[id, session] : sessions) {
        if (session.counted) {
            ++stats.trainingSessions;
            if (!session.listed)
                declaredTrained = sumFigures(declaredTrained, session.declared);
        }
        if (!session.month.isValid())
            continue;
        int &monthSessions = monthlySessions[session.month];
        if (session.counted) {
            ++monthSessions;
            if (!session.listed)
                monthlyDeclared[session.month] = sumFigures(monthlyDeclared[session.month], session.declared);
        }
        if (!firstMonth.isValid() || session.month < firstMonth)
            firstMonth = session.month;
        if (!lastMonth.isValid() || session.month > lastMonth)
            lastMonth = session.month;
    }
    stats.membersTrained = sumFigures(Figure{attendees, Qualifier::Exact}, declaredTrained);
    if (options.from.isValid() && firstOfMonth(options.from) > firstMonth)
        firstMonth = firstOfMonth(options.from);
    if (options.to.isValid() && firstOfMonth(options.to) < lastMonth)
        lastMonth = firstOfMonth(options.to);
    for (QDate month = firstMonth; full && month.isValid() && lastMonth.isValid() && month <= lastMonth
         && stats.trainingsByMonth.size() < maximumMonths;
         month = month.addMonths(1)) {
        MonthlyTraining point;
        point.month = month;
        const auto sessionsOfMonth = monthlySessions.find(month);
        const auto attendeesOfMonth = monthlyAttendees.find(month);
        if (sessionsOfMonth != monthlySessions.end() || attendeesOfMonth != monthlyAttendees.end()) {
            point.sessions = sessionsOfMonth != monthlySessions.end() ? sessionsOfMonth->second : 0;
            const qint64 listed = attendeesOfMonth != monthlyAttendees.end() ? attendeesOfMonth->second : 0;
            point.trainees = sumFigures(Figure{listed, Qualifier::Exact}, monthlyDeclared[month]);
        }
        stats.trainingsByMonth << point;
    }

    // Event audience.
    if (!run(query, statistics_sql::eventAudienceSql(),
             campaignId, options, error))
        return false;
    while (query.next()) {
        ++stats.events;
        stats.eventAudience.inPerson = sumFigures(stats.eventAudience.inPerson, figureAt(query, 0, 1));
        stats.eventAudience.online = sumFigures(stats.eventAudience.online, figureAt(query, 2, 3));
        stats.eventAudience.livestreamViews = sumFigures(stats.eventAudience.livestreamViews, figureAt(query, 4, 5));
    }

    // Media outputs by outlet and by kind, in the order they were recorded.
    if (!run(query, statistics_sql::mediaOutputsSql(),
             campaignId, options, error))
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

    // What a period leaves out for want of a date.
    if (options.hasPeriod()) {
        if (!run(query, statistics_sql::undatedActivitiesSql(),
                 campaignId, options, error)
            || !query.next())
            return false;
        stats.undatedActivities = query.value(0).toInt();
    }

    *out = stats;
    return true;
}

} // namespace cds
