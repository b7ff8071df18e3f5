#pragma once

#include "ChartPanel.h"
#include "domain/Figure.h"

#include <QColor>
#include <QList>

class QHorizontalBarSeries;

namespace cds {

// One bar of a RankedBarChart.
struct RankedItem
{
    QString key;    // what itemClicked() reports (a storage code or a name)
    QString label;  // shown whole on the vertical axis
    Figure value;   // bar length; its label shows the qualifier ("hơn 20")
};

// Horizontal bars sorted largest on top, the full label of each item on the
// vertical axis and its figure (vi-VN) at the end of the bar: media outputs
// by kind and by outlet. Clicking a bar asks for the rows behind it.
class RankedBarChart : public ChartPanel
{
    Q_OBJECT

public:
    RankedBarChart(const QString &objectName, const QString &title, const QColor &colour,
                   QWidget *parent = nullptr);
    ~RankedBarChart() override;

    void setItems(const QList<RankedItem> &items);

signals:
    void itemClicked(const QString &key);

protected:
    void placeLabels() override;

private:
    QColor m_colour;
    QHorizontalBarSeries *m_series = nullptr;
    QList<RankedItem> m_items; // in axis order: bottom first
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace cds
