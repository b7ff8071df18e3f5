#pragma once

#include "records/RecordKind.h"

namespace cds {

// Campaigns (issue #3): name, year, dates, province, the plan and guidance the
// report cites. Other campaign figures and recommendations belong to a campaign.
std::unique_ptr<RecordKind> createCampaignKind();
std::unique_ptr<RecordKind> createCampaignFigureKind();
std::unique_ptr<RecordKind> createRecommendationKind();

// Opens the campaign form (id 0: a new campaign), as the main window's
// "New campaign…" does on an empty database. Returns the saved change group
// (0: cancelled) and the campaign's id in *savedId.
qint64 editCampaign(QWidget *parent, const RecordContext &context, qint64 id, qint64 *savedId = nullptr);

} // namespace cds
