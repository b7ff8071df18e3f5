#pragma once

#include "ChartPanel.h"
#include "statistics/CampaignStatistics.h"

#include <QList>

class QStackedBarSeries;

namespace cds {

// A bar chart of team coverage per administrative level (units with a team /
// all units, in percent), one bar per present level in the level's colour,
// labelled "173/173" and "100,0 %" above the bar, so that grey print keeps
// every figure. Clicking a bar asks for the units of that level.
class CoverageChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit CoverageChart(QWidget *parent = nullptr);
    ~CoverageChart() override;

    void setLevels(const QList<LevelStatistics> &levels);

signals:
    void levelClicked(cds::AdminLevel level);

protected:
    void placeLabels() override;

private:
    QStackedBarSeries *m_series = nullptr;
    QList<LevelStatistics> m_levels;
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace cds
