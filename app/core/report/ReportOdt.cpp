#include "report/ReportOdt.h"

#include "package/ZipPackage.h"
#include "report/DocumentMeasures.h"
#include "report/OdtRules.h"
#include "report/TextMeasure.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>


#include <algorithm>
#include <utility>


namespace cds {

namespace {

// The family the ODT names: the clerks' Windows PCs have Times New Roman, and
// LibreOffice on Linux maps it to the metric-compatible Liberation Serif.
const QString kFamily = QStringLiteral("Times New Roman");
constexpr qreal kPageNumberPt = 14; // item 28 (13–14 pt), as the PDF
// The page-number line (14 pt Times New Roman, single spacing ≈ 5.7 mm) rounded
// up: the header is placed so that this line sits in the middle of the top margin.
constexpr double kPageNumberLineMm = 6;

// Master page names (ODF encodes a space in a style name as "_20_").
const QString kFirstPage = QStringLiteral("First_20_Page");
const QString kStandardPage = QStringLiteral("Standard");
const QString kLandscapeFirstPage = QStringLiteral("Landscape_20_First");
const QString kLandscapePage = QStringLiteral("Landscape");

// Marks a block or table format as one of a kind, so that Qt's writer gives
// it an automatic style of its own that a master page can be bound to.
constexpr int kMarkProperty = QTextFormat::UserProperty + 0x0D7;

QTextCharFormat charFormat(const QString &family, qreal pt, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFontFamilies({family});
    // Qt 6.4's ODF writer reads the family from the old single-family property
    // only (and writes "Sans" without it); later versions read either.
    format.setProperty(QTextFormat::OldFontFamily, family);
    format.setFontPointSize(pt);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    return format;
}

// Qt's ODF writer takes a block's margins and indent for pixels at 96 dpi and
// writes them as points (× 72/96): lengths in points are given to it as such
// pixels, so that the file says the points meant.
constexpr qreal px(qreal pt)
{
    return pt * 96 / 72;
}

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QTextBlockFormat centred()
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    return format;
}

QTextTable *borderlessTable(QTextCursor &cursor, int rows, int columns, const QList<qreal> &percent, int mark = 0)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal p : percent)
        widths << QTextLength(QTextLength::PercentageLength, p);
    format.setColumnWidthConstraints(widths);
    if (mark)
        format.setProperty(kMarkProperty, mark);
    return cursor.insertTable(rows, columns, format);
}

// --- styles.xml: page layouts and master pages ----------------------------------

const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kFoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

QString mm(double value)
{
    return QString::number(value, 'g', 6) + QStringLiteral("mm");
}

QString pt(qreal value)
{
    return QString::number(value, 'g', 6) + QStringLiteral("pt");
}

// A page layout: A4 in the orientation asked, the decree's margins. With a
// header, the page's top margin is cut so that the header (the page number,
// centred in it) fills the rest of the decree's top margin and the body still
// starts where the decree says.
void writePageLayout(QXmlStreamWriter &w, const QString &name, const PageSettings &page, bool landscape, bool header)
{
    const double top = header ? (page.marginTopMm - kPageNumberLineMm) / 2 : page.marginTopMm;
    w.writeStartElement(kStyleNs, QStringLiteral("page-layout"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), name);
    w.writeEmptyElement(kStyleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("page-width"), mm(landscape ? 297 : 210));
    w.writeAttribute(kFoNs, QStringLiteral("page-height"), mm(landscape ? 210 : 297));
    w.writeAttribute(kStyleNs, QStringLiteral("print-orientation"),
                     landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    w.writeAttribute(kFoNs, QStringLiteral("margin-top"), mm(top));
    w.writeAttribute(kFoNs, QStringLiteral("margin-bottom"), mm(page.marginBottomMm));
    w.writeAttribute(kFoNs, QStringLiteral("margin-left"), mm(page.marginLeftMm));
    w.writeAttribute(kFoNs, QStringLiteral("margin-right"), mm(page.marginRightMm));
    if (header) {
        w.writeStartElement(kStyleNs, QStringLiteral("header-style"));
        w.writeEmptyElement(kStyleNs, QStringLiteral("header-footer-properties"));
        w.writeAttribute(kFoNs, QStringLiteral("min-height"), mm(page.marginTopMm - top));
        w.writeAttribute(kFoNs, QStringLiteral("margin-bottom"), mm(0));
        w.writeAttribute(kStyleNs, QStringLiteral("dynamic-spacing"), QStringLiteral("false"));
        w.writeEndElement(); // header-style
    }
    w.writeEndElement(); // page-layout
}

// A master page: with next, a first page (no number, item 28) that holds
// firstPageMark in its header when one is given; without, the numbered pages.
void writeMasterPage(QXmlStreamWriter &w, const QString &name, const QString &displayName, const QString &layout,
                     const QString &next, const QString &firstPageMark = {})
{
    w.writeStartElement(kStyleNs, QStringLiteral("master-page"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), name);
    if (!displayName.isEmpty())
        w.writeAttribute(kStyleNs, QStringLiteral("display-name"), displayName);
    w.writeAttribute(kStyleNs, QStringLiteral("page-layout-name"), layout);
    if (!next.isEmpty()) {
        w.writeAttribute(kStyleNs, QStringLiteral("next-style-name"), next);
        if (!firstPageMark.isEmpty()) {
            w.writeStartElement(kStyleNs, QStringLiteral("header"));
            w.writeStartElement(kTextNs, QStringLiteral("p"));
            w.writeAttribute(kTextNs, QStringLiteral("style-name"), QStringLiteral("DraftMark"));
            w.setAutoFormatting(false);
            w.writeCharacters(firstPageMark);
            w.writeEndElement(); // p
            w.setAutoFormatting(true);
            w.writeEndElement(); // header
        }
    } else {
        // Item 28: the page number, centred (paragraph style "Header").
        w.writeStartElement(kStyleNs, QStringLiteral("header"));
        w.writeStartElement(kTextNs, QStringLiteral("p"));
        w.writeAttribute(kTextNs, QStringLiteral("style-name"), QStringLiteral("Header"));
        // No indentation inside the paragraph: ODF would keep a space after the number.
        w.setAutoFormatting(false);
        w.writeStartElement(kTextNs, QStringLiteral("page-number"));
        w.writeAttribute(kTextNs, QStringLiteral("select-page"), QStringLiteral("current"));
        w.writeEndElement(); // page-number
        w.writeEndElement(); // p
        w.setAutoFormatting(true);
        w.writeEndElement(); // header
    }
    w.writeEndElement(); // master-page
}

// draft: the first pages carry OfficialDocument::draftMark() in their header.
QByteArray stylesXml(const PageSettings &page, bool draft)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(kOfficeNs, QStringLiteral("office"));
    w.writeNamespace(kStyleNs, QStringLiteral("style"));
    w.writeNamespace(kTextNs, QStringLiteral("text"));
    w.writeNamespace(kFoNs, QStringLiteral("fo"));
    w.writeNamespace(kSvgNs, QStringLiteral("svg"));
    w.writeStartElement(kOfficeNs, QStringLiteral("document-styles"));
    w.writeAttribute(kOfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    w.writeStartElement(kOfficeNs, QStringLiteral("font-face-decls"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("font-face"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), kFamily);
    w.writeAttribute(kSvgNs, QStringLiteral("font-family"), u'\'' + kFamily + u'\'');
    w.writeAttribute(kStyleNs, QStringLiteral("font-family-generic"), QStringLiteral("roman"));
    w.writeAttribute(kStyleNs, QStringLiteral("font-pitch"), QStringLiteral("variable"));
    w.writeEndElement(); // font-face-decls

    w.writeStartElement(kOfficeNs, QStringLiteral("styles"));
    // The body font (Part I, section I) and the language, for the spelling checker.
    w.writeStartElement(kStyleNs, QStringLiteral("default-style"));
    w.writeAttribute(kStyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("text-properties"));
    w.writeAttribute(kStyleNs, QStringLiteral("font-name"), kFamily);
    w.writeAttribute(kFoNs, QStringLiteral("font-size"), pt(page.bodyFontPt));
    w.writeAttribute(kFoNs, QStringLiteral("language"), QStringLiteral("vi"));
    w.writeAttribute(kFoNs, QStringLiteral("country"), QStringLiteral("VN"));
    w.writeEndElement(); // default-style
    w.writeEmptyElement(kStyleNs, QStringLiteral("style"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(kStyleNs, QStringLiteral("class"), QStringLiteral("text"));
    w.writeStartElement(kStyleNs, QStringLiteral("style"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), QStringLiteral("Header"));
    w.writeAttribute(kStyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(kStyleNs, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyleNs, QStringLiteral("class"), QStringLiteral("extra"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeAttribute(kFoNs, QStringLiteral("margin-top"), mm(0));
    w.writeAttribute(kFoNs, QStringLiteral("margin-bottom"), mm(0));
    w.writeEmptyElement(kStyleNs, QStringLiteral("text-properties"));
    w.writeAttribute(kStyleNs, QStringLiteral("font-name"), kFamily);
    w.writeAttribute(kFoNs, QStringLiteral("font-size"), pt(kPageNumberPt));
    w.writeEndElement(); // style Header
    // A draft's mark: right, bold, as the PDF prints it in the top margin.
    w.writeStartElement(kStyleNs, QStringLiteral("style"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), QStringLiteral("DraftMark"));
    w.writeAttribute(kStyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(kStyleNs, QStringLiteral("parent-style-name"), QStringLiteral("Header"));
    w.writeAttribute(kStyleNs, QStringLiteral("class"), QStringLiteral("extra"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("text-align"), QStringLiteral("end"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("text-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("font-size"), pt(measures::FontPt::draftMark));
    w.writeAttribute(kFoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    w.writeEndElement(); // style DraftMark
    w.writeEndElement(); // styles

    w.writeStartElement(kOfficeNs, QStringLiteral("automatic-styles"));
    writePageLayout(w, QStringLiteral("CdsFirst"), page, false, draft);
    writePageLayout(w, QStringLiteral("CdsNumbered"), page, false, true);
    writePageLayout(w, QStringLiteral("CdsLandscapeFirst"), page, true, draft);
    writePageLayout(w, QStringLiteral("CdsLandscapeNumbered"), page, true, true);
    w.writeEndElement(); // automatic-styles

    w.writeStartElement(kOfficeNs, QStringLiteral("master-styles"));
    writeMasterPage(w, kStandardPage, {}, QStringLiteral("CdsNumbered"), {});
    const QString mark = draft ? OfficialDocument::draftMark() : QString();
    writeMasterPage(w, kFirstPage, QStringLiteral("First Page"), QStringLiteral("CdsFirst"), kStandardPage, mark);
    writeMasterPage(w, kLandscapePage, {}, QStringLiteral("CdsLandscapeNumbered"), {});
    writeMasterPage(w, kLandscapeFirstPage, QStringLiteral("Landscape First"), QStringLiteral("CdsLandscapeFirst"),
                    kLandscapePage, mark);
    w.writeEndElement(); // master-styles

    w.writeEndElement(); // document-styles
    w.writeEndDocument();
    return bytes;
}

// --- content.xml: the first page and the appendices on their master pages ----

// Qt's writer gives a table's and a column's percentage widths as lengths
// ("100pt" for 100 %, "40%" for a column, which ODF does not allow). Every
// table of the report spans the text width: the table is aligned to the
// margins and its columns get relative widths ("40*").
QXmlStreamAttributes fixedTableWidths(const QString &element, const QXmlStreamAttributes &attributes)
{
    const bool table = element == QStringLiteral("style:table-properties");
    const bool column = element == QStringLiteral("style:table-column-properties");
    if (!table && !column)
        return attributes;
    QXmlStreamAttributes fixed;
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QString name = attribute.qualifiedName().toString();
        const QString value = attribute.value().toString();
        if (table && (name == QStringLiteral("style:width") || name == QStringLiteral("table:align")))
            continue;
        if (column && name == QStringLiteral("style:column-width") && value.endsWith(u'%')) {
            fixed.append(QStringLiteral("style:rel-column-width"), value.chopped(1) + u'*');
            continue;
        }
        fixed.append(name, value);
    }
    if (table)
        fixed.append(QStringLiteral("table:align"), QStringLiteral("margins"));
    return fixed;
}

// What one automatic style of content.xml becomes: bound to a master page and,
// for an appendix, with the page numbers restarted at 1.
struct PageStart
{
    QString masterPage;
    bool restartNumbering = false;
    bool table = false;
};

// Binds the first element of the body to "First Page" and the title of each
// appendix (the paragraphs Qt wrote with a page break before them, in order)
// to "First Page" or "Landscape First", restarting the page numbers. In the
// appendix tables the first row becomes a header row (repeated on every page)
// and no row may split across pages; Qt's writer knows neither. Those
// elements carry formats of their own (kMarkProperty), so each has an
// automatic style no other element uses: the style itself is changed. The
// empty paragraph QTextDocument keeps before a leading table is dropped, so
// the letterhead starts at the top margin. Everything else is copied token by
// token. Returns false with why set when content is not what Qt writes.
bool bindMasterPages(QByteArray *content, const QList<Appendix> &appendices, QString *why)
{
    const QString textStyleName = QStringLiteral("text:style-name");
    const QString tableStyleName = QStringLiteral("table:style-name");
    const auto styleOf = [&](const QXmlStreamAttributes &attributes) {
        return attributes.hasAttribute(textStyleName) ? attributes.value(textStyleName).toString()
                                                      : attributes.value(tableStyleName).toString();
    };

    // Pass 1: the automatic styles with a page break, the top-level elements of
    // the body, and how often each style is used.
    struct TopElement
    {
        QString name;
        QString style;
        bool empty = true;
    };
    QSet<QString> breakBefore;
    QList<TopElement> top;
    QHash<QString, int> uses;
    {
        QXmlStreamReader reader(*content);
        reader.setNamespaceProcessing(false);
        QString style;
        int depth = 0;
        int textDepth = -1;
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                const QString name = reader.qualifiedName().toString();
                const QXmlStreamAttributes attributes = reader.attributes();
                if (name == QStringLiteral("style:style"))
                    style = attributes.value(QStringLiteral("style:name")).toString();
                else if (name == QStringLiteral("style:paragraph-properties")
                         && attributes.value(QStringLiteral("fo:break-before")) == QStringLiteral("page"))
                    breakBefore.insert(style);
                const QString used = styleOf(attributes);
                if (!used.isEmpty())
                    uses[used] += 1;
                if (textDepth > 0 && depth == textDepth + 1)
                    top.append({ name, used, true });
                else if (textDepth > 0 && depth > textDepth + 1)
                    top.last().empty = false;
                if (name == QStringLiteral("office:text"))
                    textDepth = depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == textDepth)
                    textDepth = -1;
                --depth;
            } else if (token == QXmlStreamReader::Characters && textDepth > 0 && depth > textDepth
                       && !reader.isWhitespace()) {
                top.last().empty = false;
            }
        }
        if (reader.hasError()) {
            *why = reader.errorString();
            return false;
        }
    }
    if (top.isEmpty()) {
        *why = QStringLiteral("content.xml has no text");
        return false;
    }
    const bool dropFirst = top.size() > 1 && top.at(0).name == QStringLiteral("text:p") && top.at(0).empty
            && top.at(1).name == QStringLiteral("table:table");
    QHash<QString, PageStart> starts;
    const TopElement &first = top.at(dropFirst ? 1 : 0);
    starts.insert(first.style, { kFirstPage, false, first.name == QStringLiteral("table:table") });
    qsizetype appendix = 0;
    QSet<qsizetype> appendixTables; // indices in top
    for (qsizetype i = dropFirst ? 2 : 1; i < top.size(); ++i) {
        if (top.at(i).name == QStringLiteral("table:table") && appendix > 0)
            appendixTables.insert(i);
        if (top.at(i).name != QStringLiteral("text:p") || !breakBefore.contains(top.at(i).style))
            continue;
        const bool landscape = appendix < appendices.size() && appendices.at(appendix).landscape;
        starts.insert(top.at(i).style, { landscape ? kLandscapeFirstPage : kFirstPage, true, false });
        ++appendix;
    }
    if (appendix != appendices.size()) {
        *why = QStringLiteral("%1 appendices, %2 page breaks in content.xml").arg(appendices.size()).arg(appendix);
        return false;
    }
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (it.key().isEmpty() || uses.value(it.key()) != 1) {
            *why = QStringLiteral("the style “%1” of a page start is not its own").arg(it.key());
            return false;
        }
    }

    // Pass 2: the copy.
    QByteArray out;
    QXmlStreamWriter writer(&out);
    QXmlStreamReader reader(*content);
    reader.setNamespaceProcessing(false);
    const PageStart *start = nullptr; // inside the style:style of a page start
    bool propertiesDone = false;
    int depth = 0;
    int styleDepth = 0;
    int textDepth = -1;
    qsizetype topIndex = -1;
    int tableDepth = 0; // inside an appendix table
    bool headerRowsOpen = false;
    bool headerRowsDone = false;
    const QString row = QStringLiteral("table:table-row");
    const QString rowStyle = QStringLiteral("CdsRowKeepTogether");
    const auto writeAttributes = [&writer](const QXmlStreamAttributes &attributes, const QString &skip = {}) {
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.qualifiedName() != skip)
                writer.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
        }
    };
    const auto writeProperties = [&](const QXmlStreamAttributes &attributes, bool empty) {
        writer.writeStartElement(start->table ? QStringLiteral("style:table-properties")
                                              : QStringLiteral("style:paragraph-properties"));
        // The master page breaks the page already.
        writeAttributes(attributes, QStringLiteral("fo:break-before"));
        if (start->restartNumbering)
            writer.writeAttribute(QStringLiteral("style:page-number"), QStringLiteral("1"));
        if (empty)
            writer.writeEndElement();
        propertiesDone = true;
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument();
            break;
        case QXmlStreamReader::EndDocument:
            writer.writeEndDocument();
            break;
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QString name = reader.qualifiedName().toString();
            const QXmlStreamAttributes attributes = fixedTableWidths(name, reader.attributes());
            if (textDepth > 0 && depth == textDepth + 1) {
                ++topIndex;
                if (topIndex == 0 && dropFirst) {
                    reader.skipCurrentElement();
                    --depth;
                    break;
                }
                if (appendixTables.contains(topIndex)) {
                    tableDepth = depth;
                    headerRowsDone = false;
                }
            }
            // Items 29–31 as the PDF lays them out: the header row repeated on
            // every page, no row split across pages.
            if (tableDepth > 0 && depth == tableDepth + 1 && name == row) {
                if (!std::exchange(headerRowsDone, true)) {
                    writer.writeStartElement(QStringLiteral("table:table-header-rows"));
                    headerRowsOpen = true;
                }
                writer.writeStartElement(name);
                writeAttributes(attributes, QStringLiteral("table:style-name"));
                writer.writeAttribute(QStringLiteral("table:style-name"), rowStyle);
                break;
            }
            if (start && !propertiesDone && depth == styleDepth + 1) {
                const bool properties = name == (start->table ? QStringLiteral("style:table-properties")
                                                              : QStringLiteral("style:paragraph-properties"));
                writeProperties(properties ? attributes : QXmlStreamAttributes(), !properties);
                if (properties)
                    break;
            }
            writer.writeStartElement(name);
            writeAttributes(attributes);
            if (name == QStringLiteral("office:text")) {
                textDepth = depth;
            } else if (name == QStringLiteral("style:style")) {
                const auto it = starts.constFind(attributes.value(QStringLiteral("style:name")).toString());
                if (it != starts.cend()) {
                    start = &it.value();
                    styleDepth = depth;
                    propertiesDone = false;
                    writer.writeAttribute(QStringLiteral("style:master-page-name"), start->masterPage);
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (start && depth == styleDepth) {
                if (!propertiesDone)
                    writeProperties({}, true);
                start = nullptr;
            }
            if (depth == textDepth)
                textDepth = -1;
            if (depth == 2 && reader.qualifiedName() == QStringLiteral("office:automatic-styles")) {
                writer.writeStartElement(QStringLiteral("style:style"));
                writer.writeAttribute(QStringLiteral("style:name"), rowStyle);
                writer.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-row"));
                writer.writeEmptyElement(QStringLiteral("style:table-row-properties"));
                writer.writeAttribute(QStringLiteral("fo:keep-together"), QStringLiteral("always"));
                writer.writeEndElement(); // style:style
            }
            writer.writeEndElement();
            if (tableDepth > 0 && depth == tableDepth + 1 && reader.qualifiedName() == row && headerRowsOpen) {
                writer.writeEndElement(); // table:table-header-rows
                headerRowsOpen = false;
            }
            if (depth == tableDepth)
                tableDepth = 0;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            writer.writeCharacters(reader.text().toString());
            break;
        default: // Qt writes no comments, processing instructions or DTD
            break;
        }
    }
    if (reader.hasError()) {
        *why = reader.errorString();
        return false;
    }
    *content = out;
    return true;
}

// Qt's package: mimetype, META-INF/manifest.xml, content.xml (and pictures,
// which the report has none of). Returns it with styles.xml added and bound,
// mimetype first; empty with why set on failure.
QByteArray withPageSetup(const QByteArray &package, const OfficialDocument &d, const QList<OdtRule> &rules, QString *why)
{
    QList<ZipEntry> entries = readZip(package, why);
    if (entries.isEmpty())
        return {};
    QList<ZipEntry> out{ { QByteArrayLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text") } };
    bool hasContent = false;
    for (ZipEntry &entry : entries) {
        if (entry.name == "mimetype" || entry.name == "styles.xml")
            continue;
        if (entry.name == "META-INF/manifest.xml" && !entry.data.contains("\"styles.xml\"")) {
            const QByteArray end = QByteArrayLiteral("</manifest:manifest>");
            if (!entry.data.contains(end)) {
                *why = QStringLiteral("unexpected META-INF/manifest.xml");
                return {};
            }
            const QByteArray styles = QByteArrayLiteral(" <manifest:file-entry manifest:media-type=\"text/xml\" "
                                                        "manifest:full-path=\"styles.xml\"/>\n");
            entry.data.replace(end, QByteArray(styles + end));
        } else if (entry.name == "content.xml") {
            // Qt writes a tab before every line break (for justified text); in
            // the centred letterhead and signature it would push the lines aside.
            // Its indentation between the two would also read as a space.
            static const QRegularExpression tabBeforeBreak(QStringLiteral("<text:tab/>\\s*<text:line-break/>"));
            entry.data = QString::fromUtf8(entry.data).replace(tabBeforeBreak, QStringLiteral("<text:line-break/>")).toUtf8();
            // Qt writes a proportional line height as style:line-height, which
            // ODF does not have (LibreOffice ignores it and sets the body single):
            // ODF's attribute is fo:line-height.
            entry.data.replace("style:line-height=\"", "fo:line-height=\"");
            if (!bindMasterPages(&entry.data, d.appendices, why) || !addOdtRules(&entry.data, rules, why))
                return {};
            hasContent = true;
        }
        out.append(entry);
        if (entry.name == "content.xml")
            out.append({ QByteArrayLiteral("styles.xml"), stylesXml(d.page.clamped(), d.draft) });
    }
    if (!hasContent) {
        *why = QStringLiteral("no content.xml");
        return {};
    }
    return writeZip(out, why);
}

} // namespace

bool exportOdt(const OfficialDocument &d, const QString &path, QString *error)
{
    using namespace measures;
    const QString &family = kFamily;
    const PageSettings page = d.page.clamped();
    const qreal bodyPt = page.bodyFontPt;
    const TextMeasure measure;
    // Space a rule takes under the ink of its text (kRuleGapPt, then the rule):
    // the line's own gap under the descent is part of it.
    const auto ruleSpace = [&measure](qreal pt) { return kRuleGapPt - measure.lineGap(pt) + kRuleWidthPt; };
    const auto ruleTop = [&measure](qreal pt) { return measure.inkHeight(pt) + kRuleGapPt; };
    const auto lineHeight = [&measure](qreal pt) { return measure.inkHeight(pt) + measure.lineGap(pt); };
    constexpr qreal mmPerPt = 25.4 / 72;
    const qreal textPt = (210 - page.marginLeftMm - page.marginRightMm) / mmPerPt;
    const qreal leftPt = textPt * kLeftColumnShare;
    const qreal rightPt = textPt - leftPt;
    QList<OdtRule> rules;

    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.setBlockCharFormat(charFormat(family, bodyPt));

    // Items 1–6. Qt's writer makes every paragraph of a table a cell of its
    // own, so a cell of several lines is one paragraph with line breaks. The
    // first row's paragraphs keep room under them for the rules.
    QTextTable *head = borderlessTable(cursor, 2, 2, {40, 60}, /*mark*/ 1);
    QTextCursor c = head->cellAt(0, 0).firstCursorPosition();
    // 13 pt, or 12 pt when only that keeps the issuing body on one line of
    // its column; else balanced lines at 13 pt, as the PDF does (items 3–4).
    const QString agency = nfc(d.letterhead.issuingBody).toUpper().trimmed();
    const auto fitsOneLine = [&](qreal pt) { return measure.wrap(agency, pt, true, leftPt).size() <= 1; };
    const qreal agencyPt = !fitsOneLine(FontPt::agency) && fitsOneLine(FontPt::agencyNarrow) ? FontPt::agencyNarrow
                                                                                             : FontPt::agency;
    const QStringList agencyLines = measure.balanced(agency, agencyPt, true, leftPt);
    QTextBlockFormat agencyFormat = centred();
    agencyFormat.setBottomMargin(px(agencyLines.isEmpty() ? 0 : ruleSpace(agencyPt)));
    c.setBlockFormat(agencyFormat);
    qreal agencyTop = 0; // of the issuing body's last line, in the cell
    if (!d.letterhead.parentBody.trimmed().isEmpty()) {
        const QStringList parent = measure.balanced(nfc(d.letterhead.parentBody).toUpper(), agencyPt, false, leftPt);
        c.insertText(parent.join(QChar(QChar::LineSeparator)), charFormat(family, agencyPt));
        c.insertText(QString(QChar::LineSeparator), charFormat(family, agencyPt));
        agencyTop += parent.size() * lineHeight(agencyPt);
    }
    if (!agencyLines.isEmpty()) {
        c.insertText(agencyLines.join(QChar(QChar::LineSeparator)), charFormat(family, agencyPt, true));
        agencyTop += (agencyLines.size() - 1) * lineHeight(agencyPt);
        const qreal length = kShortRuleShare * measure.widest(agencyLines, agencyPt, true);
        rules << OdtRule{ agencyLines.last(), (leftPt - length) / 2 * mmPerPt,
                          (agencyTop + ruleTop(agencyPt)) * mmPerPt, length * mmPerPt, kRuleWidthPt };
    }
    c = head->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat mottoFormat = centred();
    mottoFormat.setBottomMargin(px(ruleSpace(FontPt::motto)));
    c.setBlockFormat(mottoFormat);
    c.insertText(OfficialDocument::nationalTitle(), charFormat(family, FontPt::nationalTitle, true));
    c.insertText(QString(QChar::LineSeparator), charFormat(family, FontPt::nationalTitle, true));
    c.insertText(OfficialDocument::motto(), charFormat(family, FontPt::motto, true));
    {
        // Item 2: as long as the motto.
        const qreal length = measure.width(OfficialDocument::motto(), FontPt::motto, true);
        rules << OdtRule{ OfficialDocument::motto(), (rightPt - length) / 2 * mmPerPt,
                          (lineHeight(FontPt::nationalTitle) + ruleTop(FontPt::motto)) * mmPerPt, length * mmPerPt,
                          kRuleWidthPt };
    }
    QTextBlockFormat secondRow = centred();
    secondRow.setTopMargin(px(kHeaderRowGapPt));
    c = head->cellAt(1, 0).firstCursorPosition();
    c.setBlockFormat(secondRow);
    c.insertText(d.numberLine(), charFormat(family, FontPt::number));
    c = head->cellAt(1, 1).firstCursorPosition();
    c.setBlockFormat(secondRow);
    c.insertText(d.placeDateLine(), charFormat(family, FontPt::placeDate, false, true));

    // Items 7–9; the subject's rule under its last line.
    // The empty block QTextDocument keeps after a table becomes the title.
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat title = centred();
    title.setTopMargin(px(kTitleGapPt));
    cursor.setBlockFormat(title);
    cursor.insertText(d.documentType.toUpper(), charFormat(family, FontPt::title, true));
    QStringList subjects;
    for (const QString &line : d.subjectLines) {
        if (!line.trimmed().isEmpty())
            subjects << nfc(line.trimmed());
    }
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        QTextBlockFormat format = centred();
        if (i + 1 == subjects.size())
            format.setBottomMargin(px(ruleSpace(FontPt::title)));
        cursor.insertBlock(format);
        cursor.insertText(subjects.at(i), charFormat(family, FontPt::title, true));
    }
    if (!subjects.isEmpty()) {
        const qreal length = kShortRuleShare * measure.widest(subjects, FontPt::title, true);
        rules << OdtRule{ subjects.last(), (textPt - length) / 2 * mmPerPt, ruleTop(FontPt::title) * mmPerPt,
                          length * mmPerPt, kRuleWidthPt };
    }
    if (!d.addressees.isEmpty()) {
        QTextBlockFormat addressee = centred();
        addressee.setTopMargin(px(kAddresseeGapPt));
        cursor.insertBlock(addressee);
        if (d.addressees.size() == 1) {
            cursor.insertText(QStringLiteral("Kính gửi: ") + d.addressees.first(), charFormat(family, FontPt::addressee));
        } else {
            cursor.insertText(QStringLiteral("Kính gửi:"), charFormat(family, FontPt::addressee));
            for (const QString &item : formatListItems(d.addressees)) {
                cursor.insertBlock(centred());
                cursor.insertText(item, charFormat(family, FontPt::addressee));
            }
        }
    }

    // Item 11 and the headings: as the PDF, the first paragraph after the
    // title-to-body gap and its own spacing.
    QTextBlockFormat paragraph;
    paragraph.setAlignment(Qt::AlignJustify);
    paragraph.setTextIndent(px(kFirstLineIndentMm / mmPerPt));
    paragraph.setTopMargin(px(kParagraphSpacingPt));
    paragraph.setLineHeight(kBodyLineSpacing * 100, QTextBlockFormat::ProportionalHeight);
    bool first = true;
    for (const DocumentBlock &block : d.body) {
        QTextBlockFormat format = paragraph;
        if (first)
            format.setTopMargin(px(kBodyGapPt + kParagraphSpacingPt));
        first = false;
        const bool heading = block.kind == DocumentBlock::Kind::SectionHeading || block.kind == DocumentBlock::Kind::ClauseHeading;
        cursor.insertBlock(format);
        if (block.kind == DocumentBlock::Kind::Bullet)
            cursor.insertText(QStringLiteral("- "), charFormat(family, bodyPt));
        for (const TextRun &run : block.runs)
            cursor.insertText(run.text, charFormat(family, bodyPt, heading || run.bold, run.italic));
    }
    if (!d.closingLine.isEmpty()) {
        cursor.insertBlock(paragraph);
        cursor.insertText(d.closingLine, charFormat(family, bodyPt));
    }

    // Items 20–25.
    cursor.insertBlock();
    QTextTable *signature = borderlessTable(cursor, 1, 2, {40, 60});
    c = signature->cellAt(0, 0).firstCursorPosition();
    c.insertText(QStringLiteral("Nơi nhận:"), charFormat(family, 12, true, true));
    for (const QString &item : formatListItems(d.distribution)) {
        c.insertText(QString(QChar::LineSeparator), charFormat(family, 11));
        c.insertText(item, charFormat(family, 11));
    }
    c = signature->cellAt(0, 1).firstCursorPosition();
    c.setBlockFormat(centred());
    bool firstSigner = true;
    for (const QString &line : {d.authorityLine(), d.signerPosition}) {
        if (line.trimmed().isEmpty())
            continue;
        if (!firstSigner)
            c.insertText(QString(QChar::LineSeparator), charFormat(family, 14, true));
        firstSigner = false;
        c.insertText(line.toUpper(), charFormat(family, 14, true));
    }
    // Room for the signature and the seal (item 22).
    c.insertText(QString(5, QChar::LineSeparator), charFormat(family, 14, true));
    c.insertText(d.signerName, charFormat(family, 14, true));

    // Items 29–31.
    int mark = 1;
    for (const Appendix &appendix : d.appendices) {
        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat breakBefore = centred();
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        breakBefore.setProperty(kMarkProperty, ++mark);
        cursor.insertBlock(breakBefore);
        cursor.insertText(appendix.label, charFormat(family, 14, true));
        cursor.insertBlock(centred());
        cursor.insertText(appendix.title.toUpper(), charFormat(family, 14, true));
        cursor.insertBlock(centred());
        cursor.insertText(appendix.guideLine, charFormat(family, 14, false, true));
        cursor.insertBlock();
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        double total = 0;
        for (double share : appendix.columnShares)
            total += share > 0 ? share : 0;
        if (appendix.columnShares.size() == appendix.headers.size() && total > 0) {
            QList<QTextLength> widths;
            for (double share : appendix.columnShares)
                widths << QTextLength(QTextLength::PercentageLength, std::max(share, 0.0) / total * 100);
            format.setColumnWidthConstraints(widths);
        }
        QTextTable *table = cursor.insertTable(int(appendix.rows.size()) + 1, int(appendix.headers.size()), format);
        for (qsizetype col = 0; col < appendix.headers.size(); ++col) {
            QTextCursor cell = table->cellAt(0, int(col)).firstCursorPosition();
            cell.setBlockFormat(centred());
            cell.insertText(appendix.headers.at(col), charFormat(family, 12, true));
        }
        for (qsizetype row = 0; row < appendix.rows.size(); ++row) {
            for (qsizetype col = 0; col < appendix.headers.size(); ++col) {
                QTextCursor cell = table->cellAt(int(row) + 1, int(col)).firstCursorPosition();
                if (appendix.rightAligned.value(col)) {
                    QTextBlockFormat right;
                    right.setAlignment(Qt::AlignRight);
                    cell.setBlockFormat(right);
                }
                cell.insertText(appendix.rows.at(row).value(col), charFormat(family, 12));
            }
        }
    }

    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("cds::ReportOdt", "Cannot write the ODT file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QBuffer qtPackage;
    qtPackage.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&qtPackage, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return fail(qtPackage.errorString());
    QString why;
    const QByteArray package = withPageSetup(qtPackage.data(), d, rules, &why);
    if (package.isEmpty())
        return fail(why);
    if (!writeFileReplacing(path, package, &why))
        return fail(why);
    return true;
}

} // namespace cds
