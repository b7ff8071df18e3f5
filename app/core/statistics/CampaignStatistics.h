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

// Teams and members of one district (level 2) and everything below it.
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

// Every figure the dashboard and the report show for one campaign.
// One place computes them so the chart and the printed report never disagree.
struct CampaignStatistics
{
    int campaignId = 0;
    QString campaignName;
    int year = 0;
    QList<LevelStatistics> levels;           // province, district, commune, village (present levels only)
    int totalTeams = 0;
    qint64 totalMembers = 0;
    QList<DistrictStatistics> districts;     // sorted by members descending
    Figure membersTrained;                   // distinct listed attendees, else the declared participants
    int trainingSessions = 0;
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

// The campaign shown by default: the one with the latest year (then the highest id); 0 if none.
int latestCampaignId(const QSqlDatabase &db);

} // namespace cds
