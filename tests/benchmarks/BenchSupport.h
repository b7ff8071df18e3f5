#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace cds::bench {

// Where a benchmark runs. With CDS_BENCH_DB (and CDS_BENCH_PROVINCE_DB) set,
// it runs at full scale on those databases (scripts/cdsdesk.sh bench). Without
// them it is a smoke run: small databases are generated in a temporary folder,
// every step runs once and nothing is judged by its time (ctest).
bool fullScale();
// The national database (`cdsdesk --generate national`): the full-scale file,
// or a small generated one in smoke runs.
QString nationalDatabase();
// The one-province database (`cdsdesk --generate province`), likewise.
QString provinceDatabase();
// A folder for the benchmark's own files, removed at exit.
QString workFolder();

// How many times to repeat a measurement whose median is reported (1 in smoke runs).
int repetitions(int fullScaleRuns);

// Median of runs calls of work, in milliseconds of wall time. When cpuMs is
// given, it receives the median CPU time (user + system) of this process and
// of the child processes it waited for during the calls: unlike the wall time
// it hardly changes when other programs compete for the processor.
double medianMs(int runs, const std::function<void()> &work, double *cpuMs = nullptr);

// Runs program and waits for it; returns the wall time in milliseconds, or -1
// on failure (with the reason in *output). stdout lands in *output.
double runProcessMs(const QString &program, const QStringList &arguments, QString *output,
                    const QByteArray &input = {}, const QProcessEnvironment &environment = {},
                    int timeoutMs = 600000);

// The sqlite3 command-line tool ("sqlite3" on the PATH, or CDS_SQLITE3).
QString sqlite3Program();

enum class Target {
    RatioAtMost,    // measured / baseline <= limit
    MillisAtMost,   // measured (ms) <= limit
    MegabytesAtMost, // measured (MB) <= limit
    None            // shown for information only
};

// One line of the results table. Printed to stdout and, when CDS_BENCH_RESULTS
// names a file, appended to it as tab-separated values:
// figure, measured, baseline, ratio, target, verdict, note.
void record(const QString &figure, double measured, double baseline, const QString &unit, Target target,
            double limit, const QString &note = {});

} // namespace cds::bench
