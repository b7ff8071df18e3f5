#include "TestDatabase.h"

#include "records/Choices.h"
#include "records/Memberships.h"
#include "records/RecordStore.h"
#include "teams/TeamChecks.h"
#include "text/VietnameseText.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace cds;

// What the forms read through the core instead of their own SQL (issue #15):
// the pickers' entries, a team's checks, a member's memberships and a
// record's child rows, each compared with the rows a clerk would count.
class RecordReadsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unitPickerFindsWhatIsTypedWithinItsScope();
    void teamPickerIsTheCampaignsTeams();
    void medianTeamSizeCountsListedElseDeclared();
    void membershipsOfAMember();
    void childRowsAndDistinctValues();

private:
    qint64 scalar(const QString &sql) const { return test::scalar(m_db, sql).toLongLong(); }
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    int m_campaignId = 0;
};

void RecordReadsTest::init()
{
    m_database = test::openDemoDatabase(&m_campaignId);
    QVERIFY(m_database);
    m_db = m_database->connection();
}

void RecordReadsTest::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
}

void RecordReadsTest::unitPickerFindsWhatIsTypedWithinItsScope()
{
    choices::UnitChoiceScope all;
    QCOMPARE(choices::unitChoiceCount(m_db, all), scalar(QStringLiteral("SELECT count(*) FROM admin_unit")));
    choices::UnitChoiceScope communes;
    communes.levels = { 3 };
    QCOMPARE(choices::unitChoiceCount(m_db, communes),
             scalar(QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 3")));

    // Typed without diacritics: every entry holds "duc pho" ("Đức Phổ", "Đức Phong")
    // as typed in its name or its parent's.
    choices::ChoiceFilter typed;
    typed.typed = QStringLiteral("duc pho");
    const QList<choices::Choice> found = choices::unitChoices(m_db, communes, typed);
    QVERIFY(!found.isEmpty());
    for (const choices::Choice &choice : found)
        QVERIFY2(text::searchKey(choice.label).contains(QStringLiteral("duc pho")), qPrintable(choice.label));
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const choices::Choice &choice) {
        return choice.label.endsWith(QStringLiteral("— Thị xã Đức Phổ"));
    }));
    // All of them (the communes of Thị xã Đức Phổ match by their parent's name).
    QCOMPARE(qint64(found.size()),
             scalar(QStringLiteral("SELECT count(*) FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id "
                                   "WHERE u.level = 3 AND (u.search_key LIKE '%duc pho%' OR p.search_key LIKE '%duc pho%')")));
    QVERIFY(found.first().label.contains(QStringLiteral(" — ")));

    typed.limit = 3;
    QCOMPARE(choices::unitChoices(m_db, communes, typed).size(), 3);

    choices::ChoiceFilter only;
    only.onlyId = found.first().id.toLongLong();
    const QList<choices::Choice> one = choices::unitChoices(m_db, all, only);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().label, found.first().label);

    // A closed unit is marked when every period is listed, left out on a day after it closed.
    const qint64 before = choices::unitChoiceCount(m_db, [] {
        choices::UnitChoiceScope scope;
        scope.levels = { 3 };
        scope.validOn = QDate(2022, 6, 1);
        return scope;
    }());
    QCOMPARE(before, scalar(QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 3 AND (valid_to IS NULL OR "
                                           "valid_to >= '2022-06-01') AND (valid_from IS NULL OR valid_from <= '2022-06-01')")));
    test::exec(m_db, QStringLiteral("UPDATE admin_unit SET valid_to = '2021-12-31' WHERE id = %1").arg(only.onlyId));
    all.closedMark = QStringLiteral("(đã giải thể)");
    QVERIFY(choices::unitChoices(m_db, all, only).first().label.endsWith(QStringLiteral(" (đã giải thể)")));
    choices::UnitChoiceScope in2022 = communes;
    in2022.validOn = QDate(2022, 6, 1);
    QCOMPARE(choices::unitChoiceCount(m_db, in2022), before - 1);
    // Unless it is the record's own unit (keepId).
    in2022.keepId = only.onlyId;
    QCOMPARE(choices::unitChoiceCount(m_db, in2022), before);
}

void RecordReadsTest::teamPickerIsTheCampaignsTeams()
{
    QCOMPARE(choices::teamChoiceCount(m_db, m_campaignId),
             scalar(QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = %1").arg(m_campaignId)));
    choices::ChoiceFilter typed;
    typed.typed = QStringLiteral("PHO AN");
    const QList<choices::Choice> found = choices::teamChoices(m_db, m_campaignId, 0, typed);
    QVERIFY(!found.isEmpty());
    for (const choices::Choice &choice : found)
        QVERIFY2(text::searchKey(choice.label).contains(QStringLiteral("pho an")), qPrintable(choice.label));
}

void RecordReadsTest::medianTeamSizeCountsListedElseDeclared()
{
    // Villages' teams of the demo declare their counts; list 7 members in one.
    const qint64 team = scalar(QStringLiteral("SELECT min(id) FROM team WHERE campaign_id = %1 AND level = 4").arg(m_campaignId));
    for (int i = 0; i < 7; ++i) {
        test::exec(m_db, QStringLiteral("INSERT INTO member (full_name) VALUES ('Người %1')").arg(i));
        test::exec(m_db, QStringLiteral("INSERT INTO team_member (team_id, member_id, role) VALUES (%1, (SELECT max(id) FROM member), 'member')")
                                 .arg(team));
    }
    QList<qint64> sizes;
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT coalesce(nullif((SELECT count(*) FROM team_member tm WHERE tm.team_id = t.id "
                                      "AND tm.left_on IS NULL), 0), t.declared_member_count) FROM team t "
                                      "WHERE t.campaign_id = %1 AND t.level = 4 AND t.id <> 0").arg(m_campaignId)));
    while (query.next()) {
        if (!query.value(0).isNull())
            sizes << query.value(0).toLongLong();
    }
    QVERIFY(sizes.size() > 2);
    std::sort(sizes.begin(), sizes.end());
    const auto n = sizes.size();
    const double expected = n % 2 ? sizes.at(n / 2) : (sizes.at(n / 2 - 1) + sizes.at(n / 2)) / 2.0;
    const auto median = teams::medianTeamSize(m_db, m_campaignId, 4, 0);
    QVERIFY(median.has_value());
    QCOMPARE(*median, expected);
    QCOMPARE(teams::currentMembers(m_db, team).size(), 7);
    QCOMPARE(memberships::teamSize(m_db, team).listed, 7);
}

void RecordReadsTest::membershipsOfAMember()
{
    const qint64 team = scalar(QStringLiteral("SELECT min(id) FROM team WHERE campaign_id = %1").arg(m_campaignId));
    test::exec(m_db, QStringLiteral("INSERT INTO member (full_name) VALUES ('Trần Văn Lâm')"));
    const qint64 member = scalar(QStringLiteral("SELECT max(id) FROM member"));
    test::exec(m_db, QStringLiteral("INSERT INTO team_member (team_id, member_id, role, joined_on, left_on) "
                                    "VALUES (%1, %2, 'member', '2022-01-01', '2022-06-30')").arg(team + 1).arg(member));
    test::exec(m_db, QStringLiteral("INSERT INTO team_member (team_id, member_id, role, joined_on) "
                                    "VALUES (%1, %2, 'leader', '2022-07-01')").arg(team).arg(member));
    const auto current = memberships::currentMembership(m_db, member);
    QVERIFY(current.has_value());
    QCOMPARE(current->teamId, team);
    QCOMPARE(current->role, QStringLiteral("leader"));
    QCOMPARE(current->joinedOn, QDate(2022, 7, 1));
    QCOMPARE(memberships::endedMembershipCount(m_db, member), 1);
    QCOMPARE(memberships::openMembershipIds(m_db, member).size(), 1);
    QCOMPARE(memberships::otherLeaderName(m_db, team, 0), QStringLiteral("Trần Văn Lâm"));
    QCOMPARE(memberships::otherLeaderName(m_db, team, member), QString());
}

void RecordReadsTest::childRowsAndDistinctValues()
{
    const qint64 letterhead = scalar(QStringLiteral("SELECT min(id) FROM letterhead"));
    QVERIFY(letterhead > 0);
    test::exec(m_db, QStringLiteral("INSERT INTO signer_preset (letterhead_id, signing_authority, authority_title, "
                                    "signer_position, signer_name, sort_order) VALUES "
                                    "(%1, 'KT.', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Bình', 2), "
                                    "(%1, '', NULL, 'GIÁM ĐỐC', 'Trần Thị Lan', 1)").arg(letterhead));
    const QList<QVariantMap> signers = records::childRows(m_db, QStringLiteral("signer_preset"),
                                                          QStringLiteral("letterhead_id"), letterhead,
                                                          QStringLiteral("sort_order, id"));
    QCOMPARE(qint64(signers.size()),
             scalar(QStringLiteral("SELECT count(*) FROM signer_preset WHERE letterhead_id = %1").arg(letterhead)));
    QVERIFY(signers.size() >= 2);
    // In sort_order: the director before the deputy.
    const auto lan = std::find_if(signers.cbegin(), signers.cend(), [](const QVariantMap &row) {
        return row.value(QStringLiteral("signer_name")).toString() == QStringLiteral("Trần Thị Lan");
    });
    const auto binh = std::find_if(signers.cbegin(), signers.cend(), [](const QVariantMap &row) {
        return row.value(QStringLiteral("signer_name")).toString() == QStringLiteral("Nguyễn Văn Bình");
    });
    QVERIFY(lan != signers.cend() && binh != signers.cend());
    QVERIFY(lan < binh);
    QCOMPARE(binh->value(QStringLiteral("signing_authority")).toString(), QStringLiteral("KT."));
    // Names that are not identifiers are refused, not run.
    QVERIFY(records::childRows(m_db, QStringLiteral("signer_preset; DROP TABLE team"), QStringLiteral("letterhead_id"),
                               letterhead).isEmpty());
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM team")) > 0);

    test::exec(m_db, QStringLiteral("INSERT INTO organisation (name, kind) VALUES ('Đoàn Thanh niên xã', 'doan_the')"));
    // Case is ignored for ASCII letters (SQLite's lower()).
    QVERIFY(records::valueTaken(m_db, QStringLiteral("organisation"), QStringLiteral("name"),
                                QStringLiteral("Đoàn THANH niên xã"), 0));
    const qint64 organisation = scalar(QStringLiteral("SELECT max(id) FROM organisation"));
    QVERIFY(!records::valueTaken(m_db, QStringLiteral("organisation"), QStringLiteral("name"),
                                 QStringLiteral("Đoàn Thanh niên xã"), organisation));
    const QStringList kinds = records::distinctValues(m_db, QStringLiteral("organisation"), QStringLiteral("kind"));
    QVERIFY(kinds.contains(QStringLiteral("doan_the")));
    QCOMPARE(kinds.size(), QSet<QString>(kinds.begin(), kinds.end()).size());
    QCOMPARE(records::nextOrder(m_db, QStringLiteral("event"), QStringLiteral("sort_order"), QStringLiteral("campaign_id"),
                                m_campaignId),
             int(scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM event WHERE campaign_id = %1")
                                .arg(m_campaignId))));
    QCOMPARE(records::value(m_db, QStringLiteral("organisation"), QStringLiteral("name"), organisation).toString(),
             QStringLiteral("Đoàn Thanh niên xã"));
    QVERIFY(!records::value(m_db, QStringLiteral("organisation"), QStringLiteral("name"), 999999).isValid());
}

QTEST_MAIN(RecordReadsTest)
#include "tst_recordreads.moc"
