#pragma once

#include "backup/Backup.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace cds {

// "Restore from backup": the open database's own backups, newest first, with
// when each was taken (dd/MM/yyyy HH:mm:ss), why (daily, at closing, by hand,
// before a restore) and its size; another file is still one button away.
// Backups of other databases kept in the same folder are not listed
// (backup::backupsOf).
class BackupPickerDialog : public QDialog
{
    Q_OBJECT

public:
    BackupPickerDialog(const QString &folder, const QString &databasePath, QWidget *parent = nullptr);

    // The chosen backup's path; empty when cancelled. A path set with
    // FileDialog::setNextFileName() (tests) is returned without the dialog.
    static QString choose(QWidget *parent, const QString &folder, const QString &databasePath);

    QString chosenPath() const { return m_chosen; }
    QTableWidget *table() const { return m_table; }

private:
    void chooseSelected();
    void chooseOtherFile();

    QString m_folder;
    QString m_databasePath;
    QString m_chosen;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace cds
