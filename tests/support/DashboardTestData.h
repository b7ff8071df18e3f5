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

// Ids in the database built by openTwoLevelDatabase().
struct TwoLevel
{
    int campaign = 1;     // "Hai cấp 2025", minimum team size 3
    int province = 1;     // "Tỉnh Hai Cấp": 17 communes directly under it, no district
    int communeAnHoa = 101;  // "Phường An Hòa": team of 2 (declared), village Thôn Một with a team of 4
    int communeBacSon = 102; // "Xã Bắc Sơn": team without members or count; Thôn Hai without a team
    int communeCamThanh = 103; // "Xã Cẩm Thành": no team; its village Thôn Ba has one
    int communeDongHai = 104;  // "Xã Đông Hải": 3 listed members, 5 declared
    int communeDucPhong = 105; // "Xã Đức Phong": "hơn 2" declared
    int communeGiaLam = 106;   // "Xã Gia Lâm": a commune team and a second team on the same unit
};

// A province of the two-level local government (since 01/07/2025): 17
// communes under the province, three villages, a 2025 campaign whose teams
// break each guideline of the lag list once (see TwoLevel).
std::unique_ptr<Database> openTwoLevelDatabase(TwoLevel *ids = nullptr);

// Runs sql on db; fails the calling test on error.
void execSql(const Database &db, const QString &sql);

} // namespace cds::test
