#include "TeamsFilterModel.h"

#include "TeamsModel.h"
#include "text/VietnameseText.h"

namespace cds {

TeamsFilterModel::TeamsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
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
    m_searchWords = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_mode = closestMatchSomewhere();
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
        if (!matches(rowKey, m_mode))
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
    const MatchMode mode = closestMatchSomewhere();
    if (mode != m_mode) {
        m_mode = mode;
        invalidateFilter();
    }
}

TeamsFilterModel::MatchMode TeamsFilterModel::closestMatchSomewhere() const
{
    if (m_searchKey.isEmpty() || !sourceModel())
        return MatchMode::Parts;
    bool wholeWords = false;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QString rowKey =
                sourceModel()->index(row, 0).data(TeamsModel::SearchKeyRole).toString();
        if (matches(rowKey, MatchMode::Phrase))
            return MatchMode::Phrase;
        wholeWords = wholeWords || matches(rowKey, MatchMode::WholeWords);
    }
    return wholeWords ? MatchMode::WholeWords : MatchMode::Parts;
}

bool TeamsFilterModel::matches(const QString &rowKey, MatchMode mode) const
{
    if (mode == MatchMode::Phrase)
        return containsWords(rowKey, m_searchKey);
    for (const QString &word : m_searchWords) {
        if (mode == MatchMode::WholeWords ? !containsWords(rowKey, word) : !rowKey.contains(word))
            return false;
    }
    return true;
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

bool TeamsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The records' own keys, not data() and a collator: 40.000 teams sort in
    // a few milliseconds (issue #15). Ties go by name, then id.
    const auto *model = qobject_cast<const TeamsModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const TeamRecord &a = model->teams().at(left.row());
    const TeamRecord &b = model->teams().at(right.row());
    const auto order = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    int byColumn = 0;
    switch (left.column()) {
    case TeamsModel::LevelColumn:
        byColumn = order(int(a.level), int(b.level));
        break;
    case TeamsModel::UnitColumn:
        byColumn = a.unitSortKey.compare(b.unitSortKey);
        break;
    case TeamsModel::DistrictColumn:
        byColumn = a.districtSortKey.compare(b.districtSortKey);
        break;
    case TeamsModel::MembersColumn:
        byColumn = order(a.listedMembers, b.listedMembers);
        break;
    case TeamsModel::DeclaredMembersColumn:
        byColumn = order(a.declaredMembers.value_or(-1), b.declaredMembers.value_or(-1));
        break;
    default:
        break;
    }
    if (byColumn != 0)
        return byColumn < 0;
    const int byName = a.nameSortKey.compare(b.nameSortKey);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

} // namespace cds
