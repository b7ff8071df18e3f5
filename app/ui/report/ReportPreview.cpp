#include "ReportPreview.h"

#include <QCursor>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cds {

namespace {

// Grey around and between the pages, in viewport pixels.
constexpr int kGap = 12;
constexpr int kShadow = 3;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 5.0;
constexpr qreal kZoomStep = 1.25;
// The highlight reaches this far around the figure's own rectangle, in pixels.
constexpr qreal kHighlightPad = 1.5;

} // namespace

ReportPreview::ReportPreview(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    // A vertical bar that never comes and goes keeps "fit width" from
    // changing the width it fits to.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    relayout();
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setDocument(const OfficialDocument *document)
{
    m_renderer.reset(document ? new ReportRenderer(*document) : nullptr);
    m_pageSizesMm.clear();
    m_figures.clear();
    const int pages = m_renderer ? m_renderer->pageCount() : 0;
    for (int i = 0; i < pages; ++i) {
        m_pageSizesMm << m_renderer->pageSizeMm(i);
        m_figures << m_renderer->figureAreas(i);
    }
    m_cache.clear();
    m_hovered = m_focused = m_pressed = FigureRef();
    viewport()->unsetCursor();
    applyFit();
    relayout();
    viewport()->update();
}

void ReportPreview::setFigureLabels(const QVariantMap &labels, bool issuedCopy)
{
    m_labels = labels;
    m_issuedCopy = issuedCopy;
}

int ReportPreview::pageCount() const
{
    return int(m_pageSizesMm.size());
}

void ReportPreview::setZoomFactor(qreal factor)
{
    m_fit = Fit::None;
    zoomTo(factor, viewport()->rect().center());
}

void ReportPreview::zoomIn()
{
    setZoomFactor(m_zoom * kZoomStep);
}

void ReportPreview::zoomOut()
{
    setZoomFactor(m_zoom / kZoomStep);
}

void ReportPreview::fitToWidth()
{
    m_fit = Fit::Width;
    zoomTo(fittingZoom(), viewport()->rect().center());
}

void ReportPreview::fitInView()
{
    m_fit = Fit::Page;
    zoomTo(fittingZoom(), viewport()->rect().center());
    // The whole page in view: from its top.
    const int page = pageInView();
    if (page >= 0)
        verticalScrollBar()->setValue(m_pageTops.value(page) - kGap);
}

int ReportPreview::layoutDpi() const
{
    // Whole dots per inch, so that a page's size here is exactly the size of
    // the image ReportRenderer::renderPage() draws for it.
    return std::max(1, int(std::lround(m_zoom * logicalDpiX())));
}

qreal ReportPreview::pixelsPerMm() const
{
    return layoutDpi() / 25.4;
}

// The pages' places in the content (pixels at this zoom) and the scroll ranges.
void ReportPreview::relayout()
{
    const qreal ppm = pixelsPerMm();
    m_pageTops.clear();
    int y = kGap;
    int widest = 0;
    for (const QSizeF &size : std::as_const(m_pageSizesMm)) {
        m_pageTops << y;
        y += int(std::lround(size.height() * ppm)) + kGap;
        widest = std::max(widest, int(std::lround(size.width() * ppm)));
    }
    m_contentWidth = widest + 2 * kGap;
    m_contentHeight = y;
    const QSize view = viewport()->size();
    // Pages are centred in the width of the widest one (a landscape appendix
    // page): when that width changes, centre the view on them again, so that
    // a portrait page is never pushed half out of view.
    const int horizontalRange = std::max(0, m_contentWidth - view.width());
    const bool recentre = horizontalRange != horizontalScrollBar()->maximum();
    horizontalScrollBar()->setRange(0, horizontalRange);
    if (recentre)
        horizontalScrollBar()->setValue(horizontalRange / 2);
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - view.height()));
    verticalScrollBar()->setPageStep(view.height());
}

// Fit width / fit page: the zoom at which the page in view fills the viewport
// (its size without scroll bars that come and go, so the fit never oscillates).
// The current zoom without a fit or a page.
qreal ReportPreview::fittingZoom() const
{
    if (m_fit == Fit::None || m_pageSizesMm.isEmpty())
        return m_zoom;
    const QSizeF paper = m_pageSizesMm.value(std::max(0, pageInView()));
    const QSize room = maximumViewportSize() - QSize(2 * kGap, 2 * kGap);
    const qreal dpi = logicalDpiX();
    qreal zoom = room.width() / (paper.width() / 25.4 * dpi);
    if (m_fit == Fit::Page)
        zoom = std::min(zoom, room.height() / (paper.height() / 25.4 * dpi));
    // layoutDpi() rounds to whole dots per inch: round down here, so that the
    // fitted page is never a pixel wider than the room (and no bar appears).
    zoom = std::floor(zoom * dpi) / dpi;
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

void ReportPreview::applyFit()
{
    const qreal zoom = fittingZoom();
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        m_cache.clear();
        emit zoomChanged(m_zoom);
    }
}

// Zooms keeping the point of the paper under anchor (viewport pixels) in place.
void ReportPreview::zoomTo(qreal factor, const QPoint &anchor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(factor, m_zoom))
        return;
    const QPointF content(anchor.x() + horizontalScrollBar()->value(), anchor.y() + verticalScrollBar()->value());
    const qreal oldPpm = pixelsPerMm();
    m_zoom = factor;
    m_cache.clear();
    relayout();
    const qreal ratio = pixelsPerMm() / oldPpm;
    horizontalScrollBar()->setValue(int(std::lround(content.x() * ratio - anchor.x())));
    verticalScrollBar()->setValue(int(std::lround(content.y() * ratio - anchor.y())));
    viewport()->update();
    emit zoomChanged(m_zoom);
}

// The page at the middle of the viewport (or the nearest one); -1 without pages.
int ReportPreview::pageInView() const
{
    if (m_pageTops.isEmpty())
        return m_pageSizesMm.isEmpty() ? -1 : 0;
    const int middle = verticalScrollBar()->value() + viewport()->height() / 2;
    const auto after = std::upper_bound(m_pageTops.cbegin(), m_pageTops.cend(), middle);
    return std::max(0, int(after - m_pageTops.cbegin()) - 1);
}

QRect ReportPreview::pageRect(int index) const
{
    if (index < 0 || index >= m_pageSizesMm.size() || index >= m_pageTops.size())
        return {};
    const qreal ppm = pixelsPerMm();
    const QSizeF mm = m_pageSizesMm.at(index);
    const QSize size(int(std::lround(mm.width() * ppm)), int(std::lround(mm.height() * ppm)));
    const int width = std::max(m_contentWidth, viewport()->width());
    return QRect(QPoint((width - size.width()) / 2 - horizontalScrollBar()->value(),
                        m_pageTops.at(index) - verticalScrollBar()->value()),
                 size);
}

QRectF ReportPreview::viewportRect(int index, const QRectF &rectMm) const
{
    const QRect page = pageRect(index);
    if (page.isNull())
        return {};
    const qreal ppm = pixelsPerMm();
    return QRectF(page.left() + rectMm.x() * ppm, page.top() + rectMm.y() * ppm, rectMm.width() * ppm,
                  rectMm.height() * ppm);
}

void ReportPreview::ensureVisible(int index, const QRectF &rectMm)
{
    const QRectF rect = viewportRect(index, rectMm);
    if (rect.isNull())
        return;
    const QRect view = viewport()->rect().adjusted(kGap, kGap, -kGap, -kGap);
    QScrollBar *v = verticalScrollBar();
    QScrollBar *h = horizontalScrollBar();
    if (rect.top() < view.top())
        v->setValue(v->value() + int(std::floor(rect.top() - view.top())));
    else if (rect.bottom() > view.bottom())
        v->setValue(v->value() + int(std::ceil(rect.bottom() - view.bottom())));
    if (rect.left() < view.left())
        h->setValue(h->value() + int(std::floor(rect.left() - view.left())));
    else if (rect.right() > view.right())
        h->setValue(h->value() + int(std::ceil(rect.right() - view.right())));
}

QRectF ReportPreview::figureRect(const FigureRef &figure) const
{
    if (!figure.isValid() || figure.page >= m_figures.size() || figure.area >= m_figures.at(figure.page).size())
        return {};
    return viewportRect(figure.page, m_figures.at(figure.page).at(figure.area).rectMm);
}

ReportPreview::FigureRef ReportPreview::figureRefAt(const QPoint &pos) const
{
    for (int page = 0; page < m_figures.size(); ++page) {
        if (!pageRect(page).contains(pos))
            continue;
        const QList<ReportRenderer::FigureArea> &areas = m_figures.at(page);
        for (int area = 0; area < areas.size(); ++area) {
            if (figureRect({page, area}).adjusted(-kHighlightPad, 0, kHighlightPad, 0).contains(pos))
                return {page, area};
        }
    }
    return {};
}

QString ReportPreview::figureAt(const QPoint &pos) const
{
    const FigureRef figure = figureRefAt(pos);
    return figure.isValid() ? m_figures.at(figure.page).at(figure.area).key : QString();
}

QList<ReportPreview::FigureRef> ReportPreview::allFigures() const
{
    QList<FigureRef> figures;
    for (int page = 0; page < m_figures.size(); ++page) {
        for (int area = 0; area < m_figures.at(page).size(); ++area)
            figures.append({page, area});
    }
    return figures;
}

QString ReportPreview::figureToolTip(const FigureRef &figure) const
{
    const ReportRenderer::FigureArea &area = m_figures.at(figure.page).at(figure.area);
    QString label = m_labels.value(area.key).toString();
    if (label.isEmpty())
        label = area.key;
    return m_issuedCopy ? tr("%1 = %2 as issued — click to see today's records").arg(label, area.text)
                        : tr("%1 = %2 — click to see the records").arg(label, area.text);
}

void ReportPreview::setHovered(const FigureRef &figure)
{
    if (figure == m_hovered)
        return;
    viewport()->update(figureRect(m_hovered).toAlignedRect().adjusted(-4, -4, 4, 4));
    m_hovered = figure;
    viewport()->update(figureRect(m_hovered).toAlignedRect().adjusted(-4, -4, 4, 4));
    if (m_hovered.isValid())
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void ReportPreview::setFocused(const FigureRef &figure)
{
    if (figure == m_focused)
        return;
    viewport()->update(figureRect(m_focused).toAlignedRect().adjusted(-4, -4, 4, 4));
    m_focused = figure;
    if (m_focused.isValid()) {
        ensureVisible(m_focused.page, m_figures.at(m_focused.page).at(m_focused.area).rectMm);
        viewport()->update(figureRect(m_focused).toAlignedRect().adjusted(-4, -4, 4, 4));
    }
}

const QImage &ReportPreview::pageImage(int index)
{
    const qreal ratio = viewport()->devicePixelRatioF();
    const auto cached = m_cache.constFind(index);
    if (cached != m_cache.cend() && qFuzzyCompare(cached->devicePixelRatio(), ratio))
        return *cached;
    QImage image = m_renderer->renderPage(index, int(std::lround(layoutDpi() * ratio)));
    image.setDevicePixelRatio(ratio);
    return *m_cache.insert(index, image);
}

void ReportPreview::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_pageSizesMm.size(); ++i) {
        const QRect page = pageRect(i);
        if (!page.adjusted(0, 0, kShadow, kShadow).intersects(exposed))
            continue;
        if (first < 0)
            first = i;
        last = i;
        painter.fillRect(page.translated(kShadow, kShadow), palette().color(QPalette::Shadow));
        painter.drawImage(QRectF(page), pageImage(i));
    }

    // The figure under the mouse: a light wash of the highlight colour; the
    // figure reached with Tab: a dotted frame as well.
    painter.setRenderHint(QPainter::Antialiasing);
    QColor wash = palette().color(QPalette::Highlight);
    wash.setAlpha(48);
    QColor edge = palette().color(QPalette::Highlight);
    edge.setAlpha(160);
    const FigureRef focused = hasFocus() ? m_focused : FigureRef();
    const auto highlight = [&](const FigureRef &figure, Qt::PenStyle style) {
        painter.setPen(QPen(edge, 1, style));
        painter.setBrush(wash);
        painter.drawRoundedRect(figureRect(figure).adjusted(-kHighlightPad, 0, kHighlightPad, 0), 2, 2);
    };
    if (m_hovered.isValid() && !(m_hovered == focused))
        highlight(m_hovered, Qt::SolidLine);
    if (focused.isValid())
        highlight(focused, Qt::DotLine);

    // Keep the images of the pages in view and of their neighbours only.
    if (first >= 0) {
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (it.key() < first - 1 || it.key() > last + 1)
                it = m_cache.erase(it);
            else
                ++it;
        }
    }
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyFit();
    relayout();
}

void ReportPreview::scrollContentsBy(int, int)
{
    // The paper moved under a still mouse: the figure under it is another one.
    if (viewport()->underMouse())
        setHovered(figureRefAt(viewport()->mapFromGlobal(QCursor::pos())));
    viewport()->update();
}

void ReportPreview::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // One notch (120) is one zoom step; touchpads send smaller steps.
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            m_fit = Fit::None;
            zoomTo(m_zoom * std::pow(kZoomStep, steps), event->position().toPoint());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReportPreview::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focused.isValid()) {
            emit figureActivated(m_figures.at(m_focused.page).at(m_focused.area).key);
            return;
        }
        break;
    case Qt::Key_Home:
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
        return;
    case Qt::Key_End:
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (control) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (control) {
            zoomOut();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ReportPreview::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(figureRefAt(event->position().toPoint()));
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ReportPreview::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? figureRefAt(event->position().toPoint()) : FigureRef();
    QAbstractScrollArea::mousePressEvent(event);
}

void ReportPreview::mouseReleaseEvent(QMouseEvent *event)
{
    const FigureRef released = event->button() == Qt::LeftButton ? figureRefAt(event->position().toPoint()) : FigureRef();
    const FigureRef pressed = std::exchange(m_pressed, FigureRef());
    if (released.isValid() && released == pressed) {
        setFocused(released);
        emit figureActivated(m_figures.at(released.page).at(released.area).key);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

bool ReportPreview::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const FigureRef figure = figureRefAt(help->pos());
        if (figure.isValid())
            QToolTip::showText(help->globalPos(), figureToolTip(figure), viewport(),
                               figureRect(figure).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::Leave:
        setHovered(FigureRef());
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// Tab and Shift+Tab go from figure to figure before they leave the preview.
bool ReportPreview::focusNextPrevChild(bool next)
{
    const QList<FigureRef> figures = allFigures();
    if (figures.isEmpty())
        return QAbstractScrollArea::focusNextPrevChild(next);
    const qsizetype current = figures.indexOf(m_focused);
    const qsizetype target = current < 0 ? (next ? 0 : figures.size() - 1) : current + (next ? 1 : -1);
    if (target >= 0 && target < figures.size()) {
        setFocused(figures.at(target));
        return true;
    }
    setFocused(FigureRef());
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void ReportPreview::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    const QList<FigureRef> figures = allFigures();
    if (figures.isEmpty())
        return;
    if (event->reason() == Qt::TabFocusReason)
        setFocused(figures.first());
    else if (event->reason() == Qt::BacktabFocusReason)
        setFocused(figures.last());
}

void ReportPreview::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update(figureRect(m_focused).toAlignedRect().adjusted(-4, -4, 4, 4));
}

} // namespace cds
