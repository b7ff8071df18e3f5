#pragma once

#include "domain/AdminLevel.h"
#include "domain/Figure.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>

namespace cds {

// Units and the units that have a team at one level, inside one province.
struct ProvinceLevelCoverage
{
    int units = 0;         // active units of the level, not excluded (campaign_unit_exclusion)
    int unitsWithTeam = 0; // of those, the units with a team of the campaign at that level
};

// One row of the national roll-up: the figures of one province or
// centrally-run city (level-1 unit) and everything below it, counted with the
// rules of computeCampaignStatistics() (CampaignStatistics.h: a team's members
// are the larger of its list and its declared count; a team with neither has
// not reported and adds nothing). Trainings, events and media outputs belong
// to the province where their organiser (producer) organisation is located.
//
// The row with unitId 0 gathers what lies under no province: teams of units
// outside every province, and activities whose organisation has no unit or
// none is named (ministries, national press).
struct ProvinceStatistics
{
    int unitId = 0;
    QString name;     // NFC, full name as stored: "Tỉnh Quảng Ngãi", "Thành phố Huế"; empty for unitId 0
    QString unitType; // admin_unit.unit_type: "Tỉnh" | "Thành phố"; empty for unitId 0
    QString gsoCode;
    // Indexed by AdminLevel - 1 (province, district, commune, village).
    std::array<ProvinceLevelCoverage, 4> levels{};
    int teams = 0;
    int reportedTeams = 0;          // teams whose members are known (listed or declared)
    Figure members;                 // members of the reported teams, with the declared counts' qualifiers
    int trainingSessions = 0;
    // Participations: the listed attendances of each session, else its declared
    // participants (a member trained twice counts twice: the sum over
    // provinces is the national figure).
    Figure trainingParticipants;
    int events = 0;
    Figure mediaOutputs;            // item counts with their qualifiers

    const ProvinceLevelCoverage &level(AdminLevel level) const { return levels.at(static_cast<int>(level) - 1); }
    // Nothing of the campaign is recorded for the province: no team, training,
    // event or media output (printed as "chưa báo cáo", never as zeros).
    bool hasData() const { return teams > 0 || trainingSessions > 0 || events > 0 || mediaOutputs.value > 0; }
};

// The figures of campaignId per province, one set-based query (the units are
// mapped to their province by one recursive walk of admin_unit from the
// level-1 units, then everything is grouped by that province). Units are
// those valid on the campaign's reference date, as computeCampaignStatistics()
// takes them. out: the provinces in GSO code order, then the row of unitId 0
// when it holds anything. The campaign may name a province (one row) or none
// (the national roll-up). Returns false and sets error (translated) when the
// query fails.
bool computeProvinceStatistics(const QSqlDatabase &db, int campaignId, QList<ProvinceStatistics> *out,
                               QString *error);

} // namespace cds
