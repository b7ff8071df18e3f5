#pragma once

#include "ChartPanel.h"
#include "statistics/CampaignStatistics.h"

#include <QList>

class QHorizontalBarSeries;

namespace cds {

// Horizontal bars of the members (solid, district colour) and teams (hatched)
// per district: the full Vietnamese district names sit on the vertical axis,
// where long names stay readable, the district with most members on top; each
// bar ends with its count in vi-VN form. Clicking a district's bars asks for
// its teams. In a two-level province (no districts since 01/07/2025) the bars
// are its communes. Only as many bars as the chart's height gives each name a
// line of its own are drawn (at most maximumBars): the first with most
// members, the rest summed in one last bar ("Other districts (12)"), so that
// every name is read, at 1366×768 and at 150 % display scaling alike (Qt
// Charts drops every other label of a crowded axis).
class DistrictMembersChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit DistrictMembersChart(QWidget *parent = nullptr);
    ~DistrictMembersChart() override;

    // Areas of level (districts, or communes), sorted by members descending.
    void setDistricts(const QList<DistrictStatistics> &districts, AdminLevel level = AdminLevel::District);

    static constexpr int maximumBars = 15;
    static constexpr int minimumBars = 3;
    // The bars drawn now (the last may be the rest's), for tests.
    qsizetype barCount() const { return m_districts.size(); }

signals:
    // A district's (or commune's) bars; never the bar of the rest.
    void districtClicked(int districtId);

protected:
    void placeLabels() override;

private:
    void rebuild();
    // The bars whose names fit one per line in the plot area's height.
    int barsThatFit() const;

    QList<DistrictStatistics> m_allDistricts; // as given, most members first
    AdminLevel m_level = AdminLevel::District;
    int m_barLimit = maximumBars;
    bool m_rebuildPending = false;
    QHorizontalBarSeries *m_series = nullptr;
    QList<DistrictStatistics> m_districts; // in axis order: bottom first
    QList<QGraphicsSimpleTextItem *> m_memberLabels;
    QList<QGraphicsSimpleTextItem *> m_teamLabels;
};

} // namespace cds
