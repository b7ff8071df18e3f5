#include "database/DatabaseWorker.h"

#include "database/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace cds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::DatabaseWorker)
};

} // namespace

bool JobControl::isCancelled() const
{
    return m_job->isCancelled();
}

void JobControl::reportProgress(qint64 done, qint64 total)
{
    DatabaseJob *job = m_job;
    QMetaObject::invokeMethod(job, [job, done, total] { emit job->progress(done, total); }, Qt::QueuedConnection);
}

void DatabaseJob::cancel()
{
    m_cancelled.storeRelaxed(1);
}

// Lives on the worker thread; owns the worker's connection.
class DatabaseWorker::Runner : public QObject
{
public:
    Runner(QString path, bool readOnly) : m_path(std::move(path)), m_readOnly(readOnly)
    {
        static QAtomicInt counter;
        m_connectionName = QStringLiteral("cds-worker-%1").arg(counter.fetchAndAddRelaxed(1));
    }

    // On the worker thread, before the thread ends.
    void closeConnection()
    {
        if (!m_opened)
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_opened = false;
    }

    QSqlDatabase connection(QString *error)
    {
        if (!m_opened) {
            m_opened = true;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_path);
            db.setConnectOptions(Database::connectOptions(m_readOnly));
            if (!db.open())
                m_openError = Text::tr("Cannot open “%1” for work in the background: %2")
                                      .arg(m_path, db.lastError().text());
            else if (QString message; !Database::configureConnection(db, &message))
                m_openError = message;
        }
        if (!m_openError.isEmpty()) {
            *error = m_openError;
            return {};
        }
        return QSqlDatabase::database(m_connectionName, false);
    }

    void runJob(DatabaseJob *job, const Work &work)
    {
        if (!job->isCancelled()) {
            QString error;
            const QSqlDatabase db = connection(&error);
            QVariant result;
            if (error.isEmpty()) {
                JobControl control(job);
                result = work(db, control, &error);
            }
            job->m_result = result;
            job->m_error = error;
        }
        // Runs on the job's (UI) thread; a job dies with its worker, and a
        // call queued for a deleted object is dropped.
        QMetaObject::invokeMethod(job, [job] {
            if (auto *worker = qobject_cast<DatabaseWorker *>(job->parent()))
                --worker->m_pending;
            emit job->finished();
            job->deleteLater();
        }, Qt::QueuedConnection);
    }

private:
    QString m_path;
    bool m_readOnly;
    QString m_connectionName;
    bool m_opened = false;
    QString m_openError;
};

DatabaseWorker::DatabaseWorker(const QString &path, bool readOnly, QObject *parent)
    : QObject(parent), m_path(path), m_thread(new QThread), m_runner(new Runner(path, readOnly))
{
    m_thread->setObjectName(QStringLiteral("database-worker"));
    m_runner->moveToThread(m_thread);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    cancelAll();
    Runner *runner = m_runner;
    QMetaObject::invokeMethod(runner, [runner] {
        runner->closeConnection();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_runner;
    delete m_thread;
}

DatabaseJob *DatabaseWorker::run(Work work)
{
    auto *job = new DatabaseJob(this);
    ++m_pending;
    Runner *runner = m_runner;
    QMetaObject::invokeMethod(runner, [runner, job, work = std::move(work)] { runner->runJob(job, work); },
                              Qt::QueuedConnection);
    return job;
}

void DatabaseWorker::cancelAll()
{
    for (DatabaseJob *job : findChildren<DatabaseJob *>(Qt::FindDirectChildrenOnly))
        job->cancel();
}

void DatabaseWorker::waitForIdle()
{
    QMetaObject::invokeMethod(m_runner, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace cds
