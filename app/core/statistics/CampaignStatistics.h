#pragma once

#include "domain/AdminLevel.h"
#include "domain/Figure.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cds {

// Teams and coverage at one administrative level for one campaign.
struct LevelStatistics
{
    AdminLevel level = AdminLevel::Province;
    int teams = 0;          // teams of the campaign at this level
    qint64 members = 0;     // members of those teams (listed, else declared)
    int unitsWithTeam = 0;  // distinct active units of this level that have a team
    int units = 0;          // active units of this level in the campaign's province
    // unitsWithTeam / units * 100, or 0 when there are no units.
    double coveragePercent() const;
    // "173/173" as the report prints coverage.
    QString coverageText() const;
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
    qint64 members = 0;
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
    QList<LevelStatistics> levels;           // province, district, commune, village (present levels only)
    int totalTeams = 0;
    qint64 totalMembers = 0;
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
};

// Computes the statistics of a campaign with SQL aggregates on db.
// Returns false and sets error (a Vietnamese message) when a query fails
// or the campaign does not exist.
bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, CampaignStatistics *out, QString *error);
// As above, restricted to a district and/or a period (see StatisticsOptions).
bool computeCampaignStatistics(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                               CampaignStatistics *out, QString *error);

// The campaign to compare campaignId with: the one of the same province with
// the next lower year (then the highest id); 0 if there is none or a query fails.
int previousCampaignId(const QSqlDatabase &db, int campaignId);

// The campaign shown by default: the one with the latest year (then the highest id); 0 if none.
int latestCampaignId(const QSqlDatabase &db);

} // namespace cds
