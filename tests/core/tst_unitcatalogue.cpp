#include "TestDatabase.h"

#include "demo/DemoCampaign.h"
#include "records/ChangeLog.h"
#include "statistics/CampaignStatistics.h"
#include "units/ProvinceSetup.h"
#include "units/UnitCatalogue.h"
#include "units/UnitHistory.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace cds;
using namespace cds::units;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    const QVariant value = test::scalar(db, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    return test::scalar(db, sql).toString();
}

} // namespace

// The national unit lists (resources/data) and setting up a province from them.
class UnitCatalogueTest : public QObject
{
    Q_OBJECT

private slots:
    void countsStraightFromTheFiles()
    {
        const UnitCatalogue &list2025 = UnitCatalogue::get(UnitList::Units2025);
        const UnitCatalogue &list2024 = UnitCatalogue::get(UnitList::Units2024);
        QVERIFY2(list2025.loadError().isEmpty(), qPrintable(list2025.loadError()));
        QVERIFY2(list2024.loadError().isEmpty(), qPrintable(list2024.loadError()));
        QCOMPARE(list2025.provinces().size(), 34);
        QCOMPARE(list2025.size(), 34 + 3321);
        QCOMPARE(list2024.provinces().size(), 63);
        QCOMPARE(list2024.size(), 63 + 696 + 10035);

        const SetupCounts quangNgai = listedUnits(UnitList::Units2025, QStringLiteral("51"));
        QCOMPARE(quangNgai.provinces, 1);
        QCOMPARE(quangNgai.districts, 0);
        QCOMPARE(quangNgai.communes, 96);
        QCOMPARE(quangNgai.byType.value(QStringLiteral("Xã")), 86);
        QCOMPARE(quangNgai.byType.value(QStringLiteral("Phường")), 9);
        QCOMPARE(quangNgai.byType.value(QStringLiteral("Đặc khu")), 1);
        QCOMPARE(quangNgai.byType.value(QStringLiteral("Tỉnh")), 1);
        QCOMPARE(listedUnits(UnitList::Units2025, QStringLiteral("01")).communes, 126);
        QCOMPARE(listedUnits(UnitList::Units2025, QStringLiteral("01")).byType.value(QStringLiteral("Thành phố")), 1);

        const SetupCounts old = listedUnits(UnitList::Units2024, QStringLiteral("51"));
        QCOMPARE(old.districts, 13);
        QCOMPARE(old.communes, 170);
        QCOMPARE(old.byType.value(QStringLiteral("Thị xã")), 1);
        QCOMPARE(old.byType.value(QStringLiteral("Thành phố")), 1);

        // Names normalised on load: no double space survives.
        for (const CatalogueUnit &unit : list2024.provinceUnits(QStringLiteral("51")))
            QVERIFY2(!unit.name.contains(QStringLiteral("  ")), qPrintable(unit.name));
        QCOMPARE(successionTable().size(), 10565 + 5);
    }

    void findsProvincesByCodeOrName()
    {
        const UnitCatalogue &list = UnitCatalogue::get(UnitList::Units2025);
        QCOMPARE(list.findProvince(QStringLiteral("51"))->name, QStringLiteral("Tỉnh Quảng Ngãi"));
        QCOMPARE(list.findProvince(QStringLiteral("Quảng Ngãi"))->code, QStringLiteral("51"));
        QCOMPARE(list.findProvince(QStringLiteral("tinh quang ngai"))->code, QStringLiteral("51"));
        QCOMPARE(list.findProvince(QStringLiteral("Hà Nội"))->code, QStringLiteral("01"));
        QCOMPARE(list.findProvince(QStringLiteral("1"))->code, QStringLiteral("01"));
        QVERIFY(!list.findProvince(QStringLiteral("62"))); // Kon Tum: merged into Quảng Ngãi
        QVERIFY(UnitCatalogue::get(UnitList::Units2024).findProvince(QStringLiteral("Kon Tum")));
        QVERIFY(!list.findProvince(QStringLiteral("Atlantis")));
        UnitList parsed = UnitList::Units2025;
        QVERIFY(unitListFromName(QStringLiteral("2024"), &parsed));
        QCOMPARE(parsed, UnitList::Units2024);
        QVERIFY(!unitListFromName(QStringLiteral("2023"), &parsed));
    }

    void setsUpAProvinceInOneStep()
    {
        auto database = test::openMemoryDatabase();
        const QSqlDatabase db = database->connection();
        const SetupResult result = setUpProvince(db, UnitList::Units2025, QStringLiteral("51"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.created.provinces, 1);
        QCOMPARE(result.created.communes, 96);
        QCOMPARE(result.provinceName, QStringLiteral("Tỉnh Quảng Ngãi"));
        QVERIFY(result.changeGroupId > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit")), 97);
        QCOMPARE(text(db, QStringLiteral("SELECT unit_type || '|' || level || '|' || valid_from || '|' || "
                                         "COALESCE(valid_to, '-') FROM admin_unit WHERE gso_code = '51'")),
                 QStringLiteral("Tỉnh|1|2025-07-01|-"));
        // A 2025 commune is level 3, directly under the province.
        QCOMPARE(text(db, QStringLiteral("SELECT u.name || '|' || u.unit_type || '|' || u.level || '|' || p.gso_code "
                                         "FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id "
                                         "WHERE u.gso_code = '21548'")),
                 QStringLiteral("Đặc khu Lý Sơn|Đặc khu|3|51"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 3 AND unit_type = 'Phường'")), 9);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE search_key IS NULL")), 0);
        // One change group with every row, described with the province and the list.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_group")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE group_id = %1").arg(result.changeGroupId)), 97);
        const QString description = changelog::groupDescription(db, result.changeGroupId);
        QVERIFY2(description.contains(QStringLiteral("tỉnh Quảng Ngãi")) && description.contains(QStringLiteral("01/07/2025")),
                 qPrintable(description));

        // Again: nothing created, no duplicate, no empty step in the history.
        const SetupResult again = setUpProvince(db, UnitList::Units2025, QStringLiteral("51"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.created.total(), 0);
        QCOMPARE(again.alreadyPresent, 97);
        QCOMPARE(again.changeGroupId, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit")), 97);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_group")), 1);
        QCOMPARE(countsText(result.created, UnitList::Units2025),
                 QStringLiteral("1 province(s), 96 commune(s)/ward(s)/special zone(s)"));
    }

    void undoRemovesTheWholeSetUp()
    {
        auto database = test::openMemoryDatabase();
        const QSqlDatabase db = database->connection();
        const SetupResult result = setUpProvince(db, UnitList::Units2024, QStringLiteral("51"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.created.districts, 13);
        QCOMPARE(result.created.communes, 170);
        QCOMPARE(text(db, QStringLiteral("SELECT COALESCE(valid_from, '-') || '|' || valid_to FROM admin_unit "
                                         "WHERE gso_code = '534'")),
                 QStringLiteral("-|2025-06-30"));
        QString error;
        QVERIFY2(changelog::revertGroup(db, result.changeGroupId, QStringLiteral("Undo"), &error) > 0, qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit")), 0);
    }

    void bothListsOfAProvinceLiveInOneDatabase()
    {
        auto database = test::openMemoryDatabase();
        const QSqlDatabase db = database->connection();
        // The new province first, then the old ones that went into it.
        for (const auto &[list, code] : { std::pair{ UnitList::Units2025, QStringLiteral("51") },
                                          std::pair{ UnitList::Units2024, QStringLiteral("51") },
                                          std::pair{ UnitList::Units2024, QStringLiteral("62") } }) {
            const SetupResult result = setUpProvince(db, list, code);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(result.created.total() > 0);
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE gso_code = '51'")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE gso_code = '23500'")), 2);

        // By code, the unit in force on the day.
        const qint64 oldDakHa = unitIdByCode(db, QStringLiteral("23500"), QDate(2024, 12, 31));
        const qint64 newDakHa = unitIdByCode(db, QStringLiteral("23500"), QDate(2025, 8, 1));
        QVERIFY(oldDakHa != 0 && newDakHa != 0 && oldDakHa != newDakHa);
        QCOMPARE(text(db, QStringLiteral("SELECT name FROM admin_unit WHERE id = %1").arg(oldDakHa)),
                 QStringLiteral("Thị trấn Đắk Hà"));
        QCOMPARE(text(db, QStringLiteral("SELECT name FROM admin_unit WHERE id = %1").arg(newDakHa)),
                 QStringLiteral("Xã Đăk Hà"));

        // Hà Mòn (23521, old Kon Tum) went into Xã Đăk Hà (23500), not Tu Mơ Rông.
        const qint64 haMon = unitIdByCode(db, QStringLiteral("23521"), QDate(2024, 12, 31));
        QVERIFY(haMon != 0);
        const QList<UnitSuccession> successors = successorsOf(db, haMon);
        QCOMPARE(successors.size(), 1);
        QCOMPARE(successors.first().newUnitId, newDakHa);
        QCOMPARE(successors.first().note, QStringLiteral("Nhập toàn bộ"));
        QCOMPARE(mapToNewUnits(db, { haMon }).value(haMon), QList<qint64>{ newDakHa });

        // New Quảng Ngãi <- old Quảng Ngãi + old Kon Tum.
        const qint64 newProvince = unitIdByCode(db, QStringLiteral("51"), QDate(2025, 8, 1), 1);
        const qint64 oldProvince = unitIdByCode(db, QStringLiteral("51"), QDate(2024, 12, 31), 1);
        const qint64 konTum = unitIdByCode(db, QStringLiteral("62"), QDate(2024, 12, 31), 1);
        QList<qint64> sources;
        for (const UnitSuccession &row : predecessorsOf(db, newProvince))
            sources << row.oldUnitId;
        std::sort(sources.begin(), sources.end());
        QList<qint64> expected = { oldProvince, konTum };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sources, expected);
        // Every new commune of Quảng Ngãi has its old units.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM admin_unit u WHERE u.valid_from = '2025-07-01' "
                                          "AND u.level = 3 AND NOT EXISTS (SELECT 1 FROM admin_unit_succession s "
                                          "WHERE s.new_unit_id = u.id)")),
                 0);

        // Setting up again changes nothing.
        const SetupResult again = setUpProvince(db, UnitList::Units2024, QStringLiteral("62"));
        QCOMPARE(again.created.total(), 0);
        QCOMPARE(again.successionsCreated, 0);

        // A 2025 campaign of new Quảng Ngãi compares with the latest earlier
        // campaign of a province merged into it.
        test::exec(db, QStringLiteral("INSERT INTO campaign (id, name, year, province_id) VALUES "
                                      "(1, 'Quảng Ngãi 2023', 2023, %1), (2, 'Kon Tum 2024', 2024, %2), "
                                      "(3, 'Quảng Ngãi 2025', 2025, %3)")
                               .arg(oldProvince)
                               .arg(konTum)
                               .arg(newProvince));
        QCOMPARE(previousCampaignId(db, 3), 2);
        QCOMPARE(previousCampaignId(db, 2), 0);
        const QString note = comparisonNote(db, 3, 2);
        QVERIFY2(note.contains(QStringLiteral("tỉnh Kon Tum")) && note.contains(QStringLiteral("tỉnh Quảng Ngãi"))
                         && note.contains(QStringLiteral("01/7/2025")),
                 qPrintable(note));
        QVERIFY(comparisonNote(db, 2, 1).isEmpty());
    }

    void theDemoKeepsItsUnitsBesideTheNewList()
    {
        int campaign = 0;
        auto database = test::openDemoDatabase(&campaign);
        const QSqlDatabase db = database->connection();
        CampaignStatistics before;
        QString error;
        QVERIFY2(computeCampaignStatistics(db, campaign, &before, &error), qPrintable(error));
        const SetupResult result = setUpProvince(db, UnitList::Units2025, QStringLiteral("51"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.created.communes, 96);
        CampaignStatistics after;
        QVERIFY2(computeCampaignStatistics(db, campaign, &after, &error), qPrintable(error));
        QCOMPARE(after.level(AdminLevel::Commune)->coverageText(), before.level(AdminLevel::Commune)->coverageText());
        QCOMPARE(after.level(AdminLevel::Commune)->units, 173);
        // The demo loads again into a database that holds the new province first.
        auto fresh = test::openMemoryDatabase();
        QVERIFY(setUpProvince(fresh->connection(), UnitList::Units2025, QStringLiteral("51")).ok);
        const int demo = createDemoCampaign(fresh->connection(), &error);
        QVERIFY2(demo > 0, qPrintable(error));
        CampaignStatistics demoStats;
        QVERIFY2(computeCampaignStatistics(fresh->connection(), demo, &demoStats, &error), qPrintable(error));
        QCOMPARE(demoStats.level(AdminLevel::Commune)->coverageText(), QStringLiteral("173/173"));
    }

    void theLargestProvinceTakesUnderASecond()
    {
        UnitList largestList = UnitList::Units2025;
        QString largest;
        int size = 0;
        for (const UnitList list : { UnitList::Units2025, UnitList::Units2024 }) {
            for (const CatalogueUnit &province : UnitCatalogue::get(list).provinces()) {
                const int units = listedUnits(list, province.code).total();
                if (units > size) {
                    size = units;
                    largest = province.code;
                    largestList = list;
                }
            }
        }
        auto database = test::openMemoryDatabase();
        QElapsedTimer timer;
        timer.start();
        const SetupResult result = setUpProvince(database->connection(), largestList, largest);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.created.total(), size);
        qInfo("%s: %d units in %lld ms", qPrintable(result.provinceName), size, elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(UnitCatalogueTest)
#include "tst_unitcatalogue.moc"
