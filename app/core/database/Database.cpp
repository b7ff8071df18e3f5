#include "database/Database.h"

#include "database/SqliteErrors.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <map>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Database)
};

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

// Numbered migration scripts compiled into the resources: version -> path.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Splits an SQL script into statements at semicolons outside quotes and
// comments; a CREATE TRIGGER statement runs up to its END.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar ch = script.at(i);
        if (lineComment) {
            if (ch == u'\n')
                lineComment = false;
            continue;
        }
        if (!quote.isNull()) {
            current += ch;
            if (ch == quote)
                quote = QChar();
            continue;
        }
        if (ch == u'-' && i + 1 < script.size() && script.at(i + 1) == u'-') {
            lineComment = true;
            continue;
        }
        if (ch == u'\'' || ch == u'"') {
            quote = ch;
            current += ch;
            continue;
        }
        current += ch;
        if (ch == u';') {
            const QString trimmed = current.trimmed();
            const bool trigger = trimmed.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive);
            if (!trigger || trimmed.endsWith(QStringLiteral("END;"), Qt::CaseInsensitive)) {
                statements << trimmed;
                current.clear();
            }
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

Database::OpenResult failure(DatabaseError error, const QString &message)
{
    return {error, message, QString(), false};
}

} // namespace

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    close();
}

void Database::makeReadOnly(const QString &reason)
{
    if (!m_readOnlyReason.isEmpty() || !isOpen())
        return;
    m_readOnlyReason = reason;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA query_only = ON"));
}

bool Database::checkFileReplaced()
{
    if (!isOpen() || m_path == QStringLiteral(":memory:") || !m_identity.valid)
        return false;
    if (fileIdentity(m_path) == m_identity)
        return false;
    makeReadOnly(Text::tr("The database file “%1” was replaced or removed by another program "
                          "(for example a restore from a backup in another CDS Desk). Nothing more "
                          "is written to it from this window, so that no change is lost in a file "
                          "nobody sees. Open the database again to go on working with the file as it is now.")
                         .arg(QDir::toNativeSeparators(m_path)));
    return true;
}

void Database::close()
{
    m_identity = {};
    m_readOnlyReason.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::currentSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString Database::connectOptions(bool readOnly)
{
    return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

bool Database::configureConnection(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QString Database::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.cdsdesk");
    return QDir(folder).filePath(QStringLiteral("cdsdesk.sqlite"));
}

Database::OpenResult Database::open(const QString &path)
{
    close();
    m_path = path;
    const bool memory = path == QStringLiteral(":memory:");
    bool fresh = memory;

    if (!memory) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return failure(DatabaseError::CannotOpen, Text::tr("“%1” is a folder, not a database file.").arg(path));
        if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
            // SQLite writes its journal beside the file: without write access the
            // opening checks would fail and make a sound file look damaged.
            return failure(DatabaseError::CannotOpen,
                           Text::tr("“%1” or its folder is read-only. CDS Desk writes its journal beside the "
                                    "database: copy the file to a folder you can write to. The file was left unchanged.")
                               .arg(path));
        }
        if (info.exists() && info.size() == 0) {
            // A new database is created only where no file exists: an empty
            // file may be one whose contents were lost, or another program's.
            return failure(DatabaseError::NotADatabase,
                           Text::tr("“%1” is an empty file (0 bytes), not a CDS Desk database. A new "
                                    "database is created only under a name where no file exists yet: "
                                    "choose a new file name, or delete the empty file if you do not "
                                    "need it. The file was left unchanged.")
                                   .arg(path));
        }
        if (info.exists()) {
            if (!hasSqliteHeader(path)) {
                return failure(DatabaseError::NotADatabase,
                               Text::tr("“%1” is not a CDS Desk database (it is not an SQLite file). "
                                  "The file was left unchanged.").arg(path));
            }
        } else {
            fresh = true;
            if (!QDir().mkpath(info.absolutePath()))
                return failure(DatabaseError::CannotOpen, Text::tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
        }
    }

    // Checks run in their own scope so that no query outlives the connection
    // when a refused file makes us close it.
    const int current = currentSchemaVersion();
    bool emptyDatabase = false;
    const bool existing = !memory && !fresh;
    // inspectOnly: the checks that read, on a read-only connection, before
    // anything may write to the file (see below).
    const auto check = [&](const QSqlDatabase &db, bool inspectOnly) -> OpenResult {
        QSqlQuery query(db);

        // The connection's settings, all in one place.
        if (QString reason; !configureConnection(db, &reason)) {
            return failure(DatabaseError::NotADatabase,
                           Text::tr("“%1” cannot be read as a database: %2. The file was left unchanged.")
                               .arg(path, reason));
        }

        int applicationIdInFile = 0;
        int versionInFile = 0;
        int objectCount = 0;
        const auto inUse = [&] {
            return failure(DatabaseError::InUse,
                           sqliteerrors::busyMessage(path) + u' ' + Text::tr("The file was left unchanged."));
        };
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            if (sqliteerrors::isBusy(query.lastError()))
                return inUse();
            const QString reason = query.lastError().text();
            return failure(DatabaseError::NotADatabase,
                           Text::tr("“%1” is damaged or not a database: %2. The file was left unchanged.").arg(path, reason));
        }
        applicationIdInFile = query.value(0).toInt();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            if (sqliteerrors::isBusy(query.lastError()))
                return inUse();
            const QString reason = query.lastError().text();
            return failure(DatabaseError::NotADatabase,
                           Text::tr("“%1” is damaged or not a database: %2. The file was left unchanged.").arg(path, reason));
        }
        versionInFile = query.value(0).toInt();
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            if (sqliteerrors::isBusy(query.lastError()))
                return inUse();
            const QString reason = query.lastError().text();
            return failure(DatabaseError::Damaged,
                           Text::tr("“%1” is damaged: %2. The file was left unchanged.").arg(path, reason));
        }
        objectCount = query.value(0).toInt();
        query.finish();

        emptyDatabase = objectCount == 0 && versionInFile == 0;
        if (!emptyDatabase && applicationIdInFile != applicationId) {
            return failure(DatabaseError::NotCdsDesk,
                           Text::tr("“%1” is an SQLite database of another program, not a CDS Desk database. "
                              "The file was left unchanged.").arg(path));
        }
        if (versionInFile > current) {
            return failure(DatabaseError::NewerSchema,
                           Text::tr("“%1” was written by a newer version of CDS Desk (database version %2; this version "
                              "reads up to %3). Please update CDS Desk. The file was left unchanged.")
                               .arg(path)
                               .arg(versionInFile)
                               .arg(current));
        }
        const bool deferred = m_deferIntegrityCheck && versionInFile == current;
        if (!emptyDatabase && !deferred && (inspectOnly || !existing)) {
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
                || query.value(0).toString() != QStringLiteral("ok")) {
                const QString reason = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
                return failure(DatabaseError::Damaged,
                               Text::tr("“%1” is damaged (integrity check: %2). The file was left unchanged; "
                                  "restore it from a backup.").arg(path, reason));
            }
            query.finish();
        }
        if (inspectOnly)
            return {};

        if (!memory) {
            // WAL lets the dashboard read while a form writes; NORMAL sync is safe with WAL.
            if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
                const QString reason = query.lastError().text();
                return failure(DatabaseError::CannotOpen, Text::tr("Cannot configure “%1”: %2").arg(path, reason));
            }
            query.finish();
        }

        if (versionInFile > 0 && versionInFile < current && !memory) {
            // A copy of the file before an upgrade, so a failed or unwanted upgrade costs nothing.
            const QString backup = path + QStringLiteral(".before-v%1.bak").arg(current);
            QSqlQuery vacuum(db);
            QFile::remove(backup);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(backup);
            if (!vacuum.exec()) {
                const QString reason = vacuum.lastError().text();
                return failure(DatabaseError::MigrationFailed,
                               Text::tr("Cannot back up “%1” before upgrading it: %2. The file was left unchanged.").arg(path, reason));
            }
        }
        return {};
    };
    // An existing file is first checked on a read-only connection: a refused
    // file is then truly left as it was. A read-write connection would merge
    // a -wal left by a session that did not close (a crash, a power cut) into
    // the file when it closes, and delete it.
    const bool staleWal = existing && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (existing) {
        const QString checkName = m_connectionName + QStringLiteral("-check");
        OpenResult refused;
        {
            QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
            readOnly.setDatabaseName(path);
            readOnly.setConnectOptions(connectOptions(true));
            if (!readOnly.open())
                refused = failure(DatabaseError::CannotOpen,
                                  Text::tr("Cannot open “%1”: %2").arg(path, readOnly.lastError().text()));
            else
                refused = check(readOnly, true);
            readOnly.close();
        }
        QSqlDatabase::removeDatabase(checkName);
        if (refused.error != DatabaseError::None) {
            if (staleWal)
                refused.message += u' '
                        + Text::tr("Its “-wal” file beside it holds changes not yet written into "
                                   "the file (of a session that did not close properly, or of a "
                                   "program that has it open); it was left unchanged too: keep it "
                                   "with the database file when you copy or move it.");
            return refused;
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions());
        if (!db.open()) {
            const QString reason = db.lastError().text();
            close();
            return failure(DatabaseError::CannotOpen, Text::tr("Cannot open “%1”: %2").arg(path, reason));
        }
    }
    if (OpenResult refused = check(connection(), false); refused.error != DatabaseError::None) {
        close();
        if (staleWal)
            refused.message += u' '
                    + Text::tr("The changes of a session that did not close properly (its “-wal” "
                               "file) were merged into the file while it was opened.");
        return refused;
    }

    const int versionBefore = schemaVersion();
    OpenResult result = migrateTo(current);
    if (result.error != DatabaseError::None) {
        close();
        // The upgrade was rolled back, so the copy taken before it is the file
        // as it still is: it goes, as the message says nothing changed.
        if (versionBefore > 0 && versionBefore < current)
            QFile::remove(path + QStringLiteral(".before-v%1.bak").arg(current));
        return result;
    }
    if (versionBefore > 0 && versionBefore < 3) {
        // Records written before version 3 have no search and sort keys yet.
        QString keyError;
        if (keys::fillMissing(connection(), &keyError) < 0) {
            close();
            return failure(DatabaseError::MigrationFailed,
                           Text::tr("Upgrading the database to version %1 failed: %2. Nothing was changed.")
                                   .arg(3)
                                   .arg(keyError));
        }
    }
    result.created = fresh || emptyDatabase;
    // The -wal was a crashed session's only if no other connection has the
    // file open now (a second window's -wal is simply in use): this one then
    // gets an exclusive lock, let go at once.
    bool alone = false;
    if (staleWal) {
        QSqlQuery probe(connection());
        probe.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        probe.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        alone = probe.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        probe.exec(QStringLiteral("ROLLBACK"));
        probe.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
        probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")); // lets the lock go
        probe.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    }
    if (alone)
        result.notice = Text::tr("CDS Desk was not closed properly the last time “%1” was open: the "
                                 "changes saved then (kept in its “-wal” file) were recovered into "
                                 "the database.")
                                .arg(QDir::toNativeSeparators(path));
    if (!memory)
        m_identity = fileIdentity(path);
    return result;
}

namespace {

// Foreign keys are off while a migration runs (they cannot be switched inside
// a transaction), as SQLite's procedure for rebuilding a table requires
// (https://sqlite.org/lang_altertable.html#otheralter): a migration may then
// create a table's new form, copy the rows, drop the old one and rename the
// new one (0007_unit_periods.sql). foreign_key_check runs before each
// commit, so no migration can leave a dangling reference. The connection's
// setting is restored when the runner returns.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        m_wasOn = query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() && query.value(0).toInt() == 1;
        query.finish();
        if (m_wasOn)
            query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
    bool m_wasOn = false;
};

// The first dangling reference foreign_key_check finds ("team row 4 refers
// to a missing admin_unit"), or an empty string.
QString danglingReference(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = query.lastError().text();
        return {};
    }
    if (!query.next())
        return {};
    return Text::tr("%1 row %2 refers to a missing %3")
            .arg(query.value(0).toString())
            .arg(query.value(1).toLongLong())
            .arg(query.value(2).toString());
}

} // namespace

Database::OpenResult Database::migrateTo(int targetVersion)
{
    QSqlDatabase db = connection();
    const int from = schemaVersion();
    const ForeignKeysOff foreignKeysOff(db);
    for (const auto &[version, file] : migrationFiles()) {
        if (version <= from || version > targetVersion)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return failure(DatabaseError::MigrationFailed, Text::tr("Missing migration %1.").arg(file));
        const QString sql = QString::fromUtf8(script.readAll());
        if (!db.transaction())
            return failure(DatabaseError::MigrationFailed, Text::tr("Cannot start the upgrade: %1").arg(db.lastError().text()));
        QSqlQuery query(db);
        QStringList statements = splitStatements(sql);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version)
                   << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return failure(DatabaseError::MigrationFailed,
                               Text::tr("Upgrading the database to version %1 failed: %2. Nothing was changed.")
                                   .arg(version)
                                   .arg(reason));
            }
        }
        QString checkError;
        const QString dangling = danglingReference(db, &checkError);
        if (!dangling.isEmpty() || !checkError.isEmpty()) {
            db.rollback();
            return failure(DatabaseError::MigrationFailed,
                           Text::tr("Upgrading the database to version %1 failed: %2. Nothing was changed.")
                                   .arg(version)
                                   .arg(dangling.isEmpty() ? checkError : dangling));
        }
        // The change-log triggers follow the schema this step left (ChangeLog.h).
        QString triggerError;
        if (hasTable(db, QStringLiteral("change_context")) && !changelog::installTriggers(db, &triggerError)) {
            db.rollback();
            return failure(DatabaseError::MigrationFailed,
                           Text::tr("Upgrading the database to version %1 failed: %2. Nothing was changed.")
                                   .arg(version)
                                   .arg(triggerError));
        }
        if (!db.commit()) {
            const QString reason = db.lastError().text();
            db.rollback();
            return failure(DatabaseError::MigrationFailed,
                           Text::tr("Upgrading the database to version %1 failed: %2. Nothing was changed.").arg(version).arg(reason));
        }
    }
    return {};
}

} // namespace cds
