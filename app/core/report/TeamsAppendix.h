#pragma once

#include "report/OfficialDocument.h"

#include <QSqlDatabase>
#include <QString>

namespace cds {

// The report's appendix "Danh sách Tổ Công nghệ số cộng đồng cấp tỉnh, huyện,
// xã": every team of the campaign above the village level with its unit,
// leader, members and member count. The title names the levels that have
// teams, the province level as "thành phố" for a centrally-run city (GLOSSARY).
// The count is the one computeCampaignStatistics() counts, with its qualifier
// ("hơn 15"); a team that has not reported its members reads "Chưa báo cáo".
// Village teams are many hundreds; their totals are in the report body.
// doc gives the guide line "(Kèm theo Báo cáo số …)" (Decree 30, Appendix I,
// item 31). Returns false and sets error (translated) when a query fails.
bool buildTeamsAppendix(const QSqlDatabase &db, int campaignId, const OfficialDocument &doc, Appendix *out,
                        QString *error);

// "(Kèm theo Báo cáo số 05/BC-STTTT ngày 07/10/2022 của Sở …)" under an
// appendix's title (Decree 30, Appendix I, item 31); a draft leaves the number
// and day blank. NFC.
QString appendixGuideLine(const OfficialDocument &doc);

} // namespace cds
