#include "report/ReportRenderer.h"

#include "report/ReportLayout.h"

#include "report/ReportTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QBuffer>
#include <QDirIterator>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLineF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <utility>

#ifndef CDS_VERSION
#  define CDS_VERSION ""
#endif

namespace cds::reportlayout {

LayoutBuilder::LayoutBuilder(const OfficialDocument &document)
    : m_document(document), m_family(ReportRenderer::resolvedFontFamily())
{
    const PageSettings page = m_document.page.clamped();
    m_text = QRectF(fromMm(page.marginLeftMm), fromMm(page.marginTopMm),
                    fromMm(210 - page.marginLeftMm - page.marginRightMm),
                    fromMm(297 - page.marginTopMm - page.marginBottomMm));
    m_leftWidth = m_text.width() * kLeftColumnShare;
    m_rightWidth = m_text.width() - m_leftWidth;
    m_firstPageBottom = m_text.bottom();
}

QFont LayoutBuilder::font(qreal pointSize, bool bold, bool italic) const
{
    QFont font(m_family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    // Unhinted outlines: advances then scale linearly with the resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    return QFont(font, metricDevice());
}

TextBlock LayoutBuilder::line(const QString &text, const QFont &font, qreal width,
                              Qt::Alignment alignment) const
{
    TextSpec spec;
    spec.content = RichText(text);
    spec.font = font;
    spec.alignment = alignment;
    spec.width = width;
    return layoutText(spec);
}

// "- X;" with the continuation lines aligned after the dash.
TextBlock LayoutBuilder::listItem(const QString &text, const QFont &font, qreal width) const
{
    TextSpec spec;
    spec.content = RichText(text);
    spec.font = font;
    spec.width = width;
    spec.indent = QFontMetricsF(font, metricDevice()).horizontalAdvance(QStringLiteral("- "));
    return layoutText(spec);
}

QList<Page> LayoutBuilder::build()
{
    m_pages.clear();
    startPage();

    const Group footer = addressFooterGroup();
    if (!footer.texts.isEmpty()) {
        placeGroup(footer, m_text.bottom() - footer.height);
        m_firstPageBottom = m_text.bottom() - footer.height - fromPt(kParagraphSpacingPt);
    }

    const Group letterhead = letterheadGroup();
    placeGroup(letterhead, m_y);
    m_y += letterhead.height + fromPt(kTitleGapPt);
    const Group title = titleGroup();
    placeGroup(title, m_y);
    m_y += title.height + fromPt(kBodyGapPt);

    const Group signature = signatureGroup();
    flow(bodyBlocks(), fromPt(kSignatureGapPt) + signature.height);
    if (!atPageTop())
        m_y += fromPt(kSignatureGapPt);
    // The signature block is never split (nor left without the body's last lines:
    // the closing paragraph keeps with it, see bodyBlocks()).
    if (!atPageTop() && m_y + signature.height > bottom())
        startPage();
    placeGroup(signature, m_y);

    numberPages(0, m_pages.size(), m_text);
    for (const Appendix &appendix : m_document.appendices)
        addAppendix(appendix);
    markDraft();
    return m_pages;
}

// Items 1–6: two borderless columns, then the number and the place-and-date
// line on one baseline.
Group LayoutBuilder::letterheadGroup() const
{
    const Letterhead &head = m_document.letterhead;
    const qreal leftX = m_text.left();
    const qreal rightX = leftX + m_leftWidth;
    Group group;

    // Left (ô 2): 13 pt, or the decree sample's 12 pt if that keeps the issuing
    // body on one line; a longer name wraps at 13 pt (the decree allows it).
    const QString issuing = nfc(head.issuingBody).toUpper();
    const auto fitsOneLine = [&](qreal pointSize) {
        return line(issuing, font(pointSize, true), m_leftWidth).lineCount() <= 1;
    };
    const qreal agencyPt = !fitsOneLine(FontPt::agency) && fitsOneLine(FontPt::agencyNarrow)
            ? FontPt::agencyNarrow
            : FontPt::agency;
    qreal leftBottom = 0;
    TextSpec agencySpec;
    agencySpec.width = m_leftWidth;
    if (!head.parentBody.trimmed().isEmpty()) {
        agencySpec.content = RichText(nfc(head.parentBody).toUpper());
        agencySpec.font = font(agencyPt);
        const TextBlock parent = layoutCentredBalanced(agencySpec);
        group.addText(parent, leftX, 0);
        leftBottom = parent.height();
    }
    if (!issuing.trimmed().isEmpty()) {
        agencySpec.content = RichText(issuing);
        agencySpec.font = font(agencyPt, true);
        const TextBlock body = layoutCentredBalanced(agencySpec);
        group.addText(body, leftX, leftBottom);
        leftBottom += body.inkBottom() + fromPt(kRuleGapPt);
        group.addRule(leftX + m_leftWidth / 2, leftBottom, kShortRuleShare * body.naturalWidth());
    }

    // Right (ô 1): national title and motto; the rule is exactly as long as the motto (item 2).
    const TextBlock title = line(OfficialDocument::nationalTitle(),
                                 font(FontPt::nationalTitle, true), m_rightWidth);
    const TextBlock motto =
            line(OfficialDocument::motto(), font(FontPt::motto, true), m_rightWidth);
    group.addText(title, rightX, 0);
    group.addText(motto, rightX, title.height());
    const qreal rightBottom = title.height() + motto.inkBottom() + fromPt(kRuleGapPt);
    group.addRule(rightX + m_rightWidth / 2, rightBottom, motto.naturalWidth());

    // ô 3 and ô 4 share a baseline.
    const qreal rowTop = std::max(leftBottom, rightBottom) + fromPt(kRuleWidthPt + kHeaderRowGapPt);
    const TextBlock number = line(m_document.numberLine(), font(FontPt::number), m_leftWidth);
    const TextBlock date =
            line(m_document.placeDateLine(), font(FontPt::placeDate, false, true), m_rightWidth);
    const qreal baseline = rowTop + std::max(number.ascent(), date.ascent());
    group.addText(number, leftX, baseline - number.ascent());
    group.addText(date, rightX, baseline - date.ascent());
    return group;
}

// Items 7–9: document type, subject with its rule, "Kính gửi".
Group LayoutBuilder::titleGroup() const
{
    const qreal width = m_text.width();
    Group group;
    const TextBlock type =
            line(nfc(m_document.documentType).toUpper(), font(FontPt::title, true), width);
    group.addText(type, m_text.left(), 0);
    qreal y = type.height();
    qreal inkBottom = type.inkBottom();
    qreal subjectWidth = 0;
    for (const QString &subjectLine : m_document.subjectLines) {
        if (subjectLine.trimmed().isEmpty())
            continue;
        const TextBlock subject = line(subjectLine.trimmed(), font(FontPt::title, true), width);
        group.addText(subject, m_text.left(), y);
        inkBottom = y + subject.inkBottom();
        y += subject.height();
        subjectWidth = std::max(subjectWidth, subject.naturalWidth());
    }
    if (subjectWidth > 0)
        group.addRule(m_text.center().x(), inkBottom + fromPt(kRuleGapPt),
                      kShortRuleShare * subjectWidth);
    if (!m_document.addressees.isEmpty())
        addAddressees(&group, group.height + fromPt(kAddresseeGapPt));
    return group;
}

// Item 9: one addressee on the "Kính gửi" line; several as "- X;" lines with the
// dashes aligned under the colon. The whole block is centred on the page.
void LayoutBuilder::addAddressees(Group *group, qreal top) const
{
    const QFont addresseeFont = font(FontPt::addressee);
    const qreal width = m_text.width();
    if (m_document.addressees.size() == 1) {
        const QString text = QStringLiteral("Kính gửi: ") + m_document.addressees.first().trimmed();
        group->addText(line(text, addresseeFont, width), m_text.left(), top);
        return;
    }
    const QFontMetricsF metrics(addresseeFont, metricDevice());
    const QString label = QStringLiteral("Kính gửi:");
    const qreal colonX =
            metrics.horizontalAdvance(label) - metrics.horizontalAdvance(QLatin1Char(':'));
    const QStringList items = formatListItems(m_document.addressees);
    qreal widest = 0;
    for (const QString &item : items)
        widest = std::max(widest, metrics.horizontalAdvance(item));
    const qreal x = m_text.left() + std::max<qreal>(0, (width - colonX - widest) / 2);
    const TextBlock labelBlock = line(label, addresseeFont, width, Qt::AlignLeft);
    group->addText(labelBlock, x, top);
    qreal y = top + labelBlock.height();
    for (const QString &item : items) {
        const TextBlock block = listItem(item, addresseeFont, m_text.right() - x - colonX);
        group->addText(block, x + colonX, y);
        y += block.height();
    }
}

// Items 20–25: "Nơi nhận" on the left, level with the first line of the signer
// block on the right (authority or position), then signature space and name.
Group LayoutBuilder::signatureGroup() const
{
    const qreal leftX = m_text.left();
    const qreal rightX = leftX + m_leftWidth;
    const QFont signerFont = font(FontPt::signer, true);
    Group group;

    qreal rightY = 0;
    qreal firstBaseline = -1;
    for (const QString &text : { m_document.authorityLine(), m_document.signerPosition }) {
        if (text.trimmed().isEmpty())
            continue;
        const TextBlock block = line(nfc(text.trimmed()).toUpper(), signerFont, m_rightWidth);
        group.addText(block, rightX, rightY);
        if (firstBaseline < 0)
            firstBaseline = rightY + block.ascent();
        rightY += block.height();
    }
    rightY += fromMm(kSignatureSpaceMm);
    if (!m_document.signerName.trimmed().isEmpty())
        group.addText(line(m_document.signerName.trimmed(), signerFont, m_rightWidth), rightX,
                      rightY);

    const QStringList items = formatListItems(m_document.distribution);
    if (items.isEmpty())
        return group;
    const TextBlock label =
            line(QStringLiteral("Nơi nhận:"), font(FontPt::distributionLabel, true, true),
                 m_leftWidth, Qt::AlignLeft);
    qreal leftY = firstBaseline < 0 ? 0 : firstBaseline - label.ascent();
    group.addText(label, leftX, leftY);
    leftY += label.height();
    const QFont itemFont = font(FontPt::distributionItem);
    // A little gutter keeps a long item from touching the signer column.
    const qreal itemWidth = m_leftWidth - fromMm(3);
    for (const QString &item : items) {
        const TextBlock block = listItem(item, itemFont, itemWidth);
        group.addText(block, leftX, leftY);
        leftY += block.height();
    }
    return group;
}

// Item 27 (optional): the address line at the foot of page 1, under a full-width rule.
Group LayoutBuilder::addressFooterGroup() const
{
    Group group;
    const QString address = m_document.letterhead.addressLine.trimmed();
    if (address.isEmpty())
        return group;
    group.addRule(m_text.center().x(), 0, m_text.width());
    group.addText(line(address, font(FontPt::addressFooter), m_text.width()), m_text.left(),
                  fromPt(kRuleWidthPt + kFooterGapPt));
    return group;
}

// Item 11 and the headings of items 15–16: justified, first-line indent, the
// headings bold and kept with the paragraph that follows.
QList<LayoutBuilder::FlowBlock> LayoutBuilder::bodyBlocks() const
{
    const int bodyPt = m_document.page.clamped().bodyFontPt;
    TextSpec spec;
    spec.alignment = Qt::AlignJustify;
    spec.width = m_text.width();
    spec.firstLineIndent = fromMm(kFirstLineIndentMm);
    spec.lineSpacing = kBodyLineSpacing;

    QList<FlowBlock> blocks;
    for (const DocumentBlock &block : m_document.body) {
        const bool heading = block.kind == DocumentBlock::Kind::SectionHeading
                || block.kind == DocumentBlock::Kind::ClauseHeading;
        spec.content = RichText();
        if (block.kind == DocumentBlock::Kind::Bullet)
            spec.content.append(QStringLiteral("- "));
        for (const TextRun &run : block.runs)
            spec.content.append(run.text, run.bold, run.italic, run.figureKey);
        if (spec.content.text.trimmed().isEmpty())
            continue;
        spec.font = font(bodyPt, heading);
        blocks.append({ layoutText(spec), heading });
    }
    if (!m_document.closingLine.trimmed().isEmpty()) {
        spec.content = RichText(m_document.closingLine.trimmed());
        spec.font = font(bodyPt);
        // Kept with the signature block, so the last page is never a signature alone.
        blocks.append({ layoutText(spec), true });
    }
    return blocks;
}

void LayoutBuilder::startPage()
{
    m_pages.append(Page());
    m_y = m_text.top();
}

bool LayoutBuilder::atPageTop() const
{
    return m_y <= m_text.top() + 0.5;
}

qreal LayoutBuilder::bottom() const
{
    return m_pages.size() == 1 ? m_firstPageBottom : m_text.bottom();
}

void LayoutBuilder::placeGroup(const Group &group, qreal top)
{
    Page &page = m_pages.last();
    for (const auto &[block, position] : group.texts) {
        for (int i = 0; i < block.lineCount(); ++i)
            page.lines.append({ block.layout, i, QPointF(position.x(), top + position.y()), block.figures });
    }
    for (const QLineF &rule : group.rules)
        page.rules.append(rule.translated(0, top));
}

void LayoutBuilder::placeLines(const TextBlock &block, int from, int count)
{
    // Line i of the block was laid out at y = i * pitch: shift it to m_y.
    const QPointF origin(m_text.left(), m_y - from * block.pitch);
    Page &page = m_pages.last();
    for (int i = from; i < from + count; ++i)
        page.lines.append({ block.layout, i, origin, block.figures });
    m_y += count * block.pitch;
}

void LayoutBuilder::flow(const QList<FlowBlock> &blocks, qreal trailingHeight)
{
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const TextBlock &text = blocks.at(i).text;
        if (!atPageTop())
            m_y += fromPt(kParagraphSpacingPt);
        // Headings keep with the next block, and a paragraph does not start with
        // a single line at the foot of a page.
        if (!atPageTop() && m_y + keepHeight(blocks, i, trailingHeight) > bottom())
            startPage();
        // Pages break only between lines.
        for (int from = 0; from < text.lineCount();) {
            const int count = linesToTake(text, from);
            if (count > 0) {
                placeLines(text, from, count);
                from += count;
            }
            if (from < text.lineCount())
                startPage();
        }
    }
}

// Height that must fit at the current position for blocks[index] to start here.
qreal LayoutBuilder::keepHeight(const QList<FlowBlock> &blocks, qsizetype index,
                                qreal trailingHeight) const
{
    const FlowBlock &block = blocks.at(index);
    const int lines = block.text.lineCount();
    if (block.keepWithNext) {
        const qreal next = index + 1 < blocks.size()
                ? fromPt(kParagraphSpacingPt) + keepHeight(blocks, index + 1, trailingHeight)
                : trailingHeight;
        return block.text.height() + next;
    }
    const int firstLines = lines <= 3 ? lines : 2;
    return (firstLines - 1) * block.text.pitch + block.text.lineHeight();
}

// How many lines of block, from line `from`, go on the current page: as many as
// fit, but never one line alone at either end of a page (widow and orphan
// control), unless the page is empty and would otherwise never fill.
int LayoutBuilder::linesToTake(const TextBlock &block, int from) const
{
    const int remaining = block.lineCount() - from;
    int fit = 0;
    while (fit < remaining && m_y + fit * block.pitch + block.lineHeight() <= bottom())
        ++fit;
    if (fit >= remaining)
        return remaining;
    int take = fit;
    if (remaining - take == 1)
        --take;
    if (from == 0 && take == 1)
        take = 0;
    if (take <= 0 && atPageTop())
        take = std::max(1, fit);
    return take;
}

// Item 28: Arabic numerals centred in the top margin, none on the first page.
// The report and each appendix count their pages on their own.
void LayoutBuilder::numberPages(qsizetype first, qsizetype count, const QRectF &area)
{
    const QFont numberFont = font(FontPt::pageNumber);
    for (qsizetype i = 1; i < count; ++i) {
        const TextBlock number = line(QString::number(i + 1), numberFont, area.width());
        const qreal top = (area.top() - number.lineHeight()) / 2;
        m_pages[first + i].lines.append({ number.layout, 0, QPointF(area.left(), top) });
    }
}

bool drawsVietnamese(const QRawFont &font)
{
    // ư ơ Ở ự ẫ: the letters that older Latin fonts lack.
    const char32_t letters[] = { 0x01B0, 0x01A1, 0x1EDE, 0x1EF1, 0x1EAB };
    return font.isValid()
            && std::all_of(std::begin(letters), std::end(letters),
                           [&font](char32_t letter) { return font.supportsCharacter(letter); });
}

// True if all four styles of family are fonts of that family that draw
// Vietnamese themselves (not through a fallback font).
bool coversVietnamese(const QString &family)
{
    for (const bool bold : { false, true }) {
        for (const bool italic : { false, true }) {
            QFont font(family);
            font.setBold(bold);
            font.setItalic(italic);
            const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Latin);
            if (raw.familyName().compare(family, Qt::CaseInsensitive) != 0 || !drawsVietnamese(raw))
                return false;
        }
    }
    return true;
}

// Debian can hold two copies of Liberation Serif: fonts-liberation 1.07, without
// Vietnamese, and fonts-liberation2. Qt keeps one file per style, whichever it
// enumerates last, so bold may come from the old copy. Registering the
// Vietnamese-capable files as application fonts makes them win. Runs once.
void registerVietnameseCopies(const QStringList &families)
{
    static const bool registered = [&families] {
        QStringList compactNames;
        for (const QString &family : families)
            compactNames << QString(family).remove(QLatin1Char(' '));
        for (const QString &folder :
             QStandardPaths::standardLocations(QStandardPaths::FontsLocation)) {
            QDirIterator it(folder, { QStringLiteral("*.ttf"), QStringLiteral("*.otf") },
                            QDir::Files,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString fileName = it.fileName();
                const bool named = std::any_of(
                        compactNames.cbegin(), compactNames.cend(), [&](const QString &n) {
                            return fileName.startsWith(n, Qt::CaseInsensitive);
                        });
                if (named && drawsVietnamese(QRawFont(path, 12)))
                    QFontDatabase::addApplicationFont(path);
            }
        }
        return true;
    }();
    Q_UNUSED(registered);
}

void paintPage(QPainter *painter, const Page &page)
{
    // Opaque light grey, not transparency: a PDF/A-1b copy may not use it.
    if (!page.watermark.isEmpty())
        painter->fillPath(page.watermark, QColor(0xd8, 0xd8, 0xd8));
    painter->setPen(Qt::black);
    for (const PlacedLine &placed : page.lines)
        placed.layout->lineAt(placed.line).draw(painter, placed.origin);
    QPen rulePen(Qt::black, fromPt(kRuleWidthPt));
    rulePen.setCapStyle(Qt::FlatCap);
    painter->setPen(rulePen);
    for (const QLineF &rule : page.rules)
        painter->drawLine(rule);
    if (!page.gridLines.isEmpty()) {
        QPen gridPen(Qt::black, fromPt(kGridWidthPt));
        gridPen.setCapStyle(Qt::SquareCap);
        painter->setPen(gridPen);
        painter->drawLines(page.gridLines);
    }
}

// The figures printed on page, one rectangle per line they take: from the
// caret before the figure's first character in the line to the caret after its
// last, the full height of the line. Layout units, page coordinates.
QList<PlacedFigure> placedFigures(const Page &page)
{
    QList<PlacedFigure> result;
    for (const PlacedLine &placed : page.lines) {
        if (placed.figures.isEmpty())
            continue;
        const QTextLine line = placed.layout->lineAt(placed.line);
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        for (const FigureRange &figure : placed.figures) {
            const int start = std::max(figure.start, lineStart);
            const int end = std::min(figure.start + figure.length, lineEnd);
            if (start >= end)
                continue;
            const qreal x1 = line.cursorToX(start);
            const qreal x2 = line.cursorToX(end);
            const QRectF rect(placed.origin.x() + std::min(x1, x2), placed.origin.y() + line.y(),
                              std::abs(x2 - x1), line.height());
            result.append({ figure.key, placed.layout->text().mid(figure.start, figure.length), rect });
        }
    }
    return result;
}

QPageLayout a4Layout(bool landscape)
{
    QPageLayout layout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QString pdfTitle(const OfficialDocument &document)
{
    QStringList parts{ nfc(document.documentType) };
    for (const QString &line : document.subjectLines)
        parts << nfc(line.trimmed());
    return parts.join(QLatin1Char(' '));
}

} // namespace cds::reportlayout

namespace cds {

using namespace reportlayout;

struct ReportRenderer::Layout
{
    QList<Page> pages;
    QList<QList<PlacedFigure>> figures; // per page
};

ReportRenderer::ReportRenderer(OfficialDocument document) : m_document(std::move(document))
{
    m_document.page = m_document.page.clamped();
}

ReportRenderer::~ReportRenderer() = default;

const ReportRenderer::Layout &ReportRenderer::layout() const
{
    if (!m_layout) {
        Layout built{ LayoutBuilder(m_document).build(), {} };
        for (const Page &page : std::as_const(built.pages))
            built.figures << placedFigures(page);
        m_layout = std::make_shared<const Layout>(std::move(built));
    }
    return *m_layout;
}

int ReportRenderer::pageCount() const
{
    return int(layout().pages.size());
}

bool ReportRenderer::pageIsLandscape(int index) const
{
    const QList<Page> &pages = layout().pages;
    return index >= 0 && index < pages.size() && pages.at(index).landscape;
}

QSizeF ReportRenderer::pageSizeMm(int index) const
{
    QSizeF size = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    if (pageIsLandscape(index))
        size.transpose();
    return size;
}

QList<ReportRenderer::FigureArea> ReportRenderer::figureAreas(int index) const
{
    const Layout &laidOut = layout();
    QList<FigureArea> areas;
    if (index < 0 || index >= laidOut.figures.size())
        return areas;
    constexpr qreal mmPerUnit = 25.4 / kLayoutDpi;
    for (const PlacedFigure &figure : laidOut.figures.at(index)) {
        const QRectF &r = figure.rect;
        areas.append({ figure.key, figure.text,
                       QRectF(r.x() * mmPerUnit, r.y() * mmPerUnit, r.width() * mmPerUnit, r.height() * mmPerUnit) });
    }
    return areas;
}

int ReportRenderer::paint(QPagedPaintDevice *device)
{
    return paintPages(device);
}

int ReportRenderer::paintPages(QPagedPaintDevice *device) const
{
    if (!device)
        return 0;
    // Full-page mode: the device must not push the page in by its own margins;
    // the layout already holds the decree's margins.
    const QList<Page> &pages = layout().pages;
    device->setPageLayout(a4Layout(!pages.isEmpty() && pages.first().landscape));

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // A printer that refused full-page mode puts the origin at its own margin:
    // move back to the corner of the paper.
    const int dpiX = device->logicalDpiX();
    const int dpiY = device->logicalDpiY();
    painter.translate(-device->pageLayout().paintRectPixels(dpiX).topLeft());
    painter.scale(qreal(dpiX) / kLayoutDpi, qreal(dpiY) / kLayoutDpi);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            // An appendix may turn the paper (takes effect on the new page).
            if (pages.at(i).landscape != pages.at(i - 1).landscape)
                device->setPageLayout(a4Layout(pages.at(i).landscape));
            if (!device->newPage())
                return 0;
        }
        paintPage(&painter, pages.at(i));
    }
    return painter.end() ? int(pages.size()) : 0;
}

QImage ReportRenderer::renderPage(int index, int dpi) const
{
    const QList<Page> &pages = layout().pages;
    if (index < 0 || index >= pages.size() || dpi <= 0)
        return {};
    QSizeF sizeMm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    if (pages.at(index).landscape)
        sizeMm.transpose();
    QImage image(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(qreal(dpi) / kLayoutDpi, qreal(dpi) / kLayoutDpi);
    paintPage(&painter, pages.at(index));
    return image;
}

QByteArray ReportRenderer::pdfData(bool archive, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kLayoutDpi);
        if (archive)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(pdfTitle(m_document));
        writer.setCreator(QStringLiteral("CDS Desk " CDS_VERSION));
        pages = paintPages(&writer);
    }
    if (pages == 0) {
        if (error)
            *error = QCoreApplication::translate("cds::ReportRenderer", "Cannot draw the report into a PDF.");
        return {};
    }
    return bytes;
}

bool ReportRenderer::exportPdf(const QString &path, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shownPath = QDir::toNativeSeparators(path);
    // QSaveFile writes a temporary file beside the target and renames it on
    // commit: a failed export never damages an existing report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("cds::ReportRenderer", "Cannot create the PDF file “%1”: %2")
                            .arg(shownPath, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kLayoutDpi);
        writer.setTitle(pdfTitle(m_document));
        writer.setCreator(QStringLiteral("CDS Desk " CDS_VERSION));
        pages = paintPages(&writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("cds::ReportRenderer", "Cannot draw the report into the PDF file “%1”.").arg(shownPath));
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("cds::ReportRenderer", "Cannot write the PDF file “%1”: %2")
                            .arg(shownPath, file.errorString()));
    return true;
}

QString ReportRenderer::resolvedFontFamily()
{
    // Liberation Serif and Tinos are metric-compatible with Times New Roman, so
    // the line breaks stay those of the clerk's Word documents. A family is only
    // taken if all four styles draw Vietnamese themselves: Liberation Serif 1.x
    // (Debian's old fonts-liberation) lacks ư, ơ and most stacked accents, and a
    // fallback font for those letters would show in every word.
    const QStringList candidates{ QStringLiteral("Times New Roman"),
                                  QStringLiteral("Liberation Serif"), QStringLiteral("Tinos") };
    const auto firstCovering = [&candidates] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : candidates) {
            if (families.contains(candidate, Qt::CaseInsensitive) && coversVietnamese(candidate))
                return candidate;
        }
        return QString();
    };
    QString family = firstCovering();
    if (family.isEmpty()) {
        registerVietnameseCopies(candidates);
        family = firstCovering();
    }
    if (!family.isEmpty())
        return family;
    // Nothing draws Vietnamese whole: take the best metrics and let Qt fall back per glyph.
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : candidates) {
        if (families.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
    return candidates.at(1);
}

} // namespace cds
