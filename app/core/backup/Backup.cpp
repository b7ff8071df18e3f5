#include "backup/Backup.h"

#include "statistics/CampaignStatistics.h"

#include "database/Database.h"
#include "database/FileIdentity.h"
#include "database/SqliteErrors.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#  ifndef NOMINMAX
#    define NOMINMAX
#  endif
#  include <windows.h>
#else
#  include <sys/stat.h>
#  include <unistd.h>
#endif

namespace cds::backup {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Backup)
};

const QString timestampFormat = QStringLiteral("yyyy-MM-dd_HHmmss");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString uniqueConnectionName(const char *purpose)
{
    static QAtomicInt counter;
    return QStringLiteral("cds-backup-%1-%2")
            .arg(QString::fromLatin1(purpose))
            .arg(counter.fetchAndAddRelaxed(1));
}

QString kindSuffix(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Manual:
        return QString();
    case BackupKind::Daily:
        return QStringLiteral("-daily");
    case BackupKind::Exit:
        return QStringLiteral("-exit");
    case BackupKind::BeforeRestore:
        return QStringLiteral("-before-restore");
    }
    return QString();
}

// "<base>-<timestamp><suffix>.sqlite"; captures the timestamp and the suffix.
QRegularExpression backupNamePattern(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    return QRegularExpression(
            QStringLiteral(
                    "^%1-(\\d{4}-\\d{2}-\\d{2}_\\d{6})(-daily|-exit|-before-restore)?\\.sqlite$")
                    .arg(QRegularExpression::escape(base)));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Opens path on a private connection, makes it self-contained (rollback
// journal, so no -wal file travels with it) and checks it in full. Returns an
// empty string when it is a sound CDS Desk file, else the reason.
QString checkCopy(const QString &path)
{
    const QString name = uniqueConnectionName("check");
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            reason = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.next()
                || query.value(0).toString().compare(QStringLiteral("delete"), Qt::CaseInsensitive)
                        != 0) {
                reason = query.lastError().text();
            } else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
                reason = query.lastError().text();
            } else if (const QString result = query.value(0).toString();
                       result != QStringLiteral("ok")) {
                reason = Text::tr("integrity check: %1").arg(result);
            } else if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
                       || query.value(0).toInt() != Database::applicationId) {
                reason = Text::tr("the copy is not a CDS Desk database");
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reason;
}

// Runs PRAGMA integrity_check on an open connection; empty when "ok".
QString integrityProblem(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    const QString result = query.value(0).toString();
    return result == QStringLiteral("ok") ? QString() : result;
}

// Copies backupPath to workingPath and opens the copy with cds::Database's
// rules, then checks it in full and folds its WAL back into the file. The
// copy is closed afterwards. Returns the reason for refusing, naming
// backupPath, or an empty string.
QString prepareCheckedCopy(const QString &backupPath, const QString &workingPath,
                           BackupContents *contents)
{
    const QFileInfo info(backupPath);
    if (!info.isFile())
        return Text::tr("“%1” does not exist or is not a file.").arg(backupPath);
    if (info.size() == 0)
        return Text::tr("“%1” is empty, not a CDS Desk backup.").arg(backupPath);
    removeDatabaseFiles(workingPath);
    if (!QFile::copy(backupPath, workingPath))
        return Text::tr("Cannot copy “%1” to “%2”.").arg(backupPath, workingPath);
    // Database::open upgrades an older file and sets WAL mode: on the copy, so
    // the backup itself stays as it was.
    QFile::setPermissions(workingPath, QFile::ReadOwner | QFile::WriteOwner);

    QString reason;
    {
        Database database(uniqueConnectionName("restore"));
        const Database::OpenResult opened = database.open(workingPath);
        if (opened.error != DatabaseError::None) {
            // Its message names the working copy; the user chose backupPath.
            reason = QString(opened.message).replace(workingPath, backupPath);
        } else if (opened.created) {
            reason = Text::tr("“%1” is empty, not a CDS Desk backup.").arg(backupPath);
        } else if (const QString problem = integrityProblem(database.connection());
                   !problem.isEmpty()) {
            reason = Text::tr("“%1” is damaged (integrity check: %2).").arg(backupPath, problem);
        } else if (contents) {
            QSqlQuery query(database.connection());
            contents->schemaVersion = database.schemaVersion();
            if (!query.exec(
                        QStringLiteral("SELECT name, year FROM campaign ORDER BY year, name"))) {
                reason = query.lastError().text();
            } else {
                while (query.next())
                    contents->campaigns.append(
                            { query.value(0).toString(), query.value(1).toInt() });
            }
            if (reason.isEmpty()
                && (!query.exec(QStringLiteral(
                            "SELECT (SELECT count(*) FROM team), (SELECT count(*) FROM member), "
                            "(SELECT count(*) FROM training_session), (SELECT count(*) FROM "
                            "event), "
                            "(SELECT count(*) FROM media_output)"))
                    || !query.next())) {
                reason = query.lastError().text();
            } else if (reason.isEmpty()) {
                contents->teams = query.value(0).toLongLong();
                // Members by the statistics' rule (listed, else declared per
                // team), so the preview agrees with the dashboard.
                const QSqlDatabase connection = database.connection();
                QSqlQuery campaigns(connection);
                qint64 members = 0;
                if (campaigns.exec(QStringLiteral("SELECT id FROM campaign"))) {
                    while (campaigns.next()) {
                        CampaignStatistics statistics;
                        if (computeCampaignStatistics(connection, campaigns.value(0).toInt(), &statistics, nullptr))
                            members += statistics.totalMembers;
                    }
                }
                contents->members = members;
                contents->trainings = query.value(2).toLongLong();
                contents->events = query.value(3).toLongLong();
                contents->mediaOutputs = query.value(4).toLongLong();
            }
            query.finish();
        }
        if (reason.isEmpty()) {
            QSqlQuery query(database.connection());
            if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                reason = query.lastError().text();
        }
        database.close();
    }
    QFile::remove(workingPath
                  + QStringLiteral(".before-v%1.bak").arg(Database::currentSchemaVersion()));
    if (!reason.isEmpty())
        removeDatabaseFiles(workingPath);
    return reason;
}

// Takes an exclusive lock on db's file and keeps it until the connection
// closes (locking_mode EXCLUSIVE: an exclusive transaction's lock is kept
// after it ends). Returns an empty string when locked; else who holds the file
// ("name (pid), …" where the platform can tell, "?" otherwise), the lock
// being let go again.
QString lockExclusively(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    const bool locked =
            query.exec(QStringLiteral("BEGIN EXCLUSIVE")) && query.exec(QStringLiteral("COMMIT"));
    if (locked)
        return QString();
    query.exec(QStringLiteral("ROLLBACK"));
    query.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
    query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    const QStringList users = processesUsingFile(db.databaseName());
    return users.isEmpty() ? QStringLiteral("?") : users.join(QStringLiteral(", "));
}

// Gives target the permissions of source, and its owner and group where the
// user may (POSIX; on Windows the file inherits its folder's ACL).
void keepModeAndOwner(const QString &source, const QString &target)
{
    QFile::setPermissions(target, QFile::permissions(source));
#ifndef Q_OS_WIN
    struct stat status;
    if (::stat(QFile::encodeName(source).constData(), &status) == 0) {
        // Either may be refused for an ordinary user: the mode above stays.
        if (::chown(QFile::encodeName(target).constData(), status.st_uid, status.st_gid) != 0)
            (void)::chown(QFile::encodeName(target).constData(), uid_t(-1), status.st_gid);
        ::chmod(QFile::encodeName(target).constData(), status.st_mode & 07777);
    }
#endif
}

} // namespace

BackupResult writeBackup(const QSqlDatabase &db, const QString &target)
{
    BackupResult result;
    const QFileInfo info(target);
    result.path = info.absoluteFilePath();
    if (info.exists()) {
        result.error = Text::tr("The file “%1” already exists; a backup never overwrites a file.")
                               .arg(nativePath(result.path));
        return result;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = Text::tr("Cannot create the folder “%1”: a folder above it is read-only, or "
                                "you may not write there. Choose another folder for the backup.")
                               .arg(nativePath(info.absolutePath()));
        return result;
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        result.error = Text::tr("The backup was not written: the folder “%1” is read-only. Choose "
                                "another folder, or ask whoever manages this computer for write "
                                "access.")
                               .arg(nativePath(info.absolutePath()));
        return result;
    }
    {
        // The copy is about as large as the database's pages in use.
        QSqlQuery size(db);
        const QStorageInfo storage(info.absolutePath());
        if (size.exec(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count()) - "
                                     "(SELECT freelist_count FROM pragma_freelist_count()), "
                                     "(SELECT page_size FROM pragma_page_size())"))
            && size.next() && storage.isValid()) {
            const qint64 needed = size.value(0).toLongLong() * size.value(1).toLongLong();
            if (storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed) {
                result.error = Text::tr("The backup was not written: the disk holding “%1” has "
                                        "%2 MB free and the backup needs about %3 MB. Free some "
                                        "space there or choose another drive.")
                                       .arg(nativePath(info.absolutePath()))
                                       .arg(storage.bytesAvailable() / (1024 * 1024))
                                       .arg((needed + 1024 * 1024 - 1) / (1024 * 1024));
                return result;
            }
        }
    }
    {
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(result.path);
        if (!vacuum.exec()) {
            result.error = Text::tr("The backup to “%1” failed: %2")
                                   .arg(nativePath(result.path),
                                        sqliteerrors::explain(vacuum.lastError(), result.path));
            removeDatabaseFiles(result.path);
            return result;
        }
    }
    if (const QString reason = checkCopy(result.path); !reason.isEmpty()) {
        result.error = Text::tr("The backup “%1” failed its check (%2) and was removed.")
                               .arg(nativePath(result.path), reason);
        removeDatabaseFiles(result.path);
        return result;
    }
    result.ok = true;
    return result;
}

QString backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString backupFileName(const QString &databasePath, const QDateTime &when, BackupKind kind)
{
    return QFileInfo(databasePath).completeBaseName() + u'-' + when.toString(timestampFormat)
            + kindSuffix(kind) + QStringLiteral(".sqlite");
}

QDateTime backupTime(const QString &backupPath)
{
    static const QRegularExpression stamp(QStringLiteral("(\\d{4}-\\d{2}-\\d{2}_\\d{6})"));
    const QFileInfo info(backupPath);
    const auto match = stamp.match(info.fileName());
    if (match.hasMatch()) {
        const QDateTime time = QDateTime::fromString(match.captured(1), timestampFormat);
        if (time.isValid())
            return time;
    }
    return info.lastModified();
}

QStringList automaticBackups(const QString &folder, const QString &databasePath)
{
    const QRegularExpression pattern = backupNamePattern(databasePath);
    QStringList backups;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        const auto match = pattern.match(name);
        if (match.hasMatch()
            && (match.captured(2) == QStringLiteral("-daily")
                || match.captured(2) == QStringLiteral("-exit")))
            backups << dir.filePath(name);
    }
    return backups;
}

QList<BackupFile> backupsOf(const QString &folder, const QString &databasePath)
{
    const QRegularExpression pattern = backupNamePattern(databasePath);
    QList<BackupFile> backups;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        BackupFile file;
        file.path = dir.absoluteFilePath(name);
        file.taken = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd_HHmmss"));
        const QString kind = match.captured(2);
        file.kind = kind == QStringLiteral("-daily")            ? BackupKind::Daily
                : kind == QStringLiteral("-exit")             ? BackupKind::Exit
                : kind == QStringLiteral("-before-restore")   ? BackupKind::BeforeRestore
                                                              : BackupKind::Manual;
        file.bytes = QFileInfo(file.path).size();
        backups.append(file);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return backups;
}

QStringList rotateBackups(const QString &folder, const QString &databasePath, int keep, qint64 maxTotalBytes)
{
    const QStringList backups = automaticBackups(folder, databasePath);
    QStringList removed;
    qint64 total = 0;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        // Newest first: a backup goes when it is past the count, or when it
        // would bring the total past the bound (never the newest).
        const qint64 size = QFileInfo(backups[i]).size();
        const bool overCount = i >= std::max(keep, 1);
        const bool overSize = maxTotalBytes > 0 && i > 0 && total + size > maxTotalBytes;
        if (overCount || overSize) {
            if (QFile::remove(backups[i]))
                removed << backups[i];
            continue;
        }
        total += size;
    }
    return removed;
}

bool needsDailyBackup(const QString &folder, const QString &databasePath, const QDate &day)
{
    const QString prefix = QFileInfo(databasePath).completeBaseName() + u'-'
            + day.toString(QStringLiteral("yyyy-MM-dd")) + u'_';
    const QStringList backups = automaticBackups(folder, databasePath);
    return std::none_of(backups.cbegin(), backups.cend(), [&prefix](const QString &path) {
        return QFileInfo(path).fileName().startsWith(prefix);
    });
}

BackupResult takeAutomaticBackup(const Database &database, BackupKind kind, int keep,
                                 const QDateTime &when)
{
    return takeAutomaticBackup(database.connection(), database.path(), kind, keep, 0, when);
}

BackupResult takeAutomaticBackup(const QSqlDatabase &db, const QString &databasePath, BackupKind kind, int keep,
                                 qint64 maxTotalBytes, const QDateTime &when)
{
    if (databasePath.isEmpty() || databasePath == QStringLiteral(":memory:"))
        return { true, QString(), QString() };
    const QString folder = backupFolder(databasePath);
    const BackupResult result =
            writeBackup(db, QDir(folder).filePath(backupFileName(databasePath, when, kind)));
    if (result.ok)
        rotateBackups(folder, databasePath, keep, maxTotalBytes);
    return result;
}

BackupContents inspectBackup(const QString &backupPath)
{
    BackupContents contents;
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        contents.error =
                Text::tr("Cannot create a temporary folder: %1").arg(temporary.errorString());
        return contents;
    }
    contents.error = prepareCheckedCopy(
            backupPath, temporary.filePath(QStringLiteral("inspect.sqlite")), &contents);
    if (!contents.error.isEmpty()) {
        contents.campaigns.clear();
        return contents;
    }
    contents.takenAt = backupTime(backupPath);
    contents.ok = true;
    return contents;
}

RestoreResult restoreBackup(Database &live, const QString &backupPath, const QString &safetyFolder)
{
    RestoreResult result;
    const QString livePath = QFileInfo(live.path()).absoluteFilePath();
    if (!live.isOpen() || live.path() == QStringLiteral(":memory:")) {
        result.error = Text::tr("No database file is open to restore into.");
        return result;
    }
    if (QFileInfo(backupPath).absoluteFilePath() == livePath) {
        result.error = Text::tr("“%1” is the open database itself, not a backup.")
                               .arg(nativePath(backupPath));
        return result;
    }

    // 1. The checked copy, beside the live file so that the rename stays on one file system.
    const QString workingPath = livePath + QStringLiteral(".restoring");
    if (const QString reason = prepareCheckedCopy(backupPath, workingPath, nullptr);
        !reason.isEmpty()) {
        result.error = reason;
        return result;
    }

    // 2. From here to the end the live file is locked for this connection
    // alone: another connection (a second CDS Desk, any SQLite program) that
    // has it open refuses the restore, because it would go on writing into the
    // replaced file and its changes would be lost.
    if (const QString holder = lockExclusively(live.connection()); !holder.isEmpty()) {
        removeDatabaseFiles(workingPath);
        live.open(livePath);
        result.error = holder == QStringLiteral("?")
                ? Text::tr("Nothing was restored: “%1” is open in another program or another "
                           "CDS Desk window, which would go on writing into the replaced file. "
                           "Close it there and try again.")
                          .arg(nativePath(livePath))
                : Text::tr("Nothing was restored: “%1” is open in another program (%2), which "
                           "would go on writing into the replaced file. Close it there and try "
                           "again.")
                          .arg(nativePath(livePath), holder);
        return result;
    }

    // 3. The safety copy of the database as it is now.
    // Two restores within one second: the second safety copy gets "-2".
    const QString safetyName =
            backupFileName(livePath, QDateTime::currentDateTime(), BackupKind::BeforeRestore);
    QString safetyPath = QDir(safetyFolder).filePath(safetyName);
    for (int n = 2; QFileInfo::exists(safetyPath); ++n)
        safetyPath = QDir(safetyFolder)
                             .filePath(QFileInfo(safetyName).completeBaseName()
                                       + QStringLiteral("-%1.sqlite").arg(n));
    const BackupResult safety = writeBackup(live.connection(), safetyPath);
    if (!safety.ok) {
        removeDatabaseFiles(workingPath);
        live.open(livePath); // lets the lock go
        result.error =
                Text::tr("Nothing was restored: the safety copy of the current database failed. %1")
                        .arg(safety.error);
        return result;
    }
    result.safetyBackupPath = safety.path;

    // The restored file keeps the live file's permissions (and owner and
    // group where this user may set them).
    keepModeAndOwner(livePath, workingPath);

    // Replaced while the lock is held: nobody can open the old file between
    // the check and the replacement.
    std::error_code renameError;
    std::filesystem::rename(fsPath(workingPath), fsPath(livePath), renameError);
    if (renameError) {
        removeDatabaseFiles(workingPath);
        live.open(livePath);
        result.error =
                Text::tr("Nothing was restored: cannot replace “%1”: %2")
                        .arg(nativePath(livePath), QString::fromLocal8Bit(renameError.message()));
        return result;
    }
    // Closing checkpoints the old file's -wal into the old (now replaced)
    // file and removes it; its pages must never be applied to the restored file.
    live.close();
    if (QFileInfo(livePath + QStringLiteral("-wal")).size() > 0)
        QFile::rename(livePath + QStringLiteral("-wal"),
                      safety.path + QStringLiteral(".old-wal"));
    QFile::remove(livePath + QStringLiteral("-wal"));
    QFile::remove(livePath + QStringLiteral("-shm"));

    // 4. Reopen and check.
    const Database::OpenResult reopened = live.open(livePath);
    if (reopened.error != DatabaseError::None) {
        result.error = Text::tr("The restored database cannot be opened: %1 The database as it was "
                                "before is in “%2”.")
                               .arg(reopened.message, nativePath(result.safetyBackupPath));
        return result;
    }
    if (const QString problem = integrityProblem(live.connection()); !problem.isEmpty()) {
        result.error =
                Text::tr("The restored database fails its integrity check (%1). The database "
                         "as it was before is in “%2”.")
                        .arg(problem, nativePath(result.safetyBackupPath));
        return result;
    }
    result.restored = true;
    return result;
}

bool isNetworkFileSystemType(const QByteArray &type)
{
    const QByteArray lower = type.toLower();
    static const char *const prefixes[] = { "nfs", "cifs",  "smb",   "fuse.sshfs", "sshfs",
                                            "afs", "ncpfs", "davfs", "fuse.davfs", "webdav" };
    for (const char *prefix : prefixes) {
        if (lower.startsWith(prefix))
            return true;
    }
    return false;
}

bool isUncPath(const QString &path)
{
    static const QRegularExpression unc(QStringLiteral("^(\\\\\\\\|//)[^\\\\/]+[\\\\/][^\\\\/]+"));
    return unc.match(path).hasMatch();
}

bool isOnNetworkShare(const QString &path, QString *fileSystemType)
{
    if (isUncPath(path)) {
        if (fileSystemType)
            *fileSystemType =
                    nativePath(path.section(QRegularExpression(QStringLiteral("[\\\\/]")), 0, 3));
        return true;
    }
    // The file may not exist yet: look at the nearest folder that does.
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    QDir dir = info.absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp())
            break;
    }
#ifdef Q_OS_WIN
    const QString absolute = nativePath(dir.absolutePath());
    if (absolute.size() >= 2 && absolute.at(1) == u':') {
        const std::wstring root = absolute.left(2).toStdWString() + L"\\";
        if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE) {
            if (fileSystemType)
                *fileSystemType = absolute.left(2);
            return true;
        }
    }
#endif
    const QStorageInfo storage(dir.absolutePath());
    if (storage.isValid() && isNetworkFileSystemType(storage.fileSystemType())) {
        if (fileSystemType)
            *fileSystemType = QString::fromLatin1(storage.fileSystemType());
        return true;
    }
    return false;
}

QString networkShareWarning(const QString &databasePath, const QString &fileSystemType)
{
    return Text::tr("The database “%1” is on a network share (%2). SQLite databases are damaged "
                    "by network file systems when their locking fails. Keep the database on this "
                    "computer's own disk and share backups instead.")
            .arg(nativePath(databasePath), fileSystemType);
}

} // namespace cds::backup
