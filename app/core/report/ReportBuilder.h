#pragma once

#include "report/OfficialDocument.h"

#include <QSqlDatabase>
#include <QString>

namespace cds {

// Builds the official report of a campaign from its data, its report record
// and the letterhead, in the structure of the reference report (Quảng Ngãi
// 2022): I. the main event; II. other activities (1. communication,
// 2. teams, training and other events); III. recommendations.
// Every figure comes from computeCampaignStatistics() or from the records.
// Returns false and sets error (Vietnamese) when the campaign or a query fails.
bool buildReportDocument(const QSqlDatabase &db, int campaignId, OfficialDocument *out, QString *error);

} // namespace cds
