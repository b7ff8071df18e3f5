#pragma once

#include "records/RecordKind.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QThread;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace cds {

class Database;
class DatabaseJob;
class DatabaseWorker;
class DashboardPage;
class ReportPage;
class TeamsPage;
class UserGuideWindow;
class RecordKind;
class RecordListPage;

// The main window: navigation to the dashboard, the teams and the report of
// the open database's campaign. It owns the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardPageIndex, TeamsPageIndex, ReportPageIndex };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the CDS Desk database at path. A refused file is never modified:
    // the reason is shown in a message box, the previous database stays open
    // and false is returned.
    bool openDatabase(const QString &path);
    // Shows an already open database (tests pass an in-memory one).
    void setDatabase(std::unique_ptr<Database> database);
    // Creates the demo campaign (Quảng Ngãi 2022) in the open database and
    // shows it. Returns false (after telling the user) on failure.
    bool loadDemoCampaign();
    // Opens the campaign form for a new campaign (the empty database's
    // "New campaign…") and shows the campaign saved; returns its id, 0 if cancelled.
    qint64 newCampaign();
    // A new locality's first steps from an empty database: its province's
    // units from the national list (UnitSetupDialog), then its campaign.
    // Returns the new campaign's id, 0 if either step was cancelled.
    qint64 setUpProvince();
    // Shows campaignId on every page; false if the database has no such campaign.
    bool setCampaign(int campaignId);
    int campaignId() const { return m_campaignId; }
    bool hasCampaign() const { return m_campaignId != 0; }
    const Database *database() const { return m_database.get(); }

    void showPage(Page page);
    // Every page is built when first shown or asked for here, so that the
    // window's first paint costs about what a bare window's does (issue #15).
    DashboardPage *dashboardPage() const;
    // The teams and report pages are filled when first shown (or asked for
    // here): the report of a national campaign takes seconds to lay out.
    TeamsPage *teamsPage() const;
    ReportPage *reportPage() const;
    // Before the database at path is opened: the window says so.
    void showOpening(const QString &path);
    // The data-entry list of one kind of record ("organisations", "members", …).
    RecordListPage *recordPage(const QString &key) const;
    void showRecordPage(const QString &key);
    // Saved changes of the open database (Edit → Undo / Redo); cleared when another database opens.
    QUndoStack *undoStack() const { return m_undoStack; }
    // True while an automatic backup still runs in the background (the
    // benchmark and tests wait for it).
    bool backgroundWorkRunning() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Within the screen's available geometry: the remembered size and place
    // clamped to it, or 1320×840 (less on a small screen) centred the first time.
    void fitToScreen(bool firstOpening);
    // The focus to the shown page's list (or search box).
    void focusShownPage();

private:
    void refreshFromDatabase(int campaignId);
    void updateRecordPages();
    // The pages built so far let go of the database and its workers.
    void detachPages();
    // The pages built so far read on the open database's workers.
    void attachWorkers();
    void onCampaignChanged(int campaignId);
    void chooseDatabase();
    void chooseLanguage(const QString &language);
    void editSettings();
    void showAbout();
    void updateTitle();
    void backUpNow();
    void restoreFromBackup();
    void importFromFile();
    // Writes the campaign's intake workbooks into a folder the user chooses.
    void exportIntakeWorkbooks();
    // Previews and imports a filled intake workbook as one undoable change.
    void importIntakeWorkbook();
    // Daily (first start of a day) and on-exit backups, on the worker; see
    // backup::takeAutomaticBackup. then runs when the backup is done (or
    // was not needed).
    void takeAutomaticBackup(bool onExit, const std::function<void()> &then = {});
    // True when the file was written since it was opened or last backed up
    // (its own or its -wal file's size or time changed).
    bool changedSinceBackup() const;
    void rememberFileState();
    void warnIfOnNetworkShare(const QString &path);
    // The open database took no more writes (Database::readOnlyReason): the
    // status bar says "Read-only" with the reason, and a message box once.
    void showReadOnly();
    // PRAGMA integrity_check of the open file on a worker thread (its own
    // connection); damage makes the database read-only with the reason.
    void startFullIntegrityCheck();
    // Fills the teams or report page if its campaign changed since.
    void loadShownPage() const;
    // The page at index of the pages' stack (the navigation's row), built
    // now if it was not yet (see dashboardPage()).
    QWidget *page(int index) const;
    // Puts a page just built in place of its stand-in.
    void placePage(int index, QWidget *page) const;
    // Only the page shown sets the minimum size (a stack takes its largest
    // page's by default, so every list scrolled as wide as the dashboard).
    void fitStackToShownPage() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    // Long reads (the dashboard's figures) and the automatic backups of the
    // open file, on their own connection; none for an in-memory database.
    std::unique_ptr<DatabaseWorker> m_worker;
    // Reads the record lists (a search, the first show) on a connection of its
    // own, so that a list never waits behind a backup on m_worker.
    std::unique_ptr<DatabaseWorker> m_listWorker;
    QPointer<DatabaseJob> m_backupJob;
    QString m_fileState; // of the open file when last opened or backed up
    bool m_closing = false; // the exit backup is running: the window is hidden and closes after it
    // Null until built (page()); the stack holds a stand-in meanwhile.
    mutable DashboardPage *m_dashboardPage = nullptr;
    UserGuideWindow *m_userGuide = nullptr;
    mutable TeamsPage *m_teamsPage = nullptr;
    mutable ReportPage *m_reportPage = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::vector<std::unique_ptr<RecordKind>> m_recordKinds;
    mutable QList<RecordListPage *> m_recordPages; // one per kind, null until built
    RecordContext m_recordContext; // what the record pages and forms edit
    int m_campaignId = 0;
    mutable bool m_teamsStale = false;
    mutable bool m_reportStale = false;
    int m_connectionCounter = 0;
    QStringList m_networkShareWarned;
    QLabel *m_readOnlyLabel = nullptr;
    QThread *m_integrityThread = nullptr; // databases already warned about, this run
};

} // namespace cds
