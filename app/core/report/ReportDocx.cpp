#include "package/ZipPackage.h"
#include "report/ReportDocx.h"

#include "report/DocumentMeasures.h"
#include "report/DocxWriter.h"
#include "report/TextMeasure.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

#ifndef CDS_VERSION
#  define CDS_VERSION ""
#endif

namespace cds {

namespace {

using namespace measures;
using docx::Align;
using docx::Paragraph;
using docx::Run;
using docx::twipsFromMm;
using docx::twipsFromPt;

// The family the file names: the clerks' Windows PCs have Times New Roman, and
// LibreOffice maps it to the metric-compatible Liberation Serif.
const QString kFamily = QStringLiteral("Times New Roman");

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

Paragraph centredLines(const QStringList &lines, double pt, bool bold, bool italic = false)
{
    Paragraph p;
    p.align = Align::Centre;
    p.markPt = pt;
    for (qsizetype i = 0; i < lines.size(); ++i)
        p.runs << Run{ lines.at(i), pt, bold, italic, i > 0 };
    return p;
}

// A short rule (items 2, 4 and 8): the bottom border of an empty paragraph as
// long as the rule, centred in a column columnTw wide. The rule's top edge is
// kRuleGapPt under the ink of the text above, as in the PDF: the paragraph's
// exact height is that gap less the line gap the text's line already holds.
Paragraph rule(int lengthTw, int columnTw, double gapPt)
{
    Paragraph p;
    p.align = Align::Centre;
    p.leftTw = p.rightTw = std::max(0, (columnTw - lengthTw) / 2);
    p.exactLine = true;
    p.lineTw = std::max(twipsFromPt(gapPt), 2);
    p.markPt = 1;
    p.ruleBelowPt = kRuleWidthPt;
    return p;
}

QString documentTitle(const OfficialDocument &document)
{
    QStringList parts{ nfc(document.documentType) };
    for (const QString &line : document.subjectLines)
        parts << nfc(line.trimmed());
    return parts.join(QLatin1Char(' '));
}

class DocxLayout
{
public:
    explicit DocxLayout(const OfficialDocument &document)
        : m_d(document),
          m_page(document.page.clamped()),
          m_writer(kFamily, m_page.bodyFontPt, QStringLiteral("vi-VN"))
    {
        m_textTw = twipsFromMm(210 - m_page.marginLeftMm - m_page.marginRightMm);
        m_leftTw = int(m_textTw * kLeftColumnShare);
        m_rightTw = m_textTw - m_leftTw;
    }

    QByteArray build(QString *why);

private:
    double ruleGap(double pt) const { return kRuleGapPt - m_measure.lineGap(pt); }
    docx::Section section(bool landscape) const;
    void letterhead();
    void title();
    void body();
    void signature();
    void addressFooter();
    void appendix(const Appendix &appendix);

    const OfficialDocument &m_d;
    PageSettings m_page;
    TextMeasure m_measure;
    docx::Writer m_writer;
    int m_textTw = 0;
    int m_leftTw = 0;
    int m_rightTw = 0;
};

docx::Section DocxLayout::section(bool landscape) const
{
    docx::Section s;
    s.landscape = landscape;
    s.topTw = twipsFromMm(m_page.marginTopMm);
    s.bottomTw = twipsFromMm(m_page.marginBottomMm);
    s.leftTw = twipsFromMm(m_page.marginLeftMm);
    s.rightTw = twipsFromMm(m_page.marginRightMm);
    // Item 28: the number's ink centred in the top margin, as in the PDF.
    const double numberInkMm = m_measure.inkHeight(FontPt::pageNumber) * 25.4 / 72;
    s.headerTw = twipsFromMm((m_page.marginTopMm - numberInkMm) / 2);
    // Item 27: the address line's bottom on the bottom margin.
    s.footerTw = s.bottomTw;
    s.restartNumbering = true;
    return s;
}

// Items 1–6: two borderless columns, then the number and the place-and-date
// line on one row.
void DocxLayout::letterhead()
{
    const Letterhead &head = m_d.letterhead;
    const double leftPt = m_leftTw / 20.0;
    const QString issuing = nfc(head.issuingBody).toUpper().trimmed();
    const auto fitsOneLine = [&](double pt) { return m_measure.wrap(issuing, pt, true, leftPt).size() <= 1; };
    const double agencyPt = !fitsOneLine(FontPt::agency) && fitsOneLine(FontPt::agencyNarrow)
            ? FontPt::agencyNarrow
            : FontPt::agency;

    m_writer.beginTable({ { m_leftTw, m_rightTw }, 0, 0 });
    m_writer.beginRow(false, true);
    m_writer.beginCell();
    if (!head.parentBody.trimmed().isEmpty())
        m_writer.addParagraph(centredLines(m_measure.balanced(nfc(head.parentBody).toUpper(), agencyPt, false, leftPt), agencyPt, false));
    if (!issuing.isEmpty()) {
        const QStringList lines = m_measure.balanced(issuing, agencyPt, true, leftPt);
        m_writer.addParagraph(centredLines(lines, agencyPt, true));
        m_writer.addParagraph(rule(twipsFromPt(kShortRuleShare * m_measure.widest(lines, agencyPt, true)), m_leftTw,
                                   ruleGap(agencyPt)));
    }
    m_writer.endCell();
    m_writer.beginCell();
    m_writer.addParagraph(centredLines({ OfficialDocument::nationalTitle() }, FontPt::nationalTitle, true));
    m_writer.addParagraph(centredLines({ OfficialDocument::motto() }, FontPt::motto, true));
    // Item 2: the rule is exactly as long as the motto.
    m_writer.addParagraph(rule(twipsFromPt(m_measure.width(OfficialDocument::motto(), FontPt::motto, true)), m_rightTw,
                               ruleGap(FontPt::motto)));
    m_writer.endCell();
    m_writer.endRow();

    m_writer.beginRow(false, true);
    m_writer.beginCell();
    Paragraph number = centredLines({ m_d.numberLine() }, FontPt::number, false);
    number.beforeTw = twipsFromPt(kHeaderRowGapPt);
    m_writer.addParagraph(number);
    m_writer.endCell();
    m_writer.beginCell();
    Paragraph date = centredLines({ m_d.placeDateLine() }, FontPt::placeDate, false, true);
    date.beforeTw = twipsFromPt(kHeaderRowGapPt);
    m_writer.addParagraph(date);
    m_writer.endCell();
    m_writer.endRow();
    m_writer.endTable();
}

// Items 7–9: document type, subject with its rule, "Kính gửi".
void DocxLayout::title()
{
    Paragraph type = centredLines({ nfc(m_d.documentType).toUpper() }, FontPt::title, true);
    type.beforeTw = twipsFromPt(kTitleGapPt);
    type.keepNext = true;
    m_writer.addParagraph(type);
    double subjectWidth = 0;
    for (const QString &line : m_d.subjectLines) {
        if (line.trimmed().isEmpty())
            continue;
        Paragraph subject = centredLines({ nfc(line.trimmed()) }, FontPt::title, true);
        subject.keepNext = true;
        m_writer.addParagraph(subject);
        subjectWidth = std::max(subjectWidth, m_measure.width(nfc(line.trimmed()), FontPt::title, true));
    }
    if (subjectWidth > 0) {
        Paragraph line = rule(twipsFromPt(kShortRuleShare * subjectWidth), m_textTw, ruleGap(FontPt::title));
        line.keepNext = true;
        m_writer.addParagraph(line);
    }
    if (m_d.addressees.isEmpty())
        return;
    // Item 9: one addressee on the "Kính gửi" line; several as "- X;" lines with
    // the dashes under the colon, the whole block centred.
    const double pt = FontPt::addressee;
    if (m_d.addressees.size() == 1) {
        Paragraph p = centredLines({ nfc(QStringLiteral("Kính gửi: ") + m_d.addressees.first().trimmed()) }, pt, false);
        p.beforeTw = twipsFromPt(kAddresseeGapPt);
        m_writer.addParagraph(p);
        return;
    }
    const QString label = QStringLiteral("Kính gửi:");
    const double colon = m_measure.width(label, pt) - m_measure.width(QStringLiteral(":"), pt);
    const QStringList items = formatListItems(m_d.addressees);
    const double widest = m_measure.widest(items, pt, false);
    const double x = std::max(0.0, (m_textTw / 20.0 - colon - widest) / 2);
    Paragraph labelLine;
    labelLine.leftTw = twipsFromPt(x);
    labelLine.beforeTw = twipsFromPt(kAddresseeGapPt);
    labelLine.markPt = pt;
    labelLine.runs << Run{ label, pt };
    m_writer.addParagraph(labelLine);
    const double dash = m_measure.width(QStringLiteral("- "), pt);
    for (const QString &item : items) {
        Paragraph p;
        p.leftTw = twipsFromPt(x + colon + dash);
        p.hangingTw = twipsFromPt(dash);
        p.markPt = pt;
        p.runs << Run{ item, pt };
        m_writer.addParagraph(p);
    }
}

// Item 11 and the headings of items 15–16: justified, first-line indent, the
// headings bold and kept with the paragraph that follows.
void DocxLayout::body()
{
    Paragraph paragraph;
    paragraph.align = Align::Justify;
    paragraph.firstLineTw = twipsFromMm(kFirstLineIndentMm);
    paragraph.beforeTw = twipsFromPt(kParagraphSpacingPt);
    paragraph.lineTw = qRound(240 * kBodyLineSpacing);
    bool first = true;
    const auto add = [&](Paragraph p) {
        // The PDF puts the title-to-body gap before the first paragraph's spacing.
        if (first)
            p.beforeTw = twipsFromPt(kBodyGapPt + kParagraphSpacingPt);
        first = false;
        m_writer.addParagraph(p);
    };
    for (const DocumentBlock &block : m_d.body) {
        const bool heading = block.kind == DocumentBlock::Kind::SectionHeading
                || block.kind == DocumentBlock::Kind::ClauseHeading;
        Paragraph p = paragraph;
        p.keepNext = heading;
        if (block.kind == DocumentBlock::Kind::Bullet)
            p.runs << Run{ QStringLiteral("- ") };
        QString text;
        for (const TextRun &run : block.runs) {
            p.runs << Run{ nfc(run.text), 0, heading || run.bold, run.italic };
            text += run.text;
        }
        if (text.trimmed().isEmpty())
            continue;
        add(p);
    }
    if (!m_d.closingLine.trimmed().isEmpty()) {
        Paragraph p = paragraph;
        // Kept with the signature block, as in the PDF.
        p.keepNext = true;
        p.keepLines = true;
        p.runs << Run{ nfc(m_d.closingLine.trimmed()) };
        add(p);
    }
}

// Items 20–25: "Nơi nhận" on the left, level with the first line of the signer
// block on the right, then the signature space and the name. One row that
// never splits across pages.
void DocxLayout::signature()
{
    m_writer.beginTable({ { m_leftTw, m_rightTw }, 0, 0 });
    m_writer.beginRow(false, true);

    const int gapTw = twipsFromPt(kSignatureGapPt);
    m_writer.beginCell();
    const QStringList items = formatListItems(m_d.distribution);
    if (!items.isEmpty()) {
        Paragraph label;
        label.markPt = FontPt::distributionLabel;
        // Same baseline as the signer's first line (14 pt).
        label.beforeTw = gapTw
                + twipsFromPt(m_measure.ascent(FontPt::signer) - m_measure.ascent(FontPt::distributionLabel));
        label.keepNext = true;
        label.runs << Run{ QStringLiteral("Nơi nhận:"), FontPt::distributionLabel, true, true };
        m_writer.addParagraph(label);
        const double dash = m_measure.width(QStringLiteral("- "), FontPt::distributionItem);
        for (const QString &item : items) {
            Paragraph p;
            p.markPt = FontPt::distributionItem;
            p.leftTw = twipsFromPt(dash);
            p.hangingTw = twipsFromPt(dash);
            // A little gutter keeps a long item from touching the signer column.
            p.rightTw = twipsFromMm(3);
            p.runs << Run{ nfc(item), FontPt::distributionItem };
            m_writer.addParagraph(p);
        }
    }
    m_writer.endCell();

    m_writer.beginCell();
    bool firstLine = true;
    for (const QString &text : { m_d.authorityLine(), m_d.signerPosition }) {
        if (text.trimmed().isEmpty())
            continue;
        Paragraph p = centredLines({ nfc(text.trimmed()).toUpper() }, FontPt::signer, true);
        if (firstLine)
            p.beforeTw = gapTw;
        firstLine = false;
        m_writer.addParagraph(p);
    }
    if (!m_d.signerName.trimmed().isEmpty()) {
        Paragraph name = centredLines({ nfc(m_d.signerName.trimmed()) }, FontPt::signer, true);
        // Item 22: room for the signature and the seal.
        name.beforeTw = twipsFromMm(kSignatureSpaceMm) + (firstLine ? gapTw : 0);
        m_writer.addParagraph(name);
    }
    m_writer.endCell();
    m_writer.endRow();
    m_writer.endTable();
}

// Item 27 (optional): the address line at the foot of page 1, under a
// full-width rule: the first page's footer.
void DocxLayout::addressFooter()
{
    const QString address = nfc(m_d.letterhead.addressLine.trimmed());
    if (address.isEmpty())
        return;
    Paragraph line = rule(m_textTw, m_textTw, 0.1);
    Paragraph text = centredLines({ address }, FontPt::addressFooter, false);
    text.beforeTw = twipsFromPt(kFooterGapPt);
    m_writer.setFirstPageFooter({ line, text });
}

// Items 29–31: label, title and guide line centred, then the table with its
// header row repeated on every page and no row split.
void DocxLayout::appendix(const Appendix &appendix)
{
    const double paperWidth = appendix.landscape ? 297 : 210;
    const int areaTw = twipsFromMm(paperWidth - m_page.marginLeftMm - m_page.marginRightMm);
    QList<Paragraph> heading;
    if (!appendix.label.trimmed().isEmpty())
        heading << centredLines({ nfc(appendix.label.trimmed()) }, FontPt::title, true);
    if (!appendix.title.trimmed().isEmpty())
        heading << centredLines({ nfc(appendix.title.trimmed()).toUpper() }, FontPt::title, true);
    if (!appendix.guideLine.trimmed().isEmpty())
        heading << centredLines({ nfc(appendix.guideLine.trimmed()) }, FontPt::title, false, true);
    for (qsizetype i = 0; i < heading.size(); ++i) {
        heading[i].keepNext = true;
        if (i + 1 == heading.size())
            heading[i].afterTw = twipsFromPt(kBodyGapPt);
        m_writer.addParagraph(heading.at(i));
    }
    const qsizetype columns = appendix.headers.size();
    if (columns == 0)
        return;
    double shareSum = 0;
    for (qsizetype c = 0; c < columns; ++c)
        shareSum += std::max(0.0, appendix.columnShares.value(c, 1.0));
    docx::TableFormat format;
    format.gridPt = kGridWidthPt;
    format.cellMarginTw = twipsFromMm(kCellPaddingMm);
    int used = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const double share = shareSum > 0 ? std::max(0.0, appendix.columnShares.value(c, 1.0)) / shareSum : 1.0 / columns;
        const int width = c + 1 == columns ? areaTw - used : int(share * areaTw);
        format.columnsTw << width;
        used += width;
    }
    m_writer.beginTable(format);
    const auto row = [&](const QStringList &cells, bool header) {
        m_writer.beginRow(header, true);
        for (qsizetype c = 0; c < columns; ++c) {
            m_writer.beginCell();
            Paragraph p;
            p.markPt = kTableFontPt;
            p.align = header ? Align::Centre : (appendix.rightAligned.value(c) ? Align::Right : Align::Left);
            p.runs << Run{ nfc(cells.value(c)), kTableFontPt, header };
            m_writer.addParagraph(p);
            m_writer.endCell();
        }
        m_writer.endRow();
    };
    row(appendix.headers, true);
    for (const QStringList &cells : appendix.rows)
        row(cells, false);
    m_writer.endTable();
}

QByteArray DocxLayout::build(QString *why)
{
    m_writer.setPageNumberSize(FontPt::pageNumber);
    addressFooter();
    if (m_d.draft) {
        // As the PDF prints it: in the top margin of the first page, right.
        Paragraph mark;
        mark.align = Align::Right;
        mark.markPt = FontPt::draftMark;
        mark.runs << Run{ OfficialDocument::draftMark(), FontPt::draftMark, true };
        m_writer.setFirstPageHeader({ mark });
    }
    letterhead();
    title();
    body();
    signature();
    docx::Section current = section(false);
    current.firstPageFooter = true;
    for (const Appendix &item : m_d.appendices) {
        m_writer.endSection(current);
        appendix(item);
        current = section(item.landscape);
    }
    // A table is followed by a paragraph (of 1 pt) before the section ends.
    Paragraph end;
    end.exactLine = true;
    end.lineTw = 20;
    end.markPt = 1;
    m_writer.addParagraph(end);

    docx::Properties properties;
    properties.title = documentTitle(m_d);
    properties.application = QStringLiteral("CDS Desk " CDS_VERSION).trimmed();
    if (m_d.draft)
        properties.status = QStringLiteral("Dự thảo");
    return m_writer.package(current, properties, why);
}

} // namespace

bool exportDocx(const OfficialDocument &document, const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("cds::ReportDocx", "Cannot write the Word file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QString why;
    const QByteArray package = DocxLayout(document).build(&why);
    if (package.isEmpty())
        return fail(why);
    if (!writeFileReplacing(path, package, &why))
        return fail(why);
    return true;
}

} // namespace cds
