#include "TestDatabase.h"
#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cds;
using cds::test::exec;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void demoMatchesTheReferenceReport()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(db->connection(), campaign, &stats, &error), qPrintable(error));

        // "Đã thành lập 1.141 Tổ … 7.534 thành viên … 01 Tổ … 22 thành viên, 13/13 Tổ cấp huyện
        // với 169 thành viên; 173/173 Tổ cấp xã với 1.690 thành viên và 954/954 Tổ cấp thôn … 5.653"
        QCOMPARE(text::formatNumber(stats.totalTeams), QStringLiteral("1.141"));
        QCOMPARE(text::formatNumber(stats.totalMembers), QStringLiteral("7.534"));
        QCOMPARE(stats.levels.size(), 4);
        const struct { AdminLevel level; const char *coverage; const char *members; } expected[] = {
            {AdminLevel::Province, "1/1", "22"},
            {AdminLevel::District, "13/13", "169"},
            {AdminLevel::Commune, "173/173", "1.690"},
            {AdminLevel::Village, "954/954", "5.653"},
        };
        for (const auto &e : expected) {
            const LevelStatistics *level = stats.level(e.level);
            QVERIFY(level);
            QCOMPARE(level->coverageText(), QString::fromUtf8(e.coverage));
            QCOMPARE(text::formatNumber(level->members), QString::fromUtf8(e.members));
            QCOMPARE(level->coveragePercent(), 100.0);
        }
        QCOMPARE(stats.membersTrained.toText(), QStringLiteral("hơn 4.500"));
        QCOMPARE(stats.trainingSessions, 1);
        QCOMPARE(stats.districts.size(), 13);
        qint64 districtMembers = 0;
        for (const auto &d : stats.districts)
            districtMembers += d.members;
        // Every team below the province belongs to one district.
        QCOMPARE(districtMembers, stats.totalMembers - 22);
        // The main workshop: about 80 in person, about 3.000 online, nearly 2.000 views.
        QVERIFY(stats.eventAudience.online.toText() == QStringLiteral("khoảng 3.000"));
        QCOMPARE(stats.eventAudience.livestreamViews.toText(), QStringLiteral("gần 2.000"));
        // Media outputs by outlet: VTV8 1 commissioned, Báo Quảng Ngãi "hơn 20".
        bool foundVtv8 = false;
        for (const auto &o : stats.mediaByOutlet) {
            if (o.outlet == QStringLiteral("VTV8")) {
                foundVtv8 = true;
                QCOMPARE(o.items.value, 1);
                QCOMPARE(o.commissionedItems, 1);
            }
            if (o.outlet == QStringLiteral("Báo Quảng Ngãi"))
                QCOMPARE(o.items.toText(), QStringLiteral("hơn 20"));
        }
        QVERIFY(foundVtv8);
    }

    void secondDataSetWithGapsAndListedMembers()
    {
        // A small province: 2 districts (one without communes), 3 communes, one
        // closed commune, teams missing in one district and one commune, and a
        // team with listed members that overrides its declared count.
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '99', 'Tỉnh Thử', 'Tỉnh', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                               "(2, '901', 'Huyện Đảo', 'Huyện', 2, 1), (3, '902', 'Huyện Dung', 'Huyện', 2, 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id, valid_to) VALUES "
                               "(4, '90001', 'Xã An', 'Xã', 3, 3, NULL), (5, '90002', 'Xã Bình', 'Xã', 3, 3, NULL), "
                               "(6, '90003', 'Xã Cũ', 'Xã', 3, 3, '2020-01-01')"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, name, unit_type, level, parent_id) VALUES "
                               "(7, 'Thôn Đông', 'Thôn', 4, 2), (8, 'Thôn Tây', 'Thôn', 4, 4)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id) VALUES (1, 'Thử 2023', 2023, 1)"));
        exec(c, QStringLiteral("INSERT INTO team (id, campaign_id, unit_id, level, name, declared_member_count) VALUES "
                               "(1, 1, 1, 1, 'Tổ tỉnh', 10), (2, 1, 3, 2, 'Tổ huyện Dung', 7), (3, 1, 4, 3, 'Tổ xã An', 99), "
                               "(4, 1, 7, 4, 'Tổ thôn Đông', 4), (5, 1, 8, 4, 'Tổ thôn Tây', NULL)"));
        exec(c, QStringLiteral("INSERT INTO member (id, full_name) VALUES (1, 'Nguyễn Văn A'), (2, 'Trần Thị B'), (3, 'Lê C')"));
        exec(c, QStringLiteral("INSERT INTO team_member (team_id, member_id, role, left_on) VALUES "
                               "(3, 1, 'leader', NULL), (3, 2, 'member', NULL), (3, 3, 'member', '2023-05-01')"));
        exec(c, QStringLiteral("INSERT INTO training_session (id, campaign_id, title, participants_declared, participants_qualifier) VALUES "
                               "(1, 1, 'Listed', 50, ''), (2, 1, 'Declared', 30, 'hon')"));
        exec(c, QStringLiteral("INSERT INTO training_attendance (training_id, member_id) VALUES (1, 1), (1, 2)"));
        exec(c, QStringLiteral("INSERT INTO media_output (campaign_id, kind, outlet, item_count, count_qualifier) VALUES "
                               "(1, 'news', 'Báo A', 5, ''), (1, 'article', 'Báo A', 3, 'hon'), (1, 'news', 'Đài B', 2, '')"));

        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(c, 1, &stats, &error), qPrintable(error));
        QCOMPARE(stats.totalTeams, 5);
        // A list (2 current members: the one who left is not counted) shorter than
        // the declared 99 does not replace it: 99 is counted and the team flagged.
        // (Before issue 14 the list won: 10 + 7 + 2 + 4.)
        QCOMPARE(stats.totalMembers, qint64(10 + 7 + 99 + 4 + 0));
        QCOMPARE(stats.disagreeingTeams, 1);
        QCOMPARE(stats.level(AdminLevel::Commune)->disagreeingTeams, 1);
        QList<TeamCountDisagreement> disagreements;
        QVERIFY2(teamCountDisagreements(c, 1, StatisticsOptions(), &disagreements, &error), qPrintable(error));
        QCOMPARE(disagreements.size(), 1);
        QCOMPARE(disagreements[0].teamId, 3);
        QCOMPARE(disagreements[0].unitName, QStringLiteral("Xã An"));
        QCOMPARE(disagreements[0].listed, qint64(2));
        QCOMPARE(disagreements[0].declared.toText(), QStringLiteral("99"));
        // Tổ thôn Tây has neither list nor count: not reported.
        QCOMPARE(stats.reportedTeams, 4);
        QCOMPARE(stats.level(AdminLevel::District)->coverageText(), QStringLiteral("1/2"));
        QCOMPARE(stats.level(AdminLevel::District)->coveragePercent(), 50.0);
        // The closed commune is not counted among the units.
        QCOMPARE(stats.level(AdminLevel::Commune)->coverageText(), QStringLiteral("1/2"));
        QCOMPARE(stats.level(AdminLevel::Village)->coverageText(), QStringLiteral("2/2"));
        // Distinct listed attendees (2) plus the declared "hơn 30": "hơn 32".
        QCOMPARE(stats.membersTrained.toText(), QStringLiteral("hơn 32"));
        QCOMPARE(stats.trainingSessions, 2);
        // Districts sorted by members: Dung (7 + 99) before Đảo (4).
        QCOMPARE(stats.districts.size(), 2);
        QCOMPARE(stats.districts[0].name, QStringLiteral("Huyện Dung"));
        QCOMPARE(stats.districts[0].members, 106);
        QCOMPARE(stats.districts[0].unreportedTeams, 1);
        QCOMPARE(stats.districts[1].name, QStringLiteral("Huyện Đảo"));
        QCOMPARE(stats.districts[1].teams, 1);
        QCOMPARE(stats.mediaByOutlet.size(), 2);
        QCOMPARE(stats.mediaByOutlet[0].items.value, 8);
        QCOMPARE(stats.mediaOutputs.value, 10);
    }

    void levelWithoutUnitsIsLeftOut()
    {
        // After 01/07/2025 there is no district level: province -> commune.
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '51', 'Tỉnh Quảng Ngãi', 'Tỉnh', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id, valid_from) VALUES "
                               "(2, '21025', 'Phường Cẩm Thành', 'Phường', 3, 1, '2025-07-01')"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id, start_date, end_date) VALUES (1, 'CĐS 2025', 2025, 1, '2025-09-01', '2025-10-31')"));
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) VALUES (1, 2, 3, 'Tổ phường Cẩm Thành', 12)"));
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(c, 1, &stats, &error), qPrintable(error));
        QVERIFY(!stats.level(AdminLevel::District));
        QCOMPARE(stats.level(AdminLevel::Commune)->coverageText(), QStringLiteral("1/1"));
        QCOMPARE(stats.level(AdminLevel::Province)->coverageText(), QStringLiteral("0/1"));
    }

    void unreportedTeamIsNotZero()
    {
        // Three commune teams: one declared "hơn 15", one with two listed members,
        // one that has sent nothing (no list, no declared count).
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '99', 'Tỉnh Thử', 'Tỉnh', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                               "(2, '90001', 'Xã An', 'Xã', 3, 1), (3, '90002', 'Xã Bình', 'Xã', 3, 1), (4, '90003', 'Xã Cầu', 'Xã', 3, 1)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id, team_levels) VALUES (1, 'Thử', 2025, 1, '3')"));
        exec(c, QStringLiteral("INSERT INTO team (id, campaign_id, unit_id, level, name, declared_member_count, member_count_qualifier) VALUES "
                               "(1, 1, 2, 3, 'Tổ xã An', 15, 'hon'), (2, 1, 3, 3, 'Tổ xã Bình', NULL, ''), (3, 1, 4, 3, 'Tổ xã Cầu', NULL, '')"));
        exec(c, QStringLiteral("INSERT INTO member (id, full_name) VALUES (1, 'Nguyễn Văn A'), (2, 'Trần Thị B')"));
        exec(c, QStringLiteral("INSERT INTO team_member (team_id, member_id, role) VALUES (2, 1, 'leader'), (2, 2, 'member')"));
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(c, 1, &stats, &error), qPrintable(error));
        const LevelStatistics *commune = stats.level(AdminLevel::Commune);
        QVERIFY(commune);
        QCOMPARE(commune->teams, 3);
        QCOMPARE(commune->reportedTeams, 2);
        QVERIFY(!commune->membersComplete());
        // "hơn 15" + 2 listed = "hơn 17", of 2 of the 3 teams.
        QCOMPARE(commune->memberFigure.toText(), QStringLiteral("hơn 17"));
        QCOMPARE(stats.totalMemberFigure.toText(), QStringLiteral("hơn 17"));
        QCOMPARE(stats.reportedTeams, 2);
        QVERIFY(!stats.membersComplete());
    }

    void qualifiersOfDeclaredCountsAddUp_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << QString() << QString() << QStringLiteral("30");
        QTest::newRow("one qualified") << QStringLiteral("hon") << QString() << QStringLiteral("hơn 30");
        QTest::newRow("same") << QStringLiteral("gan") << QStringLiteral("gan") << QStringLiteral("gần 30");
        QTest::newRow("different") << QStringLiteral("hon") << QStringLiteral("tren") << QStringLiteral("khoảng 30");
    }

    void qualifiersOfDeclaredCountsAddUp()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expected);
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '99', 'Tỉnh Thử', 'Tỉnh', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                               "(2, '90001', 'Xã An', 'Xã', 3, 1), (3, '90002', 'Xã Bình', 'Xã', 3, 1)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id) VALUES (1, 'Thử', 2025, 1)"));
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count, member_count_qualifier) VALUES "
                               "(1, 2, 3, 'Tổ xã An', 20, '%1'), (1, 3, 3, 'Tổ xã Bình', 10, '%2')").arg(first, second));
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(c, 1, &stats, &error), qPrintable(error));
        QCOMPARE(stats.level(AdminLevel::Commune)->memberFigure.toText(), expected);
        QCOMPARE(stats.totalMemberFigure.toText(), expected);
        QCOMPARE(stats.totalMembers, qint64(30));
    }

    void levelOutsideTheScopeIsNoGap()
    {
        // A 2025 two-level city: the plan expects commune and village teams
        // ('3,4'); the city itself has no team of its own.
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '48', 'Thành phố Đà Nẵng', 'Thành phố', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                               "(2, '20194', 'Phường Hải Châu', 'Phường', 3, 1), (3, '20195', 'Xã Hòa Vang', 'Xã', 3, 1), "
                               "(4, '20999', 'Đặc khu Hoàng Sa', 'Đặc khu', 3, 1), (5, NULL, 'Tổ dân phố 1', 'Tổ dân phố', 4, 2)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id, team_levels) VALUES (1, 'CĐS 2025', 2025, 1, '3,4')"));
        exec(c, QStringLiteral("INSERT INTO campaign_unit_exclusion (campaign_id, unit_id, reason) VALUES (1, 4, 'không có dân cư')"));
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) VALUES "
                               "(1, 2, 3, 'Tổ phường Hải Châu', 12), (1, 3, 3, 'Tổ xã Hòa Vang', 9), (1, 5, 4, 'Tổ TDP 1', 5)"));
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(c, 1, &stats, &error), qPrintable(error));
        QCOMPARE(stats.teamLevels, (QList<AdminLevel>{AdminLevel::Commune, AdminLevel::Village}));
        const LevelStatistics *province = stats.level(AdminLevel::Province);
        QVERIFY(province);
        QVERIFY(!province->inScope);
        QVERIFY(stats.level(AdminLevel::Commune)->inScope);
        // The uninhabited special zone is left out of the denominator: 2/2, not 2/3.
        QCOMPARE(stats.level(AdminLevel::Commune)->coverageText(), QStringLiteral("2/2"));
        QCOMPARE(stats.level(AdminLevel::Commune)->excludedUnits, 1);
        QCOMPARE(stats.exclusions.size(), 1);
        QCOMPARE(stats.exclusions[0].unitName, QStringLiteral("Đặc khu Hoàng Sa"));
        QCOMPARE(stats.exclusions[0].reason, QStringLiteral("không có dân cư"));
        // The city without a team of its own does not lower the coverage.
        QCOMPARE(stats.unitsInScope(), 3);
        QCOMPARE(stats.unitsWithTeamInScope(), 3);
        QVERIFY(stats.coverageComplete());
        QCOMPARE(stats.totalMembers, qint64(26));
    }

    void everyLevelIsInScopeWithoutAStatedScope()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(db->connection(), campaign, &stats, &error), qPrintable(error));
        QVERIFY(stats.teamLevels.isEmpty());
        for (const LevelStatistics &level : std::as_const(stats.levels))
            QVERIFY(level.inScope);
        QVERIFY(stats.coverageComplete());
        QVERIFY(stats.membersComplete());
        QVERIFY(stats.exclusions.isEmpty());
        QCOMPARE(stats.totalMemberFigure.toText(), QStringLiteral("7.534"));
    }

    void unknownCampaignIsAnError()
    {
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        CampaignStatistics stats;
        QString error;
        QVERIFY(!computeCampaignStatistics(db->connection(), 42, &stats, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
