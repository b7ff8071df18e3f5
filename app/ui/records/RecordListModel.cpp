#include "records/RecordListModel.h"

#include "text/VietnameseText.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

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

QString RecordListModel::whereClause(bool withSearchAndFilters, QVariantList *values) const
{
    QStringList conditions;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        if (!withSearchAndFilters && !it.key().startsWith(QLatin1String("fixed:")))
            continue;
        conditions << u'(' + it.value().first + u')';
        *values << it.value().second;
    }
    if (withSearchAndFilters && !m_definition.searchExpression.isEmpty()) {
        const QStringList words = text::searchKey(m_searchText).split(u' ', Qt::SkipEmptyParts);
        QStringList indexed;
        for (const QString &word : words) {
            // The trigram tokenizer matches a quoted phrase as a substring,
            // as LIKE '%word%' does; it needs three characters.
            if (!m_definition.searchIndex.isEmpty() && word.size() >= 3) {
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
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void RecordListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_rowCount = 0;
    m_totalCount = 0;
    m_lastError.clear();
    if (m_db.isValid() && m_db.isOpen()) {
        for (const bool filtered : { true, false }) {
            QVariantList values;
            const QString where = whereClause(filtered, &values);
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT count(*) FROM ") + m_definition.from + where);
            for (const QVariant &value : std::as_const(values))
                query.addBindValue(value);
            if (!query.exec() || !query.next()) {
                m_lastError = query.lastError().text();
                break;
            }
            (filtered ? m_rowCount : m_totalCount) = query.value(0).toLongLong();
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
    const ListColumn &sortColumn = m_definition.columns.value(m_sortColumn);
    const QString sortExpression = sortColumn.sortExpression.isEmpty() ? sortColumn.expression : sortColumn.sortExpression;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QVariantList values;
    const QString where = whereClause(true, &values);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5, %6%5 LIMIT %7 OFFSET %8")
                          .arg(select.join(QStringLiteral(", ")), m_definition.from, where, sortExpression, direction,
                               m_definition.idExpression)
                          .arg(pageSize)
                          .arg(qint64(pageIndex) * pageSize));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<QVariantList> rows;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
    } else {
        const int width = int(select.size());
        while (query.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << query.value(i);
            rows << row;
        }
    }
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

} // namespace cds
