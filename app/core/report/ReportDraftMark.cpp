#include "report/ReportLayout.h"

#include <QFontMetricsF>
#include <QTransform>

#include <cmath>

namespace cds::reportlayout {

// A draft says so twice: "DỰ THẢO" in bold in the top margin of page 1, right
// aligned on the text area (above ô 1, where ô 11 keeps such notes: reference
// section 1.3), centred in the margin as the page numbers of the other pages
// are; and a light diagonal watermark across every page, appendices included.
// The top margin (20–25 mm) holds the 13 pt line (≈ 5 mm) with room to spare,
// so the mark never touches the national title, the motto or the letterhead.
// The watermark is painted as outlines, under the text: it is not text a copy
// or a search would pick up, and it never hides a word.
void LayoutBuilder::markDraft()
{
    if (!m_document.draft || m_pages.isEmpty())
        return;
    const TextBlock mark = line(OfficialDocument::draftMark(), font(FontPt::draftMark, true),
                                m_text.width(), Qt::AlignRight);
    const qreal top = (m_text.top() - mark.lineHeight()) / 2;
    m_pages.first().lines.append({ mark.layout, 0, QPointF(m_text.left(), top) });

    QFont watermarkFont = font(96, true);
    for (Page &page : m_pages) {
        const QSizeF paper(fromMm(page.landscape ? 297 : 210), fromMm(page.landscape ? 210 : 297));
        QPainterPath text;
        text.addText(0, 0, watermarkFont, OfficialDocument::draftMark());
        const QRectF box = text.boundingRect();
        // Along the diagonal, rising to the right, over about two thirds of it.
        const qreal diagonal = std::hypot(paper.width(), paper.height());
        const qreal scale = 0.65 * diagonal / box.width();
        QTransform transform;
        transform.translate(paper.width() / 2, paper.height() / 2);
        transform.rotateRadians(-std::atan2(paper.height(), paper.width()));
        transform.scale(scale, scale);
        transform.translate(-box.center().x(), -box.center().y());
        page.watermark = transform.map(text);
    }
}

} // namespace cds::reportlayout
