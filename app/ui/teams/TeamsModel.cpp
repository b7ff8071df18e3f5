#include "TeamsModel.h"

#include "common/LevelPresentation.h"
#include "text/VietnameseText.h"

namespace cds {

TeamsModel::TeamsModel(QObject *parent) : QAbstractTableModel(parent) { }

TeamsModel::~TeamsModel() = default;

void TeamsModel::setTeams(QList<TeamRecord> teams)
{
    beginResetModel();
    m_teams = std::move(teams);
    // TeamStore gives every key; records made elsewhere get theirs here.
    for (TeamRecord &team : m_teams) {
        if (team.nameSortKey.isEmpty() && !team.name.isEmpty())
            team.nameSortKey = text::sortKey(team.name);
        if (team.unitSortKey.isEmpty() && !team.unitName.isEmpty())
            team.unitSortKey = text::sortKey(team.unitName);
        if (team.districtSortKey.isEmpty() && !team.districtName.isEmpty())
            team.districtSortKey = text::sortKey(team.districtName);
        if (team.searchKey.isEmpty())
            team.searchKey = text::searchKey(team.name + QLatin1Char(' ') + team.unitName + QLatin1Char(' ')
                                             + team.districtName);
    }
    endResetModel();
}

int TeamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_teams.size());
}

int TeamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamsModel::rawValue(const TeamRecord &team, int column) const
{
    switch (column) {
    case NameColumn:
        return team.name;
    case LevelColumn:
        return static_cast<int>(team.level);
    case UnitColumn:
        return team.unitName;
    case DistrictColumn:
        return team.districtName;
    case MembersColumn:
        return team.listedMembers;
    case DeclaredMembersColumn:
        return team.declaredMembers.value_or(-1);
    }
    return {};
}

QVariant TeamsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamRecord &team = m_teams.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LevelColumn:
            return levelName(team.level);
        case MembersColumn:
            return text::formatNumber(team.listedMembers);
        case DeclaredMembersColumn:
            return team.declaredMembers ? text::formatNumber(*team.declaredMembers) : QString();
        default:
            return rawValue(team, column);
        }
    case Qt::TextAlignmentRole:
        if (column == MembersColumn || column == DeclaredMembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        // The report counts the larger of the two (TeamStore: members).
        if (column == MembersColumn && team.listedMembers == 0 && team.declaredMembers)
            return tr("No member list yet: the report counts the %1 declared")
                    .arg(text::formatNumber(*team.declaredMembers));
        if (column == MembersColumn || column == DeclaredMembersColumn) {
            return tr("The report counts %1 (the larger of the listed and the declared)")
                    .arg(text::formatNumber(team.members));
        }
        return {};
    case Qt::DecorationRole:
        if (column == LevelColumn)
            return levelColor(team.level);
        return {};
    case RawValueRole:
        return rawValue(team, column);
    case SearchKeyRole:
        return team.searchKey;
    case LevelRole:
        return static_cast<int>(team.level);
    case DistrictIdRole:
        return team.districtId;
    }
    return {};
}

QVariant TeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == MembersColumn || section == DeclaredMembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Team");
    case LevelColumn:
        return tr("Level");
    case UnitColumn:
        return tr("Administrative unit");
    case DistrictColumn:
        return tr("District");
    case MembersColumn:
        return tr("Listed members");
    case DeclaredMembersColumn:
        return tr("Declared members");
    }
    return {};
}

} // namespace cds
