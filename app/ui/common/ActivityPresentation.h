#pragma once

#include "dashboard/DashboardStore.h"
#include "domain/Figure.h"

#include <QString>

// Translated names of the activity codes stored in the database and the UI's
// forms of figures, shared by the dashboard, its charts and its lists.
namespace cds {

// "News items" for 'news', "TV reports" for 'tv_report', … (media_output.kind).
QString mediaKindName(const QString &kind);
// "Workshop" for 'workshop', … (event.kind).
QString eventKindName(const QString &kind);
// "In person", "Online", "Hybrid" (training_session.mode, event.mode).
QString activityModeName(const QString &mode);
// "In person", "Online", "Livestream views".
QString audienceChannelName(AudienceChannel channel);

// A figure with its qualifier in the UI language: "more than 4,500" in
// English UI words but always vi-VN digits ("hơn 4.500" in Vietnamese).
QString figureDisplayText(const Figure &figure);

// The change of a figure against an earlier campaign, as a tile shows it:
// "▲ +12 vs 2021", "▼ −3 vs 2021", "= unchanged from 2021" (vi-VN digits).
// The arrow carries the direction without colour (colour-blind readers, grey print).
QString changeText(qint64 current, qint64 previous, int previousYear);

} // namespace cds
