#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cds::units {

// The national lists of administrative units shipped with CDS Desk
// (resources/data, credited in README "Data credits"). Read once from the
// resources, names normalised (NFC, single spaces) on load, never in the files.
//
// units_2025.csv: the two-level structure in force from 01/07/2025
//   (Resolution 202/2025/QH15 on provinces; NASC resolutions 1654–1687/
//   NQ-UBTVQH15 of 16/06/2025 on communes; codes per Decision 19/2025/QĐ-TTg):
//   34 provinces, 3 321 communes. File level 2 is a COMMUNE.
// units_2024.csv: the three-level structure as of 01/03/2025 (the last change
//   before the reform, 1365/NQ-UBTVQH15): 63 provinces, 696 district-level
//   units, 10 035 communes. File level 2 is a district, 3 a commune.
// units_2024_to_2025.csv: the GSO conversion table: which new commune(s)
//   each old commune (and each of the five island districts) went into.
//
// Columns: code (GSO code as text, leading zeros kept: province 2 digits,
// district 3, commune 5), name (with its type word), type (lower case), level,
// parent_code (empty for provinces).
enum class UnitList { Units2025, Units2024 };

struct UnitListInfo
{
    UnitList list = UnitList::Units2025;
    QString name;          // "2025" or "2024": the command line's --units-list
    QString dateText;      // "01/07/2025" or "01/03/2025": the date the list states
    QDate validFrom;       // 2025-07-01; null for 2024 (units of several starting dates)
    QDate validTo;         // null for 2025; 2025-06-30 for 2024 (the last day before the reform)
    QString basis;         // the legal basis, in Vietnamese
    QString resource;      // ":/data/units_2025.csv"
};

const UnitListInfo &unitListInfo(UnitList list);
// "2025" or "2024" (also "01/07/2025", "01/03/2025"); false for anything else.
bool unitListFromName(const QString &name, UnitList *list);
QStringList unitListNames();

// One unit of a list, as admin_unit will hold it.
struct CatalogueUnit
{
    QString code;
    QString name;       // "Xã Bình Sơn", "Thành phố Hà Nội" (NFC, single spaces)
    QString type;       // the file's lower-case type: "xã", "thành phố trực thuộc trung ương"…
    int fileLevel = 0;  // the file's level column
    QString parentCode; // empty for a province
    int level = 0;      // admin_unit.level: 1 province, 2 district, 3 commune
    QString unitType;   // admin_unit.unit_type, the capitalised type word the
                        // name starts with: "Tỉnh", "Thành phố", "Huyện", "Thị xã", "Quận", "Xã", "Phường", "Thị trấn", "Đặc khu"
};

class UnitCatalogue
{
public:
    // The list, loaded on first use (thread-safe); an unreadable resource
    // gives an empty catalogue with loadError() set.
    static const UnitCatalogue &get(UnitList list);

    UnitList list() const { return m_list; }
    QString loadError() const { return m_error; }
    qsizetype size() const { return m_units.size(); }

    // Provinces, by code.
    QList<CatalogueUnit> provinces() const;
    const CatalogueUnit *unit(const QString &code) const;
    // The province, then its districts (2024), then its communes, each by code.
    QList<CatalogueUnit> provinceUnits(const QString &provinceCode) const;
    // The province code of any unit of the list; empty when unknown.
    QString provinceOf(const QString &code) const;
    // A province by its code ("51", also "5" for "05") or its name, with or
    // without the type word, diacritics and case ignored ("Quảng Ngãi",
    // "tinh quang ngai", "Thành phố Hà Nội"); nullptr when none matches.
    const CatalogueUnit *findProvince(const QString &codeOrName) const;

private:
    explicit UnitCatalogue(UnitList list);

    UnitList m_list;
    QString m_error;
    QList<CatalogueUnit> m_units; // file order: by level, then code
    QHash<QString, qsizetype> m_byCode;
    QMultiHash<QString, qsizetype> m_childrenOf;
};

// One row of the 2024→2025 conversion table.
struct Succession
{
    QString oldCode;  // a units_2024 code (commune, or one of the five island districts)
    QString newCode;  // a units_2025 commune code
    int oldLevel = 3; // admin_unit.level of the old unit: 3 commune, 2 district
    bool split = false; // the old unit was divided among several new ones
    QString note;     // the GSO's remark: "Nhập toàn bộ", "Nhập một phần", …
};

// The conversion table (10 570 rows), loaded once; *error set when unreadable.
const QList<Succession> &successionTable(QString *error = nullptr);

} // namespace cds::units
