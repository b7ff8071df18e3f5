// The demo campaign's report exported as DOCX, opened as Word would: the zip
// package read with libzip, its parts (content types, relationships), the
// page setup in twips, the fonts and sizes of the Decree 30 elements, the three
// short rules, the page number, the appendix table; and, where LibreOffice is
// installed, the DOCX and the ODT converted to PDF and measured against CDS
// Desk's own PDF.
#include "PdfText.h"
#include "TestDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportDocx.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

#include <zip.h>

using namespace cds;

namespace {

// Every entry of the zip file at path: name → bytes.
QHash<QString, QByteArray> zipEntries(const QString &path, QStringList *order = nullptr)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive)
        return {};
    QHash<QString, QByteArray> entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            break;
        QByteArray data(qsizetype(stat.size), '\0');
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file || zip_fread(file, data.data(), stat.size) != zip_int64_t(stat.size))
            data.clear();
        if (file)
            zip_fclose(file);
        entries.insert(QString::fromUtf8(stat.name), data);
        if (order)
            *order << QString::fromUtf8(stat.name);
    }
    zip_discard(archive);
    return entries;
}

// A small XML tree (qualified names, e.g. "w:p").
struct Node
{
    QString name;
    QHash<QString, QString> attributes;
    QList<std::shared_ptr<Node>> children;
    QString text;

    QString attr(const QString &qualified) const { return attributes.value(qualified); }
    // Descendants (depth first) named name.
    QList<const Node *> all(const QString &tag) const
    {
        QList<const Node *> result;
        for (const auto &child : children) {
            if (child->name == tag)
                result << child.get();
            result << child->all(tag);
        }
        return result;
    }
    const Node *first(const QString &tag) const
    {
        const QList<const Node *> found = all(tag);
        return found.isEmpty() ? nullptr : found.first();
    }
    const Node *child(const QString &tag) const
    {
        for (const auto &c : children)
            if (c->name == tag)
                return c.get();
        return nullptr;
    }
    // The text of the w:t elements inside.
    QString wordText() const
    {
        QString result;
        for (const Node *t : all(QStringLiteral("w:t")))
            result += t->text;
        return result;
    }
};

std::shared_ptr<Node> parse(const QByteArray &xml, QString *error = nullptr)
{
    auto root = std::make_shared<Node>();
    QList<Node *> stack{ root.get() };
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            auto node = std::make_shared<Node>();
            node->name = reader.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                node->attributes.insert(a.qualifiedName().toString(), a.value().toString());
            stack.last()->children << node;
            stack << node.get();
        } else if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
        } else if (token == QXmlStreamReader::Characters) {
            stack.last()->text += reader.text();
        }
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QString();
    return root;
}

int twips(double mm)
{
    return qRound(mm * 1440 / 25.4);
}

// The paragraphs (w:p) whose text is text.
QList<const Node *> paragraphsWithText(const Node &document, const QString &text)
{
    QList<const Node *> result;
    for (const Node *p : document.all(QStringLiteral("w:p")))
        if (p->wordText() == text)
            result << p;
    return result;
}

// Size in points, bold, italic of the first run of paragraph p.
struct RunStyle
{
    double pt = 0;
    bool bold = false;
    bool italic = false;
};

RunStyle firstRunStyle(const Node *p)
{
    RunStyle style;
    const Node *run = p ? p->child(QStringLiteral("w:r")) : nullptr;
    const Node *rPr = run ? run->child(QStringLiteral("w:rPr")) : nullptr;
    if (!rPr)
        return style;
    if (const Node *sz = rPr->child(QStringLiteral("w:sz")))
        style.pt = sz->attr(QStringLiteral("w:val")).toDouble() / 2;
    style.bold = rPr->child(QStringLiteral("w:b")) != nullptr;
    style.italic = rPr->child(QStringLiteral("w:i")) != nullptr;
    return style;
}

// Width between a paragraph's indents in twips, in a column columnTw wide.
int paragraphWidth(const Node *p, int columnTw)
{
    const Node *ind = p->first(QStringLiteral("w:ind"));
    return columnTw - ind->attr(QStringLiteral("w:left")).toInt() - ind->attr(QStringLiteral("w:right")).toInt();
}

double widthPt(const QString &text, double pt, bool bold)
{
    QFont font(ReportRenderer::resolvedFontFamily());
    font.setPixelSize(qRound(pt * 20));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return QFontMetricsF(font).horizontalAdvance(text) / 20;
}

} // namespace

class TestReportDocx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        int campaign = 0;
        m_db = test::openDemoDatabase(&campaign);
        QVERIFY(m_db);
        // The teams appendix (A4 landscape in the PDF).
        test::exec(m_db->connection(), QStringLiteral("UPDATE report SET appendix_teams = 1"));
        QString error;
        QVERIFY2(buildReportDocument(m_db->connection(), campaign, &m_doc, &error), qPrintable(error));
        QCOMPARE(m_doc.appendices.size(), 1);
        QVERIFY(m_doc.appendices.first().landscape);
        // Margins other than the defaults, within Decree 30's ranges, and 13 pt.
        m_doc.page.marginTopMm = 25;
        m_doc.page.marginBottomMm = 22;
        m_doc.page.marginLeftMm = 35;
        m_doc.page.marginRightMm = 18;
        m_doc.page.bodyFontPt = 13;

        m_docx = m_dir.filePath(QStringLiteral("bao-cao.docx"));
        QVERIFY2(exportDocx(m_doc, m_docx, &error), qPrintable(error));
        m_entries = zipEntries(m_docx, &m_order);
        QVERIFY2(!m_entries.isEmpty(), "libzip cannot open the DOCX");
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            QString why;
            m_parts.insert(it.key(), parse(it.value(), &why));
            QVERIFY2(why.isEmpty(), qPrintable(it.key() + u' ' + why));
        }
        m_document = m_parts.value(QStringLiteral("word/document.xml"));
        QVERIFY(m_document);
    }

    // What Word needs to open the package: the content types first, every
    // part it names there, the relationships and their targets.
    void packageHasContentTypesAndRelationships()
    {
        QCOMPARE(m_order.first(), QStringLiteral("[Content_Types].xml"));
        const Node &types = *m_parts.value(QStringLiteral("[Content_Types].xml"));
        QHash<QString, QString> overrides;
        for (const Node *o : types.all(QStringLiteral("Override")))
            overrides.insert(o->attr(QStringLiteral("PartName")), o->attr(QStringLiteral("ContentType")));
        QCOMPARE(overrides.value(QStringLiteral("/word/document.xml")),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            QVERIFY2(m_entries.contains(it.key().mid(1)), qPrintable(it.key()));
        for (const QString &part : { QStringLiteral("word/styles.xml"), QStringLiteral("word/settings.xml"),
                                     QStringLiteral("docProps/core.xml") })
            QVERIFY2(overrides.contains(u'/' + part), qPrintable(part));
        const Node &rels = *m_parts.value(QStringLiteral("_rels/.rels"));
        bool main = false;
        for (const Node *r : rels.all(QStringLiteral("Relationship")))
            main = main || (r->attr(QStringLiteral("Target")) == QStringLiteral("word/document.xml")
                            && r->attr(QStringLiteral("Type")).endsWith(QStringLiteral("/officeDocument")));
        QVERIFY(main);
        const Node &documentRels = *m_parts.value(QStringLiteral("word/_rels/document.xml.rels"));
        QStringList ids;
        for (const Node *r : documentRels.all(QStringLiteral("Relationship"))) {
            QVERIFY2(m_entries.contains(u"word/" + r->attr(QStringLiteral("Target"))), qPrintable(r->attr(QStringLiteral("Target"))));
            ids << r->attr(QStringLiteral("Id"));
        }
        // Every header and footer reference points at a relationship.
        for (const QString &tag : { QStringLiteral("w:headerReference"), QStringLiteral("w:footerReference") })
            for (const Node *ref : m_document->all(tag))
                QVERIFY2(ids.contains(ref->attr(QStringLiteral("r:id"))), qPrintable(ref->attr(QStringLiteral("r:id"))));
    }

    // Part I, section I: A4 portrait, the document's margins (twips), page
    // numbers from 1 with none on the first page.
    void firstSectionIsA4WithTheMargins()
    {
        const QList<const Node *> sections = m_document->all(QStringLiteral("w:sectPr"));
        QCOMPARE(sections.size(), 2); // the report, the appendix
        const Node *first = sections.first();
        const Node *size = first->child(QStringLiteral("w:pgSz"));
        QCOMPARE(size->attr(QStringLiteral("w:w")), QStringLiteral("11906"));
        QCOMPARE(size->attr(QStringLiteral("w:h")), QStringLiteral("16838"));
        QVERIFY(size->attr(QStringLiteral("w:orient")) != QStringLiteral("landscape"));
        const Node *margins = first->child(QStringLiteral("w:pgMar"));
        QCOMPARE(margins->attr(QStringLiteral("w:top")).toInt(), twips(25));
        QCOMPARE(margins->attr(QStringLiteral("w:bottom")).toInt(), twips(22));
        QCOMPARE(margins->attr(QStringLiteral("w:left")).toInt(), twips(35));
        QCOMPARE(margins->attr(QStringLiteral("w:right")).toInt(), twips(18));
        // The header (the page number) lies inside the top margin.
        QVERIFY(margins->attr(QStringLiteral("w:header")).toInt() > 0);
        QVERIFY(margins->attr(QStringLiteral("w:header")).toInt() < twips(25) / 2);
        QVERIFY(first->child(QStringLiteral("w:titlePg")));
        QCOMPARE(first->child(QStringLiteral("w:pgNumType"))->attr(QStringLiteral("w:start")), QStringLiteral("1"));
    }

    // Item 28: the field PAGE, 14 pt, centred in the header of every page but
    // the first, whose header holds no number.
    void pageNumberFieldInTheHeaderFromPageTwo()
    {
        for (const Node *section : m_document->all(QStringLiteral("w:sectPr"))) {
            QHash<QString, QString> headers;
            for (const Node *ref : section->all(QStringLiteral("w:headerReference")))
                headers.insert(ref->attr(QStringLiteral("w:type")), ref->attr(QStringLiteral("r:id")));
            QVERIFY(headers.contains(QStringLiteral("default")) && headers.contains(QStringLiteral("first")));
            const Node &header = *m_parts.value(u"word/" + target(headers.value(QStringLiteral("default"))));
            QString instruction;
            for (const Node *i : header.all(QStringLiteral("w:instrText")))
                instruction += i->text;
            QCOMPARE(instruction.trimmed(), QStringLiteral("PAGE"));
            QCOMPARE(header.first(QStringLiteral("w:jc"))->attr(QStringLiteral("w:val")), QStringLiteral("center"));
            QCOMPARE(header.first(QStringLiteral("w:sz"))->attr(QStringLiteral("w:val")), QStringLiteral("28"));
            const Node &firstHeader = *m_parts.value(u"word/" + target(headers.value(QStringLiteral("first"))));
            QVERIFY(firstHeader.all(QStringLiteral("w:instrText")).isEmpty());
            // Nothing but a draft's mark (the demo's report is a draft).
            QVERIFY(m_doc.draft);
            QCOMPARE(firstHeader.wordText(), QStringLiteral("DỰ THẢO"));
        }
    }

    // Part I, section I and table 1.2: Times New Roman, the body at the
    // document's size, each element at its size and style.
    void fontsAndSizesOfTheElements()
    {
        const Node &styles = *m_parts.value(QStringLiteral("word/styles.xml"));
        const Node *defaults = styles.first(QStringLiteral("w:rPrDefault"));
        QVERIFY(defaults);
        QCOMPARE(defaults->first(QStringLiteral("w:rFonts"))->attr(QStringLiteral("w:ascii")), QStringLiteral("Times New Roman"));
        QCOMPARE(defaults->first(QStringLiteral("w:rFonts"))->attr(QStringLiteral("w:hAnsi")), QStringLiteral("Times New Roman"));
        QCOMPARE(defaults->first(QStringLiteral("w:sz"))->attr(QStringLiteral("w:val")), QStringLiteral("26"));

        const auto style = [this](const QString &text) {
            const QList<const Node *> found = paragraphsWithText(*m_document, text);
            return found.isEmpty() ? RunStyle{ -1 } : firstRunStyle(found.first());
        };
        const auto check = [](RunStyle s, double pt, bool bold, bool italic, const char *what) {
            QVERIFY2(qFuzzyCompare(s.pt, pt) && s.bold == bold && s.italic == italic,
                     qPrintable(QStringLiteral("%1: %2 pt bold %3 italic %4").arg(QLatin1String(what)).arg(s.pt).arg(s.bold).arg(s.italic)));
        };
        check(style(OfficialDocument::nationalTitle()), 12, true, false, "national title");
        check(style(OfficialDocument::motto()), 13, true, false, "motto");
        check(style(QStringLiteral("UBND TỈNH QUẢNG NGÃI")), 13, false, false, "parent body");
        check(style(m_doc.numberLine()), 13, false, false, "number");
        check(style(m_doc.placeDateLine()), 13, false, true, "place and date");
        check(style(QStringLiteral("BÁO CÁO")), 14, true, false, "document type");
        check(style(m_doc.subjectLines.first().trimmed()), 14, true, false, "subject");
        check(style(QStringLiteral("Nơi nhận:")), 12, true, true, "distribution label");
        check(style(formatListItems(m_doc.distribution).last()), 11, false, false, "distribution item");
        check(style(m_doc.signerName.trimmed()), 14, true, false, "signer");
    }

    // Item 11: justified, first line indented 12.7 mm (720 twips), 6 pt
    // (120 twips) between paragraphs, lines at 1.15 (276/240).
    void bodyParagraphsAreJustifiedAndIndented()
    {
        int body = 0;
        for (const Node *p : m_document->all(QStringLiteral("w:p"))) {
            const Node *jc = p->first(QStringLiteral("w:jc"));
            if (!jc || jc->attr(QStringLiteral("w:val")) != QStringLiteral("both"))
                continue;
            ++body;
            QCOMPARE(p->first(QStringLiteral("w:ind"))->attr(QStringLiteral("w:firstLine")), QStringLiteral("720"));
            const Node *spacing = p->first(QStringLiteral("w:spacing"));
            QCOMPARE(spacing->attr(QStringLiteral("w:line")), QStringLiteral("276"));
            QCOMPARE(spacing->attr(QStringLiteral("w:lineRule")), QStringLiteral("auto"));
            QVERIFY(spacing->attr(QStringLiteral("w:before")).toInt() >= 120);
        }
        QVERIFY2(body > 10, qPrintable(QString::number(body)));
    }

    // Items 2, 4, 8: three short rules, each the bottom border of an empty
    // paragraph: under the issuing body (1/3–1/2 of its text), under the motto
    // (its length), under the subject (1/3–1/2 of it).
    void threeShortRules()
    {
        QList<const Node *> rules;
        for (const Node *p : m_document->all(QStringLiteral("w:p")))
            if (p->first(QStringLiteral("w:pBdr")))
                rules << p;
        QCOMPARE(rules.size(), 3);
        for (const Node *rule : rules) {
            QVERIFY(rule->wordText().isEmpty());
            const Node *bottom = rule->first(QStringLiteral("w:bottom"));
            QVERIFY(bottom);
            QCOMPARE(bottom->attr(QStringLiteral("w:val")), QStringLiteral("single"));
            QCOMPARE(bottom->attr(QStringLiteral("w:sz")), QStringLiteral("6")); // 0.75 pt
        }
        const int textTw = twips(210 - 35 - 18);
        const int leftTw = int(textTw * 0.4);
        const int rightTw = textTw - leftTw;
        // The issuing body wraps in its column at 13 pt: the rule spans 40 % of its widest line.
        const double agency = paragraphWidth(rules.at(0), leftTw) / 20.0;
        // Its lines are runs separated by line breaks.
        QList<const Node *> issuing;
        for (const Node *p : m_document->all(QStringLiteral("w:p")))
            if (p->wordText().remove(u' ') == QStringLiteral("SỞTHÔNGTINVÀTRUYỀNTHÔNG"))
                issuing << p;
        QCOMPARE(issuing.size(), 1);
        double issuingWidth = 0;
        for (const Node *run : issuing.first()->all(QStringLiteral("w:r")))
            issuingWidth = std::max(issuingWidth, widthPt(run->wordText().trimmed(), 13, true));
        QVERIFY2(agency >= issuingWidth / 3 && agency <= issuingWidth / 2, qPrintable(QString::number(agency)));
        const double motto = paragraphWidth(rules.at(1), rightTw) / 20.0;
        QVERIFY2(qAbs(motto - widthPt(OfficialDocument::motto(), 13, true)) < 1, qPrintable(QString::number(motto)));
        const double subject = paragraphWidth(rules.at(2), textTw) / 20.0;
        const double subjectWidth = widthPt(m_doc.subjectLines.first().trimmed(), 14, true);
        QVERIFY2(subject >= subjectWidth / 3 && subject <= subjectWidth / 2, qPrintable(QString::number(subject)));
    }

    // The figures of the demo report, in Vietnamese form.
    void figuresOfTheDemoReport()
    {
        const QString text = m_document->wordText();
        for (const QString &figure : { QStringLiteral("1.141"), QStringLiteral("173/173") })
            QVERIFY2(text.contains(figure), qPrintable(figure));
    }

    // Items 20–25: the signature block and "Nơi nhận" side by side, in one row
    // that never splits, with no borders.
    void signatureAndDistributionSideBySide()
    {
        const QList<const Node *> tables = m_document->all(QStringLiteral("w:tbl"));
        QCOMPARE(tables.size(), 3); // letterhead, signature, appendix
        const Node *signature = tables.at(1);
        const QList<const Node *> rows = signature->all(QStringLiteral("w:tr"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first()->first(QStringLiteral("w:cantSplit")));
        const QList<const Node *> cells = rows.first()->all(QStringLiteral("w:tc"));
        QCOMPARE(cells.size(), 2);
        QVERIFY(cells.at(0)->wordText().startsWith(QStringLiteral("Nơi nhận:")));
        QVERIFY(cells.at(1)->wordText().endsWith(m_doc.signerName.trimmed()));
        for (const auto &border : signature->first(QStringLiteral("w:tblBorders"))->children)
            QCOMPARE(border->attr(QStringLiteral("w:val")), QStringLiteral("nil"));
    }

    // Items 29–31: the appendix on A4 landscape, numbered from 1, its header
    // row repeated on every page and no row split.
    void appendixIsLandscapeWithRepeatedHeader()
    {
        const Node *last = m_document->all(QStringLiteral("w:sectPr")).last();
        const Node *size = last->child(QStringLiteral("w:pgSz"));
        QCOMPARE(size->attr(QStringLiteral("w:w")), QStringLiteral("16838"));
        QCOMPARE(size->attr(QStringLiteral("w:h")), QStringLiteral("11906"));
        QCOMPARE(size->attr(QStringLiteral("w:orient")), QStringLiteral("landscape"));
        QCOMPARE(last->child(QStringLiteral("w:pgNumType"))->attr(QStringLiteral("w:start")), QStringLiteral("1"));
        QVERIFY(last->child(QStringLiteral("w:titlePg")));

        const Node *table = m_document->all(QStringLiteral("w:tbl")).last();
        const Appendix &appendix = m_doc.appendices.first();
        const QList<const Node *> rows = table->all(QStringLiteral("w:tr"));
        QCOMPARE(rows.size(), appendix.rows.size() + 1);
        QVERIFY(rows.first()->first(QStringLiteral("w:tblHeader")));
        for (const Node *row : rows) {
            QVERIFY(row->first(QStringLiteral("w:cantSplit")));
            QCOMPARE(row->all(QStringLiteral("w:tc")).size(), appendix.headers.size());
        }
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(!rows.at(i)->first(QStringLiteral("w:tblHeader")));
        QCOMPARE(rows.first()->all(QStringLiteral("w:tc")).first()->wordText(), appendix.headers.first());
        // The columns span the landscape text width.
        int width = 0;
        for (const Node *column : table->all(QStringLiteral("w:gridCol")))
            width += column->attr(QStringLiteral("w:w")).toInt();
        QVERIFY(qAbs(width - twips(297 - 35 - 18)) <= 2);
        QVERIFY(paragraphsWithText(*m_document, appendix.title.toUpper()).size() == 1);
    }

    // A draft prints with the number left blank, as its PDF does, says
    // "DỰ THẢO" in the header of its first page (right, bold, 13 pt) and
    // "Dự thảo" in its properties; an issued report says neither.
    void draftIsMarked()
    {
        OfficialDocument draft = m_doc;
        draft.number = 0;
        draft.draft = true;
        const QString path = m_dir.filePath(QStringLiteral("du-thao.docx"));
        QString error;
        QVERIFY2(exportDocx(draft, path, &error), qPrintable(error));
        const QHash<QString, QByteArray> entries = zipEntries(path);
        const auto core = parse(entries.value(QStringLiteral("docProps/core.xml")));
        QCOMPARE(core->first(QStringLiteral("cp:contentStatus"))->text, QStringLiteral("Dự thảo"));
        const auto document = parse(entries.value(QStringLiteral("word/document.xml")));
        QCOMPARE(paragraphsWithText(*document, draft.numberLine()).size(), 1);
        QVERIFY(draft.numberLine().startsWith(QStringLiteral("Số:") + QString(7, QChar::Nbsp) + u'/'));
        // The first page's header (w:headerReference w:type="first" → header2.xml).
        const auto firstHeader = parse(entries.value(QStringLiteral("word/header2.xml")));
        const QList<const Node *> marks = paragraphsWithText(*firstHeader, QStringLiteral("DỰ THẢO"));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first()->first(QStringLiteral("w:jc"))->attr(QStringLiteral("w:val")), QStringLiteral("right"));
        QVERIFY(marks.first()->first(QStringLiteral("w:b")));
        QCOMPARE(marks.first()->first(QStringLiteral("w:sz"))->attr(QStringLiteral("w:val")), QStringLiteral("26"));
        QVERIFY(!QString::fromUtf8(entries.value(QStringLiteral("word/document.xml"))).contains(QStringLiteral("DỰ THẢO")));

        OfficialDocument issued = m_doc;
        issued.number = 5;
        issued.draft = false;
        QVERIFY2(exportDocx(issued, path, &error), qPrintable(error));
        const QHash<QString, QByteArray> issuedEntries = zipEntries(path);
        QVERIFY(!parse(issuedEntries.value(QStringLiteral("docProps/core.xml")))->first(QStringLiteral("cp:contentStatus")));
        for (auto it = issuedEntries.cbegin(); it != issuedEntries.cend(); ++it)
            QVERIFY2(!QString::fromUtf8(it.value()).contains(QStringLiteral("DỰ THẢO")), qPrintable(it.key()));
    }

    void failureNamesTheFile()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("missing/bao-cao.docx"));
        QVERIFY(!exportDocx(m_doc, path, &error));
        QVERIFY2(error.contains(QStringLiteral("bao-cao.docx")), qPrintable(error));
    }

    // Where LibreOffice is installed: the DOCX and the ODT converted to PDF
    // keep CDS Desk's left margin, and the three rules of page 1 lie within
    // 1 mm of where CDS Desk's PDF draws them.
    void libreOfficeLaysThemOutAsThePdf_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("docx") << QStringLiteral("docx");
        QTest::newRow("odt") << QStringLiteral("odt");
    }

    void libreOfficeLaysThemOutAsThePdf()
    {
        QFETCH(QString, format);
        if (test::sofficePath().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: scripts/cdsdesk.sh installs libreoffice-writer-nogui");
        const QString reference = m_dir.filePath(QStringLiteral("cdsdesk.pdf"));
        QString error;
        QVERIFY2(ReportRenderer(m_doc).exportPdf(reference, &error), qPrintable(error));
        QString source = m_docx;
        if (format == QStringLiteral("odt")) {
            source = m_dir.filePath(QStringLiteral("bao-cao.odt"));
            QVERIFY2(exportOdt(m_doc, source, &error), qPrintable(error));
        }
        QTemporaryDir out;
        const QString converted = test::convertToPdfWithLibreOffice(source, out.path());
        QVERIFY2(!converted.isEmpty(), qPrintable(test::lastError()));
        // CDS_REPORT_OUT=<folder> keeps the files to look at (pdftoppm -r 60).
        const QString keep = qEnvironmentVariable("CDS_REPORT_OUT");
        if (!keep.isEmpty()) {
            for (const QString &file : { reference, source, converted }) {
                const QString copy = QDir(keep).filePath(QFileInfo(file).fileName().replace(u'.', u'-' + format + u'.'));
                QFile::remove(copy);
                QFile::copy(file, copy);
            }
        }

        // Page 2: body text only; its left edge is the left margin (35 mm).
        const auto leftEdge = [](const QString &pdf) {
            double left = 1000;
            for (const test::WordBox &word : test::pdfWordBoxes(pdf, 2))
                left = std::min(left, word.mm.left());
            return left;
        };
        const double expectedLeft = leftEdge(reference);
        QVERIFY2(qAbs(expectedLeft - 35) < 0.5, qPrintable(QString::number(expectedLeft)));
        QVERIFY2(qAbs(leftEdge(converted) - expectedLeft) <= 1,
                 qPrintable(QStringLiteral("left margin %1 mm, PDF %2 mm").arg(leftEdge(converted)).arg(expectedLeft)));

        const QList<QRectF> expected = test::pdfHorizontalRules(reference, 1);
        const QList<QRectF> actual = test::pdfHorizontalRules(converted, 1);
        QCOMPARE(expected.size(), 3);
        QString report;
        for (const QRectF &r : actual)
            report += QStringLiteral(" [x %1–%2, y %3]").arg(r.left(), 0, 'f', 1).arg(r.right(), 0, 'f', 1).arg(r.center().y(), 0, 'f', 1);
        QVERIFY2(actual.size() == 3, qPrintable(QStringLiteral("rules:") + report));
        // Sorted by their place: the left column's, the right column's (one
        // row), then the subject's.
        const auto sorted = [](QList<QRectF> rules) {
            std::sort(rules.begin(), rules.end(), [](const QRectF &a, const QRectF &b) {
                return qAbs(a.center().y() - b.center().y()) > 3 ? a.center().y() < b.center().y() : a.left() < b.left();
            });
            return rules;
        };
        const QList<QRectF> e = sorted(expected);
        const QList<QRectF> a = sorted(actual);
        for (qsizetype i = 0; i < 3; ++i) {
            const QString what = QStringLiteral("rule %1: x %2–%3 y %4 mm, PDF x %5–%6 y %7 mm")
                                         .arg(i + 1)
                                         .arg(a[i].left(), 0, 'f', 2).arg(a[i].right(), 0, 'f', 2).arg(a[i].center().y(), 0, 'f', 2)
                                         .arg(e[i].left(), 0, 'f', 2).arg(e[i].right(), 0, 'f', 2).arg(e[i].center().y(), 0, 'f', 2);
            qInfo("%s %s", qPrintable(format), qPrintable(what));
            QVERIFY2(qAbs(a[i].left() - e[i].left()) <= 1 && qAbs(a[i].right() - e[i].right()) <= 1
                             && qAbs(a[i].center().y() - e[i].center().y()) <= 1,
                     qPrintable(what));
        }
        // Page 1 shows no number; page 2 shows "2" in the top margin.
        for (const test::WordBox &word : test::pdfWordBoxes(converted, 1))
            QVERIFY2(!(word.text == QStringLiteral("1") && word.mm.top() < 25), "a number on page 1");
        bool numbered = false;
        for (const test::WordBox &word : test::pdfWordBoxes(converted, 2))
            numbered = numbered || (word.text == QStringLiteral("2") && word.mm.bottom() < 25);
        QVERIFY(numbered);
        const QList<QSizeF> sizes = test::pdfPageSizes(converted);
        QVERIFY(qAbs(sizes.last().width() - 842) < 1); // the appendix, landscape
    }

private:
    QString target(const QString &id) const
    {
        for (const Node *r : m_parts.value(QStringLiteral("word/_rels/document.xml.rels"))->all(QStringLiteral("Relationship")))
            if (r->attr(QStringLiteral("Id")) == id)
                return r->attr(QStringLiteral("Target"));
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    OfficialDocument m_doc;
    QString m_docx;
    QStringList m_order;
    QHash<QString, QByteArray> m_entries;
    QHash<QString, std::shared_ptr<Node>> m_parts;
    std::shared_ptr<Node> m_document;
};

QTEST_MAIN(TestReportDocx)
#include "tst_reportdocx.moc"
