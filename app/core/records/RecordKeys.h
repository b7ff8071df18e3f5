#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cds::keys {

// The derived search_key and sort_key columns (migration 0003) of the tables
// that lists show. search_key is text::searchKey() of the record's searchable
// fields joined by " | "; sort_key is text::sortKey() of its name
// (text::personSortKey() for members). Which fields count is decided here,
// once, for every list, the importer and the generator.
struct KeySource
{
    QString table;
    QStringList searchColumns; // folded and joined into search_key
    QString sortColumn;        // the name the list sorts by
    bool personName = false;   // sort by given name first
};

// The tables with derived keys; empty source for any other table.
const QList<KeySource> &keySources();
const KeySource *keySource(const QString &table);

// The keys for one record's values (column -> value).
QString searchKeyFor(const KeySource &source, const QVariantMap &values);
QString sortKeyFor(const KeySource &source, const QVariantMap &values);

// Recomputes the keys of one row; a table without keys is a no-op.
bool refreshRow(QSqlDatabase db, const QString &table, qint64 rowId, QString *error);

// Computes the keys of every row whose search_key is NULL (rows written by the
// demo loader, the importer, the generator, or an older schema), in batches of
// prepared updates inside the caller's transaction or its own. Returns the
// number of rows updated, -1 on failure with *error set.
qint64 fillMissing(QSqlDatabase db, QString *error);

} // namespace cds::keys
