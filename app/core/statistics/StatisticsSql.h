#pragma once

#include "statistics/CampaignStatistics.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The SQL that defines what a campaign's scope is (its active units, its
// teams and their sizes, the activities of a district and a period), shared
// by the statistics and the dashboard's drill-down lists so that a list
// always holds the rows its figure counts. Core-internal: views never see it.
namespace cds::statistics_sql {

// A WITH RECURSIVE clause defining, for :campaign and :district,
//   c(id, province_id, ref, root)   the campaign, its reference date and scope root;
//   scope(id)                        the root unit and every unit below it;
//   active_unit(id, level, parent_id, gso_code, name)  units of the scope valid on ref;
//   team_size(id, unit_id, level, listed, declared, members, reported, qualifier, disagrees)
//                                    the campaign's teams in the scope: listed current
//                                    members, declared count (NULL: not declared), the
//                                    counted members (see LevelStatistics), whether the
//                                    team reported its members at all, the qualifier of
//                                    the counted figure ('' when exact) and whether the
//                                    list is shorter than the declared count.
// Append further CTEs with ", name AS (…)".
QString scopeSql();
// scopeSql() with team_size's member count read once per team: the count is
// used by several of its columns, and SQLite, flattening the subquery, would
// count each team's members once per use (OFFSET 0 keeps it a co-routine).
// For statements that only group team_size (0,4 s less each at national
// size); not for those joining it by unit, which need it flattened to use
// the team_unit index (districtsSql() would scan it per district).
QString scopeSqlCountingOnce();

// A further CTE (", area_level(level) AS (…)") naming the level the dashboard
// breaks the scope down by: 2 (districts) when the scope has district-level
// units, else 3 (communes: two-level local government since 01/07/2025).
QString areaLevelSql();

// A condition true when the ISO date column lies in the period (:period,
// :from, :to), or when no period is set.
QString inPeriod(const QString &dateColumn);
// A condition true when the organisation id column names an organisation
// located in the scope, or when no district is set.
QString organisationInScope(const QString &organisationIdColumn);
// A condition true when the member id column names a member who lives in the
// scope or is a current member of one of its teams, or when no district is set.
QString memberInScope(const QString &memberIdColumn);

// The statements of computeCampaignStatistics(), in the order it runs them
// (the dashboard benchmark runs the very same SQL in the sqlite3 tool):
QString campaignSql();           // the campaign's name, year, province and dates
QString levelsSql();             // teams, members and coverage per level
QString exclusionsSql();         // units left out of coverage, with their reasons
QString districtsSql();          // teams and members per district (or commune: areaLevelSql())
QString trainingSessionsSql();   // the sessions, counted or not, with their declared figures
QString trainingAttendanceSql(); // the listed attendees in the scope
QString trainingAttendeesSql();   // StatisticsDetail::Summary: the distinct listed attendees of every session only (not in the list below)
QString eventAudienceSql();      // the events' audience
QString mediaOutputsSql();       // media outputs in recorded order
QString undatedActivitiesSql();  // what a period leaves out for want of a date
QString disagreeingTeamsSql();   // teams whose list is shorter than their declared count (not in the list below)
QString provincesSql();          // computeProvinceStatistics(): the figures per province (ProvinceStatistics.h; not in the list below)
// All of the above but disagreeingTeamsSql(); undatedActivitiesSql() only withPeriod.
QStringList campaignStatisticsSql(bool withPeriod);

// Prepares sql, binds the placeholders it uses (:campaign, :district,
// :period, :from, :to) from campaignId and options and any further ones from
// extra (placeholder -> value), and executes it. On failure returns false and
// sets error (translated).
bool run(QSqlQuery &query, const QString &sql, int campaignId, const StatisticsOptions &options,
         QString *error, const QVariantMap &extra = {});

} // namespace cds::statistics_sql
