#pragma once

#include "backup/Backup.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RestoreDialog;
}

class QPushButton;

namespace cds {

// Shows what a backup holds (when it was taken, its campaigns with their
// years, the numbers of teams, members, trainings, events and media outputs)
// and asks before the open database is replaced by it.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &backupPath, const backup::BackupContents &contents,
                  const QString &safetyFolder, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Runs the dialog; true when the user chose to restore.
    static bool confirmRestore(QWidget *parent, const QString &backupPath,
                               const backup::BackupContents &contents, const QString &safetyFolder);
    // The next confirmRestore() is not shown and returns answer (one shot; tests).
    static void setNextAnswer(bool answer);

    QPushButton *restoreButton() const { return m_restoreButton; }

private:
    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace cds
