#pragma once

#include "report/OfficialDocument.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace cds {

// Lays out an OfficialDocument on A4 pages as Decree 30/2020/NĐ-CP, Appendix I
// prescribes, and paints it. The PDF export, the print preview and the printer
// all go through paint(), so what the clerk sees is what prints.
//
// Fonts: "Times New Roman", falling back to the metric-compatible
// "Liberation Serif" where it is missing. Page numbers (item 28) are centred in
// the top margin from page 2 on.
//
// The layout is computed once, at a fixed resolution of 1200 dpi, and scaled to
// each device: line breaks and page breaks are then the same on the screen
// preview, in the PDF and on any printer.
class ReportRenderer
{
public:
    // A figure printed on a page (a body run with TextRun::figureKey).
    struct FigureArea
    {
        QString key;   // "level3_coverage", as in the report context's "figures"
        QString text;  // what prints there: "173/173" (the whole figure)
        // Millimetres from the top-left corner of the paper as it is shown
        // (x to the right, y down; a landscape page is 297 mm wide): from the
        // caret before the figure to the caret after it, the full height of
        // the line. A figure broken over two lines has one area per line.
        QRectF rectMm;
    };

    explicit ReportRenderer(OfficialDocument document);
    ~ReportRenderer();

    // Paints every page on device; the device's page layout is set to A4
    // portrait with zero margins first (the layout applies the document's own
    // margins, so printer margins are not added twice). Returns the page count.
    int paint(QPagedPaintDevice *device);

    // Writes a PDF with the fonts embedded. On failure returns false and sets
    // error to a Vietnamese message; an existing file at path is then left unchanged.
    bool exportPdf(const QString &path, QString *error) const;

    // The PDF in memory; with archive, as PDF/A-1b (what an issued report
    // keeps). Empty with error set (Vietnamese) when it cannot be drawn.
    QByteArray pdfData(bool archive, QString *error) const;

    // Number of A4 pages the document takes (at least 1).
    int pageCount() const;

    // True when page index (0-based) is A4 landscape (an appendix that needs it).
    bool pageIsLandscape(int index) const;

    // The paper of page index (0-based) in millimetres: 210 × 297, or 297 × 210
    // for a landscape page.
    QSizeF pageSizeMm(int index) const;

    // The figures printed on page index (0-based), in reading order; empty
    // for a page without figures or an index out of range. Taken from the
    // 1200 dpi layout, so they fit every device the page is painted on.
    QList<FigureArea> figureAreas(int index) const;

    // Page index (0-based) painted on a white A4 image of dpi dots per inch
    // (e.g. 96 for a preview thumbnail). A null image if index is out of range.
    QImage renderPage(int index, int dpi) const;

    // The family actually used for the body ("Times New Roman" or the fallback).
    static QString resolvedFontFamily();

private:
    struct Layout;

    const Layout &layout() const;
    int paintPages(QPagedPaintDevice *device) const;

    OfficialDocument m_document;
    // Built on first use; shared so that copies of the renderer stay cheap.
    mutable std::shared_ptr<const Layout> m_layout;
};

} // namespace cds
