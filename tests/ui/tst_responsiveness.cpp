// The window stays responsive on a database file (issue #15): the dashboard's
// figures are read on the worker and follow the window instead of holding it,
// the exit backup is written off the UI thread (and skipped when nothing was
// written), and is a valid copy of the database. A save re-reads the shown
// list on the worker (the rows stay until the new ones come), a page shown
// again reads nothing when nothing was written, and the close leaves no
// warning in the log.
#include "backup/Backup.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordListModel.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/UndoCommands.h"
#include "statistics/CampaignStatistics.h"

#include "TestDatabase.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;
using namespace cds::test;

class ResponsivenessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardFiguresFollowFromTheWorker();
    void exitBackupIsWrittenOffTheWindowAndValid();
    void exitBackupSkippedWhenNothingWasWritten();
    void saveRereadsTheShownListOnTheWorker();
    void dashboardShownAgainReadsOnlyAfterAWrite();
    void closeLeavesNoWarning();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_campaignId = 0;
};

void ResponsivenessTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ResponsivenessTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cdsdesk.sqlite"));
    Database db(QStringLiteral("responsiveness-setup"));
    QCOMPARE(db.open(m_path).error, DatabaseError::None);
    QString error;
    m_campaignId = createDemoCampaign(db.connection(), &error);
    QVERIFY2(m_campaignId != 0, qPrintable(error));
}

void ResponsivenessTest::cleanup()
{
    m_dir.reset();
}

void ResponsivenessTest::dashboardFiguresFollowFromTheWorker()
{
    MainWindow window;
    DashboardPage *page = window.dashboardPage();
    QSignalSpy shown(page, &DashboardPage::figuresShown);
    QVERIFY(window.openDatabase(m_path));
    // The window has its campaign at once; the figures are still being read.
    QCOMPARE(window.campaignId(), m_campaignId);
    QVERIFY(page->figuresPending());
    QCOMPARE(page->statistics().campaignId, 0);
    QCOMPARE(shown.count(), 0);

    QVERIFY(shown.wait(10000));
    QVERIFY(!page->figuresPending());
    CampaignStatistics expected;
    QString error;
    QVERIFY2(computeCampaignStatistics(window.database()->connection(), m_campaignId, &expected, &error),
             qPrintable(error));
    QCOMPARE(page->statistics().campaignId, m_campaignId);
    QCOMPARE(page->statistics().totalTeams, expected.totalTeams);
    QCOMPARE(page->statistics().totalMembers, expected.totalMembers);
    QVERIFY(expected.totalTeams > 0);
}

void ResponsivenessTest::exitBackupIsWrittenOffTheWindowAndValid()
{
    const QString folder = backup::backupFolder(m_path);
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.backgroundWorkRunning(), 20000);
        QCOMPARE(backup::automaticBackups(folder, m_path).size(), 1); // the daily one
        exec(window.database()->connection(),
             QStringLiteral("UPDATE team SET name = 'Tổ CĐS đổi tên' WHERE id = (SELECT min(id) FROM team)"));
        QTest::qWait(1100); // a new second, so a new file name
        window.close();
        // The window is off the screen at once; the backup follows on the worker.
        QVERIFY(!window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.backgroundWorkRunning(), 20000);
    }
    const QStringList backups = backup::automaticBackups(folder, m_path);
    QCOMPARE(backups.size(), 2);
    QVERIFY2(backups.constFirst().endsWith(QStringLiteral("-exit.sqlite")), qPrintable(backups.constFirst()));
    Database copy(QStringLiteral("responsiveness-copy"));
    QCOMPARE(copy.open(backups.constFirst()).error, DatabaseError::None);
    QCOMPARE(scalar(copy.connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM team WHERE name = 'Tổ CĐS đổi tên'")).toInt(),
             1);
}

void ResponsivenessTest::exitBackupSkippedWhenNothingWasWritten()
{
    const QString folder = backup::backupFolder(m_path);
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.backgroundWorkRunning(), 20000);
        QTest::qWait(1100);
        window.close();
        QVERIFY(!window.isVisible());
        QVERIFY(!window.backgroundWorkRunning());
    }
    const QStringList backups = backup::automaticBackups(folder, m_path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.constFirst().endsWith(QStringLiteral("-daily.sqlite")));
}

namespace {

// The administrative units' page shown (the demo campaign lists units, and
// declares its members as counts), its list read (first page and count);
// null if it was not read in time.
RecordListPage *showUnits(MainWindow &window)
{
    window.showRecordPage(QStringLiteral("units"));
    RecordListPage *members = window.recordPage(QStringLiteral("units"));
    if (!members)
        return nullptr;
    const auto read = [members] { return !members->model()->isReading() && members->model()->rowCount() > 0; };
    if (QTest::qWaitFor(read, 20000))
        return members;
    return nullptr;
}

} // namespace

void ResponsivenessTest::saveRereadsTheShownListOnTheWorker()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    RecordListPage *members = showUnits(window);
    QVERIFY(members);
    RecordListModel *model = members->model();
    const int rows = model->rowCount();
    auto *view = members->findChild<QTableView *>(QStringLiteral("recordsTableView"));
    QVERIFY(view);
    view->selectRow(0);
    const qint64 id = model->idAt(0);
    QVERIFY(id != 0);

    // A save of the first unit's name, as its form makes it.
    const QSqlDatabase db = window.database()->connection();
    RecordTransaction write(db, QStringLiteral("Sửa đơn vị"));
    QVERIFY(write.update(QStringLiteral("admin_unit"), id, { { QStringLiteral("name"), QStringLiteral("Aaa Đổi Tên") } }));
    QVERIFY2(write.commit(), qPrintable(write.error()));
    QSignalSpy counted(model, &RecordListModel::countRead);
    pushChange(window.undoStack(), db, write.groupId(), QStringLiteral("admin_unit"));
    // The list is being read on the worker: the window did not wait for it,
    // and the rows shown stay until the new ones have come.
    QVERIFY(model->isReading());
    QCOMPARE(model->rowCount(), rows);
    QVERIFY(counted.wait(20000));
    QTRY_VERIFY(!model->isReading());
    QCOMPARE(model->rowCount(), rows);
    // The record saved is still the one selected.
    QCOMPARE(members->currentId(), id);

    // The undo too.
    window.undoStack()->undo();
    QVERIFY(model->isReading());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReading(), 20000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE name = 'Aaa Đổi Tên'")).toInt(), 0);
}

void ResponsivenessTest::dashboardShownAgainReadsOnlyAfterAWrite()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    DashboardPage *page = window.dashboardPage();
    QTRY_VERIFY_WITH_TIMEOUT(!window.backgroundWorkRunning(), 20000);
    const qint64 teams = page->statistics().totalTeams;
    QVERIFY(teams > 0);

    // Another page and back, nothing written: the figures shown are kept.
    window.showPage(MainWindow::TeamsPageIndex);
    window.showPage(MainWindow::DashboardPageIndex);
    QVERIFY(!page->figuresPending());
    QCOMPARE(page->statistics().totalTeams, teams);

    // A team removed meanwhile: the figures are read again, on the worker.
    window.showPage(MainWindow::TeamsPageIndex);
    const QSqlDatabase db = window.database()->connection();
    RecordTransaction write(db, QStringLiteral("Xoá tổ"));
    const qint64 team = scalar(db, QStringLiteral("SELECT min(t.id) FROM team t WHERE NOT EXISTS "
                                                  "(SELECT 1 FROM team_member tm WHERE tm.team_id = t.id)"))
                                .toLongLong();
    QVERIFY(team != 0);
    QVERIFY(write.remove(QStringLiteral("team"), team));
    QVERIFY2(write.commit(), qPrintable(write.error()));
    pushChange(window.undoStack(), db, write.groupId(), QStringLiteral("team"));
    QVERIFY(!page->figuresPending()); // hidden: nothing read yet
    window.showPage(MainWindow::DashboardPageIndex);
    QVERIFY(page->figuresPending());
    QTRY_VERIFY_WITH_TIMEOUT(!page->figuresPending(), 20000);
    QCOMPARE(page->statistics().totalTeams, teams - 1);
}

void ResponsivenessTest::closeLeavesNoWarning()
{
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &message) {
                // The offscreen platform's own notes are not the window's.
                if (type != QtDebugMsg && type != QtInfoMsg && !message.contains(QLatin1String("propagateSizeHints")))
                    warnings << message;
            });
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(window->openDatabase(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window->backgroundWorkRunning(), 20000);
        // Every page, a write (so that the close takes its exit backup), then the close.
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        QVERIFY(navigation);
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QTest::qWait(50);
        }
        QVERIFY(showUnits(*window));
        exec(window->database()->connection(),
             QStringLiteral("UPDATE team SET name = name || ' (đổi)' WHERE id = (SELECT min(id) FROM team)"));
        QTest::qWait(1100);
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->backgroundWorkRunning(), 20000);
        window.reset();
        QTest::qWait(50);
    }
    qInstallMessageHandler(previous);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

QTEST_MAIN(ResponsivenessTest)
#include "tst_responsiveness.moc"
