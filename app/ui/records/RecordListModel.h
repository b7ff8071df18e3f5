#pragma once

#include "export/StreamExport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QMap>
#include <QPointer>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

#include "database/DatabaseWorker.h"
#include "records/RecordListQuery.h"

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
// Search, filters and sorting are done by SQLite; the SQL is built and run
// by the core (records/RecordListQuery.h).
//
// With a worker (setWorker), a new search, a filter, a new database and the
// first show are read on the worker's connection, so the window never waits
// for them: the list empties at once, shows its first page as soon as it is
// read (firstPageRead) and its count follows (countRead). A newer search
// supersedes an older one still being read (its results are dropped, never
// shown). Without a worker, and for refresh(), everything is read at once.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 40;
    // While searching, counting stops here: "more than 10.000" is all a clerk
    // needs to know to type one more word, and counting 185.000 matches of
    // "nguyen" costs more than the 100 ms a keystroke may take (issue #8).
    static constexpr qint64 searchCountLimit = listquery::searchCountLimit;
    enum Roles { IdRole = Qt::UserRole + 1, RawValueRole };
    // How a change of the search, a filter or the database is read.
    enum class Reading { InBackground, Now };

    explicit RecordListModel(ListDefinition definition, QObject *parent = nullptr);
    ~RecordListModel() override;

    const ListDefinition &definition() const { return m_definition; }

    // Sets the database; an invalid database empties the list.
    void setDatabase(const QSqlDatabase &db);
    // The worker that reads the list in the background: one whose file is
    // the database's (else the list is read at once). Null: none.
    void setWorker(DatabaseWorker *worker);
    void setSearchText(const QString &text, Reading reading = Reading::InBackground);
    QString searchText() const { return m_request.searchText; }
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
    // False: pages the view asks for are read at once even with a worker
    // (an export reads every row through data()).
    void setPagesInBackground(bool inBackground) { m_pagesInBackground = inBackground; }
    // The first page or the count is still being read on the worker.
    bool isReading() const { return m_readingPage || m_readingCount; }
    bool isCounting() const { return m_readingCount; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not in the first pages read so far
    QString lastError() const { return m_lastError; }

    // The whole list as shown (search, filters and sort; the rowCount() rows
    // when the count was capped) as one forward-only query, for an export
    // written on another connection (tableexport::streamTable, issue #15).
    tableexport::StreamQuery exportQuery(const QString &title) const;

    // Rows held in memory now (at most pageSize * maxCachedPages).
    qint64 cachedRowCount() const;

    // Re-runs the count and drops the cached pages (after a write), at once.
    // While the model is deferred, the list is emptied and the query waits
    // until setDeferred(false): a list nobody looks at costs nothing (at
    // start-up, the members list's count would cost half a second at
    // 500.000 members); it is then read in the background.
    void refresh();
    // The same after a write the clerk made (a save, a removal, an undo): with
    // a worker serving the database, the count and the first page are read
    // on it while the rows already shown stay, and the list changes at once
    // when both have come (firstPageRead, then countRead); the window never
    // waits for the 500.000 members to be counted again. Without a worker,
    // or while deferred, as refresh().
    void reload();
    void setDeferred(bool deferred);
    bool isDeferred() const { return m_deferred; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A background read delivered the first page (the rows so far) ...
    void firstPageRead();
    // ... and then the count (rowCount(), totalCount(), isCountCapped()).
    void countRead();

public:
    // A worker serves the list's database (reads go to it), and it is shown.
    bool readsInBackground() const;
    DatabaseWorker *worker() const { return m_worker; }

private:
    // Reads the list again: in the background when a worker serves the
    // database and reading allows it, else at once.
    void reread(Reading reading = Reading::InBackground);
    void readInBackground();
    void cancelReading();
    void clearRows();
    // The rows of a page: cached, read at once (wait, or no worker), or asked
    // of the worker (none until it comes; dataChanged then).
    const QList<QVariantList> *page(int pageIndex, bool wait = false) const;
    void dropPages();
    const QList<QVariantList> &keepPage(int pageIndex, QList<QVariantList> rows) const;

    ListDefinition m_definition;
    ListSource m_source;
    QSqlDatabase m_db;
    QPointer<DatabaseWorker> m_worker;
    ListRequest m_request;
    qint64 m_rowCount = 0;
    qint64 m_totalCount = 0;
    bool m_countCapped = false;
    bool m_scanSearch = false; // pages walk the sort order and test each row (listquery::scanThreshold)
    bool m_deferred = false;
    bool m_pending = false; // a refresh was asked for while deferred
    bool m_readingPage = false;
    bool m_readingCount = false;
    quint64 m_generation = 0; // bumped by every read; a job of an older one is dropped
    quint64 m_pagesGeneration = 0; // bumped when the pages are dropped (a sort): older page jobs are dropped
    mutable QSet<int> m_requestedPages; // pages asked of the worker
    bool m_pagesInBackground = true;
    QList<QPointer<DatabaseJob>> m_jobs;
    mutable QHash<int, QList<QVariantList>> m_pages; // page -> rows (id first, then the columns)
    mutable QList<int> m_pageUse;                     // least recently used first
    mutable QString m_lastError;
};

} // namespace cds
