#include "TeamsFilterModel.h"

#include "TeamsModel.h"
#include "text/VietnameseText.h"

namespace cds {

TeamsFilterModel::TeamsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(text::collator())
{
    setSortRole(TeamsModel::RawValueRole);
}

TeamsFilterModel::~TeamsFilterModel() = default;

void TeamsFilterModel::setSearchText(const QString &text)
{
    const QString key = text::searchKey(text);
    if (key == m_searchKey)
        return;
    m_searchKey = key;
    m_wholeWords = wholeWordsMatchSomewhere();
    invalidateFilter();
}

void TeamsFilterModel::setLevelFilter(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void TeamsFilterModel::setDistrictFilter(int districtId)
{
    if (districtId == m_districtId)
        return;
    m_districtId = districtId;
    invalidateFilter();
}

bool TeamsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_level != 0 && index.data(TeamsModel::LevelRole).toInt() != m_level)
        return false;
    if (m_districtId != 0 && index.data(TeamsModel::DistrictIdRole).toInt() != m_districtId)
        return false;
    if (!m_searchKey.isEmpty()) {
        const QString rowKey = index.data(TeamsModel::SearchKeyRole).toString();
        if (m_wholeWords ? !containsWords(rowKey, m_searchKey) : !rowKey.contains(m_searchKey))
            return false;
    }
    return true;
}

void TeamsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), &QAbstractItemModel::modelReset, this,
                   &TeamsFilterModel::updateWordMode);
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &TeamsFilterModel::updateWordMode);
    updateWordMode();
}

void TeamsFilterModel::updateWordMode()
{
    const bool wholeWords = wholeWordsMatchSomewhere();
    if (wholeWords != m_wholeWords) {
        m_wholeWords = wholeWords;
        invalidateFilter();
    }
}

bool TeamsFilterModel::wholeWordsMatchSomewhere() const
{
    if (m_searchKey.isEmpty() || !sourceModel())
        return false;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QString rowKey =
                sourceModel()->index(row, 0).data(TeamsModel::SearchKeyRole).toString();
        if (containsWords(rowKey, m_searchKey))
            return true;
    }
    return false;
}

bool TeamsFilterModel::containsWords(const QString &haystack, const QString &needle)
{
    for (qsizetype from = haystack.indexOf(needle); from >= 0;
         from = haystack.indexOf(needle, from + 1)) {
        const qsizetype end = from + needle.size();
        const bool startsWord = from == 0 || !haystack.at(from - 1).isLetterOrNumber();
        const bool endsWord = end == haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

int TeamsFilterModel::compareValues(const QVariant &left, const QVariant &right) const
{
    if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString)
        return m_collator.compare(left.toString(), right.toString());
    const qint64 a = left.toLongLong();
    const qint64 b = right.toLongLong();
    return a < b ? -1 : (a > b ? 1 : 0);
}

bool TeamsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int byColumn = compareValues(left.data(sortRole()), right.data(sortRole()));
    if (byColumn != 0 || left.column() == TeamsModel::NameColumn)
        return byColumn < 0;
    const auto name = [](const QModelIndex &index) {
        return index.siblingAtColumn(TeamsModel::NameColumn).data(TeamsModel::RawValueRole);
    };
    return compareValues(name(left), name(right)) < 0;
}

} // namespace cds
