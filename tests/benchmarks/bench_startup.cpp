// Start-up to the first painted window of cdsdesk on the national database,
// against a bare Qt Widgets window (bench_barewindow), both started as
// processes and timed from the start to the line they print after their
// first paint (CDSDESK_BENCHMARK_STARTUP=1). The same runs give the peak
// memory (VmHWM) of the app with the national database open.
#include "BenchSupport.h"

#include "database/Database.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "statistics/CampaignStatistics.h"
#include "teams/TeamStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace cds;

namespace {

struct Start
{
    double ms = -1;      // to the first paint
    double readyMs = -1; // to the database open and its page shown
    qint64 peakKb = -1;  // at ready
    double cpuMs = 0; // CPU time of the process, start to exit
};

Start startOnceUntimed(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);

Start startOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    Start start;
    double cpu = 0;
    bench::medianMs(1, [&] { start = startOnceUntimed(program, arguments, environment); }, &cpu);
    start.cpuMs = cpu;
    return start;
}

Start startOnceUntimed(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Start start;
    QByteArray output;
    while (process.waitForReadyRead(120000)) {
        output += process.readAllStandardOutput();
        if (start.ms < 0 && output.contains("cdsdesk-first-paint"))
            start.ms = timer.nsecsElapsed() / 1e6;
        if (output.contains("cdsdesk-ready")) {
            start.readyMs = timer.nsecsElapsed() / 1e6;
            break;
        }
    }
    process.waitForFinished(120000);
    output += process.readAllStandardOutput();
    static const QRegularExpression peak(QStringLiteral("cdsdesk-ready peak-kb=(\\d+)"));
    static const QRegularExpression firstPeak(QStringLiteral("cdsdesk-first-paint peak-kb=(\\d+)"));
    auto match = peak.match(QString::fromUtf8(output));
    if (!match.hasMatch())
        match = firstPeak.match(QString::fromUtf8(output)); // the bare window
    if (match.hasMatch())
        start.peakKb = match.captured(1).toLongLong();
    if (start.ms < 0)
        qWarning().noquote() << program << "printed no first-paint line:" << output << process.readAllStandardError();
    return start;
}

Start median(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int runs)
{
    std::vector<Start> starts;
    for (int i = 0; i < runs; ++i)
        starts.push_back(startOnce(program, arguments, environment));
    std::sort(starts.begin(), starts.end(), [](const Start &a, const Start &b) { return a.ms < b.ms; });
    Start result = starts[starts.size() / 2];
    std::vector<double> cpu, ready;
    for (const Start &s : starts) {
        result.peakKb = std::max(result.peakKb, s.peakKb);
        cpu.push_back(s.cpuMs);
        ready.push_back(s.readyMs);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(ready.begin(), ready.end());
    result.cpuMs = cpu[cpu.size() / 2];
    result.readyMs = ready[ready.size() / 2];
    return result;
}

} // namespace

class StartupBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void startupAndMemory();
    void startupBreakdown();
};

// What the main window does with the database before its first paint, step
// by step in this process (informational: where the start-up time goes).
void StartupBenchmark::startupBreakdown()
{
    Database database(QStringLiteral("bench-startup"));
    double openCpu = 0, dashboardCpu = 0, teamsCpu = 0, reportCpu = 0;
    const auto cpu = [](double ms) { return QStringLiteral("CPU %1 ms").arg(ms, 0, 'f', 0); };
    const double open = bench::medianMs(1, [&] {
        const auto opened = database.open(bench::nationalDatabase());
        QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
    }, &openCpu);
    const QSqlDatabase db = database.connection();
    const int latest = latestCampaignId(db);
    const int previous = previousCampaignId(db, latest);
    CampaignStatistics stats;
    QString error;
    const double dashboard = bench::medianMs(1, [&] {
        QVERIFY(computeCampaignStatistics(db, latest, &stats, &error));
        QVERIFY(computeCampaignStatistics(db, previous, &stats, &error));
    }, &dashboardCpu);
    QList<TeamRecord> teams;
    const double teamsList = bench::medianMs(1, [&] { QVERIFY(TeamStore(db).teams(latest, &teams, &error)); }, &teamsCpu);
    int pages = 0;
    const double report = bench::medianMs(1, [&] {
        OfficialDocument document;
        QVERIFY(buildReportDocument(db, latest, &document, &error));
        pages = ReportRenderer(document).pageCount();
    }, &reportCpu);
    bench::record(QStringLiteral("  start-up step: open the database (checks, quick_check)"), open, -1,
                  QStringLiteral("ms"), bench::Target::None, 0, cpu(openCpu));
    bench::record(QStringLiteral("  start-up step: dashboard statistics, latest + previous campaign"), dashboard, -1,
                  QStringLiteral("ms"), bench::Target::None, 0, cpu(dashboardCpu));
    bench::record(QStringLiteral("  start-up step: teams page, all teams of the campaign"), teamsList, -1,
                  QStringLiteral("ms"), bench::Target::None, 0, cpu(teamsCpu) + QStringLiteral("; %1 teams").arg(teams.size()));
    bench::record(QStringLiteral("  start-up step: report page, document and layout"), report, -1, QStringLiteral("ms"),
                  bench::Target::None, 0, cpu(reportCpu) + QStringLiteral("; %1 pages").arg(pages));
}

void StartupBenchmark::startupAndMemory()
{
    const QString folder = bench::workFolder();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Own settings and data folders, so the user's are neither read nor written.
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("CDSDESK_BENCHMARK_STARTUP"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("DISPLAY")) && !environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // A copy, since the app writes its daily backup beside the database.
    const QString database = QDir(folder).filePath(QStringLiteral("startup.sqlite"));
    QFile::remove(database);
    QVERIFY(QFile::copy(bench::nationalDatabase(), database));
    const QStringList arguments = {QStringLiteral("--db"), database};

    // The first start of a day also writes the daily backup of the database.
    const Start first = startOnce(QStringLiteral(CDSDESK_EXECUTABLE), arguments, environment);
    QVERIFY(first.ms > 0);

    const int runs = bench::repetitions(5);
    const Start bare = median(QStringLiteral(BAREWINDOW_EXECUTABLE), {}, environment, runs);
    const Start app = median(QStringLiteral(CDSDESK_EXECUTABLE), arguments, environment, runs);
    QVERIFY(bare.ms > 0);
    QVERIFY(app.ms > 0);
    const QString platform = environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    bench::record(QStringLiteral("Start-up to the first painted window (national database)"), app.ms, bare.ms,
                  QStringLiteral("ms"), bench::Target::RatioAtMost, 1.5,
                  QStringLiteral("CPU time to exit %1 ms against %2 ms (%3×); platform %4; the window opens on the "
                                 "dashboard of the latest campaign")
                          .arg(app.cpuMs, 0, 'f', 0)
                          .arg(bare.cpuMs, 0, 'f', 0)
                          .arg(bare.cpuMs > 0 ? app.cpuMs / bare.cpuMs : 0, 0, 'f', 1)
                          .arg(platform));
    bench::record(QStringLiteral("Start-up to the dashboard shown with its figures (national database)"), app.readyMs,
                  bare.ms, QStringLiteral("ms"), bench::Target::None, 0,
                  QStringLiteral("the database opened (quick_check) and the figures of two campaigns computed after "
                                 "the first paint"));
    bench::record(QStringLiteral("First start of the day (adds the daily backup)"), first.readyMs, bare.ms,
                  QStringLiteral("ms"), bench::Target::None, 0,
                  QStringLiteral("to the dashboard and the daily backup done; first paint after %1 ms").arg(first.ms, 0, 'f', 0));
    bench::record(QStringLiteral("Peak memory with the national database open (dashboard)"), app.peakKb / 1024.0,
                  bare.peakKb / 1024.0, QStringLiteral("MB"), bench::Target::MegabytesAtMost, 150,
                  QStringLiteral("VmHWM; baseline: the bare window"));

    // The same start on the members list (CDSDESK_BENCHMARK_PAGE), 500.000 members.
    environment.insert(QStringLiteral("CDSDESK_BENCHMARK_PAGE"), QStringLiteral("members"));
    const Start members = median(QStringLiteral(CDSDESK_EXECUTABLE), arguments, environment, std::max(1, runs / 2));
    QVERIFY(members.readyMs > 0);
    bench::record(QStringLiteral("Peak memory with the national database open on the members list"),
                  members.peakKb / 1024.0, bare.peakKb / 1024.0, QStringLiteral("MB"), bench::Target::MegabytesAtMost,
                  150, QStringLiteral("VmHWM after the list has painted; start to that paint %1 ms").arg(members.readyMs, 0, 'f', 0));
}

QTEST_MAIN(StartupBenchmark)
#include "bench_startup.moc"
