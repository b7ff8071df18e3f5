// The members list (issue #15): in every sort order its pages hold the rows
// an ORDER BY over the joins to the current membership puts there (the list
// sorts by keys kept on the member row, 0010_member_list_keys.sql), and with
// a worker a search is read in the background: the first page, then the
// count, and a newer search supersedes an older one never shown.
#include "TestDatabase.h"

#include "database/DatabaseWorker.h"
#include "generator/NationalGenerator.h"
#include "records/MemberKind.h"
#include "records/RecordKind.h"
#include "records/RecordListModel.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;
using test::scalar;

namespace {

// The members list's FROM, as MemberKind gives it, ordered by the joined
// values the list showed before its keys were kept on the member row.
const char *const joins = "member m "
                          "LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x "
                          "WHERE x.member_id = m.id AND x.left_on IS NULL) "
                          "LEFT JOIN team t ON t.id = tm.team_id "
                          "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, m.unit_id)";

QList<qint64> idsInOrder(const QSqlDatabase &db, const QString &sort, bool ascending, const QString &where = {})
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.id FROM %1%2 ORDER BY %3%4, m.id%4")
                            .arg(QString::fromLatin1(joins), where, sort, direction))) {
        qWarning() << query.lastError().text();
        return {};
    }
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<qint64> modelIds(RecordListModel &model, int from, int to)
{
    QList<qint64> ids;
    for (int row = from; row < to; ++row)
        ids << model.idAt(row);
    return ids;
}

} // namespace

class MembersListTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySortOrderEqualsTheJoins_data();
    void everySortOrderEqualsTheJoins();
    void searchIsReadInTheBackground();
    void aNewerSearchSupersedesTheOlder();
    void aSortIsReadInTheBackground();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    ListDefinition m_definition;
};

void MembersListTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(QStringLiteral("memberslist"));
    QCOMPARE(m_database->open(m_dir.filePath(QStringLiteral("members.sqlite"))).error, DatabaseError::None);
    m_db = m_database->connection();
    QString error;
    QVERIFY2(generateDatabase(m_db, GeneratorPlan::scaledNational(0.002), nullptr, &error), qPrintable(error));
    // Some members in no team (their own unit, or none), some with an ended
    // membership only, and ties: the order must still be the joins'.
    test::exec(m_db, QStringLiteral("UPDATE team_member SET left_on = '2025-01-31' WHERE id % 17 = 0"));
    test::exec(m_db, QStringLiteral("INSERT INTO member (full_name, unit_id) SELECT 'Lê Văn Không Tổ ' || id, id FROM admin_unit "
                                    "WHERE level = 3 LIMIT 30"));
    test::exec(m_db, QStringLiteral("INSERT INTO member (full_name) VALUES ('Ẩn Danh'), ('Ẩn Danh')"));
    auto kind = createMemberKind();
    m_definition = kind->listDefinition();
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM member")).toInt() > 500);
}

void MembersListTest::everySortOrderEqualsTheJoins_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("joinedSort");
    const QStringList sorts = { QStringLiteral("m.sort_key"), QStringLiteral("m.gender"), QStringLiteral("m.birth_year"),
                                QStringLiteral("m.phone"), QStringLiteral("tm.role"), QStringLiteral("t.sort_key"),
                                QStringLiteral("u.sort_key"), QStringLiteral("m.affiliation COLLATE NOCASE") };
    for (int column = 0; column < sorts.size(); ++column)
        QTest::newRow(qPrintable(sorts.at(column))) << column << sorts.at(column);
}

void MembersListTest::everySortOrderEqualsTheJoins()
{
    QFETCH(int, column);
    QFETCH(QString, joinedSort);
    QCOMPARE(m_definition.columns.size(), 8);
    RecordListModel model(m_definition);
    model.setDatabase(m_db);
    for (const bool ascending : { true, false }) {
        model.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        const QList<qint64> expected = idsInOrder(m_db, joinedSort, ascending);
        QCOMPARE(model.rowCount(), expected.size());
        const int count = int(expected.size());
        // The first page, one in the middle and the last (read from the end).
        QCOMPARE(modelIds(model, 0, 200), expected.mid(0, 200));
        QCOMPARE(modelIds(model, 400, 600), expected.mid(400, 200));
        QCOMPARE(modelIds(model, count - 200, count), expected.mid(count - 200));
    }
}

void MembersListTest::searchIsReadInTheBackground()
{
    DatabaseWorker worker(m_database->path());
    RecordListModel model(m_definition);
    model.setDatabase(m_db);
    model.setWorker(&worker);
    QSignalSpy firstPage(&model, &RecordListModel::firstPageRead);
    QSignalSpy counted(&model, &RecordListModel::countRead);
    model.setSearchText(QStringLiteral("nguyen"));
    // Nothing read on this thread: the list is empty until the worker answers.
    QVERIFY(model.isReading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(counted.wait(10000) || counted.count() == 1);
    QCOMPARE(firstPage.count(), 1);
    QCOMPARE(counted.count(), 1);
    QVERIFY(!model.isReading());

    RecordListModel now(m_definition);
    now.setDatabase(m_db);
    now.setSearchText(QStringLiteral("nguyen"));
    QVERIFY(now.rowCount() > 20);
    QCOMPARE(model.rowCount(), now.rowCount());
    QCOMPARE(model.totalCount(), now.totalCount());
    QCOMPARE(modelIds(model, 0, model.rowCount()), modelIds(now, 0, now.rowCount()));
    QCOMPARE(model.index(0, 0).data().toString(), now.index(0, 0).data().toString());
}

void MembersListTest::aNewerSearchSupersedesTheOlder()
{
    DatabaseWorker worker(m_database->path());
    RecordListModel model(m_definition);
    model.setDatabase(m_db);
    model.setWorker(&worker);
    model.sort(5, Qt::AscendingOrder); // by team
    QSignalSpy firstPage(&model, &RecordListModel::firstPageRead);
    QSignalSpy counted(&model, &RecordListModel::countRead);
    model.setSearchText(QStringLiteral("n"));
    model.setSearchText(QStringLiteral("nguyen van"));
    QVERIFY(counted.wait(10000) || counted.count() == 1);
    QTest::qWait(100); // nothing more comes
    QCOMPARE(firstPage.count(), 1);
    QCOMPARE(counted.count(), 1);

    const QString where = QStringLiteral(" WHERE (substr(m.search_key, 1, instr(m.search_key || ' | ', ' | ') - 1) "
                                         "LIKE '%nguyen%' AND substr(m.search_key, 1, instr(m.search_key || ' | ', ' | ') - 1) "
                                         "LIKE '%van%') OR m.search_key LIKE '%nguyen van%'");
    const QList<qint64> expected = idsInOrder(m_db, QStringLiteral("t.sort_key"), true, where);
    QVERIFY(expected.size() > 5);
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(modelIds(model, 0, model.rowCount()), expected);
}

void MembersListTest::aSortIsReadInTheBackground()
{
    DatabaseWorker worker(m_database->path());
    RecordListModel model(m_definition);
    model.setWorker(&worker);
    QSignalSpy counted(&model, &RecordListModel::countRead);
    model.setDatabase(m_db);
    QVERIFY(counted.wait(10000) || counted.count() == 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.sort(6, Qt::DescendingOrder); // by unit
    // The view's first look finds nothing yet: the page is asked of the worker.
    QVERIFY(!model.index(0, 0).data(RecordListModel::IdRole).isValid());
    QVERIFY(changed.wait(10000));
    const QList<qint64> expected = idsInOrder(m_db, QStringLiteral("u.sort_key"), false);
    QList<qint64> shown;
    for (int row = 0; row < 200; ++row)
        shown << model.index(row, 0).data(RecordListModel::IdRole).toLongLong();
    QCOMPARE(shown, expected.mid(0, 200));
}

QTEST_MAIN(MembersListTest)
#include "tst_memberslist.moc"
