#include "dashboard/DashboardFigures.h"

#include "units/UnitHistory.h"

namespace cds {

DashboardFigures readDashboardFigures(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                                      const QList<CampaignSummary> &campaigns)
{
    DashboardFigures figures;
    if (!computeCampaignStatistics(db, campaignId, options, &figures.statistics, &figures.error)
        || !collectLagList(db, campaignId, options, &figures.lag, &figures.error)
        || !DashboardStore(db).guidelineWarnings(campaignId, options, &figures.warnings, &figures.error)) {
        const QString error = figures.error;
        figures = DashboardFigures();
        figures.error = error;
        return figures;
    }
    // The same weeks of the previous campaign.
    const int previousId = previousCampaignId(db, campaignId);
    for (const CampaignSummary &campaign : campaigns) {
        if (campaign.id != previousId)
            continue;
        const StatisticsOptions previousOptions = options.shiftedByYears(campaign.year - figures.statistics.year);
        if (!computeCampaignStatistics(db, previousId, previousOptions, &figures.previous, nullptr))
            figures.previous = CampaignStatistics();
    }
    // Compared with a province merged into this one (2025 reform): the old
    // units are mapped to the new ones.
    if (figures.previous.campaignId != 0)
        figures.comparisonNote = units::comparisonNote(db, campaignId, figures.previous.campaignId);
    return figures;
}

} // namespace cds
