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

    // Any text; "duc pho" matches "Thị xã Đức Phổ". Whole words are
    // preferred: when some row holds the text as whole words ("duc pho" in
    // "Đức Phổ"), rows holding it only as a prefix ("Đức Phong") are hidden;
    // otherwise prefixes match, so a half-typed "duc ph" already filters.
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
    bool wholeWordsMatchSomewhere() const;
    // needle occurs in haystack starting and ending at word boundaries.
    static bool containsWords(const QString &haystack, const QString &needle);

    QString m_searchKey;
    bool m_wholeWords = false;
    int m_level = 0;
    int m_districtId = 0;
};

} // namespace cds
