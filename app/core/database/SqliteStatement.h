#pragma once

// One prepared statement run many times on a Qt connection, for the bulk
// writes of an import or the generator (issue #15: 500.000 rows).
//
// Through QSqlQuery, each row costs QVariant conversions, a bound-value list
// and Qt's own bookkeeping, several times what SQLite spends on the insert.
// Here the statement is prepared once with SQLite's C API on the
// connection's own handle (QSqlDriver::handle()) and each row is bound,
// stepped and reset.
//
// The C API is used only when this program is linked against the same
// SQLite as Qt's QSQLITE plugin (Debian's plugin and this build both use
// the system libsqlite3; the check compares sqlite_source_id() as the
// plugin reports it with the linked library's). Otherwise (a Qt built with
// its own copy of SQLite, as on Windows) the same statement runs through
// QSqlQuery: slower, with the same results.
//
// Errors: bind() never fails; exec() returns false and error() says why
// (the statement is reset either way). Not thread-safe: one per connection.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace cds::sqlite {

// Whether db's handle can be used with the SQLite this program is linked to.
bool hasNativeHandle(const QSqlDatabase &db);

class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Whether the statement was prepared; error() says why not.
    bool isValid() const { return m_valid; }
    bool isNative() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    // Parameters are numbered from 1, as in SQLite. A null QString binds NULL.
    void bindText(int index, const QString &text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // Text, integers and null; other types are bound as their text.
    void bindValue(int index, const QVariant &value);

    // Runs the statement to its end (rows it returns are ignored), then
    // resets it for the next bindings.
    bool exec();
    // Or, for a query: the next row of its result (false at the end or on an
    // error, which error() then names); reset() before binding again.
    bool next();
    QString text(int column) const; // numbered from 0; a null QString for NULL
    qint64 integer(int column) const;
    bool isNull(int column) const;
    void reset();
    // The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query; // the fallback
    bool m_valid = false;
    bool m_started = false; // next() has run the fallback query
    QString m_error;
    qint64 m_lastId = 0;
};

} // namespace cds::sqlite
