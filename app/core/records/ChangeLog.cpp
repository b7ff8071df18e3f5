#include "records/ChangeLog.h"

#include "records/RecordKeys.h"
#include "records/RecordStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cds::changelog {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::ChangeLog)
};

const QStringList historyTables = {
    QStringLiteral("change_log"), QStringLiteral("change_group"), QStringLiteral("change_context"),
};
// Kept by the application (RecordKeys.h) or by triggers (the members list's
// keys of the current membership, 0010_member_list_keys.sql): never logged.
const QStringList derivedColumns = { QStringLiteral("search_key"), QStringLiteral("sort_key"),
                                     QStringLiteral("current_role"), QStringLiteral("current_team_key"),
                                     QStringLiteral("current_unit_key") };

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString sqlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QVariant jsonToVariant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return d;
    }
    default:
        return value.toString();
    }
}

bool sameValue(const QJsonValue &a, const QVariant &b)
{
    const QVariant av = jsonToVariant(a);
    if (av.isNull() || b.isNull())
        return av.isNull() && b.isNull();
    if (av.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return av.toString() == b.toString();
    return av.toDouble() == b.toDouble();
}

QJsonObject parse(const QVariant &text)
{
    if (text.isNull())
        return {};
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

namespace {

// The columns a table's entries hold: all but BLOBs and the derived keys.
bool loggedColumns(QSqlQuery &query, const QString &table, QStringList *columns, QString *error)
{
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return fail(error, query.lastError().text());
    while (query.next()) {
        const QString column = query.value(1).toString();
        const QString type = query.value(2).toString().toUpper();
        if (type.contains(QStringLiteral("BLOB")) || derivedColumns.contains(column))
            continue;
        *columns << column;
    }
    query.finish();
    return true;
}

// json_object('id', row."id", …) of columns; row: NEW, OLD or a table alias.
QString rowJson(const QStringList &columns, const QString &row)
{
    QStringList pairs;
    for (const QString &column : columns)
        pairs << sqlString(column) + QStringLiteral(", ") + row + u'.' + quoted(column);
    return QStringLiteral("json_object(") + pairs.join(QStringLiteral(", ")) + u')';
}

} // namespace

bool installTriggers(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
                                   "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return fail(error, query.lastError().text());
    QStringList tables;
    QStringList virtualTables;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (query.value(1).toBool())
            virtualTables << name;
        else if (!historyTables.contains(name))
            tables << name;
    }
    query.finish();
    // A virtual table (the members' search index, 0005_member_search.sql)
    // is derived data, kept by its own triggers; so are its shadow tables
    // (member_search_data, member_search_idx, …). None is logged.
    tables.removeIf([&virtualTables](const QString &table) {
        for (const QString &name : std::as_const(virtualTables)) {
            if (table.startsWith(name + u'_'))
                return true;
        }
        return false;
    });

    // Old triggers go first, so a dropped or renamed column leaves none behind.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cl\\_%' ESCAPE '\\'")))
        return fail(error, query.lastError().text());
    QStringList oldTriggers;
    while (query.next())
        oldTriggers << query.value(0).toString();
    query.finish();
    for (const QString &trigger : std::as_const(oldTriggers)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(trigger))))
            return fail(error, query.lastError().text());
    }

    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        if (!loggedColumns(query, table, &columns, error))
            return false;
        if (columns.isEmpty())
            continue;

        auto jsonOf = [&columns](const QString &row) { return rowJson(columns, row); };
        QStringList changed;
        for (const QString &column : std::as_const(columns))
            changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(column));

        const QString enabled = QStringLiteral("(SELECT enabled FROM change_context WHERE id = 1)");
        const QString group = QStringLiteral("(SELECT group_id FROM change_context WHERE id = 1)");
        const QString base = QStringLiteral("cl_") + table;
        const QString insertName = quoted(base + QStringLiteral("_insert"));
        const QString updateName = quoted(base + QStringLiteral("_update"));
        const QString deleteName = quoted(base + QStringLiteral("_delete"));
        const QString tableName = quoted(table);
        const QString tableText = sqlString(table);
        const QString newJson = jsonOf(QStringLiteral("NEW"));
        const QString oldJson = jsonOf(QStringLiteral("OLD"));
        const QString anyChange = changed.join(QStringLiteral(" OR "));
        const QStringList statements = {
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN "
                           "INSERT INTO change_log (table_name, row_id, operation, before_json, after_json, group_id) "
                           "VALUES (%4, NEW.rowid, 'insert', NULL, %5, %6); END")
                    .arg(insertName, tableName, enabled, tableText, newJson, group),
            QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 AND (%4) BEGIN "
                           "INSERT INTO change_log (table_name, row_id, operation, before_json, after_json, group_id) "
                           "VALUES (%5, NEW.rowid, 'update', %6, %7, %8); END")
                    .arg(updateName, tableName, enabled, anyChange, tableText, oldJson, newJson, group),
            QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN %3 BEGIN "
                           "INSERT INTO change_log (table_name, row_id, operation, before_json, after_json, group_id) "
                           "VALUES (%4, OLD.rowid, 'delete', %5, NULL, %6); END")
                    .arg(deleteName, tableName, enabled, tableText, oldJson, group),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return fail(error, query.lastError().text());
        }
    }
    return true;
}

qint64 beginGroup(QSqlDatabase db, const QString &description, qint64 revertsGroupId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO change_group (description, reverts_group_id) VALUES (?, ?)"));
    query.addBindValue(description);
    query.addBindValue(revertsGroupId > 0 ? QVariant(revertsGroupId) : QVariant());
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE change_context SET group_id = ? WHERE id = 1"));
    set.addBindValue(id);
    if (!set.exec()) {
        fail(error, set.lastError().text());
        return 0;
    }
    return id;
}

bool endGroup(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE change_context SET group_id = NULL WHERE id = 1")))
        return fail(error, query.lastError().text());
    return true;
}

bool setEnabled(QSqlDatabase db, bool enabled, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE change_context SET enabled = ? WHERE id = 1"));
    query.addBindValue(enabled ? 1 : 0);
    if (!query.exec())
        return fail(error, query.lastError().text());
    return true;
}

bool isEnabled(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT enabled FROM change_context WHERE id = 1")) && query.next()
            && query.value(0).toInt() != 0;
}

qint64 logInserted(QSqlDatabase db, const QString &table, qint64 afterRowId, QString *error)
{
    QSqlQuery query(db);
    QStringList columns;
    if (!loggedColumns(query, table, &columns, error))
        return -1;
    if (columns.isEmpty())
        return 0;
    query.prepare(QStringLiteral("INSERT INTO change_log (table_name, row_id, operation, before_json, after_json, group_id) "
                                 "SELECT %1, r.rowid, 'insert', NULL, %2, (SELECT group_id FROM change_context WHERE id = 1) "
                                 "FROM %3 r WHERE r.rowid > ? ORDER BY r.rowid")
                          .arg(sqlString(table), rowJson(columns, QStringLiteral("r")), quoted(table)));
    query.addBindValue(afterRowId);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

QList<Entry> entries(QSqlDatabase db, qint64 groupId, QString *error)
{
    QList<Entry> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, changed_at, table_name, row_id, operation, before_json, after_json, group_id "
                                 "FROM change_log WHERE group_id = ? ORDER BY id"));
    query.addBindValue(groupId);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return result;
    }
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.changedAt = query.value(1).toString();
        entry.tableName = query.value(2).toString();
        entry.rowId = query.value(3).toLongLong();
        entry.operation = query.value(4).toString();
        entry.before = parse(query.value(5));
        entry.after = parse(query.value(6));
        entry.groupId = query.value(7).toLongLong();
        result << entry;
    }
    return result;
}

QString groupDescription(QSqlDatabase db, qint64 groupId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT description FROM change_group WHERE id = ?"));
    query.addBindValue(groupId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

namespace {

// The row's current values, or an empty map when it no longer exists.
bool currentRow(QSqlDatabase db, const QString &table, qint64 rowId, const QStringList &columns,
                QVariantList *values, bool *exists, QString *error)
{
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << quoted(column);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                          .arg(quotedColumns.isEmpty() ? QStringLiteral("1") : quotedColumns.join(QStringLiteral(", ")),
                               quoted(table)));
    query.addBindValue(rowId);
    if (!query.exec())
        return fail(error, query.lastError().text());
    *exists = query.next();
    values->clear();
    if (*exists) {
        for (int i = 0; i < columns.size(); ++i)
            values->append(query.value(i));
    }
    return true;
}

QString recordLabel(const Entry &entry)
{
    const QJsonObject row = entry.after.isEmpty() ? entry.before : entry.after;
    for (const char *key : { "name", "full_name", "title", "label", "outlet" }) {
        const QString value = row.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return QStringLiteral("%1 “%2”").arg(records::kindName(entry.tableName), value);
    }
    return QStringLiteral("%1 #%2").arg(records::kindName(entry.tableName)).arg(entry.rowId);
}

bool applyInverse(QSqlDatabase db, const Entry &entry, QString *error)
{
    QSqlQuery query(db);
    const QString table = quoted(entry.tableName);
    if (entry.operation == QLatin1String("insert") || entry.operation == QLatin1String("update")) {
        // The row must still be as the group left it, or undo would lose a later change.
        const QStringList columns = entry.after.keys();
        QVariantList values;
        bool exists = false;
        if (!currentRow(db, entry.tableName, entry.rowId, columns, &values, &exists, error))
            return false;
        bool unchanged = exists;
        for (int i = 0; unchanged && i < columns.size(); ++i)
            unchanged = sameValue(entry.after.value(columns.at(i)), values.at(i));
        if (!unchanged)
            return fail(error, Text::tr("%1 was changed again after this step; undo it first.").arg(recordLabel(entry)));
    }
    if (entry.operation == QLatin1String("insert")) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table));
        query.addBindValue(entry.rowId);
    } else if (entry.operation == QLatin1String("update")) {
        QStringList assignments;
        const QStringList columns = entry.before.keys();
        for (const QString &column : columns)
            assignments << quoted(column) + QStringLiteral(" = ?");
        query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(table, assignments.join(QStringLiteral(", "))));
        for (const QString &column : columns)
            query.addBindValue(jsonToVariant(entry.before.value(column)));
        query.addBindValue(entry.rowId);
    } else {
        bool exists = false;
        QVariantList ignored;
        if (!currentRow(db, entry.tableName, entry.rowId, {}, &ignored, &exists, error))
            return false;
        if (exists)
            return fail(error, Text::tr("%1 was created again after this step; undo it first.").arg(recordLabel(entry)));
        const QStringList columns = entry.before.keys();
        QStringList quotedColumns;
        QStringList marks;
        for (const QString &column : columns) {
            quotedColumns << quoted(column);
            marks << QStringLiteral("?");
        }
        query.prepare(QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (?, %3)")
                              .arg(table, quotedColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        query.addBindValue(entry.rowId);
        for (const QString &column : columns)
            query.addBindValue(jsonToVariant(entry.before.value(column)));
    }
    if (!query.exec())
        return fail(error, Text::tr("Cannot restore %1: %2").arg(recordLabel(entry), query.lastError().text()));
    if (entry.operation != QLatin1String("insert") && !keys::refreshRow(db, entry.tableName, entry.rowId, error))
        return false;
    return true;
}

} // namespace

qint64 revertGroup(QSqlDatabase db, qint64 groupId, const QString &description, QString *error)
{
    QString message;
    const QList<Entry> list = entries(db, groupId, &message);
    if (!message.isEmpty()) {
        fail(error, message);
        return 0;
    }
    if (!db.transaction()) {
        fail(error, db.lastError().text());
        return 0;
    }
    QSqlQuery query(db);
    // A restored parent and its restored children come back in reverse order;
    // the foreign keys are checked once, at commit.
    query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const qint64 newGroup = beginGroup(db, description, groupId, &message);
    bool ok = newGroup != 0;
    for (auto it = list.crbegin(); ok && it != list.crend(); ++it)
        ok = applyInverse(db, *it, &message);
    if (ok)
        ok = endGroup(db, &message);
    if (ok && !db.commit()) {
        message = db.lastError().text();
        ok = false;
    }
    if (!ok) {
        db.rollback();
        QSqlQuery reset(db);
        reset.exec(QStringLiteral("UPDATE change_context SET group_id = NULL WHERE id = 1"));
        fail(error, message);
        return 0;
    }
    return newGroup;
}

} // namespace cds::changelog
