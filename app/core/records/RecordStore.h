#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cds {

// One user action's writes: a database transaction and a change group
// (ChangeLog.h), so the action is logged together and undone together.
// Every record written gets its search and sort keys (RecordKeys.h).
//
//     RecordTransaction write(db, tr("Thêm thành viên %1").arg(name));
//     const qint64 id = write.insert("member", values);
//     write.insert("team_member", {...});
//     if (!write.commit()) show(write.error());
//
// After the first failed step the others are skipped; commit() then rolls
// back and returns false, leaving the database as it was. Destroying an
// uncommitted transaction rolls it back.
class RecordTransaction
{
public:
    RecordTransaction(QSqlDatabase db, const QString &description);
    ~RecordTransaction();
    RecordTransaction(const RecordTransaction &) = delete;
    RecordTransaction &operator=(const RecordTransaction &) = delete;

    // values: column -> value; a null QVariant writes NULL. Returns the new id, 0 on failure.
    qint64 insert(const QString &table, const QVariantMap &values);
    bool update(const QString &table, qint64 id, const QVariantMap &values);
    bool remove(const QString &table, qint64 id);
    // Removes the rows of table whose column equals value (a record's children).
    bool removeWhere(const QString &table, const QString &column, const QVariant &value);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 groupId() const { return m_groupId; }

    bool commit();

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    qint64 m_groupId = 0;
    bool m_open = false;
    QString m_error;
};

// What refers to a record through a foreign key, found from the schema
// (PRAGMA foreign_key_list), so a new table is covered without code here.
struct RecordUsage
{
    QString table;   // the referring table, e.g. "team_member"
    QString column;  // its column, e.g. "team_id"
    qint64 count = 0;
    bool cascades = false; // ON DELETE CASCADE: removed with the record (part of it)
};

namespace records {

// Every referring table with at least one row pointing at table(id).
QList<RecordUsage> usages(QSqlDatabase db, const QString &table, qint64 id, QString *error = nullptr);

// The row as column -> value (no derived keys), empty if it does not exist.
QVariantMap row(QSqlDatabase db, const QString &table, qint64 id);

// A record's child rows (a letterhead's signers, an event's connected sites),
// the rows of table whose parentColumn equals parentId, each as column ->
// value, in orderBy's order (column names, e.g. "sort_order, id"; empty: id).
// Table and column names are the schema's identifiers, never user text.
QList<QVariantMap> childRows(QSqlDatabase db, const QString &table, const QString &parentColumn, qint64 parentId,
                             const QString &orderBy = QString());

// The distinct non-empty values of a text column (an organisation's kinds,
// the media outlets used), in Vietnamese order (text::sortKey).
QStringList distinctValues(QSqlDatabase db, const QString &table, const QString &column);

// Whether another row than exceptId has value in column, case ignored
// (SQLite's lower(): ASCII letters; the text is NFC, so "Sở" = "Sở").
bool valueTaken(QSqlDatabase db, const QString &table, const QString &column, const QString &value,
                qint64 exceptId);

// max(column) + 1 over the rows whose scopeColumn equals scopeId; 1 when
// there is none (the next event's order within its campaign).
int nextOrder(QSqlDatabase db, const QString &table, const QString &column, const QString &scopeColumn,
              qint64 scopeId);

// One column of one row (a record's name for messages); invalid when the
// row does not exist.
QVariant value(QSqlDatabase db, const QString &table, const QString &column, qint64 id);

// The kind of record a table holds, in words: "organisation" -> "tổ chức".
QString kindName(const QString &table);

// "3 thành viên trong đội", "12 lượt tham dự tập huấn": a table's records in
// words for messages (Vietnamese in the Vietnamese UI).
QString describeCount(const QString &table, qint64 count);

} // namespace records
} // namespace cds
