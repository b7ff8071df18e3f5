#include "WrappingHeaderView.h"

#include <QStyleOptionHeader>

namespace cds {

namespace {

// The caption split at the space nearest its middle (by width), or as is.
QString splitInTwo(const QString &caption, const QFontMetrics &metrics)
{
    int best = -1;
    int bestWidth = metrics.horizontalAdvance(caption);
    for (int i = caption.indexOf(QLatin1Char(' ')); i > 0; i = caption.indexOf(QLatin1Char(' '), i + 1)) {
        const int wider = std::max(metrics.horizontalAdvance(caption.left(i)),
                                   metrics.horizontalAdvance(caption.mid(i + 1)));
        if (wider < bestWidth) {
            bestWidth = wider;
            best = i;
        }
    }
    if (best < 0)
        return caption;
    return caption.left(best) + QLatin1Char('\n') + caption.mid(best + 1);
}

} // namespace

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

int WrappingHeaderView::wrapWidth() const
{
    // About fourteen average characters: "Ngày bắt đầu" stays on one line.
    return fontMetrics().averageCharWidth() * 14;
}

QString WrappingHeaderView::shownCaption(int logicalIndex) const
{
    if (!model())
        return QString();
    const QString caption = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    if (caption.contains(QLatin1Char('\n')) || fontMetrics().horizontalAdvance(caption) <= wrapWidth())
        return caption;
    return splitInTwo(caption, fontMetrics());
}

void WrappingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = shownCaption(logicalIndex);
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    // The style sizes the section for the caption as drawn (QCommonStyle
    // measures every line of a caption with a line break).
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    option.text = shownCaption(logicalIndex);
    option.fontMetrics = fontMetrics();
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    // With a sort indicator set, the size has room for the arrow beside the
    // caption, whichever column is sorted.
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

int WrappingHeaderView::captionWidth(int logicalIndex) const
{
    return sectionSizeFromContents(logicalIndex).width();
}

} // namespace cds
