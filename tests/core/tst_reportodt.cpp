// The demo campaign's report exported as ODT, opened as a clerk's word
// processor would: the zip package read with libzip, the page setup in
// styles.xml (A4, the document's margins, page numbers from page 2 in the top
// margin), the master pages content.xml binds, and the text itself.
#include "PdfText.h"
#include "TestDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportOdt.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <numeric>

#include <zip.h>

#ifdef Q_OS_UNIX
#  include <unistd.h>
#endif

using namespace cds;

namespace {

struct Entry
{
    QString name;
    int method = -1; // ZIP_CM_*
    QByteArray data;
};

// Every entry of the zip file at path, in the order of its central directory.
QList<Entry> zipEntries(const QString &path)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive)
        return {};
    QList<Entry> entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            break;
        Entry entry{ QString::fromUtf8(stat.name), int(stat.comp_method), QByteArray(qsizetype(stat.size), '\0') };
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file || zip_fread(file, entry.data.data(), stat.size) != zip_int64_t(stat.size))
            entry.data.clear();
        if (file)
            zip_fclose(file);
        entries.append(entry);
    }
    zip_discard(archive);
    return entries;
}

// An element of an XML file: its qualified name and attributes.
struct Element
{
    QString name;
    QHash<QString, QString> attributes;
};

// Every element of xml in document order (qualified names, no namespace processing).
QList<Element> elements(const QByteArray &xml)
{
    QList<Element> result;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        Element element{ reader.qualifiedName().toString(), {} };
        for (const QXmlStreamAttribute &attribute : reader.attributes())
            element.attributes.insert(attribute.qualifiedName().toString(), attribute.value().toString());
        result.append(element);
    }
    return result;
}

// QXmlStreamReader's message for xml, empty when it is well-formed.
QString xmlError(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

// "25mm", "2.5cm", "70.87pt", "1in" in millimetres; -1 for anything else.
double toMm(const QString &length)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9.]+)(mm|cm|pt|in)$"));
    const QRegularExpressionMatch match = pattern.match(length);
    if (!match.hasMatch())
        return -1;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QStringLiteral("cm"))
        return value * 10;
    if (unit == QStringLiteral("pt"))
        return value * 25.4 / 72;
    if (unit == QStringLiteral("in"))
        return value * 25.4;
    return value;
}

// The text of office:text, text:s as a space, paragraphs and cells on lines of their own.
QString bodyText(const QByteArray &content)
{
    QString text;
    QXmlStreamReader reader(content);
    reader.setNamespaceProcessing(false);
    bool inText = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = reader.qualifiedName();
            if (name == QStringLiteral("office:text"))
                inText = true;
            else if (name == QStringLiteral("text:s"))
                text += u' ';
            else if (name == QStringLiteral("text:p"))
                text += u'\n';
        } else if (token == QXmlStreamReader::Characters && inText && !reader.isWhitespace()) {
            text += reader.text();
        }
    }
    return text;
}

} // namespace

class TestReportOdt : public QObject
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
        m_doc.draft = false; // as issued: draftIsMarkedInTheFirstPageHeader() looks at a draft

        m_odt = m_dir.filePath(QStringLiteral("bao-cao.odt"));
        QVERIFY2(exportOdt(m_doc, m_odt, &error), qPrintable(error));
        m_entries = zipEntries(m_odt);
        QVERIFY2(!m_entries.isEmpty(), "libzip cannot open the ODT");
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.name == QStringLiteral("styles.xml"))
                m_stylesXml = entry.data;
            else if (entry.name == QStringLiteral("content.xml"))
                m_contentXml = entry.data;
        }
        // Well-formed, with the namespaces declared (namespace processing on).
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.name.endsWith(QStringLiteral(".xml")))
                QVERIFY2(xmlError(entry.data).isEmpty(), qPrintable(entry.name + u' ' + xmlError(entry.data)));
        }
        m_styles = elements(m_stylesXml);
        QVERIFY2(!m_styles.isEmpty(), "no styles.xml");
        QVERIFY2(!m_contentXml.isEmpty(), "no content.xml");
        m_content = elements(m_contentXml);
    }

    // ODF 1.2, part 3, section 3.3: "mimetype" first, stored, without an extra
    // field, so that `file` and the word processors recognise the package.
    void mimetypeIsTheFirstEntryStored()
    {
        const Entry &first = m_entries.first();
        QCOMPARE(first.name, QStringLiteral("mimetype"));
        QCOMPARE(first.method, int(ZIP_CM_STORE));
        QCOMPARE(first.data, QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
        QFile file(m_odt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(30 + 8 + 39);
        QVERIFY(head.startsWith("PK\x03\x04"));
        QCOMPARE(quint8(head.at(28)) | quint8(head.at(29)) << 8, 0); // extra field length
        QCOMPARE(head.mid(30), QByteArrayLiteral("mimetypeapplication/vnd.oasis.opendocument.text"));
    }

    void manifestListsTheParts()
    {
        QByteArray manifest;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.name == QStringLiteral("META-INF/manifest.xml"))
                manifest = entry.data;
        }
        QStringList paths;
        for (const Element &e : elements(manifest)) {
            if (e.name == QStringLiteral("manifest:file-entry"))
                paths << e.attributes.value(QStringLiteral("manifest:full-path"));
        }
        QVERIFY2(paths.contains(QStringLiteral("content.xml")), qPrintable(paths.join(u' ')));
        QVERIFY2(paths.contains(QStringLiteral("styles.xml")), qPrintable(paths.join(u' ')));
    }

    // The first element of the body starts the "First Page" master page: A4
    // portrait, the document's margins, no header (no number on page 1).
    void firstPageIsA4WithTheMarginsAndNoNumber()
    {
        const QString master = masterPageOfTopElement(0);
        QVERIFY2(!master.isEmpty(), "the first element of the body has no master page");
        QVERIFY2(m_masters.contains(master), qPrintable(master));
        QVERIFY2(!m_masters.value(master).header, "the first page has a header");
        const Layout layout = m_layouts.value(m_masters.value(master).layout);
        QCOMPARE(layout.width, 210.0);
        QCOMPARE(layout.height, 297.0);
        QCOMPARE(layout.top, 25.0);
        QCOMPARE(layout.bottom, 22.0);
        QCOMPARE(layout.left, 35.0);
        QCOMPARE(layout.right, 18.0);
        // The letterhead table comes first: no empty line above it.
        QCOMPARE(topElements().first().name, QStringLiteral("table:table"));
    }

    // Item 28: from page 2 on, the page number centred in the top margin; the
    // body still starts at the document's top margin.
    void laterPagesAreNumberedInTheTopMargin()
    {
        const QString first = masterPageOfTopElement(0);
        const Master next = m_masters.value(m_masters.value(first).next);
        QVERIFY2(!m_masters.value(first).next.isEmpty(), "the first page has no next page style");
        QVERIFY2(next.header, "the pages after the first have no header");
        QVERIFY2(next.pageNumberInHeader, "the header holds no page-number field");
        QCOMPARE(next.headerAlign, QStringLiteral("center"));
        // Nothing but the number in the header's paragraph: a space beside it
        // would move it off the centre.
        static const QRegularExpression headerParagraph(
                QStringLiteral("<text:p text:style-name=\"Header\">(.*?)</text:p>"),
                QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch header = headerParagraph.match(QString::fromUtf8(m_stylesXml));
        QVERIFY(header.hasMatch());
        QVERIFY2(header.captured(1).startsWith(QStringLiteral("<text:page-number"))
                         && header.captured(1).endsWith(u'>'),
                 qPrintable(header.captured(1)));
        QVERIFY(next.next.isEmpty() || next.next == m_masters.value(first).next);
        const Layout layout = m_layouts.value(next.layout);
        QCOMPARE(layout.width, 210.0);
        QCOMPARE(layout.height, 297.0);
        QVERIFY2(layout.top > 0 && layout.top < 25, qPrintable(QString::number(layout.top)));
        QVERIFY2(qAbs(layout.top + layout.headerHeight + layout.headerSpacing - 25) < 0.01,
                 qPrintable(QStringLiteral("%1 + %2 + %3").arg(layout.top).arg(layout.headerHeight).arg(layout.headerSpacing)));
        QCOMPARE(layout.bottom, 22.0);
        QCOMPARE(layout.left, 35.0);
        QCOMPARE(layout.right, 18.0);
    }

    void bodyFontIsTimesNewRomanAtTheDocumentsSize()
    {
        bool defaultFont = false;
        for (qsizetype i = 0; i + 1 < m_styles.size(); ++i) {
            if (m_styles.at(i).name == QStringLiteral("style:default-style")
                && m_styles.at(i).attributes.value(QStringLiteral("style:family")) == QStringLiteral("paragraph")) {
                const Element &text = m_styles.at(i + 1);
                QCOMPARE(text.name, QStringLiteral("style:text-properties"));
                QCOMPARE(text.attributes.value(QStringLiteral("style:font-name")), QStringLiteral("Times New Roman"));
                QCOMPARE(text.attributes.value(QStringLiteral("fo:font-size")), QStringLiteral("13pt"));
                defaultFont = true;
            }
        }
        QVERIFY2(defaultFont, "no default paragraph style");
        // Every run of text is Times New Roman; the body's runs are 13 pt.
        QHash<QString, QHash<QString, QString>> textStyles;
        QSet<QString> used;
        QString style;
        for (const Element &e : std::as_const(m_content)) {
            if (e.name == QStringLiteral("style:style"))
                style = e.attributes.value(QStringLiteral("style:name"));
            else if (e.name == QStringLiteral("style:text-properties"))
                textStyles.insert(style, e.attributes);
            else if (e.name == QStringLiteral("text:span"))
                used.insert(e.attributes.value(QStringLiteral("text:style-name")));
        }
        QVERIFY(!used.isEmpty());
        int body = 0;
        for (const QString &name : std::as_const(used)) {
            const QString family = textStyles.value(name).value(QStringLiteral("fo:font-family"));
            QVERIFY2(family == QStringLiteral("Times New Roman"), qPrintable(name + u' ' + family));
            if (textStyles.value(name).value(QStringLiteral("fo:font-size")) == QStringLiteral("13pt"))
                ++body;
        }
        QVERIFY(body > 0);
    }

    // Items 29–31: the appendix starts a page of its own, A4 landscape, with
    // its own numbering from 1 and no number on its first page.
    void appendixStartsALandscapePageNumberedFromOne()
    {
        const QList<Element> top = topElements();
        qsizetype index = -1;
        for (qsizetype i = 1; i < top.size(); ++i) {
            if (!masterPageOfTopElement(i).isEmpty()) {
                QCOMPARE(index, -1); // one page start only, besides the first
                index = i;
            }
        }
        QVERIFY2(index > 0, "no master page in the body after the first element");
        const QString styleName = top.at(index).attributes.value(QStringLiteral("text:style-name"));
        QCOMPARE(styleProperty(styleName, QStringLiteral("style:page-number")), QStringLiteral("1"));
        // It is the appendix's label ("Phụ lục"): no other paragraph is bound.
        const QStringList lines = bodyText(m_contentXml).split(u'\n');
        QVERIFY(lines.contains(m_doc.appendices.first().label));

        const Master first = m_masters.value(masterPageOfTopElement(index));
        QVERIFY(!first.header);
        const Layout layout = m_layouts.value(first.layout);
        QCOMPARE(layout.width, 297.0);
        QCOMPARE(layout.height, 210.0);
        QCOMPARE(layout.orientation, QStringLiteral("landscape"));
        QCOMPARE(layout.left, 35.0);
        const Master next = m_masters.value(first.next);
        QVERIFY(next.header && next.pageNumberInHeader);
        QCOMPARE(m_layouts.value(next.layout).width, 297.0);
    }

    // As in the PDF: the appendix table's header row repeats on every page
    // (table:table-header-rows) and no row splits across pages.
    void appendixTableRepeatsItsHeaderAndKeepsRowsWhole()
    {
        const QString keep = QStringLiteral("fo:keep-together");
        QHash<QString, QString> rowKeep;
        QString style;
        for (const Element &e : std::as_const(m_content)) {
            if (e.name == QStringLiteral("style:style"))
                style = e.attributes.value(QStringLiteral("style:name"));
            else if (e.name == QStringLiteral("style:table-row-properties"))
                rowKeep.insert(style, e.attributes.value(keep));
        }
        // The tables of the body, in order: letterhead, signature, appendix.
        QList<QList<Element>> tables;
        int tableDepth = 0;
        bool inHeader = false;
        QStringList headerTexts;
        QXmlStreamReader reader(m_contentXml);
        reader.setNamespaceProcessing(false);
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (reader.qualifiedName() == QStringLiteral("table:table") && ++tableDepth == 1)
                    tables.append(QList<Element>());
                if (tableDepth == 1) {
                    Element element{ reader.qualifiedName().toString(), {} };
                    for (const QXmlStreamAttribute &attribute : reader.attributes())
                        element.attributes.insert(attribute.qualifiedName().toString(), attribute.value().toString());
                    tables.last().append(element);
                }
                if (reader.qualifiedName() == QStringLiteral("table:table-header-rows"))
                    inHeader = true;
            } else if (token == QXmlStreamReader::EndElement) {
                if (reader.qualifiedName() == QStringLiteral("table:table"))
                    --tableDepth;
                if (reader.qualifiedName() == QStringLiteral("table:table-header-rows"))
                    inHeader = false;
            } else if (token == QXmlStreamReader::Characters && inHeader && !reader.isWhitespace()) {
                headerTexts << reader.text().toString();
            }
        }
        QCOMPARE(tables.size(), 3);
        const auto count = [](const QList<Element> &table, const QString &name) {
            return std::count_if(table.cbegin(), table.cend(), [&](const Element &e) { return e.name == name; });
        };
        QCOMPARE(count(tables.at(0), QStringLiteral("table:table-header-rows")), 0);
        QCOMPARE(count(tables.at(2), QStringLiteral("table:table-header-rows")), 1);
        QCOMPARE(headerTexts, m_doc.appendices.first().headers);
        const auto rows = count(tables.at(2), QStringLiteral("table:table-row"));
        QCOMPARE(rows, m_doc.appendices.first().rows.size() + 1);
        for (const Element &e : tables.at(2)) {
            if (e.name == QStringLiteral("table:table-row")) {
                const QString name = e.attributes.value(QStringLiteral("table:style-name"));
                QVERIFY2(rowKeep.value(name) == QStringLiteral("always"), qPrintable(name));
            }
        }
    }

    // The tables span the text width (Qt writes "100pt" for 100 %); the
    // appendix's columns keep the document's shares.
    void tablesSpanTheTextWidthWithTheColumnShares()
    {
        QHash<QString, double> relativeWidth;
        QString style;
        int tables = 0;
        for (const Element &e : std::as_const(m_content)) {
            if (e.name == QStringLiteral("style:style")) {
                style = e.attributes.value(QStringLiteral("style:name"));
            } else if (e.name == QStringLiteral("style:table-properties")) {
                ++tables;
                QCOMPARE(e.attributes.value(QStringLiteral("table:align")), QStringLiteral("margins"));
                QVERIFY(!e.attributes.contains(QStringLiteral("style:width")));
            } else if (e.name == QStringLiteral("style:table-column-properties")) {
                QVERIFY(!e.attributes.value(QStringLiteral("style:column-width")).endsWith(u'%'));
                QString rel = e.attributes.value(QStringLiteral("style:rel-column-width"));
                QVERIFY2(rel.endsWith(u'*'), qPrintable(style + u' ' + rel));
                relativeWidth.insert(style, rel.chopped(1).toDouble());
            }
        }
        QCOMPARE(tables, 3);
        // The appendix table's columns, in order.
        QList<double> widths;
        int table = 0;
        bool inAppendix = false;
        for (const Element &e : std::as_const(m_content)) {
            if (e.name == QStringLiteral("table:table"))
                inAppendix = ++table == 3;
            else if (inAppendix && e.name == QStringLiteral("table:table-column"))
                widths << relativeWidth.value(e.attributes.value(QStringLiteral("table:style-name")), -1);
        }
        const QList<double> shares = m_doc.appendices.first().columnShares;
        QCOMPARE(widths.size(), shares.size());
        const double sumWidths = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        const double sumShares = std::accumulate(shares.cbegin(), shares.cend(), 0.0);
        for (qsizetype i = 0; i < shares.size(); ++i)
            QVERIFY2(qAbs(widths.at(i) / sumWidths - shares.at(i) / sumShares) < 0.001, qPrintable(QString::number(i)));
    }

    // Item 11 as the PDF: first-line indent 12.7 mm (36 pt), 6 pt between
    // paragraphs, lines at 1.15 in ODF's own attribute (fo:line-height).
    void bodyParagraphsHaveTheIndentSpacingAndLineHeight()
    {
        int justified = 0;
        for (const Element &e : std::as_const(m_content)) {
            if (e.name != QStringLiteral("style:paragraph-properties")
                || e.attributes.value(QStringLiteral("fo:text-align")) != QStringLiteral("justify"))
                continue;
            ++justified;
            QVERIFY2(qAbs(toMm(e.attributes.value(QStringLiteral("fo:text-indent"))) - 12.7) < 0.05,
                     qPrintable(e.attributes.value(QStringLiteral("fo:text-indent"))));
            QCOMPARE(e.attributes.value(QStringLiteral("fo:line-height")), QStringLiteral("115%"));
            QVERIFY(!e.attributes.contains(QStringLiteral("style:line-height")));
            QVERIFY(toMm(e.attributes.value(QStringLiteral("fo:margin-top"))) >= 6 * 25.4 / 72 - 0.01);
        }
        QVERIFY(justified > 0);
    }

    // Items 2, 4, 8: three solid lines (shapes anchored to their paragraphs):
    // under the issuing body, the motto (as long as it) and the subject.
    void threeShortRules()
    {
        QList<Element> lines;
        for (const Element &e : std::as_const(m_content))
            if (e.name == QStringLiteral("draw:line"))
                lines << e;
        QCOMPARE(lines.size(), 3);
        for (const Element &line : lines) {
            QCOMPARE(line.attributes.value(QStringLiteral("text:anchor-type")), QStringLiteral("paragraph"));
            QCOMPARE(line.attributes.value(QStringLiteral("svg:y1")), line.attributes.value(QStringLiteral("svg:y2")));
            const double length = toMm(line.attributes.value(QStringLiteral("svg:x2"))) - toMm(line.attributes.value(QStringLiteral("svg:x1")));
            QVERIFY2(length > 10 && length < 80, qPrintable(QString::number(length)));
            const QString style = line.attributes.value(QStringLiteral("draw:style-name"));
            QCOMPARE(styleProperty(style, QStringLiteral("draw:stroke")), QStringLiteral("solid"));
        }
    }

    void bodyTextAndFiguresAreThere()
    {
        const QString text = bodyText(m_contentXml).simplified();
        for (const char *expected : { "1.141 Tổ Công nghệ số cộng đồng", "173/173 Tổ cấp xã với 1.690 thành viên",
                                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:",
                                      "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG" })
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void failureNamesTheFileAndLeavesItUnchanged()
    {
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/bao-cao.odt"));
        QVERIFY(!exportOdt(m_doc, missing, &error));
        QVERIFY2(error.contains(QStringLiteral("bao-cao.odt")), qPrintable(error));
        QVERIFY(!QFile::exists(missing));

        // A successful export replaces an existing file, and leaves no temporary file.
        const QString existing = m_dir.filePath(QStringLiteral("existing.odt"));
        writeFile(existing, "old");
        QVERIFY2(exportOdt(m_doc, existing, &error), qPrintable(error));
        QCOMPARE(zipEntries(existing).first().name, QStringLiteral("mimetype"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);

#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("running as root: a read-only folder does not stop the export");
        // A folder that cannot be written: the file in it stays as it was.
        QTemporaryDir locked;
        const QString kept = QDir(locked.path()).filePath(QStringLiteral("bao-cao.odt"));
        writeFile(kept, "old");
        const QByteArray hash = test::fileHash(kept);
        QVERIFY(QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner));
        error.clear();
        const bool written = exportOdt(m_doc, kept, &error);
        QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("bao-cao.odt")), qPrintable(error));
        QCOMPARE(test::fileHash(kept), hash);
#endif
    }

    // What LibreOffice makes of it, where it is installed: A4 pages, no number
    // on page 1, "2" on page 2.
    void libreOfficeNumbersFromPageTwo()
    {
        if (test::sofficePath().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const QString pdf = test::convertToPdfWithLibreOffice(m_odt, m_dir.path());
        QVERIFY2(!pdf.isEmpty(), qPrintable(test::lastError()));
        const QList<QSizeF> sizes = test::pdfPageSizes(pdf);
        QVERIFY(sizes.size() >= 3);
        QVERIFY2(qAbs(sizes.first().width() - 595) < 1 && qAbs(sizes.first().height() - 842) < 1,
                 qPrintable(test::pdfInfo(pdf)));
        const QStringList pages = test::pdfPageTexts(pdf);
        QVERIFY(pages.size() >= 2);
        const auto lines = [](const QString &page) {
            QStringList result;
            for (const QString &line : page.split(u'\n'))
                result << line.trimmed();
            return result;
        };
        QVERIFY(!lines(pages.at(0)).contains(QStringLiteral("1")));
        QVERIFY2(lines(pages.at(1)).contains(QStringLiteral("2")), qPrintable(pages.at(1).left(200)));
        QVERIFY(qAbs(sizes.last().width() - 842) < 1); // the appendix, landscape
    }

    // A draft says "DỰ THẢO" in the header of its first page (right, bold)
    // and its body still starts at the top margin; an issued report prints no
    // mark anywhere. Where LibreOffice is installed, the mark is on page 1 of
    // its PDF and on no page of the issued one.
    void draftIsMarkedInTheFirstPageHeader()
    {
        OfficialDocument draft = m_doc;
        draft.draft = true;
        const QString path = m_dir.filePath(QStringLiteral("du-thao.odt"));
        QString error;
        QVERIFY2(exportOdt(draft, path, &error), qPrintable(error));
        QByteArray styles;
        QByteArray content;
        for (const Entry &entry : zipEntries(path)) {
            if (entry.name == QStringLiteral("styles.xml"))
                styles = entry.data;
            else if (entry.name == QStringLiteral("content.xml"))
                content = entry.data;
        }
        QVERIFY2(xmlError(styles).isEmpty(), qPrintable(xmlError(styles)));
        static const QRegularExpression firstMaster(
                QStringLiteral("<style:master-page style:name=\"First_20_Page\"[^>]*style:page-layout-name=\"(\\w+)\"[^>]*>"
                               "\\s*<style:header>\\s*<text:p text:style-name=\"DraftMark\">DỰ THẢO</text:p>"));
        const QRegularExpressionMatch master = firstMaster.match(QString::fromUtf8(styles));
        QVERIFY2(master.hasMatch(), styles.constData());
        static const QRegularExpression markStyle(
                QStringLiteral("<style:style style:name=\"DraftMark\"[^>]*>\\s*<style:paragraph-properties fo:text-align=\"end\"/>"
                               "\\s*<style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/>"));
        QVERIFY2(markStyle.match(QString::fromUtf8(styles)).hasMatch(), styles.constData());
        // The layout of the first page: the margin cut by the header's height, 25 mm in all.
        static const QRegularExpression layout(
                QStringLiteral("<style:page-layout style:name=\"%1\">\\s*<style:page-layout-properties[^>]*fo:margin-top=\"([0-9.]+)mm\""
                               "[^>]*/>\\s*<style:header-style>\\s*<style:header-footer-properties fo:min-height=\"([0-9.]+)mm\"")
                        .arg(master.captured(1)));
        const QRegularExpressionMatch measures = layout.match(QString::fromUtf8(styles));
        QVERIFY2(measures.hasMatch(), styles.constData());
        QCOMPARE(measures.captured(1).toDouble() + measures.captured(2).toDouble(), 25.0);
        QVERIFY(!QString::fromUtf8(content).contains(QStringLiteral("DỰ THẢO")));
        QVERIFY(!QString::fromUtf8(m_stylesXml).contains(QStringLiteral("DỰ THẢO")));
        QVERIFY(!QString::fromUtf8(m_contentXml).contains(QStringLiteral("DỰ THẢO")));

        if (test::sofficePath().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir out;
        const QString pdf = test::convertToPdfWithLibreOffice(path, out.path());
        QVERIFY2(!pdf.isEmpty(), qPrintable(test::lastError()));
        const QStringList pages = test::pdfPageTexts(pdf);
        QVERIFY(pages.size() >= 2);
        QVERIFY2(pages.first().contains(QStringLiteral("DỰ THẢO")), qPrintable(pages.first().left(300)));
        QVERIFY(!pages.at(1).contains(QStringLiteral("DỰ THẢO")));
        // Above the national title, at the right.
        double markTop = -1;
        double titleTop = -1;
        for (const test::WordBox &word : test::pdfWordBoxes(pdf, 1)) {
            if (word.text == QStringLiteral("THẢO") && markTop < 0)
                markTop = word.mm.bottom();
            if (word.text == QStringLiteral("CỘNG") && titleTop < 0)
                titleTop = word.mm.top();
        }
        QVERIFY2(markTop > 0 && titleTop > 0 && markTop < titleTop, qPrintable(QStringLiteral("%1 %2").arg(markTop).arg(titleTop)));
    }

    // Qt's writer makes each paragraph of a table its own cell: the letterhead
    // and the signature must still be two cells a row, each with all its lines.
    void letterheadAndSignatureCellsKeepTheirLines()
    {
        // tables -> rows -> cell texts (a line break read as '\n').
        QList<QList<QStringList>> tables;
        QXmlStreamReader reader(m_contentXml);
        reader.setNamespaceProcessing(false);
        int tableDepth = 0;
        bool inCell = false;
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            const QString name = reader.qualifiedName().toString();
            if (token == QXmlStreamReader::StartElement) {
                if (name == QStringLiteral("table:table") && ++tableDepth == 1)
                    tables.append(QList<QStringList>());
                else if (name == QStringLiteral("table:table-row") && tableDepth == 1)
                    tables.last().append(QStringList());
                else if (name == QStringLiteral("table:table-cell") && tableDepth == 1) {
                    tables.last().last().append(QString());
                    inCell = true;
                } else if (name == QStringLiteral("text:line-break") && inCell)
                    tables.last().last().last() += u'\n';
                else if (name == QStringLiteral("text:tab") && inCell)
                    tables.last().last().last() += u'\t';
            } else if (token == QXmlStreamReader::EndElement) {
                if (name == QStringLiteral("table:table"))
                    --tableDepth;
                else if (name == QStringLiteral("table:table-cell"))
                    inCell = false;
            } else if (token == QXmlStreamReader::Characters && inCell && tableDepth == 1) {
                tables.last().last().last() += reader.text().toString().trimmed().isEmpty() ? QString() : reader.text().toString();
            }
        }
        QVERIFY(tables.size() >= 2);
        const QList<QStringList> &head = tables.first();
        QCOMPARE(head.size(), 2);
        QCOMPARE(head[0].size(), 2);
        QCOMPARE(head[1].size(), 2);
        QVERIFY2(head[0][0].startsWith(QStringLiteral("UBND TỈNH QUẢNG NGÃI\nSỞ THÔNG TIN VÀ")), qPrintable(head[0][0]));
        QVERIFY2(head[0][0].endsWith(QStringLiteral("TRUYỀN THÔNG")), qPrintable(head[0][0]));
        QCOMPARE(head[0][1], OfficialDocument::nationalTitle() + u'\n' + OfficialDocument::motto());
        QVERIFY(head[1][0].startsWith(QStringLiteral("Số:")));
        // The signature: "Nơi nhận" with its list in one cell, the signer in the other.
        const QList<QStringList> &signature = tables.at(1);
        QCOMPARE(signature.size(), 1);
        QCOMPARE(signature[0].size(), 2);
        QVERIFY2(signature[0][0].startsWith(QStringLiteral("Nơi nhận:\n- ")), qPrintable(signature[0][0]));
        QVERIFY(signature[0][0].contains(QStringLiteral("\n- Lưu: VT")));
        QVERIFY2(signature[0][1].startsWith(QStringLiteral("GIÁM ĐỐC\n")), qPrintable(signature[0][1]));
        QVERIFY(signature[0][1].endsWith(QStringLiteral("\nTrần Thanh Trường")));
        // No tab before a line break (Qt writes one for justified text).
        for (const QStringList &row : head)
            for (const QString &cell : row)
                QVERIFY2(!cell.contains(u'\t'), qPrintable(cell));
        QVERIFY(!signature[0][0].contains(u'\t') && !signature[0][1].contains(u'\t'));
    }

private:
    struct Master
    {
        QString layout;
        QString next;
        bool header = false;
        bool pageNumberInHeader = false;
        QString headerAlign;
    };
    struct Layout
    {
        double width = -1, height = -1, top = -1, bottom = -1, left = -1, right = -1;
        double headerHeight = 0, headerSpacing = 0;
        QString orientation;
    };

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // The elements that are children of office:text, in order.
    QList<Element> topElements() const
    {
        QList<Element> result;
        QXmlStreamReader reader(m_contentXml);
        reader.setNamespaceProcessing(false);
        int depth = 0;
        int textDepth = -1;
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (textDepth > 0 && depth == textDepth + 1) {
                    Element element{ reader.qualifiedName().toString(), {} };
                    for (const QXmlStreamAttribute &attribute : reader.attributes())
                        element.attributes.insert(attribute.qualifiedName().toString(), attribute.value().toString());
                    result.append(element);
                }
                if (reader.qualifiedName() == QStringLiteral("office:text"))
                    textDepth = depth;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        return result;
    }

    // The automatic style (content.xml) named name: the style:style element's
    // attributes and its properties' attributes, merged.
    QHash<QString, QString> styleAttributes(const QString &name) const
    {
        QHash<QString, QString> result;
        bool inside = false;
        for (const Element &e : m_content) {
            if (e.name == QStringLiteral("style:style")) {
                inside = e.attributes.value(QStringLiteral("style:name")) == name;
                if (inside)
                    result.insert(e.attributes);
            } else if (inside && e.name.endsWith(QStringLiteral("-properties"))) {
                result.insert(e.attributes);
            } else if (!e.name.startsWith(QStringLiteral("style:"))) {
                inside = false;
            }
        }
        return result;
    }

    QString styleProperty(const QString &style, const QString &attribute) const
    {
        return styleAttributes(style).value(attribute);
    }

    QString masterPageOfTopElement(qsizetype index)
    {
        if (m_masters.isEmpty())
            readStyles();
        const QList<Element> top = topElements();
        if (index >= top.size())
            return {};
        const QHash<QString, QString> &a = top.at(index).attributes;
        const QString style = a.value(QStringLiteral("text:style-name"), a.value(QStringLiteral("table:style-name")));
        return styleProperty(style, QStringLiteral("style:master-page-name"));
    }

    void readStyles()
    {
        QString layout;
        QString master;
        bool inHeader = false;
        QString paragraphStyle;
        QHash<QString, QString> headerStyleAlign;
        for (const Element &e : std::as_const(m_styles)) {
            const auto attr = [&e](const char *name) { return e.attributes.value(QString::fromLatin1(name)); };
            if (e.name == QStringLiteral("style:page-layout")) {
                layout = attr("style:name");
                m_layouts.insert(layout, {});
            } else if (e.name == QStringLiteral("style:page-layout-properties")) {
                Layout &l = m_layouts[layout];
                l.width = toMm(attr("fo:page-width"));
                l.height = toMm(attr("fo:page-height"));
                l.top = toMm(attr("fo:margin-top"));
                l.bottom = toMm(attr("fo:margin-bottom"));
                l.left = toMm(attr("fo:margin-left"));
                l.right = toMm(attr("fo:margin-right"));
                l.orientation = attr("style:print-orientation");
            } else if (e.name == QStringLiteral("style:header-footer-properties")) {
                Layout &l = m_layouts[layout];
                l.headerHeight = toMm(attr("fo:min-height"));
                if (l.headerHeight < 0)
                    l.headerHeight = toMm(attr("svg:height"));
                l.headerSpacing = qMax(0.0, toMm(attr("fo:margin-bottom")));
            } else if (e.name == QStringLiteral("style:style")) {
                paragraphStyle = attr("style:name");
            } else if (e.name == QStringLiteral("style:paragraph-properties") && !attr("fo:text-align").isEmpty()) {
                headerStyleAlign.insert(paragraphStyle, attr("fo:text-align"));
            } else if (e.name == QStringLiteral("style:master-page")) {
                master = attr("style:name");
                m_masters.insert(master, { attr("style:page-layout-name"), attr("style:next-style-name"), false, false, {} });
                inHeader = false;
            } else if (e.name == QStringLiteral("style:header")) {
                m_masters[master].header = true;
                inHeader = true;
            } else if (e.name == QStringLiteral("style:footer")) {
                inHeader = false;
            } else if (inHeader && e.name == QStringLiteral("text:p")) {
                m_masters[master].headerAlign = headerStyleAlign.value(attr("text:style-name"));
            } else if (inHeader && e.name == QStringLiteral("text:page-number")) {
                m_masters[master].pageNumberInHeader = true;
            }
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    OfficialDocument m_doc;
    QString m_odt;
    QList<Entry> m_entries;
    QByteArray m_stylesXml;
    QList<Element> m_styles;
    QByteArray m_contentXml;
    QList<Element> m_content;
    QHash<QString, Master> m_masters;
    QHash<QString, Layout> m_layouts;
};

QTEST_MAIN(TestReportOdt)
#include "tst_reportodt.moc"
