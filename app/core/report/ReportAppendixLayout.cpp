#include "report/ReportLayout.h"

#include <cmath>

namespace cds::reportlayout {

// Items 29–31 and the rules for tables: the label, title and guide line on the
// first page, then the table. The header row is repeated at the top of every
// page, a row is never split unless it is taller than a page: then it goes on
// on the next pages, under the repeated header and "(tiếp theo)",
// and the appendix's pages are numbered from 1 on their own.
void LayoutBuilder::addAppendix(const Appendix &appendix)
{
    const PageSettings page = m_document.page.clamped();
    const qreal paperWidth = appendix.landscape ? 297 : 210;
    const qreal paperHeight = appendix.landscape ? 210 : 297;
    const QRectF area(fromMm(page.marginLeftMm), fromMm(page.marginTopMm),
                      fromMm(paperWidth - page.marginLeftMm - page.marginRightMm),
                      fromMm(paperHeight - page.marginTopMm - page.marginBottomMm));
    const qsizetype firstPage = m_pages.size();
    const auto newPage = [&] {
        Page next;
        next.landscape = appendix.landscape;
        m_pages.append(next);
        m_y = area.top();
    };
    newPage();

    const QFont titleFont = font(FontPt::title, true);
    qreal y = area.top();
    const auto centred = [&](const QString &text, const QFont &f) {
        if (text.trimmed().isEmpty())
            return;
        TextSpec spec;
        spec.content = RichText(text.trimmed());
        spec.font = f;
        spec.width = area.width();
        const TextBlock block = layoutCentredBalanced(spec);
        for (int i = 0; i < block.lineCount(); ++i)
            m_pages.last().lines.append({ block.layout, i, QPointF(area.left(), y) });
        y += block.height();
    };
    centred(appendix.label, titleFont);
    centred(nfc(appendix.title).toUpper(), titleFont);
    centred(appendix.guideLine, font(FontPt::title, false, true));
    y += fromPt(kBodyGapPt);

    const qsizetype columns = appendix.headers.size();
    if (columns == 0) {
        numberPages(firstPage, m_pages.size() - firstPage, area);
        return;
    }
    qreal shareSum = 0;
    for (qsizetype c = 0; c < columns; ++c)
        shareSum += std::max(0.0, appendix.columnShares.value(c, 1.0));
    QList<qreal> columnX{ area.left() };
    for (qsizetype c = 0; c < columns; ++c) {
        const qreal share = shareSum > 0 ? std::max(0.0, appendix.columnShares.value(c, 1.0)) / shareSum : 1.0 / columns;
        columnX << columnX.last() + share * area.width();
    }
    const qreal padding = fromMm(kCellPaddingMm);
    const QFont cellFont = font(kTableFontPt);
    const QFont headerFont = font(kTableFontPt, true);

    struct Row
    {
        QList<TextBlock> cells;
        qreal height = 0;
    };
    const auto makeRow = [&](const QStringList &texts, bool header) {
        Row row;
        for (qsizetype c = 0; c < columns; ++c) {
            TextSpec spec;
            spec.content = RichText(texts.value(c));
            spec.font = header ? headerFont : cellFont;
            spec.width = columnX.at(c + 1) - columnX.at(c) - 2 * padding;
            spec.alignment = header ? Qt::AlignHCenter
                                    : (appendix.rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft);
            const TextBlock block = layoutText(spec);
            row.height = std::max(row.height, block.height());
            row.cells << block;
        }
        row.height += 2 * padding;
        return row;
    };
    const auto placeRow = [&](const Row &row) {
        Page &target = m_pages.last();
        for (qsizetype c = 0; c < columns; ++c) {
            const TextBlock &block = row.cells.at(c);
            for (int i = 0; i < block.lineCount(); ++i)
                target.lines.append({ block.layout, i, QPointF(columnX.at(c) + padding, y + padding) });
            target.gridLines << QLineF(columnX.at(c), y, columnX.at(c), y + row.height);
        }
        target.gridLines << QLineF(columnX.last(), y, columnX.last(), y + row.height)
                         << QLineF(columnX.first(), y, columnX.last(), y)
                         << QLineF(columnX.first(), y + row.height, columnX.last(), y + row.height);
        y += row.height;
    };

    const Row header = makeRow(appendix.headers, true);
    // A page that goes on with a row split at the bottom of the one before:
    // "(tiếp theo)" above the repeated header.
    const QFont continuedFont = font(kTableFontPt, false, true);
    const auto continuedPage = [&] {
        newPage();
        y = area.top();
        TextSpec spec;
        spec.content = RichText(QStringLiteral("(tiếp theo)"));
        spec.font = continuedFont;
        spec.width = area.width();
        spec.alignment = Qt::AlignRight;
        const TextBlock block = layoutText(spec);
        for (int i = 0; i < block.lineCount(); ++i)
            m_pages.last().lines.append({ block.layout, i, QPointF(area.left(), y) });
        y += block.height();
        placeRow(header);
    };
    // Lines [from[c], …) of each cell of row, as many as fit above the page's
    // bottom; from advances. Returns whether lines are left.
    const auto placeRowPart = [&](const Row &row, QList<int> *from) {
        Page &target = m_pages.last();
        qreal used = 0;
        bool left = false;
        for (qsizetype c = 0; c < columns; ++c) {
            const TextBlock &block = row.cells.at(c);
            const int start = from->at(c);
            const qreal pitch = block.pitch > 0 ? block.pitch : 1;
            int fit = int(std::floor((area.bottom() - y - 2 * padding) / pitch));
            fit = std::clamp(fit, 1, std::max(1, block.lineCount() - start));
            const int end = std::min(block.lineCount(), start + fit);
            for (int i = start; i < end; ++i)
                target.lines.append({ block.layout, i,
                                      QPointF(columnX.at(c) + padding, y + padding - start * pitch) });
            used = std::max(used, (end - start) * pitch);
            (*from)[c] = end;
            left = left || end < block.lineCount();
        }
        const qreal height = used + 2 * padding;
        for (qsizetype c = 0; c <= columns; ++c)
            target.gridLines << QLineF(columnX.at(c), y, columnX.at(c), y + height);
        target.gridLines << QLineF(columnX.first(), y, columnX.last(), y)
                         << QLineF(columnX.first(), y + height, columnX.last(), y + height);
        y += height;
        return left;
    };

    placeRow(header);
    for (const QStringList &cells : appendix.rows) {
        const Row row = makeRow(cells, false);
        if (y + row.height > area.bottom() && y > area.top() + header.height + 1) {
            newPage();
            y = area.top();
            placeRow(header);
        }
        if (y + row.height <= area.bottom() + 0.5) {
            placeRow(row);
            continue;
        }
        // A row taller than a page (a team with 150 members listed) is split
        // across pages: nothing is cut off.
        QList<int> from(columns, 0);
        while (placeRowPart(row, &from))
            continuedPage();
    }
    numberPages(firstPage, m_pages.size() - firstPage, area);
}

} // namespace cds::reportlayout
