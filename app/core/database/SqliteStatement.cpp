#include "database/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace cds::sqlite {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

bool hasNativeHandle(const QSqlDatabase &db)
{
    if (!handleOf(db))
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
            && query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
}

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_db(db), m_query(db)
{
    if (hasNativeHandle(db)) {
        m_handle = handleOf(db);
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                               nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            m_stmt = nullptr;
            return;
        }
        m_valid = true;
        return;
    }
    m_valid = m_query.prepare(sql);
    if (!m_valid)
        m_error = m_query.lastError().text();
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::bindText(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    if (m_stmt)
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    else
        m_query.bindValue(index - 1, text);
}

void Statement::bindInt(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    else
        m_query.bindValue(index - 1, value);
}

void Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    else
        m_query.bindValue(index - 1, QVariant());
}

void Statement::bindValue(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bindInt(index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        if (m_stmt)
            sqlite3_bind_double(m_stmt, index, value.toDouble());
        else
            m_query.bindValue(index - 1, value);
        return;
    default:
        bindText(index, value.toString());
    }
}

bool Statement::exec()
{
    if (!m_valid)
        return false;
    if (!m_stmt) {
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        m_lastId = m_query.lastInsertId().toLongLong();
        return true;
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const bool done = rc == SQLITE_DONE;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_lastId = sqlite3_last_insert_rowid(m_handle);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return done;
}

bool Statement::next()
{
    if (!m_valid)
        return false;
    if (!m_stmt) {
        if (!m_started) {
            m_started = true;
            m_query.setForwardOnly(true);
            if (!m_query.exec()) {
                m_error = m_query.lastError().text();
                return false;
            }
        }
        return m_query.next();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

QString Statement::text(int column) const
{
    if (!m_stmt)
        return m_query.value(column).toString();
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (!data)
        return QString();
    return QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(m_stmt, column) / int(sizeof(QChar)));
}

qint64 Statement::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query.value(column).toLongLong();
}

bool Statement::isNull(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL : m_query.value(column).isNull();
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        m_query.finish();
        m_started = false;
    }
}

qint64 Statement::lastInsertId() const
{
    return m_lastId;
}

} // namespace cds::sqlite
