#include "DistrictMembersChart.h"

#include "ChartAxes.h"
#include "common/LevelPresentation.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cds {

DistrictMembersChart::DistrictMembersChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitle(tr("Members per district"));
    m_chart->setMargins(QMargins(4, 4, 12, 4));

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("districtMembersChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_chart, &QChart::plotAreaChanged, this, &DistrictMembersChart::placeLabels);
}

DistrictMembersChart::~DistrictMembersChart() = default;

void DistrictMembersChart::setDistricts(const QList<DistrictStatistics> &districts)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_chart->removeAllSeries();
    m_series = nullptr;
    const auto axes = m_chart->axes();
    for (auto *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    // A horizontal bar chart draws its first category at the bottom; reverse
    // so that the largest district is on top.
    m_districts = districts;
    std::stable_sort(m_districts.begin(), m_districts.end(),
                     [](const DistrictStatistics &a, const DistrictStatistics &b) {
                         return a.members < b.members;
                     });
    if (m_districts.isEmpty())
        return;

    const QColor colour = levelColor(AdminLevel::District);
    auto *set = new QBarSet(tr("Members"));
    set->setColor(colour);
    set->setBorderColor(colour);
    QStringList names;
    qint64 maximum = 0;
    for (const auto &district : std::as_const(m_districts)) {
        set->append(static_cast<qreal>(district.members));
        names << district.name;
        maximum = std::max(maximum, district.members);
    }
    m_series = new QHorizontalBarSeries;
    m_series->setBarWidth(0.7);
    m_series->append(set);
    m_chart->addSeries(m_series);

    auto *categoryAxis = new QBarCategoryAxis;
    // Qt Charts elides category labels that exceed its own estimate of the
    // space ("Cấp huy…"); names are short enough to be shown whole.
    categoryAxis->setTruncateLabels(false);
    categoryAxis->append(names);
    categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);

    // Room after the longest bar for its count; ticks stop inside the range.
    const double rangeMaximum = std::max(1.0, static_cast<double>(maximum) * 1.14);
    const double step = charts::niceStep(rangeMaximum, 6);
    const double tickMaximum = std::floor(rangeMaximum / step) * step;
    auto *valueAxis = charts::makeValueAxis(tickMaximum, step, rangeMaximum, [](double value) {
        return text::formatNumber(static_cast<qint64>(value));
    });
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(valueAxis);

    for (const auto &district : std::as_const(m_districts)) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setText(text::formatNumber(district.members));
        label->setFont(font());
        label->setBrush(palette().color(QPalette::WindowText));
        m_labels.append(label);
    }
    placeLabels();
}

void DistrictMembersChart::placeLabels()
{
    if (!m_series)
        return;
    for (qsizetype i = 0; i < m_labels.size() && i < m_districts.size(); ++i) {
        const QPointF end = m_chart->mapToPosition(
                QPointF(static_cast<qreal>(m_districts[i].members), i), m_series);
        auto *label = m_labels[i];
        label->setPos(end.x() + 6, end.y() - label->boundingRect().height() / 2);
    }
}

} // namespace cds
