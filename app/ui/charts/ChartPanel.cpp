#include "ChartPanel.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImageWriter>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace cds {

namespace charts {

QColor accentColor(int index)
{
    switch (index % 4) {
    case 0:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case 1:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case 2:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    default:
        return QColor(0x4D, 0x4D, 0x4D); // dark grey
    }
}

QBrush hatchedBrush(const QColor &colour)
{
    return QBrush(colour.darker(130), Qt::BDiagPattern);
}

QString wrappedLabel(const QString &label, int maxCharacters)
{
    const QStringList words = label.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxCharacters) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace charts

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(4, 4, 12, 4));
    m_chart->setBackgroundRoundness(0);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(objectName + QStringLiteral("SaveButton"));
    m_saveButton->setText(QStringLiteral("⤓"));
    m_saveButton->setToolTip(tr("Save this chart as a picture"));
    m_saveButton->setAutoRaise(true);
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_saveButton);
    QAction *savePng = menu->addAction(tr("Save as PNG…"));
    savePng->setObjectName(objectName + QStringLiteral("SavePngAction"));
    connect(savePng, &QAction::triggered, this, [this] { saveAs(QStringLiteral("png")); });
    QAction *saveSvg = menu->addAction(tr("Save as SVG…"));
    saveSvg->setObjectName(objectName + QStringLiteral("SaveSvgAction"));
    connect(saveSvg, &QAction::triggered, this, [this] { saveAs(QStringLiteral("svg")); });
    m_saveButton->setMenu(menu);

    connect(m_chart, &QChart::plotAreaChanged, this, &ChartPanel::onPlotAreaChanged);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setChartTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void ChartPanel::setLegend(const QList<LegendEntry> &entries, bool stacked)
{
    m_legendStacked = stacked;
    qDeleteAll(m_legendItems);
    m_legendItems.clear();
    const int swatch = fontMetrics().height() - 4;
    for (const LegendEntry &entry : entries) {
        QGraphicsItem *mark = nullptr;
        if (entry.line) {
            auto *line = new QGraphicsLineItem(0, swatch / 2.0, 2.0 * swatch, swatch / 2.0, m_chart);
            line->setPen(entry.pen);
            mark = line;
        } else {
            auto *box = new QGraphicsRectItem(0, 0, swatch, swatch, m_chart);
            box->setBrush(entry.brush);
            box->setPen(entry.pen);
            mark = box;
        }
        auto *label = new QGraphicsSimpleTextItem(entry.text, m_chart);
        label->setFont(font());
        label->setBrush(palette().color(QPalette::WindowText));
        mark->setZValue(1000);
        label->setZValue(1000);
        m_legendItems << mark << label;
    }
    QMargins margins = m_chart->margins();
    const int lines = entries.isEmpty() ? 0 : stacked ? int(entries.size()) : 1;
    margins.setBottom(lines == 0 ? 4 : lines * (fontMetrics().height() + 2) + 8);
    m_chart->setMargins(margins);
    placeLegend();
}

void ChartPanel::placeLegend()
{
    if (m_legendItems.isEmpty())
        return;
    const double gap = 14;
    double total = 0;
    for (qsizetype i = 0; i + 1 < m_legendItems.size(); i += 2)
        total += m_legendItems[i]->boundingRect().width() + 5 + m_legendItems[i + 1]->boundingRect().width() + gap;
    total -= gap;
    const QRectF chartRect = m_chart->rect();
    const double height = fontMetrics().height();
    if (m_legendStacked) {
        double widest = 0;
        for (qsizetype i = 0; i + 1 < m_legendItems.size(); i += 2)
            widest = std::max(widest, m_legendItems[i]->boundingRect().width() + 5 + m_legendItems[i + 1]->boundingRect().width());
        const double left = std::max(4.0, chartRect.center().x() - widest / 2);
        double y = chartRect.bottom() - (m_legendItems.size() / 2) * (height + 2) - 4;
        for (qsizetype i = 0; i + 1 < m_legendItems.size(); i += 2) {
            m_legendItems[i]->setPos(left, y + (height - m_legendItems[i]->boundingRect().height()) / 2);
            m_legendItems[i + 1]->setPos(left + m_legendItems[i]->boundingRect().width() + 5, y);
            y += height + 2;
        }
        return;
    }
    double x = chartRect.center().x() - total / 2;
    const double y = chartRect.bottom() - height - 4;
    for (qsizetype i = 0; i + 1 < m_legendItems.size(); i += 2) {
        QGraphicsItem *mark = m_legendItems[i];
        QGraphicsItem *label = m_legendItems[i + 1];
        mark->setPos(x, y + (height - mark->boundingRect().height()) / 2);
        x += mark->boundingRect().width() + 5;
        label->setPos(x, y);
        x += label->boundingRect().width() + gap;
    }
}

void ChartPanel::clearChart()
{
    setLegend({});
    qDeleteAll(m_texts);
    m_texts.clear();
    m_emptyText = nullptr;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (auto *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

QGraphicsSimpleTextItem *ChartPanel::addText(const QString &text, bool bold)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    QFont itemFont = font();
    itemFont.setBold(bold);
    item->setFont(itemFont);
    item->setBrush(palette().color(QPalette::WindowText));
    // Above the series, which Qt Charts stacks over the chart's children.
    item->setZValue(1000);
    m_texts << item;
    return item;
}

void ChartPanel::setEmptyText(const QString &text)
{
    m_emptyText = addText(text);
    onPlotAreaChanged();
}

void ChartPanel::onPlotAreaChanged()
{
    if (m_emptyText) {
        const QRectF area = m_chart->plotArea();
        const QRectF box = m_emptyText->boundingRect();
        m_emptyText->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
    }
    placeLegend();
    placeLabels();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QSize hint = m_saveButton->sizeHint();
    m_saveButton->setGeometry(width() - hint.width() - 2, 2, hint.width(), hint.height());
    m_saveButton->raise();
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    m_saveButton->menu()->exec(event->globalPos());
}

void ChartPanel::showHoverTip(bool show, const QString &text)
{
    if (show)
        QToolTip::showText(QCursor::pos(), text, this);
    else
        QToolTip::hideText();
}

void ChartPanel::setSaveButtonVisible(bool visible)
{
    m_saveButton->setVisible(visible);
}

bool ChartPanel::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size());
        svg.setViewBox(QRect(QPoint(0, 0), size()));
        svg.setTitle(m_chart->title());
        svg.setDescription(QStringLiteral("CDS Desk"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot draw the chart into %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        m_view->render(&painter);
        painter.end();
    } else {
        QImage image(pngSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pngScale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            if (error)
                *error = tr("Cannot write the picture %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ChartPanel::saveAs(const QString &extension)
{
    const QString filter = extension == u"svg" ? tr("SVG drawing (*.svg)") : tr("PNG picture (*.png)");
    QString path = FileDialog::getSaveFileName(this, tr("Save chart"),
                                               QDir::home().filePath(objectName() + u'.' + extension), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    QString error;
    if (!exportTo(path, &error))
        MessageBox::warning(this, tr("Save chart"), error);
}

} // namespace cds
