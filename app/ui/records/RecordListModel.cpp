#include "records/RecordListModel.h"

#include "export/StreamExport.h"
#include "text/VietnameseText.h"

#include <QDate>

#include <algorithm>

namespace cds {

RecordListModel::RecordListModel(ListDefinition definition, QObject *parent)
    : QAbstractTableModel(parent), m_definition(std::move(definition))
{
    m_source.from = m_definition.from;
    m_source.baseFrom = m_definition.baseFrom;
    m_source.idExpression = m_definition.idExpression;
    m_source.searchExpression = m_definition.searchExpression;
    m_source.nameSearchExpression = m_definition.nameSearchExpression;
    m_source.foldSearchInApplication = m_definition.foldSearchInApplication;
    m_source.searchIndex = m_definition.searchIndex;
    for (const ListColumn &column : std::as_const(m_definition.columns)) {
        m_source.columns << column.expression;
        m_source.sortExpressions << column.sortExpression;
    }
    m_request.sortColumn = m_definition.defaultSortColumn;
}

RecordListModel::~RecordListModel()
{
    cancelReading();
}

void RecordListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reread();
}

void RecordListModel::setWorker(DatabaseWorker *worker)
{
    if (m_worker == worker)
        return;
    cancelReading();
    m_worker = worker;
}

void RecordListModel::setSearchText(const QString &text, Reading reading)
{
    if (text == m_request.searchText)
        return;
    m_request.searchText = text;
    reread(reading);
}

void RecordListModel::setFilter(const QString &name, const QString &condition, const QVariantList &values)
{
    if (condition.isEmpty()) {
        if (m_request.filters.remove(name) == 0)
            return;
    } else {
        const auto filter = qMakePair(condition, values);
        if (m_request.filters.value(name) == filter)
            return;
        m_request.filters.insert(name, filter);
    }
    reread();
}

void RecordListModel::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred && m_pending)
        reread();
}

void RecordListModel::cancelReading()
{
    ++m_generation;
    for (const QPointer<DatabaseJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    m_readingPage = m_readingCount = false;
}

void RecordListModel::dropPages()
{
    m_pages.clear();
    m_pageUse.clear();
    m_requestedPages.clear();
    ++m_pagesGeneration; // pages being read on the worker are for the old order
}

void RecordListModel::clearRows()
{
    dropPages();
    m_rowCount = 0;
    m_totalCount = 0;
    m_countCapped = false;
    m_scanSearch = false;
    m_lastError.clear();
}

void RecordListModel::reread(Reading reading)
{
    const bool open = m_db.isValid() && m_db.isOpen();
    if (reading == Reading::InBackground && !m_deferred && open && m_worker
        && m_worker->path() == m_db.databaseName()) {
        readInBackground();
        return;
    }
    refresh();
}

void RecordListModel::refresh()
{
    cancelReading();
    m_pending = m_deferred;
    beginResetModel();
    clearRows();
    if (!m_deferred && m_db.isValid() && m_db.isOpen()) {
        QString error;
        ListCount count;
        if (listquery::findFoldedMatches(m_db, m_source, &m_request, &error)
            && listquery::count(m_db, m_source, m_request, &count, &error)) {
            m_rowCount = count.rows;
            m_totalCount = count.total;
            m_countCapped = count.capped;
            m_scanSearch = m_rowCount > listquery::scanThreshold;
        }
        m_lastError = error;
    }
    endResetModel();
}

namespace {

QVariantList rowsToVariant(const QList<QVariantList> &rows)
{
    QVariantList list;
    list.reserve(rows.size());
    for (const QVariantList &row : rows)
        list << QVariant(row);
    return list;
}

QList<QVariantList> rowsFromVariant(const QVariant &value)
{
    QList<QVariantList> rows;
    const QVariantList list = value.toList();
    rows.reserve(list.size());
    for (const QVariant &row : list)
        rows << row.toList();
    return rows;
}

} // namespace

void RecordListModel::reload()
{
    if (!readsInBackground()) {
        refresh();
        return;
    }
    cancelReading();
    m_pending = false;
    m_readingPage = m_readingCount = true;
    const quint64 generation = m_generation;
    const ListSource source = m_source;
    const ListRequest request = m_request;
    const int size = pageSize;
    DatabaseJob *job = m_worker->run([source, request, size](const QSqlDatabase &db, JobControl &control,
                                                               QString *error) -> QVariant {
        ListRequest folded = request;
        ListCount count;
        if (!listquery::findFoldedMatches(db, source, &folded, error) || !listquery::count(db, source, folded, &count, error))
            return {};
        if (control.isCancelled())
            return {};
        // As refresh() reads it: a long list walks the sort order.
        const bool scan = count.rows > listquery::scanThreshold;
        QString readError;
        const QList<QVariantList> rows = listquery::readPage(db, source, folded, 0, size, count.rows, scan, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return {};
        }
        return QVariantMap { { QStringLiteral("rows"), rowsToVariant(rows) },
                             { QStringLiteral("folded"), folded.foldedMatches },
                             { QStringLiteral("scan"), scan },
                             { QStringLiteral("count"), count.rows },
                             { QStringLiteral("total"), count.total },
                             { QStringLiteral("capped"), count.capped } };
    });
    m_jobs << job;
    connect(job, &DatabaseJob::finished, this, [this, job, generation] {
        if (generation != m_generation || job->isCancelled())
            return;
        m_readingPage = m_readingCount = false;
        m_jobs.clear();
        beginResetModel();
        clearRows();
        if (!job->error().isEmpty()) {
            m_lastError = job->error();
        } else {
            const QVariantMap result = job->result().toMap();
            m_request.foldedMatches = result.value(QStringLiteral("folded")).toStringList();
            m_scanSearch = result.value(QStringLiteral("scan")).toBool();
            m_rowCount = result.value(QStringLiteral("count")).toLongLong();
            m_totalCount = result.value(QStringLiteral("total")).toLongLong();
            m_countCapped = result.value(QStringLiteral("capped")).toBool();
            keepPage(0, rowsFromVariant(result.value(QStringLiteral("rows"))));
        }
        endResetModel();
        emit firstPageRead();
        emit countRead();
    });
}

void RecordListModel::readInBackground()
{
    cancelReading();
    m_pending = false;
    beginResetModel();
    clearRows();
    m_readingPage = m_readingCount = true;
    endResetModel();

    const quint64 generation = m_generation;
    const ListSource source = m_source;
    const ListRequest request = m_request;
    const int size = pageSize;
    // First the first page: a search's matches are counted up to the
    // threshold only, to choose how to read it (and, when fewer, that is
    // the count).
    DatabaseJob *pageJob = m_worker->run([source, request, size](const QSqlDatabase &db, JobControl &control,
                                                                   QString *error) -> QVariant {
        ListRequest folded = request;
        if (!listquery::findFoldedMatches(db, source, &folded, error))
            return {};
        qint64 matches = -1;
        if (listquery::hasSearch(folded)) {
            matches = listquery::countUpTo(db, source, folded, listquery::scanThreshold, error);
            if (matches < 0)
                return {};
        }
        if (control.isCancelled())
            return {};
        const bool scan = matches > listquery::scanThreshold;
        QString readError;
        const QList<QVariantList> rows = listquery::readPage(db, source, folded, 0, size, scan ? -1 : matches, scan,
                                                             &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return {};
        }
        return QVariantMap { { QStringLiteral("rows"), rowsToVariant(rows) },
                             { QStringLiteral("folded"), folded.foldedMatches },
                             { QStringLiteral("matches"), matches },
                             { QStringLiteral("scan"), scan } };
    });
    // Then the counts.
    DatabaseJob *countJob = m_worker->run([source, request](const QSqlDatabase &db, JobControl &,
                                                            QString *error) -> QVariant {
        ListRequest folded = request;
        ListCount count;
        if (!listquery::findFoldedMatches(db, source, &folded, error) || !listquery::count(db, source, folded, &count, error))
            return {};
        return QVariantMap { { QStringLiteral("rows"), count.rows },
                             { QStringLiteral("total"), count.total },
                             { QStringLiteral("capped"), count.capped } };
    });
    m_jobs << pageJob << countJob;

    connect(pageJob, &DatabaseJob::finished, this, [this, pageJob, generation] {
        if (generation != m_generation || pageJob->isCancelled())
            return;
        m_readingPage = false;
        beginResetModel();
        if (!pageJob->error().isEmpty()) {
            m_lastError = pageJob->error();
        } else {
            const QVariantMap result = pageJob->result().toMap();
            QList<QVariantList> rows = rowsFromVariant(result.value(QStringLiteral("rows")));
            m_request.foldedMatches = result.value(QStringLiteral("folded")).toStringList();
            m_scanSearch = result.value(QStringLiteral("scan")).toBool();
            m_rowCount = rows.size();
            keepPage(0, std::move(rows));
        }
        endResetModel();
        emit firstPageRead();
    });
    connect(countJob, &DatabaseJob::finished, this, [this, countJob, generation] {
        if (generation != m_generation || countJob->isCancelled())
            return;
        m_readingCount = false;
        m_jobs.clear();
        if (!countJob->error().isEmpty()) {
            beginResetModel();
            m_lastError = countJob->error();
            endResetModel();
            emit countRead();
            return;
        }
        const QVariantMap result = countJob->result().toMap();
        const qint64 rows = result.value(QStringLiteral("rows")).toLongLong();
        m_totalCount = result.value(QStringLiteral("total")).toLongLong();
        m_countCapped = result.value(QStringLiteral("capped")).toBool();
        if (rows > m_rowCount && m_lastError.isEmpty()) {
            // The first page stays; the rows after it are read when shown.
            beginInsertRows(QModelIndex(), int(m_rowCount), int(std::min<qint64>(rows, std::numeric_limits<int>::max()) - 1));
            m_rowCount = rows;
            endInsertRows();
        } else {
            // As many as the first page, or fewer (written meanwhile): read again when shown.
            beginResetModel();
            if (rows != m_rowCount)
                dropPages();
            m_rowCount = rows;
            endResetModel();
        }
        emit countRead();
    });
}

const QList<QVariantList> &RecordListModel::keepPage(int pageIndex, QList<QVariantList> rows) const
{
    m_pages.remove(pageIndex);
    m_pageUse.removeOne(pageIndex);
    while (m_pageUse.size() >= maxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return m_pages.insert(pageIndex, std::move(rows)).value();
}

bool RecordListModel::readsInBackground() const
{
    return m_worker && !m_deferred && m_db.isValid() && m_db.isOpen() && m_worker->path() == m_db.databaseName();
}

const QList<QVariantList> *RecordListModel::page(int pageIndex, bool wait) const
{
    auto found = m_pages.constFind(pageIndex);
    if (found != m_pages.cend()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &found.value();
    }
    // While the count is read, the end of the list is not known yet.
    const qint64 rowCount = m_readingCount && !m_countCapped ? -1 : m_rowCount;
    if (!wait && m_pagesInBackground && readsInBackground()) {
        // The view asked: the page is read on the worker and shown when it
        // comes (a sort, a scroll never wait for the database).
        static const QList<QVariantList> none;
        if (!m_requestedPages.contains(pageIndex)) {
            m_requestedPages.insert(pageIndex);
            const ListSource source = m_source;
            const ListRequest request = m_request;
            const bool scan = m_scanSearch;
            const qint64 offset = qint64(pageIndex) * pageSize;
            DatabaseJob *job = m_worker->run([source, request, scan, offset, rowCount](const QSqlDatabase &db, JobControl &,
                                                                                    QString *error) -> QVariant {
                QString readError;
                const QList<QVariantList> rows = listquery::readPage(db, source, request, offset, pageSize, rowCount, scan,
                                                                     &readError);
                if (!readError.isEmpty()) {
                    *error = readError;
                    return {};
                }
                return rowsToVariant(rows);
            });
            auto *self = const_cast<RecordListModel *>(this);
            const quint64 generation = m_pagesGeneration;
            connect(job, &DatabaseJob::finished, self, [self, job, generation, pageIndex] {
                if (generation != self->m_pagesGeneration || job->isCancelled())
                    return;
                self->m_requestedPages.remove(pageIndex);
                if (!job->error().isEmpty()) {
                    self->m_lastError = job->error();
                    return;
                }
                self->keepPage(pageIndex, rowsFromVariant(job->result()));
                const int first = pageIndex * pageSize;
                const int last = int(std::min<qint64>(self->m_rowCount, qint64(first) + pageSize)) - 1;
                if (last >= first)
                    emit self->dataChanged(self->index(first, 0), self->index(last, self->columnCount() - 1));
            });
        }
        return &none;
    }
    QString error;
    QList<QVariantList> rows = listquery::readPage(m_db, m_source, m_request, qint64(pageIndex) * pageSize, pageSize,
                                                   rowCount, m_scanSearch, &error);
    if (!error.isEmpty())
        m_lastError = error;
    return &keepPage(pageIndex, std::move(rows));
}

qint64 RecordListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const QList<QVariantList> *rows = page(row / pageSize, true);
    const int offset = row % pageSize;
    return offset < rows->size() ? rows->at(offset).value(0).toLongLong() : 0;
}

qint64 RecordListModel::cachedRowCount() const
{
    qint64 count = 0;
    for (const auto &rows : m_pages)
        count += rows.size();
    return count;
}

int RecordListModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).value(0).toLongLong() == id)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rowCount, std::numeric_limits<int>::max()));
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definition.columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const QList<QVariantList> *rows = page(index.row() / pageSize);
    const int offset = index.row() % pageSize;
    if (offset >= rows->size())
        return {};
    const QVariantList &row = rows->at(offset);
    const QVariant value = row.value(index.column() + 1);
    const ListColumn &column = m_definition.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull())
            return QString();
        return column.display ? column.display(value) : tableexport::defaultCellText(value);
    case Qt::ToolTipRole: {
        const QString shown = value.isNull() ? QString() : (column.display ? column.display(value) : tableexport::defaultCellText(value));
        return shown.size() > 40 ? shown : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.alignment);
    case IdRole:
        return row.value(0);
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_definition.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_definition.columns.at(section).header;
    return {};
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_definition.columns.size())
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (column == m_request.sortColumn && ascending == m_request.ascending && !m_pages.isEmpty())
        return;
    m_request.sortColumn = column;
    m_request.ascending = ascending;
    if (m_readingPage) {
        // The first page being read is in the old order: read it again.
        readInBackground();
        return;
    }
    beginResetModel();
    dropPages();
    endResetModel();
}

tableexport::StreamQuery RecordListModel::exportQuery(const QString &title) const
{
    tableexport::StreamQuery query;
    query.title = title;
    for (const ListColumn &column : m_definition.columns)
        query.columns << tableexport::StreamColumn{ column.header, column.display };
    query.sql = listquery::exportSql(m_source, m_request, m_countCapped ? m_rowCount : 0, &query.values);
    query.expectedRows = m_rowCount;
    return query;
}

} // namespace cds
