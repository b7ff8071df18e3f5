#pragma once

#include "report/OfficialDocument.h"

#include <QVariantMap>
#include <QWidget>

#include <memory>
#include <optional>


namespace Ui {
class ReportPage;
}

namespace cds {

class Database;
class DatabaseJob;
class DatabaseWorker;
class ReportEditor;
class ReportFilterModel;
class ReportListModel;
class ReportPreview;

// The official reports: the list of all reports (drafts, issued, withdrawn),
// the selected one previewed page by page, and its drafting and register
// form (ReportEditor). A draft is previewed with the live data; an issued
// report with the document frozen when it was issued. The preview, the
// printer and the PDF all come from ReportRenderer's layout, so what the
// clerk sees here is what prints; an issued report's PDF is the stored copy.
// A click on a figure in the preview shows the records behind it
// (ReportEditor::showFigureRecords(); for an issued report, today's records).
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);
    ~ReportPage() override;

    // Lists the reports of database and selects the latest of campaignId
    // (nullptr or 0 clears the page). Returns false and sets error (translated)
    // when the selected report cannot be built.
    bool setCampaign(const Database *database, int campaignId, QString *error = nullptr);
    // Selects and shows report reportId; false if it is not listed.
    bool selectReport(int reportId);
    int currentReportId() const;

    // With a worker (for the file of the database shown), a draft's document
    // and the live figures are built on it: the page says "Preparing the
    // report …" and the pages follow (only their layout runs here). Without
    // one (tests, an in-memory database) they are built at once.
    void setWorker(DatabaseWorker *worker);
    // True while the report is being built on the worker.
    bool isBuilding() const { return m_job != nullptr; }

    bool hasDocument() const { return m_document.has_value(); }
    // Number of pages in the preview.
    int pageCount() const;
    ReportEditor *editor() const { return m_editor; }

    // Asks for a file name (through cds::FileDialog) and writes the PDF (for an
    // issued report: the stored copy, byte for byte); tells the user where it
    // went or why it failed. Returns true when written.
    bool exportPdf();
    bool exportDocx();
    bool exportOdt();
    // Runs the print dialog and prints. Returns true when printed.
    bool print();
    // Creates a new draft for the current campaign from template templateId
    // (0: the default) or, if sourceReportId > 0, from that report; selects it.
    int newReport(int templateId, int sourceReportId = 0);
    bool deleteDraft();
    // With unsaved changes to the draft shown: Save / Discard (/ Cancel).
    // False when the clerk stays (see ReportEditor::maybeSave()). Call it
    // before setCampaign() takes the draft away.
    bool maybeSave(bool canCancel = true);

protected:
    // Figures changed while the page was hidden: the preview is rebuilt when
    // shown, not after every save elsewhere (a national report takes seconds).
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reloadList(int selectId);
    // Gives the subject column the list's width left by the number.
    void fitListColumns();
    void showSelected();
    void rebuildDocument();
    void fillNewReportMenu();
    void showDocumentInPreview();
    void updateZoomLabel();
    void updateActions();
    // DOCX (docx) or ODT: asks for the file, writes it, says where.
    bool exportForWordProcessor(bool docx);

    std::unique_ptr<Ui::ReportPage> m_ui;
    ReportPreview *m_preview = nullptr;
    ReportEditor *m_editor = nullptr;
    ReportListModel *m_model = nullptr;
    ReportFilterModel *m_filter = nullptr;
    const Database *m_database = nullptr;
    std::optional<OfficialDocument> m_document;
    QVariantMap m_figureLabels; // key -> label, for the preview's tooltips
    bool m_issuedCopy = false;
    int m_campaignId = 0;
    QString m_buildError;
    bool m_refreshWhenShown = false;
    DatabaseWorker *m_worker = nullptr;
    DatabaseJob *m_job = nullptr; // the build running on m_worker, if any
    void refreshFigures();
    // Builds report reportId on the worker; its document is shown when
    // showDocument (a draft), its live context goes to the editor.
    void buildOnWorker(int reportId, bool showDocument);
};

} // namespace cds
