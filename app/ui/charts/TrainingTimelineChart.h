#pragma once

#include "ChartPanel.h"
#include "statistics/CampaignStatistics.h"

#include <QList>

class QBarSeries;
class QLineSeries;

namespace cds {

// Trainings over time: the sessions per month as bars (left axis) and the
// trainees per month as a dashed line with points (right axis), months
// labelled "10/2022". Every non-zero value is written beside its bar or
// point. Clicking a month asks for its sessions.
class TrainingTimelineChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TrainingTimelineChart(QWidget *parent = nullptr);
    ~TrainingTimelineChart() override;

    void setMonths(const QList<MonthlyTraining> &months);

signals:
    // month: the first day of the month clicked.
    void monthClicked(const QDate &month);

protected:
    void placeLabels() override;

private:
    QBarSeries *m_sessions = nullptr;
    QLineSeries *m_trainees = nullptr;
    QList<MonthlyTraining> m_months;
    QList<QGraphicsSimpleTextItem *> m_sessionLabels;  // one per month (null for zero)
    QList<QGraphicsSimpleTextItem *> m_traineeLabels;
};

} // namespace cds
