#include "records/RecordStore.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace cds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::RecordStore)
};

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// The NOT NULL columns of a table (PRAGMA table_info), read once per connection and table.
QSet<QString> requiredColumns(const QSqlDatabase &db, const QString &table)
{
    static QHash<QString, QSet<QString>> cache;
    const QString key = db.connectionName() + u'\n' + table;
    auto found = cache.constFind(key);
    if (found != cache.cend())
        return found.value();
    QSet<QString> columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        while (query.next()) {
            if (query.value(3).toInt() != 0)
                columns.insert(query.value(1).toString());
        }
    }
    cache.insert(key, columns);
    return columns;
}

// Text goes in as NFC with white space collapsed, like every name CDS Desk
// stores; an empty text is stored as NULL ("not given"), except in a NOT NULL
// column, where "" has a meaning (the qualifier '' is an exact figure).
QVariant stored(const QVariant &value, bool required)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = text::normalized(value.toString());
        if (text.isEmpty())
            return required ? QVariant(QStringLiteral("")) : QVariant();
        return text;
    }
    return value;
}

} // namespace

RecordTransaction::RecordTransaction(QSqlDatabase db, const QString &description)
    : m_db(std::move(db))
{
    if (!m_db.transaction()) {
        fail(m_db.lastError().text());
        return;
    }
    m_open = true;
    QString message;
    m_groupId = changelog::beginGroup(m_db, description, 0, &message);
    if (m_groupId == 0)
        fail(message);
}

RecordTransaction::~RecordTransaction()
{
    if (m_open) {
        m_db.rollback();
        changelog::endGroup(m_db);
    }
}

bool RecordTransaction::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

qint64 RecordTransaction::insert(const QString &table, const QVariantMap &values)
{
    if (!ok())
        return 0;
    QStringList columns;
    QStringList marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << quoted(it.key());
        marks << QStringLiteral("?");
    }
    QSqlQuery query(m_db);
    query.prepare(columns.isEmpty() ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quoted(table))
                                    : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                              .arg(quoted(table), columns.join(QStringLiteral(", ")),
                                                   marks.join(QStringLiteral(", "))));
    const QSet<QString> required = requiredColumns(m_db, table);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.addBindValue(stored(it.value(), required.contains(it.key())));
    if (!query.exec()) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QString message;
    if (!keys::refreshRow(m_db, table, id, &message)) {
        fail(message);
        return 0;
    }
    return id;
}

bool RecordTransaction::update(const QString &table, qint64 id, const QVariantMap &values)
{
    if (!ok())
        return false;
    if (values.isEmpty())
        return true;
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        assignments << quoted(it.key()) + QStringLiteral(" = ?");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(quoted(table), assignments.join(QStringLiteral(", "))));
    const QSet<QString> required = requiredColumns(m_db, table);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.addBindValue(stored(it.value(), required.contains(it.key())));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() == 0)
        return fail(Text::tr("The record no longer exists; it may have been removed in another window."));
    QString message;
    if (!keys::refreshRow(m_db, table, id, &message))
        return fail(message);
    return true;
}

bool RecordTransaction::remove(const QString &table, qint64 id)
{
    if (!ok())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(quoted(table)));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() == 0)
        return fail(Text::tr("The record no longer exists; it may have been removed in another window."));
    return true;
}

bool RecordTransaction::removeWhere(const QString &table, const QString &column, const QVariant &value)
{
    if (!ok())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(column)));
    query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool RecordTransaction::commit()
{
    if (!m_open)
        return false;
    if (ok()) {
        QString message;
        if (!changelog::endGroup(m_db, &message))
            fail(message);
    }
    if (ok() && !m_db.commit())
        fail(m_db.lastError().text());
    if (!ok()) {
        m_db.rollback();
        changelog::endGroup(m_db);
        m_open = false;
        return false;
    }
    m_open = false;
    return true;
}

namespace records {

QList<RecordUsage> usages(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    QList<RecordUsage> result;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND name NOT IN ('change_log', 'change_group', 'change_context') ORDER BY name"))) {
        if (error)
            *error = tables.lastError().text();
        return result;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery keys(db);
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name))))
            continue;
        QList<RecordUsage> candidates;
        while (keys.next()) {
            // Columns: id, seq, table, from, to, on_update, on_delete, match.
            if (keys.value(2).toString() != table)
                continue;
            RecordUsage usage;
            usage.table = name;
            usage.column = keys.value(3).toString();
            usage.cascades = keys.value(6).toString().compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0;
            candidates << usage;
        }
        keys.finish();
        for (RecordUsage &usage : candidates) {
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(quoted(usage.table), quoted(usage.column)));
            count.addBindValue(id);
            if (count.exec() && count.next())
                usage.count = count.value(0).toLongLong();
            if (usage.count > 0)
                result << usage;
        }
    }
    return result;
}

QVariantMap row(QSqlDatabase db, const QString &table, qint64 id)
{
    QVariantMap result;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE rowid = ?").arg(quoted(table)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return result;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String("search_key") || name == QLatin1String("sort_key"))
            continue;
        result.insert(name, query.value(i));
    }
    return result;
}

namespace {

// Table and column names come from the code; anything else is refused.
bool isIdentifierList(const QString &text)
{
    static const QRegularExpression identifiers(
            QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*( (ASC|DESC))?(, *[A-Za-z_][A-Za-z0-9_]*( (ASC|DESC))?)*$"));
    return identifiers.match(text).hasMatch();
}

} // namespace

QList<QVariantMap> childRows(QSqlDatabase db, const QString &table, const QString &parentColumn, qint64 parentId,
                             const QString &orderBy)
{
    QList<QVariantMap> rows;
    const QString order = orderBy.isEmpty() ? QStringLiteral("id") : orderBy;
    if (!isIdentifierList(table) || !isIdentifierList(parentColumn) || !isIdentifierList(order))
        return rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3").arg(table, parentColumn, order));
    query.addBindValue(parentId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        rows << row;
    }
    return rows;
}

QStringList distinctValues(QSqlDatabase db, const QString &table, const QString &column)
{
    QStringList values;
    if (!isIdentifierList(table) || !isIdentifierList(column))
        return values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT DISTINCT %2 FROM %1 WHERE %2 IS NOT NULL AND %2 <> ''").arg(table, column))) {
        while (query.next())
            values << query.value(0).toString();
    }
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return text::sortKey(a) < text::sortKey(b); });
    return values;
}

bool valueTaken(QSqlDatabase db, const QString &table, const QString &column, const QString &value, qint64 exceptId)
{
    if (!isIdentifierList(table) || !isIdentifierList(column))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE lower(%2) = lower(?) AND id <> ?").arg(table, column));
    query.addBindValue(value);
    query.addBindValue(exceptId);
    return query.exec() && query.next() && query.value(0).toLongLong() > 0;
}

int nextOrder(QSqlDatabase db, const QString &table, const QString &column, const QString &scopeColumn, qint64 scopeId)
{
    if (!isIdentifierList(table) || !isIdentifierList(column) || !isIdentifierList(scopeColumn))
        return 1;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(max(%2), 0) + 1 FROM %1 WHERE %3 = ?").arg(table, column, scopeColumn));
    query.addBindValue(scopeId);
    return query.exec() && query.next() ? query.value(0).toInt() : 1;
}

QVariant value(QSqlDatabase db, const QString &table, const QString &column, qint64 id)
{
    if (!isIdentifierList(table) || !isIdentifierList(column))
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %2 FROM %1 WHERE id = ?").arg(table, column));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

QString kindName(const QString &table)
{
    if (table == QLatin1String("admin_unit"))
        return Text::tr("administrative unit");
    if (table == QLatin1String("organisation"))
        return Text::tr("organisation");
    if (table == QLatin1String("campaign"))
        return Text::tr("campaign");
    if (table == QLatin1String("team"))
        return Text::tr("team");
    if (table == QLatin1String("member"))
        return Text::tr("member");
    if (table == QLatin1String("team_member"))
        return Text::tr("team membership");
    if (table == QLatin1String("training_session"))
        return Text::tr("training session");
    if (table == QLatin1String("event"))
        return Text::tr("event");
    if (table == QLatin1String("presentation"))
        return Text::tr("presentation");
    if (table == QLatin1String("media_output"))
        return Text::tr("media output");
    if (table == QLatin1String("campaign_figure"))
        return Text::tr("campaign figure");
    if (table == QLatin1String("recommendation"))
        return Text::tr("recommendation");
    if (table == QLatin1String("letterhead"))
        return Text::tr("letterhead");
    if (table == QLatin1String("report"))
        return Text::tr("report");
    return Text::tr("record");
}

QString describeCount(const QString &table, qint64 count)
{
    const QString n = text::formatNumber(count);
    const int c = static_cast<int>(std::min<qint64>(count, 1000000));
    if (table == QLatin1String("admin_unit"))
        return Text::tr("%1 administrative unit(s) under it", nullptr, c).arg(n);
    if (table == QLatin1String("organisation"))
        return Text::tr("%1 organisation(s)", nullptr, c).arg(n);
    if (table == QLatin1String("campaign"))
        return Text::tr("%1 campaign(s)", nullptr, c).arg(n);
    if (table == QLatin1String("team"))
        return Text::tr("%1 team(s)", nullptr, c).arg(n);
    if (table == QLatin1String("member"))
        return Text::tr("%1 member(s)", nullptr, c).arg(n);
    if (table == QLatin1String("team_member"))
        return Text::tr("%1 team membership(s)", nullptr, c).arg(n);
    if (table == QLatin1String("training_session"))
        return Text::tr("%1 training session(s)", nullptr, c).arg(n);
    if (table == QLatin1String("training_partner"))
        return Text::tr("%1 training partnership(s)", nullptr, c).arg(n);
    if (table == QLatin1String("training_attendance"))
        return Text::tr("%1 training attendance record(s)", nullptr, c).arg(n);
    if (table == QLatin1String("event"))
        return Text::tr("%1 event(s)", nullptr, c).arg(n);
    if (table == QLatin1String("event_connected_sites"))
        return Text::tr("%1 connected-site figure(s)", nullptr, c).arg(n);
    if (table == QLatin1String("presentation"))
        return Text::tr("%1 presentation(s)", nullptr, c).arg(n);
    if (table == QLatin1String("event_attendance"))
        return Text::tr("%1 event attendance figure(s)", nullptr, c).arg(n);
    if (table == QLatin1String("media_output"))
        return Text::tr("%1 media output(s)", nullptr, c).arg(n);
    if (table == QLatin1String("campaign_figure"))
        return Text::tr("%1 campaign figure(s)", nullptr, c).arg(n);
    if (table == QLatin1String("campaign_activity"))
        return Text::tr("%1 report statement(s)", nullptr, c).arg(n);
    if (table == QLatin1String("recommendation"))
        return Text::tr("%1 recommendation(s)", nullptr, c).arg(n);
    if (table == QLatin1String("report"))
        return Text::tr("%1 report(s)", nullptr, c).arg(n);
    if (table == QLatin1String("signer_preset"))
        return Text::tr("%1 signer(s)", nullptr, c).arg(n);
    return Text::tr("%1 record(s) in %2", nullptr, c).arg(n, table);
}

} // namespace records
} // namespace cds
