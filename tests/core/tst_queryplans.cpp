// The hot queries use indexes: EXPLAIN QUERY PLAN of every statement of the
// dashboard statistics (whole country, one province, with a period) on a
// generated database never scans a large table.
#include "TestDatabase.h"

#include "generator/NationalGenerator.h"
#include "statistics/CampaignStatistics.h"
#include "statistics/StatisticsSql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cds;

namespace {

// The plan's detail lines of sql with the statistics' parameters bound.
QStringList planOf(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        qWarning() << query.lastError().text();
        return {QStringLiteral("prepare failed")};
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (sql.contains(it.key()))
            query.bindValue(it.key(), it.value());
    }
    if (!query.exec())
        return {QStringLiteral("exec failed")};
    QStringList lines;
    while (query.next())
        lines << query.value(3).toString();
    return lines;
}

// A full scan of a table that grows with the data (by name or by the
// aliases the statistics give them); "SCAN s" is the scope CTE.
bool scansLargeTable(const QString &line)
{
    static const QRegularExpression scan(QStringLiteral(
            "^SCAN (team|team_member|member|training_session|training_attendance|event|media_output|"
            "t|tm|m|ta|e|mo)( |$)"));
    return scan.match(line).hasMatch();
}

} // namespace

class QueryPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statisticsUseIndexes_data();
    void statisticsUseIndexes();
    void membersPageUsesNameIndex();

private:
    std::unique_ptr<Database> m_database;
};

void QueryPlanTest::initTestCase()
{
    m_database = test::openMemoryDatabase();
    QString error;
    QVERIFY2(generateDatabase(m_database->connection(), GeneratorPlan::scaledNational(0.002), nullptr, &error),
             qPrintable(error));
}

void QueryPlanTest::statisticsUseIndexes_data()
{
    QTest::addColumn<int>("district");
    QTest::addColumn<int>("period");
    QTest::newRow("whole campaign") << 0 << 0;
    QTest::newRow("one province as the scope") << 1 << 0;
    QTest::newRow("with a period") << 0 << 1;
}

void QueryPlanTest::statisticsUseIndexes()
{
    QFETCH(int, district);
    QFETCH(int, period);
    const QVariantMap values = {{QStringLiteral(":campaign"), latestCampaignId(m_database->connection())},
                                {QStringLiteral(":district"), district},
                                {QStringLiteral(":period"), period},
                                {QStringLiteral(":from"), QStringLiteral("2025-03-01")},
                                {QStringLiteral(":to"), QStringLiteral("2025-06-30")}};
    // With the report's count of distinct attendees (StatisticsDetail::Summary).
    const QStringList statements = statistics_sql::campaignStatisticsSql(true) << statistics_sql::trainingAttendeesSql();
    for (const QString &sql : statements) {
        const QStringList plan = planOf(m_database->connection(), sql, values);
        QVERIFY(!plan.isEmpty());
        for (const QString &line : plan) {
            QVERIFY2(!line.endsWith(QStringLiteral("failed")), qPrintable(sql));
            QVERIFY2(!scansLargeTable(line),
                     qPrintable(QStringLiteral("%1\nin the plan of\n%2").arg(line, sql.section(u'\n', -4))));
        }
    }
}

void QueryPlanTest::membersPageUsesNameIndex()
{
    // The pages of a members list in name order (see tests/benchmarks/bench_members.cpp).
    for (const QString &sql : {QStringLiteral("SELECT id, full_name FROM member ORDER BY full_name, id LIMIT 100"),
                               QStringLiteral("SELECT id, full_name FROM member ORDER BY full_name DESC, id DESC LIMIT 100"),
                               QStringLiteral("SELECT id, full_name FROM member WHERE full_name >= :name AND "
                                              "(full_name > :name OR id > :id) ORDER BY full_name, id LIMIT 100")}) {
        const QStringList plan = planOf(m_database->connection(), sql,
                                        {{QStringLiteral(":name"), QStringLiteral("Lê")}, {QStringLiteral(":id"), 1}});
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("INDEX member_name")), qPrintable(plan.join(u'\n')));
        QVERIFY2(!plan.join(u'\n').contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(QueryPlanTest)
#include "tst_queryplans.moc"
