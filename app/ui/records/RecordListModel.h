#pragma once

#include "export/StreamExport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

namespace cds {

// One column of a record list.
struct ListColumn
{
    QString header = {};         // translated header text
    QString expression = {};     // SQL select expression, e.g. "m.full_name"
    QString sortExpression = {}; // SQL for ORDER BY; empty: expression (use a sort_key for names)
    // Display text of a raw value; empty: the value as text, numbers in vi-VN form.
    std::function<QString(const QVariant &)> display = {};
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool hiddenByDefault = false;
};

// What a list shows: rows of one table, possibly joined to others.
struct ListDefinition
{
    QString key;              // settings key and object-name prefix: "members"
    QString table;            // the table whose rows are listed: "member"
    QString from;             // FROM clause: "member m LEFT JOIN admin_unit u ON u.id = m.unit_id"
    QString idExpression;     // "m.id"
    QString searchExpression; // the search key column: "m.search_key"
    // The search key of the record's name alone (the first field of the
    // search key, RecordKeys.h). When set, a search of several words matches
    // a row whose name holds every word, or whose search key holds the words
    // as typed, side by side: "nguyen van" finds "Nguyễn Văn An", not
    // "Nguyễn Thị Hoa" who works at the "Phòng Văn hóa". One word still
    // matches any field (a phone number, a workplace).
    QString nameSearchExpression;
    // For small tables without a search_key (letterheads): searchExpression
    // is the raw text (NFC, with diacritics), folded by text::searchKey() in
    // the application on each search, so that the search ignores diacritics
    // as every list's does (SQLite's lower() folds ASCII only).
    bool foldSearchInApplication = false;
    // An FTS5 trigram index over that column (external content, rowid = the
    // row's id): words of three characters or more are looked up in it
    // instead of LIKE '%word%' over every row. Empty: LIKE only.
    QString searchIndex; // "member_search"
    // The listed table alone with its alias ("member m"). When the search, the
    // filters and the sort column only use that alias, counting and paging run
    // on it and the joins of `from` are done for the 200 rows of a page only
    // (at 500.000 members a COUNT over the joins costs half a second). `from`
    // must then give exactly one row per record.
    QString baseFrom;
    QString campaignExpression; // "t.campaign_id" when the list shows one campaign's records; empty otherwise
    QList<ListColumn> columns;
    int defaultSortColumn = 0;
};

// A table model over an SQL query that never loads the whole result:
// rowCount() comes from COUNT(*), rows are read in pages of pageSize with
// LIMIT/OFFSET when the view asks for them, and only the most recently used
// pages are kept (so 500.000 members cost a few hundred rows of memory).
// Search, filters and sorting are done by SQLite.
//
// Search ignores case and diacritics: each word typed must occur in the
// record's search_key (RecordKeys.h). Sorting uses the column's
// sortExpression then the id, so the order is total and pages never overlap.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 40;
    // While searching, counting stops here: "more than 10.000" is all a clerk
    // needs to know to type one more word, and counting 185.000 matches of
    // "nguyen" costs more than the 100 ms a keystroke may take (issue #8).
    static constexpr qint64 searchCountLimit = 10000;
    enum Roles { IdRole = Qt::UserRole + 1, RawValueRole };

    explicit RecordListModel(ListDefinition definition, QObject *parent = nullptr);

    const ListDefinition &definition() const { return m_definition; }

    // Sets the database; an invalid database empties the list.
    void setDatabase(const QSqlDatabase &db);
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // A named filter: an SQL condition with ? placeholders and their values.
    // An empty condition removes the filter. Filters named "fixed:*" are not
    // counted as filters for totalCount() (e.g. the campaign a list belongs to).
    void setFilter(const QString &name, const QString &condition, const QVariantList &values = {});

    // Rows matching search and filters (rowCount()) and rows without search
    // and filters other than the fixed ones.
    qint64 totalCount() const { return m_totalCount; }
    // True when the search matched more than searchCountLimit rows and
    // rowCount() shows only the first searchCountLimit of them.
    bool isCountCapped() const { return m_countCapped; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not in the first pages read so far
    QString lastError() const { return m_lastError; }

    // The whole list as shown (search, filters and sort; the rowCount() rows
    // when the count was capped) as one forward-only query, for an export
    // written on another connection (tableexport::streamTable, issue #15).
    tableexport::StreamQuery exportQuery(const QString &title) const;

    // Rows held in memory now (at most pageSize * maxCachedPages).
    qint64 cachedRowCount() const;

    // Re-runs the count and drops the cached pages (after a write). While the
    // model is deferred, the list is emptied and the query waits until
    // setDeferred(false): a list nobody looks at costs nothing (at start-up,
    // the members list's count would cost half a second at 500.000 members).
    void refresh();
    void setDeferred(bool deferred);
    bool isDeferred() const { return m_deferred; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // scanSearch: every word as LIKE on the search key, even where the search
    // index could serve (a word found in thousands of rows is quicker to meet
    // while walking the sort order than to collect from the index first).
    QString whereClause(bool withSearchAndFilters, QVariantList *values, bool scanSearch = false) const;
    // Whether sql names no table alias other than the base table's.
    bool usesBaseOnly(const QString &sql) const;
    QString sortExpression() const;
    const QList<QVariantList> *page(int pageIndex) const;
    // foldSearchInApplication: reads every row's search text and keeps the ids
    // of those holding every word. False (m_lastError set) when the read failed.
    bool findFoldedMatches();

    ListDefinition m_definition;
    QSqlDatabase m_db;
    QString m_searchText;
    QStringList m_foldedMatches; // foldSearchInApplication: the matching ids, as SQL literals
    QMap<QString, QPair<QString, QVariantList>> m_filters;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_rowCount = 0;
    qint64 m_totalCount = 0;
    bool m_countCapped = false;
    bool m_deferred = false;
    bool m_pending = false; // a refresh was asked for while deferred
    mutable QHash<int, QList<QVariantList>> m_pages; // page -> rows (id first, then the columns)
    mutable QList<int> m_pageUse;                     // least recently used first
    mutable QString m_lastError;
};

} // namespace cds
