#pragma once

#include "statistics/CampaignStatistics.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QStackedBarSeries;

namespace cds {

// A bar chart of team coverage per administrative level (units with a team /
// all units, in percent), one bar per present level in the level's colour,
// labelled "173/173" and "100,0 %" above the bar.
class CoverageChart : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageChart(QWidget *parent = nullptr);
    ~CoverageChart() override;

    void setLevels(const QList<LevelStatistics> &levels);

private:
    void placeLabels();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QStackedBarSeries *m_series = nullptr;
    QList<LevelStatistics> m_levels;
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace cds
