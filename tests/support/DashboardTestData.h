#pragma once

#include "database/Database.h"

#include <memory>

namespace cds::test {

// Ids in the database built by openTwoCampaignDatabase().
struct TwoCampaigns
{
    int campaign2022 = 1;
    int campaign2023 = 2;
    int province = 1;
    int districtDao = 2;  // "Huyện Đảo": commune Cầu (team), village Đông directly under it (team)
    int districtDung = 3; // "Huyện Dung": communes An (team, 2 listed members) and Bình (no team)
    int communeBinh = 5;
};

// A small province with two campaigns (2022 and 2023), unlike the demo in
// every figure: teams missing at each level, listed and declared members,
// trainings in September, October and December 2023 organised by the
// province and by each district, dated and undated events and media outputs.
// The expected 2023 figures are spelled out in tst_dashboardstore.cpp.
std::unique_ptr<Database> openTwoCampaignDatabase(TwoCampaigns *ids = nullptr);

// Runs sql on db; fails the calling test on error.
void execSql(const Database &db, const QString &sql);

} // namespace cds::test
