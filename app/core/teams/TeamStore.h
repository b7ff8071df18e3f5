#pragma once

#include "domain/AdminLevel.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cds {

// A campaign as a selector lists it.
struct CampaignSummary
{
    int id = 0;
    QString name; // NFC
    int year = 0;
};

// One community digital technology team as the teams list shows it.
struct TeamRecord
{
    int id = 0;
    QString name; // NFC
    AdminLevel level = AdminLevel::Province;
    int unitId = 0;
    QString unitName; // full name of the team's unit: "Xã Phổ An"
    int districtId = 0; // the level-2 unit above (or equal to) the team's unit; 0 if none
    QString districtName; // "Thị xã Đức Phổ"; empty for the province team
    // The larger of the listed members and the declared count (the rule of
    // computeCampaignStatistics(), LevelStatistics in CampaignStatistics.h).
    qint64 members = 0;
    qint64 listedMembers = 0; // current rows in team_member (left_on IS NULL)
    std::optional<qint64> declaredMembers; // team.declared_member_count; empty when not declared
    // text::sortKey() of the name, the unit's and the district's name (compare
    // as plain strings: the list sorts 40.000 teams without a collator), and
    // text::searchKey() of the three names, computed where the teams are read
    // (on the worker thread at national size).
    QString nameSortKey;
    QString unitSortKey;
    QString districtSortKey;
    QString searchKey;
};

// Read access to campaigns and their teams for the UI; all SQL of the teams
// list lives here so views never see a query. The campaign list sits here too
// until campaigns get their own store.
class TeamStore
{
public:
    explicit TeamStore(QSqlDatabase db);

    // All campaigns, latest year first (then highest id). On a failed query
    // returns false and sets error (Vietnamese).
    bool campaigns(QList<CampaignSummary> *out, QString *error) const;

    // The teams of a campaign in storage order. The district is found by
    // walking up at most two parents, since a level may be skipped (a village
    // directly under a district). On a failed query returns false and sets error.
    bool teams(int campaignId, QList<TeamRecord> *out, QString *error) const;
    // The number of teams of a campaign (one indexed count).
    qint64 teamCount(int campaignId, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cds
