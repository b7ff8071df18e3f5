#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QThread;

namespace cds {

class DatabaseJob;

// What a job running on the worker may ask: whether it was cancelled, and
// to report how far it got (the UI thread gets DatabaseJob::progress).
class JobControl
{
public:
    bool isCancelled() const;
    // done of total steps (any unit the job chooses; total 0: unknown).
    void reportProgress(qint64 done, qint64 total);

private:
    friend class DatabaseWorker;
    explicit JobControl(DatabaseJob *job) : m_job(job) { }
    DatabaseJob *m_job;
};

// One job handed to a DatabaseWorker. It lives on the thread that asked for
// it (the UI thread); its signals arrive there. It deletes itself after
// finished() has been delivered.
class DatabaseJob : public QObject
{
    Q_OBJECT

public:
    // Asks the job to stop: a job not yet started never runs, and a running
    // one sees JobControl::isCancelled() between its steps. finished() still
    // comes, with isCancelled() true.
    void cancel();
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }

    // Valid in and after finished(): what the work returned, and its error
    // (translated; empty when it succeeded).
    const QVariant &result() const { return m_result; }
    const QString &error() const { return m_error; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    friend class DatabaseWorker;
    friend class JobControl;
    explicit DatabaseJob(QObject *parent) : QObject(parent) { }
    QAtomicInt m_cancelled;
    QVariant m_result;
    QString m_error;
};

// Runs database work off the UI thread: one worker thread with its own
// connection to the same SQLite file (opened on that thread with the
// settings every CDS Desk connection has, Database::configureConnection), so
// that the window keeps answering while a long query runs. WAL lets that
// connection read while the window's connection writes. Jobs run one after
// the other, in the order given; results come back by signal on the thread
// that created the worker.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    // path: the database file (a real file, not ":memory:"). readOnly: the
    // worker's connection refuses writes (PRAGMA query_only).
    explicit DatabaseWorker(const QString &path, bool readOnly = true, QObject *parent = nullptr);
    // Cancels what is queued or running and waits for the thread to end.
    ~DatabaseWorker() override;

    // The work runs on the worker thread with its connection; it returns
    // the result (a QVariant the UI thread reads in finished()) or sets
    // *error (translated). A connection that failed to open reaches the work
    // invalid (db.isOpen() false); the work reports that as its error.
    using Work = std::function<QVariant(const QSqlDatabase &db, JobControl &control, QString *error)>;
    DatabaseJob *run(Work work);

    // Cancels every job queued or running.
    void cancelAll();
    // Jobs given and not yet finished.
    int pendingJobs() const { return m_pending; }
    // Blocks until every job given so far has finished on the worker
    // (their finished() signals are then queued). For shutting down and tests.
    void waitForIdle();

    QString path() const { return m_path; }

private:
    class Runner;
    QString m_path;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    int m_pending = 0;
};

} // namespace cds
