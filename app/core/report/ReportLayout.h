#pragma once

// The report's layout engine, shared by ReportRenderer.cpp (the report's
// pages, painting, PDF) and ReportAppendixLayout.cpp (the appendix tables).
// Internal to app/core/report: not part of ReportRenderer's interface.

#include "report/DocumentMeasures.h"
#include "report/OfficialDocument.h"
#include "report/ReportRenderer.h"
#include "report/ReportTemplate.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPaintDevice>
#include <QPainterPath>
#include <QString>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace cds::reportlayout {

// ---------------------------------------------------------------------------
// Units. Everything is laid out in dots of a virtual 1200 dpi device and scaled
// to the real device when painted, so the layout never depends on the target.
constexpr int kLayoutDpi = 1200;

constexpr qreal fromMm(qreal mm)
{
    return mm * kLayoutDpi / 25.4;
}

constexpr qreal fromPt(qreal pt)
{
    return pt * kLayoutDpi / 72.0;
}

// The measures of the layout (font sizes, gaps, rules): DocumentMeasures.h,
// shared with the DOCX and ODT exports.
using namespace measures;

inline QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

// A 1×1 image reporting kLayoutDpi: text is measured with its metrics.
inline const QPaintDevice *metricDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

// A stretch of a paragraph's text that prints a figure (TextRun::figureKey).
struct FigureRange
{
    int start = 0;  // in the paragraph's text
    int length = 0;
    QString key = {};
};

// Paragraph text with its bold and italic stretches and its figures, in NFC.
struct RichText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QList<FigureRange> figures;

    RichText() = default;
    explicit RichText(const QString &plain) { append(plain); }

    void append(const QString &piece, bool bold = false, bool italic = false,
                const QString &figureKey = QString())
    {
        // Normalise before measuring the range, so the ranges fit the NFC text.
        // A figure mark that got this far is dropped: it must never print.
        const QString normal = stripFigureMarks(nfc(piece));
        if (!figureKey.isEmpty() && !normal.isEmpty())
            figures << FigureRange{ int(text.size()), int(normal.size()), figureKey };
        if (bold || italic) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(normal.size());
            if (bold)
                range.format.setFontWeight(QFont::Bold);
            if (italic)
                range.format.setFontItalic(true);
            // A figure splits its run in two or three: one range for the same
            // style keeps the shaping (kerning) of the text unsplit.
            if (!formats.isEmpty() && formats.last().start + formats.last().length == range.start
                && formats.last().format == range.format)
                formats.last().length += range.length;
            else
                formats << range;
        }
        text += normal;
    }
};

struct TextSpec
{
    RichText content;
    QFont font;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal width = 0; // the column, layout units
    qreal firstLineIndent = 0; // from the left of the column
    qreal indent = 0; // of the other lines (a hanging indent for "- " lists)
    qreal rightIndent = 0;
    qreal lineSpacing = 1.0; // multiple of the font's single line spacing
};

// Text broken into lines; line i sits at y = i * pitch relative to the block.
struct TextBlock
{
    std::shared_ptr<QTextLayout> layout;
    qreal pitch = 0;
    QList<FigureRange> figures; // of the text, see RichText

    int lineCount() const { return layout ? layout->lineCount() : 0; }
    qreal height() const { return lineCount() * pitch; }
    // From the line's own metrics, which include any fallback font in the line.
    qreal ascent() const { return lineCount() > 0 ? layout->lineAt(0).ascent() : 0; }
    qreal lineHeight() const
    {
        return lineCount() > 0 ? layout->lineAt(0).ascent() + layout->lineAt(0).descent() : 0;
    }
    // Bottom of the descenders of the last line, relative to the block's top.
    qreal inkBottom() const
    {
        if (lineCount() == 0)
            return 0;
        const QTextLine last = layout->lineAt(lineCount() - 1);
        return last.y() + last.ascent() + last.descent();
    }
    qreal naturalWidth() const
    {
        qreal width = 0;
        for (int i = 0; i < lineCount(); ++i)
            width = std::max(width, layout->lineAt(i).naturalTextWidth());
        return width;
    }
};

inline TextBlock layoutText(const TextSpec &spec)
{
    TextBlock block;
    block.layout = std::make_shared<QTextLayout>(spec.content.text, spec.font, metricDevice());
    QTextOption option(spec.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    block.layout->setTextOption(option);
    block.layout->setFormats(spec.content.formats);
    block.layout->setCacheEnabled(true);
    block.figures = spec.content.figures;

    block.pitch = QFontMetricsF(spec.font, metricDevice()).lineSpacing() * spec.lineSpacing;

    block.layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = block.layout->createLine();
        if (!line.isValid())
            break;
        const qreal left = i == 0 ? spec.firstLineIndent : spec.indent;
        line.setLineWidth(std::max<qreal>(1, spec.width - left - spec.rightIndent));
        line.setPosition(QPointF(left, i * block.pitch));
    }
    block.layout->endLayout();
    return block;
}

// Centred text that needs several lines is broken into lines of similar length
// (the narrowest width that keeps the line count), as a clerk breaks a long
// agency name by hand, instead of leaving one word alone on the last line.
inline TextBlock layoutCentredBalanced(TextSpec spec)
{
    spec.alignment = Qt::AlignHCenter;
    const TextBlock greedy = layoutText(spec);
    const int lines = greedy.lineCount();
    if (lines <= 1)
        return greedy;
    const qreal columnWidth = spec.width;
    qreal low = columnWidth / lines;
    qreal high = columnWidth;
    while (high - low > fromPt(1)) {
        const qreal middle = (low + high) / 2;
        spec.firstLineIndent = spec.indent = spec.rightIndent = (columnWidth - middle) / 2;
        (layoutText(spec).lineCount() <= lines ? high : low) = middle;
    }
    spec.firstLineIndent = spec.indent = spec.rightIndent = (columnWidth - high) / 2;
    return layoutText(spec);
}

// One printed line: line `line` of `layout`, drawn with the layout's origin at `origin`.
struct PlacedLine
{
    std::shared_ptr<const QTextLayout> layout;
    int line = 0;
    QPointF origin;
    QList<FigureRange> figures = {}; // of the whole layout (only those in this line matter)
};

// Where a figure printed, in layout units on its page.
struct PlacedFigure
{
    QString key;
    QString text;
    QRectF rect;
};

struct Page
{
    QList<PlacedLine> lines;
    QList<QLineF> rules; // solid lines under the motto, the issuing body, the subject
    QList<QLineF> gridLines; // an appendix table's cell borders (thinner)
    QPainterPath watermark; // a draft's "DỰ THẢO" across the page, painted light under the text
    bool landscape = false;
};

// Text and rules that are placed as one piece (the letterhead, the signature
// block): x in page coordinates, y relative to the group's top.
struct Group
{
    QList<std::pair<TextBlock, QPointF>> texts;
    QList<QLineF> rules;
    qreal height = 0;

    void addText(const TextBlock &block, qreal x, qreal y)
    {
        texts.append({ block, QPointF(x, y) });
        height = std::max(height, y + block.height());
    }
    // A rule centred on centreX whose top edge is at y.
    void addRule(qreal centreX, qreal y, qreal length)
    {
        const qreal middle = y + fromPt(kRuleWidthPt) / 2;
        rules.append(QLineF(centreX - length / 2, middle, centreX + length / 2, middle));
        height = std::max(height, y + fromPt(kRuleWidthPt));
    }
};

// Breaks the document into pages. Page 1 carries the letterhead and title, the
// body flows line by line, the signature block is kept whole.
class LayoutBuilder
{
public:
    explicit LayoutBuilder(const OfficialDocument &document);
    QList<Page> build();

private:
    struct FlowBlock
    {
        TextBlock text;
        bool keepWithNext = false;
    };

    QFont font(qreal pointSize, bool bold = false, bool italic = false) const;
    TextBlock line(const QString &text, const QFont &font, qreal width,
                   Qt::Alignment alignment = Qt::AlignHCenter) const;
    TextBlock listItem(const QString &text, const QFont &font, qreal width) const;

    Group letterheadGroup() const;
    Group titleGroup() const;
    void addAddressees(Group *group, qreal top) const;
    Group signatureGroup() const;
    Group addressFooterGroup() const;
    QList<FlowBlock> bodyBlocks() const;

    void startPage();
    bool atPageTop() const;
    qreal bottom() const;
    void placeGroup(const Group &group, qreal top);
    void placeLines(const TextBlock &block, int from, int count);
    void flow(const QList<FlowBlock> &blocks, qreal trailingHeight);
    qreal keepHeight(const QList<FlowBlock> &blocks, qsizetype index, qreal trailingHeight) const;
    int linesToTake(const TextBlock &block, int from) const;
    void numberPages(qsizetype first, qsizetype count, const QRectF &area);
    void addAppendix(const Appendix &appendix);
    void markDraft(); // ReportDraftMark.cpp

    OfficialDocument m_document;
    QString m_family;
    QRectF m_text; // the text area inside the margins
    qreal m_leftWidth = 0;
    qreal m_rightWidth = 0;
    qreal m_firstPageBottom = 0;
    QList<Page> m_pages;
    qreal m_y = 0; // where the next line goes on the last page
};

} // namespace cds::reportlayout
