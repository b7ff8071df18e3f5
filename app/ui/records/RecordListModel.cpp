#include "records/RecordListModel.h"

#include "text/VietnameseText.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cds {

namespace {

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString defaultDisplay(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return text::formatNumber(value.toLongLong());
    case QMetaType::Double:
        return text::formatDecimal(value.toDouble(), 1);
    default:
        return value.toString();
    }
}

} // namespace

RecordListModel::RecordListModel(ListDefinition definition, QObject *parent)
    : QAbstractTableModel(parent), m_definition(std::move(definition)), m_sortColumn(m_definition.defaultSortColumn)
{
}

void RecordListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    refresh();
}

void RecordListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refresh();
}

void RecordListModel::setFilter(const QString &name, const QString &condition, const QVariantList &values)
{
    if (condition.isEmpty()) {
        if (m_filters.remove(name) == 0)
            return;
    } else {
        const auto filter = qMakePair(condition, values);
        if (m_filters.value(name) == filter)
            return;
        m_filters.insert(name, filter);
    }
    refresh();
}

QString RecordListModel::whereClause(bool withSearchAndFilters, QVariantList *values, bool scanSearch) const
{
    QStringList conditions;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        if (!withSearchAndFilters && !it.key().startsWith(QLatin1String("fixed:")))
            continue;
        conditions << u'(' + it.value().first + u')';
        *values << it.value().second;
    }
    if (withSearchAndFilters && m_definition.foldSearchInApplication) {
        if (!text::searchKey(m_searchText).isEmpty())
            conditions << QStringLiteral("%1 IN (%2)").arg(m_definition.idExpression,
                                                          m_foldedMatches.isEmpty() ? QStringLiteral("NULL")
                                                                                    : m_foldedMatches.join(u','));
    } else if (withSearchAndFilters && !m_definition.searchExpression.isEmpty()) {
        const QStringList words = text::searchKey(m_searchText).split(u' ', Qt::SkipEmptyParts);
        QStringList indexed;
        for (const QString &word : words) {
            // The trigram tokenizer matches a quoted phrase as a substring,
            // as LIKE '%word%' does; it needs three characters.
            if (!scanSearch && !m_definition.searchIndex.isEmpty() && word.size() >= 3) {
                indexed << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
                continue;
            }
            conditions << m_definition.searchExpression + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *values << likePattern(word);
        }
        if (!indexed.isEmpty()) {
            conditions << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                                  .arg(m_definition.idExpression, m_definition.searchIndex);
            *values << indexed.join(QStringLiteral(" AND "));
        }
        // Several words: all in the name, or side by side as typed in any
        // field, never gathered from different fields.
        if (words.size() > 1 && !m_definition.nameSearchExpression.isEmpty()) {
            QStringList inName;
            for (const QString &word : words) {
                inName << m_definition.nameSearchExpression + QStringLiteral(" LIKE ? ESCAPE '\\'");
                *values << likePattern(word);
            }
            conditions << QStringLiteral("((%1) OR %2 LIKE ? ESCAPE '\\')")
                                  .arg(inName.join(QStringLiteral(" AND ")), m_definition.searchExpression);
            *values << likePattern(words.join(u' '));
        }
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool RecordListModel::usesBaseOnly(const QString &sql) const
{
    if (m_definition.baseFrom.isEmpty())
        return false;
    const QString alias = m_definition.baseFrom.section(u' ', -1);
    static const QRegularExpression qualified(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\.[A-Za-z_]"));
    auto matches = qualified.globalMatch(sql);
    while (matches.hasNext()) {
        if (matches.next().captured(1) != alias)
            return false;
    }
    return true;
}

QString RecordListModel::sortExpression() const
{
    const ListColumn &column = m_definition.columns.value(m_sortColumn);
    return column.sortExpression.isEmpty() ? column.expression : column.sortExpression;
}

bool RecordListModel::findFoldedMatches()
{
    m_foldedMatches.clear();
    const QStringList words = text::searchKey(m_searchText).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, %2 FROM %3")
                            .arg(m_definition.idExpression, m_definition.searchExpression, m_definition.from))) {
        m_lastError = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString key = text::searchKey(query.value(1).toString());
        if (std::all_of(words.cbegin(), words.cend(), [&key](const QString &word) { return key.contains(word); }))
            m_foldedMatches << QString::number(query.value(0).toLongLong());
    }
    return true;
}

void RecordListModel::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred && m_pending)
        refresh();
}

void RecordListModel::refresh()
{
    m_pending = m_deferred;
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_rowCount = 0;
    m_totalCount = 0;
    m_countCapped = false;
    m_lastError.clear();
    if (!m_deferred && m_db.isValid() && m_db.isOpen() && m_definition.foldSearchInApplication)
        findFoldedMatches();
    if (!m_deferred && m_db.isValid() && m_db.isOpen() && m_lastError.isEmpty()) {
        for (const bool filtered : { true, false }) {
            QVariantList values;
            const QString where = whereClause(filtered, &values);
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            const QString from = usesBaseOnly(where) ? m_definition.baseFrom : m_definition.from;
            const bool capped = filtered && !text::searchKey(m_searchText).isEmpty();
            query.prepare(capped ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                                           .arg(from, where)
                                           .arg(searchCountLimit + 1)
                                 : QStringLiteral("SELECT count(*) FROM ") + from + where);
            for (const QVariant &value : std::as_const(values))
                query.addBindValue(value);
            if (!query.exec() || !query.next()) {
                m_lastError = query.lastError().text();
                break;
            }
            (filtered ? m_rowCount : m_totalCount) = query.value(0).toLongLong();
            if (capped && m_rowCount > searchCountLimit) {
                m_countCapped = true;
                m_rowCount = searchCountLimit;
            }
        }
    }
    endResetModel();
}

const QList<QVariantList> *RecordListModel::page(int pageIndex) const
{
    auto found = m_pages.constFind(pageIndex);
    if (found != m_pages.cend()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &found.value();
    }
    QStringList select = { m_definition.idExpression };
    for (const ListColumn &column : m_definition.columns)
        select << column.expression;
    QVariantList values;
    // Words found in thousands of rows: walk the sort order and test each row.
    const QString where = whereClause(true, &values, m_rowCount > 2000);
    const QString sort = sortExpression();

    // A page past the middle is read from the end in the opposite order, so the
    // last row costs what the first does instead of an OFFSET over the whole list.
    const qint64 offset = qint64(pageIndex) * pageSize;
    const qint64 limit = std::min<qint64>(pageSize, std::max<qint64>(0, m_rowCount - offset));
    // (Not when the count was capped: the end of the list is then not known.)
    const bool fromEnd = !m_countCapped && offset > m_rowCount / 2;
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != fromEnd;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const qint64 readOffset = fromEnd ? std::max<qint64>(0, m_rowCount - offset - limit) : offset;
    const QString order = QStringLiteral(" ORDER BY %1%2, %3%2 LIMIT %4 OFFSET %5")
                                  .arg(sort, direction, m_definition.idExpression)
                                  .arg(limit)
                                  .arg(readOffset);

    QList<QVariantList> rows;
    const auto fail = [this](const QSqlQuery &query) { m_lastError = query.lastError().text(); };
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
    if (limit > 0 && usesBaseOnly(where + u' ' + sort)) {
        // The page's ids from the table alone, then their columns through the joins.
        QSqlQuery ids(m_db);
        ids.setForwardOnly(true);
        ids.prepare(QStringLiteral("SELECT %1 FROM %2%3%4").arg(m_definition.idExpression, m_definition.baseFrom, where, order));
        for (const QVariant &value : std::as_const(values))
            ids.addBindValue(value);
        QList<qint64> pageIds;
        if (!ids.exec()) {
            fail(ids);
        } else {
            while (ids.next())
                pageIds << ids.value(0).toLongLong();
        }
        if (!pageIds.isEmpty()) {
            QStringList idList;
            for (const qint64 id : std::as_const(pageIds))
                idList << QString::number(id);
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                    .arg(select.join(QStringLiteral(", ")), m_definition.from, m_definition.idExpression,
                                         idList.join(u',')))) {
                fail(query);
            } else {
                readRows(query);
                QHash<qint64, int> position;
                for (int i = 0; i < pageIds.size(); ++i)
                    position.insert(pageIds.at(i), i);
                std::sort(rows.begin(), rows.end(), [&position](const QVariantList &a, const QVariantList &b) {
                    return position.value(a.value(0).toLongLong()) < position.value(b.value(0).toLongLong());
                });
            }
        }
    } else if (limit > 0) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM %2%3%4").arg(select.join(QStringLiteral(", ")), m_definition.from, where, order));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            fail(query);
        else
            readRows(query);
    }
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    while (m_pageUse.size() >= maxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &m_pages.insert(pageIndex, rows).value();
}

qint64 RecordListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const QList<QVariantList> *rows = page(row / pageSize);
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
        return column.display ? column.display(value) : defaultDisplay(value);
    case Qt::ToolTipRole: {
        const QString shown = value.isNull() ? QString() : (column.display ? column.display(value) : defaultDisplay(value));
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
    if (column == m_sortColumn && order == m_sortOrder && !m_pages.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

tableexport::StreamQuery RecordListModel::exportQuery(const QString &title) const
{
    tableexport::StreamQuery query;
    query.title = title;
    QStringList select = { m_definition.idExpression };
    for (const ListColumn &column : m_definition.columns) {
        select << column.expression;
        query.columns << tableexport::StreamColumn{ column.header, column.display };
    }
    const QString where = whereClause(true, &query.values, m_rowCount > 2000);
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    query.sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5, %6%5")
                        .arg(select.join(QStringLiteral(", ")), m_definition.from, where, sortExpression(), direction,
                             m_definition.idExpression);
    if (m_countCapped)
        query.sql += QStringLiteral(" LIMIT %1").arg(m_rowCount);
    query.expectedRows = m_rowCount;
    return query;
}

} // namespace cds
