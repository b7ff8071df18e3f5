// The members list as the app shows it: RecordListModel over the members
// list definition (MemberKind) on the national database, 500.000 members.
// Opening it (count + first page), jumping to the last row and searching as
// you type ("n", "ng", "ngu", "nguy", "nguyen": count + first page each).
#include "BenchSupport.h"

#include "database/Database.h"
#include "records/MemberKind.h"
#include "records/RecordListModel.h"

#include <QApplication>
#include <QTest>

using namespace cds;

class MembersListBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openJumpAndSearch();

private:
    Database m_database{QStringLiteral("bench-members-list")};
};

void MembersListBenchmark::initTestCase()
{
    const auto opened = m_database.open(bench::nationalDatabase());
    QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
}

void MembersListBenchmark::openJumpAndSearch()
{
    const std::unique_ptr<RecordKind> kind = createMemberKind();
    const int runs = bench::repetitions(5);
    const QSqlDatabase db = m_database.connection();
    const auto firstPage = [](const RecordListModel &model) {
        const int rows = std::min(model.rowCount(), 40);
        for (int row = 0; row < rows; ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                model.data(model.index(row, column));
    };

    int rows = 0;
    double openCpu = 0;
    const double open = bench::medianMs(runs, [&] {
        RecordListModel model(kind->listDefinition());
        model.setDatabase(db);
        rows = model.rowCount();
        firstPage(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    }, &openCpu);
    QVERIFY(rows > 0);

    RecordListModel model(kind->listDefinition());
    model.setDatabase(db);
    firstPage(model);
    double lastCpu = 0;
    int page = model.rowCount() / RecordListModel::pageSize;
    const double last = bench::medianMs(runs, [&] {
        // Another page each run: a cached page would cost nothing.
        const int row = std::max(0, model.rowCount() - 1 - (page-- % 3) * RecordListModel::pageSize);
        QVERIFY(!model.data(model.index(row, 0)).toString().isEmpty());
    }, &lastCpu);

    const QStringList typed = { QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("ngu"), QStringLiteral("nguy"),
                                QStringLiteral("nguyen") };
    QStringList perKeystroke;
    double worst = 0, worstCpu = 0;
    for (const QString &text : typed) {
        double cpu = 0;
        int matches = 0;
        const double ms = bench::medianMs(runs, [&] {
            model.setSearchText(QString());
            model.setSearchText(text);
            matches = model.rowCount();
            firstPage(model);
        }, &cpu);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        perKeystroke << QStringLiteral("“%1” %2 ms (%3 rows)").arg(text).arg(ms, 0, 'f', 0).arg(matches);
        worst = std::max(worst, ms);
        worstCpu = std::max(worstCpu, cpu);
    }

    const auto cpuNote = [](double ms) { return QStringLiteral("CPU %1 ms").arg(ms, 0, 'f', 0); };
    bench::record(QStringLiteral("Members list (model): open, count + first page (%1 members)").arg(rows), open, -1,
                  QStringLiteral("ms"), bench::Target::MillisAtMost, 100, cpuNote(openCpu));
    bench::record(QStringLiteral("Members list (model): jump to the last row"), last, -1, QStringLiteral("ms"),
                  bench::Target::MillisAtMost, 100, cpuNote(lastCpu) + QStringLiteral("; LIMIT/OFFSET page"));
    bench::record(QStringLiteral("Members list (model): search as you type, slowest keystroke"), worst, -1,
                  QStringLiteral("ms"), bench::Target::MillisAtMost, 100,
                  cpuNote(worstCpu) + QStringLiteral("; count + first page; ") + perKeystroke.join(QStringLiteral(", ")));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    MembersListBenchmark benchmark;
    return QTest::qExec(&benchmark, argc, argv);
}

#include "bench_memberslist.moc"
