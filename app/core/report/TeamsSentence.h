#pragma once

#include "statistics/CampaignStatistics.h"

#include <QString>
#include <QVariantMap>

#include <functional>

namespace cds {

// The words a report takes from its campaign's root unit (GLOSSARY "thành phố
// trực thuộc trung ương": its report says "trên địa bàn thành phố", never
// "tỉnh"; a district's own report says "trên địa bàn huyện"). unitType is
// admin_unit.unit_type of campaign.province_id ("Tỉnh", "Thành phố", "Huyện",
// "Thị xã", "Quận"); an empty or other type (no root unit) reads as a province.
// Lower case, NFC: "tỉnh", "thành phố", "huyện", "thị xã" or "quận".
QString provinceTypeWord(const QString &unitType);
// adminLevelPrintName() with the province level named by provinceTypeWord():
// "cấp thành phố" for a centrally-run city; the other levels as they are.
QString levelPrintName(AdminLevel level, const QString &provinceTypeWord);

// Registers a headline figure of the report: key, Vietnamese label, value
// (unmarked, vi-VN form). See ReportBuilder.h, "figures".
using FigureSink = std::function<void(const QString &key, const QString &label, const QString &value)>;

// The report context's "teams" map: the sentence "Đã thành lập 1.141 Tổ Công
// nghệ số cộng đồng đạt 100% các cấp trên địa bàn tỉnh, với sự tham gia của
// 7.534 thành viên, trong đó: …" of the reference report, for any locality.
//
// Rules (GLOSSARY "phạm vi", "chưa báo cáo"; the campaign's plan states the scope):
// - coverage ("complete": "đạt 100% các cấp"; "partial" with "coverage_percent")
//   counts the levels in the campaign's scope only, excluded units left out;
// - a level outside the scope is never printed as "0/N Tổ …": with teams it
//   prints their number ("02 Tổ cấp tỉnh"), without teams it is left out;
// - members are printed with their qualifier ("hơn 7.500"); a sum over teams of
//   which some have not reported says so ("1.234 thành viên (số liệu của
//   150/173 Tổ đã báo cáo)"); where no team reported: "chưa báo cáo số thành viên".
//
// Keys: total, members (the member figure, possibly partial: kept for bodies
// written before members_phrase), members_phrase ("với sự tham gia của 7.534
// thành viên" | "chưa báo cáo số thành viên"), members_complete, complete,
// partial, coverage_percent, shown (there is a level to speak of), levels
// (numbered: level, level_name, label, coverage, teams, members,
// members_phrase ("với 22 thành viên" | "chưa báo cáo số thành viên" | "" for
// a level without teams), units, units_with_team, in_scope), exclusions
// (unit, reason) and exclusions_note ("(Không tính đặc khu Hoàng Sa: không có
// dân cư.)"). Figures in the values are wrapped by markFigure() and each is
// registered with figure. provinceTeamName names the single province-level
// team ("Tổ Công nghệ số cộng đồng Tỉnh đoàn Quảng Ngãi"); empty if unknown.
QVariantMap teamsContext(const CampaignStatistics &stats, const QString &provinceTeamName,
                         const QString &provinceTypeWord, const FigureSink &figure);

} // namespace cds
