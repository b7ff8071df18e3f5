#include "TestDatabase.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoCampaign.h"
#include "records/RecordKeys.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordListModel.h"
#include "records/RecordListPage.h"
#include "report/ReportPreview.h"
#include "teams/TeamsModel.h"
#include "teams/TeamsPage.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QFile>
#include <QTimer>
#include <QDialogButtonBox>
#include <QApplication>
#include <QTest>

using namespace cds;

// Opens every page of the main window offscreen on the demo campaign and
// checks the figures and rows a clerk reads, in the Vietnamese UI.
class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void interfaceIsVietnamese();
    void dashboardShowsTotals();
    void teamsListFiltersAndSorts();
    void largeCampaignsTeamsAreReadOnTheWorker();
    void reportPreviewHasPages();
    void reportExportsPdfThroughSeam();
    void refusedDatabaseIsLeftUnchanged();
    void emptyDatabaseOffersDemo();
    void emptyDatabaseSetsUpAProvinceThenItsCampaign();
    void reportBodyTakesCtrlBAsBold();
    void campaignAddedFromItsListIsSwitchedTo();
    void pagesAreBuiltWhenFirstShown();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    QString labelText(const char *name) const
    {
        const auto *label = child<QLabel>(name);
        return label ? label->text() : QString();
    }

    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(QStringLiteral("vi")));
}

void MainWindowTest::init()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setDatabase(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->campaignId(), campaignId);
}

void MainWindowTest::cleanup()
{
    m_window.reset();
}

void MainWindowTest::interfaceIsVietnamese()
{
    const auto *navigation = child<QListWidget>("navigationListWidget");
    QVERIFY(navigation);
    QCOMPARE(navigation->item(MainWindow::DashboardPageIndex)->text(), QStringLiteral("Tổng quan"));
    QCOMPARE(navigation->item(MainWindow::TeamsPageIndex)->text(), QStringLiteral("Tổ CNSCĐ"));
    QCOMPARE(navigation->item(MainWindow::ReportPageIndex)->text(), QStringLiteral("Báo cáo"));
    m_window->showPage(MainWindow::ReportPageIndex);
    QCOMPARE(child<QPushButton>("exportPdfButton")->text(), QStringLiteral("&Xuất PDF…"));
}

void MainWindowTest::dashboardShowsTotals()
{
    m_window->showPage(MainWindow::DashboardPageIndex);
    QCOMPARE(labelText("teamsTileValueLabel"), QStringLiteral("1.141"));
    QCOMPARE(labelText("membersTileValueLabel"), QStringLiteral("7.534"));
    QCOMPARE(labelText("communeCoverageTileValueLabel"), QStringLiteral("173/173"));
    QCOMPARE(labelText("districtCoverageTileValueLabel"), QStringLiteral("13/13"));
    QVERIFY2(labelText("communeCoverageTileDetailLabel").startsWith(text::formatPercent(100, 1)),
             qPrintable(labelText("communeCoverageTileDetailLabel")));
    const auto *campaigns = child<QComboBox>("campaignComboBox");
    QVERIFY(campaigns);
    QCOMPARE(campaigns->count(), 1);
    QVERIFY(campaigns->currentText().contains(QStringLiteral("2022")));
}

void MainWindowTest::teamsListFiltersAndSorts()
{
    m_window->showPage(MainWindow::TeamsPageIndex);
    auto *view = child<QTableView>("teamsTableView");
    auto *search = child<QLineEdit>("teamSearchLineEdit");
    auto *levels = child<QComboBox>("levelFilterComboBox");
    auto *districts = child<QComboBox>("districtFilterComboBox");
    QVERIFY(view && search && levels && districts);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 1141);
    QCOMPARE(labelText("shownCountLabel"), QStringLiteral("Đang hiển thị 1.141/1.141 Tổ"));

    // Search as you type, without diacritics.
    QTest::keyClicks(search, QStringLiteral("duc pho"));
    const int found = view->model()->rowCount();
    QVERIFY(found > 0 && found < 1141);
    const QString needle = QStringLiteral("Đức Phổ");
    for (int row = 0; row < found; ++row) {
        const QString unit = view->model()->index(row, TeamsModel::UnitColumn).data().toString();
        const QString district =
                view->model()->index(row, TeamsModel::DistrictColumn).data().toString();
        QVERIFY2(unit.contains(needle) || district.contains(needle),
                 qPrintable(unit + QStringLiteral(" / ") + district));
    }
    QCOMPARE(labelText("shownCountLabel"),
             QStringLiteral("Đang hiển thị %1/1.141 Tổ").arg(text::formatNumber(found)));
    search->clear();
    QCOMPARE(view->model()->rowCount(), 1141);

    // Level filter: one team per commune.
    levels->setCurrentIndex(levels->findData(static_cast<int>(AdminLevel::Commune)));
    QCOMPARE(view->model()->rowCount(), 173);
    QCOMPARE(labelText("shownCountLabel"), QStringLiteral("Đang hiển thị 173/1.141 Tổ"));

    // District filter on top of it: the communes of Đức Phổ only.
    const int ducPho = districts->findText(QStringLiteral("Thị xã Đức Phổ"));
    QVERIFY(ducPho > 0);
    districts->setCurrentIndex(ducPho);
    const int communesOfDucPho = view->model()->rowCount();
    QVERIFY(communesOfDucPho > 0 && communesOfDucPho < 173);
    for (int row = 0; row < communesOfDucPho; ++row)
        QCOMPARE(view->model()->index(row, TeamsModel::DistrictColumn).data().toString(),
                 QStringLiteral("Thị xã Đức Phổ"));
    districts->setCurrentIndex(0);
    levels->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 1141);

    // Vietnamese collation: among "… xã X" teams the letter after "xã " runs in
    // the Vietnamese alphabet, so "xã Đức …" comes after "xã Ba …" and before
    // "xã Tịnh …" (code points would put "Đ" after "Z").
    view->sortByColumn(TeamsModel::NameColumn, Qt::AscendingOrder);
    const QString alphabet = QStringLiteral("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY");
    const QString prefix = QStringLiteral("Tổ Công nghệ số cộng đồng xã ");
    qsizetype previous = -1;
    bool sawDd = false;
    bool sawAfterDd = false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, TeamsModel::NameColumn).data().toString();
        if (!name.startsWith(prefix) || name.size() == prefix.size())
            continue;
        const qsizetype letter = alphabet.indexOf(name.at(prefix.size()).toUpper());
        QVERIFY2(letter >= 0, qPrintable(name));
        QVERIFY2(letter >= previous, qPrintable(name));
        previous = letter;
        sawDd = sawDd || alphabet.at(letter) == QChar(0x0110);
        sawAfterDd = sawAfterDd || (sawDd && letter > alphabet.indexOf(QChar(0x0110)));
    }
    QVERIFY(sawDd);
    QVERIFY(sawAfterDd);
}

void MainWindowTest::reportPreviewHasPages()
{
    m_window->showPage(MainWindow::ReportPageIndex);
    auto *preview = child<ReportPreview>("reportPreviewWidget");
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QTRY_VERIFY(preview->pageCount() >= 2);
    QVERIFY(child<QPushButton>("printButton")->isEnabled());
    QVERIFY(child<QPushButton>("exportPdfButton")->isEnabled());
}

void MainWindowTest::reportExportsPdfThroughSeam()
{
    m_window->showPage(MainWindow::ReportPageIndex);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao.pdf"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>("exportPdfButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(path)),
             qPrintable(MessageBox::lastText()));
}

void MainWindowTest::refusedDatabaseIsLeftUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QByteArray garbage(8192, 'x');
    garbage.prepend("This is not an SQLite file.\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(path));
    QVERIFY(!MessageBox::lastText().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    // The demo database stays open.
    QCOMPARE(labelText("teamsTileValueLabel"), QStringLiteral("1.141"));
}

// A campaign of more teams than TeamsPage::inlineTeamLimit (the national
// database has 40.000) is read on the worker: the page is shown at once, says
// it is reading, and the teams follow, sorted by their keys (issue #15).
void MainWindowTest::largeCampaignsTeamsAreReadOnTheWorker()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    qint64 teams = 0;
    {
        Database database(QStringLiteral("prepare-large"));
        QVERIFY(database.open(path).error == DatabaseError::None);
        QString error;
        const int campaign = createDemoCampaign(database.connection(), &error);
        QVERIFY2(campaign != 0, qPrintable(error));
        const qint64 commune = test::scalar(database.connection(),
                                            QStringLiteral("SELECT min(id) FROM admin_unit WHERE level = 3")).toLongLong();
        test::exec(database.connection(),
                   QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                  "INSERT INTO admin_unit (name, unit_type, level, parent_id) "
                                  "SELECT 'Thôn Mẫu ' || i, 'Thôn', 4, %2 FROM n")
                           .arg(TeamsPage::inlineTeamLimit)
                           .arg(commune));
        test::exec(database.connection(),
                   QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name) "
                                  "SELECT %1, id, 4, 'Tổ Công nghệ số cộng đồng ' || name "
                                  "FROM admin_unit WHERE name LIKE 'Thôn Mẫu %'").arg(campaign));
        QVERIFY2(keys::fillMissing(database.connection(), &error) > 0, qPrintable(error));
        teams = test::scalar(database.connection(),
                             QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = %1").arg(campaign)).toLongLong();
    }
    QVERIFY(teams > TeamsPage::inlineTeamLimit);
    QVERIFY(m_window->openDatabase(path));
    m_window->showPage(MainWindow::TeamsPageIndex);
    auto *page = m_window->findChild<TeamsPage *>(QStringLiteral("teamsPage"));
    QVERIFY(page);
    QVERIFY(page->isLoading());
    auto *view = child<QTableView>("teamsTableView");
    QTRY_COMPARE_WITH_TIMEOUT(qint64(view->model()->rowCount()), teams, 20000);
    QVERIFY(!page->isLoading());
    QCOMPARE(labelText("shownCountLabel"),
             QStringLiteral("Đang hiển thị %1/%1 Tổ").arg(text::formatNumber(teams)));
    // Sorted by the name's key: "Thôn Mẫu 00009" before "Thôn Mẫu 00010".
    view->sortByColumn(TeamsModel::NameColumn, Qt::AscendingOrder);
    QStringList sample;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, TeamsModel::NameColumn).data().toString();
        if (name == QStringLiteral("Tổ Công nghệ số cộng đồng Thôn Mẫu 9")
            || name == QStringLiteral("Tổ Công nghệ số cộng đồng Thôn Mẫu 10"))
            sample << name;
    }
    QCOMPARE(sample, QStringList({ QStringLiteral("Tổ Công nghệ số cộng đồng Thôn Mẫu 9"),
                                   QStringLiteral("Tổ Công nghệ số cộng đồng Thôn Mẫu 10") }));
}

void MainWindowTest::emptyDatabaseOffersDemo()
{
    QTemporaryDir dir;
    QVERIFY(m_window->openDatabase(dir.filePath(QStringLiteral("empty.sqlite"))));
    QVERIFY(!m_window->hasCampaign());
    auto *central = child<QStackedWidget>("centralStackedWidget");
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("noCampaignPage"));
    auto *loadDemo = child<QPushButton>("loadDemoButton");
    QVERIFY(loadDemo->isVisible());
    QTest::mouseClick(loadDemo, Qt::LeftButton);
    QVERIFY(m_window->hasCampaign());
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("workspacePage"));
    // On a database file the figures are read on the worker and follow.
    QTRY_COMPARE_WITH_TIMEOUT(labelText("teamsTileValueLabel"), QStringLiteral("1.141"), 20000);
}

// A new locality from an empty database, in the window alone: the province's
// units from the national list, then its campaign with that province chosen.
void MainWindowTest::emptyDatabaseSetsUpAProvinceThenItsCampaign()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("danang.sqlite"));
    QVERIFY(m_window->openDatabase(path));
    auto *setUp = child<QPushButton>("setUpProvinceButton");
    QVERIFY(setUp->isVisible());
    bool unitsDone = false;
    bool campaignDone = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("provinceSearchLineEdit")), QStringLiteral("da nang"));
        auto *provinces = dialog->findChild<QListWidget *>(QStringLiteral("provinceListWidget"));
        QCOMPARE(provinces->count(), 1);
        provinces->setCurrentRow(0);
        unitsDone = true;
        // The campaign form follows the set-up: answered once it is the active dialog.
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [&, poll] {
            auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!form || !form->findChild<QComboBox *>(QStringLiteral("provinceComboBox")))
                return;
            poll->deleteLater();
            poll->stop();
            auto *province = form->findChild<QComboBox *>(QStringLiteral("provinceComboBox"));
            QCOMPARE(province->currentText(), QStringLiteral("Thành phố Đà Nẵng"));
            form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Ngày Chuyển đổi số quốc gia năm 2025"));
            form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save)->click();
            campaignDone = !form->isVisible();
            if (form->isVisible())
                form->reject();
        });
        poll->start();
        dialog->accept();
    });
    QTest::mouseClick(setUp, Qt::LeftButton);
    QVERIFY(unitsDone);
    QVERIFY(campaignDone);
    QVERIFY(m_window->hasCampaign());
    Database check(QStringLiteral("setup-check"));
    QCOMPARE(check.open(path).error, DatabaseError::None);
    QCOMPARE(test::scalar(check.connection(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE level = 3")).toInt(), 94);
    QCOMPARE(test::scalar(check.connection(), QStringLiteral("SELECT u.gso_code FROM campaign c JOIN admin_unit u ON u.id = c.province_id")).toString(),
             QStringLiteral("48"));
}

// In the report body, Ctrl+B is bold, not File → Back up now (also Ctrl+B).
void MainWindowTest::reportBodyTakesCtrlBAsBold()
{
    m_window->showPage(MainWindow::ReportPageIndex);
    auto *body = child<QTextEdit>("bodyTextEdit");
    QVERIFY(body);
    auto *pageTabs = child<QTabWidget>("reportTabWidget");
    pageTabs->setCurrentWidget(child<QWidget>("editorTab"));
    child<QTabWidget>("editorTabWidget")->setCurrentWidget(child<QWidget>("bodyTab"));
    QTRY_VERIFY(body->isVisible());
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("sao-luu.sqlite"));
    FileDialog::setNextFileName(backup); // used only if the backup ran
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(body->currentCharFormat().fontWeight() < QFont::Bold);
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(body->currentCharFormat().fontWeight() >= QFont::Bold);
    QVERIFY(!QFile::exists(backup));
    // The answer given in advance was not used by a backup: use it up here.
    QCOMPARE(FileDialog::getSaveFileName(nullptr, QString(), QString(), QString()), backup);
}

// The window's first paint builds no page (issue #15: about what a bare
// window costs); each page is built when first shown, the dashboard when a
// campaign is there to show.
void MainWindowTest::pagesAreBuiltWhenFirstShown()
{
    m_window.reset(); // its demo database would share the connection of this one
    MainWindow window;
    window.resize(1000, 700);
    window.showOpening(QStringLiteral("national.sqlite"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("dashboardPage")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("teamsPage")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("reportPage")));
    QVERIFY(window.findChildren<RecordListPage *>().isEmpty());

    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    window.setDatabase(std::move(db));
    QCOMPARE(window.campaignId(), campaignId);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("dashboardPage")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("reportPage")));
    QVERIFY(window.findChildren<RecordListPage *>().isEmpty());

    // The units' page, shown from the navigation, is built then, with its list.
    window.showRecordPage(QStringLiteral("units"));
    const QList<RecordListPage *> built = window.findChildren<RecordListPage *>();
    QCOMPARE(built.size(), 1);
    QCOMPARE(built.constFirst()->kind()->key(), QStringLiteral("units"));
    QVERIFY(built.constFirst()->isVisible());
    QTRY_VERIFY(built.constFirst()->model()->rowCount() > 0);
    window.showPage(MainWindow::TeamsPageIndex);
    QVERIFY(window.teamsPage()->isVisible());
    QCOMPARE(window.teamsPage()->objectName(), QStringLiteral("teamsPage"));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

// A campaign created on the campaigns page is the one the window goes on with.
void MainWindowTest::campaignAddedFromItsListIsSwitchedTo()
{
    const int demo = m_window->campaignId();
    RecordListPage *page = m_window->recordPage(QStringLiteral("campaigns"));
    QVERIFY(page);
    bool saved = false;
    QTimer::singleShot(0, this, [&] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Ngày Chuyển đổi số năm 2021"));
        form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save)->click();
        saved = !form->isVisible();
        if (form->isVisible())
            form->reject();
    });
    page->addRecord();
    QVERIFY(saved);
    const int created = test::scalar(page->context().db, QStringLiteral("SELECT id FROM campaign WHERE name = 'Ngày Chuyển đổi số năm 2021'")).toInt();
    QVERIFY(created > 0 && created != demo);
    QCOMPARE(m_window->campaignId(), created);
    QVERIFY2(child<QComboBox>("campaignComboBox")->currentText().contains(QStringLiteral("2021")),
             qPrintable(child<QComboBox>("campaignComboBox")->currentText()));
}
