#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace cds {

class Database;

// Size of the exported dashboard, in logical pixels (the PNG's size in pixels).
inline constexpr QSize dashboardExportSize{ 1600, 1000 };

// Draws the dashboard of a campaign offscreen (no window is shown; works on
// the offscreen platform). Returns false and sets error (Vietnamese) when the
// statistics cannot be computed.
bool renderDashboardImage(const Database &database, int campaignId, QImage *out, QString *error);

// Writes the dashboard to path: a PNG (dashboardExportSize) or, when path ends
// in ".pdf", an A4 landscape PDF with the widgets drawn as vectors. An
// existing file is replaced only when writing succeeded. Returns false and
// sets error (Vietnamese) on failure.
bool exportDashboard(const Database &database, int campaignId, const QString &path, QString *error);

} // namespace cds
