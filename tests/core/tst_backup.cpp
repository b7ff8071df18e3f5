#include "TestDatabase.h"
#include "backup/Backup.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;
using namespace cds::backup;

namespace {

using cds::test::fileHash;
using cds::test::scalar;

// Reads one value from a database file on a private connection, without the
// rules of cds::Database (the file is only read).
QVariant scalarInFile(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("peek-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            value = scalar(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

const QString campaignNameSql = QStringLiteral("SELECT name FROM campaign ORDER BY id LIMIT 1");

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backupIsVerifiedAndSelfContained();
    void backupNeverOverwrites();
    void inspectShowsContents();
    void roundTripRestoresAndKeepsSafetyCopy();
    void restoreKeepsFileMode();
    void twoRestoresInOneSecond();
    void unwritableFolderSaysWhatToDo();
    void restoreRefusedWhileOpenElsewhere();
    void restoreNamesTheOtherProgram();
    void refusedBackupChangesNothing_data();
    void refusedBackupChangesNothing();
    void rotationKeepsN();
    void rotationBoundsTotalSize();
    void dailyBackupOncePerDay();
    void backupDuringWriteTransactionIsConsistent();
    void networkFileSystems_data();
    void networkFileSystems();
    void localFolderIsNotNetwork();

private:
    QString m_demoTemplate; // a demo database file, copied for each test
    std::unique_ptr<QTemporaryDir> m_templateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_live;
    QString m_livePath;
};

void TestBackup::initTestCase()
{
    m_templateDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_templateDir->isValid());
    m_demoTemplate = m_templateDir->filePath(QStringLiteral("demo.sqlite"));
    Database db(QStringLiteral("template"));
    QCOMPARE(db.open(m_demoTemplate).error, DatabaseError::None);
    QString error;
    QVERIFY2(createDemoCampaign(db.connection(), &error) != 0, qPrintable(error));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    db.close();
}

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_livePath = m_dir->filePath(QStringLiteral("cdsdesk.sqlite"));
    QVERIFY(QFile::copy(m_demoTemplate, m_livePath));
    m_live = std::make_unique<Database>(QStringLiteral("live"));
    const auto opened = m_live->open(m_livePath);
    QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
}

void TestBackup::cleanup()
{
    m_live.reset();
    m_dir.reset();
}

void TestBackup::backupIsVerifiedAndSelfContained()
{
    const QString target = m_dir->filePath(QStringLiteral("out/copy.sqlite"));
    const BackupResult result = writeBackup(m_live->connection(), target);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, QFileInfo(target).absoluteFilePath());
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QCOMPARE(scalarInFile(target, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
    QCOMPARE(scalarInFile(target, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(scalarInFile(target, QStringLiteral("SELECT count(*) FROM team")).toInt(), 1141);
    QCOMPARE(scalarInFile(target, QStringLiteral("PRAGMA application_id")).toInt(),
             Database::applicationId);
}

void TestBackup::backupNeverOverwrites()
{
    const QString target = m_dir->filePath(QStringLiteral("existing.sqlite"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const BackupResult result = writeBackup(m_live->connection(), target);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestBackup::inspectShowsContents()
{
    const QString target = m_dir->filePath(backupFileName(
            m_livePath, QDateTime(QDate(2024, 5, 1), QTime(14, 30, 5)), BackupKind::Manual));
    QVERIFY(writeBackup(m_live->connection(), target).ok);
    const QByteArray before = fileHash(target);

    const BackupContents contents = inspectBackup(target);
    QVERIFY2(contents.ok, qPrintable(contents.error));
    QCOMPARE(contents.takenAt, QDateTime(QDate(2024, 5, 1), QTime(14, 30, 5)));
    QCOMPARE(contents.schemaVersion, Database::currentSchemaVersion());
    QCOMPARE(contents.campaigns.size(), 1);
    QCOMPARE(contents.campaigns.constFirst().year, 2022);
    QVERIFY(contents.campaigns.constFirst().name.contains(QStringLiteral("2022")));
    QCOMPARE(contents.teams, 1141);
    // The same member figure the dashboard shows (declared counts in the demo).
    QCOMPARE(contents.members, 7534);
    QVERIFY(contents.trainings > 0);
    QVERIFY(contents.events > 0);
    QVERIFY(contents.mediaOutputs > 0);
    // Looking never changes the backup.
    QCOMPARE(fileHash(target), before);
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
}

void TestBackup::roundTripRestoresAndKeepsSafetyCopy()
{
    const QString original = scalar(m_live->connection(), campaignNameSql).toString();
    QVERIFY(!original.isEmpty());
    const QString backupPath = m_dir->filePath(QStringLiteral("manual.sqlite"));
    QVERIFY(writeBackup(m_live->connection(), backupPath).ok);

    // A change made after the backup…
    QSqlQuery change(m_live->connection());
    QVERIFY2(change.exec(QStringLiteral("UPDATE campaign SET name = 'Đã đổi sau sao lưu'")),
             qPrintable(change.lastError().text()));
    QVERIFY2(change.exec(QStringLiteral("DELETE FROM media_output")),
             qPrintable(change.lastError().text()));
    change.finish();

    // …is gone after the restore,
    const QString safetyFolder = m_dir->filePath(QStringLiteral("backups"));
    const RestoreResult restored = restoreBackup(*m_live, backupPath, safetyFolder);
    QVERIFY2(restored.restored, qPrintable(restored.error));
    QVERIFY(m_live->isOpen());
    QCOMPARE(m_live->path(), QFileInfo(m_livePath).absoluteFilePath());
    QCOMPARE(scalar(m_live->connection(), campaignNameSql).toString(), original);
    QVERIFY(scalar(m_live->connection(), QStringLiteral("SELECT count(*) FROM media_output"))
                    .toInt()
            > 0);
    QCOMPARE(scalar(m_live->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(scalar(m_live->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // …but kept in the safety copy.
    QVERIFY(restored.safetyBackupPath.startsWith(QFileInfo(safetyFolder).absoluteFilePath()));
    QVERIFY(restored.safetyBackupPath.endsWith(QStringLiteral("-before-restore.sqlite")));
    QCOMPARE(scalarInFile(restored.safetyBackupPath, campaignNameSql).toString(),
             QStringLiteral("Đã đổi sau sao lưu"));
    QCOMPARE(scalarInFile(restored.safetyBackupPath,
                          QStringLiteral("SELECT count(*) FROM media_output"))
                     .toInt(),
             0);
    // No working file is left behind.
    QVERIFY(!QFile::exists(m_livePath + QStringLiteral(".restoring")));
}

// A second restore within the same second needs its own safety copy name.
void TestBackup::twoRestoresInOneSecond()
{
    const QString backupPath = m_dir->filePath(QStringLiteral("manual.sqlite"));
    QVERIFY(writeBackup(m_live->connection(), backupPath).ok);
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    // The names this second and the next one would take already exist.
    QVERIFY(QDir().mkpath(folder));
    const QDateTime now = QDateTime::currentDateTime();
    for (const QDateTime &when : { now, now.addSecs(1) }) {
        QFile taken(QDir(folder).filePath(backupFileName(m_livePath, when, BackupKind::BeforeRestore)));
        QVERIFY(taken.open(QIODevice::WriteOnly));
    }
    const RestoreResult first = restoreBackup(*m_live, backupPath, folder);
    QVERIFY2(first.restored, qPrintable(first.error));
    const RestoreResult second = restoreBackup(*m_live, backupPath, folder);
    QVERIFY2(second.restored, qPrintable(second.error));
    QVERIFY(first.safetyBackupPath != second.safetyBackupPath);
}

// A backup folder that cannot be made says why and what to do.
void TestBackup::unwritableFolderSaysWhatToDo()
{
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const BackupResult result =
            writeBackup(m_live->connection(), blocker + QStringLiteral("/copy.sqlite"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("Choose another folder")), qPrintable(result.error));
}

// A database shared by a group (0664) stays so after a restore.
void TestBackup::restoreKeepsFileMode()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#endif
    const QString backupPath = m_dir->filePath(QStringLiteral("manual.sqlite"));
    QVERIFY(writeBackup(m_live->connection(), backupPath).ok);
    const QFile::Permissions groupShared = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
            | QFile::WriteUser | QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(m_livePath, groupShared));
    const RestoreResult restored =
            restoreBackup(*m_live, backupPath, m_dir->filePath(QStringLiteral("backups")));
    QVERIFY2(restored.restored, qPrintable(restored.error));
    QCOMPARE(QFile::permissions(m_livePath), groupShared);
    const QFileInfo info(m_livePath);
    QCOMPARE(info.groupId(), QFileInfo(m_dir->path()).groupId());
}

// A second connection that is open but idle (its -wal is empty) must refuse
// the restore: otherwise it goes on writing into the replaced file.
void TestBackup::restoreRefusedWhileOpenElsewhere()
{
    const QString backupPath = m_dir->filePath(QStringLiteral("manual.sqlite"));
    QVERIFY(writeBackup(m_live->connection(), backupPath).ok);
    {
        QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_livePath);
        QVERIFY(other.open());
        QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM team")).toInt(), 1141);

        const RestoreResult refused =
                restoreBackup(*m_live, backupPath, m_dir->filePath(QStringLiteral("backups")));
        QVERIFY(!refused.restored);
        QVERIFY2(refused.error.contains(QStringLiteral("open in another program")),
                 qPrintable(refused.error));
        QVERIFY(m_live->isOpen());
        QVERIFY(!QFile::exists(m_livePath + QStringLiteral(".restoring")));

        // What the other connection writes now lands in the file everyone opens.
        QSqlQuery write(other);
        QVERIFY2(write.exec(QStringLiteral("UPDATE campaign SET name = 'Ghi từ nơi khác'")),
                 qPrintable(write.lastError().text()));
        write.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(scalar(m_live->connection(), campaignNameSql).toString(),
             QStringLiteral("Ghi từ nơi khác"));

    // Once it has let go, the restore goes ahead.
    const RestoreResult restored =
            restoreBackup(*m_live, backupPath, m_dir->filePath(QStringLiteral("backups")));
    QVERIFY2(restored.restored, qPrintable(restored.error));
    QVERIFY(scalar(m_live->connection(), campaignNameSql).toString()
            != QStringLiteral("Ghi từ nơi khác"));
}

// Another process holding the file open is named where the platform can tell.
void TestBackup::restoreNamesTheOtherProgram()
{
#ifndef Q_OS_LINUX
    QSKIP("Only Linux tells which process has a file open.");
#endif
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed to hold the database open in a second process.");
    const QString backupPath = m_dir->filePath(QStringLiteral("manual.sqlite"));
    QVERIFY(writeBackup(m_live->connection(), backupPath).ok);
    QProcess holder;
    holder.start(python,
                 { QStringLiteral("-c"),
                   QStringLiteral("import sqlite3, sys, time\n"
                                  "c = sqlite3.connect(sys.argv[1])\n"
                                  "c.execute('SELECT count(*) FROM team').fetchall()\n"
                                  "print('ready', flush=True)\n"
                                  "time.sleep(60)\n"),
                   m_livePath });
    QVERIFY(holder.waitForReadyRead(10000));
    const qint64 pid = holder.processId();
    const RestoreResult refused =
            restoreBackup(*m_live, backupPath, m_dir->filePath(QStringLiteral("backups")));
    holder.kill();
    holder.waitForFinished();
    QVERIFY(!refused.restored);
    QVERIFY2(refused.error.contains(QStringLiteral("python3 (%1)").arg(pid)),
             qPrintable(refused.error));
}

void TestBackup::refusedBackupChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected"); // a word of the Database message
    QTest::newRow("damaged pages") << QStringLiteral("pages") << QStringLiteral("damaged");
    QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("another program")
            << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
}

void TestBackup::refusedBackupChangesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const QString backupPath = m_dir->filePath(QStringLiteral("bad.sqlite"));
    if (damage == QStringLiteral("foreign")) {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(backupPath);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other (x)"));
        db.close();
    } else {
        QVERIFY(writeBackup(m_live->connection(), backupPath).ok);
        QFile file(backupPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == QStringLiteral("pages")) {
            // Garbage over every b-tree page after the first few, header kept.
            const qint64 pageSize =
                    scalarInFile(backupPath, QStringLiteral("PRAGMA page_size")).toLongLong();
            for (qint64 offset = pageSize * 2; offset + 64 < file.size(); offset += pageSize) {
                file.seek(offset);
                file.write(QByteArray(64, '\x5a'));
            }
        } else if (damage == QStringLiteral("text")) {
            file.resize(0);
            file.write("Họ và tên,Xã\nNguyễn Văn A,Đức Phổ\n");
        } else if (damage == QStringLiteral("newer")) {
            file.close();
            QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(backupPath);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
            db.close();
        } else if (damage == QStringLiteral("empty")) {
            file.resize(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    const QByteArray backupBefore = fileHash(backupPath);
    // The live file settled (checkpointed) so that its bytes say everything.
    m_live->close();
    const QByteArray liveBefore = fileHash(m_livePath);
    QVERIFY(m_live->open(m_livePath).error == DatabaseError::None);

    const RestoreResult result =
            restoreBackup(*m_live, backupPath, m_dir->filePath(QStringLiteral("backups")));
    QVERIFY(!result.restored);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(backupPath), qPrintable(result.error));
    QVERIFY(result.safetyBackupPath.isEmpty());
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("backups"))).exists());
    QVERIFY(m_live->isOpen());
    m_live->close();
    QCOMPARE(fileHash(m_livePath), liveBefore);
    QCOMPARE(fileHash(backupPath), backupBefore);
    QVERIFY(!QFile::exists(m_livePath + QStringLiteral(".restoring")));
}

void TestBackup::rotationKeepsN()
{
    const QString folder = backupFolder(m_livePath);
    QCOMPARE(folder, QFileInfo(m_livePath).absoluteDir().filePath(QStringLiteral("backups")));
    const QDateTime start(QDate(2024, 3, 1), QTime(8, 0));
    // A manual backup in the same folder is never rotated away.
    QVERIFY(writeBackup(m_live->connection(),
                        QDir(folder).filePath(
                                backupFileName(m_livePath, start.addDays(-30), BackupKind::Manual)))
                    .ok);
    for (int i = 0; i < 14; ++i) {
        const BackupResult result =
                takeAutomaticBackup(*m_live, i % 2 ? BackupKind::Exit : BackupKind::Daily, 10,
                                    start.addSecs(3600 * 7 * i));
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    const QStringList kept = automaticBackups(folder, m_livePath);
    QCOMPARE(kept.size(), 10);
    // The newest ten: i = 13 … 4.
    QCOMPARE(QFileInfo(kept.constFirst()).fileName(),
             backupFileName(m_livePath, start.addSecs(3600 * 7 * 13), BackupKind::Exit));
    QCOMPARE(QFileInfo(kept.constLast()).fileName(),
             backupFileName(m_livePath, start.addSecs(3600 * 7 * 4), BackupKind::Daily));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 11);

    QCOMPARE(rotateBackups(folder, m_livePath, 3).size(), 7);
    QCOMPARE(automaticBackups(folder, m_livePath).size(), 3);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
}

void TestBackup::rotationBoundsTotalSize()
{
    const QString folder = backupFolder(m_livePath);
    const QDateTime start(QDate(2024, 3, 1), QTime(8, 0));
    QVERIFY(writeBackup(m_live->connection(),
                        QDir(folder).filePath(backupFileName(m_livePath, start.addDays(-30), BackupKind::Manual)))
                    .ok);
    for (int i = 0; i < 5; ++i)
        QVERIFY(takeAutomaticBackup(*m_live, BackupKind::Daily, 10, start.addDays(i)).ok);
    const QStringList all = automaticBackups(folder, m_livePath);
    QCOMPARE(all.size(), 5);
    const qint64 size = QFileInfo(all.constFirst()).size();
    QVERIFY(size > 0);
    // Room for two and a half copies: the three oldest go, the newest two stay.
    const QStringList removed = rotateBackups(folder, m_livePath, 10, size * 5 / 2);
    QCOMPARE(removed, all.mid(2));
    QCOMPARE(automaticBackups(folder, m_livePath), all.mid(0, 2));
    // A bound below one copy still keeps the newest; the manual backup is never removed.
    QCOMPARE(rotateBackups(folder, m_livePath, 10, 1).size(), 1);
    QCOMPARE(automaticBackups(folder, m_livePath), all.mid(0, 1));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

    // The automatic backup rotates by size too.
    const BackupResult result = takeAutomaticBackup(m_live->connection(), m_livePath, BackupKind::Exit, 10,
                                                    size * 3 / 2, start.addDays(10));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(automaticBackups(folder, m_livePath), QStringList{ result.path });
}

void TestBackup::dailyBackupOncePerDay()
{
    const QString folder = backupFolder(m_livePath);
    const QDate day(2024, 6, 3);
    QVERIFY(needsDailyBackup(folder, m_livePath, day));
    QVERIFY(takeAutomaticBackup(*m_live, BackupKind::Daily, 10, QDateTime(day, QTime(7, 59))).ok);
    QVERIFY(!needsDailyBackup(folder, m_livePath, day));
    QVERIFY(needsDailyBackup(folder, m_livePath, day.addDays(1)));
    // Another database in the same folder has its own backups.
    QVERIFY(needsDailyBackup(folder, m_dir->filePath(QStringLiteral("other.sqlite")), day));
}

void TestBackup::backupDuringWriteTransactionIsConsistent()
{
    const int teamsBefore =
            scalar(m_live->connection(), QStringLiteral("SELECT count(*) FROM team")).toInt();
    Database writer(QStringLiteral("writer"));
    QCOMPARE(writer.open(m_livePath).error, DatabaseError::None);
    QSqlDatabase writerDb = writer.connection();
    QVERIFY(writerDb.transaction());
    QSqlQuery write(writerDb);
    QVERIFY2(write.exec(QStringLiteral("DELETE FROM media_output")),
             qPrintable(write.lastError().text()));
    QVERIFY2(write.exec(QStringLiteral("UPDATE team SET name = name || ' (đang sửa)'")),
             qPrintable(write.lastError().text()));
    write.finish();

    // The write transaction is still open while the copy is taken.
    const QString target = m_dir->filePath(QStringLiteral("during.sqlite"));
    const BackupResult result = writeBackup(m_live->connection(), target);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(writerDb.commit());

    QCOMPARE(scalarInFile(target, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(scalarInFile(target, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(scalarInFile(target, QStringLiteral("SELECT count(*) FROM team")).toInt(),
             teamsBefore);
    QCOMPARE(scalarInFile(target,
                          QStringLiteral("SELECT count(*) FROM team WHERE name LIKE '%đang sửa%'"))
                     .toInt(),
             0);
    QVERIFY(scalarInFile(target, QStringLiteral("SELECT count(*) FROM media_output")).toInt() > 0);
    // The live database has the committed change.
    QCOMPARE(scalar(m_live->connection(), QStringLiteral("SELECT count(*) FROM media_output"))
                     .toInt(),
             0);
}

void TestBackup::networkFileSystems_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    QTest::newRow("nfs") << QByteArray("nfs") << true;
    QTest::newRow("nfs4") << QByteArray("nfs4") << true;
    QTest::newRow("cifs") << QByteArray("cifs") << true;
    QTest::newRow("smb3") << QByteArray("smb3") << true;
    QTest::newRow("smbfs") << QByteArray("smbfs") << true;
    QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << true;
    QTest::newRow("ext4") << QByteArray("ext4") << false;
    QTest::newRow("btrfs") << QByteArray("btrfs") << false;
    QTest::newRow("ntfs") << QByteArray("NTFS") << false;
    QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
    QTest::newRow("overlay") << QByteArray("overlay") << false;
}

void TestBackup::networkFileSystems()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(isNetworkFileSystemType(type), network);
}

void TestBackup::localFolderIsNotNetwork()
{
    QString type;
    QVERIFY(!isOnNetworkShare(m_livePath, &type));
    QVERIFY(!isOnNetworkShare(m_dir->filePath(QStringLiteral("not/yet/there.sqlite"))));
    QVERIFY(isUncPath(QStringLiteral("\\\\server\\share\\cds\\cdsdesk.sqlite")));
    QVERIFY(isUncPath(QStringLiteral("//server/share/cdsdesk.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("C:\\Users\\clerk\\cdsdesk.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("/home/clerk/cdsdesk.sqlite")));
    QVERIFY(isOnNetworkShare(QStringLiteral("\\\\server\\share\\cds\\cdsdesk.sqlite"), &type));
    QCOMPARE(type, QDir::toNativeSeparators(QStringLiteral("\\\\server\\share")));
    QVERIFY(networkShareWarning(QStringLiteral("/x.sqlite"), type).contains(type));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
