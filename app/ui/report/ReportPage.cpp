#include "ReportPage.h"

#include "ui_ReportPage.h"

#include "ReportEditor.h"
#include "ReportListModel.h"
#include "ReportPreview.h"
#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "database/Database.h"
#include "database/DatabaseWorker.h"
#include "report/ReportBuilder.h"
#include "report/ReportDocx.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "reports/ReportRegister.h"
#include "text/VietnameseText.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QResizeEvent>
#include <QTableView>
#include <QSplitter>
#include <QMenu>
#include <QSignalBlocker>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QShowEvent>

#include <algorithm>
#include <cmath>

namespace cds {

namespace {

// What a build on the worker hands back to the page.
struct BuiltReport
{
    OfficialDocument document;
    QVariantMap context;
    bool ok = false;
};

} // namespace

} // namespace cds

Q_DECLARE_METATYPE(cds::BuiltReport)

namespace cds {

ReportPage::ReportPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ReportPage>())
{
    m_ui->setupUi(this);
    m_ui->reportMessageLabel->hide();

    m_preview = new ReportPreview(this);
    m_preview->setObjectName(QStringLiteral("reportPreviewWidget"));
    m_preview->fitToWidth();
    m_ui->previewLayout->addWidget(m_preview);
    m_ui->previewTabLayout->setStretchFactor(m_ui->previewLayout, 1);

    m_editor = new ReportEditor(this);
    m_editor->setObjectName(QStringLiteral("reportEditor"));
    m_ui->editorTabLayout->addWidget(m_editor);

    m_model = new ReportListModel(this);
    m_filter = new ReportFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_ui->reportsTableView->setModel(m_filter);
    m_ui->reportsTableView->verticalHeader()->hide();
    m_ui->reportsTableView->horizontalHeader()->setStretchLastSection(false);
    // Which report a row is, at 1366×768 too (the list then has about 260
    // px): the number, then the subject (a draft's says it is a draft, its
    // number among the drafts, its month and template), wrapped on a few
    // lines, in the list's width; the date, campaign and state follow.
    QHeaderView *header = m_ui->reportsTableView->horizontalHeader();
    header->moveSection(header->visualIndex(ReportListModel::SubjectColumn), 1);
    m_ui->reportsTableView->setWordWrap(true);
    m_ui->reportsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->reportsTableView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->reportSplitter->setStretchFactor(1, 1);
    m_ui->reportSplitter->setSizes({380, 820});
    connect(m_ui->reportSplitter, &QSplitter::splitterMoved, this, [this] { fitListColumns(); });

    connect(m_ui->reportSearchLineEdit, &QLineEdit::textChanged, m_filter, &ReportFilterModel::setSearchText);
    connect(m_ui->reportsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                // Another report chosen while the draft shown has unsaved changes:
                // ask first, and stay on it if the clerk cancels.
                const int wanted = current.data(ReportListModel::ReportIdRole).toInt();
                if (m_editor->isModified() && wanted != m_editor->reportId()) {
                    if (!m_editor->maybeSave()) {
                        const QSignalBlocker blocker(m_ui->reportsTableView->selectionModel());
                        m_ui->reportsTableView->selectionModel()->setCurrentIndex(
                                previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                        return;
                    }
                    // Saving reloads the list on the saved draft: go where the clerk asked.
                    if (currentReportId() != wanted) {
                        selectReport(wanted);
                        return;
                    }
                }
                showSelected();
            });
    connect(m_ui->deleteReportButton, &QPushButton::clicked, this, &ReportPage::deleteDraft);
    auto *newMenu = new QMenu(this);
    newMenu->setObjectName(QStringLiteral("newReportMenu"));
    m_ui->newReportButton->setMenu(newMenu);
    connect(newMenu, &QMenu::aboutToShow, this, &ReportPage::fillNewReportMenu);
    connect(m_editor, &ReportEditor::reportChanged, this, [this](int reportId) {
        reloadList(reportId);
        DataChangeNotifier::instance()->notifyChanged(QStringLiteral("report"));
    });
    connect(DataChangeNotifier::instance(), &DataChangeNotifier::dataChanged, this, [this](const QString &table) {
        if (table == QStringLiteral("report") || !m_database)
            return;
        if (isVisible())
            refreshFigures();
        else
            m_refreshWhenShown = true;
    });
    connect(m_ui->reportTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        // Back to the preview: what the clerk typed is saved and shown.
        if (m_ui->reportTabWidget->widget(index) == m_ui->previewTab && m_editor->isModified() && m_editor->saveDraft())
            return;
    });

    connect(m_preview, &ReportPreview::zoomChanged, this, &ReportPage::updateZoomLabel);
    // From a figure to the records behind it (the figures of the issued copy
    // lead to today's records: the editor says so).
    connect(m_preview, &ReportPreview::figureActivated, m_editor, &ReportEditor::showFigureRecords);
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
    connect(m_ui->exportDocxButton, &QPushButton::clicked, this, &ReportPage::exportDocx);
    connect(m_ui->exportOdtButton, &QPushButton::clicked, this, &ReportPage::exportOdt);
    updateActions();
}

ReportPage::~ReportPage()
{
    if (m_job)
        m_job->cancel();
}

void ReportPage::setWorker(DatabaseWorker *worker)
{
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    m_worker = worker;
    m_editor->setBuildsLiveContext(worker == nullptr);
}

void ReportPage::buildOnWorker(int reportId, bool showDocument)
{
    m_job = m_worker->run([reportId](const QSqlDatabase &db, JobControl &, QString *error) {
        BuiltReport built;
        built.ok = buildReportDocumentForReport(db, reportId, &built.document, error, &built.context);
        return QVariant::fromValue(built);
    });
    DatabaseJob *job = m_job;
    connect(job, &DatabaseJob::finished, this, [this, job, reportId, showDocument] {
        if (job != m_job || job->isCancelled())
            return;
        m_job = nullptr;
        if (currentReportId() != reportId)
            return;
        const BuiltReport built = job->result().value<BuiltReport>();
        m_editor->setLiveContext(built.context);
        if (!showDocument)
            return;
        QString message;
        if (built.ok) {
            m_document = built.document;
            m_figureLabels = built.context.value(QStringLiteral("figure_labels")).toMap();
        } else {
            m_buildError = job->error();
            message = tr("The report cannot be built: %1").arg(m_buildError);
        }
        m_ui->reportMessageLabel->setText(message);
        m_ui->reportMessageLabel->setVisible(!message.isEmpty());
        updateActions();
        showDocumentInPreview();
    });
}

bool ReportPage::setCampaign(const Database *database, int campaignId, QString *error)
{
    m_database = database;
    m_campaignId = database ? campaignId : 0;
    int select = 0;
    if (m_database && m_campaignId != 0) {
        QList<ReportRecord> reports;
        QString message;
        if (ReportRegister(m_database->connection()).reports(m_campaignId, &reports, &message) && !reports.isEmpty()) {
            // The latest draft, else the latest report of the campaign.
            select = reports.first().id;
            for (const ReportRecord &r : std::as_const(reports)) {
                if (r.status == ReportStatus::Draft && r.id > select)
                    select = r.id;
            }
        }
    }
    reloadList(select);
    if (m_database && m_campaignId != 0 && select == 0) {
        // No record: say so as the builder does.
        OfficialDocument unused;
        buildReportDocument(m_database->connection(), m_campaignId, &unused, &m_buildError);
        m_ui->reportMessageLabel->setText(tr("The report cannot be built: %1").arg(m_buildError));
        m_ui->reportMessageLabel->setVisible(true);
    }
    if (!m_job && (!m_document || !m_buildError.isEmpty()) && m_database && m_campaignId != 0) {
        if (error)
            *error = m_buildError;
        return false;
    }
    return true;
}

void ReportPage::fitListColumns()
{
    // The subject gets the room the number leaves in the list's width
    // (wrapped, never less than 160 px).
    QTableView *view = m_ui->reportsTableView;
    const int room = view->viewport()->width() - view->columnWidth(ReportListModel::NumberColumn) - 2;
    view->setColumnWidth(ReportListModel::SubjectColumn, std::max(160, room));
    view->resizeRowsToContents();
}

void ReportPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitListColumns();
}

void ReportPage::reloadList(int selectId)
{
    QList<ReportRecord> reports;
    QString error;
    if (m_database && !ReportRegister(m_database->connection()).reports(&reports, &error))
        MessageBox::warning(this, tr("Reports"), error);
    m_model->setReports(reports);
    m_ui->reportsTableView->resizeColumnsToContents();
    // The campaign's long name is kept narrow, and wrapped.
    m_ui->reportsTableView->setColumnWidth(
            ReportListModel::CampaignColumn,
            std::min(m_ui->reportsTableView->columnWidth(ReportListModel::CampaignColumn), 160));
    fitListColumns();
    const int row = m_model->rowOf(selectId);
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        m_ui->reportsTableView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showSelected();
}

bool ReportPage::selectReport(int reportId)
{
    const int row = m_model->rowOf(reportId);
    if (row < 0)
        return false;
    m_ui->reportsTableView->selectionModel()->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)),
                                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
    return true;
}

bool ReportPage::maybeSave(bool canCancel)
{
    return m_editor->maybeSave(canCancel);
}

int ReportPage::currentReportId() const
{
    return m_ui->reportsTableView->currentIndex().data(ReportListModel::ReportIdRole).toInt();
}

void ReportPage::showSelected()
{
    const int id = currentReportId();
    if (m_editor->reportId() != id || id == 0)
        m_editor->setReport(m_database, id);
    rebuildDocument();
    updateActions();
    showDocumentInPreview();
}

void ReportPage::rebuildDocument()
{
    m_document.reset();
    m_issuedCopy = false;
    m_figureLabels.clear();
    m_buildError.clear();
    if (m_job) {
        m_job->cancel(); // built for what was shown before
        m_job = nullptr;
    }
    const int id = currentReportId();
    QString message;
    if (m_database && id > 0) {
        const ReportRecord &record = m_editor->record();
        if (m_worker)
            buildOnWorker(id, record.status == ReportStatus::Draft); // the editor's live figures, and a draft's pages
        if (record.status != ReportStatus::Draft) {
            ReportSnapshot snapshot;
            if (ReportRegister(m_database->connection()).snapshot(id, &snapshot, &m_buildError)) {
                m_document = snapshot.document;
                m_issuedCopy = true;
                m_figureLabels = snapshot.figureLabels;
                message = record.status == ReportStatus::Withdrawn
                        ? tr("Withdrawn report: the copy as it was issued. Reason: %1").arg(record.withdrawalReason)
                        : tr("Issued report: the copy as it was issued and signed; the data can no longer change it.");
            }
        } else if (m_worker) {
            message = tr("Preparing the report …");
        } else {
            OfficialDocument document;
            QVariantMap context;
            if (buildReportDocumentForReport(m_database->connection(), id, &document, &m_buildError, &context)) {
                m_document = std::move(document);
                m_figureLabels = context.value(QStringLiteral("figure_labels")).toMap();
            }
        }
        if (!m_buildError.isEmpty())
            message = tr("The report cannot be built: %1").arg(m_buildError);
    }
    m_ui->reportMessageLabel->setText(message);
    m_ui->reportMessageLabel->setVisible(!message.isEmpty());
}

void ReportPage::fillNewReportMenu()
{
    QMenu *menu = m_ui->newReportButton->menu();
    menu->clear();
    if (!m_database || m_campaignId == 0) {
        menu->addAction(tr("Open a campaign first"))->setEnabled(false);
        return;
    }
    QString error;
    const ReportRegister reg(m_database->connection());
    QList<ReportTemplateInfo> templates;
    reg.templates(&templates, &error);
    QMenu *fromTemplate = menu->addMenu(tr("From a &template"));
    fromTemplate->addAction(tr("Default template (the 2022 reference report)"), this, [this] { newReport(0); });
    for (const ReportTemplateInfo &t : std::as_const(templates)) {
        fromTemplate->addAction(tr("%1 (version %2)").arg(t.name).arg(t.version), this, [this, id = t.id] { newReport(id); });
    }
    QMenu *fromReport = menu->addMenu(tr("From an earlier &report"));
    QList<ReportRecord> reports;
    reg.reports(&reports, &error);
    for (const ReportRecord &r : std::as_const(reports)) {
        fromReport->addAction(QStringLiteral("%1 – %2 (%3)").arg(r.numberAndSymbol(), ReportListModel::subjectText(r),
                                                                  ReportListModel::statusText(r.status)),
                              this, [this, id = r.id] { newReport(0, id); });
    }
    fromReport->setEnabled(!reports.isEmpty());
}

int ReportPage::newReport(int templateId, int sourceReportId)
{
    if (!m_database || m_campaignId == 0)
        return 0;
    QString error;
    ReportRegister reg(m_database->connection());
    const int id = sourceReportId > 0 ? reg.createDraftFrom(m_campaignId, sourceReportId, &error)
                                      : reg.createDraft(m_campaignId, templateId, &error);
    if (id == 0) {
        MessageBox::critical(this, tr("New report"), tr("The report was not created.\n\n%1").arg(error));
        return 0;
    }
    reloadList(id);
    m_ui->reportTabWidget->setCurrentWidget(m_ui->editorTab);
    return id;
}

bool ReportPage::deleteDraft()
{
    const int id = currentReportId();
    if (!m_database || id == 0)
        return false;
    const ReportRecord record = m_editor->record();
    if (record.status != ReportStatus::Draft) {
        MessageBox::information(this, tr("Delete draft"),
                                tr("Report %1 has been issued: it is never deleted. Withdraw it instead.").arg(record.numberAndSymbol()));
        return false;
    }
    if (MessageBox::question(this, tr("Delete draft"),
                             tr("Delete the draft “%1”? Its wording is lost.").arg(ReportListModel::subjectText(record)))
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!ReportRegister(m_database->connection()).deleteDraft(id, &error)) {
        MessageBox::critical(this, tr("Delete draft"), error);
        return false;
    }
    m_editor->setReport(nullptr, 0);
    reloadList(0);
    return true;
}

int ReportPage::pageCount() const
{
    return m_preview->pageCount();
}

void ReportPage::showDocumentInPreview()
{
    m_preview->setFigureLabels(m_figureLabels, m_issuedCopy);
    m_preview->setDocument(m_document ? &*m_document : nullptr);
    updateZoomLabel();
}

bool ReportPage::exportPdf()
{
    if (!m_document)
        return false;
    const ReportRecord &record = m_editor->record();
    if (m_issuedCopy)
        return m_editor->reprintIssuedPdf();
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
            (record.id > 0 ? tr("Draft: the figures are those of today's data.") + u'\n' : QString())
                    + tr("The report was written to:\n%1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportPage::exportDocx()
{
    return exportForWordProcessor(true);
}

bool ReportPage::exportOdt()
{
    return exportForWordProcessor(false);
}

bool ReportPage::exportForWordProcessor(bool docx)
{
    if (!m_document)
        return false;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = docx ? tr("report-%1.docx").arg(m_document->year) : tr("report-%1.odt").arg(m_document->year);
    const QString path = FileDialog::getSaveFileName(this, tr("Export report for a word processor"),
                                                     QDir(documents).filePath(suggested),
                                                     docx ? tr("Word documents (*.docx)") : tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return false;
    const QString title = docx ? tr("Export DOCX") : tr("Export ODT");
    QString error;
    if (!(docx ? cds::exportDocx(*m_document, path, &error) : cds::exportOdt(*m_document, path, &error))) {
        MessageBox::critical(this, title, error);
        return false;
    }
    MessageBox::information(this, title,
                            tr("The report was written to:\n%1\n\nIts pages are set up as Decree 30 requires (A4, margins, "
                               "page numbers from page 2); line and page breaks are the word processor's, so check "
                               "them before printing. The PDF is the copy laid out by CDS Desk.")
                                    .arg(QDir::toNativeSeparators(path)));
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
    m_ui->exportDocxButton->setEnabled(enabled);
    m_ui->exportOdtButton->setEnabled(enabled);
    m_ui->zoomInButton->setEnabled(enabled);
    m_ui->zoomOutButton->setEnabled(enabled);
    m_ui->fitWidthButton->setEnabled(enabled);
    m_ui->fitPageButton->setEnabled(enabled);
    m_ui->newReportButton->setEnabled(m_database && m_campaignId != 0);
    m_ui->deleteReportButton->setEnabled(m_editor->reportId() > 0 && m_editor->record().status == ReportStatus::Draft);
}

void ReportPage::refreshFigures()
{
    m_refreshWhenShown = false;
    if (!m_database)
        return;
    // Live fields: a draft shows the new figures; an issued report says what now differs.
    m_editor->refreshFigures();
    if (m_worker) {
        rebuildDocument(); // on the worker; the editor's figures follow
        showDocumentInPreview();
        updateActions();
    } else if (!m_issuedCopy) {
        rebuildDocument();
        showDocumentInPreview();
    }
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitListColumns();
    if (m_refreshWhenShown)
        refreshFigures();
}

} // namespace cds
