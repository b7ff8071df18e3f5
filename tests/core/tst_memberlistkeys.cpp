// The members list's sort keys of the current membership kept on the member
// row (0010_member_list_keys.sql): they equal what the joins to the newest
// open membership, its team and unit give, after every kind of write (a new
// or ended membership, a team or unit renamed, undo), and a page of the list
// in any order is an index walk (no temporary B-tree).
#include "TestDatabase.h"

#include "generator/NationalGenerator.h"
#include "records/ChangeLog.h"
#include "records/RecordKeys.h"
#include "records/RecordListQuery.h"
#include "records/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cds;
using test::exec;
using test::scalar;

namespace {

// Members whose kept keys differ from those of the joins.
int wrongKeys(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral(
                              "SELECT count(*) FROM member m "
                              "LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x "
                              "WHERE x.member_id = m.id AND x.left_on IS NULL) "
                              "LEFT JOIN team t ON t.id = tm.team_id "
                              "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, m.unit_id) "
                              "WHERE m.current_role IS NOT tm.role OR m.current_team_key IS NOT t.sort_key "
                              "OR m.current_unit_key IS NOT u.sort_key"))
            .toInt();
}

QString keyOf(const QSqlDatabase &db, const QString &column, qint64 memberId)
{
    return scalar(db, QStringLiteral("SELECT %1 FROM member WHERE id = %2").arg(column).arg(memberId)).toString();
}

} // namespace

class MemberListKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedMembersHaveTheirKeys();
    void renamingATeamMovesItsMembersKeys();
    void endingAMembershipFallsBackToTheOtherOpenOne();
    void renamingAUnitMovesItsMembersKeys();
    void undoRestoresTheKeys();
    void everySortIsAnIndexWalk_data();
    void everySortIsAnIndexWalk();

private:
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_member = 0;
    qint64 m_team = 0;
};

void MemberListKeysTest::initTestCase()
{
    m_database = test::openMemoryDatabase();
    m_db = m_database->connection();
    QString error;
    QVERIFY2(generateDatabase(m_db, GeneratorPlan::scaledNational(0.002), nullptr, &error), qPrintable(error));
    m_member = scalar(m_db, QStringLiteral("SELECT member_id FROM team_member WHERE left_on IS NULL ORDER BY id LIMIT 1"))
                       .toLongLong();
    m_team = scalar(m_db, QStringLiteral("SELECT team_id FROM team_member WHERE member_id = %1 AND left_on IS NULL").arg(m_member))
                     .toLongLong();
    QVERIFY(m_member > 0 && m_team > 0);
}

void MemberListKeysTest::generatedMembersHaveTheirKeys()
{
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM member")).toInt() > 100);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM member WHERE current_team_key IS NOT NULL")).toInt() > 100);
    QCOMPARE(wrongKeys(m_db), 0);
}

void MemberListKeysTest::renamingATeamMovesItsMembersKeys()
{
    const QString before = keyOf(m_db, QStringLiteral("current_team_key"), m_member);
    QVERIFY(!before.isEmpty());
    exec(m_db, QStringLiteral("UPDATE team SET name = 'Ấp Zê Tổ đổi tên' WHERE id = %1").arg(m_team));
    QString error;
    QVERIFY2(keys::refreshRow(m_db, QStringLiteral("team"), m_team, &error), qPrintable(error));
    const QString after = keyOf(m_db, QStringLiteral("current_team_key"), m_member);
    QCOMPARE(after, scalar(m_db, QStringLiteral("SELECT sort_key FROM team WHERE id = %1").arg(m_team)).toString());
    QVERIFY(after != before);
    QCOMPARE(wrongKeys(m_db), 0);
}

void MemberListKeysTest::endingAMembershipFallsBackToTheOtherOpenOne()
{
    // A second open membership, newer: it is the current one.
    const qint64 other = scalar(m_db, QStringLiteral("SELECT id FROM team WHERE id <> %1 ORDER BY id DESC LIMIT 1").arg(m_team))
                                 .toLongLong();
    exec(m_db, QStringLiteral("INSERT INTO team_member (team_id, member_id, role) VALUES (%1, %2, 'deputy')").arg(other).arg(m_member));
    const qint64 newest = scalar(m_db, QStringLiteral("SELECT max(id) FROM team_member")).toLongLong();
    QCOMPARE(keyOf(m_db, QStringLiteral("current_role"), m_member), QStringLiteral("deputy"));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_team_key"), m_member),
             scalar(m_db, QStringLiteral("SELECT sort_key FROM team WHERE id = %1").arg(other)).toString());
    QCOMPARE(wrongKeys(m_db), 0);

    // Its role changed, then ended: back to the older one.
    exec(m_db, QStringLiteral("UPDATE team_member SET role = 'leader' WHERE id = %1").arg(newest));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_role"), m_member), QStringLiteral("leader"));
    exec(m_db, QStringLiteral("UPDATE team_member SET left_on = '2025-06-30' WHERE id = %1").arg(newest));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_team_key"), m_member),
             scalar(m_db, QStringLiteral("SELECT sort_key FROM team WHERE id = %1").arg(m_team)).toString());
    QCOMPARE(wrongKeys(m_db), 0);

    // Every membership ended: no role, no team; the unit is the member's own.
    exec(m_db, QStringLiteral("UPDATE team_member SET left_on = '2025-06-30' WHERE member_id = %1").arg(m_member));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT current_role FROM member WHERE id = %1").arg(m_member)).isNull());
    QVERIFY(scalar(m_db, QStringLiteral("SELECT current_team_key FROM member WHERE id = %1").arg(m_member)).isNull());
    QCOMPARE(wrongKeys(m_db), 0);

    // A membership deleted: the same.
    exec(m_db, QStringLiteral("UPDATE team_member SET left_on = NULL WHERE id = %1").arg(newest));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_role"), m_member), QStringLiteral("leader"));
    exec(m_db, QStringLiteral("DELETE FROM team_member WHERE id = %1").arg(newest));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT current_role FROM member WHERE id = %1").arg(m_member)).isNull());
    QCOMPARE(wrongKeys(m_db), 0);

    // The member's own unit changed while in no team.
    const qint64 unit = scalar(m_db, QStringLiteral("SELECT id FROM admin_unit WHERE level = 3 ORDER BY id DESC LIMIT 1")).toLongLong();
    exec(m_db, QStringLiteral("UPDATE member SET unit_id = %1 WHERE id = %2").arg(unit).arg(m_member));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_unit_key"), m_member),
             scalar(m_db, QStringLiteral("SELECT sort_key FROM admin_unit WHERE id = %1").arg(unit)).toString());
    exec(m_db, QStringLiteral("UPDATE team_member SET left_on = NULL WHERE member_id = %1").arg(m_member));
    QCOMPARE(wrongKeys(m_db), 0);
}

void MemberListKeysTest::renamingAUnitMovesItsMembersKeys()
{
    const qint64 unit = scalar(m_db, QStringLiteral("SELECT unit_id FROM team WHERE id = %1").arg(m_team)).toLongLong();
    exec(m_db, QStringLiteral("UPDATE admin_unit SET name = 'Ấp Đổi Tên' WHERE id = %1").arg(unit));
    QString error;
    QVERIFY2(keys::refreshRow(m_db, QStringLiteral("admin_unit"), unit, &error), qPrintable(error));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_unit_key"), m_member),
             scalar(m_db, QStringLiteral("SELECT sort_key FROM admin_unit WHERE id = %1").arg(unit)).toString());
    QCOMPARE(wrongKeys(m_db), 0);
}

void MemberListKeysTest::undoRestoresTheKeys()
{
    const QString team = keyOf(m_db, QStringLiteral("current_team_key"), m_member);
    const qint64 membership = scalar(m_db, QStringLiteral("SELECT max(id) FROM team_member WHERE member_id = %1 AND left_on IS NULL")
                                                   .arg(m_member))
                                      .toLongLong();
    qint64 group = 0;
    {
        RecordTransaction write(m_db, QStringLiteral("Rời tổ"));
        write.remove(QStringLiteral("team_member"), membership);
        QVERIFY2(write.commit(), qPrintable(write.error()));
        group = write.groupId();
    }
    QVERIFY(keyOf(m_db, QStringLiteral("current_team_key"), m_member) != team);
    QString error;
    QVERIFY2(changelog::revertGroup(m_db, group, QStringLiteral("Hoàn tác"), &error) > 0, qPrintable(error));
    QCOMPARE(keyOf(m_db, QStringLiteral("current_team_key"), m_member), team);
    // The keys are derived: never in the change log.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE after_json LIKE '%current_%' "
                                         "OR before_json LIKE '%current_%'")).toInt(), 0);
    QCOMPARE(wrongKeys(m_db), 0);
}

void MemberListKeysTest::everySortIsAnIndexWalk_data()
{
    QTest::addColumn<QString>("sort");
    for (const char *sort : { "m.sort_key", "m.gender", "m.birth_year", "m.phone", "m.current_role",
                              "m.current_team_key", "m.current_unit_key", "m.affiliation COLLATE NOCASE" }) {
        QTest::newRow(sort) << QString::fromLatin1(sort);
    }
}

void MemberListKeysTest::everySortIsAnIndexWalk()
{
    QFETCH(QString, sort);
    for (const QString direction : { QStringLiteral("ASC"), QStringLiteral("DESC") }) {
        QSqlQuery query(m_db);
        QVERIFY2(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT m.id FROM member m ORDER BY %1 %2, m.id %2 "
                                           "LIMIT 200 OFFSET 400")
                                    .arg(sort, direction)),
                 qPrintable(query.lastError().text()));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        QVERIFY2(!plan.join(u'\n').contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan.join(u'\n')));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("INDEX")), qPrintable(plan.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(MemberListKeysTest)
#include "tst_memberlistkeys.moc"
