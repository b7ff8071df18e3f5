#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cds {

// The change history (issue #3: "every insert, update and delete is written
// to a change log: when, what, before and after").
//
// Rows are written by AFTER triggers that installChangeLogTriggers() generates
// from the schema: one insert/update/delete trigger per table, storing the
// row before and after as JSON objects of column -> value. BLOB columns and the
// derived search_key/sort_key columns are left out. An update that changes only
// derived columns writes nothing. Writes made while no change group is open
// are logged with group_id NULL.
namespace changelog {

// (Re)creates the cl_<table>_{insert,update,delete} triggers for every table
// of the schema except the history tables themselves. Database::migrateTo()
// calls it inside each migration's transaction, so a file at a given schema
// version always has triggers that match its tables. Returns false with
// *error set (SQLite's message) when a statement fails.
bool installTriggers(QSqlDatabase db, QString *error);

// One entry of the log, as stored.
struct Entry
{
    qint64 id = 0;
    QString changedAt;  // ISO 8601 UTC
    QString tableName;
    qint64 rowId = 0;
    QString operation;  // "insert", "update" or "delete"
    QJsonObject before; // empty for an insert
    QJsonObject after;  // empty for a delete
    qint64 groupId = 0;
};

// Opens a change group: the rows written until endGroup() are logged under it.
// Call inside the caller's transaction. Returns the group id, 0 on failure.
qint64 beginGroup(QSqlDatabase db, const QString &description, qint64 revertsGroupId = 0, QString *error = nullptr);
bool endGroup(QSqlDatabase db, QString *error = nullptr);

// Turns the triggers off (enabled = false) or on. Only the national test-data
// generator turns them off; it logs one summary group instead.
bool setEnabled(QSqlDatabase db, bool enabled, QString *error = nullptr);

// Whether the triggers log (setEnabled).
bool isEnabled(QSqlDatabase db);

// For a bulk insert made with the triggers off (the members import of
// 500.000 rows, issue #15): logs every row of table whose rowid is above
// afterRowId as its insert trigger would have (the same JSON, under the open
// group), in one statement, in rowid order. revertGroup() then takes them
// back as any insert. Returns the rows logged, -1 on failure with *error set.
qint64 logInserted(QSqlDatabase db, const QString &table, qint64 afterRowId, QString *error = nullptr);

QList<Entry> entries(QSqlDatabase db, qint64 groupId, QString *error = nullptr);
QString groupDescription(QSqlDatabase db, qint64 groupId);

// Writes the inverse of every entry of groupId, newest first (an insert is
// deleted, a delete re-inserted with its old id, an update set back), in one
// transaction under a new group "description" whose reverts_group_id is
// groupId, with foreign keys checked at commit. Fails without changing
// anything when a row was changed again since (its current values differ from
// the group's "after"), naming the record. Returns the new group's id, 0 on failure.
qint64 revertGroup(QSqlDatabase db, qint64 groupId, const QString &description, QString *error);

} // namespace changelog
} // namespace cds
