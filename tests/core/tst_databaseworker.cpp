// The asynchronous runner of the core (DatabaseWorker): work runs on another
// thread with its own connection to the same file, its result comes back by
// signal on the thread that asked, progress is reported and a cancelled job
// never runs.
#include "database/Database.h"
#include "database/DatabaseWorker.h"

#include "TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cds;

class DatabaseWorkerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resultArrivesBySignalFromAnotherThread();
    void progressIsReported();
    void cancelledJobNeverRuns();
    void workerSeesCommittedWrites();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_path;
};

void DatabaseWorkerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("worker.sqlite"));
    m_database = std::make_unique<Database>(QStringLiteral("worker-test"));
    QCOMPARE(m_database->open(m_path).error, DatabaseError::None);
    test::exec(m_database->connection(), QStringLiteral("INSERT INTO organisation (name) VALUES ('Sở KH&CN')"));
}

void DatabaseWorkerTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void DatabaseWorkerTest::resultArrivesBySignalFromAnotherThread()
{
    DatabaseWorker worker(m_path);
    QThread *uiThread = QThread::currentThread();
    QThread *workThread = nullptr;
    bool foreignKeys = false;
    DatabaseJob *job = worker.run([&](const QSqlDatabase &db, JobControl &, QString *error) -> QVariant {
        workThread = QThread::currentThread();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next())
            return *error = QStringLiteral("no pragma"), QVariant();
        foreignKeys = query.value(0).toInt() == 1;
        query.exec(QStringLiteral("SELECT name FROM organisation"));
        return query.next() ? query.value(0) : QVariant();
    });
    QSignalSpy finished(job, &DatabaseJob::finished);
    // Nothing is delivered before the event loop runs.
    QCOMPARE(finished.count(), 0);
    QCOMPARE(worker.pendingJobs(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error(), QString());
    QCOMPARE(job->result().toString(), QStringLiteral("Sở KH&CN"));
    QVERIFY(workThread != nullptr && workThread != uiThread);
    QVERIFY2(foreignKeys, "the worker's connection has the settings of every CDS Desk connection");
    QCOMPARE(worker.pendingJobs(), 0);
}

void DatabaseWorkerTest::progressIsReported()
{
    DatabaseWorker worker(m_path);
    DatabaseJob *job = worker.run([](const QSqlDatabase &, JobControl &control, QString *) {
        for (int i = 1; i <= 3; ++i)
            control.reportProgress(i, 3);
        return QVariant(42);
    });
    QSignalSpy progress(job, &DatabaseJob::progress);
    QSignalSpy finished(job, &DatabaseJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toLongLong(), 3);
    QCOMPARE(progress.last().at(1).toLongLong(), 3);
    QCOMPARE(job->result().toInt(), 42);
}

void DatabaseWorkerTest::cancelledJobNeverRuns()
{
    DatabaseWorker worker(m_path);
    QAtomicInt ran;
    QAtomicInt release;
    // The first job holds the worker until released; the second is cancelled meanwhile.
    DatabaseJob *first = worker.run([&](const QSqlDatabase &, JobControl &control, QString *) {
        while (!release.loadAcquire() && !control.isCancelled())
            QThread::msleep(5);
        return QVariant(control.isCancelled());
    });
    DatabaseJob *second = worker.run([&](const QSqlDatabase &, JobControl &, QString *) {
        ran.storeRelease(1);
        return QVariant(1);
    });
    QSignalSpy firstDone(first, &DatabaseJob::finished);
    QSignalSpy secondDone(second, &DatabaseJob::finished);
    second->cancel();
    first->cancel();
    QVERIFY(secondDone.wait(5000));
    QCOMPARE(firstDone.count(), 1);
    QVERIFY(second->isCancelled());
    QCOMPARE(ran.loadAcquire(), 0);
    QVERIFY(!second->result().isValid());
}

void DatabaseWorkerTest::workerSeesCommittedWrites()
{
    DatabaseWorker worker(m_path);
    test::exec(m_database->connection(), QStringLiteral("INSERT INTO organisation (name) VALUES ('Bưu điện tỉnh')"));
    DatabaseJob *job = worker.run([](const QSqlDatabase &db, JobControl &, QString *) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM organisation"));
        return query.next() ? query.value(0) : QVariant();
    });
    QSignalSpy finished(job, &DatabaseJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->result().toInt(), 2);
}

QTEST_GUILESS_MAIN(DatabaseWorkerTest)
#include "tst_databaseworker.moc"
