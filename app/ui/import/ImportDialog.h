#pragma once

#include "import/Importer.h"

#include <QDialog>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

class QComboBox;
class QProgressDialog;
class QPushButton;
class QStandardItemModel;
class QThread;

namespace cds {

class Database;

// Imports one CSV file or one sheet of an Excel workbook (.xlsx) of one kind (villages, organisations, teams, members,
// training attendance, media outputs) into the open database: the user picks
// the file and its encoding (a workbook: its sheet), checks a preview of its first rows and which
// column feeds which field, then runs the import with a progress dialog that
// can cancel it. A file with problems is listed line by line and nothing is
// written (the engine imports all or nothing).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // campaignId: the campaign that teams, members, attendance and media go
    // to (0: the latest). database must outlive the dialog.
    ImportDialog(const Database &database, int campaignId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Runs the dialog; returns the summary of the last successful import
    // ("Imported 9 villages … from x.csv"), or nothing if nothing was imported.
    static std::optional<QString> importInto(QWidget *parent, const Database &database,
                                             int campaignId);

    // The summary of the last successful import in this dialog, if any.
    std::optional<QString> lastSummary() const { return m_lastSummary; }
    bool isImporting() const { return m_thread != nullptr; }

public slots:
    void reject() override;

signals:
    // After every run (imported, refused or cancelled), once the result is shown.
    void importFinished(bool imported);

private:
    void chooseFile();
    void reloadFile();
    // The preview of a workbook's chosen sheet (the sheet list filled from it).
    void showWorkbook(const QByteArray &bytes);
    void showPreviewRows(const QList<import::CsvRecord> &records, qsizetype headerIndex);
    QChar previewSeparator(const QString &text) const;
    void rebuildMapping();
    import::ColumnMapping chosenMapping() const;
    import::ImportKind kind() const;
    // preview: check and count what the file would add and change, keep nothing.
    void startImport(bool preview = false);
    void showProgress(qint64 done, qint64 total);
    void finishImport();
    void showResult(const import::ImportResult &result, const QString &path);
    void waitForImport();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    const Database &m_database;
    int m_campaignId = 0;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_checkButton = nullptr; // a preview pass: counts and changes, nothing kept
    QStandardItemModel *m_previewModel = nullptr;
    QStringList m_headers; // the file's header line as read for the preview
    QChar m_separator; // as read for the preview; null when no file is read
    bool m_workbook = false; // the file is an Excel workbook: its sheet is chosen
    QList<std::pair<QString, QComboBox *>> m_mappingComboBoxes; // field key, its combo box

    QThread *m_thread = nullptr;
    QProgressDialog *m_progressDialog = nullptr;
    std::atomic_bool m_cancel = false;
    import::ImportOptions m_runOptions;
    QString m_runPath;
    import::ImportResult m_runResult; // written by the worker, read after it has finished
    int m_progressPhase = 0; // 0 while the engine checks, 1 while it writes
    qint64 m_lastDone = 0;
    std::optional<QString> m_lastSummary;
};

} // namespace cds
