#include "TrainingTimelineChart.h"

#include "ChartAxes.h"
#include "common/ActivityPresentation.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

namespace cds {

TrainingTimelineChart::TrainingTimelineChart(QWidget *parent)
    : ChartPanel(QStringLiteral("trainingTimelineChart"), parent)
{
    setChartTitle(tr("Trainings and trainees per month"));
    setMinimumSize(240, 280);
}

TrainingTimelineChart::~TrainingTimelineChart() = default;

void TrainingTimelineChart::setMonths(const QList<MonthlyTraining> &months)
{
    clearChart();
    m_sessionLabels.clear();
    m_traineeLabels.clear();
    m_sessions = nullptr;
    m_trainees = nullptr;
    m_months = months;
    if (months.isEmpty()) {
        setEmptyText(tr("No dated trainings"));
        return;
    }

    auto *sessions = new QBarSet(tr("Training sessions"));
    const QColor sessionColour = charts::accentColor(0);
    sessions->setColor(sessionColour);
    sessions->setBorderColor(sessionColour.darker(130));
    m_trainees = new QLineSeries;
    m_trainees->setName(tr("Trainees"));
    QPen linePen(charts::accentColor(1));
    linePen.setWidthF(2.5);
    linePen.setStyle(Qt::DashLine);
    m_trainees->setPen(linePen);
    m_trainees->setPointsVisible(true);
    m_trainees->setMarkerSize(9);

    QStringList categories;
    int maxSessions = 0;
    qint64 maxTrainees = 0;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthlyTraining &month = months[i];
        sessions->append(month.sessions);
        m_trainees->append(double(i), double(month.trainees.value));
        categories << month.month.toString(QStringLiteral("MM/yyyy"));
        maxSessions = std::max(maxSessions, month.sessions);
        maxTrainees = std::max(maxTrainees, month.trainees.value);
    }
    m_sessions = new QBarSeries;
    m_sessions->setBarWidth(0.55);
    m_sessions->append(sessions);
    chart()->addSeries(m_sessions);
    chart()->addSeries(m_trainees);
    setLegend({{sessions->label(), sessions->brush(), QPen(sessions->borderColor())},
               {m_trainees->name(), QBrush(), linePen, true}});

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->setTruncateLabels(false);
    monthAxis->append(categories);
    monthAxis->setGridLineVisible(false);
    // Many months: vertical labels keep them from running into each other.
    if (months.size() > 8)
        monthAxis->setLabelsAngle(-90);
    chart()->addAxis(monthAxis, Qt::AlignBottom);
    m_sessions->attachAxis(monthAxis);
    m_trainees->attachAxis(monthAxis);

    // Head room above the tallest bar and point for their labels.
    const auto valueAxis = [](double maximum) {
        const double range = std::max(1.0, maximum * 1.22);
        const double step = charts::niceStep(range, 4);
        return charts::makeValueAxis(std::floor(range / step) * step, step, range,
                                     [](double value) { return text::formatNumber(qint64(value)); });
    };
    auto *sessionAxis = valueAxis(maxSessions);
    chart()->addAxis(sessionAxis, Qt::AlignLeft);
    m_sessions->attachAxis(sessionAxis);
    auto *traineeAxis = valueAxis(double(maxTrainees));
    traineeAxis->setGridLineVisible(false);
    chart()->addAxis(traineeAxis, Qt::AlignRight);
    m_trainees->attachAxis(traineeAxis);

    const auto clickedAt = [this](int index) {
        if (index >= 0 && index < m_months.size())
            emit monthClicked(m_months[index].month);
    };
    connect(m_sessions, &QBarSeries::clicked, this, [clickedAt](int index, QBarSet *) { clickedAt(index); });
    connect(m_trainees, &QLineSeries::clicked, this,
            [clickedAt](const QPointF &point) { clickedAt(int(std::lround(point.x()))); });
    const auto tipAt = [this](int index) {
        const MonthlyTraining &m = m_months[index];
        return tr("%1: %2 session(s), %3 trainee(s)", nullptr, m.sessions)
                .arg(m.month.toString(QStringLiteral("MM/yyyy")), text::formatNumber(m.sessions),
                     figureDisplayText(m.trainees));
    };
    connect(m_sessions, &QBarSeries::hovered, this, [this, tipAt](bool status, int index, QBarSet *) {
        if (index >= 0 && index < m_months.size())
            showHoverTip(status, tipAt(index));
    });
    connect(m_trainees, &QLineSeries::hovered, this, [this, tipAt](const QPointF &point, bool state) {
        const int index = int(std::lround(point.x()));
        if (index >= 0 && index < m_months.size())
            showHoverTip(state, tipAt(index));
    });

    for (const MonthlyTraining &month : std::as_const(m_months)) {
        m_sessionLabels << (month.sessions > 0 ? addText(text::formatNumber(month.sessions), true) : nullptr);
        m_traineeLabels << (month.trainees.value > 0 ? addText(figureDisplayText(month.trainees)) : nullptr);
        if (m_traineeLabels.last())
            m_traineeLabels.last()->setBrush(charts::accentColor(1).darker(140));
    }
    placeLabels();
}

void TrainingTimelineChart::placeLabels()
{
    if (!m_sessions)
        return;
    for (qsizetype i = 0; i < m_months.size() && i < m_sessionLabels.size(); ++i) {
        // The session count sits inside its bar, at the foot, where the
        // trainees' line never passes; the trainees' figure above its point.
        if (auto *label = m_sessionLabels[i]) {
            const QPointF top = chart()->mapToPosition(QPointF(i, m_months[i].sessions), m_sessions);
            const QPointF foot = chart()->mapToPosition(QPointF(i, 0), m_sessions);
            const QRectF box = label->boundingRect();
            const bool fits = foot.y() - top.y() >= box.height() + 4;
            label->setPos(top.x() - box.width() / 2, fits ? foot.y() - box.height() - 2 : top.y() - box.height() - 2);
        }
        if (auto *label = m_traineeLabels[i]) {
            const QPointF point = chart()->mapToPosition(QPointF(i, double(m_months[i].trainees.value)), m_trainees);
            const QRectF box = label->boundingRect();
            const QRectF area = chart()->plotArea();
            const double x = std::clamp(point.x() - box.width() / 2, area.left(), area.right() - box.width());
            label->setPos(x, point.y() - box.height() - 6);
        }
    }
}

} // namespace cds
