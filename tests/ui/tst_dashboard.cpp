#include "DashboardTestData.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "charts/AudienceChart.h"
#include "charts/ChartPanel.h"
#include "charts/CoverageChart.h"
#include "charts/DistrictMembersChart.h"
#include "charts/RankedBarChart.h"
#include "charts/TrainingTimelineChart.h"
#include "common/ActivityPresentation.h"
#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/LevelPresentation.h"
#include "dashboard/DashboardExport.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownDialog.h"
#include "teams/TeamForm.h"
#include "text/VietnameseText.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrinter>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace cds;

// The dashboard page as a manager sees it: each chart's series and labels
// equal the statistics (demo and a second data set with two campaigns), the
// filters change what is shown, drill-downs list the rows behind a figure,
// exports have the right format and size, and saved changes show at once.
// English source texts (no translator installed) and vi-VN numbers.
class DashboardTest : public QObject
{
    Q_OBJECT

private slots:
    void districtChartDrawsOnlyTheNamesThatFit();
    void chartsEqualStatistics_data();
    void chartsEqualStatistics();
    void tilesShowChangeAgainstPreviousCampaign();
    void districtFilterShowsOnlyThatDistrict();
    void periodFilterExcludesTrainingsOutside();
    void communeCoverageBarListsTheCommunes();
    void lagPanelListsAndPrintsUnitsWithoutTeam();
    void twoLevelProvinceShowsCommunes();
    void levelsOutsideTheScopeAreNoGap();
    void lagPanelWarnsOfGuidelines();
    void chartsExportPngAndSvg();
    void dashboardExportsA4LandscapePdf();
    void followsChangesAnnouncedByTheNotifier();
    void unreportedTeamIsNotShownAsZero();
    void drillDownSearchesExportsOpensAndPrints();

private:
    struct Shown
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<DashboardPage> page;
    };
    static Shown show(std::unique_ptr<Database> db, int campaignId);
    template <typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    static QString tileValue(DashboardPage *page, const char *tile)
    {
        auto *label = page->findChild<QLabel *>(QString::fromLatin1(tile) + QStringLiteral("ValueLabel"));
        return label ? label->text() : QString();
    }
    static QStringList chartTexts(ChartPanel *panel)
    {
        QStringList texts;
        const auto items = panel->chartView()->scene()->items();
        for (QGraphicsItem *item : items) {
            if (auto *textItem = dynamic_cast<QGraphicsSimpleTextItem *>(item); textItem && textItem->isVisible())
                texts << textItem->text();
        }
        return texts;
    }
    template <typename S>
    static S *seriesOf(ChartPanel *panel)
    {
        for (QAbstractSeries *series : panel->chart()->series()) {
            if (auto *wanted = qobject_cast<S *>(series))
                return wanted;
        }
        return nullptr;
    }
};

DashboardTest::Shown DashboardTest::show(std::unique_ptr<Database> db, int campaignId)
{
    Shown shown;
    shown.db = std::move(db);
    shown.page = std::make_unique<DashboardPage>();
    shown.page->resize(1400, 900);
    QString error;
    if (!shown.page->setDatabase(shown.db.get(), campaignId, &error))
        qWarning("%s", qPrintable(error));
    shown.page->show();
    if (!QTest::qWaitForWindowExposed(shown.page.get()))
        qWarning("dashboard not exposed");
    return shown;
}

void DashboardTest::chartsEqualStatistics_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("demo 2022") << true;
    QTest::newRow("two campaigns, 2023") << false;
}

void DashboardTest::chartsEqualStatistics()
{
    QFETCH(bool, demo);
    int campaign = 0;
    std::unique_ptr<Database> db;
    if (demo) {
        db = test::openDemoDatabase(&campaign);
    } else {
        test::TwoCampaigns ids;
        db = test::openTwoCampaignDatabase(&ids);
        campaign = ids.campaign2023;
    }
    QVERIFY(db);
    CampaignStatistics s;
    QString error;
    QVERIFY2(computeCampaignStatistics(db->connection(), campaign, &s, &error), qPrintable(error));
    Shown shown = show(std::move(db), campaign);
    DashboardPage *page = shown.page.get();
    QCOMPARE(page->campaignId(), campaign);

    // Tiles.
    QCOMPARE(tileValue(page, "teamsTile"), text::formatNumber(s.totalTeams));
    QCOMPARE(tileValue(page, "membersTile"), text::formatNumber(s.totalMembers));
    QCOMPARE(tileValue(page, "trainingsTile"), text::formatNumber(s.trainingSessions));
    QCOMPARE(tileValue(page, "eventsTile"), text::formatNumber(s.events));
    QCOMPARE(tileValue(page, "membersTrainedTile"), figureDisplayText(s.membersTrained));
    QCOMPARE(tileValue(page, "communeCoverageTile"), s.level(AdminLevel::Commune)->coverageText());

    // Coverage: one bar per level at its percentage, labelled "173/173" and the percentage.
    auto *coverage = child<CoverageChart>(page, "coverageChart");
    QVERIFY(coverage);
    auto *stacked = seriesOf<QStackedBarSeries>(coverage);
    QVERIFY(stacked);
    QCOMPARE(stacked->count(), s.levels.size());
    const QStringList coverageTexts = chartTexts(coverage);
    for (qsizetype i = 0; i < s.levels.size(); ++i) {
        QCOMPARE(stacked->barSets()[i]->label(), levelName(s.levels[i].level));
        QCOMPARE(stacked->barSets()[i]->at(i), s.levels[i].coveragePercent());
        QCOMPARE(stacked->barSets()[i]->color(), levelColor(s.levels[i].level));
        QVERIFY2(coverageTexts.contains(s.levels[i].coverageText()), qPrintable(coverageTexts.join(u'|')));
        QVERIFY(coverageTexts.contains(text::formatPercent(s.levels[i].coveragePercent(), 1)));
    }

    // Districts: largest on top (the last category), names whole, members and teams.
    auto *districts = child<DistrictMembersChart>(page, "districtMembersChart");
    auto *horizontal = seriesOf<QHorizontalBarSeries>(districts);
    QVERIFY(horizontal);
    QCOMPARE(horizontal->count(), 2);
    QBarSet *teams = horizontal->barSets()[0];
    QBarSet *members = horizontal->barSets()[1];
    auto *names = qobject_cast<QBarCategoryAxis *>(districts->chart()->axes(Qt::Vertical).first());
    QVERIFY(names);
    QCOMPARE(names->count(), s.districts.size());
    const QStringList districtTexts = chartTexts(districts);
    for (qsizetype i = 0; i < s.districts.size(); ++i) {
        const qsizetype bar = s.districts.size() - 1 - i;
        QCOMPARE(names->at(bar), s.districts[i].name);
        QCOMPARE(members->at(bar), double(s.districts[i].members));
        QCOMPARE(teams->at(bar), double(s.districts[i].teams));
        QVERIFY(districtTexts.contains(text::formatNumber(s.districts[i].members)));
    }

    // Trainings per month.
    auto *timeline = child<TrainingTimelineChart>(page, "trainingTimelineChart");
    auto *sessions = seriesOf<QBarSeries>(timeline);
    auto *trainees = seriesOf<QLineSeries>(timeline);
    QVERIFY(sessions && trainees);
    QCOMPARE(sessions->barSets()[0]->count(), s.trainingsByMonth.size());
    QCOMPARE(trainees->count(), s.trainingsByMonth.size());
    auto *months = qobject_cast<QBarCategoryAxis *>(timeline->chart()->axes(Qt::Horizontal).first());
    for (qsizetype i = 0; i < s.trainingsByMonth.size(); ++i) {
        QCOMPARE(sessions->barSets()[0]->at(i), double(s.trainingsByMonth[i].sessions));
        QCOMPARE(trainees->at(i).y(), double(s.trainingsByMonth[i].trainees.value));
        QCOMPARE(months->at(i), s.trainingsByMonth[i].month.toString(QStringLiteral("MM/yyyy")));
    }

    // Audience split.
    auto *audience = child<AudienceChart>(page, "audienceChart");
    auto *pie = seriesOf<QPieSeries>(audience);
    QVERIFY(pie);
    QCOMPARE(pie->count(), 3);
    QCOMPARE(pie->slices()[0]->value(), double(s.eventAudience.inPerson.value));
    QCOMPARE(pie->slices()[1]->value(), double(s.eventAudience.online.value));
    QCOMPARE(pie->slices()[2]->value(), double(s.eventAudience.livestreamViews.value));
    // The legend names each channel with its figure (what grey print keeps).
    const QStringList audienceTexts = chartTexts(audience);
    const QString online = audienceChannelName(AudienceChannel::Online) + QStringLiteral(": ")
            + figureDisplayText(s.eventAudience.online) + QStringLiteral(" (");
    QVERIFY2(std::any_of(audienceTexts.cbegin(), audienceTexts.cend(),
                         [&online](const QString &text) { return text.startsWith(online); }),
             qPrintable(audienceTexts.join(u'|')));

    // Media outputs by kind and by outlet: the same totals, largest on top.
    const auto checkRanked = [this](RankedBarChart *chart, QMap<QString, qint64> expected) {
        auto *bars = seriesOf<QHorizontalBarSeries>(chart);
        QVERIFY(bars);
        QBarSet *set = bars->barSets()[0];
        QCOMPARE(set->count(), expected.size());
        QMap<qint64, int> shownValues, expectedValues;
        for (int i = 0; i < set->count(); ++i) {
            ++shownValues[qint64(set->at(i))];
            if (i > 0)
                QVERIFY(set->at(i) >= set->at(i - 1));
        }
        for (qint64 value : std::as_const(expected))
            ++expectedValues[value];
        QCOMPARE(shownValues, expectedValues);
    };
    QMap<QString, qint64> kinds, outlets;
    for (const auto &kind : std::as_const(s.mediaByKind))
        kinds.insert(kind.kind, kind.items.value);
    for (const auto &outlet : std::as_const(s.mediaByOutlet))
        outlets.insert(outlet.outlet, outlet.items.value);
    checkRanked(child<RankedBarChart>(page, "mediaKindChart"), kinds);
    checkRanked(child<RankedBarChart>(page, "mediaOutletChart"), outlets);
    const QStringList outletTexts = chartTexts(child<RankedBarChart>(page, "mediaOutletChart"));
    for (const auto &outlet : std::as_const(s.mediaByOutlet))
        QVERIFY2(outletTexts.contains(figureDisplayText(outlet.items)), qPrintable(outletTexts.join(u'|')));
}

void DashboardTest::tilesShowChangeAgainstPreviousCampaign()
{
    test::TwoCampaigns ids;
    Shown shown = show(test::openTwoCampaignDatabase(&ids), ids.campaign2023);
    DashboardPage *page = shown.page.get();
    QCOMPARE(page->previousStatistics().campaignId, ids.campaign2022);
    QVERIFY(child<QLabel>(page, "comparisonLabel")->text().contains(QStringLiteral("Thử 2022")));
    // 5 teams against 2, 30 members against 11, 3 trainings against 1.
    QCOMPARE(child<QLabel>(page, "teamsTileChangeLabel")->text(), QStringLiteral("▲ +3 vs 2022"));
    QCOMPARE(child<QLabel>(page, "membersTileChangeLabel")->text(), QStringLiteral("▲ +19 vs 2022"));
    QCOMPARE(child<QLabel>(page, "trainingsTileChangeLabel")->text(), QStringLiteral("▲ +2 vs 2022"));
    QCOMPARE(child<QLabel>(page, "eventsTileChangeLabel")->text(), QStringLiteral("▲ +2 vs 2022"));
    QCOMPARE(child<QLabel>(page, "provinceCoverageTileChangeLabel")->text(), QStringLiteral("= unchanged from 2022"));

    // The earliest campaign has nothing to compare with: no change lines.
    QVERIFY(page->setCampaign(ids.campaign2022));
    QCOMPARE(page->previousStatistics().campaignId, 0);
    QVERIFY(child<QLabel>(page, "teamsTileChangeLabel")->isHidden());
    QCOMPARE(child<QLabel>(page, "comparisonLabel")->text(), QStringLiteral("No earlier campaign to compare with"));
}

void DashboardTest::districtFilterShowsOnlyThatDistrict()
{
    test::TwoCampaigns ids;
    Shown shown = show(test::openTwoCampaignDatabase(&ids), ids.campaign2023);
    DashboardPage *page = shown.page.get();
    auto *districts = child<QComboBox>(page, "districtComboBox");
    QVERIFY(districts);
    QCOMPARE(districts->count(), 3); // whole province, Huyện Dung, Huyện Đảo (Vietnamese order)
    QCOMPARE(districts->itemText(1), QStringLiteral("Huyện Dung"));
    QCOMPARE(districts->itemText(2), QStringLiteral("Huyện Đảo"));
    districts->setCurrentIndex(districts->findData(ids.districtDung));

    QCOMPARE(page->options().districtId, ids.districtDung);
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("2"));
    QCOMPARE(tileValue(page, "membersTile"), QStringLiteral("9"));
    QCOMPARE(tileValue(page, "communeCoverageTile"), QStringLiteral("1/2"));
    QVERIFY(!child<QWidget>(page, "provinceCoverageTile")->isVisible());
    auto *chart = child<DistrictMembersChart>(page, "districtMembersChart");
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Vertical).first());
    QCOMPARE(names->categories(), QStringList{QStringLiteral("Huyện Dung")});
    // The comparison uses the same district: 2022 had Xã An's team only.
    QCOMPARE(child<QLabel>(page, "teamsTileChangeLabel")->text(), QStringLiteral("▲ +1 vs 2022"));

    // Clicking the district's bar lists its teams, and only them.
    auto *bars = seriesOf<QHorizontalBarSeries>(chart);
    emit bars->clicked(0, bars->barSets()[1]);
    DrillDownDialog *dialog = page->lastDrillDown();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(dialog->model()->index(row, 2).data().toString(), QStringLiteral("Huyện Dung"));
    dialog->close();

    districts->setCurrentIndex(0);
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("5"));
}

void DashboardTest::periodFilterExcludesTrainingsOutside()
{
    test::TwoCampaigns ids;
    Shown shown = show(test::openTwoCampaignDatabase(&ids), ids.campaign2023);
    DashboardPage *page = shown.page.get();
    QCOMPARE(tileValue(page, "trainingsTile"), QStringLiteral("3"));
    auto *from = child<QDateEdit>(page, "fromDateEdit");
    auto *to = child<QDateEdit>(page, "toDateEdit");
    auto *period = child<QCheckBox>(page, "periodCheckBox");
    // The date edits start at the campaign's dates.
    QCOMPARE(from->date(), QDate(2023, 9, 1));
    QCOMPARE(to->date(), QDate(2023, 11, 30));
    period->setChecked(true);
    // September to November: the December session is out.
    QCOMPARE(tileValue(page, "trainingsTile"), QStringLiteral("2"));
    from->setDate(QDate(2023, 10, 1));
    to->setDate(QDate(2023, 10, 31));
    QCOMPARE(tileValue(page, "trainingsTile"), QStringLiteral("1"));
    QCOMPARE(tileValue(page, "membersTrainedTile"), QStringLiteral("more than 30"));
    QCOMPARE(tileValue(page, "eventsTile"), QStringLiteral("1"));
    // The undated event and media output are said to be left out.
    auto *message = child<QLabel>(page, "dashboardMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("2 ")), qPrintable(message->text()));
    auto *timeline = child<TrainingTimelineChart>(page, "trainingTimelineChart");
    QCOMPARE(seriesOf<QLineSeries>(timeline)->count(), 1);
    // The comparison takes the same weeks of 2022.
    QCOMPARE(page->previousStatistics().options.from, QDate(2022, 10, 1));
    QCOMPARE(page->previousStatistics().trainingSessions, 1);

    period->setChecked(false);
    QCOMPARE(tileValue(page, "trainingsTile"), QStringLiteral("3"));
    QVERIFY(!message->isVisible());
}

void DashboardTest::communeCoverageBarListsTheCommunes()
{
    int campaign = 0;
    Shown shown = show(test::openDemoDatabase(&campaign), campaign);
    DashboardPage *page = shown.page.get();
    auto *coverage = child<CoverageChart>(page, "coverageChart");
    auto *stacked = seriesOf<QStackedBarSeries>(coverage);
    QBarSet *communes = nullptr;
    int index = -1;
    for (int i = 0; i < stacked->count(); ++i) {
        if (stacked->barSets()[i]->label() == levelName(AdminLevel::Commune)) {
            communes = stacked->barSets()[i];
            index = i;
        }
    }
    QVERIFY(communes);
    // What a mouse click on the bar emits.
    emit communes->clicked(index);
    DrillDownDialog *dialog = page->lastDrillDown();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = child<QTableView>(dialog, "drillDownTableView");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 173);
    QVERIFY(dialog->windowTitle().contains(levelName(AdminLevel::Commune)));
    QVERIFY2(child<QLabel>(dialog, "drillDownSummaryLabel")->text().contains(QStringLiteral("173 unit(s)")),
             qPrintable(child<QLabel>(dialog, "drillDownSummaryLabel")->text()));
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every commune has its team and member count.
    for (int row = 0; row < 173; ++row)
        QVERIFY(!table->model()->index(row, 2).data().toString().isEmpty());
    // The tile opens the same list.
    dialog->close();
    auto *tile = child<QWidget>(page, "communeCoverageTile");
    QTest::mouseClick(tile, Qt::LeftButton);
    QVERIFY(page->lastDrillDown());
    QCOMPARE(page->lastDrillDown()->model()->rowCount(), 173);
    page->lastDrillDown()->close();
}

void DashboardTest::lagPanelListsAndPrintsUnitsWithoutTeam()
{
    test::TwoCampaigns ids;
    Shown shown = show(test::openTwoCampaignDatabase(&ids), ids.campaign2023);
    DashboardPage *page = shown.page.get();
    auto *tree = child<QTreeWidget>(page, "lagTreeWidget");
    QVERIFY(tree);
    QStringList levels;
    QStringList units;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        levels << tree->topLevelItem(i)->text(0);
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            units << tree->topLevelItem(i)->child(j)->text(0);
    }
    // No guideline is broken here (openTwoLevelDatabase breaks each once).
    QCOMPARE(levels, (QStringList{QStringLiteral("District level: 1 of 2 without a team"),
                                  QStringLiteral("Commune level: 1 of 3 without a team"),
                                  QStringLiteral("Village level: 1 of 2 without a team")}));
    QCOMPARE(units, (QStringList{QStringLiteral("Huyện Đảo"), QStringLiteral("Xã Bình"), QStringLiteral("Thôn Tây")}));

    // Printed in Vietnamese whatever the UI language, with vi-VN counts.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("lag.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    page->printLagList(&printer);
    const QString printed = test::pdfPageTexts(pdf).join(u'\n');
    QVERIFY2(printed.contains(QStringLiteral("CHƯA CÓ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")), qPrintable(test::lastError()));
    QVERIFY(printed.contains(QStringLiteral("Cấp xã: 1/3 đơn vị chưa có Tổ")));
    QVERIFY(printed.contains(QStringLiteral("Xã Bình")));

    // A level's row opens the list behind it.
    page->showLaggingUnits(AdminLevel::Commune);
    QVERIFY(page->lastDrillDown());
    QCOMPARE(page->lastDrillDown()->model()->rowCount(), 1);
    QVERIFY(page->lastDrillDown()->printHtml().contains(QStringLiteral("Cấp xã: 1/3 đơn vị chưa có Tổ")));
    page->lastDrillDown()->close();
}

// Since 01/07/2025 a province may have no districts: the dashboard breaks it
// down by commune (chart, filter, the lag list's second column).
void DashboardTest::twoLevelProvinceShowsCommunes()
{
    test::TwoLevel ids;
    Shown shown = show(test::openTwoLevelDatabase(&ids), ids.campaign);
    DashboardPage *page = shown.page.get();
    QCOMPARE(page->campaignId(), ids.campaign);

    // The filter lists the communes.
    auto *filter = child<QComboBox>(page, "districtComboBox");
    QCOMPARE(child<QLabel>(page, "districtLabel")->text(), QStringLiteral("&Commune:"));
    QCOMPARE(filter->count(), 18); // the whole province and 17 communes
    QCOMPARE(filter->itemText(1), QStringLiteral("Phường An Hòa"));
    QCOMPARE(filter->itemData(1).toInt(), ids.communeAnHoa);

    // The chart's categories are the communes: the 14 with most members, top
    // down, then the other 3 summed.
    auto *chart = child<DistrictMembersChart>(page, "districtMembersChart");
    QCOMPARE(chart->chart()->title(), QStringLiteral("Members and teams per commune"));
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Vertical).first());
    QVERIFY(names);
    QStringList categories = names->categories();
    std::reverse(categories.begin(), categories.end());
    QCOMPARE(categories.size(), 15);
    QCOMPARE(categories.first(), QStringLiteral("Xã Hòa Bình"));
    QCOMPARE(categories[6], QStringLiteral("Xã Gia Lâm"));
    QCOMPARE(categories[12], QStringLiteral("Phường An Hòa"));
    QCOMPARE(categories.last(), QStringLiteral("Other communes (3)"));
    auto *bars = seriesOf<QHorizontalBarSeries>(chart);
    // Đông Hải lists 3 of its 5 declared members: 5 count (a shorter list does
    // not replace the count), so it is among the 14 and the rest is
    // Cẩm Thành 4 + Đức Phong 2 + Bắc Sơn (not reported).
    QCOMPARE(bars->barSets()[1]->at(0), 6.0);
    // Clicking the rest opens nothing; a commune's bar lists its teams.
    emit bars->clicked(0, bars->barSets()[1]);
    QVERIFY(!page->lastDrillDown());
    emit bars->clicked(2, bars->barSets()[1]); // An Hòa: its team and Thôn Một's
    QVERIFY(page->lastDrillDown());
    QCOMPARE(page->lastDrillDown()->model()->rowCount(), 2);
    QCOMPARE(page->lastDrillDown()->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Commune"));
    QCOMPARE(page->lastDrillDown()->model()->index(1, 2).data().toString(), QStringLiteral("Phường An Hòa"));
    page->lastDrillDown()->close();

    // The lag list names each village's commune.
    auto *tree = child<QTreeWidget>(page, "lagTreeWidget");
    QCOMPARE(tree->headerItem()->text(1), QStringLiteral("Commune"));
    bool found = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *level = tree->topLevelItem(i);
        if (level->text(0) != QStringLiteral("Village level: 1 of 3 without a team"))
            continue;
        QCOMPARE(level->child(0)->text(0), QStringLiteral("Thôn Hai"));
        QCOMPARE(level->child(0)->text(1), QStringLiteral("Xã Bắc Sơn"));
        found = true;
    }
    QVERIFY(found);

    // Choosing a commune scopes every figure to it.
    filter->setCurrentIndex(filter->findData(ids.communeAnHoa));
    QCOMPARE(page->options().districtId, ids.communeAnHoa);
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("2"));
    QCOMPARE(tileValue(page, "membersTile"), QStringLiteral("6"));
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Vertical).first())->categories(),
             QStringList{QStringLiteral("Phường An Hòa")});
}

// The plan's guidelines as warnings under the lag list, with the rule's value,
// on screen (English source) and in the printed list (Vietnamese).
void DashboardTest::lagPanelWarnsOfGuidelines()
{
    test::TwoLevel ids;
    Shown shown = show(test::openTwoLevelDatabase(&ids), ids.campaign);
    DashboardPage *page = shown.page.get();
    auto *tree = child<QTreeWidget>(page, "lagTreeWidget");
    QTreeWidgetItem *warnings = tree->topLevelItem(tree->topLevelItemCount() - 1);
    QCOMPARE(warnings->text(0), QStringLiteral("Guideline warnings: 5"));
    QStringList texts;
    for (int i = 0; i < warnings->childCount(); ++i)
        texts << warnings->child(i)->text(0);
    QCOMPARE(texts[0], QStringLiteral("Tổ phường An Hòa: The team has 2 member(s), below the plan's minimum of 3"));
    QCOMPARE(texts[1], QStringLiteral("Tổ xã Bắc Sơn: The team has not reported its members"));
    QCOMPARE(texts[2], QStringLiteral("Tổ xã Đông Hải: 3 member(s) listed, fewer than the 5 declared"));
    QVERIFY(texts[3].startsWith(QStringLiteral("Xã Gia Lâm: 2 teams in this campaign: ")));
    QCOMPARE(texts[4], QStringLiteral("Tổ thôn Ba: Village team, but Xã Cẩm Thành has no commune team"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("lag.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    page->printLagList(&printer);
    const QString printed = test::pdfPageTexts(pdf).join(u'\n').simplified();
    QVERIFY2(printed.contains(QStringLiteral("dưới mức tối thiểu 3 của kế hoạch")), qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("Tổ chưa báo cáo số thành viên")));
}

void DashboardTest::chartsExportPngAndSvg()
{
    test::TwoCampaigns ids;
    Shown shown = show(test::openTwoCampaignDatabase(&ids), ids.campaign2023);
    QTemporaryDir dir;
    const QList<ChartPanel *> charts = shown.page->findChildren<ChartPanel *>();
    QCOMPARE(charts.size(), 6);
    for (ChartPanel *chart : charts) {
        QVERIFY(chart->width() > 200 && chart->height() > 200);
        QString error;
        const QString png = dir.filePath(chart->objectName() + QStringLiteral(".png"));
        QVERIFY2(chart->exportTo(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), chart->size() * ChartPanel::pngScale);
        // Not blank: the chart's own pixels are in it.
        QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != 0);

        const QString svg = dir.filePath(chart->objectName() + QStringLiteral(".svg"));
        QVERIFY2(chart->exportTo(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        bool sawSvg = false;
        QString allText;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg") {
                sawSvg = true;
                // QSvgGenerator writes the size in millimetres and the view box in pixels.
                QCOMPARE(xml.attributes().value(QStringLiteral("viewBox")).toString(),
                         QStringLiteral("0 0 %1 %2").arg(chart->width()).arg(chart->height()));
            }
            if (xml.tokenType() == QXmlStreamReader::Characters)
                allText += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        // The SVG keeps the chart's text: its title.
        QVERIFY2(allText.contains(chart->chart()->title()), qPrintable(chart->objectName()));
    }
}

void DashboardTest::dashboardExportsA4LandscapePdf()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    QTemporaryDir dir;
    QString error;
    StatisticsOptions dung;
    dung.districtId = ids.districtDung;
    const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY2(exportDashboard(*db, ids.campaign2023, pdf, &error, dung), qPrintable(error));
    const QString info = test::pdfInfo(pdf);
    QVERIFY2(info.contains(QStringLiteral("842 x 595")) || info.contains(QStringLiteral("841.89 x 595.276")),
             qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Pages:           1")));
    // The filtered figures are the ones printed.
    const QString printed = test::pdfPageTexts(pdf).join(u'\n');
    QVERIFY2(printed.contains(QStringLiteral("Huyện Dung")), qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("1/2")));

    const QString png = dir.filePath(QStringLiteral("dashboard.png"));
    QVERIFY2(exportDashboard(*db, ids.campaign2023, png, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), dashboardExportSize);

    // The printer gets the same page at its own resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageLayout(dashboardPageLayout());
    QVERIFY2(printDashboard(*db, ids.campaign2023, &printer, &error), qPrintable(error));
    QVERIFY(test::pdfInfo(printer.outputFileName()).contains(QStringLiteral("842 x 595")));
}

void DashboardTest::followsChangesAnnouncedByTheNotifier()
{
    test::TwoCampaigns ids;
    Shown shown = show(test::openTwoCampaignDatabase(&ids), ids.campaign2023);
    DashboardPage *page = shown.page.get();
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("5"));
    QCOMPARE(tileValue(page, "communeCoverageTile"), QStringLiteral("2/3"));

    // A form saves a team for Xã Bình and says so.
    test::execSql(*shown.db, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) "
                                            "VALUES (2, 5, 3, 'Tổ xã Bình', 4)"));
    DataChangeNotifier::instance()->notifyChanged(QStringLiteral("team"));
    QTRY_COMPARE(tileValue(page, "teamsTile"), QStringLiteral("6"));
    QCOMPARE(tileValue(page, "communeCoverageTile"), QStringLiteral("3/3"));
    QCOMPARE(tileValue(page, "membersTile"), QStringLiteral("34"));

    // A change while the page is hidden shows when it is shown again (not
    // before: a hidden page reads nothing).
    page->hide();
    test::execSql(*shown.db, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) "
                                            "VALUES (2, 8, 4, 'Tổ thôn Tây', 3)"));
    DataChangeNotifier::instance()->notifyChanged(QStringLiteral("team"));
    QTest::qWait(20);
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("6"));
    page->show();
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("7"));

    // Hidden and shown again with nothing written: nothing is read again.
    QSignalSpy shownAgain(page, &DashboardPage::figuresShown);
    page->hide();
    page->show();
    QCOMPARE(shownAgain.count(), 0);
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("7"));
}

void DashboardTest::unreportedTeamIsNotShownAsZero()
{
    test::TwoCampaigns ids;
    auto db = test::openTwoCampaignDatabase(&ids);
    QVERIFY(db);
    // Xã Bình's team has sent neither a list nor a count.
    test::execSql(*db, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) "
                                      "VALUES (2, 5, 3, 'Tổ xã Bình', NULL)"));
    Shown shown = show(std::move(db), ids.campaign2023);
    DashboardPage *page = shown.page.get();
    QCOMPARE(tileValue(page, "teamsTile"), QStringLiteral("6"));
    QCOMPARE(tileValue(page, "membersTile"), QStringLiteral("30"));
    QCOMPARE(child<QLabel>(page, "membersTileDetailLabel")->text(), QStringLiteral("1 team(s) not reported"));
    // The teams list says "not reported" for it, not 0, and its summary names it.
    QTest::mouseClick(child<QWidget>(page, "membersTile"), Qt::LeftButton);
    DrillDownDialog *dialog = page->lastDrillDown();
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "drillDownSummaryLabel")->text().endsWith(QStringLiteral("30 member(s) · 1 team(s) not reported")));
    bool found = false;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        const QAbstractItemModel *model = dialog->model();
        if (model->index(row, 3).data().toString() == QStringLiteral("Tổ xã Bình")) {
            found = true;
            QCOMPARE(model->index(row, 4).data().toString(), QStringLiteral("not reported"));
        }
    }
    QVERIFY(found);
    dialog->close();
}

// A campaign that expects teams in communes and villages only, with a commune
// left out of its coverage: the province level is neither a coverage tile
// nor a lag-list entry, and the excluded commune is not lagging.
void DashboardTest::levelsOutsideTheScopeAreNoGap()
{
    test::TwoLevel ids;
    std::unique_ptr<Database> db = test::openTwoLevelDatabase(&ids);
    QVERIFY(db);
    test::exec(db->connection(), QStringLiteral("UPDATE campaign SET team_levels = '3,4'"));
    test::exec(db->connection(), QStringLiteral("INSERT INTO campaign_unit_exclusion (campaign_id, unit_id, reason) "
                                                "SELECT %1, id, 'không có dân cư' FROM admin_unit WHERE name = 'Xã Cẩm Thành'")
                                         .arg(ids.campaign));
    Shown shown = show(std::move(db), ids.campaign);
    DashboardPage *page = shown.page.get();
    QVERIFY(!child<QWidget>(page, "provinceCoverageTile")->isVisibleTo(page));
    QVERIFY(child<QWidget>(page, "communeCoverageTile")->isVisibleTo(page));
    auto *tree = child<QTreeWidget>(page, "lagTreeWidget");
    QStringList levels;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        levels << tree->topLevelItem(i)->text(0);
    QVERIFY2(!levels.join(u'|').contains(QStringLiteral("Province level")), qPrintable(levels.join(u'|')));
    // Xã Cẩm Thành is the only commune without a team: left out, none lags.
    QVERIFY2(!levels.join(u'|').contains(QStringLiteral("Commune level")), qPrintable(levels.join(u'|')));
    QVERIFY(levels.join(u'|').contains(QStringLiteral("Village level: 1 of 3 without a team")));
}

// Issue #18, item 6: the list behind a figure searches like the record lists
// (diacritics ignored), exports the rows shown, opens the team of a row on
// double-click and Enter, and prints as a table (header on every page, page
// numbers, as many pages as the rows need).
void DashboardTest::drillDownSearchesExportsOpensAndPrints()
{
    int campaign = 0;
    Shown shown = show(test::openDemoDatabase(&campaign), campaign);
    DashboardPage *page = shown.page.get();
    QUndoStack undoStack;
    page->setRecordContext({shown.db->connection(), campaign, &undoStack});
    page->showLevelUnits(AdminLevel::Commune);
    DrillDownDialog *dialog = page->lastDrillDown();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = child<QTableView>(dialog, "drillDownTableView");
    auto *search = child<QLineEdit>(dialog, "drillDownSearchLineEdit");
    QVERIFY(table && search);
    const int all = table->model()->rowCount();
    QCOMPARE(all, 173);

    // A unit name with diacritics, typed without them.
    const int unitColumn = 0;
    QString wanted;
    for (int row = 0; row < all && wanted.isEmpty(); ++row) {
        const QString name = table->model()->index(row, unitColumn).data().toString();
        if (name != text::searchKey(name) && name.count(u' ') >= 1)
            wanted = name;
    }
    QVERIFY(!wanted.isEmpty());
    const QString typed = text::searchKey(wanted).section(u' ', 1); // "xa pho an" -> "pho an"
    QTest::keyClicks(search, typed);
    const int found = table->model()->rowCount();
    QVERIFY2(found >= 1 && found < all, qPrintable(QStringLiteral("%1 rows for %2").arg(found).arg(typed)));
    QStringList shownNames;
    for (int row = 0; row < found; ++row)
        shownNames << table->model()->index(row, unitColumn).data().toString();
    QVERIFY2(shownNames.contains(wanted), qPrintable(shownNames.join(u',')));
    QCOMPARE(child<QLabel>(dialog, "drillDownShownLabel")->text(),
             QStringLiteral("%1 of 173 shown").arg(found));

    // Export writes the rows shown, in their order.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("drilldown.csv"));
    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog, "drillDownExportButton"), Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), found + 1);
    QVERIFY(lines[0].contains(QStringLiteral("Unit")));
    QVERIFY2(lines.join(u'\n').contains(wanted), qPrintable(lines.join(u'\n')));

    // Double-click on the row, then Enter on it: the team form of the row's team.
    search->clear();
    QCOMPARE(table->model()->rowCount(), all);
    int teamRow = -1;
    for (int row = 0; row < all && teamRow < 0; ++row) {
        if (table->model()->index(row, 0).data(DrillDownModel::RecordTableRole).toString() == QLatin1String("team"))
            teamRow = row;
    }
    QVERIFY(teamRow >= 0);
    const qint64 teamId = table->model()->index(teamRow, 0).data(DrillDownModel::RecordIdRole).toLongLong();
    const auto expectForm = [teamId](int *opened) {
        QTimer::singleShot(0, [teamId, opened] {
            auto *form = qobject_cast<TeamForm *>(QApplication::activeModalWidget());
            if (form && form->teamId() == teamId)
                ++*opened;
            if (QApplication::activeModalWidget())
                QApplication::activeModalWidget()->close();
        });
    };
    int opened = 0;
    expectForm(&opened);
    table->scrollTo(table->model()->index(teamRow, 1));
    const QRect cell = table->visualRect(table->model()->index(teamRow, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened, 1);
    expectForm(&opened);
    table->setCurrentIndex(table->model()->index(teamRow, 1));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened, 2);
    QVERIFY(dialog->isVisible()); // Enter opened the row, it did not close the list

    // Printed: the header again on page 2, numbered pages, no more pages than
    // the rows need (about 35 rows of one line on an A4 page).
    const QString pdf = dir.filePath(QStringLiteral("drilldown.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    const int pages = dialog->printTo(&printer);
    const QStringList texts = test::pdfPageTexts(pdf);
    QVERIFY2(!texts.isEmpty(), qPrintable(test::lastError()));
    QCOMPARE(texts.size(), pages);
    QVERIFY2(pages >= 3 && pages <= 173 / 25 + 1, qPrintable(QString::number(pages)));
    QVERIFY(texts[0].contains(page->statistics().campaignName));
    QVERIFY(texts[0].contains(QStringLiteral("Printed on %1").arg(text::formatDate(QDate::currentDate()))));
    for (int i = 0; i < pages; ++i) {
        for (const char *header : {"No.", "Unit", "Team", "Members"})
            QVERIFY2(texts[i].contains(QLatin1String(header)), qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(QLatin1String(header))));
        QVERIFY(texts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
    }
    dialog->close();
}


// 27 districts (Thanh Hóa before 2025) on a chart of a 1366×768 window: Qt
// Charts dropped every other name of a crowded axis. Only the bars whose names
// have a line each are drawn, the rest summed in one named bar (issue #18).
void DashboardTest::districtChartDrawsOnlyTheNamesThatFit()
{
    QList<DistrictStatistics> districts;
    qint64 total = 0;
    for (int i = 0; i < 27; ++i) {
        DistrictStatistics d;
        d.unitId = 100 + i;
        d.name = QStringLiteral("Huyện Mẫu %1").arg(i + 1);
        d.members = 2000 - 50 * i;
        d.teams = 40 - i;
        total += d.members;
        districts << d;
    }
    DistrictMembersChart chart;
    // As short as a chart gets in a printed A4 dashboard or a crowded window.
    chart.setMinimumSize(200, 150);
    chart.resize(420, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setDistricts(districts);
    const auto check = [&](int minimumExpected) {
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart.chart()->series().value(0));
        QVERIFY(series);
        auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
        if (!axis)
            axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(1));
        QVERIFY(axis);
        const qsizetype bars = axis->count();
        QVERIFY2(bars >= minimumExpected, qPrintable(QString::number(bars)));
        // Every name has a line of its own in the plot area.
        const double line = QFontMetricsF(axis->labelsFont()).height();
        QVERIFY2(chart.chart()->plotArea().height() / bars >= line,
                 qPrintable(QStringLiteral("%1 px for %2 bars").arg(chart.chart()->plotArea().height()).arg(bars)));
        // The last bar (drawn on top: the first category) sums the rest and names how many.
        const QString rest = axis->at(0);
        QCOMPARE(rest, QStringLiteral("Other districts (%1)").arg(27 - (bars - 1)));
        qint64 drawn = 0;
        QBarSet *members = series->barSets().value(1);
        for (int i = 0; i < members->count(); ++i)
            drawn += qint64(members->at(i));
        QCOMPARE(drawn, total);
        QCOMPARE(axis->at(bars - 1), QStringLiteral("Huyện Mẫu 1"));
    };
    QTRY_VERIFY(chart.chart()->plotArea().height() > 0);
    QTest::qWait(50);
    check(DistrictMembersChart::minimumBars);
    const qsizetype small = chart.barCount();
    QVERIFY(small < DistrictMembersChart::maximumBars);
    // Taller: more names fit, up to maximumBars.
    chart.resize(420, 900);
    QTRY_VERIFY(chart.barCount() > small);
    QTest::qWait(50);
    check(int(small) + 1);
}

QTEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
