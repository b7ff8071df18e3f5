// The sample-data generator behind `cdsdesk --generate`: deterministic,
// consistent (foreign keys, integrity), plausible and never over existing data.
#include "TestDatabase.h"

#include "generator/NationalGenerator.h"
#include "report/ReportBuilder.h"
#include "statistics/CampaignStatistics.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cds;

namespace {

// A national plan small enough for a debug build: 34 provinces are kept.
GeneratorPlan smallPlan()
{
    GeneratorPlan plan = GeneratorPlan::scaledNational(0.004);
    plan.provinces = 34;
    return plan;
}

QByteArray checksum(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : {QStringLiteral("SELECT id, name FROM admin_unit ORDER BY id"),
                               QStringLiteral("SELECT id, full_name, gender, birth_year, phone FROM member ORDER BY id"),
                               QStringLiteral("SELECT team_id, member_id, role FROM team_member ORDER BY id"),
                               QStringLiteral("SELECT training_id, member_id FROM training_attendance ORDER BY 1, 2"),
                               QStringLiteral("SELECT id, title, event_date FROM event ORDER BY id"),
                               QStringLiteral("SELECT id, outlet, kind, item_count FROM media_output ORDER BY id")}) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return {};
        const int columns = query.record().count();
        while (query.next()) {
            for (int c = 0; c < columns; ++c)
                hash.addData(query.value(c).toString().toUtf8().append('\x1f'));
        }
    }
    return hash.result();
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace

class GeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameDatabase();
    void consistentAndPlausible();
    void statisticsAndReportWork();
    void provincePlanHasProvinceCampaigns();
    void refusesExistingData();
    void cancelWritesNothing();
};

void GeneratorTest::sameSeedSameDatabase()
{
    const GeneratorPlan plan = smallPlan();
    auto first = test::openMemoryDatabase();
    auto second = test::openMemoryDatabase();
    GeneratorCounts a, b;
    QString error;
    QVERIFY2(generateDatabase(first->connection(), plan, &a, &error), qPrintable(error));
    QVERIFY2(generateDatabase(second->connection(), plan, &b, &error), qPrintable(error));
    QCOMPARE(a.members, b.members);
    QCOMPARE(a.attendances, b.attendances);
    QCOMPARE(a.teams, b.teams);
    const QByteArray sum = checksum(first->connection());
    QVERIFY(!sum.isEmpty());
    QCOMPARE(checksum(second->connection()), sum);

    // The counts asked for are the counts written.
    QCOMPARE(a.members, qint64(plan.members));
    QCOMPARE(a.teamMembers, qint64(plan.members));
    QCOMPARE(a.teams, qint64(plan.teams));
    QCOMPARE(a.trainings, qint64(plan.trainings));
    // Attendance lists are cut to the members a province has: below the plan
    // only at this small scale (the national plan gets its 1.000.000).
    QVERIFY(a.attendances > plan.attendances / 2 && a.attendances <= plan.attendances);
    QCOMPARE(a.events, qint64(plan.events));
    QCOMPARE(a.mediaOutputs, qint64(plan.mediaOutputs));
    QCOMPARE(a.campaigns, qint64(plan.lastYear - plan.firstYear + 1));
    QCOMPARE(count(first->connection(), QStringLiteral("member")), a.members);
    QCOMPARE(count(first->connection(), QStringLiteral("training_attendance")), a.attendances);
    QCOMPARE(count(first->connection(), QStringLiteral("admin_unit")), a.units);

    // Another seed, other people.
    GeneratorPlan other = plan;
    other.seed += 1;
    auto third = test::openMemoryDatabase();
    QVERIFY2(generateDatabase(third->connection(), other, nullptr, &error), qPrintable(error));
    QVERIFY(checksum(third->connection()) != sum);
}

void GeneratorTest::consistentAndPlausible()
{
    auto database = test::openMemoryDatabase();
    QString error;
    QVERIFY2(generateDatabase(database->connection(), smallPlan(), nullptr, &error), qPrintable(error));
    const QSqlDatabase db = database->connection();

    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    if (query.next())
        QFAIL(qPrintable(QStringLiteral("foreign key broken in %1").arg(query.value(0).toString())));
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // Every record can be searched, and the history holds one summary group, not a row per record.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE search_key IS NULL OR sort_key IS NULL")).toInt(), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM change_group")).toInt(), 1);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT enabled FROM change_context")).toInt(), 1);
    // The members list's keys (migration 0010) and the search index are
    // computed once at the end, as the triggers would have kept them; the
    // triggers are back for the clerk's own writes.
    QCOMPARE(test::scalar(db, QStringLiteral(
            "SELECT count(*) FROM member m LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x "
            "WHERE x.member_id = m.id AND x.left_on IS NULL) LEFT JOIN team t ON t.id = tm.team_id "
            "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, m.unit_id) "
            "WHERE m.current_role IS NOT tm.role OR m.current_team_key IS NOT t.sort_key "
            "OR m.current_unit_key IS NOT u.sort_key OR m.current_unit_key IS NULL")).toInt(), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM member_search")).toLongLong(),
             count(db, QStringLiteral("member")));
    test::exec(db, QStringLiteral("INSERT INTO member_search(member_search) VALUES ('integrity-check')"));
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                             "('member_search_insert', 'member_search_update', 'member_keys_insert', "
                                             "'member_keys_unit', 'team_member_keys_insert', 'team_member_keys_update', "
                                             "'team_keys_update', 'admin_unit_keys_update')")).toInt(), 8);

    // 34 provinces with real names, no district level, sample communes and villages.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 1")).toInt(), 34);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 2")).toInt(), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 1 AND is_sample = 1")).toInt(), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE level > 1 AND "
                                             "(is_sample = 0 OR name NOT LIKE '%(tên mẫu)')")).toInt(), 0);
    QVERIFY(test::scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE name = 'Thành phố Hồ Chí Minh'")).toInt() == 1);
    // A commune's name is found once in the country.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT name FROM admin_unit WHERE level = 3 "
                                             "GROUP BY name HAVING count(*) > 1)")).toInt(), 0);
    // A unit has at most one team a campaign (the schema says so), and later
    // campaigns cover more units.
    QVERIFY(test::scalar(db, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = 4")).toInt()
            > test::scalar(db, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = 1")).toInt());

    // Members: NFC Vietnamese names, genders, birth years, mobile numbers.
    static const QRegularExpression mobile(QStringLiteral("^0(3|5|7|8|9)\\d{8}$"));
    static const QRegularExpression name(QStringLiteral("^\\p{Lu}\\p{Ll}* (\\p{Lu}\\p{Ll}* ){1,2}\\p{Lu}\\p{Ll}*$"));
    QVERIFY(query.exec(QStringLiteral("SELECT full_name, gender, birth_year, phone FROM member")));
    int rows = 0;
    int nguyen = 0;
    int female = 0;
    while (query.next()) {
        ++rows;
        const QString fullName = query.value(0).toString();
        QCOMPARE(fullName, fullName.normalized(QString::NormalizationForm_C));
        QVERIFY2(name.match(fullName).hasMatch(), qPrintable(fullName));
        nguyen += fullName.startsWith(QStringLiteral("Nguyễn ")) ? 1 : 0;
        female += query.value(1).toString() == QStringLiteral("female") ? 1 : 0;
        QVERIFY(query.value(2).toInt() >= 1960 && query.value(2).toInt() <= 2010);
        QVERIFY2(mobile.match(query.value(3).toString()).hasMatch(), qPrintable(query.value(3).toString()));
    }
    QVERIFY(rows > 1000);
    QVERIFY(nguyen > rows / 5 && nguyen < rows / 2); // the most common family name, not the only one
    QVERIFY(female > rows / 3 && female < rows * 2 / 3);
    // Every member sits in one team, in their unit; trainees are members of the
    // campaign's teams.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM member m JOIN team_member tm ON tm.member_id = m.id "
                                             "JOIN team t ON t.id = tm.team_id WHERE t.unit_id = m.unit_id")).toLongLong(),
             count(db, QStringLiteral("member")));
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM training_attendance ta "
                                             "JOIN training_session s ON s.id = ta.training_id "
                                             "JOIN team_member tm ON tm.member_id = ta.member_id "
                                             "JOIN team t ON t.id = tm.team_id AND t.campaign_id = s.campaign_id")).toLongLong(),
             count(db, QStringLiteral("training_attendance")));
}

void GeneratorTest::statisticsAndReportWork()
{
    auto database = test::openMemoryDatabase();
    QString error;
    GeneratorCounts counts;
    QVERIFY2(generateDatabase(database->connection(), smallPlan(), &counts, &error), qPrintable(error));
    const QSqlDatabase db = database->connection();
    const int latest = latestCampaignId(db);
    QCOMPARE(latest, 4);
    CampaignStatistics stats;
    QVERIFY2(computeCampaignStatistics(db, latest, &stats, &error), qPrintable(error));
    QCOMPARE(stats.year, 2025);
    QCOMPARE(stats.provinceId, 0); // the national roll-up: no province
    QCOMPARE(qint64(stats.totalTeams), test::scalar(db, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = 4")).toLongLong());
    QCOMPARE(stats.totalMembers,
             test::scalar(db, QStringLiteral("SELECT count(*) FROM team_member tm JOIN team t ON t.id = tm.team_id "
                                             "WHERE t.campaign_id = 4")).toLongLong());
    QCOMPARE(stats.trainingSessions,
             test::scalar(db, QStringLiteral("SELECT count(*) FROM training_session WHERE campaign_id = 4")).toInt());
    QVERIFY(stats.membersTrained.value > 0);
    QVERIFY(stats.mediaOutputs.value > 0);
    const LevelStatistics *provinces = stats.level(AdminLevel::Province);
    QVERIFY(provinces);
    QCOMPARE(provinces->units, 34);
    QCOMPARE(provinces->unitsWithTeam, 34);

    OfficialDocument document;
    QVERIFY2(buildReportDocument(db, latest, &document, &error), qPrintable(error));
    QVERIFY(document.body.size() > 5);
}

void GeneratorTest::provincePlanHasProvinceCampaigns()
{
    GeneratorPlan plan = GeneratorPlan::province();
    plan.communes = 20;
    plan.villages = 200;
    plan.teams = 400;
    plan.members = 2000;
    plan.trainings = 40;
    plan.attendances = 800;
    plan.events = 20;
    plan.mediaOutputs = 100;
    auto database = test::openMemoryDatabase();
    QString error;
    QVERIFY2(generateDatabase(database->connection(), plan, nullptr, &error), qPrintable(error));
    const QSqlDatabase db = database->connection();
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 1")).toInt(), 1);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(DISTINCT province_id) FROM campaign")).toInt(), 1);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM campaign WHERE province_id IS NULL")).toInt(), 0);
    CampaignStatistics stats;
    QVERIFY2(computeCampaignStatistics(db, latestCampaignId(db), &stats, &error), qPrintable(error));
    QVERIFY(stats.provinceId > 0);
    QVERIFY(stats.totalMembers > 0);
    OfficialDocument document;
    QVERIFY2(buildReportDocument(db, latestCampaignId(db), &document, &error), qPrintable(error));
}

void GeneratorTest::refusesExistingData()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    const QSqlDatabase db = database->connection();
    const qint64 units = count(db, QStringLiteral("admin_unit"));
    QString error;
    QVERIFY(!generateDatabase(db, smallPlan(), nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count(db, QStringLiteral("admin_unit")), units);
    QCOMPARE(count(db, QStringLiteral("campaign")), qint64(1));
}

void GeneratorTest::cancelWritesNothing()
{
    auto database = test::openMemoryDatabase();
    std::atomic_bool cancel = false;
    GeneratorOptions options;
    int calls = 0;
    options.progress = [&](int percent) {
        ++calls;
        if (percent >= 30)
            cancel = true;
    };
    options.cancel = &cancel;
    QString error;
    QVERIFY(!generateDatabase(database->connection(), smallPlan(), nullptr, &error, options));
    QVERIFY(!error.isEmpty());
    QVERIFY(calls > 1);
    QCOMPARE(count(database->connection(), QStringLiteral("admin_unit")), qint64(0));
    QCOMPARE(count(database->connection(), QStringLiteral("member")), qint64(0));
}

QTEST_GUILESS_MAIN(GeneratorTest)
#include "tst_generator.moc"
