#include "CoverageChart.h"

#include "ChartAxes.h"
#include "common/LevelPresentation.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QStackedBarSeries>

namespace cds {

namespace {
// Head room above 100 % for the two label lines.
constexpr double rangeMaximum = 124;
} // namespace

CoverageChart::CoverageChart(QWidget *parent) : ChartPanel(QStringLiteral("coverageChart"), parent)
{
    setChartTitle(tr("Team coverage by level"));
    setMinimumSize(240, 280);
}

CoverageChart::~CoverageChart() = default;

void CoverageChart::setLevels(const QList<LevelStatistics> &levels)
{
    clearChart();
    m_labels.clear();
    m_series = nullptr;
    m_levels = levels;
    if (levels.isEmpty()) {
        setEmptyText(tr("No data"));
        return;
    }

    // One set per level, non-zero only in its own category: a stacked series
    // then draws one full-width bar per category, each in its level's colour.
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.6);
    QStringList categories;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const AdminLevel level = levels[i].level;
        const QColor colour = levelColor(level);
        auto *set = new QBarSet(levelName(level));
        set->setColor(colour);
        set->setBorderColor(colour);
        for (qsizetype j = 0; j < levels.size(); ++j)
            set->append(i == j ? levels[i].coveragePercent() : 0.0);
        connect(set, &QBarSet::clicked, this, [this, level](int) { emit levelClicked(level); });
        const QString tip = tr("%1: %2 units with a team (%3)")
                                    .arg(levelName(level), levels[i].coverageText(),
                                         text::formatPercent(levels[i].coveragePercent(), 1));
        connect(set, &QBarSet::hovered, this, [this, tip](bool status, int) { showHoverTip(status, tip); });
        m_series->append(set);
        categories << levelShortName(level);
    }
    chart()->addSeries(m_series);

    auto *categoryAxis = new QBarCategoryAxis;
    // Qt Charts elides category labels that exceed its own estimate of the
    // space ("Cấp huy…"); names are short enough to be shown whole.
    categoryAxis->setTruncateLabels(false);
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(categoryAxis);

    auto *valueAxis = charts::makeValueAxis(100, 25, rangeMaximum,
                                            [](double value) { return text::formatPercent(value, 0); });
    chart()->addAxis(valueAxis, Qt::AlignLeft);
    m_series->attachAxis(valueAxis);

    // Two centred lines above each bar: "173/173" (bold) and "100,0 %".
    for (const auto &level : levels) {
        m_labels << addText(level.coverageText(), true) << addText(text::formatPercent(level.coveragePercent(), 1));
        m_labels.last()->setToolTip(levelName(level.level));
    }
    placeLabels();
}

void CoverageChart::placeLabels()
{
    if (!m_series)
        return;
    for (qsizetype i = 0; i < m_levels.size() && 2 * i + 1 < m_labels.size(); ++i) {
        const QPointF top = chart()->mapToPosition(QPointF(i, m_levels[i].coveragePercent()), m_series);
        auto *ratio = m_labels[2 * i];
        auto *percent = m_labels[2 * i + 1];
        const QRectF ratioBox = ratio->boundingRect();
        const QRectF percentBox = percent->boundingRect();
        percent->setPos(top.x() - percentBox.width() / 2, top.y() - percentBox.height() - 4);
        ratio->setPos(top.x() - ratioBox.width() / 2, top.y() - percentBox.height() - ratioBox.height() - 4);
    }
}

} // namespace cds
