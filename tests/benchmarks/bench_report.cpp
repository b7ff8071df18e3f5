// The report PDF (build the document from the data, lay it out, write the
// PDF) for the latest campaign of one province (`--generate province`) and for
// the latest national campaign, the national roll-up (`--generate national`).
#include "BenchSupport.h"

#include "database/Database.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "statistics/CampaignStatistics.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace cds;

class ReportBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void provinceReport();
    void nationalReport();

private:
    void measure(const QString &databasePath, const QString &figure, bench::Target target, double limit);
};

void ReportBenchmark::measure(const QString &databasePath, const QString &figure, bench::Target target, double limit)
{
    Database database(QStringLiteral("bench-report"));
    const auto opened = database.open(databasePath);
    QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
    const int campaign = latestCampaignId(database.connection());
    QVERIFY(campaign > 0);
    const QString pdf = QDir(bench::workFolder()).filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    double buildMs = 0;
    double cpuMs = 0;
    const double ms = bench::medianMs(bench::repetitions(3), [&] {
        QElapsedTimer build;
        build.start();
        OfficialDocument document;
        QString error;
        QVERIFY2(buildReportDocument(database.connection(), campaign, &document, &error), qPrintable(error));
        buildMs = build.nsecsElapsed() / 1e6;
        ReportRenderer renderer(document);
        QVERIFY2(renderer.exportPdf(pdf, &error), qPrintable(error));
        pages = renderer.pageCount();
    }, &cpuMs);
    QVERIFY(QFileInfo(pdf).size() > 0);
    bench::record(figure, ms, -1, QStringLiteral("ms"), target, limit,
                  QStringLiteral("CPU %1 ms; %2 pages, %3 kB; building the document from the data: %4 ms")
                          .arg(cpuMs, 0, 'f', 0)
                          .arg(pages)
                          .arg(QFileInfo(pdf).size() / 1024)
                          .arg(buildMs, 0, 'f', 0));
}

void ReportBenchmark::provinceReport()
{
    measure(bench::provinceDatabase(), QStringLiteral("Report PDF, one province (latest campaign)"),
            bench::Target::MillisAtMost, 500);
}

void ReportBenchmark::nationalReport()
{
    // Issue #15: the national summary builds in under a second.
    measure(bench::nationalDatabase(), QStringLiteral("Report PDF, national roll-up (latest campaign)"),
            bench::Target::MillisAtMost, 1000);
}

QTEST_MAIN(ReportBenchmark)
#include "bench_report.moc"
