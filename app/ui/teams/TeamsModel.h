#pragma once

#include "teams/TeamStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace cds {

// The teams of one campaign as a read-only table.
class TeamsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LevelColumn,
        UnitColumn,
        DistrictColumn,
        MembersColumn,
        DeclaredMembersColumn,
        ColumnCount
    };

    enum Role {
        // The value behind the display text, for sorting and charts: QString
        // for names, int for the level, qint64 for counts (-1: not declared).
        RawValueRole = Qt::UserRole + 1,
        // cds::text::searchKey() of name, unit and district together.
        SearchKeyRole,
        LevelRole, // int, AdminLevel
        DistrictIdRole, // int, 0 for the province team
    };

    explicit TeamsModel(QObject *parent = nullptr);
    ~TeamsModel() override;

    void setTeams(QList<TeamRecord> teams);
    const QList<TeamRecord> &teams() const { return m_teams; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const TeamRecord &team, int column) const;

    QList<TeamRecord> m_teams;
};

} // namespace cds
