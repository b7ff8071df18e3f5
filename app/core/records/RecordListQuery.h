#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cds {

// The SQL of one record list (the members, the teams' trainings, …): what
// it reads, how it searches. Plain text given by the list's definition
// (RecordListModel's ListDefinition in the window).
struct ListSource
{
    QString from;             // FROM clause: "member m LEFT JOIN admin_unit u ON u.id = m.unit_id"
    QString baseFrom;         // the listed table alone ("member m"); empty: always `from`
    QString idExpression;     // "m.id"
    QString searchExpression; // the search key column: "m.search_key"
    QString nameSearchExpression;
    bool foldSearchInApplication = false;
    QString searchIndex;            // FTS5 trigram index over searchExpression; empty: LIKE only
    QStringList columns;            // select expressions, in the list's column order
    QStringList sortExpressions;    // one a column; empty: that column's expression
};

// The state of the list a read is for: the search typed, the named filters
// (SQL condition with ? placeholders and their values; names starting
// "fixed:" also limit totalCount) and the sort.
struct ListRequest
{
    QString searchText;
    QMap<QString, QPair<QString, QVariantList>> filters;
    int sortColumn = 0;
    bool ascending = true;
    // foldSearchInApplication: the ids of the rows whose folded search text
    // holds every word, as SQL literals (found by findFoldedMatches).
    QStringList foldedMatches;
};

// What a count found.
struct ListCount
{
    qint64 rows = 0;    // rows matching the search and filters (at most searchCountLimit when capped)
    qint64 total = 0;   // rows matching the fixed filters only
    bool capped = false; // the search matched more than searchCountLimit rows
};

// Builds and runs the SQL a record list needs: counting its rows, reading
// one page in the chosen order. Every function runs on the connection it is
// given, on the thread that owns it (the UI thread's connection, or a
// DatabaseWorker's in a job). Errors: false / empty, and the driver's text
// in *error.
//
// Search ignores case and diacritics: each word typed must occur in the
// record's search key (RecordKeys.h); words of three letters or more are
// found through the trigram index when the list has one. Sorting uses the
// column's sort expression then the id, so the order is total and pages
// never overlap; every sortable column of the members list has an index
// (sort key, id) (0010_member_list_keys.sql), so a page is an index walk.
namespace listquery {

// While searching, counting stops here: "more than 10.000" is all a clerk
// needs to know to type one more word (issue #8).
inline constexpr qint64 searchCountLimit = 10000;
// Above this many matches, a page is read by walking the sort order and
// testing each row (a word found in thousands of rows is met sooner so than
// by collecting its rows from the index first).
inline constexpr qint64 scanThreshold = 2000;

// The LIKE pattern that finds text anywhere in a column: "%text%" with the
// characters \, % and _ of text escaped by a backslash (use it with
// "LIKE ? ESCAPE '\'"). text is used as given (fold it with text::searchKey()
// first to match a search key).
QString likePattern(const QString &text);

// Whether the request has a search (words after folding).
bool hasSearch(const ListRequest &request);

// foldSearchInApplication: reads every row's search text and sets
// request->foldedMatches to the ids of those holding every word.
bool findFoldedMatches(const QSqlDatabase &db, const ListSource &source, ListRequest *request, QString *error);

// Counts the rows of the search and filters (capped at searchCountLimit
// while searching) and those of the fixed filters alone.
bool count(const QSqlDatabase &db, const ListSource &source, const ListRequest &request, ListCount *result,
           QString *error);

// The matches of the search and filters, counted up to `limit` (returns at
// most limit + 1: more than limit). -1 on error.
qint64 countUpTo(const QSqlDatabase &db, const ListSource &source, const ListRequest &request, qint64 limit,
                 QString *error);

// Rows offset .. offset + limit - 1 of the list in the request's order, each
// the id then the columns' values. rowCount: the list's rows when known
// (a page past the middle is then read from the end, so the last page costs
// what the first does); -1 when not known. scanSearch: see scanThreshold.
QList<QVariantList> readPage(const QSqlDatabase &db, const ListSource &source, const ListRequest &request,
                             qint64 offset, qint64 limit, qint64 rowCount, bool scanSearch, QString *error);

// The SELECT of every row of the list in the request's order (id, then the
// columns), for an export that streams it (tableexport::StreamQuery):
// *values receives its bound values. limit > 0: at most that many rows (a
// capped search exports what the list says it shows).
QString exportSql(const ListSource &source, const ListRequest &request, qint64 limit, QVariantList *values);

} // namespace listquery

} // namespace cds
