#include "backup/Backup.h"
#include "backup/BackupPickerDialog.h"
#include "backup/RestoreDialog.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

const QString teamNameSql = QStringLiteral("SELECT name FROM team ORDER BY id LIMIT 1");

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dailyBackupOnOpen();
    void backUpNowAndRestoreThroughMenus();
    void restoreDialogShowsContents();
    void pickerListsOnlyThisDatabasesBackups();
    void commandLineBackupAndRestore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBackupUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cds.sqlite"));
    Database db(QStringLiteral("setup"));
    QCOMPARE(db.open(m_path).error, DatabaseError::None);
    QString error;
    QVERIFY2(createDemoCampaign(db.connection(), &error) != 0, qPrintable(error));
}

void TestBackupUi::cleanup()
{
    m_dir.reset();
}

void TestBackupUi::dailyBackupOnOpen()
{
    const QString folder = backup::backupFolder(m_path);
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        // Taken once the window has shown the database, from the event loop.
        QTRY_COMPARE(backup::automaticBackups(folder, m_path).size(), 1);
        QVERIFY(backup::automaticBackups(folder, m_path)
                        .constFirst()
                        .endsWith(QStringLiteral("-daily.sqlite")));
        // A second start on the same day takes none.
        QVERIFY(window.openDatabase(m_path));
        QTest::qWait(50);
        QCOMPARE(backup::automaticBackups(folder, m_path).size(), 1);
        // Closing after a write takes the exit backup (on the worker, once
        // the window is off the screen).
        QTRY_VERIFY(!window.backgroundWorkRunning());
        QVERIFY(QSqlQuery(window.database()->connection())
                        .exec(QStringLiteral("UPDATE team SET notes = 'đã sửa' WHERE id = (SELECT min(id) FROM team)")));
        QTest::qWait(1100); // a new second, so a new file name
        window.close();
        QTRY_VERIFY(!window.backgroundWorkRunning());
    }
    const QStringList backups = backup::automaticBackups(folder, m_path);
    QCOMPARE(backups.size(), 2);
    QVERIFY(backups.constFirst().endsWith(QStringLiteral("-exit.sqlite")));
}

void TestBackupUi::backUpNowAndRestoreThroughMenus()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    const QString original = scalar(window.database()->connection(), teamNameSql).toString();

    auto *backupAction = window.findChild<QAction *>(QStringLiteral("backupNowAction"));
    auto *restoreAction = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    QVERIFY(backupAction && restoreAction);
    QCOMPARE(backupAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+B")));

    const QString backupPath = m_dir->filePath(QStringLiteral("mine.sqlite"));
    FileDialog::setNextFileName(backupPath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    backupAction->trigger();
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(backupPath)),
             qPrintable(MessageBox::lastText()));
    QVERIFY(QFile::exists(backupPath));

    QSqlQuery(window.database()->connection())
            .exec(QStringLiteral(
                    "UPDATE team SET name = 'Đổi tên' WHERE id = (SELECT min(id) FROM team)"));
    QCOMPARE(scalar(window.database()->connection(), teamNameSql).toString(),
             QStringLiteral("Đổi tên"));

    // Cancelled in the preview: nothing changes.
    FileDialog::setNextFileName(backupPath);
    RestoreDialog::setNextAnswer(false);
    restoreAction->trigger();
    QCOMPARE(scalar(window.database()->connection(), teamNameSql).toString(),
             QStringLiteral("Đổi tên"));

    // Confirmed: the change is gone, the window shows the restored database.
    FileDialog::setNextFileName(backupPath);
    RestoreDialog::setNextAnswer(true);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    restoreAction->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("before-restore")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(window.database());
    QCOMPARE(scalar(window.database()->connection(), teamNameSql).toString(), original);
    QVERIFY(window.hasCampaign());

    // A damaged file is refused with the reason and nothing changes.
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
    }
    FileDialog::setNextFileName(junk);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    restoreAction->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not an SQLite file")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(scalar(window.database()->connection(), teamNameSql).toString(), original);
}

void TestBackupUi::restoreDialogShowsContents()
{
    Database db(QStringLiteral("dialog"));
    QCOMPARE(db.open(m_path).error, DatabaseError::None);
    const QString backupPath = m_dir->filePath(QStringLiteral("cds-2022-10-07_143000.sqlite"));
    QVERIFY(backup::writeBackup(db.connection(), backupPath).ok);
    const backup::BackupContents contents = backup::inspectBackup(backupPath);
    QVERIFY2(contents.ok, qPrintable(contents.error));
    RestoreDialog dialog(backupPath, contents, m_dir->path());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("takenAtLabel"))->text(),
             QStringLiteral("07/10/2022 14:30"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("contentsTableWidget"));
    QVERIFY(table);
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, 0)->text() + QStringLiteral(": ") + table->item(row, 1)->text();
    const QString all = cells.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("2022")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("1.141")), qPrintable(all)); // teams, vi-VN digits
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton")));
}

void TestBackupUi::commandLineBackupAndRestore()
{
    const QString out = m_dir->filePath(QStringLiteral("cli-backup.sqlite"));
    QProcess process;
    process.start(QStringLiteral(CDSDESK_EXECUTABLE),
                  { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_path,
                    QStringLiteral("--backup"), out });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(QFile::exists(out));

    {
        Database db(QStringLiteral("change"));
        QCOMPARE(db.open(m_path).error, DatabaseError::None);
        QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM media_output"));
    }
    // Without --yes it only shows what the backup holds.
    process.start(QStringLiteral(CDSDESK_EXECUTABLE),
                  { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_path,
                    QStringLiteral("--restore"), out });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString shown = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(shown.contains(QStringLiteral("1.141 teams")), qPrintable(shown));

    process.start(QStringLiteral(CDSDESK_EXECUTABLE),
                  { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_path,
                    QStringLiteral("--restore"), out, QStringLiteral("--yes") });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    Database db(QStringLiteral("after"));
    QCOMPARE(db.open(m_path).error, DatabaseError::None);
    QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM media_output")).toInt()
            > 0);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"

// A fresh clerk was shown a small file dialog with English dates, listing the
// backups of every database kept in the same folder (#18).
void TestBackupUi::pickerListsOnlyThisDatabasesBackups()
{
    Database db(QStringLiteral("picker"));
    QCOMPARE(db.open(m_path).error, DatabaseError::None);
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    // Two of this database's ("cds") and one of another database ("cds2")
    // beside them, and a file of no pattern.
    const QString daily = QDir(folder).filePath(QStringLiteral("cds-2022-10-07_081500-daily.sqlite"));
    const QString manual = QDir(folder).filePath(QStringLiteral("cds-2022-10-08_163000.sqlite"));
    for (const QString &path : { daily, manual, QDir(folder).filePath(QStringLiteral("cds2-2022-10-09_090000-exit.sqlite")) })
        QVERIFY(backup::writeBackup(db.connection(), path).ok);
    QFile other(QDir(folder).filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    BackupPickerDialog dialog(folder, m_path);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("08/10/2022 16:30:00")); // newest first
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Made by hand"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("07/10/2022 08:15:00"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Daily, at the first start of the day"));
    QVERIFY(table->item(1, 2)->text().endsWith(QStringLiteral(" MB")));
    QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
    // Choosing the second row and "Restore this backup…" gives its path.
    table->selectRow(1);
    dialog.findChild<QPushButton *>(QStringLiteral("restoreChosenButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QFileInfo(dialog.chosenPath()).fileName(), QFileInfo(daily).fileName());
}
