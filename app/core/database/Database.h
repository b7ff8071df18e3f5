#pragma once

#include "database/FileIdentity.h"

#include <QSqlDatabase>
#include <QString>

namespace cds {

// Why a database file was refused. The file is never modified in these cases.
enum class DatabaseError {
    None,
    CannotOpen,     // the file or its folder cannot be read or created
    NotCdsDesk,     // a valid SQLite file that belongs to another program
    NotADatabase,   // not an SQLite file at all, or damaged beyond opening
    Damaged,        // an SQLite file whose integrity check fails
    NewerSchema,    // written by a newer CDS Desk (schema version above ours)
    MigrationFailed, // an upgrade step failed; the transaction was rolled back
    InUse           // another connection holds a lock on the file (writing, restoring)
};

// One open CDS Desk database: an SQLite file under a named Qt SQL connection.
// Opening sets foreign_keys=ON and a busy timeout on the connection, checks
// that the file is a CDS Desk database, and migrates it to the current schema
// with the numbered files in resources/migrations (one transaction per step).
// A file that is refused is left byte-for-byte as it was.
class Database
{
public:
    struct OpenResult
    {
        DatabaseError error = DatabaseError::None;
        QString message; // Vietnamese message for the user when error != None
        // For the user when the file was opened but something happened on the
        // way (the changes of a session that did not close were recovered).
        QString notice;
        bool created = false; // the file did not exist (or was an empty SQLite database) and was initialised
    };

    explicit Database(QString connectionName = QStringLiteral("cds"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // With true, open() leaves out the quick_check of a file already at the
    // current schema (seconds at national size): the caller runs the full
    // check in the background instead (integrity::fullCheckProblem) and makes
    // the database read-only when it fails. A file about to be upgraded is
    // always checked first.
    void setDeferIntegrityCheck(bool defer) { m_deferIntegrityCheck = defer; }

    // Opens (and if missing creates) path. ":memory:" opens a private in-memory
    // database. An existing empty (0-byte) file is refused like any file that
    // is not a CDS Desk database: a new database is created only where no file exists.
    OpenResult open(const QString &path);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }

    // The schema version this build writes (the highest migration number).
    static int currentSchemaVersion();
    // The version stored in the open file (PRAGMA user_version).
    int schemaVersion() const;

    // The settings of every connection to a CDS Desk file, in one place:
    // connectOptions() before open() (busy timeout; read-only when asked),
    // configureConnection() after it (foreign_keys=ON). The journal mode (WAL)
    // belongs to the file and is set by open(). Returns false and sets error
    // (translated) when the connection refuses them.
    static QString connectOptions(bool readOnly = false);
    static bool configureConnection(const QSqlDatabase &db, QString *error);

    // The default file: <AppDataLocation>/cdsdesk.sqlite.
    static QString defaultPath();

    // The application_id stamped into every CDS Desk file ("CDSD").
    static constexpr int applicationId = 0x43445344;

    // Applies migrations up to targetVersion (tests use it to build an older file).
    OpenResult migrateTo(int targetVersion);

    // Why the open database takes no more writes (empty while it does).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Stops every write on the connection (PRAGMA query_only) and keeps reason
    // (translated) for the user; the first reason stays.
    void makeReadOnly(const QString &reason);
    // True when the file at path() is no longer the file this connection
    // opened (another program restored, replaced or deleted it): the database
    // is then made read-only with a message saying so, because whatever it
    // wrote would go to a file nobody sees any more.
    bool checkFileReplaced();

private:
    QString m_connectionName;
    QString m_path;
    FileIdentity m_identity; // of the file when it was opened
    QString m_readOnlyReason;
    bool m_deferIntegrityCheck = false;
};

} // namespace cds
