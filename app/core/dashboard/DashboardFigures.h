#pragma once

#include "dashboard/DashboardStore.h"
#include "dashboard/LagListDocument.h"
#include "statistics/CampaignStatistics.h"
#include "teams/TeamStore.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace cds {

// Everything the dashboard shows for one campaign and one choice of filters,
// read in one go so that it can be read on a worker thread (DatabaseWorker)
// and handed to the page when done.
struct DashboardFigures
{
    CampaignStatistics statistics;
    // The previous campaign's figures with the same filters, its period moved
    // by the difference in years; campaignId 0 when there is none.
    CampaignStatistics previous;
    QList<LagLevel> lag;
    QList<GuidelineWarning> warnings;
    // Translated (units::comparisonNote); empty when there is nothing to say.
    QString comparisonNote;
    QString error; // translated; the figures are empty when set
};

// Reads the figures of campaignId with options: computeCampaignStatistics()
// of the campaign and of the previous one among campaigns (the database's
// campaigns, as TeamStore::campaigns() lists them), the lag list and the
// guideline warnings. Seconds at national size: the window runs it on a worker.
DashboardFigures readDashboardFigures(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                                      const QList<CampaignSummary> &campaigns);

} // namespace cds

Q_DECLARE_METATYPE(cds::DashboardFigures)
