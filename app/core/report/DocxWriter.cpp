#include "report/DocxWriter.h"

#include "package/ZipPackage.h"

#include <QDateTime>

namespace cds::docx {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kPackageRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kOfficeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString kContentTypes = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
const QString kWordType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");

// The relationship ids of word/document.xml's parts.
const QString kNumberHeaderId = QStringLiteral("rIdHeaderNumber");
const QString kEmptyHeaderId = QStringLiteral("rIdHeaderEmpty");
const QString kAddressFooterId = QStringLiteral("rIdFooterAddress");
const QString kEmptyFooterId = QStringLiteral("rIdFooterEmpty");

QString number(double value)
{
    return QString::number(qRound(value));
}

// Half-points (w:sz) and eighths of a point (border w:sz).
QString halfPoints(double pt)
{
    return number(pt * 2);
}

QString eighthPoints(double pt)
{
    return number(pt * 8);
}

void wAttr(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeAttribute(kW, name, value);
}

void wEmpty(QXmlStreamWriter &w, const QString &name, std::initializer_list<std::pair<QString, QString>> attributes = {})
{
    w.writeEmptyElement(kW, name);
    for (const auto &[key, value] : attributes)
        wAttr(w, key, value);
}

void startPart(QXmlStreamWriter &w)
{
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeNamespace(kW, QStringLiteral("w"));
    w.writeNamespace(kR, QStringLiteral("r"));
}

void writeBorder(QXmlStreamWriter &w, const QString &side, double pt)
{
    wEmpty(w, side, { { QStringLiteral("val"), QStringLiteral("single") },
                      { QStringLiteral("sz"), eighthPoints(pt) },
                      { QStringLiteral("space"), QStringLiteral("0") },
                      { QStringLiteral("color"), QStringLiteral("000000") } });
}

QByteArray relationships(const QList<std::pair<QString, QString>> &idAndType, const QStringList &targets)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeDefaultNamespace(kPackageRels);
    w.writeStartElement(kPackageRels, QStringLiteral("Relationships"));
    for (qsizetype i = 0; i < idAndType.size(); ++i) {
        w.writeEmptyElement(kPackageRels, QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), idAndType.at(i).first);
        w.writeAttribute(QStringLiteral("Type"), idAndType.at(i).second);
        w.writeAttribute(QStringLiteral("Target"), targets.at(i));
    }
    w.writeEndDocument();
    return bytes;
}

} // namespace

Writer::Writer(const QString &family, double bodyPt, const QString &language)
    : m_family(family), m_bodyPt(bodyPt), m_language(language), m_w(&m_body)
{
    startPart(m_w);
    m_w.writeStartElement(kW, QStringLiteral("document"));
    m_w.writeStartElement(kW, QStringLiteral("body"));
}

void Writer::writeRunProperties(QXmlStreamWriter &w, double pt, bool bold, bool italic) const
{
    w.writeStartElement(kW, QStringLiteral("rPr"));
    if (bold) {
        wEmpty(w, QStringLiteral("b"));
        wEmpty(w, QStringLiteral("bCs"));
    }
    if (italic) {
        wEmpty(w, QStringLiteral("i"));
        wEmpty(w, QStringLiteral("iCs"));
    }
    const double size = pt > 0 ? pt : m_bodyPt;
    wEmpty(w, QStringLiteral("sz"), { { QStringLiteral("val"), halfPoints(size) } });
    wEmpty(w, QStringLiteral("szCs"), { { QStringLiteral("val"), halfPoints(size) } });
    w.writeEndElement(); // rPr
}

void Writer::writeParagraph(QXmlStreamWriter &w, const Paragraph &p) const
{
    w.writeStartElement(kW, QStringLiteral("p"));
    w.writeStartElement(kW, QStringLiteral("pPr"));
    // CT_PPr's order: keepNext, keepLines, pBdr, spacing, ind, jc, rPr.
    if (p.keepNext)
        wEmpty(w, QStringLiteral("keepNext"));
    if (p.keepLines)
        wEmpty(w, QStringLiteral("keepLines"));
    if (p.ruleAbovePt > 0 || p.ruleBelowPt > 0) {
        w.writeStartElement(kW, QStringLiteral("pBdr"));
        if (p.ruleAbovePt > 0)
            writeBorder(w, QStringLiteral("top"), p.ruleAbovePt);
        if (p.ruleBelowPt > 0)
            writeBorder(w, QStringLiteral("bottom"), p.ruleBelowPt);
        w.writeEndElement(); // pBdr
    }
    wEmpty(w, QStringLiteral("spacing"),
           { { QStringLiteral("before"), QString::number(p.beforeTw) },
             { QStringLiteral("after"), QString::number(p.afterTw) },
             { QStringLiteral("line"), QString::number(p.lineTw) },
             { QStringLiteral("lineRule"), p.exactLine ? QStringLiteral("exact") : QStringLiteral("auto") } });
    w.writeEmptyElement(kW, QStringLiteral("ind"));
    wAttr(w, QStringLiteral("left"), QString::number(p.leftTw));
    wAttr(w, QStringLiteral("right"), QString::number(p.rightTw));
    if (p.hangingTw > 0)
        wAttr(w, QStringLiteral("hanging"), QString::number(p.hangingTw));
    else
        wAttr(w, QStringLiteral("firstLine"), QString::number(p.firstLineTw));
    static const char *const kAlign[] = { "left", "center", "right", "both" };
    wEmpty(w, QStringLiteral("jc"), { { QStringLiteral("val"), QString::fromLatin1(kAlign[int(p.align)]) } });
    writeRunProperties(w, p.markPt, false, false);
    w.writeEndElement(); // pPr
    for (const Run &run : p.runs) {
        w.writeStartElement(kW, QStringLiteral("r"));
        writeRunProperties(w, run.pt, run.bold, run.italic);
        if (run.breakBefore)
            wEmpty(w, QStringLiteral("br"));
        if (!run.text.isEmpty()) {
            w.writeStartElement(kW, QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(run.text);
            w.writeEndElement(); // t
        }
        w.writeEndElement(); // r
    }
    w.writeEndElement(); // p
}

void Writer::addParagraph(const Paragraph &paragraph)
{
    writeParagraph(m_w, paragraph);
    if (m_inCell)
        m_cellHasParagraph = true;
}

void Writer::beginTable(const TableFormat &format)
{
    m_table = format;
    int total = 0;
    for (int width : format.columnsTw)
        total += width;
    m_w.writeStartElement(kW, QStringLiteral("tbl"));
    m_w.writeStartElement(kW, QStringLiteral("tblPr"));
    wEmpty(m_w, QStringLiteral("tblW"), { { QStringLiteral("w"), QString::number(total) }, { QStringLiteral("type"), QStringLiteral("dxa") } });
    wEmpty(m_w, QStringLiteral("tblInd"), { { QStringLiteral("w"), QStringLiteral("0") }, { QStringLiteral("type"), QStringLiteral("dxa") } });
    m_w.writeStartElement(kW, QStringLiteral("tblBorders"));
    for (const QString &side : { QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"),
                                 QStringLiteral("right"), QStringLiteral("insideH"), QStringLiteral("insideV") }) {
        if (format.gridPt > 0)
            writeBorder(m_w, side, format.gridPt);
        else
            wEmpty(m_w, side, { { QStringLiteral("val"), QStringLiteral("nil") } });
    }
    m_w.writeEndElement(); // tblBorders
    wEmpty(m_w, QStringLiteral("tblLayout"), { { QStringLiteral("type"), QStringLiteral("fixed") } });
    m_w.writeStartElement(kW, QStringLiteral("tblCellMar"));
    for (const QString &side : { QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"), QStringLiteral("right") })
        wEmpty(m_w, side, { { QStringLiteral("w"), QString::number(format.cellMarginTw) }, { QStringLiteral("type"), QStringLiteral("dxa") } });
    m_w.writeEndElement(); // tblCellMar
    wEmpty(m_w, QStringLiteral("tblLook"), { { QStringLiteral("val"), QStringLiteral("0000") } });
    m_w.writeEndElement(); // tblPr
    m_w.writeStartElement(kW, QStringLiteral("tblGrid"));
    for (int width : format.columnsTw)
        wEmpty(m_w, QStringLiteral("gridCol"), { { QStringLiteral("w"), QString::number(width) } });
    m_w.writeEndElement(); // tblGrid
}

void Writer::beginRow(bool repeatAsHeader, bool cantSplit)
{
    m_column = 0;
    m_w.writeStartElement(kW, QStringLiteral("tr"));
    if (repeatAsHeader || cantSplit) {
        m_w.writeStartElement(kW, QStringLiteral("trPr"));
        if (cantSplit)
            wEmpty(m_w, QStringLiteral("cantSplit"));
        if (repeatAsHeader)
            wEmpty(m_w, QStringLiteral("tblHeader"));
        m_w.writeEndElement(); // trPr
    }
}

void Writer::beginCell()
{
    m_w.writeStartElement(kW, QStringLiteral("tc"));
    m_w.writeStartElement(kW, QStringLiteral("tcPr"));
    wEmpty(m_w, QStringLiteral("tcW"), { { QStringLiteral("w"), QString::number(m_table.columnsTw.value(m_column)) },
                                         { QStringLiteral("type"), QStringLiteral("dxa") } });
    m_w.writeEndElement(); // tcPr
    ++m_column;
    m_inCell = true;
    m_cellHasParagraph = false;
}

void Writer::endCell()
{
    if (!m_cellHasParagraph)
        writeParagraph(m_w, Paragraph());
    m_w.writeEndElement(); // tc
    m_inCell = false;
}

void Writer::endRow()
{
    m_w.writeEndElement(); // tr
}

void Writer::endTable()
{
    m_w.writeEndElement(); // tbl
}

void Writer::writeSectionProperties(QXmlStreamWriter &w, const Section &s) const
{
    w.writeStartElement(kW, QStringLiteral("sectPr"));
    // CT_SectPr's order: headerReference, footerReference, type, pgSz, pgMar,
    // pgNumType, titlePg. Every reference is explicit: a section that names
    // none inherits the previous section's.
    const auto reference = [&w](const QString &name, const QString &type, const QString &id) {
        w.writeEmptyElement(kW, name);
        wAttr(w, QStringLiteral("type"), type);
        w.writeAttribute(kR, QStringLiteral("id"), id);
    };
    reference(QStringLiteral("headerReference"), QStringLiteral("default"), kNumberHeaderId);
    reference(QStringLiteral("headerReference"), QStringLiteral("first"), kEmptyHeaderId);
    reference(QStringLiteral("footerReference"), QStringLiteral("default"), kEmptyFooterId);
    reference(QStringLiteral("footerReference"), QStringLiteral("first"),
              s.firstPageFooter && !m_firstFooter.isEmpty() ? kAddressFooterId : kEmptyFooterId);
    wEmpty(w, QStringLiteral("type"), { { QStringLiteral("val"), QStringLiteral("nextPage") } });
    const int a4Short = 11906;
    const int a4Long = 16838;
    w.writeEmptyElement(kW, QStringLiteral("pgSz"));
    wAttr(w, QStringLiteral("w"), QString::number(s.landscape ? a4Long : a4Short));
    wAttr(w, QStringLiteral("h"), QString::number(s.landscape ? a4Short : a4Long));
    if (s.landscape)
        wAttr(w, QStringLiteral("orient"), QStringLiteral("landscape"));
    wEmpty(w, QStringLiteral("pgMar"), { { QStringLiteral("top"), QString::number(s.topTw) },
                                         { QStringLiteral("right"), QString::number(s.rightTw) },
                                         { QStringLiteral("bottom"), QString::number(s.bottomTw) },
                                         { QStringLiteral("left"), QString::number(s.leftTw) },
                                         { QStringLiteral("header"), QString::number(s.headerTw) },
                                         { QStringLiteral("footer"), QString::number(s.footerTw) },
                                         { QStringLiteral("gutter"), QStringLiteral("0") } });
    if (s.restartNumbering)
        wEmpty(w, QStringLiteral("pgNumType"), { { QStringLiteral("start"), QStringLiteral("1") } });
    wEmpty(w, QStringLiteral("titlePg"));
    w.writeEndElement(); // sectPr
}

void Writer::endSection(const Section &section)
{
    // A paragraph of 1 pt (line and mark) carries the section's properties.
    m_w.writeStartElement(kW, QStringLiteral("p"));
    m_w.writeStartElement(kW, QStringLiteral("pPr"));
    wEmpty(m_w, QStringLiteral("spacing"), { { QStringLiteral("before"), QStringLiteral("0") },
                                             { QStringLiteral("after"), QStringLiteral("0") },
                                             { QStringLiteral("line"), QStringLiteral("20") },
                                             { QStringLiteral("lineRule"), QStringLiteral("exact") } });
    writeRunProperties(m_w, 1, false, false);
    writeSectionProperties(m_w, section);
    m_w.writeEndElement(); // pPr
    m_w.writeEndElement(); // p
}

QByteArray Writer::headerOrFooter(const QString &root, const QList<Paragraph> &paragraphs) const
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    w.writeStartElement(kW, root);
    for (const Paragraph &paragraph : paragraphs)
        writeParagraph(w, paragraph);
    if (paragraphs.isEmpty())
        writeParagraph(w, Paragraph());
    w.writeEndDocument();
    return bytes;
}

QByteArray Writer::stylesXml() const
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    w.writeStartElement(kW, QStringLiteral("styles"));
    w.writeStartElement(kW, QStringLiteral("docDefaults"));
    w.writeStartElement(kW, QStringLiteral("rPrDefault"));
    w.writeStartElement(kW, QStringLiteral("rPr"));
    wEmpty(w, QStringLiteral("rFonts"), { { QStringLiteral("ascii"), m_family }, { QStringLiteral("hAnsi"), m_family },
                                          { QStringLiteral("eastAsia"), m_family }, { QStringLiteral("cs"), m_family } });
    wEmpty(w, QStringLiteral("color"), { { QStringLiteral("val"), QStringLiteral("000000") } });
    wEmpty(w, QStringLiteral("sz"), { { QStringLiteral("val"), halfPoints(m_bodyPt) } });
    wEmpty(w, QStringLiteral("szCs"), { { QStringLiteral("val"), halfPoints(m_bodyPt) } });
    wEmpty(w, QStringLiteral("lang"), { { QStringLiteral("val"), m_language }, { QStringLiteral("eastAsia"), m_language },
                                        { QStringLiteral("bidi"), QStringLiteral("ar-SA") } });
    w.writeEndElement(); // rPr
    w.writeEndElement(); // rPrDefault
    w.writeStartElement(kW, QStringLiteral("pPrDefault"));
    w.writeStartElement(kW, QStringLiteral("pPr"));
    wEmpty(w, QStringLiteral("spacing"), { { QStringLiteral("after"), QStringLiteral("0") },
                                           { QStringLiteral("line"), QStringLiteral("240") },
                                           { QStringLiteral("lineRule"), QStringLiteral("auto") } });
    w.writeEndElement(); // pPr
    w.writeEndElement(); // pPrDefault
    w.writeEndElement(); // docDefaults

    const auto style = [&w](const QString &type, const QString &id, const QString &name, bool isDefault) {
        w.writeStartElement(kW, QStringLiteral("style"));
        wAttr(w, QStringLiteral("type"), type);
        if (isDefault)
            wAttr(w, QStringLiteral("default"), QStringLiteral("1"));
        wAttr(w, QStringLiteral("styleId"), id);
        wEmpty(w, QStringLiteral("name"), { { QStringLiteral("val"), name } });
    };
    style(QStringLiteral("paragraph"), QStringLiteral("Normal"), QStringLiteral("Normal"), true);
    wEmpty(w, QStringLiteral("qFormat"));
    w.writeStartElement(kW, QStringLiteral("pPr"));
    wEmpty(w, QStringLiteral("widowControl"));
    w.writeEndElement(); // pPr
    w.writeEndElement(); // style
    style(QStringLiteral("character"), QStringLiteral("DefaultParagraphFont"), QStringLiteral("Default Paragraph Font"), true);
    wEmpty(w, QStringLiteral("uiPriority"), { { QStringLiteral("val"), QStringLiteral("1") } });
    wEmpty(w, QStringLiteral("semiHidden"));
    w.writeEndElement(); // style
    style(QStringLiteral("table"), QStringLiteral("TableNormal"), QStringLiteral("Normal Table"), true);
    wEmpty(w, QStringLiteral("uiPriority"), { { QStringLiteral("val"), QStringLiteral("99") } });
    wEmpty(w, QStringLiteral("semiHidden"));
    w.writeStartElement(kW, QStringLiteral("tblPr"));
    wEmpty(w, QStringLiteral("tblInd"), { { QStringLiteral("w"), QStringLiteral("0") }, { QStringLiteral("type"), QStringLiteral("dxa") } });
    w.writeStartElement(kW, QStringLiteral("tblCellMar"));
    for (const QString &side : { QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"), QStringLiteral("right") })
        wEmpty(w, side, { { QStringLiteral("w"), QStringLiteral("0") }, { QStringLiteral("type"), QStringLiteral("dxa") } });
    w.writeEndElement(); // tblCellMar
    w.writeEndElement(); // tblPr
    w.writeEndElement(); // style
    w.writeEndDocument();
    return bytes;
}

QByteArray Writer::package(const Section &lastSection, const Properties &properties, QString *why)
{
    writeSectionProperties(m_w, lastSection);
    m_w.writeEndElement(); // body
    m_w.writeEndDocument();

    QByteArray headerNumber;
    {
        QXmlStreamWriter w(&headerNumber);
        startPart(w);
        w.writeStartElement(kW, QStringLiteral("hdr"));
        w.writeStartElement(kW, QStringLiteral("p"));
        w.writeStartElement(kW, QStringLiteral("pPr"));
        wEmpty(w, QStringLiteral("jc"), { { QStringLiteral("val"), QStringLiteral("center") } });
        writeRunProperties(w, m_pageNumberPt, false, false);
        w.writeEndElement(); // pPr
        // Item 28: the field PAGE (begin, instruction, separate, result, end).
        const auto fieldRun = [&](const QString &element, const QString &type, const QString &text) {
            w.writeStartElement(kW, QStringLiteral("r"));
            writeRunProperties(w, m_pageNumberPt, false, false);
            w.writeStartElement(kW, element);
            if (!type.isEmpty())
                wAttr(w, QStringLiteral("fldCharType"), type);
            if (!text.isEmpty()) {
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                w.writeCharacters(text);
            }
            w.writeEndElement();
            w.writeEndElement(); // r
        };
        fieldRun(QStringLiteral("fldChar"), QStringLiteral("begin"), {});
        fieldRun(QStringLiteral("instrText"), {}, QStringLiteral(" PAGE "));
        fieldRun(QStringLiteral("fldChar"), QStringLiteral("separate"), {});
        fieldRun(QStringLiteral("t"), {}, QStringLiteral("2"));
        fieldRun(QStringLiteral("fldChar"), QStringLiteral("end"), {});
        w.writeEndElement(); // p
        w.writeEndDocument();
    }

    QByteArray settings;
    {
        QXmlStreamWriter w(&settings);
        startPart(w);
        w.writeStartElement(kW, QStringLiteral("settings"));
        wEmpty(w, QStringLiteral("zoom"), { { QStringLiteral("percent"), QStringLiteral("100") } });
        wEmpty(w, QStringLiteral("defaultTabStop"), { { QStringLiteral("val"), QStringLiteral("720") } });
        wEmpty(w, QStringLiteral("characterSpacingControl"), { { QStringLiteral("val"), QStringLiteral("doNotCompress") } });
        w.writeStartElement(kW, QStringLiteral("compat"));
        wEmpty(w, QStringLiteral("compatSetting"), { { QStringLiteral("name"), QStringLiteral("compatibilityMode") },
                                                    { QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word") },
                                                    { QStringLiteral("val"), QStringLiteral("15") } });
        w.writeEndElement(); // compat
        w.writeEndDocument();
    }

    QByteArray fontTable;
    {
        QXmlStreamWriter w(&fontTable);
        startPart(w);
        w.writeStartElement(kW, QStringLiteral("fonts"));
        w.writeStartElement(kW, QStringLiteral("font"));
        wAttr(w, QStringLiteral("name"), m_family);
        wEmpty(w, QStringLiteral("family"), { { QStringLiteral("val"), QStringLiteral("roman") } });
        wEmpty(w, QStringLiteral("pitch"), { { QStringLiteral("val"), QStringLiteral("variable") } });
        w.writeEndElement(); // font
        w.writeEndDocument();
    }

    QByteArray core;
    {
        const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        QXmlStreamWriter w(&core);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeNamespace(cp, QStringLiteral("cp"));
        w.writeNamespace(dc, QStringLiteral("dc"));
        w.writeNamespace(dcterms, QStringLiteral("dcterms"));
        w.writeNamespace(xsi, QStringLiteral("xsi"));
        w.writeStartElement(cp, QStringLiteral("coreProperties"));
        w.writeTextElement(dc, QStringLiteral("title"), properties.title);
        w.writeTextElement(dc, QStringLiteral("language"), m_language);
        w.writeStartElement(dcterms, QStringLiteral("created"));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        w.writeEndElement();
        if (!properties.status.isEmpty())
            w.writeTextElement(cp, QStringLiteral("contentStatus"), properties.status);
        w.writeEndDocument();
    }
    QByteArray app;
    {
        const QString ep = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
        QXmlStreamWriter w(&app);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeDefaultNamespace(ep);
        w.writeStartElement(ep, QStringLiteral("Properties"));
        w.writeTextElement(ep, QStringLiteral("Application"), properties.application);
        w.writeEndDocument();
    }

    QByteArray types;
    {
        QXmlStreamWriter w(&types);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeDefaultNamespace(kContentTypes);
        w.writeStartElement(kContentTypes, QStringLiteral("Types"));
        const auto byExtension = [&w](const QString &extension, const QString &type) {
            w.writeEmptyElement(kContentTypes, QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), extension);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const auto byPart = [&w](const QString &part, const QString &type) {
            w.writeEmptyElement(kContentTypes, QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), part);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        byExtension(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        byExtension(QStringLiteral("xml"), QStringLiteral("application/xml"));
        byPart(QStringLiteral("/word/document.xml"), kWordType + QStringLiteral("document.main+xml"));
        byPart(QStringLiteral("/word/styles.xml"), kWordType + QStringLiteral("styles+xml"));
        byPart(QStringLiteral("/word/settings.xml"), kWordType + QStringLiteral("settings+xml"));
        byPart(QStringLiteral("/word/fontTable.xml"), kWordType + QStringLiteral("fontTable+xml"));
        for (const QString &header : { QStringLiteral("header1"), QStringLiteral("header2") })
            byPart(QStringLiteral("/word/%1.xml").arg(header), kWordType + QStringLiteral("header+xml"));
        for (const QString &footer : { QStringLiteral("footer1"), QStringLiteral("footer2") })
            byPart(QStringLiteral("/word/%1.xml").arg(footer), kWordType + QStringLiteral("footer+xml"));
        byPart(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        byPart(QStringLiteral("/docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        w.writeEndDocument();
    }

    const QByteArray packageRels = relationships(
            { { QStringLiteral("rId1"), kOfficeRel + QStringLiteral("officeDocument") },
              { QStringLiteral("rId2"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties") },
              { QStringLiteral("rId3"), kOfficeRel + QStringLiteral("extended-properties") } },
            { QStringLiteral("word/document.xml"), QStringLiteral("docProps/core.xml"), QStringLiteral("docProps/app.xml") });
    const QByteArray documentRels = relationships(
            { { QStringLiteral("rIdStyles"), kOfficeRel + QStringLiteral("styles") },
              { QStringLiteral("rIdSettings"), kOfficeRel + QStringLiteral("settings") },
              { QStringLiteral("rIdFonts"), kOfficeRel + QStringLiteral("fontTable") },
              { kNumberHeaderId, kOfficeRel + QStringLiteral("header") },
              { kEmptyHeaderId, kOfficeRel + QStringLiteral("header") },
              { kAddressFooterId, kOfficeRel + QStringLiteral("footer") },
              { kEmptyFooterId, kOfficeRel + QStringLiteral("footer") } },
            { QStringLiteral("styles.xml"), QStringLiteral("settings.xml"), QStringLiteral("fontTable.xml"),
              QStringLiteral("header1.xml"), QStringLiteral("header2.xml"), QStringLiteral("footer1.xml"),
              QStringLiteral("footer2.xml") });

    const QList<ZipEntry> entries{
        { QByteArrayLiteral("[Content_Types].xml"), types },
        { QByteArrayLiteral("_rels/.rels"), packageRels },
        { QByteArrayLiteral("word/document.xml"), m_body },
        { QByteArrayLiteral("word/_rels/document.xml.rels"), documentRels },
        { QByteArrayLiteral("word/styles.xml"), stylesXml() },
        { QByteArrayLiteral("word/settings.xml"), settings },
        { QByteArrayLiteral("word/fontTable.xml"), fontTable },
        { QByteArrayLiteral("word/header1.xml"), headerNumber },
        { QByteArrayLiteral("word/header2.xml"), headerOrFooter(QStringLiteral("hdr"), m_firstHeader) },
        { QByteArrayLiteral("word/footer1.xml"), headerOrFooter(QStringLiteral("ftr"), m_firstFooter) },
        { QByteArrayLiteral("word/footer2.xml"), headerOrFooter(QStringLiteral("ftr"), {}) },
        { QByteArrayLiteral("docProps/core.xml"), core },
        { QByteArrayLiteral("docProps/app.xml"), app },
    };
    return writeZip(entries, why);
}

} // namespace cds::docx
