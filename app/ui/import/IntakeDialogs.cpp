#include "import/IntakeDialogs.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "database/Database.h"
#include "text/VietnameseText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cds {

int exportIntakeWorkbooksFromWindow(QWidget *parent, const Database &database, int campaignId)
{
    const QString folder = FileDialog::getExistingDirectory(
            parent, IntakeImportDialog::tr("Choose the folder for the intake workbooks"),
            QDir::homePath());
    if (folder.isEmpty())
        return 0;
    QProgressDialog progress(IntakeImportDialog::tr("Writing the intake workbooks…"),
                             IntakeImportDialog::tr("Cancel"), 0, 1, parent);
    progress.setObjectName(QStringLiteral("intakeExportProgressDialog"));
    progress.setWindowTitle(IntakeImportDialog::tr("Intake workbooks"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const intake::IntakeExportResult result = intake::exportIntakeWorkbooks(
            database.connection(), campaignId, folder, [&progress](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done); // a modal progress dialog handles the Cancel click here
                return !progress.wasCanceled();
            });
    progress.reset();
    const QString where = QDir::toNativeSeparators(QDir(folder).absolutePath());
    const int written = int(result.files.size());
    if (!result.error.isEmpty()) {
        MessageBox::critical(parent, IntakeImportDialog::tr("Intake workbooks"), result.error);
        return written;
    }
    if (result.cancelled) {
        MessageBox::information(
                parent, IntakeImportDialog::tr("Intake workbooks"),
                IntakeImportDialog::tr("Stopped: %n intake workbook(s) written to %1 before "
                                       "you cancelled.",
                                       "", written)
                        .arg(where));
        return written;
    }
    MessageBox::information(
            parent, IntakeImportDialog::tr("Intake workbooks"),
            IntakeImportDialog::tr("%n intake workbook(s) written to %1.\n\nSend each "
                                   "district (or commune) its own workbook; import it "
                                   "with File → Import intake workbook… when it comes "
                                   "back filled in.",
                                   "", written)
                    .arg(where));
    return written;
}

IntakeImportDialog::IntakeImportDialog(const Database &database, int campaignId,
                                       const QString &path, QWidget *parent)
    : QDialog(parent), m_database(database), m_campaignId(campaignId), m_path(path)
{
    setObjectName(QStringLiteral("intakeImportDialog"));
    setWindowTitle(tr("Import intake workbook"));
    auto *layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("intakeSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summaryLabel);

    m_sheetsTable = new QTableWidget(0, 4, this);
    m_sheetsTable->setObjectName(QStringLiteral("intakeSheetsTableWidget"));
    m_sheetsTable->setHorizontalHeaderLabels(
            { tr("Sheet"), tr("New"), tr("Changed"), tr("Unchanged") });
    m_sheetsTable->verticalHeader()->hide();
    m_sheetsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sheetsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sheetsTable->setMaximumHeight(m_sheetsTable->fontMetrics().height() * 8);
    layout->addWidget(m_sheetsTable);

    auto *changesLabel = new QLabel(tr("Changes (before → after):"), this);
    layout->addWidget(changesLabel);
    m_changesList = new QListWidget(this);
    m_changesList->setObjectName(QStringLiteral("intakeChangesListWidget"));
    layout->addWidget(m_changesList, 1);
    changesLabel->setBuddy(m_changesList);

    auto *problemsLabel = new QLabel(tr("Refused rows:"), this);
    layout->addWidget(problemsLabel);
    m_problemsTable = new QTableWidget(0, 3, this);
    m_problemsTable->setObjectName(QStringLiteral("intakeProblemsTableWidget"));
    m_problemsTable->setHorizontalHeaderLabels({ tr("Sheet"), tr("Cell"), tr("Problem") });
    m_problemsTable->verticalHeader()->hide();
    m_problemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsTable->setWordWrap(true);
    m_problemsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_problemsTable, 1);
    problemsLabel->setBuddy(m_problemsTable);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("intakeImportButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("intakeCancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &IntakeImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_preview = intake::importIntakeWorkbook(m_database.connection(), m_path, m_campaignId,
                                             intake::IntakeImportMode::Preview);
    QApplication::restoreOverrideCursor();
    showPreview();
}

void IntakeImportDialog::showPreview()
{
    const QString name = QFileInfo(m_path).fileName();
    const QList<import::ImportProblem> problems = m_preview.problems();
    m_sheetsTable->setRowCount(0);
    for (const auto &[kind, sheet] : m_preview.sheets) {
        const int row = m_sheetsTable->rowCount();
        m_sheetsTable->insertRow(row);
        m_sheetsTable->setItem(row, 0, new QTableWidgetItem(intake::sheetName(kind)));
        const QList<qint64> counts = { sheet.newCount, sheet.changedCount, sheet.unchangedCount };
        for (int c = 0; c < counts.size(); ++c) {
            auto *item =
                    new QTableWidgetItem(sheet.problems.isEmpty() ? text::formatNumber(counts.at(c))
                                                                  : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_sheetsTable->setItem(row, c + 1, item);
        }
    }
    m_changesList->clear();
    m_changesList->addItems(m_preview.changes());
    m_problemsTable->setRowCount(0);
    for (const import::ImportProblem &problem : problems) {
        const int row = m_problemsTable->rowCount();
        m_problemsTable->insertRow(row);
        m_problemsTable->setItem(row, 0, new QTableWidgetItem(problem.sheet));
        m_problemsTable->setItem(row, 1,
                                 new QTableWidgetItem(problem.cell.isEmpty() && problem.line > 0
                                                              ? tr("row %1").arg(problem.line)
                                                              : problem.cell));
        m_problemsTable->setItem(row, 2, new QTableWidgetItem(problem.message));
    }
    m_problemsTable->resizeRowsToContents();

    if (!m_preview.error.isEmpty()) {
        m_summaryLabel->setText(m_preview.error);
        m_importButton->setEnabled(false);
    } else if (!problems.isEmpty()) {
        const import::ImportProblem &first = problems.first();
        m_summaryLabel->setText(tr("%1 cannot be imported: %n row(s) refused, the first on sheet "
                                   "“%2”, %3. Nothing of "
                                   "the workbook will be imported, from any sheet. Correct the "
                                   "workbook and import it "
                                   "again.",
                                   "", int(problems.size()))
                                        .arg(name, first.sheet,
                                             first.cell.isEmpty() ? tr("row %1").arg(first.line)
                                                                  : tr("cell %1").arg(first.cell)));
        m_importButton->setEnabled(false);
    } else {
        const qint64 changing = m_preview.newCount() + m_preview.changedCount();
        const QString counts = tr("%1 new, %2 changed, %3 unchanged.")
                                       .arg(text::formatNumber(m_preview.newCount()),
                                            text::formatNumber(m_preview.changedCount()),
                                            text::formatNumber(m_preview.unchangedCount()));
        m_summaryLabel->setText(changing > 0
                                        ? tr("%1: %2 Import applies all of it at once; Edit → Undo "
                                             "takes it back.")
                                                  .arg(name, counts)
                                        : tr("%1: %2 Nothing to import: the database already has "
                                             "the workbook as it is.")
                                                  .arg(name, counts));
        m_importButton->setEnabled(changing > 0);
    }
    m_importButton->setDefault(m_importButton->isEnabled());
}

void IntakeImportDialog::apply()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    intake::IntakeImportResult result =
            intake::importIntakeWorkbook(m_database.connection(), m_path, m_campaignId);
    QApplication::restoreOverrideCursor();
    if (!result.imported) {
        // Changed since the preview (another window, another user): show why.
        m_preview = result;
        showPreview();
        MessageBox::warning(this, windowTitle(), result.text());
        return;
    }
    m_applied = std::move(result);
    accept();
}

std::optional<intake::IntakeImportResult>
IntakeImportDialog::importInto(QWidget *parent, const Database &database, int campaignId)
{
    const QString path = FileDialog::getOpenFileName(
            parent, tr("Import intake workbook"), QDir::homePath(), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return std::nullopt;
    IntakeImportDialog dialog(database, campaignId, path, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.applied())
        return std::nullopt;
    return dialog.applied();
}

} // namespace cds
