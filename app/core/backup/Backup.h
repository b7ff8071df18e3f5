#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cds {
class Database;
}

namespace cds::backup {

// Why an automatic backup is taken; part of its file name, so that rotation
// only ever removes automatic backups, never one the user asked for.
enum class BackupKind {
    Manual, // "Back up now", --backup: never removed by rotation
    Daily, // on the first start of a day
    Exit, // when the main window closes
    BeforeRestore // the safety copy taken before a restore: never removed by rotation
};

struct BackupResult
{
    bool ok = false;
    QString path; // the verified copy, absolute
    QString error; // translated (context cds::Backup) when !ok; no file is left behind then
};

// Writes a consistent copy of the open database db to target with SQLite's
// VACUUM INTO, which reads one snapshot of the last commit: other connections
// may write meanwhile, and an open write transaction is not part of the copy.
// The copy is then made self-contained (journal_mode=DELETE, no -wal file)
// and verified: it must pass PRAGMA integrity_check and carry the CDS Desk
// application_id. An existing target is refused, not overwritten.
BackupResult writeBackup(const QSqlDatabase &db, const QString &target);

// The folder for automatic backups: "backups" beside the database file.
QString backupFolder(const QString &databasePath);

// "<base>-yyyy-MM-dd_HHmmss[-daily|-exit|-before-restore].sqlite" for the database file's base
// name ("cdsdesk-2024-05-01_143000-daily.sqlite"), local time.
QString backupFileName(const QString &databasePath, const QDateTime &when, BackupKind kind);

// When the backup was taken: from its file name if it has our pattern, else
// the file's last modification time (local time).
QDateTime backupTime(const QString &backupPath);

// The automatic backups of databasePath in folder, newest first.
QStringList automaticBackups(const QString &folder, const QString &databasePath);

// One backup file of a database, as the restore picker lists it.
struct BackupFile
{
    QString path;    // absolute
    QDateTime taken; // from the file name (local time)
    BackupKind kind;
    qint64 bytes = 0;
};
// Every backup of databasePath in folder (automatic, manual and the safety
// copies before a restore: the files named by backupFileName() for this
// database's base name), newest first. Backups of other databases kept in the
// same folder are left out.
QList<BackupFile> backupsOf(const QString &folder, const QString &databasePath);

// Removes the oldest automatic backups of databasePath from folder so that at
// most keep remain (keep < 1 is read as 1) and, when maxTotalBytes > 0, so
// that together they take at most maxTotalBytes (the newest one always
// stays, however large). Manual backups are never removed, nor counted.
// Returns the files removed.
QStringList rotateBackups(const QString &folder, const QString &databasePath, int keep, qint64 maxTotalBytes = 0);

// True when folder holds no automatic backup of databasePath taken on day:
// the first start of a day then takes a daily backup.
bool needsDailyBackup(const QString &folder, const QString &databasePath, const QDate &day);

// Takes an automatic backup of the open database into backupFolder(), then
// rotates to keep. In-memory databases are skipped (ok, empty path).
BackupResult takeAutomaticBackup(const Database &database, BackupKind kind, int keep,
                                 const QDateTime &when = QDateTime::currentDateTime());
// The same through any connection db to the file at databasePath (a
// DatabaseWorker's, so that the window goes on meanwhile), rotating to keep
// and maxTotalBytes (0: no bound on the size).
BackupResult takeAutomaticBackup(const QSqlDatabase &db, const QString &databasePath, BackupKind kind, int keep,
                                 qint64 maxTotalBytes, const QDateTime &when = QDateTime::currentDateTime());

// The default number of automatic backups kept (setting "backup/keepCount").
constexpr int defaultKeepCount = 10;
// The default bound on the automatic backups' total size, in MB (setting
// "backup/maxTotalMB"): ten copies of a national database (170 MB each)
// would otherwise take 1,7 GB of a clerk's disk.
constexpr int defaultMaxTotalMegabytes = 1024;

struct CampaignInfo
{
    QString name;
    int year = 0;
};

// What a backup file holds, read before anything is replaced.
struct BackupContents
{
    bool ok = false;
    QString error; // the Database message when the file is refused (damaged, not CDS Desk, newer)
    QDateTime takenAt;
    int schemaVersion = 0;
    QList<CampaignInfo> campaigns; // by year, then name
    qint64 teams = 0;
    qint64 members = 0; // members of all campaigns' teams: listed, else declared (as the statistics count)
    qint64 trainings = 0; // training sessions
    qint64 events = 0;
    qint64 mediaOutputs = 0;
};

// Reads what backupPath holds. The file itself is never modified: it is
// checked through a temporary copy opened with cds::Database's rules (so an
// older schema is read as it will be restored, upgraded), whose message is
// returned for a refused file.
BackupContents inspectBackup(const QString &backupPath);

struct RestoreResult
{
    bool restored = false;
    QString error; // translated when !restored
    QString safetyBackupPath; // the copy of the database as it was before (empty if none was taken)
};

// Replaces the database open in live by the backup at backupPath, safely:
// 1. the backup is copied beside the live file and checked there with
//    cds::Database's rules and a full integrity check (a refused backup
//    changes nothing, and its message names backupPath);
// 2. live's connection takes an exclusive lock on the file and keeps it to the
//    end: another connection that has the file open (a second CDS Desk, any
//    SQLite program, even idle) refuses the restore, naming the program where
//    the platform can tell (Linux);
// 3. the live database is copied (writeBackup) into safetyFolder; then the
//    checked copy is renamed over the live file (an atomic replace on one file
//    system; the database is never half-written; it keeps the live file's
//    permissions, and its owner and group where the user may set them) and
//    live is closed;
// 4. live is reopened on the same path and checked with integrity_check.
// live is open again afterwards whatever happened, unless reopening failed.
RestoreResult restoreBackup(Database &live, const QString &backupPath, const QString &safetyFolder);

// True when path lies on a network file system (NFS, SMB/CIFS, SSHFS; on
// Windows a UNC path or a network drive), where SQLite's locking is
// unreliable and files get corrupted. fileSystemType (if given) receives what
// was found, e.g. "cifs" or "\\\\server\\share".
bool isOnNetworkShare(const QString &path, QString *fileSystemType = nullptr);
// The rule behind isOnNetworkShare for a file system type as QStorageInfo
// reports it on Linux and macOS ("nfs4", "cifs", "smb3", "fuse.sshfs", …).
bool isNetworkFileSystemType(const QByteArray &type);
// "\\server\share\…" or "//server/share/…".
bool isUncPath(const QString &path);

// The translated warning shown for a database on a network share.
QString networkShareWarning(const QString &databasePath, const QString &fileSystemType);

} // namespace cds::backup
