#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

namespace cds::docx {

// A small WordprocessingML (Office Open XML, ECMA-376) writer: paragraphs,
// runs, tables and sections written with QXmlStreamWriter into
// word/document.xml, and the package around it (content types, relationships,
// styles, settings, headers, footers, properties) zipped with libzip. It knows
// only what the official report needs; ReportDocx lays the report out with it.
//
// Units: twips (1/20 pt, 1/1440 in) for lengths, points for font sizes.

constexpr int twipsFromMm(double mm)
{
    return int(mm * 1440 / 25.4 + 0.5);
}

constexpr int twipsFromPt(double pt)
{
    return int(pt * 20 + 0.5);
}

enum class Align { Left, Centre, Right, Justify };

struct Run
{
    QString text;         // NFC; written as is (xml:space="preserve")
    double pt = 0;        // 0: the document's body size
    bool bold = false;
    bool italic = false;
    bool breakBefore = false; // a line break (w:br) before the text
};

struct Paragraph
{
    Align align = Align::Left;
    int leftTw = 0;
    int rightTw = 0;
    int firstLineTw = 0;  // first-line indent
    int hangingTw = 0;    // or a hanging indent (lists): not both
    int beforeTw = 0;     // space before
    int afterTw = 0;      // space after
    int lineTw = 240;     // line spacing: 240ths of a line ("auto"), or twips when exactLine
    bool exactLine = false;
    bool keepNext = false;
    bool keepLines = false;
    double ruleBelowPt = 0; // > 0: a solid bottom border this thick (a short rule, paragraph-wide)
    double ruleAbovePt = 0; // > 0: a solid top border this thick
    double markPt = 0;      // size of the paragraph mark (an empty paragraph's line), 0: body size
    QList<Run> runs;
};

// The page setup of a section (w:sectPr). Every section has the same headers:
// no page number on its first page (w:titlePg), the number (field PAGE)
// centred in the header of the others.
struct Section
{
    bool landscape = false; // A4 either way
    int topTw = 0;
    int bottomTw = 0;
    int leftTw = 0;
    int rightTw = 0;
    int headerTw = 0; // from the top edge of the paper to the header's text
    int footerTw = 0; // from the bottom edge of the paper to the footer's text
    bool restartNumbering = false; // numbered from 1
    bool firstPageFooter = false;  // the footer set by setFirstPageFooter() on its first page
};

struct TableFormat
{
    QList<int> columnsTw;   // the column widths; the table is as wide as their sum
    double gridPt = 0;      // > 0: every cell bordered by a solid line this thick
    int cellMarginTw = 0;   // on all four sides of every cell
};

struct Properties
{
    QString title;
    QString status; // cp:contentStatus ("Dự thảo" for a draft), empty: none
    QString application; // docProps/app.xml
};

class Writer
{
public:
    // family: the font of the whole document (w:rFonts); bodyPt: the default size.
    Writer(const QString &family, double bodyPt, const QString &language);

    void addParagraph(const Paragraph &paragraph);

    void beginTable(const TableFormat &format);
    void beginRow(bool repeatAsHeader = false, bool cantSplit = true);
    void beginCell(); // the next column; its width from the table's format
    void endCell();   // a cell that got no paragraph gets an empty one
    void endRow();
    void endTable();

    // Ends the current section with the page setup of section: a paragraph of
    // 1 pt holding its w:sectPr; what follows starts on a new page.
    void endSection(const Section &section);

    // The number in the header (field PAGE), at pt, centred.
    void setPageNumberSize(double pt) { m_pageNumberPt = pt; }
    // The footer of the first page of the sections that ask for it.
    void setFirstPageFooter(const QList<Paragraph> &paragraphs) { m_firstFooter = paragraphs; }
    // The header of the first page of every section (empty by default: item
    // 28 numbers no first page); a draft puts its mark there.
    void setFirstPageHeader(const QList<Paragraph> &paragraphs) { m_firstHeader = paragraphs; }

    // The .docx file: the last section's page setup closes the body. Empty,
    // with why set, on failure.
    QByteArray package(const Section &lastSection, const Properties &properties, QString *why);

private:
    void writeParagraph(QXmlStreamWriter &w, const Paragraph &paragraph) const;
    void writeRunProperties(QXmlStreamWriter &w, double pt, bool bold, bool italic) const;
    void writeSectionProperties(QXmlStreamWriter &w, const Section &section) const;
    QByteArray headerOrFooter(const QString &root, const QList<Paragraph> &paragraphs) const;
    QByteArray stylesXml() const;

    QString m_family;
    double m_bodyPt;
    QString m_language;
    double m_pageNumberPt = 14;
    QList<Paragraph> m_firstFooter;
    QList<Paragraph> m_firstHeader;

    QByteArray m_body;
    QXmlStreamWriter m_w;
    TableFormat m_table;
    int m_column = 0;
    bool m_cellHasParagraph = false;
    bool m_inCell = false;
};

} // namespace cds::docx
