#include "records/RecordListQuery.h"

#include "text/VietnameseText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cds::listquery {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

namespace {

QStringList searchWords(const ListRequest &request)
{
    return text::searchKey(request.searchText).split(u' ', Qt::SkipEmptyParts);
}

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

// The WHERE clause (with its leading " WHERE ") of the search and every
// filter, or of the fixed filters alone; the values of its placeholders are
// appended to *values. scanSearch: every word as LIKE on the search key,
// even where the search index could serve.
QString whereClause(const ListSource &source, const ListRequest &request, bool withSearchAndFilters,
                    QVariantList *values, bool scanSearch = false)
{
    QStringList conditions;
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        if (!withSearchAndFilters && !it.key().startsWith(QLatin1String("fixed:")))
            continue;
        conditions << u'(' + it.value().first + u')';
        *values << it.value().second;
    }
    const QStringList words = searchWords(request);
    if (withSearchAndFilters && source.foldSearchInApplication) {
        if (!words.isEmpty())
            conditions << QStringLiteral("%1 IN (%2)").arg(source.idExpression, request.foldedMatches.isEmpty()
                                                                                      ? QStringLiteral("NULL")
                                                                                      : request.foldedMatches.join(u','));
    } else if (withSearchAndFilters && !source.searchExpression.isEmpty()) {
        QStringList indexed;
        for (const QString &word : words) {
            // The trigram tokenizer matches a quoted phrase as a substring,
            // as LIKE '%word%' does; it needs three characters.
            if (!scanSearch && !source.searchIndex.isEmpty() && word.size() >= 3) {
                indexed << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
                continue;
            }
            conditions << source.searchExpression + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *values << likePattern(word);
        }
        if (!indexed.isEmpty()) {
            conditions << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                                  .arg(source.idExpression, source.searchIndex);
            *values << indexed.join(QStringLiteral(" AND "));
        }
        // Several words: all in the name, or side by side as typed in any
        // field, never gathered from different fields.
        if (words.size() > 1 && !source.nameSearchExpression.isEmpty()) {
            QStringList inName;
            for (const QString &word : words) {
                inName << source.nameSearchExpression + QStringLiteral(" LIKE ? ESCAPE '\\'");
                *values << likePattern(word);
            }
            conditions << QStringLiteral("((%1) OR %2 LIKE ? ESCAPE '\\')")
                                  .arg(inName.join(QStringLiteral(" AND ")), source.searchExpression);
            *values << likePattern(words.join(u' '));
        }
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Whether sql names no table alias other than the base table's: counting and
// paging may then run on the listed table alone, the joins done for the
// rows of a page only.
bool usesBaseOnly(const ListSource &source, const QString &sql)
{
    if (source.baseFrom.isEmpty())
        return false;
    const QString alias = source.baseFrom.section(u' ', -1);
    static const QRegularExpression qualified(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\.[A-Za-z_]"));
    auto matches = qualified.globalMatch(sql);
    while (matches.hasNext()) {
        if (matches.next().captured(1) != alias)
            return false;
    }
    return true;
}

QString sortExpression(const ListSource &source, const ListRequest &request)
{
    const QString sort = source.sortExpressions.value(request.sortColumn);
    return sort.isEmpty() ? source.columns.value(request.sortColumn, source.idExpression) : sort;
}

bool prepareAndBind(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return true;
}

} // namespace

bool hasSearch(const ListRequest &request)
{
    return !text::searchKey(request.searchText).isEmpty();
}

bool findFoldedMatches(const QSqlDatabase &db, const ListSource &source, ListRequest *request, QString *error)
{
    request->foldedMatches.clear();
    const QStringList words = searchWords(*request);
    if (words.isEmpty() || !source.foldSearchInApplication)
        return true;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, %2 FROM %3").arg(source.idExpression, source.searchExpression, source.from)))
        return fail(error, query);
    while (query.next()) {
        const QString key = text::searchKey(query.value(1).toString());
        if (std::all_of(words.cbegin(), words.cend(), [&key](const QString &word) { return key.contains(word); }))
            request->foldedMatches << QString::number(query.value(0).toLongLong());
    }
    return true;
}

qint64 countUpTo(const QSqlDatabase &db, const ListSource &source, const ListRequest &request, qint64 limit,
                 QString *error)
{
    QVariantList values;
    const QString where = whereClause(source, request, true, &values);
    const QString from = usesBaseOnly(source, where) ? source.baseFrom : source.from;
    QSqlQuery query(db);
    if (!prepareAndBind(query,
                        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)").arg(from, where).arg(limit + 1),
                        values)
        || !query.exec() || !query.next()) {
        fail(error, query);
        return -1;
    }
    return query.value(0).toLongLong();
}

bool count(const QSqlDatabase &db, const ListSource &source, const ListRequest &request, ListCount *result,
           QString *error)
{
    *result = {};
    const bool searching = hasSearch(request);
    for (const bool filtered : { true, false }) {
        QVariantList values;
        const QString where = whereClause(source, request, filtered, &values);
        const QString from = usesBaseOnly(source, where) ? source.baseFrom : source.from;
        const bool capped = filtered && searching;
        QSqlQuery query(db);
        const QString sql = capped ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                                             .arg(from, where)
                                             .arg(searchCountLimit + 1)
                                   : QStringLiteral("SELECT count(*) FROM ") + from + where;
        if (!prepareAndBind(query, sql, values) || !query.exec() || !query.next())
            return fail(error, query);
        (filtered ? result->rows : result->total) = query.value(0).toLongLong();
        if (capped && result->rows > searchCountLimit) {
            result->capped = true;
            result->rows = searchCountLimit;
        }
    }
    return true;
}

QList<QVariantList> readPage(const QSqlDatabase &db, const ListSource &source, const ListRequest &request,
                             qint64 offset, qint64 limit, qint64 rowCount, bool scanSearch, QString *error)
{
    QList<QVariantList> rows;
    if (rowCount >= 0)
        limit = std::min<qint64>(limit, std::max<qint64>(0, rowCount - offset));
    if (limit <= 0)
        return rows;
    const QStringList select = QStringList { source.idExpression } + source.columns;
    QVariantList values;
    const QString where = whereClause(source, request, true, &values, scanSearch);
    const QString sort = sortExpression(source, request);

    // A page past the middle is read from the end in the opposite order, so
    // the last row costs what the first does instead of an OFFSET over the
    // whole list (not when the end of the list is not known).
    const bool fromEnd = rowCount >= 0 && offset > rowCount / 2;
    const bool ascending = request.ascending != fromEnd;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const qint64 readOffset = fromEnd ? std::max<qint64>(0, rowCount - offset - limit) : offset;
    const QString order = QStringLiteral(" ORDER BY %1%2, %3%2 LIMIT %4 OFFSET %5")
                                  .arg(sort, direction, source.idExpression)
                                  .arg(limit)
                                  .arg(readOffset);
    const auto readRows = [&rows, &select](QSqlQuery &query) {
        const int width = int(select.size());
        while (query.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << query.value(i);
            rows << row;
        }
    };
    if (usesBaseOnly(source, where + u' ' + sort)) {
        // The page's ids from the table alone, then their columns through the joins.
        QSqlQuery ids(db);
        if (!prepareAndBind(ids, QStringLiteral("SELECT %1 FROM %2%3%4").arg(source.idExpression, source.baseFrom, where, order),
                            values)
            || !ids.exec()) {
            fail(error, ids);
            return rows;
        }
        QList<qint64> pageIds;
        while (ids.next())
            pageIds << ids.value(0).toLongLong();
        if (pageIds.isEmpty())
            return rows;
        QStringList idList;
        for (const qint64 id : std::as_const(pageIds))
            idList << QString::number(id);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                .arg(select.join(QStringLiteral(", ")), source.from, source.idExpression, idList.join(u',')))) {
            fail(error, query);
            return rows;
        }
        readRows(query);
        QHash<qint64, int> position;
        for (int i = 0; i < pageIds.size(); ++i)
            position.insert(pageIds.at(i), i);
        std::sort(rows.begin(), rows.end(), [&position](const QVariantList &a, const QVariantList &b) {
            return position.value(a.value(0).toLongLong()) < position.value(b.value(0).toLongLong());
        });
    } else {
        QSqlQuery query(db);
        if (!prepareAndBind(query,
                            QStringLiteral("SELECT %1 FROM %2%3%4").arg(select.join(QStringLiteral(", ")), source.from, where, order),
                            values)
            || !query.exec()) {
            fail(error, query);
            return rows;
        }
        readRows(query);
    }
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QString exportSql(const ListSource &source, const ListRequest &request, qint64 limit, QVariantList *values)
{
    const QStringList select = QStringList{ source.idExpression } + source.columns;
    // A large search walks the sort order (scanThreshold), as the list does.
    const QString where = whereClause(source, request, true, values, limit > scanThreshold);
    const QString direction = request.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5, %6%5")
                          .arg(select.join(QStringLiteral(", ")), source.from, where, sortExpression(source, request),
                               direction, source.idExpression);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

} // namespace cds::listquery
