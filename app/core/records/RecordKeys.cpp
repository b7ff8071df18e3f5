#include "records/RecordKeys.h"

#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cds::keys {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QStringList allColumns(const KeySource &source)
{
    QStringList columns = source.searchColumns;
    if (!columns.contains(source.sortColumn))
        columns << source.sortColumn;
    return columns;
}

} // namespace

const QList<KeySource> &keySources()
{
    static const QList<KeySource> sources = {
        { QStringLiteral("admin_unit"), { QStringLiteral("name"), QStringLiteral("gso_code") }, QStringLiteral("name") },
        { QStringLiteral("organisation"), { QStringLiteral("name"), QStringLiteral("abbreviation") }, QStringLiteral("name") },
        { QStringLiteral("campaign"), { QStringLiteral("name"), QStringLiteral("year") }, QStringLiteral("name") },
        { QStringLiteral("team"), { QStringLiteral("name"), QStringLiteral("decision_reference") }, QStringLiteral("name") },
        { QStringLiteral("member"), { QStringLiteral("full_name"), QStringLiteral("phone"), QStringLiteral("affiliation") },
          QStringLiteral("full_name"), true },
        { QStringLiteral("training_session"), { QStringLiteral("title"), QStringLiteral("topic"), QStringLiteral("place") },
          QStringLiteral("title") },
        { QStringLiteral("event"), { QStringLiteral("title"), QStringLiteral("theme"), QStringLiteral("venue") },
          QStringLiteral("title") },
        { QStringLiteral("media_output"), { QStringLiteral("outlet"), QStringLiteral("title"), QStringLiteral("description") },
          QStringLiteral("outlet") },
        { QStringLiteral("campaign_figure"), { QStringLiteral("label"), QStringLiteral("description") },
          QStringLiteral("label") },
        { QStringLiteral("recommendation"), { QStringLiteral("body") }, QStringLiteral("body") },
    };
    return sources;
}

const KeySource *keySource(const QString &table)
{
    for (const KeySource &source : keySources()) {
        if (source.table == table)
            return &source;
    }
    return nullptr;
}

QString searchKeyFor(const KeySource &source, const QVariantMap &values)
{
    QStringList parts;
    for (const QString &column : source.searchColumns) {
        const QString value = values.value(column).toString();
        if (!value.isEmpty())
            parts << text::searchKey(value);
    }
    const QString key = parts.join(QStringLiteral(" | "));
    return key.isEmpty() ? QStringLiteral("") : key; // never NULL: NULL marks a row still to be keyed
}

QString sortKeyFor(const KeySource &source, const QVariantMap &values)
{
    const QString name = values.value(source.sortColumn).toString();
    return source.personName ? text::personSortKey(name) : text::sortKey(name);
}

namespace {

// Reads a batch, closes the read, then writes it: SQLite leaves it undefined
// whether rows updated under an open SELECT show up in it again.
bool updateRows(QSqlDatabase db, const KeySource &source, const QString &where, const QVariant &bind, qint64 *count,
                QString *error)
{
    constexpr int batchSize = 5000;
    const QStringList columns = allColumns(source);
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3 LIMIT %4")
                           .arg(columns.join(QStringLiteral(", ")), source.table, where)
                           .arg(batchSize));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE %1 SET search_key = ?, sort_key = ? WHERE rowid = ?").arg(source.table));
    for (;;) {
        if (bind.isValid())
            select.addBindValue(bind);
        if (!select.exec())
            return fail(error, select.lastError().text());
        QVariantList ids;
        QVariantList searchKeys;
        QVariantList sortKeys;
        while (select.next()) {
            QVariantMap values;
            for (int i = 0; i < columns.size(); ++i)
                values.insert(columns.at(i), select.value(i + 1));
            ids << select.value(0);
            searchKeys << searchKeyFor(source, values);
            sortKeys << sortKeyFor(source, values);
        }
        select.finish();
        if (ids.isEmpty())
            return true;
        update.addBindValue(searchKeys);
        update.addBindValue(sortKeys);
        update.addBindValue(ids);
        if (!update.execBatch())
            return fail(error, update.lastError().text());
        if (count)
            *count += ids.size();
        if (ids.size() < batchSize || !where.contains(QLatin1String("IS NULL")))
            return true;
    }
}

} // namespace

bool refreshRow(QSqlDatabase db, const QString &table, qint64 rowId, QString *error)
{
    const KeySource *source = keySource(table);
    if (!source)
        return true;
    return updateRows(db, *source, QStringLiteral("rowid = ?"), rowId, nullptr, error);
}

qint64 fillMissing(QSqlDatabase db, QString *error)
{
    qint64 count = 0;
    const bool ownTransaction = db.transaction();
    for (const KeySource &source : keySources()) {
        if (!updateRows(db, source, QStringLiteral("search_key IS NULL"), QVariant(), &count, error)) {
            if (ownTransaction)
                db.rollback();
            return -1;
        }
    }
    if (ownTransaction && !db.commit()) {
        fail(error, db.lastError().text());
        db.rollback();
        return -1;
    }
    return count;
}

} // namespace cds::keys
