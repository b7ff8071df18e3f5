#include "CoverageChart.h"

#include "ChartAxes.h"
#include "common/LevelPresentation.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QStackedBarSeries>
#include <QVBoxLayout>

namespace cds {

namespace {
// Head room above 100 % for the two label lines.
constexpr double rangeMaximum = 122;
} // namespace

CoverageChart::CoverageChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitle(tr("Team coverage by level"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("coverageChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_chart, &QChart::plotAreaChanged, this, &CoverageChart::placeLabels);
}

CoverageChart::~CoverageChart() = default;

void CoverageChart::setLevels(const QList<LevelStatistics> &levels)
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
    m_levels = levels;
    if (levels.isEmpty())
        return;

    // One set per level, non-zero only in its own category: a stacked series
    // then draws one full-width bar per category, each in its level's colour.
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.6);
    QStringList categories;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QColor colour = levelColor(levels[i].level);
        auto *set = new QBarSet(levelName(levels[i].level));
        set->setColor(colour);
        set->setBorderColor(colour);
        for (qsizetype j = 0; j < levels.size(); ++j)
            set->append(i == j ? levels[i].coveragePercent() : 0.0);
        m_series->append(set);
        categories << levelShortName(levels[i].level);
    }
    m_chart->addSeries(m_series);

    auto *categoryAxis = new QBarCategoryAxis;
    // Qt Charts elides category labels that exceed its own estimate of the
    // space ("Cấp huy…"); names are short enough to be shown whole.
    categoryAxis->setTruncateLabels(false);
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(categoryAxis);

    auto *valueAxis = charts::makeValueAxis(
            100, 25, rangeMaximum, [](double value) { return text::formatPercent(value, 0); });
    m_chart->addAxis(valueAxis, Qt::AlignLeft);
    m_series->attachAxis(valueAxis);

    // Two centred lines above each bar: "173/173" (bold) and "100 %".
    QFont ratioFont = font();
    ratioFont.setBold(true);
    for (const auto &level : levels) {
        auto *ratio = new QGraphicsSimpleTextItem(level.coverageText(), m_chart);
        ratio->setFont(ratioFont);
        ratio->setBrush(palette().color(QPalette::WindowText));
        auto *percent = new QGraphicsSimpleTextItem(text::formatPercent(level.coveragePercent(), 1),
                                                    m_chart);
        percent->setFont(font());
        percent->setBrush(palette().color(QPalette::WindowText));
        m_labels << ratio << percent;
    }
    placeLabels();
}

void CoverageChart::placeLabels()
{
    if (!m_series)
        return;
    for (qsizetype i = 0; i < m_levels.size() && 2 * i + 1 < m_labels.size(); ++i) {
        const QPointF top =
                m_chart->mapToPosition(QPointF(i, m_levels[i].coveragePercent()), m_series);
        auto *ratio = m_labels[2 * i];
        auto *percent = m_labels[2 * i + 1];
        const QRectF ratioBox = ratio->boundingRect();
        const QRectF percentBox = percent->boundingRect();
        percent->setPos(top.x() - percentBox.width() / 2, top.y() - percentBox.height() - 4);
        ratio->setPos(top.x() - ratioBox.width() / 2,
                      top.y() - percentBox.height() - ratioBox.height() - 4);
    }
}

} // namespace cds
