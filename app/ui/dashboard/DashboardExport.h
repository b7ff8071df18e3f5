#pragma once

#include "statistics/CampaignStatistics.h"

#include <QImage>
#include <QPageLayout>
#include <QSize>
#include <QString>

class QPrinter;

namespace cds {

class Database;

// Size of the exported dashboard picture, in logical pixels (the PNG's size in pixels).
inline constexpr QSize dashboardExportSize{ 1600, 1000 };
// The dashboard laid out for paper: A4 landscape proportions (297 : 210).
inline constexpr QSize dashboardPageSize{ 1600, 1131 };

// A4 landscape with 10 mm margins: the dashboard's PDF and printed page.
QPageLayout dashboardPageLayout();

// Draws the dashboard of a campaign offscreen (no window is shown; works on
// the offscreen platform) with the given filters. Returns false and sets
// error (translated) when the statistics cannot be computed.
bool renderDashboardImage(const Database &database, int campaignId, QImage *out, QString *error,
                          const StatisticsOptions &options = {});

// Writes the dashboard to path: a PNG (dashboardExportSize) or, when path ends
// in ".pdf", one A4 landscape PDF page with the widgets drawn as vectors. An
// existing file is replaced only when writing succeeded. Returns false and
// sets error (translated) on failure.
bool exportDashboard(const Database &database, int campaignId, const QString &path, QString *error,
                     const StatisticsOptions &options = {});

// Prints the dashboard on one page of printer, laid out as the PDF is, at
// the printer's resolution (vectors). The caller sets up the printer
// (dashboardPageLayout()). Returns false and sets error on failure.
bool printDashboard(const Database &database, int campaignId, QPrinter *printer, QString *error,
                    const StatisticsOptions &options = {});

} // namespace cds
