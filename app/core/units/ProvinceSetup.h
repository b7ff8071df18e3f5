#pragma once

#include "units/UnitCatalogue.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace cds::units {

// Setting up one province of a national list (UnitCatalogue.h) in the
// database, in ONE step: the province, its districts (2024 list) and its
// communes, with their GSO codes, admin_unit.unit_type as the name writes it
// ("Tỉnh", "Thành phố", "Huyện", "Thị xã", "Xã", "Phường", "Đặc khu"…),
// schema levels (1 province, 2 district, 3 commune: a 2025 commune hangs
// directly under its province) and the list's validity (2025: valid_from
// 2025-07-01; 2024: valid_to 2025-06-30).
//
// One transaction, one change group ("Thiết lập đơn vị hành chính tỉnh Quảng
// Ngãi (danh mục 01/07/2025)", ChangeLog.h), undone as one action. A unit
// already in the database with the same code and level and a validity that
// overlaps the list's is kept as it is and not created again, so setting up
// twice creates nothing (and writes no change group).
//
// The reform's history: after writing, every row of the GSO conversion table
// (successionTable()) whose old unit (2024 list) and new unit (2025 list) are
// both in the database becomes a row of admin_unit_succession, and so does
// each old province -> new province of Resolution 202/2025/QH15; so setting
// up both lists of a province, in either order, records which old units went
// into which new ones.

struct SetupCounts
{
    int provinces = 0;
    int districts = 0;
    int communes = 0;
    QMap<QString, int> byType; // unit_type -> count ("Xã" -> 86, "Phường" -> 9, "Đặc khu" -> 1)

    int total() const { return provinces + districts + communes; }
};

// What a province of a list holds (nothing written); all zero for an unknown code.
SetupCounts listedUnits(UnitList list, const QString &provinceCode);

// What setUpProvince() would create now: the units of the list not yet in
// the database (nothing written).
SetupCounts missingUnits(const QSqlDatabase &db, UnitList list, const QString &provinceCode);

struct SetupResult
{
    bool ok = false;
    QString error;             // translated, when !ok
    QString provinceName;      // "Tỉnh Quảng Ngãi"
    SetupCounts created;       // units written now
    int alreadyPresent = 0;    // units of the list found in the database
    int successionsCreated = 0;
    qint64 changeGroupId = 0;  // 0 when nothing was written
};

// Sets up provinceCode (2 digits) of list in db. Errors: an unknown province
// code, an unreadable list, or a database failure (nothing is written).
SetupResult setUpProvince(const QSqlDatabase &db, UnitList list, const QString &provinceCode);

// The change group's description: "Thiết lập đơn vị hành chính tỉnh Quảng
// Ngãi (danh mục 01/07/2025)".
QString setupDescription(const QString &provinceName, const QString &provinceType, UnitList list);

// "1 province, 13 districts, 170 communes" for the interface (translated,
// context cds::UnitCatalogue): the district word is left out when there
// are none, the commune word follows the list ("communes/wards/special zones"
// in 2025, "communes/wards/townships" in 2024).
QString countsText(const SetupCounts &counts, UnitList list);

// Writes the admin_unit_succession rows of every pair of units present in the
// database (see above) that are not recorded yet, in the caller's
// transaction. Returns the number written, -1 with *error set on failure.
int recordSuccessions(const QSqlDatabase &db, QString *error);

} // namespace cds::units
