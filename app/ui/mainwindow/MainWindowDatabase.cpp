// The main window's care of the database file: the full integrity check on
// a schedule, read-only when damaged or replaced, back up, restore and the
// automatic backups on a worker (split from MainWindow.cpp).
#include "MainWindow.h"

#include "backup/Backup.h"
#include "backup/BackupPickerDialog.h"
#include "backup/RestoreDialog.h"
#include "common/AppSettings.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "database/DatabaseWorker.h"
#include "database/IntegrityCheck.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QThread>

#include <algorithm>
#include <memory>

namespace cds {

namespace {
// How many automatic backups are kept (QSettings only; default backup::defaultKeepCount).
const QString backupKeepKey = QStringLiteral("backup/keepCount");
// Their total size bound in MB (QSettings only; default backup::defaultMaxTotalMegabytes).
const QString backupMaxTotalKey = QStringLiteral("backup/maxTotalMB");
} // namespace

void MainWindow::startFullIntegrityCheck()
{
    if (!m_database || m_database->path() == QStringLiteral(":memory:"))
        return;
    if (m_integrityThread) {
        // One check at a time; the result of an older one is for another file.
        m_integrityThread->wait();
        delete m_integrityThread;
        m_integrityThread = nullptr;
    }
    const QString path = m_database->path();
    const QString connection = m_database->connectionName();
    auto problem = std::make_shared<QString>();
    m_integrityThread = QThread::create([path, problem] { *problem = integrity::fullCheckProblem(path); });
    m_integrityThread->setObjectName(QStringLiteral("integrity-check"));
    QThread *thread = m_integrityThread;
    connect(m_integrityThread, &QThread::finished, this, [this, thread, path, connection, problem] {
        if (m_integrityThread != thread)
            return; // replaced by a newer check (and deleted)
        m_integrityThread->deleteLater();
        m_integrityThread = nullptr;
        if (problem->isEmpty() || !m_database || m_database->connectionName() != connection)
            return;
        m_database->makeReadOnly(integrity::damagedMessage(path, *problem));
        showReadOnly();
    });
    m_integrityThread->start(QThread::LowPriority);
}

void MainWindow::showReadOnly()
{
    if (!m_database || m_database->readOnlyReason().isEmpty())
        return;
    const QString reason = m_database->readOnlyReason();
    if (!m_readOnlyLabel) {
        m_readOnlyLabel = new QLabel(this);
        m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        statusBar()->addPermanentWidget(m_readOnlyLabel);
    }
    m_readOnlyLabel->setText(tr("Read-only"));
    m_readOnlyLabel->setToolTip(reason);
    m_readOnlyLabel->show();
    statusBar()->showMessage(reason);
    MessageBox::warning(this, tr("The database is read-only"), reason);
}

void MainWindow::backUpNow()
{
    if (!m_database)
        return;
    const QString databasePath = m_database->path();
    const QString folder = databasePath == QStringLiteral(":memory:")
            ? QDir::homePath()
            : backup::backupFolder(databasePath);
    const QString suggested = QDir(folder).filePath(backup::backupFileName(
            databasePath, QDateTime::currentDateTime(), backup::BackupKind::Manual));
    QDir().mkpath(folder);
    const QString path = FileDialog::getSaveFileName(
            this, tr("Back up the database"), suggested,
            tr("CDS Desk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // The save dialog has already asked before replacing; a backup never overwrites.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        MessageBox::critical(this, tr("Back up"),
                             tr("The file %1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const backup::BackupResult result = backup::writeBackup(m_database->connection(), path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        MessageBox::critical(this, tr("Back up"), tr("The backup was not made.\n\n%1").arg(result.error));
        return;
    }
    statusBar()->showMessage(
            tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(result.path)), 10000);
    MessageBox::information(this, tr("Back up"),
                            tr("The backup was written and checked:\n%1")
                                    .arg(QDir::toNativeSeparators(result.path)));
}

void MainWindow::restoreFromBackup()
{
    if (!m_database || m_database->path() == QStringLiteral(":memory:"))
        return;
    const QString livePath = m_database->path();
    const QString folder = backup::backupFolder(livePath);
    const QString path = BackupPickerDialog::choose(this, folder, livePath);
    if (path.isEmpty())
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const backup::BackupContents contents = backup::inspectBackup(path);
    QApplication::restoreOverrideCursor();
    if (!contents.ok) {
        MessageBox::critical(this, tr("Restore from backup"),
                             tr("This file cannot be restored; nothing was changed.\n\n%1")
                                     .arg(contents.error));
        return;
    }
    if (!RestoreDialog::confirmRestore(this, path, contents, folder))
        return;

    // The full check's own connection would make the restore refuse (the file is open elsewhere).
    if (m_integrityThread) {
        m_integrityThread->wait();
        delete m_integrityThread;
        m_integrityThread = nullptr;
    }
    // The pages let go of the connection while the file is replaced.
    std::unique_ptr<Database> database = std::move(m_database);
    setDatabase(nullptr);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const backup::RestoreResult result = backup::restoreBackup(*database, path, folder);
    QApplication::restoreOverrideCursor();
    if (database->isOpen())
        setDatabase(std::move(database));
    if (!result.restored) {
        MessageBox::critical(this, tr("Restore from backup"), result.error);
        return;
    }
    statusBar()->showMessage(tr("Restored from %1").arg(QDir::toNativeSeparators(path)), 10000);
    MessageBox::information(
            this, tr("Restore from backup"),
            tr("The database was restored from %1 and checked.\n\nThe database as it was before "
               "is kept in %2.")
                    .arg(QDir::toNativeSeparators(path),
                         QDir::toNativeSeparators(result.safetyBackupPath)));
}

void MainWindow::takeAutomaticBackup(bool onExit, const std::function<void()> &then)
{
    const auto done = [then] {
        if (then)
            then();
    };
    if (!m_worker || !m_database || !m_database->isOpen())
        return done();
    const QString path = m_database->path();
    if (!onExit && !backup::needsDailyBackup(backup::backupFolder(path), path, QDate::currentDate()))
        return done();
    AppSettings settings;
    const int keep = std::clamp(settings.value(backupKeepKey, backup::defaultKeepCount).toInt(), 1, 1000);
    const qint64 maxTotal =
            qint64(std::max(0, settings.value(backupMaxTotalKey, backup::defaultMaxTotalMegabytes).toInt())) * 1024 * 1024;
    const backup::BackupKind kind = onExit ? backup::BackupKind::Exit : backup::BackupKind::Daily;
    const QString fileState = m_fileState;
    // The state of the file before the copy: a write during it is in the next one.
    rememberFileState();
    m_backupJob = m_worker->run([path, kind, keep, maxTotal](const QSqlDatabase &db, JobControl &, QString *error) {
        const backup::BackupResult result = backup::takeAutomaticBackup(db, path, kind, keep, maxTotal);
        if (!result.ok)
            *error = result.error;
        return QVariant(result.path);
    });
    connect(m_backupJob, &DatabaseJob::finished, this, [this, job = m_backupJob.data(), fileState, done] {
        if (!job->error().isEmpty()) {
            m_fileState = fileState; // not backed up after all
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(job->error()));
        }
        done();
    });
}

namespace {

// Size and time of the file and of its -wal: they change with every commit.
QString fileState(const QString &path)
{
    QString state;
    for (const QString &file : QStringList{ path, path + QStringLiteral("-wal") }) {
        const QFileInfo info(file);
        state += QStringLiteral("%1:%2;").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    return state;
}

} // namespace

void MainWindow::rememberFileState()
{
    const bool file = m_database && m_database->path() != QStringLiteral(":memory:");
    m_fileState = file ? fileState(m_database->path()) : QString();
}

bool MainWindow::changedSinceBackup() const
{
    if (!m_database || m_database->path() == QStringLiteral(":memory:"))
        return false;
    return fileState(m_database->path()) != m_fileState;
}

bool MainWindow::backgroundWorkRunning() const
{
    return m_backupJob != nullptr || (m_dashboardPage && m_dashboardPage->figuresPending());
}

void MainWindow::warnIfOnNetworkShare(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString fileSystem;
    if (m_networkShareWarned.contains(absolute) || !backup::isOnNetworkShare(absolute, &fileSystem))
        return;
    m_networkShareWarned << absolute;
    MessageBox::warning(this, tr("Database on a network share"),
                        backup::networkShareWarning(absolute, fileSystem));
}

} // namespace cds
