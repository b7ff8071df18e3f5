#pragma once

#include "statistics/CampaignStatistics.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;

namespace cds {

// A horizontal bar chart of members per district: the full Vietnamese
// district names sit on the vertical axis, where long names stay readable,
// the largest district on top; each bar ends with its count in vi-VN form.
class DistrictMembersChart : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictMembersChart(QWidget *parent = nullptr);
    ~DistrictMembersChart() override;

    void setDistricts(const QList<DistrictStatistics> &districts);

private:
    void placeLabels();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QList<DistrictStatistics> m_districts; // in axis order: bottom first
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace cds
