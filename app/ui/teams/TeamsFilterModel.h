#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace cds {

// Sorts TeamsModel rows by their raw values with Vietnamese collation
// ("Đức Phổ" after "Dung") and filters them by a search text that ignores
// case and diacritics, by level and by district. Ties sort by team name.
class TeamsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TeamsFilterModel(QObject *parent = nullptr);
    ~TeamsFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // Any text, case and diacritics ignored; "duc pho" matches "Thị xã Đức
    // Phổ". The closest kind of match that some row has is used:
    // 1. the text as one phrase of whole words ("duc pho" in "Đức Phổ", not
    //    "Tổ dân phố …, Mộ Đức" nor "Đức Phong");
    // 2. else every typed word as a whole word, in any order and place among
    //    the team's name, unit and district ("thon 1 (ten mau) ly son" finds
    //    "Thôn 1 (tên mẫu)" of "Huyện Lý Sơn", not "Thôn 10");
    // 3. else every typed word as a part of a word, so a half-typed "duc ph"
    //    already filters.
    // Empty shows all.
    void setSearchText(const QString &text);
    // 0 for all levels, else an AdminLevel value.
    void setLevelFilter(int level);
    // 0 for all districts, else the admin_unit id of a district.
    void setDistrictFilter(int districtId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Recomputes m_wholeWords when the rows change.
    void updateWordMode();
    enum class MatchMode { Phrase, WholeWords, Parts };
    MatchMode closestMatchSomewhere() const;
    bool matches(const QString &rowKey, MatchMode mode) const;
    // needle occurs in haystack starting and ending at word boundaries.
    static bool containsWords(const QString &haystack, const QString &needle);

    QString m_searchKey;
    QStringList m_searchWords; // m_searchKey split at spaces
    MatchMode m_mode = MatchMode::Parts;
    int m_level = 0;
    int m_districtId = 0;
};

} // namespace cds
