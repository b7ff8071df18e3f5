#pragma once

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPen>
#include <QSize>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QToolButton;

namespace cds {

namespace charts {

// Colours for series that are not administrative levels (the levels keep
// levelColor()). Okabe–Ito, like the levels, and of different lightness so
// that they stay apart in grey print: 0 sky blue, 1 vermillion, 2 yellow,
// 3 dark grey.
QColor accentColor(int index);
// A hatched brush in colour: for a second series beside a solid one, so the
// two stay apart in grey print and for colour-blind readers.
QBrush hatchedBrush(const QColor &colour);
// A category label broken at spaces into lines of about maxCharacters, as
// rich text ("<br>" between lines), so that a long name stays whole in a
// narrow chart instead of running off its edge. Never cuts a word.
QString wrappedLabel(const QString &label, int maxCharacters = 20);

} // namespace charts

// Base of every dashboard chart: a QChartView with the chart's title inside
// the picture, value labels drawn as text items (vi-VN numbers, which Qt
// Charts' printf-style formats cannot write), a text for "no data", and
// saving the chart as PNG or SVG (a button in the corner and the context menu).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // The panel is named objectName, its view objectName + "View" and its
    // save button objectName + "SaveButton" (tests find them by these names).
    ChartPanel(const QString &objectName, QWidget *parent = nullptr);
    ~ChartPanel() override;

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

    // PNGs are written at this multiple of the panel's size in pixels.
    static constexpr int pngScale = 2;
    QSize pngSize() const { return size() * pngScale; }

    // Writes the chart as shown to path: SVG when path ends in ".svg" (the
    // panel's size in pixels as the SVG's size), else PNG (pngSize()). An
    // existing file is replaced only when writing succeeded. Returns false and
    // sets error (translated) on failure.
    bool exportTo(const QString &path, QString *error) const;

    // Hides the save button (exported pictures of the whole dashboard).
    void setSaveButtonVisible(bool visible);

    // The title drawn inside the chart (and so in its exported pictures).
    void setChartTitle(const QString &title);

protected:
    // Removes every series, axis and text item.
    void clearChart();
    // A text item on the chart, in the panel's font and text colour.
    QGraphicsSimpleTextItem *addText(const QString &text, bool bold = false);
    // Shown in the middle of the plot area while the chart has no data.
    void setEmptyText(const QString &text);
    // One entry of the legend under the plot: a swatch in brush (a short line
    // in pen when line is true) and its text.
    struct LegendEntry
    {
        QString text;
        QBrush brush;
        QPen pen;
        bool line = false;
    };
    // Draws the legend as plain text and shapes (QLegend's markers go
    // missing in PDF output); an empty list removes it.
    // stacked: one entry per line (long texts), else one centred row.
    void setLegend(const QList<LegendEntry> &entries, bool stacked = false);
    // Shows text as the tool tip at the mouse while show is true (hover signals).
    void showHoverTip(bool show, const QString &text);
    // Places the text items; called whenever the plot area moves.
    virtual void placeLabels() { }

    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onPlotAreaChanged();
    void saveAs(const QString &extension);

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QToolButton *m_saveButton = nullptr;
    QList<QGraphicsSimpleTextItem *> m_texts;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
    QList<QGraphicsItem *> m_legendItems; // swatch, text, swatch, text…
    bool m_legendStacked = false;
    void placeLegend();
};

} // namespace cds
