#include "BackupPickerDialog.h"

#include "common/FileDialog.h"
#include "text/VietnameseText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cds {

namespace {

QString kindText(backup::BackupKind kind)
{
    switch (kind) {
    case backup::BackupKind::Daily:
        return BackupPickerDialog::tr("Daily, at the first start of the day");
    case backup::BackupKind::Exit:
        return BackupPickerDialog::tr("At closing");
    case backup::BackupKind::BeforeRestore:
        return BackupPickerDialog::tr("Safety copy before a restore");
    case backup::BackupKind::Manual:
        break;
    }
    return BackupPickerDialog::tr("Made by hand");
}

QString sizeText(qint64 bytes)
{
    return BackupPickerDialog::tr("%1 MB").arg(text::formatDecimal(double(bytes) / (1024.0 * 1024.0), 1));
}

} // namespace

BackupPickerDialog::BackupPickerDialog(const QString &folder, const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_folder(folder), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("BackupPickerDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    const QList<backup::BackupFile> backups = backup::backupsOf(folder, databasePath);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("backupIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(backups.isEmpty()
                           ? tr("There is no backup of %1 in %2 yet. Choose another file if the backup is elsewhere.")
                                     .arg(QFileInfo(databasePath).fileName(), QDir::toNativeSeparators(folder))
                           : tr("Backups of %1 in %2, newest first. Choose one; what it holds is shown before "
                                "anything is replaced.")
                                     .arg(QFileInfo(databasePath).fileName(), QDir::toNativeSeparators(folder)));
    layout->addWidget(intro);

    m_table = new QTableWidget(int(backups.size()), 3, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Taken"), tr("Kind"), tr("Size") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < backups.size(); ++row) {
        const backup::BackupFile &file = backups.at(row);
        auto *taken = new QTableWidgetItem(file.taken.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        taken->setData(Qt::UserRole, file.path);
        taken->setToolTip(QDir::toNativeSeparators(file.path));
        m_table->setItem(row, 0, taken);
        m_table->setItem(row, 1, new QTableWidgetItem(kindText(file.kind)));
        auto *size = new QTableWidgetItem(sizeText(file.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, size);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!backups.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore this backup…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreChosenButton"));
    m_restoreButton->setDefault(true);
    m_restoreButton->setEnabled(!backups.isEmpty());
    QPushButton *other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupPickerDialog::chooseSelected);
    connect(other, &QPushButton::clicked, this, &BackupPickerDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restoreButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { chooseSelected(); });
    resize(680, 420); // within 1366×768 with room around it
}

void BackupPickerDialog::chooseSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    m_chosen = m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    accept();
}

void BackupPickerDialog::chooseOtherFile()
{
    const QString path = FileDialog::getOpenFileName(
            this, tr("Restore from backup"), QDir(m_folder).exists() ? m_folder : QFileInfo(m_databasePath).absolutePath(),
            tr("CDS Desk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

QString BackupPickerDialog::choose(QWidget *parent, const QString &folder, const QString &databasePath)
{
    if (FileDialog::hasNextFileName())
        return FileDialog::getOpenFileName(parent, QString(), QString(), QString());
    BackupPickerDialog dialog(folder, databasePath, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenPath() : QString();
}

} // namespace cds
