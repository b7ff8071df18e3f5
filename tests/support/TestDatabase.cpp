#include "TestDatabase.h"

#include "demo/DemoCampaign.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace cds::test {

std::unique_ptr<Database> openMemoryDatabase()
{
    static QAtomicInt counter;
    auto db = std::make_unique<Database>(QStringLiteral("test-%1").arg(counter.fetchAndAddRelaxed(1)));
    const auto result = db->open(QStringLiteral(":memory:"));
    if (result.error != DatabaseError::None) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open in-memory database: ") + result.message), __FILE__, __LINE__);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> openDemoDatabase(int *campaignId)
{
    auto db = openMemoryDatabase();
    if (!db)
        return nullptr;
    QString error;
    const int id = createDemoCampaign(db->connection(), &error);
    if (id == 0) {
        QTest::qFail(qPrintable(QStringLiteral("cannot create demo: ") + error), __FILE__, __LINE__);
        return nullptr;
    }
    if (campaignId)
        *campaignId = id;
    return db;
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        QTest::qFail(qPrintable(sql + QStringLiteral(": ") + query.lastError().text()), __FILE__, __LINE__);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace cds::test
