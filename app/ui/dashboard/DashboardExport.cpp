#include "DashboardExport.h"

#include "DashboardPage.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cds {

namespace {

// A dashboard page laid out at the export size without showing a window.
std::unique_ptr<DashboardPage> preparePage(const Database &database, int campaignId, QString *error)
{
    auto page = std::make_unique<DashboardPage>();
    page->setAttribute(Qt::WA_DontShowOnScreen);
    if (!page->setDatabase(&database, campaignId, error))
        return nullptr;
    if (page->campaignId() != campaignId) {
        if (error)
            *error = QStringLiteral("Không tìm thấy đợt hoạt động có mã %1.").arg(campaignId);
        return nullptr;
    }
    page->resize(dashboardExportSize);
    page->show();
    // Lets the charts lay out their plot areas and place their labels.
    QCoreApplication::processEvents();
    return page;
}

} // namespace

bool renderDashboardImage(const Database &database, int campaignId, QImage *out, QString *error)
{
    auto page = preparePage(database, campaignId, error);
    if (!page)
        return false;
    QImage image(dashboardExportSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(page->palette().color(QPalette::Window));
    page->render(&image);
    *out = image;
    return true;
}

bool exportDashboard(const Database &database, int campaignId, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Không ghi được tệp %1: %2").arg(path, file.errorString());
        return false;
    }

    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        auto page = preparePage(database, campaignId, error);
        if (!page)
            return false;
        QPdfWriter pdf(&file);
        pdf.setTitle(QStringLiteral("CDS Desk"));
        pdf.setCreator(QStringLiteral("CDS Desk " CDS_VERSION));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = QStringLiteral("Không tạo được tệp PDF %1.").arg(path);
            return false;
        }
        const QRect area = painter.viewport();
        const double scale = std::min(double(area.width()) / dashboardExportSize.width(),
                                      double(area.height()) / dashboardExportSize.height());
        painter.scale(scale, scale);
        page->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    } else {
        QImage image;
        if (!renderDashboardImage(database, campaignId, &image, error))
            return false;
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            if (error)
                *error =
                        QStringLiteral("Không ghi được ảnh %1: %2").arg(path, writer.errorString());
            return false;
        }
    }

    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Không ghi được tệp %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cds
