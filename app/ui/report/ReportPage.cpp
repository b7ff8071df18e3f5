#include "ReportPage.h"
#include "ui_ReportPage.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "database/Database.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "text/VietnameseText.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStandardPaths>

#include <cmath>

namespace cds {

ReportPage::ReportPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ReportPage>())
{
    m_ui->setupUi(this);
    m_ui->reportMessageLabel->hide();

    m_preview = new QPrintPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("reportPreviewWidget"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->fitToWidth();
    m_ui->previewLayout->addWidget(m_preview);
    m_ui->reportLayout->setStretchFactor(m_ui->previewLayout, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPage::paintPreview);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPage::updateZoomLabel);
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] {
        m_preview->zoomIn();
        updateZoomLabel();
    });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] {
        m_preview->zoomOut();
        updateZoomLabel();
    });
    connect(m_ui->fitWidthButton, &QToolButton::clicked, this, [this] {
        m_preview->fitToWidth();
        updateZoomLabel();
    });
    connect(m_ui->fitPageButton, &QToolButton::clicked, this, [this] {
        m_preview->fitInView();
        updateZoomLabel();
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
    updateActions();
}

ReportPage::~ReportPage() = default;

bool ReportPage::setCampaign(const Database *database, int campaignId, QString *error)
{
    m_document.reset();
    m_campaignId = campaignId;
    QString message;
    bool ok = true;
    if (database && campaignId != 0) {
        OfficialDocument document;
        ok = buildReportDocument(database->connection(), campaignId, &document, &message);
        if (ok)
            m_document = std::move(document);
    }
    m_ui->reportMessageLabel->setText(ok ? QString()
                                         : tr("The report cannot be built: %1").arg(message));
    m_ui->reportMessageLabel->setVisible(!ok);
    if (!ok && error)
        *error = message;
    updateActions();
    m_preview->updatePreview();
    return ok;
}

int ReportPage::pageCount() const
{
    return m_preview->pageCount();
}

void ReportPage::paintPreview(QPrinter *printer)
{
    if (!m_document)
        return;
    ReportRenderer(*m_document).paint(printer);
}

bool ReportPage::exportPdf()
{
    if (!m_document)
        return false;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(tr("report-%1.pdf").arg(m_document->year));
    const QString path = FileDialog::getSaveFileName(this, tr("Export report as PDF"), suggested,
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!ReportRenderer(*m_document).exportPdf(path, &error)) {
        MessageBox::critical(this, tr("Export PDF"), tr("The PDF was not written.\n%1").arg(error));
        return false;
    }
    MessageBox::information(
            this, tr("Export PDF"),
            tr("The report was written to:\n%1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportPage::print()
{
    if (!m_document)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->documentType);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    ReportRenderer(*m_document).paint(&printer);
    return true;
}

void ReportPage::updateZoomLabel()
{
    const int percent = static_cast<int>(std::lround(m_preview->zoomFactor() * 100));
    m_ui->zoomLabel->setText(text::formatPercent(percent, 0));
}

void ReportPage::updateActions()
{
    const bool enabled = m_document.has_value();
    m_ui->printButton->setEnabled(enabled);
    m_ui->exportPdfButton->setEnabled(enabled);
    m_ui->zoomInButton->setEnabled(enabled);
    m_ui->zoomOutButton->setEnabled(enabled);
    m_ui->fitWidthButton->setEnabled(enabled);
    m_ui->fitPageButton->setEnabled(enabled);
}

} // namespace cds
