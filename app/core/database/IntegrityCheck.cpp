#include "database/IntegrityCheck.h"

#include "database/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cds::integrity {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Database)
};

} // namespace

QString fullCheckProblem(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("cds-integrity-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(Database::connectOptions(true));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check(5)"))) {
                problem = query.lastError().text();
            } else {
                QStringList lines;
                while (query.next())
                    lines << query.value(0).toString();
                if (lines != QStringList{ QStringLiteral("ok") })
                    problem = lines.join(QStringLiteral("; "));
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString damagedMessage(const QString &path, const QString &problem)
{
    return Text::tr("The full check of “%1” found damage (%2). Nothing more is written to it, so "
                    "that the damage does not spread. Restore the database from a recent backup "
                    "or send a copy of the file for repair.")
            .arg(QDir::toNativeSeparators(path), problem);
}

} // namespace cds::integrity
