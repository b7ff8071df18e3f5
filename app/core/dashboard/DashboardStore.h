#pragma once

#include "domain/AdminLevel.h"
#include "domain/Figure.h"
#include "statistics/CampaignStatistics.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cds {

// An administrative unit as a filter lists it.
struct UnitSummary
{
    int id = 0;
    QString name; // NFC, full name: "Thị xã Đức Phổ"
};

// One administrative unit (or one team's unit) in a drill-down list.
struct UnitRow
{
    int unitId = 0;
    QString unitName;     // "Xã Phổ An"
    AdminLevel level = AdminLevel::Province;
    // The level-2 unit above or equal to it; empty above district level. In a
    // tree without districts (two-level local government since 01/07/2025)
    // the commune above a village instead.
    QString districtName;
    int teamId = 0;       // 0: the unit has no team at its level in the campaign
    QString teamName;
    qint64 members = 0;   // the team's members by the rule of computeCampaignStatistics()
    bool membersReported = true; // false: the team has not reported (members is then 0, not a count)
};

// Which units a coverage list holds.
enum class TeamPresence { Any, WithTeam, WithoutTeam };

// The guidelines of the campaign's plan the lag list checks, each a warning
// about one team or unit (see DashboardStore::guidelineWarnings()).
enum class GuidelineRule {
    BelowMinimumSize,         // fewer members than campaign.min_team_members
    MembersNotReported,       // no listed member and no declared count: "chưa báo cáo"
    ListedFewerThanDeclared,  // the member list is shorter than the declared count
    SeveralTeams,             // more than one team of the campaign on one unit
    VillageTeamWithoutCommuneTeam, // a village team whose commune has no team
};

struct GuidelineWarning
{
    GuidelineRule rule = GuidelineRule::BelowMinimumSize;
    int unitId = 0;
    QString unitName;         // the team's unit
    AdminLevel level = AdminLevel::Village; // the team's level
    QString districtName;     // as UnitRow::districtName
    int teamId = 0;           // 0 for SeveralTeams
    QString teamName;         // SeveralTeams: the teams' names, "; "-separated
    Figure members;           // BelowMinimumSize: listed, else declared; ListedFewerThanDeclared: listed
    Figure declared;          // the declared count with its qualifier
    int minimum = 0;          // BelowMinimumSize: the campaign's minimum team size
    int teams = 0;            // SeveralTeams: how many
    QString communeName;      // VillageTeamWithoutCommuneTeam: the commune without a team
};

struct TrainingRow
{
    int id = 0;
    QString title;
    QDate startDate;       // null when not recorded
    QString mode;          // storage code: 'in_person', 'online', 'hybrid'
    QString organiser;     // organisation name; empty when unknown
    Figure declaredParticipants;
    qint64 listedAttendees = 0;
};

// The channels of an event's audience (EventAudience).
enum class AudienceChannel { Any, InPerson, Online, Livestream };

struct EventRow
{
    int id = 0;
    QString title;
    QString kind;          // storage code: 'workshop', 'seminar', …
    QDate date;
    QString mode;
    Figure inPerson;
    Figure online;
    Figure livestreamViews;
};

struct MediaOutputRow
{
    int id = 0;
    QString kind;          // storage code: 'news', 'article', …
    QString outlet;
    QString title;         // may be empty
    QDate publishedOn;
    Figure items;
    bool commissioned = false;
};

// The rows behind the dashboard's figures, for its drill-down lists. Each
// list holds exactly what the matching figure of computeCampaignStatistics()
// counts with the same options (they share the SQL of StatisticsSql.h).
// Every function returns false and sets error (translated) when a query fails.
class DashboardStore
{
public:
    explicit DashboardStore(QSqlDatabase db);

    // The units the dashboard breaks the campaign's province down by, valid
    // on its reference date, in Vietnamese collation order: its districts, or
    // its communes when the tree has no district level (two-level local
    // government since 01/07/2025). level (if given) is set to which.
    bool areas(int campaignId, QList<UnitSummary> *out, AdminLevel *level, QString *error) const;

    // The active units of level in the scope of options (its district), with
    // their team if any, filtered by presence: the list behind "173/173"
    // (Any), its numerator (WithTeam) and what lags (WithoutTeam).
    // Sorted by district, then unit name (Vietnamese collation).
    bool units(int campaignId, const StatisticsOptions &options, AdminLevel level, TeamPresence presence,
               QList<UnitRow> *out, QString *error) const;

    // The teams of the scope (all levels, or one), the list behind the teams
    // and members figures and a district's bar. Sorted by level, district, name.
    bool teams(int campaignId, const StatisticsOptions &options, std::optional<AdminLevel> level,
               QList<UnitRow> *out, QString *error) const;

    // The teams and units of the scope of options that break a guideline of
    // the campaign's plan, rule by rule (in GuidelineRule order), then by
    // level, district and unit name:
    //  - a team below campaign.min_team_members (its listed current members,
    //    else its declared count; "hơn 2" counts as 3); no check when NULL;
    //  - a team with neither listed members nor a declared count (not
    //    reported: never "below the minimum");
    //  - a team whose member list is shorter than its declared count;
    //  - a unit with more than one team in the campaign;
    //  - a village team whose commune has no commune-level team (unless the
    //    campaign's levels in scope leave out the commune level).
    bool guidelineWarnings(int campaignId, const StatisticsOptions &options, QList<GuidelineWarning> *out,
                           QString *error) const;

    // The training sessions counted with options; a valid month (any day of
    // it) keeps only the sessions starting in that month. By date, then title.
    bool trainings(int campaignId, const StatisticsOptions &options, const QDate &month,
                   QList<TrainingRow> *out, QString *error) const;

    // The events counted with options; a channel other than Any keeps only
    // those with an audience on that channel. By date, then print order.
    bool events(int campaignId, const StatisticsOptions &options, AudienceChannel channel,
                QList<EventRow> *out, QString *error) const;

    // The media outputs counted with options, of one kind and/or one outlet
    // when these are not empty. In recorded order.
    bool mediaOutputs(int campaignId, const StatisticsOptions &options, const QString &kind,
                      const QString &outlet, QList<MediaOutputRow> *out, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace cds
