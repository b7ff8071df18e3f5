#include "TestDatabase.h"

#include "campaigns/CampaignSetup.h"
#include "records/ChangeLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace cds;
using cds::test::scalar;

// The yearly set-up records written from key=value settings (the command
// line's --create): every wrong setting is named and nothing is written; a
// good one writes the row the report and the statistics read, undoably.
class CampaignSetupTest : public QObject
{
    Q_OBJECT

private slots:
    void campaignWithScope();
    void campaignRefusesEveryWrongSettingAndWritesNothing();
    void campaignRootByNameOrCode_data();
    void campaignRootByNameOrCode();
    void letterheadAndSigner();
    void letterheadKeepsDecree30Margins();
    void exclusionNamesUnitAndReason();
    void createdCampaignIsUndone();
};

namespace {

setup::Settings settings(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    setup::Settings result;
    for (const auto &[key, value] : pairs)
        result.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return result;
}

qint64 count(const QSqlDatabase &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toLongLong();
}

// A province, a district, and two communes whose names differ by a tone mark.
void addUnits(const QSqlDatabase &db)
{
    test::exec(db, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES"
                                  " (1, '51', 'Tỉnh Quảng Ngãi', 'Tỉnh', 1, NULL),"
                                  " (2, '524', 'Huyện Bình Sơn', 'Huyện', 2, 1),"
                                  " (3, '21046', 'Xã Bình Thạnh', 'Xã', 3, 2),"
                                  " (4, '21091', 'Xã Bình Thanh', 'Xã', 3, 2),"
                                  " (5, '48', 'Thành phố Đà Nẵng', 'Thành phố', 1, NULL)"));
}

} // namespace

void CampaignSetupTest::campaignWithScope()
{
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    addUnits(db);
    QString error;
    const setup::Created created = setup::createCampaign(
            db,
            settings({{"name", "Ngày  Chuyển đổi số quốc gia năm 2025"}, {"year", "2025"}, {"province", "48"},
                      {"start", "1/7/2025"}, {"end", "2025-12-31"}, {"levels", "thôn, xa"}, {"min_team_members", "7"}}),
            &error);
    QVERIFY2(created.id > 0, qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT name, year, province_id, start_date, end_date, team_levels, min_team_members "
                                  "FROM campaign WHERE id = %1").arg(created.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ngày Chuyển đổi số quốc gia năm 2025")); // white space collapsed
    QCOMPARE(q.value(1).toInt(), 2025);
    QCOMPARE(q.value(2).toInt(), 5);
    QCOMPARE(q.value(3).toString(), QStringLiteral("2025-07-01"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("2025-12-31"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("3,4")); // ascending level numbers
    QCOMPARE(q.value(6).toInt(), 7);
    QVERIFY2(created.summary.contains(QStringLiteral("Thành phố Đà Nẵng")), qPrintable(created.summary));
}

void CampaignSetupTest::campaignRefusesEveryWrongSettingAndWritesNothing()
{
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    addUnits(db);
    QString error;
    const setup::Created created = setup::createCampaign(
            db,
            settings({{"year", "20x5"}, {"province", "Hà Nội"}, {"start", "31/02/2025"}, {"levels", "xa,phuong"},
                      {"colour", "blue"}}),
            &error);
    QCOMPARE(created.id, qint64(0));
    QCOMPARE(count(db, "campaign"), qint64(0));
    QCOMPARE(count(db, "change_group"), qint64(0));
    // Every problem at once, each with its key.
    for (const char *key : {"name:", "year:", "province:", "start:", "levels:", "colour:"})
        QVERIFY2(error.contains(QString::fromLatin1(key)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("phuong")), qPrintable(error));

    setup::createCampaign(db, settings({{"name", "X"}, {"year", "2025"}, {"province", "51"}, {"start", "01/10/2025"},
                                        {"end", "01/09/2025"}}),
                          &error);
    QVERIFY2(error.contains(QStringLiteral("end:")), qPrintable(error));
    QCOMPARE(count(db, "campaign"), qint64(0));
}

void CampaignSetupTest::campaignRootByNameOrCode_data()
{
    QTest::addColumn<QString>("named");
    QTest::addColumn<int>("unitId");
    QTest::newRow("code") << QStringLiteral("524") << 2;
    QTest::newRow("full name") << QStringLiteral("Huyện Bình Sơn") << 2;
    QTest::newRow("without the type word") << QStringLiteral("Quảng Ngãi") << 1;
    QTest::newRow("without diacritics") << QStringLiteral("da nang") << 5;
    QTest::newRow("a commune is not a campaign's root") << QStringLiteral("Xã Bình Thạnh") << 0;
}

void CampaignSetupTest::campaignRootByNameOrCode()
{
    QFETCH(QString, named);
    QFETCH(int, unitId);
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    addUnits(db);
    QString error;
    setup::Settings s = settings({{"name", "Ngày Chuyển đổi số quốc gia năm 2022"}, {"year", "2022"}});
    s.insert(QStringLiteral("province"), named);
    const setup::Created created = setup::createCampaign(db, s, &error);
    if (unitId == 0) {
        QCOMPARE(created.id, qint64(0));
        QVERIFY2(error.contains(QStringLiteral("province:")), qPrintable(error));
        return;
    }
    QVERIFY2(created.id > 0, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT province_id FROM campaign")).toInt(), unitId);
}

void CampaignSetupTest::letterheadAndSigner()
{
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    QString error;
    const setup::Created letterhead = setup::createLetterhead(
            db,
            settings({{"parent_body", "UBND thành phố Đà Nẵng"}, {"issuing_body", "Sở Khoa học và Công nghệ"},
                      {"issuing_body_name", "Sở Khoa học và Công nghệ"}, {"abbreviation", "SKHCN"},
                      {"place", "Đà Nẵng"}, {"valid_from", "01/03/2025"}}),
            &error);
    QVERIFY2(letterhead.id > 0, qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT parent_body, issuing_body, issuing_body_name, issuing_abbreviation, place_name, "
                                  "valid_from, valid_to, margin_left_mm FROM letterhead")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("UBND THÀNH PHỐ ĐÀ NẴNG")); // printed in capitals
    QCOMPARE(q.value(1).toString(), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Sở Khoa học và Công nghệ"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("SKHCN"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Đà Nẵng"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("2025-03-01"));
    QVERIFY(q.value(6).isNull());
    QCOMPARE(q.value(7).toDouble(), 30.0); // the schema's default

    // KT. needs the head's title; the letterhead defaults to the newest.
    QCOMPARE(setup::createSigner(db, settings({{"name", "Nguyễn Văn An"}, {"position", "Phó Giám đốc"}, {"authority", "kt."}}), &error).id,
             qint64(0));
    QVERIFY2(error.contains(QStringLiteral("authority_title:")), qPrintable(error));
    const setup::Created signer = setup::createSigner(
            db, settings({{"name", "Nguyễn Văn An"}, {"position", "Phó Giám đốc"}, {"authority", "KT."}, {"authority_title", "Giám đốc"}}),
            &error);
    QVERIFY2(signer.id > 0, qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT letterhead_id, signing_authority, authority_title, signer_position, signer_name FROM signer_preset")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), letterhead.id);
    QCOMPARE(q.value(1).toString(), QStringLiteral("KT."));
    QCOMPARE(q.value(2).toString(), QStringLiteral("GIÁM ĐỐC"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("PHÓ GIÁM ĐỐC"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Nguyễn Văn An"));

    QCOMPARE(setup::createSigner(db, settings({{"name", "A"}, {"position", "B"}, {"letterhead", "99"}}), &error).id, qint64(0));
    QVERIFY2(error.contains(QStringLiteral("letterhead:")), qPrintable(error));
    QCOMPARE(count(db, "signer_preset"), qint64(1));
}

void CampaignSetupTest::letterheadKeepsDecree30Margins()
{
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    QString error;
    const setup::Created created = setup::createLetterhead(
            db,
            settings({{"issuing_body", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, {"issuing_body_name", "Sở Khoa học và Công nghệ"},
                      {"abbreviation", "BC/SKHCN"}, {"place", "Huế"}, {"margin_left_mm", "25"}, {"body_font_pt", "12"},
                      {"valid_from", "01/07/2025"}, {"valid_to", "30/06/2025"}}),
            &error);
    QCOMPARE(created.id, qint64(0));
    for (const char *key : {"margin_left_mm:", "body_font_pt:", "abbreviation:", "valid_to:"})
        QVERIFY2(error.contains(QString::fromLatin1(key)), qPrintable(error));
    QCOMPARE(count(db, "letterhead"), qint64(0));
}

void CampaignSetupTest::exclusionNamesUnitAndReason()
{
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    addUnits(db);
    QString error;
    QVERIFY(setup::createCampaign(db, settings({{"name", "Ngày Chuyển đổi số quốc gia năm 2022"}, {"year", "2022"}, {"province", "51"}}), &error).id > 0);
    QCOMPARE(setup::excludeUnit(db, settings({{"unit", "Xã Bình Thanh"}}), &error).id, qint64(0));
    QVERIFY2(error.contains(QStringLiteral("reason:")), qPrintable(error));
    // The exact name with its tone mark wins over the name without diacritics.
    const setup::Created excluded = setup::excludeUnit(db, settings({{"unit", "Xã Bình Thanh"}, {"reason", "không có dân cư"}}), &error);
    QVERIFY2(excluded.id == 4, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT unit_id || ':' || reason FROM campaign_unit_exclusion")).toString(),
             QStringLiteral("4:không có dân cư"));
}

void CampaignSetupTest::createdCampaignIsUndone()
{
    auto database = test::openMemoryDatabase();
    const QSqlDatabase db = database->connection();
    addUnits(db);
    QString error;
    QVERIFY(setup::createCampaign(db, settings({{"name", "Ngày Chuyển đổi số quốc gia năm 2022"}, {"year", "2022"}, {"province", "51"}}), &error).id > 0);
    const qint64 group = scalar(db, QStringLiteral("SELECT max(id) FROM change_group")).toLongLong();
    QVERIFY(group > 0);
    QVERIFY2(changelog::revertGroup(db, group, QStringLiteral("Hoàn tác"), &error) > 0, qPrintable(error));
    QCOMPARE(count(db, "campaign"), qint64(0));
}

QTEST_GUILESS_MAIN(CampaignSetupTest)
#include "tst_campaignsetup.moc"
