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
// are its communes: the maximumBars - 1 with most members, the rest summed in
// one last bar ("Other communes (88)") so that every name stays readable.
class DistrictMembersChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit DistrictMembersChart(QWidget *parent = nullptr);
    ~DistrictMembersChart() override;

    // Areas of level (districts, or communes), sorted by members descending.
    void setDistricts(const QList<DistrictStatistics> &districts, AdminLevel level = AdminLevel::District);

    static constexpr int maximumBars = 15;

signals:
    // A district's (or commune's) bars; never the bar of the rest.
    void districtClicked(int districtId);

protected:
    void placeLabels() override;

private:
    QHorizontalBarSeries *m_series = nullptr;
    QList<DistrictStatistics> m_districts; // in axis order: bottom first
    QList<QGraphicsSimpleTextItem *> m_memberLabels;
    QList<QGraphicsSimpleTextItem *> m_teamLabels;
};

} // namespace cds
