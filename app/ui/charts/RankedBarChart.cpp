#include "RankedBarChart.h"

#include "ChartAxes.h"
#include "common/ActivityPresentation.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>

#include <algorithm>
#include <cmath>

namespace cds {

RankedBarChart::RankedBarChart(const QString &objectName, const QString &title, const QColor &colour,
                               QWidget *parent)
    : ChartPanel(objectName, parent), m_colour(colour)
{
    setChartTitle(title);
    setMinimumSize(220, 280);
}

RankedBarChart::~RankedBarChart() = default;

void RankedBarChart::setItems(const QList<RankedItem> &items)
{
    clearChart();
    m_labels.clear();
    m_series = nullptr;
    // Largest on top: a horizontal bar chart draws its first category at the bottom.
    m_items = items;
    const QCollator collator = text::collator();
    std::stable_sort(m_items.begin(), m_items.end(), [&collator](const RankedItem &a, const RankedItem &b) {
        if (a.value.value != b.value.value)
            return a.value.value < b.value.value;
        return collator.compare(a.label, b.label) > 0;
    });
    if (m_items.isEmpty()) {
        setEmptyText(tr("No data"));
        return;
    }

    auto *set = new QBarSet(chart()->title());
    set->setColor(m_colour);
    set->setBorderColor(m_colour.darker(130));
    QStringList labels;
    qint64 maximum = 0;
    for (const RankedItem &item : std::as_const(m_items)) {
        set->append(double(item.value.value));
        labels << charts::wrappedLabel(item.label, 18);
        maximum = std::max(maximum, item.value.value);
    }
    m_series = new QHorizontalBarSeries;
    m_series->setBarWidth(0.7);
    m_series->append(set);
    chart()->addSeries(m_series);
    connect(m_series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_items.size())
            emit itemClicked(m_items[index].key);
    });
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (index >= 0 && index < m_items.size())
            showHoverTip(status, m_items[index].label + QStringLiteral(": ") + figureDisplayText(m_items[index].value));
    });

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->setTruncateLabels(false);
    categoryAxis->append(labels);
    categoryAxis->setGridLineVisible(false);
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);

    // Room after the longest bar for its label; "more than 20" needs more than "20".
    bool qualified = false;
    for (const RankedItem &item : std::as_const(m_items))
        qualified = qualified || item.value.qualifier != Qualifier::Exact;
    const double rangeMaximum = std::max(1.0, double(maximum) * (qualified ? 1.7 : 1.3));
    const double step = charts::niceStep(rangeMaximum, 4);
    auto *valueAxis = charts::makeValueAxis(std::floor(rangeMaximum / step) * step, step, rangeMaximum,
                                            [](double value) { return text::formatNumber(qint64(value)); });
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(valueAxis);

    for (const RankedItem &item : std::as_const(m_items))
        m_labels << addText(figureDisplayText(item.value), true);
    placeLabels();
}

void RankedBarChart::placeLabels()
{
    if (!m_series)
        return;
    for (qsizetype i = 0; i < m_items.size() && i < m_labels.size(); ++i) {
        const QPointF end = chart()->mapToPosition(QPointF(double(m_items[i].value.value), i), m_series);
        auto *label = m_labels[i];
        label->setPos(end.x() + 4, end.y() - label->boundingRect().height() / 2);
    }
}

} // namespace cds
