// The window stays responsive on a database file (issue #15): the dashboard's
// figures are read on the worker and follow the window instead of holding it,
// the exit backup is written off the UI thread (and skipped when nothing was
// written), and is a valid copy of the database.
#include "backup/Backup.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "statistics/CampaignStatistics.h"

#include "TestDatabase.h"

#include <QSignalSpy>
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

QTEST_MAIN(ResponsivenessTest)
#include "tst_responsiveness.moc"
