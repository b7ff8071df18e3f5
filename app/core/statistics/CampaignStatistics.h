#pragma once

#include "domain/AdminLevel.h"
#include "domain/Figure.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cds {

// Teams and coverage at one administrative level for one campaign.
//
// Members (GLOSSARY "chưa báo cáo": unknown is not zero). A team's members are
// the larger of its listed current members and its declared count
// (team.declared_member_count with team.member_count_qualifier, which travels
// with it): while a list is shorter than the declared count, the declared
// count is counted and the team is flagged (disagreeingTeams,
// teamCountDisagreements()) until the list is completed or the clerk confirms
// it as complete, which sets the declared count to the list's length (the team
// form asks). A list never silently replaces what the unit reported. A team
// with no listed member and no declared count has not reported: it adds
// nothing to the sums and is not counted in reportedTeams, so a sum over teams
// of which some have not reported is a partial figure and is printed as such.
//
// Scope (GLOSSARY "phạm vi"; campaign.team_levels, the campaign's plan): the
// levels where the plan expects teams. A level outside it is no gap in coverage.
//
// Exclusions (campaign_unit_exclusion): units that cannot have a team (an
// uninhabited special zone) are left out of units and unitsWithTeam.
struct LevelStatistics
{
    AdminLevel level = AdminLevel::Province;
    bool inScope = true;    // campaign.team_levels names it (or is NULL: every present level)
    int teams = 0;          // teams of the campaign at this level
    int reportedTeams = 0;  // of those, the teams whose members are known (listed or declared)
    qint64 members = 0;     // members of the reported teams (the value of memberFigure)
    Figure memberFigure;    // the same with the declared counts' qualifiers, summed by sumFigures()
    int unitsWithTeam = 0;  // distinct active units of this level, not excluded, that have a team
    int units = 0;          // active units of this level in the campaign's province, not excluded
    int excludedUnits = 0;  // active units of this level left out (campaign_unit_exclusion)
    int disagreeingTeams = 0; // teams whose list is shorter than their declared count
    // unitsWithTeam / units * 100, or 0 when there are no units.
    double coveragePercent() const;
    // "173/173" as the report prints coverage.
    QString coverageText() const;
    // Every team of the level has reported its members (true when there is no team).
    bool membersComplete() const { return reportedTeams == teams; }
};

// Teams and members of one district (level 2) and everything below it; in a
// tree without districts (two-level local government since 01/07/2025), of
// one commune (CampaignStatistics::areaLevel).
struct DistrictStatistics
{
    int unitId = 0;
    QString gsoCode;
    QString name; // NFC, full name: "Thị xã Đức Phổ"
    int teams = 0;
    qint64 members = 0;      // members of the teams that reported (see LevelStatistics)
    int unreportedTeams = 0; // teams that have not reported their members
};

// A unit left out of a campaign's coverage (campaign_unit_exclusion).
struct UnitExclusion
{
    int unitId = 0;
    QString unitName;  // NFC, full name: "Đặc khu Hoàng Sa"
    QString unitType;  // admin_unit.unit_type: "Đặc khu"
    AdminLevel level = AdminLevel::Commune;
    QString reason;    // as the clerk wrote it: "không có dân cư"
};

struct MediaOutletStatistics
{
    QString outlet;
    Figure items; // sum of item counts with their qualifiers
    int commissionedItems = 0;
};

struct MediaKindStatistics
{
    QString kind; // storage code: 'news', 'article', 'tv_report', …
    Figure items;
};

// Audience of the campaign's events, split by channel.
struct EventAudience
{
    Figure inPerson;
    Figure online;
    Figure livestreamViews;
};

// Trainings of one calendar month (by their start date).
struct MonthlyTraining
{
    QDate month;        // the first day of the month
    int sessions = 0;   // sessions organised in the scope (see StatisticsOptions)
    Figure trainees;    // distinct listed attendees of the month's sessions, plus the
                        // declared participants of its sessions without a list
};

// What computeCampaignStatistics() counts. The default counts everything of
// the campaign, which is what the printed report uses.
struct StatisticsOptions
{
    // 0: the whole province. Otherwise the id of a district (level-2 unit),
    // or of any unit (a commune in a two-level province):
    // units, teams and members are those of the district and the units below
    // it; trainings, events and media outputs those whose organiser (producer)
    // organisation is located there; members trained those who live or serve
    // in a team there.
    int districtId = 0;
    // Inclusive dates; a null date leaves that side open. When either is set,
    // trainings (start date), events (event date) and media outputs
    // (publication date) outside the period, or without a date, are not counted.
    QDate from;
    QDate to;

    bool hasPeriod() const { return from.isValid() || to.isValid(); }
    // The same options moved by whole years, to compare a campaign with the
    // same weeks of an earlier one.
    StatisticsOptions shiftedByYears(int years) const;
    bool operator==(const StatisticsOptions &) const = default;
};

// Every figure the dashboard and the report show for one campaign.
// One place computes them so the chart and the printed report never disagree.
struct CampaignStatistics
{
    int campaignId = 0;
    QString campaignName;
    int year = 0;
    int provinceId = 0;                      // 0 when the campaign names no province
    QDate startDate;                         // the campaign's own dates (may be null)
    QDate endDate;
    StatisticsOptions options;               // what was counted
    // The levels stated by campaign.team_levels (ascending); empty when it is
    // NULL, which puts every present level in scope.
    QList<AdminLevel> teamLevels;
    // Province, district, commune, village: the levels present in the scope's
    // tree (units, excluded units or teams), each saying whether it is in scope.
    QList<LevelStatistics> levels;
    int totalTeams = 0;
    int reportedTeams = 0;                   // teams whose members are known
    qint64 totalMembers = 0;                 // members of those teams (value of totalMemberFigure)
    Figure totalMemberFigure;                // with the qualifiers, summed by sumFigures()
    int disagreeingTeams = 0;                // teams whose list is shorter than their declared count
    QList<UnitExclusion> exclusions;         // by level, then Vietnamese order of the name
    QList<DistrictStatistics> districts;     // sorted by members descending
    // What districts holds: districts, or communes when the scope has no
    // district level (two-level local government).
    AdminLevel areaLevel = AdminLevel::District;
    Figure membersTrained;                   // distinct listed attendees, else the declared participants
    int trainingSessions = 0;
    // Every month from the campaign's first to its last month (widened to the
    // dated sessions, narrowed to the period), months without sessions included.
    QList<MonthlyTraining> trainingsByMonth;
    // Trainings, events and media outputs left out because a period is set
    // and they have no date.
    int undatedActivities = 0;
    int events = 0;
    EventAudience eventAudience;
    QList<MediaOutletStatistics> mediaByOutlet;
    QList<MediaKindStatistics> mediaByKind;
    Figure mediaOutputs;                     // all items

    const LevelStatistics *level(AdminLevel level) const;
    // Units and units with a team over the levels in scope (exclusions left out):
    // the overall coverage ("đạt 100% các cấp" / "bao phủ …%").
    int unitsInScope() const;
    int unitsWithTeamInScope() const;
    // Every unit of every level in scope has a team (false with no level in scope).
    bool coverageComplete() const;
    // Every team has reported its members.
    bool membersComplete() const { return reportedTeams == totalTeams; }
};

// A team whose member list is shorter than its declared count: the report
// counts the declared count (see LevelStatistics); the dashboard lists these
// so that the clerk completes the list or confirms it as complete.
struct TeamCountDisagreement
{
    int teamId = 0;
    QString teamName;
    QString unitName;  // full name of the team's unit: "Xã Phổ An"
    AdminLevel level = AdminLevel::Commune;
    qint64 listed = 0; // current members in the list
    Figure declared;   // team.declared_member_count with its qualifier
};

// The campaign's teams in the scope of options (district; a period does not
// apply to teams) whose list is shorter than their declared count, by level
// then Vietnamese order of the unit name. Returns false and sets error
// (translated) when a query fails.
bool teamCountDisagreements(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                            QList<TeamCountDisagreement> *out, QString *error);

// The teams whose members are counted from their declared number, not from
// a list of names: their declared count is larger than their list (which may
// be empty). The dashboard and the report count declared for them (the rule
// of LevelStatistics); the members list shows only the listed names.
struct DeclaredCountSummary
{
    int teams = 0;         // teams counted by their declared number
    int teamsWithoutNames = 0; // of those, teams that list no member at all
    qint64 declared = 0;   // their declared counts, summed (qualifiers left out)
    qint64 listed = 0;     // their listed current members
};

// The summary for the campaign's teams in the scope of options (district; a
// period does not apply to teams). Returns false and sets error (translated)
// when a query fails.
bool declaredCountSummary(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                          DeclaredCountSummary *out, QString *error);

// How much of CampaignStatistics is read. Summary leaves out the
// breakdowns the dashboard draws and no printed report prints: districts
// (and areaLevel) and trainingsByMonth stay empty, so only the distinct
// attendees of the whole campaign are counted, not those of every month
// (at national size: 1,2 s less of the report's 3,6 s, issue #15). Every
// other figure is the same as with Full.
enum class StatisticsDetail { Full, Summary };

// Computes the statistics of a campaign with SQL aggregates on db.
// Returns false and sets error (a Vietnamese message) when a query fails
// or the campaign does not exist.
bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, CampaignStatistics *out, QString *error);
// As above, restricted to a district and/or a period (see StatisticsOptions).
bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                               CampaignStatistics *out, QString *error,
                               StatisticsDetail detail = StatisticsDetail::Full);

// The campaign to compare campaignId with: the one of the same province with
// the next lower year (then the highest id); 0 if there is none or a query fails.
int previousCampaignId(const QSqlDatabase &db, int campaignId);

// The campaign shown by default: the one with the latest year (then the highest id); 0 if none.
int latestCampaignId(const QSqlDatabase &db);

} // namespace cds
