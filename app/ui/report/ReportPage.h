#pragma once

#include "report/OfficialDocument.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPrintPreviewWidget;
class QPrinter;

namespace Ui {
class ReportPage;
}

namespace cds {

class Database;

// The official report of a campaign, previewed page by page. The preview, the
// printer and the PDF all go through ReportRenderer::paint(), so what the
// clerk sees here is what prints.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);
    ~ReportPage() override;

    // Builds the report of campaignId (nullptr or 0 clears the preview).
    // Returns false and sets error (Vietnamese) when the report cannot be built.
    bool setCampaign(const Database *database, int campaignId, QString *error = nullptr);

    bool hasDocument() const { return m_document.has_value(); }
    // Number of pages in the preview.
    int pageCount() const;

    // Asks for a file name (through cds::FileDialog) and writes the PDF; tells
    // the user where it went or why it failed. Returns true when written.
    bool exportPdf();
    // Runs the print dialog and prints. Returns true when printed.
    bool print();

private:
    void paintPreview(QPrinter *printer);
    void updateZoomLabel();
    void updateActions();

    std::unique_ptr<Ui::ReportPage> m_ui;
    QPrintPreviewWidget *m_preview = nullptr;
    std::optional<OfficialDocument> m_document;
    int m_campaignId = 0;
};

} // namespace cds
