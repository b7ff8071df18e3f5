#pragma once

#include "intake/IntakeWorkbook.h"

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cds {

class Database;

// File → Export intake workbooks…: asks for a folder, writes the campaign's
// intake workbooks (IntakeWorkbook.h) with a progress dialog that can cancel,
// then says how many were written and where. Returns the number written.
int exportIntakeWorkbooksFromWindow(QWidget *parent, const Database &database, int campaignId);

// File → Import intake workbook…: the preview of a filled intake workbook
// (so many new, changed with before → after, unchanged, and the refused rows
// with their sheet and cell), then, on Import, the whole workbook applied
// all or nothing as one change group.
class IntakeImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Checks path at once (IntakeImportMode::Preview): nothing is written
    // until Import is clicked. database must outlive the dialog.
    IntakeImportDialog(const Database &database, int campaignId, const QString &path,
                       QWidget *parent = nullptr);

    // Asks for the workbook, shows the preview and imports on Import. Returns
    // what was imported (its changeGroupId for undo), or nothing if the user
    // cancelled, nothing was imported or the workbook was refused.
    static std::optional<intake::IntakeImportResult>
    importInto(QWidget *parent, const Database &database, int campaignId);

    const intake::IntakeImportResult &preview() const { return m_preview; }
    // The result of Import, when it was clicked.
    const std::optional<intake::IntakeImportResult> &applied() const { return m_applied; }

private:
    void showPreview();
    void apply();

    const Database &m_database;
    int m_campaignId = 0;
    QString m_path;
    intake::IntakeImportResult m_preview;
    std::optional<intake::IntakeImportResult> m_applied;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_sheetsTable = nullptr;
    QListWidget *m_changesList = nullptr;
    QTableWidget *m_problemsTable = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace cds
