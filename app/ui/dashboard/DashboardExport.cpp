#include "DashboardExport.h"

#include "DashboardPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageWriter>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::DashboardExport)
};

// A dashboard page laid out at size without showing a window.
std::unique_ptr<DashboardPage> preparePage(const Database &database, int campaignId, const StatisticsOptions &options,
                                           const QSize &size, QString *error)
{
    auto page = std::make_unique<DashboardPage>();
    page->setAttribute(Qt::WA_DontShowOnScreen);
    page->setExportMode(true);
    if (!page->setDatabase(&database, campaignId, error))
        return nullptr;
    if (page->campaignId() != campaignId) {
        if (error)
            *error = Text::tr("There is no campaign with id %1.").arg(campaignId);
        return nullptr;
    }
    if ((options.districtId != 0 && !page->setDistrict(options.districtId, error))
        || (options.hasPeriod() && !page->setPeriod(options.from, options.to, error)))
        return nullptr;
    page->setExportMode(true); // again: the title names the filters set above
    page->resize(size);
    page->show();
    // Lets the charts lay out their plot areas and place their labels.
    QCoreApplication::processEvents();
    return page;
}

// Draws page scaled to fit the painter's viewport, centred horizontally.
void paintPage(DashboardPage &page, QPainter &painter)
{
    const QRect area = painter.viewport();
    const QSize size = page.size();
    const double scale = std::min(double(area.width()) / size.width(), double(area.height()) / size.height());
    painter.translate((area.width() - size.width() * scale) / 2, 0);
    painter.scale(scale, scale);
    page.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

QPageLayout dashboardPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

bool renderDashboardImage(const Database &database, int campaignId, QImage *out, QString *error,
                          const StatisticsOptions &options)
{
    auto page = preparePage(database, campaignId, options, dashboardExportSize, error);
    if (!page)
        return false;
    QImage image(dashboardExportSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(page->palette().color(QPalette::Window));
    page->render(&image);
    *out = image;
    return true;
}

bool exportDashboard(const Database &database, int campaignId, const QString &path, QString *error,
                     const StatisticsOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }

    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        auto page = preparePage(database, campaignId, options, dashboardPageSize, error);
        if (!page)
            return false;
        QPdfWriter pdf(&file);
        pdf.setTitle(QStringLiteral("CDS Desk – ") + page->statistics().campaignName);
        pdf.setCreator(QStringLiteral("CDS Desk " CDS_VERSION));
        pdf.setResolution(300);
        pdf.setPageLayout(dashboardPageLayout());
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = Text::tr("Cannot create the PDF file %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        paintPage(*page, painter);
        painter.end();
    } else {
        QImage image;
        if (!renderDashboardImage(database, campaignId, &image, error, options))
            return false;
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            if (error)
                *error = Text::tr("Cannot write the picture %1: %2")
                                 .arg(QDir::toNativeSeparators(path), writer.errorString());
            return false;
        }
    }

    if (!file.commit()) {
        if (error)
            *error = Text::tr("Cannot write the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool printDashboard(const Database &database, int campaignId, QPrinter *printer, QString *error,
                    const StatisticsOptions &options)
{
    auto page = preparePage(database, campaignId, options, dashboardPageSize, error);
    if (!page)
        return false;
    QPainter painter;
    if (!painter.begin(printer)) {
        if (error)
            *error = Text::tr("The printer could not be started.");
        return false;
    }
    paintPage(*page, painter);
    painter.end();
    return true;
}

} // namespace cds
