#include "BenchSupport.h"

#include "database/Database.h"
#include "generator/NationalGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace cds::bench {

namespace {

QTemporaryDir &temporaryDir()
{
    static QTemporaryDir dir;
    return dir;
}

// A small database of the plan's kind, generated once per process.
QString smallDatabase(const QString &name, GeneratorPlan plan)
{
    const QString path = QDir(workFolder()).filePath(name);
    if (QFile::exists(path))
        return path;
    Database database(QStringLiteral("bench-generate"));
    if (database.open(path).error != DatabaseError::None)
        qFatal("cannot create %s", qPrintable(path));
    QString error;
    if (!generateDatabase(database.connection(), plan, nullptr, &error))
        qFatal("cannot generate %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

QString formatNumber(double value)
{
    if (value < 0)
        return QStringLiteral("–");
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', value >= 10 ? 1 : 2);
}

} // namespace

bool fullScale()
{
    return !qEnvironmentVariableIsEmpty("CDS_BENCH_DB");
}

QString workFolder()
{
    if (!temporaryDir().isValid())
        qFatal("no temporary folder");
    return temporaryDir().path();
}

QString nationalDatabase()
{
    if (fullScale())
        return qEnvironmentVariable("CDS_BENCH_DB");
    GeneratorPlan plan = GeneratorPlan::scaledNational(0.003);
    return smallDatabase(QStringLiteral("national-small.sqlite"), plan);
}

QString provinceDatabase()
{
    if (!qEnvironmentVariableIsEmpty("CDS_BENCH_PROVINCE_DB"))
        return qEnvironmentVariable("CDS_BENCH_PROVINCE_DB");
    GeneratorPlan plan = GeneratorPlan::province();
    plan.communes = 20;
    plan.villages = 200;
    plan.teams = 400;
    plan.members = 2000;
    plan.trainings = 40;
    plan.attendances = 800;
    plan.events = 20;
    plan.mediaOutputs = 100;
    return smallDatabase(QStringLiteral("province-small.sqlite"), plan);
}

int repetitions(int fullScaleRuns)
{
    return fullScale() ? fullScaleRuns : 1;
}

static double cpuNowMs()
{
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        total += usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
                + usage.ru_stime.tv_usec / 1e3;
    }
    return total;
}

double medianMs(int runs, const std::function<void()> &work, double *cpuMs)
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < std::max(runs, 1); ++i) {
        const double cpuBefore = cpuNowMs();
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpu.push_back(cpuNowMs() - cpuBefore);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    if (cpuMs)
        *cpuMs = cpu[cpu.size() / 2];
    return times[times.size() / 2];
}

double runProcessMs(const QString &program, const QStringList &arguments, QString *output, const QByteArray &input,
                    const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        if (output)
            *output = process.errorString();
        return -1;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    const double elapsed = timer.nsecsElapsed() / 1e6;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (output)
            *output += QString::fromUtf8(process.readAllStandardError());
        return -1;
    }
    return elapsed;
}

QString sqlite3Program()
{
    const QString chosen = qEnvironmentVariable("CDS_SQLITE3");
    if (!chosen.isEmpty())
        return chosen;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    return found.isEmpty() ? QStringLiteral("sqlite3") : found;
}

void record(const QString &figure, double measured, double baseline, const QString &unit, Target target, double limit,
            const QString &note)
{
    const double ratio = baseline > 0 ? measured / baseline : -1;
    QString targetText;
    bool met = true;
    switch (target) {
    case Target::RatioAtMost:
        targetText = QStringLiteral("≤ %1× baseline").arg(limit);
        met = ratio >= 0 && ratio <= limit;
        break;
    case Target::MillisAtMost:
        targetText = QStringLiteral("≤ %1 ms").arg(limit);
        met = measured <= limit;
        break;
    case Target::MegabytesAtMost:
        targetText = QStringLiteral("≤ %1 MB").arg(limit);
        met = measured <= limit;
        break;
    case Target::None:
        targetText = QStringLiteral("–");
        break;
    }
    const QString verdict = target == Target::None ? QStringLiteral("info")
            : !fullScale()                         ? QStringLiteral("smoke")
            : met                                  ? QStringLiteral("met")
                                                   : QStringLiteral("MISSED");
    const QStringList cells = {figure,
                               formatNumber(measured) + u' ' + unit,
                               baseline > 0 ? formatNumber(baseline) + u' ' + unit : QStringLiteral("–"),
                               ratio >= 0 ? QString::number(ratio, 'f', 2) + QStringLiteral("×") : QStringLiteral("–"),
                               targetText,
                               verdict,
                               note};
    QTextStream(stdout) << "CDS-BENCH\t" << cells.join(u'\t') << Qt::endl;
    const QString results = qEnvironmentVariable("CDS_BENCH_RESULTS");
    if (!results.isEmpty()) {
        QFile file(results);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write((cells.join(u'\t') + u'\n').toUtf8());
    }
}

} // namespace cds::bench
