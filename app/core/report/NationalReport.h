#pragma once

#include "report/OfficialDocument.h"
#include "statistics/CampaignStatistics.h"
#include "statistics/ProvinceStatistics.h"

#include <QList>
#include <QPair>
#include <QString>

namespace cds {

// The national roll-up (a campaign that names no province counts every unit):
// the same Decree 30 frame as a province's report, but a body a ministry
// reads — totals instead of one line per training, event and media output —
// and, as its appendix, one row per province or centrally-run city with a
// totals row. Used by ReportBuilder; every figure comes from
// computeCampaignStatistics() (the body) or computeProvinceStatistics() (the table).

// The words of a report for stored codes (NFC): "Hội thảo" for 'workshop';
// "tin, bài" for the media kind 'news'.
QString eventKindWord(const QString &kind);
QString mediaKindNoun(const QString &kind);

// "Các cơ quan, đơn vị đã thực hiện 20.000 sản phẩm truyền thông, trong đó:
// 5.000 tin, bài; …". Figures are marked (markFigure(), key "media_outputs").
QString nationalMediaSentence(const CampaignStatistics &stats);
// "Tổ chức 8.000 lớp tập huấn … cho 400.000 lượt thành viên …"; empty without sessions.
QString nationalTrainingSentence(const CampaignStatistics &stats);
// eventsByKind: (event.kind code, number of events other than the main one),
// in the order to print. Empty when there is none.
QString nationalEventsSentence(const CampaignStatistics &stats, const QList<QPair<QString, int>> &eventsByKind);
// Points to the appendix and names the provinces with no data of the campaign
// ("chưa báo cáo": unknown is not zero) and those whose member figure is partial.
QString nationalProvincesSentence(const QList<ProvinceStatistics> &provinces);

// "Phụ lục: SỐ LIỆU CỦA CÁC TỈNH, THÀNH PHỐ": A4 landscape, one row per
// province in GSO order (its name as stored: "Tỉnh Lào Cai", "Thành phố Huế"),
// then the row of what lies under no province if any, then "Tổng cộng" (the
// column sums of the rows above). Columns: TT, name, for each level in the
// campaign's scope the units with a team over the units ("95/98"), coverage
// (%), teams, members, training sessions, training participations, events,
// media outputs. Unknown is printed "–" (no team, or none reported its
// members; no activity recorded), never 0. Numbers in vi-VN form ("1.234").
Appendix provincesAppendix(const QList<ProvinceStatistics> &provinces, const CampaignStatistics &stats,
                           const OfficialDocument &doc);

} // namespace cds
