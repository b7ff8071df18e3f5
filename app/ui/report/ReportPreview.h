#pragma once

#include "report/OfficialDocument.h"
#include "report/ReportRenderer.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QVariantMap>

#include <memory>

namespace cds {

// The report's pages one under the other, as ReportRenderer lays them out (the
// same layout as the printer and the PDF), with the figures clickable: over a
// figure the cursor is a pointing hand, a tooltip names it and its value, and a
// click (or Tab to the figure, then Enter) emits figureActivated() with its key
// (TextRun::figureKey), so the page can show the records behind it.
//
// Pages are painted from images that ReportRenderer::renderPage() draws at the
// zoom's resolution, only for the pages in view (and their neighbours, which
// are kept while the clerk scrolls). Zoom: the buttons of the report page,
// Ctrl+wheel, Ctrl++ / Ctrl+-; keys: the arrows, Page Up/Down, Home/End.
class ReportPreview : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    // Shows document, or nothing with nullptr. The zoom, and the scroll
    // position as far as the new pages allow, are kept.
    void setDocument(const OfficialDocument *document);
    // Tooltips: key -> the figure's label ("Tổ cấp xã / đơn vị hành chính").
    // issuedCopy: the pages are an issued report's frozen copy, whose printed
    // values may differ from today's records.
    void setFigureLabels(const QVariantMap &labels, bool issuedCopy);

    int pageCount() const;

    // 1.0: the paper at its real size on this screen (the screen's logical dpi).
    qreal zoomFactor() const { return m_zoom; }
    void setZoomFactor(qreal factor);
    void zoomIn();
    void zoomOut();
    // The page in view as wide as the viewport / whole in the viewport; kept
    // while the viewport is resized, until the clerk zooms.
    void fitToWidth();
    void fitInView();

    // Where a rectangle of page index (millimetres from the paper's top-left
    // corner, as ReportRenderer::FigureArea) is now, in viewport pixels.
    QRectF viewportRect(int index, const QRectF &rectMm) const;
    // Scrolls so that rectMm of page index is in view.
    void ensureVisible(int index, const QRectF &rectMm);

    // The key of the figure under pos (viewport pixels), or an empty string.
    QString figureAt(const QPoint &pos) const;

signals:
    // The clerk clicked the figure key, or pressed Enter on it.
    void figureActivated(const QString &key);
    void zoomChanged(qreal factor);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Fit { None, Width, Page };
    // A figure of the whole document: page and index in that page's areas.
    struct FigureRef
    {
        int page = -1;
        int area = -1;
        bool isValid() const { return page >= 0; }
        bool operator==(const FigureRef &other) const { return page == other.page && area == other.area; }
    };

    int layoutDpi() const; // the pages' dots per inch at this zoom, before the device pixel ratio
    qreal pixelsPerMm() const;
    void relayout();
    qreal fittingZoom() const;
    void applyFit(); // the fitting zoom, without moving the view
    void zoomTo(qreal factor, const QPoint &anchor);
    int pageInView() const;
    QRect pageRect(int index) const; // viewport pixels
    FigureRef figureRefAt(const QPoint &pos) const;
    QRectF figureRect(const FigureRef &figure) const;
    QString figureToolTip(const FigureRef &figure) const;
    void setHovered(const FigureRef &figure);
    void setFocused(const FigureRef &figure);
    QList<FigureRef> allFigures() const;
    const QImage &pageImage(int index);

    std::unique_ptr<ReportRenderer> m_renderer;
    QList<QSizeF> m_pageSizesMm;
    QList<QList<ReportRenderer::FigureArea>> m_figures; // per page
    QList<int> m_pageTops; // content pixels
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    qreal m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    QVariantMap m_labels;
    bool m_issuedCopy = false;
    FigureRef m_hovered;
    FigureRef m_focused;
    FigureRef m_pressed;
    QHash<int, QImage> m_cache; // page -> image at the current zoom
};

} // namespace cds
