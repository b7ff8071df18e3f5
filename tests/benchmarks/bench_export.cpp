// Exporting the whole members list (500.000 members on the national
// database) as CSV and as an Excel workbook, the way the window does it: the
// list's query (RecordListModel::exportQuery over MemberKind's definition)
// run on a DatabaseWorker with its own connection, its rows written as they
// come (tableexport::streamTable). Baseline: the sqlite3 tool writing the
// same SELECT (same columns, same joins, same order) as CSV, in the same run.
// Peak memory is the process's VmHWM, its peak reset just before the export.
#include "BenchSupport.h"

#include "database/Database.h"
#include "database/DatabaseWorker.h"
#include "export/StreamExport.h"
#include "export/TableExport.h"
#include "records/MemberKind.h"
#include "records/RecordListModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

using namespace cds;

namespace {

// Resets this process's peak resident size (Linux: clear_refs 5).
void resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// VmHWM of this process in MB; 0 when unknown.
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

class ExportBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void membersListAgainstSqlite();
};

void ExportBenchmark::membersListAgainstSqlite()
{
    const QString databasePath = bench::nationalDatabase();
    const QString folder = bench::workFolder();
    tableexport::StreamQuery query;
    qint64 members = 0;
    {
        Database database(QStringLiteral("bench-export-list"));
        const auto opened = database.open(databasePath);
        QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
        const std::unique_ptr<RecordKind> kind = createMemberKind();
        RecordListModel model(kind->listDefinition());
        model.setDatabase(database.connection());
        members = model.rowCount();
        query = model.exportQuery(QStringLiteral("Thành viên"));
    }
    QVERIFY(members > 0);
    QVERIFY2(query.values.isEmpty(), "the members list without search or filter binds nothing");

    DatabaseWorker worker(databasePath, true);
    const auto exportAs = [&](tableexport::Format format, const QString &path, double *peakMb) {
        QFile::remove(path);
        auto written = std::make_shared<qint64>(0);
        auto failure = std::make_shared<QString>();
        resetPeakMemory();
        worker.run([query, format, path, written, failure](const QSqlDatabase &db, JobControl &control, QString *) {
            QString error;
            if (!tableexport::streamTable(db, query, format, path,
                                          [&control](qint64 done) {
                                              control.reportProgress(done, 0);
                                              return !control.isCancelled();
                                          },
                                          written.get(), nullptr, &error))
                *failure = error;
            return QVariant();
        });
        worker.waitForIdle();
        *peakMb = std::max(*peakMb, peakMemoryMb());
        QVERIFY2(failure->isEmpty(), qPrintable(*failure));
        QCOMPARE(*written, members);
    };

    const int runs = bench::repetitions(3);
    const QString csvPath = QDir(folder).filePath(QStringLiteral("members-export.csv"));
    double csvPeak = 0;
    double csvCpu = 0;
    const double csv = bench::medianMs(runs, [&] { exportAs(tableexport::Format::Csv, csvPath, &csvPeak); }, &csvCpu);
    const double csvMb = QFileInfo(csvPath).size() / 1e6;

    // The same rows written by the sqlite3 tool: raw values, no display text.
    const QString sqlitePath = QDir(folder).filePath(QStringLiteral("members-sqlite3.csv"));
    QString output;
    double sqliteCpu = 0;
    const double sqlite = bench::medianMs(runs, [&] {
        QFile::remove(sqlitePath);
        QVERIFY2(bench::runProcessMs(bench::sqlite3Program(), { QStringLiteral("-readonly"), databasePath }, &output,
                                     QStringLiteral(".headers on\n.mode csv\n.output %1\n%2;\n")
                                             .arg(sqlitePath, query.sql)
                                             .toUtf8(),
                                     {}, 3600000)
                         >= 0,
                 qPrintable(output));
    }, &sqliteCpu);
    QVERIFY(QFileInfo(sqlitePath).size() > 0);

    bench::record(QStringLiteral("Export the members list as CSV (%1 rows)").arg(members), csv, sqlite,
                  QStringLiteral("ms"), bench::Target::RatioAtMost, 3,
                  QStringLiteral("CPU %1 ms against %2 ms (%3×); %4 MB written (sqlite3: %5 MB, raw values); "
                                 "on a worker with its own connection, rows written as read")
                          .arg(csvCpu, 0, 'f', 0)
                          .arg(sqliteCpu, 0, 'f', 0)
                          .arg(sqliteCpu > 0 ? csvCpu / sqliteCpu : 0, 0, 'f', 2)
                          .arg(csvMb, 0, 'f', 1)
                          .arg(QFileInfo(sqlitePath).size() / 1e6, 0, 'f', 1));
    bench::record(QStringLiteral("Export the members list as CSV: peak memory"), csvPeak, 0, QStringLiteral("MB"),
                  bench::Target::MegabytesAtMost, 200, QStringLiteral("VmHWM of the whole process during the export"));

    if (tableexport::xlsxAvailable()) {
        const QString xlsxPath = QDir(folder).filePath(QStringLiteral("members-export.xlsx"));
        double xlsxPeak = 0;
        double xlsxCpu = 0;
        const double xlsx = bench::medianMs(1, [&] { exportAs(tableexport::Format::Xlsx, xlsxPath, &xlsxPeak); },
                                            &xlsxCpu);
        bench::record(QStringLiteral("Export the members list as XLSX (%1 rows)").arg(members), xlsx, sqlite,
                      QStringLiteral("ms"), bench::Target::None, 0,
                      QStringLiteral("CPU %1 ms; %2 MB written; libxlsxwriter's constant-memory mode")
                              .arg(xlsxCpu, 0, 'f', 0)
                              .arg(QFileInfo(xlsxPath).size() / 1e6, 0, 'f', 1));
        bench::record(QStringLiteral("Export the members list as XLSX: peak memory"), xlsxPeak, 0,
                      QStringLiteral("MB"), bench::Target::MegabytesAtMost, 200,
                      QStringLiteral("VmHWM of the whole process during the export"));
    }
}

QTEST_MAIN(ExportBenchmark)
#include "bench_export.moc"
