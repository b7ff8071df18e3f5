// Every dashboard figure of the national database's latest campaign (and of
// the previous one, which the dashboard compares it with), computed by
// computeCampaignStatistics(), against the same SQL run by the sqlite3 tool.
// Also prints EXPLAIN QUERY PLAN of each statement.
#include "BenchSupport.h"

#include "database/Database.h"
#include "statistics/CampaignStatistics.h"
#include "statistics/StatisticsSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cds;

class DashboardBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statisticsAgainstSqlite();
    void queryPlans();

private:
    Database m_database{QStringLiteral("bench-dashboard")};
    int m_latest = 0;
    int m_previous = 0;
};

void DashboardBenchmark::initTestCase()
{
    const auto opened = m_database.open(bench::nationalDatabase());
    QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
    m_latest = latestCampaignId(m_database.connection());
    m_previous = previousCampaignId(m_database.connection(), m_latest);
    QVERIFY(m_latest > 0);
    QVERIFY(m_previous > 0);
}

// The script the sqlite3 tool runs: the statements of computeCampaignStatistics()
// for both campaigns, with the parameters it binds, output thrown away.
static QByteArray sqliteScript(const QList<int> &campaigns)
{
    QByteArray script = ".output /dev/null\n";
    for (int campaign : campaigns) {
        script += QByteArray(".parameter set :campaign ") + QByteArray::number(campaign) + '\n';
        script += ".parameter set :district 0\n.parameter set :period 0\n"
                  ".parameter set :from \"'0000-01-01'\"\n.parameter set :to \"'9999-12-31'\"\n";
        for (const QString &sql : statistics_sql::campaignStatisticsSql(false))
            script += sql.toUtf8() + ";\n";
    }
    return script;
}

void DashboardBenchmark::statisticsAgainstSqlite()
{
    const int runs = bench::repetitions(5);
    CampaignStatistics latest;
    CampaignStatistics previous;
    QString error;
    double oursCpu = 0;
    const double ours = bench::medianMs(runs, [&] {
        QVERIFY2(computeCampaignStatistics(m_database.connection(), m_latest, &latest, &error), qPrintable(error));
        QVERIFY2(computeCampaignStatistics(m_database.connection(), m_previous, &previous, &error), qPrintable(error));
    }, &oursCpu);
    QVERIFY(latest.totalTeams > 0);

    // The sqlite3 tool: the whole run minus a run that opens the file and does nothing.
    const QString db = m_database.path();
    const QByteArray script = sqliteScript({m_latest, m_previous});
    QString output;
    double emptyCpu = 0;
    double fullCpu = 0;
    const double empty = bench::medianMs(runs, [&] {
        QVERIFY2(bench::runProcessMs(bench::sqlite3Program(), {QStringLiteral("-readonly"), db}, &output,
                                     "SELECT count(*) FROM campaign;\n") >= 0,
                 qPrintable(output));
    }, &emptyCpu);
    const double full = bench::medianMs(runs, [&] {
        QVERIFY2(bench::runProcessMs(bench::sqlite3Program(), {QStringLiteral("-readonly"), db}, &output, script) >= 0,
                 qPrintable(output));
    }, &fullCpu);
    const double sqliteCpu = std::max(fullCpu - emptyCpu, 0.01);
    const double sqlite = std::max(full - empty, 0.01);
    bench::record(QStringLiteral("Dashboard figures (latest + previous campaign, national)"), ours, sqlite,
                  QStringLiteral("ms"), bench::Target::RatioAtMost, 1.5,
                  QStringLiteral("CPU time %1 ms against %2 ms (%3×); %4 teams, %5 members, %6 sessions")
                          .arg(oursCpu, 0, 'f', 0)
                          .arg(sqliteCpu, 0, 'f', 0)
                          .arg(oursCpu / sqliteCpu, 0, 'f', 2)
                          .arg(latest.totalTeams)
                          .arg(latest.totalMembers)
                          .arg(latest.trainingSessions));
}

void DashboardBenchmark::queryPlans()
{
    // Informational: the plans at the benchmark's scale (tst_queryplans asserts them).
    QSqlQuery query(m_database.connection());
    for (const QString &sql : statistics_sql::campaignStatisticsSql(true)) {
        QVERIFY2(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(query.lastError().text()));
        for (const char *name : {":campaign", ":district", ":period", ":from", ":to"}) {
            if (sql.contains(QString::fromLatin1(name)))
                query.bindValue(QString::fromLatin1(name), 0);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList lines;
        while (query.next())
            lines << query.value(3).toString();
        qInfo().noquote() << sql.section(u'\n', -3).simplified().left(90) << "\n    " << lines.join(QStringLiteral("\n     "));
    }
}

QTEST_GUILESS_MAIN(DashboardBenchmark)
#include "bench_dashboard.moc"
