#include "CliRun.h"
#include "TestDatabase.h"

#include "demo/DemoCampaign.h"
#include "import/Importer.h"
#include "records/ChangeLog.h"
#include "units/ProvinceSetup.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;
using namespace cds::import;

// The import engine on the fixtures of tests/fixtures/import (written by its
// generate.py), and the cdsdesk executable importing headless.
class ImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void readsEveryEncoding_data();
    void readsEveryEncoding();
    void importsTeamsAndMembers();
    void importsUnitsOfEveryLevel();
    void toneMarksTellNamesApart();
    void refusesUnknownUnitType();
    void looksUpCodesOnTheCampaignsDate();
    void importsOrganisationsMediaAndAttendance();
    void correctedTeamsFileUpdatesWhatItNames();
    void importsCampaignFigures();
    void cancelsLeavingNothing();
    void reportsProgress();
    void savesMappingPerSource();
    void ignoredFieldIsLeftEmpty();
    void warnsOfFormulasAndUnknownColumns();
    void secondImportSaysTheDatabaseIsBusy();
    void membersFollowTheFormsRules();
    void overlongValueIsRefusedQuickly();
    void commandLineExitCodes();
    void commandLinePrintsChanges();
    void setsUpAProvinceFromTheCommandLine();
    void killedImportLeavesDatabaseUnchanged();

private:
    static QString fixture(const QString &name);
    static QByteArray readFixture(const QString &name);
    static QMap<QString, qint64> rowCounts(const QSqlDatabase &db);
    static QStringList villagesAddedAfter(const QSqlDatabase &db, qint64 id);
    static qint64 maxUnitId(const QSqlDatabase &db);
    using Run = cds::test::CliResult;
    Run runCli(const QStringList &arguments) const;
    static void createDemoFile(const QString &path);

    QTemporaryDir m_home;
};

void ImportTest::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("CDS_SOURCE_DIR"));
    QVERIFY(QFile::exists(fixture(QStringLiteral("good-utf8/input.csv"))));
    QVERIFY(m_home.isValid());
}

QString ImportTest::fixture(const QString &name)
{
    return qEnvironmentVariable("CDS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/import/")
            + name;
}

QByteArray ImportTest::readFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QMap<QString, qint64> ImportTest::rowCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    for (const char *table : { "admin_unit", "organisation", "team", "member", "team_member",
                               "training_attendance", "media_output" }) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table))
            && query.next())
            counts.insert(QString::fromLatin1(table), query.value(0).toLongLong());
    }
    return counts;
}

qint64 ImportTest::maxUnitId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT max(id) FROM admin_unit")) && query.next()
            ? query.value(0).toLongLong()
            : 0;
}

QStringList ImportTest::villagesAddedAfter(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "SELECT u.name || ' | ' || u.unit_type || ' | ' || p.name FROM admin_unit u "
            "JOIN admin_unit p ON p.id = u.parent_id WHERE u.id > ? ORDER BY u.id"));
    query.addBindValue(id);
    QStringList rows;
    if (query.exec()) {
        while (query.next())
            rows << query.value(0).toString();
    }
    return rows;
}

void ImportTest::refusesBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("wrong encoding")
            << QStringLiteral("bad-wrong-encoding") << QStringLiteral("units");
    QTest::newRow("BOM over legacy bytes") << QStringLiteral("bad-bom") << QStringLiteral("units");
    QTest::newRow("unquoted semicolon")
            << QStringLiteral("bad-semicolons") << QStringLiteral("units");
    QTest::newRow("missing column")
            << QStringLiteral("bad-missing-column") << QStringLiteral("members");
    QTest::newRow("unknown unit") << QStringLiteral("bad-unknown-unit") << QStringLiteral("units");
    QTest::newRow("ambiguous unit")
            << QStringLiteral("bad-ambiguous-unit") << QStringLiteral("units");
    QTest::newRow("bad date") << QStringLiteral("bad-date") << QStringLiteral("teams");
    QTest::newRow("duplicate person")
            << QStringLiteral("bad-duplicate-person") << QStringLiteral("members");
    QTest::newRow("duplicate unit")
            << QStringLiteral("bad-duplicate-unit") << QStringLiteral("units");
}

void ImportTest::refusesBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const auto before = rowCounts(db->connection());

    ImportOptions options;
    bool known = false;
    options.kind = kindFromName(kind, &known);
    QVERIFY(known);
    const ImportResult result =
            importData(db->connection(), readFixture(name + QStringLiteral("/input.csv")), options);
    QVERIFY(!result.imported);
    QVERIFY(!result.cancelled);
    const QString expected =
            QString::fromUtf8(readFixture(name + QStringLiteral("/expected.txt"))).trimmed();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result.problemText(), expected);
    QCOMPARE(rowCounts(db->connection()), before);
}

void ImportTest::readsEveryEncoding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("UTF-8") << QStringLiteral("good-utf8") << int(TextEncoding::Utf8) << QChar(u';');
    QTest::newRow("UTF-8 with BOM, NFD")
            << QStringLiteral("good-utf8-bom") << int(TextEncoding::Utf8) << QChar(u';');
    QTest::newRow("UTF-16") << QStringLiteral("good-utf16") << int(TextEncoding::Utf16)
                            << QChar(u';');
    QTest::newRow("Windows-1258") << QStringLiteral("good-windows1258")
                                  << int(TextEncoding::Windows1258) << QChar(u';');
    QTest::newRow("TCVN3") << QStringLiteral("good-tcvn3") << int(TextEncoding::Tcvn3)
                           << QChar(u';');
    QTest::newRow("VNI") << QStringLiteral("good-vni") << int(TextEncoding::Vni) << QChar(u';');
    QTest::newRow("tabs") << QStringLiteral("good-tab") << int(TextEncoding::Utf8) << QChar(u'\t');
}

void ImportTest::readsEveryEncoding()
{
    QFETCH(QString, name);
    QFETCH(int, encoding);
    QFETCH(QChar, separator);
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const qint64 lastId = maxUnitId(db->connection());

    ImportOptions options;
    options.kind = ImportKind::Units;
    const ImportResult result =
            importData(db->connection(), readFixture(name + QStringLiteral("/input.csv")), options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(int(result.encoding), encoding);
    QCOMPARE(result.separator, separator);
    QCOMPARE(result.rowCount, 9);
    const QStringList expected = {
        QStringLiteral("Thôn Đồng Xoài | Thôn | Xã Bình Hải"),
        QStringLiteral("Thôn Trường Thọ Tây | Thôn | Xã Tịnh Ấn Tây"),
        QStringLiteral("Thôn Mỹ Hưng | Thôn | Xã Bình Hải"),
        QStringLiteral("Thôn Phước Lộc; Đông | Thôn | Xã Bình Hải"),
        QStringLiteral("Tổ dân phố Ông Bền | Tổ dân phố | Phường Nguyễn Nghiêm"),
        QStringLiteral("Thôn Nghĩa Lập | Thôn | Xã Bình Hải"),
        QStringLiteral("Thôn Vĩnh Tuy - Yên Lạc | Thôn | Xã Bình Hải"),
        QStringLiteral("Thôn Quyết Thắng | Thôn | Phường Nguyễn Nghiêm"),
        QStringLiteral("Thôn Bắc | Thôn | Huyện Lý Sơn"),
    };
    const QStringList stored = villagesAddedAfter(db->connection(), lastId);
    QCOMPARE(stored, expected);
    for (const QString &row : stored)
        QCOMPARE(row, row.normalized(QString::NormalizationForm_C));
    // Ông Bền is in the ward of Thị xã Đức Phổ (the District column chose it);
    // 21025 is the code of the ward of Thành phố Quảng Ngãi.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral(
            "SELECT p.gso_code FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id "
            "WHERE u.name IN ('Tổ dân phố Ông Bền', 'Thôn Quyết Thắng') ORDER BY u.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("21439"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("21025"));

    // The same file again: every unit is now a duplicate, nothing is added.
    const auto before = rowCounts(db->connection());
    const ImportResult again =
            importData(db->connection(), readFixture(name + QStringLiteral("/input.csv")), options);
    QVERIFY(!again.imported);
    QCOMPARE(again.problems.size(), 9);
    QCOMPARE(again.problems.first().toText(),
             QStringLiteral("Line 2, column 1 (Tên thôn, tổ dân phố): “Thôn Đồng Xoài” already "
                            "exists in Xã Bình Hải."));
    QCOMPARE(rowCounts(db->connection()), before);
}

void ImportTest::importsUnitsOfEveryLevel()
{
    auto db = test::openMemoryDatabase();
    QVERIFY(db);
    // A province, its districts, communes and villages, each under a unit of
    // an earlier row named by GSO code or by name (with its district where
    // a commune's name needs it).
    const QByteArray file = QStringLiteral(
            "Tên;Loại;Mã;Đơn vị cấp trên;Huyện, thị xã, thành phố\n"
            "Tỉnh Thử Nghiệm;Tỉnh;98;;\n"
            "Huyện Một;Huyện;981;98;\n"
            "Hai;Thành phố;982;Tỉnh Thử Nghiệm;\n"
            "Xã An;xã;98101;981;\n"
            "An Hòa;Xã;98102;Huyện Một;\n"
            "Xã An;Xã;98201;Thành phố Hai;\n"
            "Thôn Đông;Thôn;;Xã An;Huyện Một\n"
            "Đặc khu Ngoài;;98301;98;\n"
            "Bình Thạnh;Xã;98103;981;\n"
            "Bình Thanh;Xã;98104;Huyện Một;\n")
                                    .toUtf8();
    ImportOptions options;
    options.kind = ImportKind::Units;
    const ImportResult result = importData(db->connection(), file, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.rowCount, 10);
    QCOMPARE(importSummary(ImportKind::Units, result.rowCount, QStringLiteral("units.csv")),
             QStringLiteral("Imported 10 administrative units from units.csv"));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral(
            "SELECT u.name || '|' || u.unit_type || '|' || u.level || '|' || COALESCE(u.gso_code, '-') || '|' "
            "|| COALESCE(p.name, '-') FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id ORDER BY u.id")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    QCOMPARE(rows, QStringList({
                           QStringLiteral("Tỉnh Thử Nghiệm|Tỉnh|1|98|-"),
                           QStringLiteral("Huyện Một|Huyện|2|981|Tỉnh Thử Nghiệm"),
                           QStringLiteral("Thành phố Hai|Thành phố|2|982|Tỉnh Thử Nghiệm"),
                           QStringLiteral("Xã An|Xã|3|98101|Huyện Một"),
                           QStringLiteral("Xã An Hòa|Xã|3|98102|Huyện Một"),
                           QStringLiteral("Xã An|Xã|3|98201|Thành phố Hai"),
                           QStringLiteral("Thôn Đông|Thôn|4|-|Xã An"),
                           QStringLiteral("Đặc khu Ngoài|Đặc khu|3|98301|Tỉnh Thử Nghiệm"),
                           QStringLiteral("Xã Bình Thạnh|Xã|3|98103|Huyện Một"),
                           QStringLiteral("Xã Bình Thanh|Xã|3|98104|Huyện Một"),
                   }));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT p.gso_code FROM admin_unit u JOIN admin_unit p "
                                                           "ON p.id = u.parent_id WHERE u.name = 'Thôn Đông'")).toString(),
             QStringLiteral("98101"));
    // One change group for the file.
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT count(DISTINCT group_id) FROM change_log")).toInt(), 1);

    // Under units already in the database, by code: a commune of the 2025
    // list under its province.
    QVERIFY(units::setUpProvince(db->connection(), units::UnitList::Units2025, QStringLiteral("51")).ok);
    const ImportResult second = importData(db->connection(),
                                           QStringLiteral("Tên,Loại,Đơn vị cấp trên\n"
                                                          "Tổ dân phố 1,Tổ dân phố,21025\n"
                                                          "Thôn Mới,,Xã Đăk Hà\n")
                                                   .toUtf8(),
                                           options);
    QVERIFY2(second.imported, qPrintable(second.problemText()));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT p.name FROM admin_unit u JOIN admin_unit p "
                                                           "ON p.id = u.parent_id WHERE u.name = 'Tổ dân phố 1'")).toString(),
             QStringLiteral("Phường Cẩm Thành"));
}

void ImportTest::toneMarksTellNamesApart()
{
    // "Xã Bình Thạnh" (21046) and "Xã Bình Thanh" (21091) are both in Huyện
    // Bình Sơn: the exact name wins over the match without tone marks.
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Năm 2023', 2023)")));
    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = query.lastInsertId().toInt();
    const ImportResult result = importData(db->connection(),
                                           QStringLiteral("Đơn vị hành chính;Huyện, thị xã, thành phố\n"
                                                          "Xã Bình Thạnh;Huyện Bình Sơn\n"
                                                          "Bình Thanh;Huyện Bình Sơn\n")
                                                   .toUtf8(),
                                           options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QVERIFY(query.exec(QStringLiteral("SELECT u.gso_code FROM team t JOIN admin_unit u ON u.id = t.unit_id "
                                      "WHERE t.campaign_id = %1 ORDER BY t.id")
                               .arg(options.campaignId)));
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    QCOMPARE(codes, QStringList({ QStringLiteral("21046"), QStringLiteral("21091") }));

    // Without tone marks the name stays ambiguous; the message no longer asks
    // for the District column the file already has.
    options.kind = ImportKind::Members;
    const ImportResult ambiguous = importData(db->connection(),
                                              QStringLiteral("Họ và tên;Đơn vị;Huyện\n"
                                                             "Nguyễn Văn An;Xa Binh Thanh;Huyện Bình Sơn\n")
                                                      .toUtf8(),
                                              options);
    QVERIFY(!ambiguous.imported);
    QCOMPARE(ambiguous.problems.size(), 1);
    QCOMPARE(ambiguous.problems.first().line, 2);
    QCOMPARE(ambiguous.problems.first().column, 2);
    QVERIFY2(!ambiguous.problemText().contains(QStringLiteral("add a District column")), qPrintable(ambiguous.problemText()));
    QVERIFY2(ambiguous.problemText().contains(QStringLiteral("GSO code")), qPrintable(ambiguous.problemText()));
}

void ImportTest::refusesUnknownUnitType()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const auto before = rowCounts(db->connection());
    ImportOptions options;
    options.kind = ImportKind::Units;
    const ImportResult result = importData(db->connection(),
                                           QStringLiteral("Tên;Loại;Đơn vị cấp trên\n"
                                                          "Xã Mới;Xã;534\n"
                                                          "Khu Lạ;Vùng;Xã Mới\n")
                                                   .toUtf8(),
                                           options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problemText().startsWith(QStringLiteral("Line 3, column 2 (Loại): “Vùng” is not a type of "
                                                            "administrative unit; expected one of Tỉnh, Thành phố")),
             qPrintable(result.problemText()));
    QCOMPARE(rowCounts(db->connection()), before);
}

void ImportTest::looksUpCodesOnTheCampaignsDate()
{
    // With both lists of Quảng Ngãi, code 21025 is Phường Nguyễn Nghiêm for a
    // 2023 campaign and Phường Cẩm Thành for a 2025 one.
    auto db = test::openMemoryDatabase();
    QVERIFY(db);
    QVERIFY(units::setUpProvince(db->connection(), units::UnitList::Units2024, QStringLiteral("51")).ok);
    QVERIFY(units::setUpProvince(db->connection(), units::UnitList::Units2025, QStringLiteral("51")).ok);
    QSqlQuery query(db->connection());
    ImportOptions options;
    options.kind = ImportKind::Teams;
    for (const auto &[year, expected] : { std::pair{ 2023, QStringLiteral("Phường Nguyễn Nghiêm") },
                                          std::pair{ 2025, QStringLiteral("Phường Cẩm Thành") } }) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Năm %1', %1)").arg(year)));
        options.campaignId = query.lastInsertId().toInt();
        const ImportResult result = importData(db->connection(),
                                               QStringLiteral("Đơn vị hành chính\n21025\n").toUtf8(), options);
        QVERIFY2(result.imported, qPrintable(result.problemText()));
        QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT u.name FROM team t JOIN admin_unit u "
                                                               "ON u.id = t.unit_id WHERE t.campaign_id = %1")
                                                        .arg(options.campaignId)).toString(),
                 expected);
    }
}

void ImportTest::importsTeamsAndMembers()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi "
                                      "số quốc gia năm 2023', 2023)")));
    const int newCampaign = query.lastInsertId().toInt();

    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = newCampaign;
    const QByteArray teams =
            QStringLiteral(
                    "Đơn vị hành chính,Huyện,Ngày thành lập,Số thành viên,Quyết định thành lập\n"
                    "Xã Bình Hải,,07/10/2022,1.141,Quyết định số 12/QĐ-UBND\n"
                    "nguyen nghiem,Đức Phổ,1/9/2022,8,\n"
                    "Xã Phổ An,Đức Phổ,1/9/2022,hơn 15,\n"
                    "Xã Phổ Châu,Đức Phổ,1/9/2022,,\n")
                    .toUtf8();
    ImportResult result = importData(db->connection(), teams, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.rowCount, 4);
    QVERIFY(query.exec(QStringLiteral("SELECT t.name, t.level, t.established_date, "
                                      "t.declared_member_count, t.member_count_qualifier FROM team t "
                                      "WHERE campaign_id = %1 ORDER BY t.id")
                               .arg(newCampaign)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Tổ Công nghệ số cộng đồng xã Bình Hải"));
    QCOMPARE(query.value(1).toInt(), 3);
    QCOMPARE(query.value(2).toString(), QStringLiteral("2022-10-07"));
    QCOMPARE(query.value(3).toInt(), 1141);
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), QStringLiteral("2022-09-01"));
    QCOMPARE(query.value(4).toString(), QString());
    // "hơn 15": the count and its qualifier; an empty cell: not reported (NULL), not 0.
    QVERIFY(query.next());
    QCOMPARE(query.value(3).toInt(), 15);
    QCOMPARE(query.value(4).toString(), QStringLiteral("hon"));
    QVERIFY(query.next());
    QVERIFY(query.value(3).isNull());
    QCOMPARE(query.value(4).toString(), QString());

    options.kind = ImportKind::Members;
    const QByteArray members =
            QStringLiteral("Họ và tên\tĐơn vị\tChức danh\tGiới tính\tNăm sinh\tĐiện thoại\n"
                           "Nguyễn Văn An\tXã Bình Hải\tTổ trưởng\tNam\t1985\t0905 123 456\n"
                           "Nguyễn Văn An\tXã Bình Hải\t\tNam\t1992\t\n"
                           "Trần Thị Bình\tXã Bình Hải\tTổ phó\tNữ\t\t\n")
                    .toUtf8();
    result = importData(db->connection(), members, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importSummary(ImportKind::Members, result.rowCount, QStringLiteral("members.csv")),
             QStringLiteral("Imported 3 team members from members.csv"));
    QVERIFY(query.exec(
            QStringLiteral("SELECT m.full_name, tm.role, m.gender, m.phone FROM team_member tm "
                           "JOIN member m ON m.id = tm.member_id JOIN team t ON t.id = tm.team_id "
                           "WHERE t.campaign_id = %1 ORDER BY m.id")
                    .arg(newCampaign)));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("leader"));
    // Stored as digits, as the member form stores it.
    QCOMPARE(query.value(3).toString(), QStringLiteral("0905123456"));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("member"));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("deputy"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("female"));

    // A phone number that is not Vietnamese is refused, with its line and column, and nothing is written.
    const int membersBefore = query.exec(QStringLiteral("SELECT count(*) FROM member")) && query.next() ? query.value(0).toInt() : -1;
    result = importData(db->connection(),
                        QStringLiteral("Họ và tên\tĐơn vị\tĐiện thoại\n"
                                       "Lê Văn Cường\tXã Bình Hải\t0905 999 888\n"
                                       "Phạm Thị Dung\tXã Bình Hải\t12345\n")
                                .toUtf8(),
                        options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().column, 3);
    QVERIFY2(result.problems.first().message.contains(QStringLiteral("12345")), qPrintable(result.problemText()));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM member")) && query.next());
    QCOMPARE(query.value(0).toInt(), membersBefore);

    // The same person again is a duplicate against the database.
    result = importData(
            db->connection(),
            QStringLiteral("Họ và tên,Đơn vị,Năm sinh\nTrần Thị Bình,Bình Hải,\n").toUtf8(),
            options);
    QCOMPARE(result.problemText(),
             QStringLiteral("Line 2, column 1 (Họ và tên): “Trần Thị Bình” is already a member of "
                            "this team."));
    // A unit without a team in the campaign.
    result = importData(db->connection(),
                        QStringLiteral("Họ và tên,Đơn vị\nLê Văn Cường,Xã Bình Châu\n").toUtf8(),
                        options);
    QCOMPARE(result.problemText(),
             QStringLiteral("Line 2, column 2 (Đơn vị): “Xã Bình Châu” has no team in this "
                            "campaign; import the teams first."));
}

namespace {
// name, declared count and qualifier of each team of the campaign, by unit name.
QStringList teamRows(const QSqlDatabase &db, int campaign)
{
    QStringList rows;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT u.name, t.name, coalesce(t.declared_member_count, ''), "
                              "t.member_count_qualifier FROM team t JOIN admin_unit u ON "
                              "u.id = t.unit_id WHERE t.campaign_id = %1 ORDER BY u.name")
                       .arg(campaign));
    while (query.next())
        rows << QStringLiteral("%1|%2|%3%4")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(3).toString(), query.value(2).toString());
    return rows;
}
} // namespace

void ImportTest::correctedTeamsFileUpdatesWhatItNames()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi "
                                      "số quốc gia năm 2023', 2023)")));
    const int newCampaign = query.lastInsertId().toInt();
    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = newCampaign;
    const QByteArray first =
            QStringLiteral("Đơn vị hành chính,Huyện,Tên tổ,Ngày thành lập,Số thành viên\n"
                           "Xã Bình Hải,,Tổ CNS xã Bình Hải,07/10/2022,7\n"
                           "Xã Phổ An,Đức Phổ,Tổ CNS xã Phổ An,01/09/2022,8\n"
                           "Xã Phổ Châu,Đức Phổ,Tổ CNS xã Phổ Châu,01/09/2022,hơn 9\n")
                    .toUtf8();
    ImportResult result = importData(db->connection(), first, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.newCount, 3);
    const QStringList before = teamRows(db->connection(), newCampaign);
    QCOMPARE(before.size(), 3);

    // The district sends the file again: one count and one name corrected, a team added.
    const QByteArray corrected =
            QStringLiteral("Đơn vị hành chính,Huyện,Tên tổ,Ngày thành lập,Số thành viên\n"
                           "Xã Bình Hải,,Tổ CNS xã Bình Hải,07/10/2022,9\n"
                           "Xã Phổ An,Đức Phổ,Tổ Công nghệ số cộng đồng xã Phổ An,01/09/2022,8\n"
                           "Xã Phổ Châu,Đức Phổ,Tổ CNS xã Phổ Châu,01/09/2022,hơn 9\n"
                           "nguyen nghiem,Đức Phổ,,01/09/2022,5\n")
                    .toUtf8();
    // A preview counts the same without keeping anything.
    options.preview = true;
    result = importData(db->connection(), corrected, options);
    QVERIFY2(result.previewed && result.problems.isEmpty(), qPrintable(result.problemText()));
    QCOMPARE(result.changedCount, 2);
    QCOMPARE(teamRows(db->connection(), newCampaign), before);
    options.preview = false;

    result = importData(db->connection(), corrected, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.newCount, 1);
    QCOMPARE(result.changedCount, 2);
    QCOMPARE(result.unchangedCount, 1);
    QCOMPARE(importCounts(result), QStringLiteral("1 new, 2 changed, 1 unchanged"));
    QCOMPARE(result.changes,
             QStringList({ QStringLiteral("Tổ CNS xã Bình Hải: declared members 7 → 9"),
                           QStringLiteral("Tổ CNS xã Phổ An: name “Tổ CNS xã Phổ An” → “Tổ Công "
                                          "nghệ số cộng đồng xã Phổ An”") }));
    const QStringList after = teamRows(db->connection(), newCampaign);
    QCOMPARE(after.size(), 4);
    QVERIFY2(after.contains(QStringLiteral("Xã Bình Hải|Tổ CNS xã Bình Hải|9")), qPrintable(after.join(u'\n')));
    QVERIFY2(after.contains(QStringLiteral("Xã Phổ An|Tổ Công nghệ số cộng đồng xã Phổ An|8")),
             qPrintable(after.join(u'\n')));
    QVERIFY2(after.contains(QStringLiteral("Xã Phổ Châu|Tổ CNS xã Phổ Châu|hon9")), qPrintable(after.join(u'\n')));

    // The same corrected file again changes nothing.
    const qint64 group = result.changeGroupId;
    QVERIFY(group > 0);
    result = importData(db->connection(), corrected, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.newCount, 0);
    QCOMPARE(result.changedCount, 0);
    QCOMPARE(result.unchangedCount, 4);
    QCOMPARE(teamRows(db->connection(), newCampaign), after);

    // Undo takes the whole import back, old values included.
    QString error;
    QVERIFY2(changelog::revertGroup(db->connection(), group, QStringLiteral("Undo"), &error) > 0,
             qPrintable(error));
    QCOMPARE(teamRows(db->connection(), newCampaign), before);

    // A member list shorter than the declared count is named in a warning.
    options.kind = ImportKind::Members;
    result = importData(db->connection(),
                        QStringLiteral("Họ và tên,Đơn vị\nNguyễn Văn An,Xã Bình Hải\n").toUtf8(),
                        options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    bool named = false;
    for (const ImportProblem &warning : result.warnings)
        named = named || warning.message == QStringLiteral(
                "Tổ CNS xã Bình Hải: the list has 1 of 7 declared members; the report keeps "
                "counting 7 until the list is completed or the count corrected.");
    QVERIFY(named);
    QCOMPARE(result.warnings.size(), 1);
}

void ImportTest::importsCampaignFigures()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const auto figureRows = [&] {
        QStringList rows;
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT figure_key, label, qualifier, value, "
                                  "coalesce(unit_label, ''), coalesce(description, ''), sort_order "
                                  "FROM campaign_figure WHERE campaign_id = %1 ORDER BY figure_key")
                           .arg(campaign));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << query.value(i).toString();
            rows << cells.join(u'|');
        }
        return rows;
    };
    const QStringList demo = figureRows();
    ImportOptions options;
    options.kind = ImportKind::Figures;
    QCOMPARE(kindFromName(QStringLiteral("figures")), ImportKind::Figures);
    const QString header = QStringLiteral(
            "Mã số liệu,Tên số liệu,Giá trị,Đơn vị tính,Câu trong báo cáo,Thứ tự\n");

    // A value that is not a count: its line and column, nothing imported.
    ImportResult result = importData(db->connection(),
                                     (header
                                      + QStringLiteral("diem_wifi,Điểm wifi,35,điểm,,90\n"
                                                       "nguoi_dan,Người dân tham gia,nhiều,người,,91\n"))
                                             .toUtf8(),
                                     options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().column, 3);
    QCOMPARE(figureRows(), demo);

    const QByteArray figures =
            (header
             + QStringLiteral("diem_wifi,Điểm wifi,35,điểm,,90\n"
                              "nguoi_dan,Người dân tham gia,hơn 4.200,người,"
                              "\"Có {figure} người dân tham gia.\",91\n"))
                    .toUtf8();
    result = importData(db->connection(), figures, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.newCount, 2);
    QStringList rows = figureRows();
    QCOMPARE(rows.size(), demo.size() + 2);
    QVERIFY2(rows.contains(QStringLiteral("diem_wifi|Điểm wifi||35|điểm||90")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral(
                     "nguoi_dan|Người dân tham gia|hon|4200|người|Có {figure} người dân tham gia.|91")),
             qPrintable(rows.join(u'\n')));

    // A corrected file updates the figure it names.
    result = importData(db->connection(),
                        (header + QStringLiteral("diem_wifi,Điểm wifi,40,điểm,,90\n"
                                                 "nguoi_dan,Người dân tham gia,hơn 4.200,người,"
                                                 "\"Có {figure} người dân tham gia.\",91\n"))
                                .toUtf8(),
                        options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("0 new, 1 changed, 1 unchanged"));
    QCOMPARE(result.changes, QStringList(QStringLiteral("Điểm wifi: value 35 → 40")));
    rows = figureRows();
    QVERIFY2(rows.contains(QStringLiteral("diem_wifi|Điểm wifi||40|điểm||90")), qPrintable(rows.join(u'\n')));
    QString error;
    QVERIFY2(changelog::revertGroup(db->connection(), result.changeGroupId, QStringLiteral("Undo"), &error) > 0,
             qPrintable(error));
    QVERIFY(figureRows().contains(QStringLiteral("diem_wifi|Điểm wifi||35|điểm||90")));
}

void ImportTest::importsOrganisationsMediaAndAttendance()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const auto before = rowCounts(db->connection());

    ImportOptions options;
    options.kind = ImportKind::Organisations;
    ImportResult result =
            importData(db->connection(),
                       QStringLiteral("Tên cơ quan, đơn vị;Viết tắt;Đơn vị hành chính\n"
                                      "Trường THPT Bình Sơn;THPT BS;Huyện Bình Sơn\n"
                                      "Hợp tác xã Nông nghiệp Bình Hải;;Xã Bình Hải\n")
                               .toUtf8(),
                       options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.rowCount, 2);

    options.kind = ImportKind::Media;
    result = importData(
            db->connection(),
            QStringLiteral("Loại,Cơ quan báo chí,Tiêu đề,Ngày đăng,Số lượng,Đặt hàng\n"
                           "Phóng sự,Báo Quảng Ngãi,Chuyển đổi số ở Bình Hải,08/10/2022,1,Có\n"
                           "Băng-rôn,UBND xã Bình Hải,,,hơn 20,\n"
                           "Tin,Báo Quảng Ngãi,Chuyển đổi số ở Bình Hải,08/10/2022,,\n")
                    .toUtf8(),
            options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    // A publication dated outside the campaign's year would be printed in the
    // wrong year's report: refused with its line and column.
    const ImportResult outside = importData(
            db->connection(),
            QStringLiteral("Loại,Cơ quan báo chí,Tiêu đề,Ngày đăng,Số lượng\n"
                           "Tin,Báo Quảng Ngãi,Tin năm 2024,29/02/2024,50\n").toUtf8(),
            options);
    QVERIFY(!outside.imported);
    QCOMPARE(outside.problemText(),
             QStringLiteral("Line 2, column 4 (Ngày đăng): Expected a date in 2022, the year of the "
                            "campaign, found “29/02/2024”."));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral(
            "SELECT kind, item_count, count_qualifier, commissioned FROM media_output "
            "WHERE outlet = 'UBND xã Bình Hải'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("banner"));
    QCOMPARE(query.value(1).toInt(), 20);
    QCOMPARE(query.value(2).toString(), QStringLiteral("hon"));
    QCOMPARE(query.value(3).toInt(), 0);

    // Attendance: a member of the demo's teams at a new training session.
    QVERIFY(query.exec(
            QStringLiteral("INSERT INTO training_session (campaign_id, title, start_date) "
                           "VALUES (%1, 'Tập huấn kỹ năng số', '2022-10-05')")
                    .arg(campaign)));
    QVERIFY(query.exec(
            QStringLiteral("SELECT t.id FROM team t JOIN admin_unit u ON u.id = t.unit_id "
                           "WHERE u.name = 'Xã Bình Hải' AND t.campaign_id = %1")
                    .arg(campaign)));
    QVERIFY(query.next());
    const qint64 team = query.value(0).toLongLong();
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO member (full_name, birth_year) VALUES ('Phạm Thị Dung', 1995)")));
    const qint64 member = query.lastInsertId().toLongLong();
    QVERIFY(query.exec(
            QStringLiteral("INSERT INTO team_member (team_id, member_id) VALUES (%1, %2)")
                    .arg(team)
                    .arg(member)));
    options.kind = ImportKind::Attendance;
    const QByteArray attendance = QStringLiteral("Lớp tập huấn,Họ và tên,Đơn vị\n"
                                                 "tap huan ky nang so,Phạm Thị Dung,Bình Hải\n")
                                          .toUtf8();
    result = importData(db->connection(), attendance, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    result = importData(db->connection(), attendance, options);
    QCOMPARE(result.problemText(),
             QStringLiteral("Line 2, column 2 (Họ và tên): “Phạm Thị Dung” is already recorded at "
                            "this training session."));
    const auto after = rowCounts(db->connection());
    QCOMPARE(after.value(QStringLiteral("organisation")),
             before.value(QStringLiteral("organisation")) + 2);
    QCOMPARE(after.value(QStringLiteral("media_output")),
             before.value(QStringLiteral("media_output")) + 3);
    QCOMPARE(after.value(QStringLiteral("training_attendance")),
             before.value(QStringLiteral("training_attendance")) + 1);
}

void ImportTest::cancelsLeavingNothing()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const auto before = rowCounts(db->connection());
    std::atomic_bool cancel = false;
    ImportOptions options;
    options.cancel = &cancel;
    // Cancel while writing: after the first rows are in the transaction.
    bool writing = false;
    options.progress = [&](qint64 done, qint64) {
        if (writing && done == 5)
            cancel = true;
        if (done == 9)
            writing = true;
    };
    const ImportResult result = importData(
            db->connection(), readFixture(QStringLiteral("good-utf8/input.csv")), options);
    QVERIFY(result.cancelled);
    QVERIFY(!result.imported);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(rowCounts(db->connection()), before);
}

void ImportTest::reportsProgress()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    QList<std::pair<qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) { calls.append({ done, total }); };
    const ImportResult result = importData(
            db->connection(), readFixture(QStringLiteral("good-vni/input.csv")), options);
    QVERIFY(result.imported);
    QCOMPARE(calls.size(), 18); // nine records checked, nine written
    QCOMPARE(calls.last(), (std::pair<qint64, qint64>(9, 9)));
}

void ImportTest::savesMappingPerSource()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ColumnMapping mapping;
    mapping.setHeader(QStringLiteral("name"), QStringLiteral("Tên khu dân cư"));
    mapping.setHeader(QStringLiteral("commune"), QStringLiteral("Thuộc xã"));
    mapping.save(settings, ImportKind::Units, QStringLiteral("/data/Danh sách thôn.csv"));
    const ColumnMapping loaded =
            ColumnMapping::load(settings, ImportKind::Units, QStringLiteral("danh sach thon.CSV"));
    QCOMPARE(loaded.header(QStringLiteral("name")), QStringLiteral("Tên khu dân cư"));
    QCOMPARE(loaded.header(QStringLiteral("commune")), QStringLiteral("Thuộc xã"));

    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    ImportOptions options;
    options.mapping = loaded;
    const ImportResult result = importData(
            db->connection(),
            QStringLiteral("Tên khu dân cư,Thuộc xã\nKhu dân cư Số 3,Bình Hải\n").toUtf8(),
            options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    options.mapping.setHeader(QStringLiteral("name"), QStringLiteral("Không có"));
    QCOMPARE(importData(db->connection(),
                        QStringLiteral("Tên khu dân cư,Thuộc xã\nA,Bình Hải\n").toUtf8(), options)
                     .problemText(),
             QStringLiteral("Line 1: The column “Không có” chosen for “Tên thôn, tổ dân phố” is "
                            "not in the file."));
}

void ImportTest::ignoredFieldIsLeftEmpty()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    // The District column names no unit: read, it is a problem; ignored, the
    // commune alone places the village.
    const QByteArray csv = QStringLiteral("Tên thôn,Xã,Huyện\nThôn Gò Gạo,Xã Bình Hải,Huyện Không Có\n").toUtf8();
    ImportOptions options;
    QVERIFY(!importData(db->connection(), csv, options).imported);
    options.mapping.setIgnored(QStringLiteral("district"));
    const ImportResult result = importData(db->connection(), csv, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM admin_unit WHERE name = 'Thôn Gò Gạo'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // A required field cannot be ignored.
    options.mapping.setIgnored(QStringLiteral("name"));
    QVERIFY(importData(db->connection(), csv, options).problemText().contains(QStringLiteral("required column")));

    // "No column" survives saving and loading.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    options.mapping.save(settings, ImportKind::Units, QStringLiteral("thon.csv"));
    QVERIFY(ColumnMapping::load(settings, ImportKind::Units, QStringLiteral("thon.csv")).isIgnored(QStringLiteral("district")));
}

ImportTest::Run ImportTest::runCli(const QStringList &arguments) const
{
    return cds::test::runCdsDesk(QStringLiteral(CDSDESK_EXECUTABLE), arguments, m_home.path());
}

// "=HYPERLINK(…)" may be a real name to someone: imported as text, with a
// warning naming line and column; "-5" is a number, not a formula; an
// unknown column is named, not dropped without a word.
void ImportTest::warnsOfFormulasAndUnknownColumns()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    ImportOptions options;
    options.kind = ImportKind::Organisations;
    const ImportResult result = importData(
            db->connection(),
            QStringLiteral("Tên cơ quan, đơn vị;Viết tắt;Đơn vị hành chính;Ghi chú riêng\n"
                           "=HYPERLINK(A1);-5;Huyện Bình Sơn;x\n"
                           "@SUM(1+1);+cmd|' /C calc'!A0;Xã Bình Hải;y\n")
                    .toUtf8(),
            options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QStringList warnings;
    for (const ImportProblem &warning : result.warnings)
        warnings << warning.toText();
    const QString text = warnings.join(u'\n');
    QCOMPARE(result.warnings.size(), 4);
    QCOMPARE(result.warnings[0].line, 1);
    QCOMPARE(result.warnings[0].column, 4);
    QVERIFY2(text.contains(QStringLiteral("Ghi chú riêng")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not imported")), qPrintable(text));
    QCOMPARE(result.warnings[1].line, 2);
    QCOMPARE(result.warnings[1].column, 1);
    QVERIFY2(result.warnings[1].message.contains(QStringLiteral("formula")), qPrintable(text));
    QCOMPARE(result.warnings[2].line, 3);
    QCOMPARE(result.warnings[2].column, 1);
    QCOMPARE(result.warnings[3].line, 3);
    QCOMPARE(result.warnings[3].column, 2);
    // Imported as they were written.
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT count(*) FROM organisation WHERE name LIKE '=HYPERLINK%'"))
                     .toInt(),
             1);
}

// While another connection writes (a first import), a second import fails
// saying why, not with an empty reason.
void ImportTest::secondImportSaysTheDatabaseIsBusy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    Database first(QStringLiteral("busy-first"));
    QCOMPARE(first.open(path).error, DatabaseError::None);
    Database second(QStringLiteral("busy-second"));
    QCOMPARE(second.open(path).error, DatabaseError::None);
    QSqlQuery writing(first.connection());
    QVERIFY(writing.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlQuery quick(second.connection());
    QVERIFY(quick.exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    ImportOptions options;
    options.kind = ImportKind::Organisations;
    const ImportResult result =
            importData(second.connection(),
                       QStringLiteral("Tên cơ quan, đơn vị\nTrường THPT Bình Sơn\n").toUtf8(), options);
    QVERIFY(writing.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!result.imported);
    QVERIFY2(result.problemText().contains(QStringLiteral("busy")), qPrintable(result.problemText()));
}

// The member form's rules, applied by the import too: each bad value is
// refused with its line and column, and nothing is written.
void ImportTest::membersFollowTheFormsRules()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const int thisYear = QDate::currentDate().year();
    ImportOptions options;
    options.kind = ImportKind::Members;
    const QByteArray members =
            QStringLiteral("Họ và tên\tĐơn vị\tChức danh\tNăm sinh\tNgày tham gia\n"
                           "Nguyễn Văn Tương Lai\tXã Bình Hải\t\t2090\t\n" // line 2: born in the future
                           "Bé Hai Tuổi\tXã Bình Hải\t\t%1\t\n" // line 3: 2 years old
                           "Cụ Trăm Hai Lăm\tXã Bình Hải\t\t%2\t\n" // line 4: 125 years old
                           "Trần Văn Sớm\tXã Bình Hải\t\t1990\t01/01/2099\n" // line 5: joins in 2099
                           "Lê\u200bVăn Ẩn\tXã Bình Hải\t\t1990\t\n" // line 6: zero-width space
                           "Phạm\u0007Văn Chuông\tXã Bình Hải\t\t1990\t\n") // line 7: control character
                    .arg(thisYear - 2)
                    .arg(thisYear - 125)
                    .toUtf8();
    const ImportResult result = importData(db->connection(), members, options);
    QVERIFY(!result.imported);
    QList<std::pair<int, int>> where;
    for (const ImportProblem &problem : result.problems)
        where << std::make_pair(problem.line, problem.column);
    QCOMPARE(where, (QList<std::pair<int, int>>{ { 2, 4 }, { 3, 4 }, { 4, 4 }, { 5, 5 }, { 6, 1 }, { 7, 1 } }));

    // Two leaders for one team: imported, with the form's warning.
    const ImportResult leaders = importData(
            db->connection(),
            QStringLiteral("Họ và tên\tĐơn vị\tChức danh\n"
                           "Nguyễn Văn Một\tXã Bình Hải\tTổ trưởng\n"
                           "Nguyễn Văn Hai\tXã Bình Hải\tTổ trưởng\n")
                    .toUtf8(),
            options);
    QVERIFY2(leaders.imported, qPrintable(leaders.problemText()));
    bool warned = false;
    for (const ImportProblem &warning : leaders.warnings)
        warned = warned || (warning.line == 3 && warning.message.contains(QStringLiteral("one leader")));
    QVERIFY(warned);
}

// A 3,3-million-character name is refused at once, with its line and column.
void ImportTest::overlongValueIsRefusedQuickly()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    ImportOptions options;
    options.kind = ImportKind::Organisations;
    const QByteArray csv = QByteArray("Tên cơ quan, đơn vị;Viết tắt\nTrường A;TA\n")
            + QByteArray(3'300'000, 'a') + QByteArray(";B\n");
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importData(db->connection(), csv, options);
    QVERIFY(timer.elapsed() < 20'000);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().column, 1);
    QVERIFY2(result.problems.first().message.contains(QStringLiteral("at most 200")),
             qPrintable(result.problems.first().message));
}

void ImportTest::createDemoFile(const QString &path)
{
    Database database(QStringLiteral("import-demo-file"));
    QCOMPARE(database.open(path).error, DatabaseError::None);
    QString error;
    QVERIFY2(createDemoCampaign(database.connection(), &error) > 0, qPrintable(error));
}

void ImportTest::setsUpAProvinceFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("units.sqlite"));
    Run run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--setup-province"), QStringLiteral("51") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("Created for Tỉnh Quảng Ngãi: 1 province, 96 communes/wards/special zones "
                            "(list of 01/07/2025)"));
    // Again: nothing created.
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--setup-province"), QStringLiteral("Quảng Ngãi") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("nothing created")), qPrintable(run.out));
    // The list before the reform, by name: the old units are linked to the new ones.
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--setup-province"), QStringLiteral("quang ngai"), QStringLiteral("--units-list"),
                   QStringLiteral("2024") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("Created for Tỉnh Quảng Ngãi: 1 province, 13 district-level units, "
                                               "170 communes/wards/townships (list of 01/03/2025); ")),
             qPrintable(run.out));
    {
        Database database(QStringLiteral("setup-cli"));
        QCOMPARE(database.open(db).error, DatabaseError::None);
        QCOMPARE(test::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM admin_unit")).toInt(),
                 97 + 184);
    }
    // An unknown province or list: a message and a non-zero exit, nothing written.
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--setup-province"), QStringLiteral("62") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no province \"62\"")), qPrintable(run.err));
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--setup-province"), QStringLiteral("51"), QStringLiteral("--units-list"),
                   QStringLiteral("2023") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Unknown unit list \"2023\"")), qPrintable(run.err));
}

void ImportTest::commandLinePrintsChanges()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cds.sqlite"));
    createDemoFile(db);
    if (QTest::currentTestFailed())
        return;
    const QString path = dir.filePath(QStringLiteral("so-lieu.csv"));
    const auto write = [&](const QString &rows) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((QStringLiteral("Mã số liệu,Tên số liệu,Giá trị,Đơn vị tính\n") + rows).toUtf8());
    };
    const QStringList arguments = { QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--import"), QStringLiteral("figures"), path };
    write(QStringLiteral("wifi,Điểm wifi,35,điểm\nloa,Cụm loa,12,cụm\n"));
    Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("2 new, 0 changed, 0 unchanged")), qPrintable(run.out));

    write(QStringLiteral("wifi,Điểm wifi,hơn 40,điểm\nloa,Cụm loa,12,cụm\n"));
    run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("Imported 1 campaign figures from so-lieu.csv\n"
                            "0 new, 1 changed, 1 unchanged\n"
                            "  Điểm wifi: value 35 → hơn 40"));

    // A value that is not a count: its line and column, exit code 3.
    write(QStringLiteral("wifi,Điểm wifi,nhiều,điểm\n"));
    run = runCli(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Line 2, column 3 (Giá trị)")), qPrintable(run.err));
}

void ImportTest::commandLineExitCodes()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cds.sqlite"));
    createDemoFile(db);
    if (QTest::currentTestFailed())
        return;
    const QString good = dir.filePath(QStringLiteral("villages.csv"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("good-tcvn3/input.csv")), good));

    Run run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--import"), QStringLiteral("units"), good });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("Imported 9 administrative units from villages.csv\n"
                                               "9 new, 0 changed, 0 unchanged\n")),
             qPrintable(run.out));

    // Again: every row is a duplicate now; exit code 3 and every line on stderr.
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--import"), QStringLiteral("units"), good });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral(
                     "Line 10, column 1 (Tên thôn, tổ dân phố): “Thôn Bắc” already exists in "
                     "Huyện Lý Sơn.")),
             qPrintable(run.err));

    const QString bad = fixture(QStringLiteral("bad-ambiguous-unit/input.csv"));
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--import"), QStringLiteral("units"), bad });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QString::fromUtf8(readFixture(QStringLiteral(
                                                        "bad-ambiguous-unit/expected.txt")))
                                      .trimmed()),
             qPrintable(run.err));

    // A forced encoding that does not fit is reported with its line.
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--encoding"), QStringLiteral("utf-8"),
                   QStringLiteral("--import"), QStringLiteral("units"),
                   fixture(QStringLiteral("good-vni/input.csv")) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Line 1: This line is not UTF-8.")),
             qPrintable(run.err));

    // The default language (Vietnamese) runs as well.
    const QString other = dir.filePath(QStringLiteral("thon.csv"));
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Tên thôn,Xã\nThôn Mới,Xã Bình Hải\n").toUtf8());
    }
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--import"), QStringLiteral("units"),
                   other });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("1 ")) && run.out.contains(QStringLiteral("thon.csv")),
             qPrintable(run.out));

    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--import"), QStringLiteral("people"),
                   other });
    QCOMPARE(run.exitCode, 1);
    run = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("--import"), QStringLiteral("units") });
    QCOMPARE(run.exitCode, 1);
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("--import"), QStringLiteral("units"),
                   dir.filePath(QStringLiteral("missing.csv")) });
    QCOMPARE(run.exitCode, 3);
}

void ImportTest::killedImportLeavesDatabaseUnchanged()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cds.sqlite"));
    createDemoFile(db);
    if (QTest::currentTestFailed())
        return;
    QMap<QString, qint64> before;
    {
        Database database(QStringLiteral("import-before"));
        QCOMPARE(database.open(db).error, DatabaseError::None);
        before = rowCounts(database.connection());
    }

    // 5.000 villages, written 2 ms apart: the kill lands inside the transaction.
    const QString input = dir.filePath(QStringLiteral("large.csv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Tên thôn,Xã\n").toUtf8());
        for (int i = 1; i <= 5000; ++i)
            file.write(QStringLiteral("Thôn Mẫu %1,Xã Bình Hải\n").arg(i).toUtf8());
    }
    QProcessEnvironment environment = cds::test::headlessEnvironment(m_home.path());
    environment.insert(QStringLiteral("CDS_IMPORT_TEST_ROW_DELAY_MS"), QStringLiteral("2"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CDSDESK_EXECUTABLE),
                  { QStringLiteral("--db"), db, QStringLiteral("--import"), QStringLiteral("units"),
                    input });
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    while (!err.contains("cds-import-test: writing") && timer.elapsed() < 60000
           && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains("cds-import-test: writing"), err.constData());
    QTest::qWait(300); // some hundred rows into the transaction
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    Database database(QStringLiteral("import-after"));
    QCOMPARE(database.open(db).error, DatabaseError::None);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(rowCounts(database.connection()), before);
}

QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
