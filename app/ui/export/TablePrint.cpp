#include "TablePrint.h"

#include "text/VietnameseText.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrinter>

#include <algorithm>
#include <numeric>

namespace cds {

namespace {

constexpr double bodyPointSize = 9.5;
constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignTop;

// The widths of the columns in device pixels: each column's natural width
// (its widest text) when they all fit; otherwise the widest columns are cut
// to one common width, the largest that fits, and wrap their text (the
// narrow ones, numbers and codes, keep theirs).
QList<double> columnWidths(const QList<double> &natural, double available)
{
    QList<double> widths = natural;
    if (natural.isEmpty())
        return widths;
    const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (total <= available) {
        // The spare room goes to the widest column (usually the name).
        const auto widest = std::max_element(widths.begin(), widths.end());
        *widest += available - total;
        return widths;
    }
    QList<double> sorted = natural;
    std::sort(sorted.begin(), sorted.end());
    double cap = available / double(sorted.size());
    double below = 0; // the natural widths under the cap
    for (int i = 0; i < sorted.size(); ++i) {
        const double candidate = (available - below) / double(sorted.size() - i);
        if (sorted[i] > candidate) {
            cap = candidate;
            break;
        }
        below += sorted[i];
    }
    for (double &width : widths)
        width = std::min(width, cap);
    return widths;
}

} // namespace

TablePrint::Table TablePrint::fromModel(const QAbstractItemModel &model, const QString &title,
                                        const QStringList &headingLines)
{
    Table table;
    table.title = title;
    table.headingLines = headingLines;
    table.headers << tr("No.");
    table.rightAligned << true;
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column) {
        table.headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const QModelIndex first = model.index(0, column);
        table.rightAligned << (first.isValid()
                               && (first.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
    }
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QStringList cells{ text::formatNumber(row + 1) };
        for (int column = 0; column < columns; ++column)
            cells << model.index(row, column).data(Qt::DisplayRole).toString();
        table.rows << cells;
    }
    return table;
}

int TablePrint::print(QPrinter *printer, const Table &table)
{
    QPainter painter;
    if (!painter.begin(printer))
        return 0;
    const QRectF page(QPointF(0, 0),
                      printer->pageLayout().paintRectPixels(printer->resolution()).size());
    const double mm = printer->resolution() / 25.4;
    const double padding = 1.2 * mm;

    QFont body = QApplication::font();
    body.setPointSizeF(bodyPointSize);
    QFont bold = body;
    bold.setBold(true);
    QFont titleFont = bold;
    titleFont.setPointSizeF(13);
    const QFontMetricsF bodyMetrics(body, printer);
    const QFontMetricsF boldMetrics(bold, printer);
    const QFontMetricsF titleMetrics(titleFont, printer);

    // Natural widths: the header (bold) or the cells of each column, the
    // cells taken at their 90th percentile so that a few long names wrap
    // rather than widen a column for every row; at most half the page.
    const int columnCount = int(table.headers.size());
    QList<double> natural(columnCount, 0.0);
    for (int column = 0; column < columnCount; ++column) {
        QList<double> cells;
        cells.reserve(table.rows.size());
        for (const QStringList &row : table.rows)
            cells << (column < row.size() ? bodyMetrics.horizontalAdvance(row[column]) : 0.0);
        std::sort(cells.begin(), cells.end());
        const double typical = cells.isEmpty() ? 0.0 : cells[int((cells.size() - 1) * 0.9)];
        natural[column] = std::max(typical, boldMetrics.horizontalAdvance(table.headers[column]));
    }
    for (double &width : natural)
        width = std::min(width + 2 * padding + 1, page.width() / 2);
    const QList<double> widths = columnWidths(natural, page.width());

    const auto cellHeight = [&](const QFontMetricsF &metrics, const QStringList &cells) {
        double height = metrics.height();
        for (int column = 0; column < columnCount && column < cells.size(); ++column) {
            const QRectF room(0, 0, widths[column] - 2 * padding, 1e6);
            height =
                    std::max(height, metrics.boundingRect(room, wrapFlags, cells[column]).height());
        }
        return height + 2 * padding;
    };
    const double headerHeight = cellHeight(boldMetrics, table.headers);
    QList<double> rowHeights;
    rowHeights.reserve(table.rows.size());
    for (const QStringList &row : table.rows)
        rowHeights << cellHeight(bodyMetrics, row);

    // The title block (first page only).
    const QRectF titleRoom(0, 0, page.width(), 1e6);
    double titleHeight =
            titleMetrics.boundingRect(titleRoom, wrapFlags | Qt::AlignHCenter, table.title)
                    .height();
    QList<double> headingHeights;
    for (const QString &line : table.headingLines) {
        headingHeights
                << bodyMetrics.boundingRect(titleRoom, wrapFlags | Qt::AlignHCenter, line).height();
        titleHeight += headingHeights.last();
    }
    titleHeight += 3 * mm;
    const double footerHeight = bodyMetrics.height() + 2 * mm;
    const double bottom = page.height() - footerHeight;

    // Pagination first, so that every footer can say how many pages there are.
    QList<QPair<int, int>> pages; // [first row, end row) of each page
    {
        int first = 0;
        double y = titleHeight + headerHeight;
        for (int row = 0; row < table.rows.size(); ++row) {
            if (y + rowHeights[row] > bottom && row > first) {
                pages.append({ first, row });
                first = row;
                y = headerHeight;
            }
            y += rowHeights[row];
        }
        pages.append({ first, int(table.rows.size()) });
    }

    const auto drawRow = [&](double y, double height, const QStringList &cells, const QFont &font,
                             bool header) {
        painter.setFont(font);
        double x = 0;
        for (int column = 0; column < columnCount; ++column) {
            const QRectF cell(x, y, widths[column], height);
            if (header)
                painter.fillRect(cell, QColor(235, 235, 235));
            painter.drawRect(cell);
            const Qt::Alignment align = header         ? Qt::AlignHCenter
                    : table.rightAligned.value(column) ? Qt::AlignRight
                                                       : Qt::AlignLeft;
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding), wrapFlags | align,
                             column < cells.size() ? cells[column] : QString());
            x += widths[column];
        }
    };

    QPen grid(Qt::black);
    grid.setWidthF(0.2 * mm);
    painter.setPen(grid);
    for (int pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
        if (pageIndex > 0 && !printer->newPage())
            break;
        double y = 0;
        if (pageIndex == 0) {
            painter.setFont(titleFont);
            const QRectF titleRect(
                    0, 0, page.width(),
                    titleMetrics.boundingRect(titleRoom, wrapFlags | Qt::AlignHCenter, table.title)
                            .height());
            painter.drawText(titleRect, wrapFlags | Qt::AlignHCenter, table.title);
            y = titleRect.height();
            painter.setFont(body);
            for (int line = 0; line < table.headingLines.size(); ++line) {
                painter.drawText(QRectF(0, y, page.width(), headingHeights[line]),
                                 wrapFlags | Qt::AlignHCenter, table.headingLines[line]);
                y += headingHeights[line];
            }
            y += 3 * mm;
        }
        drawRow(y, headerHeight, table.headers, bold, true);
        y += headerHeight;
        for (int row = pages[pageIndex].first; row < pages[pageIndex].second; ++row) {
            drawRow(y, rowHeights[row], table.rows[row], body, false);
            y += rowHeights[row];
        }
        painter.setFont(body);
        painter.drawText(
                QRectF(0, page.height() - bodyMetrics.height(), page.width(), bodyMetrics.height()),
                Qt::AlignRight | Qt::AlignBottom,
                tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size()));
    }
    painter.end();
    return int(pages.size());
}

} // namespace cds
