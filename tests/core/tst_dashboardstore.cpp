#include "DashboardTestData.h"
#include "TestDatabase.h"

#include "dashboard/DashboardStore.h"
#include "dashboard/LagListDocument.h"
#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"

#include <QTest>
#include <QTextDocument>

using namespace cds;

// The dashboard's figures with filters (district, period), its month series,
// the comparison campaign, and the lists behind the figures, on a data set
// unlike the demo (tests/support/DashboardTestData.cpp).
class DashboardStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void wholeProvince();
    void districtFilterKeepsOnlyThatDistrict();
    void periodFilterExcludesOtherDates();
    void previousCampaignIsTheNextLowerYear();
    void listsHoldWhatTheFiguresCount_data();
    void listsHoldWhatTheFiguresCount();
    void lagListIsVietnamese();
    void demoCommuneListHas173();
    void twoLevelProvinceBreaksDownByCommune();
    void guidelineWarningsNameTheirRule();
    void guidelineWarningsFollowTheCampaignSettings();

private:
    static CampaignStatistics compute(const Database &db, int campaign, const StatisticsOptions &options = {})
    {
        CampaignStatistics stats;
        QString error;
        if (!computeCampaignStatistics(db.connection(), campaign, options, &stats, &error))
            qWarning("%s", qPrintable(error));
        return stats;
    }
};

void DashboardStoreTest::wholeProvince()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    const CampaignStatistics s = compute(*db, ids.campaign2023);
    QCOMPARE(s.totalTeams, 5);
    QCOMPARE(s.totalMembers, 30);
    QCOMPARE(s.level(AdminLevel::District)->coverageText(), QStringLiteral("1/2"));
    QCOMPARE(s.level(AdminLevel::Commune)->coverageText(), QStringLiteral("2/3"));
    QCOMPARE(s.level(AdminLevel::Village)->coverageText(), QStringLiteral("1/2"));
    QCOMPARE(s.trainingSessions, 3);
    // Two listed attendees, "hơn 30" and 12 declared.
    QCOMPARE(s.membersTrained.toText(), QStringLiteral("hơn 44"));
    QCOMPARE(s.events, 3);
    QCOMPARE(s.eventAudience.inPerson.toText(), QStringLiteral("170"));
    QCOMPARE(s.eventAudience.online.toText(), QStringLiteral("khoảng 200"));
    QCOMPARE(s.eventAudience.livestreamViews.toText(), QStringLiteral("300"));
    QCOMPARE(s.mediaOutputs.toText(), QStringLiteral("hơn 10"));
    QCOMPARE(s.districts.size(), 2);
    QCOMPARE(s.districts[0].name, QStringLiteral("Huyện Đảo"));
    QCOMPARE(s.districts[0].members, 11);
    QCOMPARE(s.districts[1].members, 9);
    QCOMPARE(s.undatedActivities, 0); // only counted with a period

    // September to December: the campaign's months widened to the December session.
    QCOMPARE(s.trainingsByMonth.size(), 4);
    QCOMPARE(s.trainingsByMonth[0].month, QDate(2023, 9, 1));
    QCOMPARE(s.trainingsByMonth[0].sessions, 1);
    QCOMPARE(s.trainingsByMonth[0].trainees.toText(), QStringLiteral("2"));
    QCOMPARE(s.trainingsByMonth[1].trainees.toText(), QStringLiteral("hơn 30"));
    QCOMPARE(s.trainingsByMonth[2].sessions, 0);
    QCOMPARE(s.trainingsByMonth[3].month, QDate(2023, 12, 1));
    QCOMPARE(s.trainingsByMonth[3].trainees.value, 12);
}

void DashboardStoreTest::districtFilterKeepsOnlyThatDistrict()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    StatisticsOptions options;
    options.districtId = ids.districtDung;
    const CampaignStatistics s = compute(*db, ids.campaign2023, options);
    // The district's own team and Xã An's; not the province's, not Đảo's.
    QCOMPARE(s.totalTeams, 2);
    QCOMPARE(s.totalMembers, 9);
    QVERIFY(!s.level(AdminLevel::Province));
    QCOMPARE(s.level(AdminLevel::District)->coverageText(), QStringLiteral("1/1"));
    QCOMPARE(s.level(AdminLevel::Commune)->coverageText(), QStringLiteral("1/2"));
    QCOMPARE(s.level(AdminLevel::Village)->coverageText(), QStringLiteral("0/1"));
    QCOMPARE(s.districts.size(), 1);
    QCOMPARE(s.districts[0].name, QStringLiteral("Huyện Dung"));
    // Activities organised by the district's People's Committee only.
    QCOMPARE(s.trainingSessions, 1);
    QCOMPARE(s.membersTrained.toText(), QStringLiteral("2"));
    QCOMPARE(s.events, 2);
    QCOMPARE(s.eventAudience.inPerson.value, 70);
    QCOMPARE(s.mediaOutputs.toText(), QStringLiteral("hơn 3"));

    QList<UnitRow> teams;
    QString error;
    QVERIFY2(DashboardStore(db->connection()).teams(ids.campaign2023, options, std::nullopt, &teams, &error),
             qPrintable(error));
    QCOMPARE(teams.size(), 2);
    for (const UnitRow &team : std::as_const(teams))
        QCOMPARE(team.districtName, QStringLiteral("Huyện Dung"));
}

void DashboardStoreTest::periodFilterExcludesOtherDates()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    StatisticsOptions october;
    october.from = QDate(2023, 10, 1);
    october.to = QDate(2023, 10, 31);
    const CampaignStatistics s = compute(*db, ids.campaign2023, october);
    QCOMPARE(s.trainingSessions, 1);
    QCOMPARE(s.membersTrained.toText(), QStringLiteral("hơn 30"));
    QCOMPARE(s.events, 1);
    QCOMPARE(s.mediaOutputs.toText(), QStringLiteral("5"));
    // The undated contest and TV report are left out, and said to be.
    QCOMPARE(s.undatedActivities, 2);
    QCOMPARE(s.trainingsByMonth.size(), 1);
    QCOMPARE(s.trainingsByMonth[0].month, QDate(2023, 10, 1));
    // Teams and coverage do not depend on the period.
    QCOMPARE(s.totalTeams, 5);

    QList<TrainingRow> trainings;
    QString error;
    QVERIFY(DashboardStore(db->connection()).trainings(ids.campaign2023, october, QDate(), &trainings, &error));
    QCOMPARE(trainings.size(), 1);
    QCOMPARE(trainings[0].title, QStringLiteral("Tập huấn tỉnh"));
}

void DashboardStoreTest::previousCampaignIsTheNextLowerYear()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    QCOMPARE(previousCampaignId(db->connection(), ids.campaign2023), ids.campaign2022);
    QCOMPARE(previousCampaignId(db->connection(), ids.campaign2022), 0);
    // Another province's campaign is never the comparison.
    test::execSql(*db, QStringLiteral("INSERT INTO admin_unit (id, name, unit_type, level) VALUES (50, 'Tỉnh Khác', 'Tỉnh', 1)"));
    test::execSql(*db, QStringLiteral("INSERT INTO campaign (id, name, year, province_id) VALUES (9, 'Khác 2022', 2022, 50)"));
    test::execSql(*db, QStringLiteral("INSERT INTO campaign (id, name, year, province_id) VALUES (10, 'Khác 2021', 2021, 50)"));
    QCOMPARE(previousCampaignId(db->connection(), ids.campaign2023), ids.campaign2022);
    QCOMPARE(previousCampaignId(db->connection(), 9), 10);

    StatisticsOptions october;
    october.from = QDate(2023, 10, 1);
    october.to = QDate(2023, 10, 31);
    const StatisticsOptions shifted = october.shiftedByYears(-1);
    QCOMPARE(shifted.from, QDate(2022, 10, 1));
    const CampaignStatistics before = compute(*db, ids.campaign2022, shifted);
    QCOMPARE(before.trainingSessions, 1);
    QCOMPARE(before.totalTeams, 2);
}

void DashboardStoreTest::listsHoldWhatTheFiguresCount_data()
{
    QTest::addColumn<int>("district");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("province") << 0 << QDate() << QDate();
    QTest::newRow("Huyện Dung") << 3 << QDate() << QDate();
    QTest::newRow("Huyện Đảo") << 2 << QDate() << QDate();
    QTest::newRow("October") << 0 << QDate(2023, 10, 1) << QDate(2023, 10, 31);
    QTest::newRow("from November") << 0 << QDate(2023, 11, 1) << QDate();
}

void DashboardStoreTest::listsHoldWhatTheFiguresCount()
{
    QFETCH(int, district);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    const StatisticsOptions options{district, from, to};
    const CampaignStatistics s = compute(*db, ids.campaign2023, options);
    const DashboardStore store(db->connection());
    QString error;

    for (const LevelStatistics &level : std::as_const(s.levels)) {
        QList<UnitRow> all, with, without;
        QVERIFY2(store.units(ids.campaign2023, options, level.level, TeamPresence::Any, &all, &error), qPrintable(error));
        QVERIFY(store.units(ids.campaign2023, options, level.level, TeamPresence::WithTeam, &with, &error));
        QVERIFY(store.units(ids.campaign2023, options, level.level, TeamPresence::WithoutTeam, &without, &error));
        QCOMPARE(all.size(), level.units);
        QCOMPARE(with.size(), level.unitsWithTeam);
        QCOMPARE(without.size(), level.units - level.unitsWithTeam);
    }
    QList<UnitRow> teams;
    QVERIFY(store.teams(ids.campaign2023, options, std::nullopt, &teams, &error));
    QCOMPARE(teams.size(), s.totalTeams);
    qint64 members = 0;
    for (const UnitRow &team : std::as_const(teams))
        members += team.members;
    QCOMPARE(members, s.totalMembers);

    QList<TrainingRow> trainings;
    QVERIFY(store.trainings(ids.campaign2023, options, QDate(), &trainings, &error));
    QCOMPARE(trainings.size(), s.trainingSessions);
    for (const MonthlyTraining &month : std::as_const(s.trainingsByMonth)) {
        QVERIFY(store.trainings(ids.campaign2023, options, month.month, &trainings, &error));
        QCOMPARE(trainings.size(), month.sessions);
    }

    QList<EventRow> events;
    QVERIFY(store.events(ids.campaign2023, options, AudienceChannel::Any, &events, &error));
    QCOMPARE(events.size(), s.events);
    Figure inPerson;
    for (const EventRow &event : std::as_const(events))
        inPerson = sumFigures(inPerson, event.inPerson);
    QCOMPARE(inPerson, s.eventAudience.inPerson);
    QVERIFY(store.events(ids.campaign2023, options, AudienceChannel::Livestream, &events, &error));
    for (const EventRow &event : std::as_const(events))
        QVERIFY(event.livestreamViews.value > 0);

    QList<MediaOutputRow> media;
    QVERIFY(store.mediaOutputs(ids.campaign2023, options, QString(), QString(), &media, &error));
    Figure items;
    for (const MediaOutputRow &row : std::as_const(media))
        items = sumFigures(items, row.items);
    QCOMPARE(items, s.mediaOutputs);
    for (const MediaKindStatistics &kind : std::as_const(s.mediaByKind)) {
        QVERIFY(store.mediaOutputs(ids.campaign2023, options, kind.kind, QString(), &media, &error));
        Figure kindItems;
        for (const MediaOutputRow &row : std::as_const(media))
            kindItems = sumFigures(kindItems, row.items);
        QCOMPARE(kindItems, kind.items);
    }
    for (const MediaOutletStatistics &outlet : std::as_const(s.mediaByOutlet)) {
        QVERIFY(store.mediaOutputs(ids.campaign2023, options, QString(), outlet.outlet, &media, &error));
        Figure outletItems;
        for (const MediaOutputRow &row : std::as_const(media))
            outletItems = sumFigures(outletItems, row.items);
        QCOMPARE(outletItems, outlet.items);
    }
}

void DashboardStoreTest::lagListIsVietnamese()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    QList<LagLevel> lag;
    QString error;
    QVERIFY2(collectLagList(db->connection(), ids.campaign2023, {}, &lag, &error), qPrintable(error));
    QCOMPARE(lag.size(), 4);
    QTextDocument document;
    document.setHtml(lagListHtml(QStringLiteral("Thử 2023"), QStringLiteral("toàn tỉnh"), lag, QDate(2023, 10, 7)));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("DANH SÁCH ĐƠN VỊ HÀNH CHÍNH")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Tổng số đơn vị chưa có Tổ: 3.")));
    QVERIFY(text.contains(QStringLiteral("Cấp xã: 1/3 đơn vị chưa có Tổ")));
    QVERIFY(text.contains(QStringLiteral("Cấp huyện: 1/2 đơn vị chưa có Tổ")));
    QVERIFY(text.contains(QStringLiteral("Xã Bình")));
    QVERIFY(text.contains(QStringLiteral("Huyện Đảo")));
    QVERIFY(text.contains(QStringLiteral("Ngày in: 07/10/2023")));
}

void DashboardStoreTest::demoCommuneListHas173()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    QList<UnitRow> communes;
    QString error;
    QVERIFY2(DashboardStore(db->connection()).units(campaign, {}, AdminLevel::Commune, TeamPresence::Any, &communes, &error),
             qPrintable(error));
    QCOMPARE(communes.size(), 173);
    for (const UnitRow &commune : std::as_const(communes)) {
        QVERIFY(commune.teamId != 0);
        QVERIFY(!commune.districtName.isEmpty());
    }
    QList<UnitSummary> districts;
    AdminLevel level = AdminLevel::Province;
    QVERIFY(DashboardStore(db->connection()).areas(campaign, &districts, &level, &error));
    QCOMPARE(districts.size(), 13);
    QCOMPARE(level, AdminLevel::District);
    // Vietnamese collation: "Huyện Ba Tơ" first, "Thị xã Đức Phổ" after "Huyện …", "Thành phố" before "Thị xã".
    QCOMPARE(districts.first().name, QStringLiteral("Huyện Ba Tơ"));
}

void DashboardStoreTest::twoLevelProvinceBreaksDownByCommune()
{
    test::TwoLevel ids;
    auto db = test::openTwoLevelDatabase(&ids);
    QVERIFY(db);
    const CampaignStatistics s = compute(*db, ids.campaign);
    // No district level: the figures per area are per commune.
    QCOMPARE(s.areaLevel, AdminLevel::Commune);
    QCOMPARE(s.districts.size(), 17);
    QCOMPARE(s.districts[0].name, QStringLiteral("Xã Hòa Bình"));
    QCOMPARE(s.districts[0].members, 20);
    // Gia Lâm's two teams (8 + 6) sum up; the tie with Quang Trung goes by name.
    QCOMPARE(s.districts[6].name, QStringLiteral("Xã Gia Lâm"));
    QCOMPARE(s.districts[6].members, 14);
    QCOMPARE(s.districts[6].teams, 2);
    QVERIFY(!s.level(AdminLevel::District));
    QCOMPARE(s.level(AdminLevel::Commune)->coverageText(), QStringLiteral("16/17"));
    QCOMPARE(s.level(AdminLevel::Village)->coverageText(), QStringLiteral("2/3"));

    // The filter lists the communes, in Vietnamese order.
    const DashboardStore store(db->connection());
    QList<UnitSummary> areas;
    AdminLevel level = AdminLevel::District;
    QString error;
    QVERIFY2(store.areas(ids.campaign, &areas, &level, &error), qPrintable(error));
    QCOMPARE(level, AdminLevel::Commune);
    QCOMPARE(areas.size(), 17);
    QCOMPARE(areas[0].name, QStringLiteral("Phường An Hòa"));
    QCOMPARE(areas[1].name, QStringLiteral("Xã Bắc Sơn"));
    QCOMPARE(areas[3].name, QStringLiteral("Xã Đông Hải")); // đ after d, before e

    // A commune as the filter: its team and its village's.
    StatisticsOptions anHoa;
    anHoa.districtId = ids.communeAnHoa;
    const CampaignStatistics commune = compute(*db, ids.campaign, anHoa);
    QCOMPARE(commune.totalTeams, 2);
    QCOMPARE(commune.totalMembers, 6);
    QCOMPARE(commune.areaLevel, AdminLevel::Commune);
    QCOMPARE(commune.districts.size(), 1);
    QCOMPARE(commune.districts[0].name, QStringLiteral("Phường An Hòa"));
    QList<UnitRow> teams;
    QVERIFY(store.teams(ids.campaign, anHoa, std::nullopt, &teams, &error));
    QCOMPARE(teams.size(), 2);

    // The lag list names each village's commune.
    QList<LagLevel> lag;
    QVERIFY2(collectLagList(db->connection(), ids.campaign, {}, &lag, &error), qPrintable(error));
    QStringList villages;
    for (const LagLevel &level : std::as_const(lag)) {
        if (level.level != AdminLevel::Village)
            continue;
        for (const UnitRow &unit : level.withoutTeam)
            villages << unit.unitName + QStringLiteral(" – ") + unit.districtName;
    }
    QCOMPARE(villages, QStringList{QStringLiteral("Thôn Hai – Xã Bắc Sơn")});
}

void DashboardStoreTest::guidelineWarningsNameTheirRule()
{
    test::TwoLevel ids;
    auto db = test::openTwoLevelDatabase(&ids);
    QVERIFY(db);
    QList<GuidelineWarning> warnings;
    QString error;
    QVERIFY2(DashboardStore(db->connection()).guidelineWarnings(ids.campaign, {}, &warnings, &error), qPrintable(error));
    QStringList texts;
    for (const GuidelineWarning &warning : std::as_const(warnings))
        texts << (warning.teamId ? warning.teamName : warning.unitName) + QStringLiteral(": ") + guidelineWarningText(warning);
    // "hơn 2" members are at least 3 (Đức Phong); 3 listed of 5 declared are
    // not below 3 (Đông Hải); a team without members is not reported (Bắc Sơn).
    QCOMPARE(texts, (QStringList{
                             QStringLiteral("Tổ phường An Hòa: Tổ có 2 thành viên, dưới mức tối thiểu 3 của kế hoạch"),
                             QStringLiteral("Tổ xã Bắc Sơn: Tổ chưa báo cáo số thành viên"),
                             QStringLiteral("Tổ xã Đông Hải: Danh sách có 3 thành viên, ít hơn số đã báo cáo (5)"),
                             QStringLiteral("Xã Gia Lâm: Đơn vị có 2 Tổ trong đợt: ")
                                     + warnings[3].teamName,
                             QStringLiteral("Tổ thôn Ba: Tổ cấp thôn thuộc Xã Cẩm Thành, nơi chưa có Tổ cấp xã"),
                     }));
    QVERIFY(warnings[3].teamName.contains(QStringLiteral("Tổ xã Gia Lâm")));
    QCOMPARE(warnings[4].districtName, QStringLiteral("Xã Cẩm Thành"));

    // The printed list carries them, with the rule's value.
    QList<LagLevel> lag;
    QVERIFY(collectLagList(db->connection(), ids.campaign, {}, &lag, &error));
    QTextDocument document;
    document.setHtml(lagListHtml(QStringLiteral("Hai cấp 2025"), QStringLiteral("toàn tỉnh"), lag, QDate(2025, 10, 7),
                                 warnings));
    const QString printed = document.toPlainText();
    QVERIFY2(printed.contains(QStringLiteral("Cảnh báo theo hướng dẫn của kế hoạch: 5")), qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("Tổ có 2 thành viên, dưới mức tối thiểu 3 của kế hoạch")));
    QVERIFY(printed.contains(QStringLiteral("Tổ chưa báo cáo số thành viên")));

    // A commune as the scope: only its teams.
    StatisticsOptions anHoa;
    anHoa.districtId = ids.communeAnHoa;
    QVERIFY(DashboardStore(db->connection()).guidelineWarnings(ids.campaign, anHoa, &warnings, &error));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].rule, GuidelineRule::BelowMinimumSize);
}

void DashboardStoreTest::guidelineWarningsFollowTheCampaignSettings()
{
    test::TwoLevel ids;
    auto db = test::openTwoLevelDatabase(&ids);
    QVERIFY(db);
    const auto rules = [&] {
        QList<GuidelineWarning> warnings;
        QString error;
        if (!DashboardStore(db->connection()).guidelineWarnings(ids.campaign, {}, &warnings, &error))
            qWarning("%s", qPrintable(error));
        QList<GuidelineRule> out;
        for (const GuidelineWarning &warning : std::as_const(warnings))
            out << warning.rule;
        return out;
    };
    // A larger minimum catches more teams; the one not reported stays "not reported".
    // Xã Đông Hải lists 3 of its 5 declared members: 5 count (a shorter list
    // does not replace the count), so it is flagged for its list, not its size.
    test::execSql(*db, QStringLiteral("UPDATE campaign SET min_team_members = 4"));
    QCOMPARE(rules(), (QList<GuidelineRule>{GuidelineRule::BelowMinimumSize, GuidelineRule::BelowMinimumSize,
                                            GuidelineRule::MembersNotReported,
                                            GuidelineRule::ListedFewerThanDeclared, GuidelineRule::SeveralTeams,
                                            GuidelineRule::VillageTeamWithoutCommuneTeam}));
    // No minimum: no size check.
    test::execSql(*db, QStringLiteral("UPDATE campaign SET min_team_members = NULL"));
    QCOMPARE(rules(), (QList<GuidelineRule>{GuidelineRule::MembersNotReported, GuidelineRule::ListedFewerThanDeclared,
                                            GuidelineRule::SeveralTeams, GuidelineRule::VillageTeamWithoutCommuneTeam}));
    // Communes out of scope: a village team needs no commune team.
    test::execSql(*db, QStringLiteral("UPDATE campaign SET team_levels = '1,4'"));
    QCOMPARE(rules(), (QList<GuidelineRule>{GuidelineRule::MembersNotReported, GuidelineRule::ListedFewerThanDeclared,
                                            GuidelineRule::SeveralTeams}));
}

QTEST_GUILESS_MAIN(DashboardStoreTest)
#include "tst_dashboardstore.moc"
