#pragma once

#include <QHeaderView>

namespace cds {

// A horizontal header whose long captions are set on two lines, so a column of
// numbers headed "Số người tham gia kê khai" needs the width of its figures and
// half its caption, not the whole caption on one line (issue #18, item 4: the
// column that identifies the row gets its room first, and no header is cut).
// Only what is shown changes: headerData() and so every export keep the
// caption on one line.
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    // The caption as drawn: on two lines (split at the space nearest its
    // middle) when it is wider than wrapWidth() and has a space, else as is.
    QString shownCaption(int logicalIndex) const;
    // The least width at which the column's caption, margins and sort arrow
    // are drawn whole, in pixels.
    int captionWidth(int logicalIndex) const;
    // Captions wider than this (pixels, from the header's font) are wrapped.
    int wrapWidth() const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace cds
