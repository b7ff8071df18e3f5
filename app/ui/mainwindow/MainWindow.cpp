#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "backup/Backup.h"
#include "backup/RestoreDialog.h"
#include "help/UserGuideWindow.h"
#include "common/AppSettings.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "database/DatabaseWorker.h"
#include "database/IntegrityCheck.h"
#include "demo/DemoCampaign.h"
#include "i18n/Language.h"
#include "import/ImportDialog.h"
#include "import/IntakeDialogs.h"
#include "intake/IntakeWorkbook.h"
#include "text/VietnameseText.h"
#include "common/DataChangeNotifier.h"
#include "records/UnitSetupDialog.h"
#include "records/RecordKind.h"
#include "records/CampaignKind.h"
#include "records/RecordListPage.h"
#include "records/UndoCommands.h"
#include "report/ReportPage.h"
#include "settings/SettingsDialog.h"
#include "statistics/CampaignStatistics.h"
#include "teams/TeamsPage.h"
#include "teams/TeamStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QThread>
#include <QTimer>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace cds {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
// How often the full integrity check runs again while a database stays open.
constexpr int fullCheckIntervalMs = 6 * 60 * 60 * 1000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/cdsdesk.svg")));

    // Stand-ins until each page is built (page()): the first paint builds none.
    m_undoStack = new QUndoStack(this);
    m_recordKinds = createRecordKinds();
    const int pageCount = ReportPageIndex + 1 + int(m_recordKinds.size());
    for (int i = 0; i < pageCount; ++i)
        m_ui->pagesStackedWidget->addWidget(new QWidget(m_ui->pagesStackedWidget));
    // A page wider or taller than a small screen (1366×768 at 150 %) scrolls
    // instead of pushing the window, its status bar and its buttons off the screen.
    auto *pagesScrollArea = new QScrollArea(m_ui->pagesStackedWidget->parentWidget());
    pagesScrollArea->setObjectName(QStringLiteral("pagesScrollArea"));
    pagesScrollArea->setWidgetResizable(true);
    pagesScrollArea->setFrameShape(QFrame::NoFrame);
    delete m_ui->pagesStackedWidget->parentWidget()->layout()->replaceWidget(m_ui->pagesStackedWidget, pagesScrollArea);
    pagesScrollArea->setWidget(m_ui->pagesStackedWidget);
    connect(m_ui->pagesStackedWidget, &QStackedWidget::currentChanged, this, &MainWindow::fitStackToShownPage);

    // One list page per kind of record, after the report in the navigation.
    for (const auto &kind : m_recordKinds) {
        m_recordPages << nullptr;
        auto *item = new QListWidgetItem(kind->title(), m_ui->navigationListWidget);
        item->setData(Qt::UserRole, kind->key());
    }
    connect(DataChangeNotifier::instance(), &DataChangeNotifier::dataChanged, this, [this](const QString &table) {
        // The teams page listens itself (TeamsPage::reload).
        // A campaign added, renamed or removed: the campaign choice changes.
        if (table == QStringLiteral("campaign") && m_database) {
            refreshFromDatabase(m_campaignId);
        }
        // A page not built yet reads its list when first shown.
        for (RecordListPage *page : std::as_const(m_recordPages)) {
            if (page)
                page->refreshWhenShown();
        }
    });

    // Edit menu: undo and redo of saved changes.
    auto *editMenu = new QMenu(tr("&Edit"), this);
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    menuBar()->insertMenu(m_ui->toolsMenu->menuAction(), editMenu);

    // Wide enough for the longest page name in either language.
    QListWidget *navigation = m_ui->navigationListWidget;
    QFont navigationFont = navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    navigation->setFont(navigationFont);
    int navigationWidth = 0;
    for (int i = 0; i < navigation->count(); ++i) {
        navigationWidth =
                std::max(navigationWidth,
                         navigation->fontMetrics().horizontalAdvance(navigation->item(i)->text()));
        navigation->item(i)->setSizeHint(QSize(0, navigation->fontMetrics().height() + 16));
    }
    navigation->setFixedWidth(navigationWidth + 48);
    navigation->setCurrentRow(DashboardPageIndex);
    fitStackToShownPage();
    connect(navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        page(row); // built on its first show
        m_ui->pagesStackedWidget->setCurrentIndex(row);
        loadShownPage();
        // The keyboard goes on in the page: its list, where arrows, Enter and
        // typing work (after the click that chose the page has given the focus).
        QTimer::singleShot(0, this, &MainWindow::focusShownPage);
    });
    // Typed letters are for the page, not for jumping between pages ("cuong"
    // used to land on "Cơ quan, đơn vị").
    navigation->installEventFilter(this);

    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->openDatabaseButton, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    connect(m_ui->loadDemoButton, &QPushButton::clicked, this, &MainWindow::loadDemoCampaign);
    connect(m_ui->newCampaignButton, &QPushButton::clicked, this, &MainWindow::newCampaign);
    connect(m_ui->setUpProvinceButton, &QPushButton::clicked, this, &MainWindow::setUpProvince);
    connect(m_ui->exportReportPdfAction, &QAction::triggered, this, [this] { reportPage()->exportPdf(); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    auto *guideAction = new QAction(tr("&User guide"), this);
    guideAction->setObjectName(QStringLiteral("userGuideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_ui->helpMenu->insertAction(m_ui->aboutAction, guideAction);
    m_ui->helpMenu->insertSeparator(m_ui->aboutAction);
    addAction(guideAction);
    connect(guideAction, &QAction::triggered, this, [this] {
        if (!m_userGuide)
            m_userGuide = new UserGuideWindow(this);
        m_userGuide->showGuide(storedLanguage());
    });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_ui->backupNowAction, &QAction::triggered, this, &MainWindow::backUpNow);
    connect(m_ui->restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importFromFile);
    connect(m_ui->exportIntakeAction, &QAction::triggered, this, &MainWindow::exportIntakeWorkbooks);
    connect(m_ui->importIntakeAction, &QAction::triggered, this, &MainWindow::importIntakeWorkbook);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->vietnameseLanguageAction);
    languages->addAction(m_ui->englishLanguageAction);
    const QString language = storedLanguage();
    m_ui->vietnameseLanguageAction->setChecked(language == QStringLiteral("vi"));
    m_ui->englishLanguageAction->setChecked(language == QStringLiteral("en"));
    connect(m_ui->vietnameseLanguageAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("vi")); });
    connect(m_ui->englishLanguageAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("en")); });

    // The open file replaced by another program (a restore in a second CDS
    // Desk): the database takes no more writes and the window says why.
    auto *fileWatch = new QTimer(this);
    fileWatch->setInterval(2000);
    connect(fileWatch, &QTimer::timeout, this, [this] {
        if (m_database && m_database->checkFileReplaced())
            showReadOnly();
    });
    fileWatch->start();
    // The full check runs at every opening and again on this schedule while
    // the database stays open (a clerk may leave it open for days).
    auto *fullCheck = new QTimer(this);
    fullCheck->setInterval(fullCheckIntervalMs);
    connect(fullCheck, &QTimer::timeout, this, &MainWindow::startFullIntegrityCheck);
    fullCheck->start();

    AppSettings settings;
    const bool restored = restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    fitToScreen(!restored);

    refreshFromDatabase(0);
}

MainWindow::~MainWindow()
{
    if (m_integrityThread) {
        m_integrityThread->wait();
        delete m_integrityThread;
    }
    // Pages hold no query objects, but clear them before the connection goes:
    // no copy of the connection may outlive it ("connection … is still in use").
    detachPages();
    m_undoStack->clear();
    m_listWorker.reset();
    // Waits for a backup still being written.
    m_worker.reset();
}

bool MainWindow::openDatabase(const QString &path)
{
    auto database =
            std::make_unique<Database>(QStringLiteral("cdsdesk-ui-%1").arg(++m_connectionCounter));
    // The full check follows on a worker (startFullIntegrityCheck) instead
    // of the quick check holding the window for seconds.
    database->setDeferIntegrityCheck(true);
    const Database::OpenResult result = database->open(path);
    if (result.error != DatabaseError::None) {
        MessageBox::critical(this, tr("Cannot open the database"),
                             tr("The file %1 was not opened and has not been changed.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), result.message));
        return false;
    }

    setDatabase(std::move(database));
    startFullIntegrityCheck();
    if (!result.notice.isEmpty())
        MessageBox::information(this, tr("Database opened"), result.notice);
    if (result.created)
        statusBar()->showMessage(
                tr("Created a new database: %1").arg(QDir::toNativeSeparators(path)), 8000);
    warnIfOnNetworkShare(path);
    // The daily backup (a copy of the whole file, checked), on the worker
    // after the dashboard's figures.
    takeAutomaticBackup(false);
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    if (m_readOnlyLabel)
        m_readOnlyLabel->hide();
    // Detach the pages from the old connection before it is removed (a
    // draft's unsaved changes saved or dropped while it is still there).
    if (m_reportPage)
        m_reportPage->maybeSave(false);
    detachPages();
    m_campaignId = 0;
    m_teamsStale = m_reportStale = false;
    m_undoStack->clear();
    m_database = std::move(database);
    // The old file's worker finishes what it runs (a backup) before it goes.
    m_listWorker.reset();
    m_worker.reset();
    if (m_database && m_database->path() != QStringLiteral(":memory:")) {
        m_worker = std::make_unique<DatabaseWorker>(m_database->path());
        m_listWorker = std::make_unique<DatabaseWorker>(m_database->path());
        attachWorkers();
    }
    rememberFileState();
    const bool open = m_database != nullptr;
    m_ui->backupNowAction->setEnabled(open);
    m_ui->restoreBackupAction->setEnabled(open);
    m_ui->importAction->setEnabled(open);
    m_ui->exportIntakeAction->setEnabled(open);
    m_ui->importIntakeAction->setEnabled(open);
    refreshFromDatabase(0);
}

bool MainWindow::loadDemoCampaign()
{
    if (!m_database) {
        MessageBox::warning(this, tr("Demo campaign"), tr("Open a database first."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const int campaignId = createDemoCampaign(m_database->connection(), &error);
    QApplication::restoreOverrideCursor();
    if (campaignId == 0) {
        MessageBox::critical(this, tr("Demo campaign"),
                             tr("The demo campaign was not loaded.\n\n%1").arg(error));
        return false;
    }
    refreshFromDatabase(campaignId);
    return true;
}

qint64 MainWindow::newCampaign()
{
    if (!m_database)
        return 0;
    RecordContext context;
    context.db = m_database->connection();
    context.undoStack = m_undoStack;
    qint64 campaignId = 0;
    const qint64 group = editCampaign(this, context, 0, &campaignId);
    if (group == 0)
        return 0;
    m_campaignId = int(campaignId);
    // Puts the change on the undo stack and refreshes the window (dataChanged).
    pushChange(m_undoStack, context.db, group, QStringLiteral("campaign"));
    refreshFromDatabase(int(campaignId));
    return campaignId;
}

qint64 MainWindow::setUpProvince()
{
    if (!m_database)
        return 0;
    UnitSetupDialog dialog(m_database->connection(), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (dialog.savedGroup() != 0)
        pushChange(m_undoStack, m_database->connection(), dialog.savedGroup(), QStringLiteral("admin_unit"));
    return newCampaign();
}

bool MainWindow::setCampaign(int campaignId)
{
    return dashboardPage()->setCampaign(campaignId);
}

void MainWindow::refreshFromDatabase(int campaignId)
{
    const int latest = m_database ? latestCampaignId(m_database->connection()) : 0;
    if (latest == 0) {
        if (m_dashboardPage || m_database)
            dashboardPage()->setDatabase(m_database.get());
        m_ui->noCampaignLabel->setText(
                m_database ? tr("The database %1 holds no campaign yet.\n"
                                "Set up your province from the national list and create its campaign, "
                                "load the demo campaign to try CDS Desk, or open another database.")
                                     .arg(QDir::toNativeSeparators(m_database->path()))
                           : tr("No database is open."));
        m_ui->loadDemoButton->setVisible(m_database != nullptr);
        m_ui->newCampaignButton->setVisible(m_database != nullptr);
        m_ui->setUpProvinceButton->setVisible(m_database != nullptr);
        m_ui->centralStackedWidget->setCurrentWidget(m_ui->noCampaignPage);
        m_ui->exportReportPdfAction->setEnabled(false);
        updateTitle();
        return;
    }
    m_ui->centralStackedWidget->setCurrentWidget(m_ui->workspacePage);
    m_ui->exportReportPdfAction->setEnabled(true);
    // Emits campaignChanged(), which updates the other pages.
    dashboardPage()->setDatabase(m_database.get(), campaignId);
}

void MainWindow::onCampaignChanged(int campaignId)
{
    m_campaignId = campaignId;
    // Emptied now, filled when shown; a draft's unsaved changes are saved or dropped first.
    if (m_reportPage) {
        m_reportPage->maybeSave(false);
        m_reportPage->setCampaign(nullptr, 0);
    }
    if (m_teamsPage)
        m_teamsPage->setCampaign(nullptr, 0);
    m_teamsStale = m_database && campaignId != 0;
    m_reportStale = m_teamsStale;
    updateRecordPages();
    updateTitle();
    loadShownPage();
}

void MainWindow::loadShownPage() const
{
    const int shown = m_ui->pagesStackedWidget->currentIndex();
    if (shown == TeamsPageIndex)
        teamsPage();
    else if (shown == ReportPageIndex)
        reportPage();
}

TeamsPage *MainWindow::teamsPage() const
{
    if (!m_teamsPage) {
        auto *self = const_cast<MainWindow *>(this);
        m_teamsPage = new TeamsPage(self);
        m_teamsPage->setObjectName(QStringLiteral("teamsPage"));
        m_teamsPage->setWorker(m_worker.get());
        m_teamsPage->setRecordContext(m_recordContext);
        placePage(TeamsPageIndex, m_teamsPage);
    }
    if (m_teamsStale) {
        m_teamsStale = false;
        m_teamsPage->setCampaign(m_database.get(), m_campaignId);
    }
    return m_teamsPage;
}

ReportPage *MainWindow::reportPage() const
{
    if (!m_reportPage) {
        auto *self = const_cast<MainWindow *>(this);
        m_reportPage = new ReportPage(self);
        m_reportPage->setObjectName(QStringLiteral("reportPage"));
        m_reportPage->setWorker(m_worker.get());
        placePage(ReportPageIndex, m_reportPage);
    }
    if (m_reportStale) {
        m_reportStale = false;
        m_reportPage->setCampaign(m_database.get(), m_campaignId);
    }
    return m_reportPage;
}

void MainWindow::showOpening(const QString &path)
{
    m_ui->noCampaignLabel->setText(tr("Opening %1 …").arg(QDir::toNativeSeparators(path)));
    m_ui->loadDemoButton->setVisible(false);
    m_ui->setUpProvinceButton->setVisible(false);
    m_ui->centralStackedWidget->setCurrentWidget(m_ui->noCampaignPage);
}

void MainWindow::updateRecordPages()
{
    m_recordContext = RecordContext();
    if (m_database)
        m_recordContext.db = m_database->connection();
    m_recordContext.campaignId = m_campaignId;
    m_recordContext.undoStack = m_undoStack;
    for (RecordListPage *page : std::as_const(m_recordPages)) {
        if (page)
            page->setContext(m_recordContext);
    }
    if (m_teamsPage)
        m_teamsPage->setRecordContext(m_recordContext);
    if (m_dashboardPage)
        m_dashboardPage->setRecordContext(m_recordContext);
}

void MainWindow::detachPages()
{
    if (m_dashboardPage) {
        m_dashboardPage->setDatabase(nullptr);
        m_dashboardPage->setWorker(nullptr);
        m_dashboardPage->setRecordContext({});
    }
    if (m_reportPage) {
        m_reportPage->setWorker(nullptr);
        m_reportPage->setCampaign(nullptr, 0);
    }
    if (m_teamsPage) {
        m_teamsPage->setWorker(nullptr);
        m_teamsPage->setCampaign(nullptr, 0);
        m_teamsPage->setRecordContext({});
    }
    for (RecordListPage *page : std::as_const(m_recordPages)) {
        if (page) {
            page->model()->setWorker(nullptr);
            page->setContext({});
        }
    }
    // Last: the dashboard's campaignChanged() above set it again.
    m_recordContext = RecordContext();
}

void MainWindow::attachWorkers()
{
    if (m_dashboardPage)
        m_dashboardPage->setWorker(m_worker.get());
    if (m_reportPage)
        m_reportPage->setWorker(m_worker.get());
    if (m_teamsPage)
        m_teamsPage->setWorker(m_worker.get());
    for (RecordListPage *page : std::as_const(m_recordPages)) {
        if (page)
            page->model()->setWorker(m_listWorker.get());
    }
}

DashboardPage *MainWindow::dashboardPage() const
{
    if (!m_dashboardPage) {
        auto *self = const_cast<MainWindow *>(this);
        m_dashboardPage = new DashboardPage(self);
        m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
        connect(m_dashboardPage, &DashboardPage::campaignChanged, self, &MainWindow::onCampaignChanged);
        m_dashboardPage->setWorker(m_worker.get());
        m_dashboardPage->setRecordContext(m_recordContext);
        placePage(DashboardPageIndex, m_dashboardPage);
    }
    return m_dashboardPage;
}

QWidget *MainWindow::page(int index) const
{
    if (index == DashboardPageIndex)
        return dashboardPage();
    if (index == TeamsPageIndex)
        return teamsPage();
    if (index == ReportPageIndex)
        return reportPage();
    const int kind = index - ReportPageIndex - 1;
    if (kind < 0 || kind >= m_recordPages.size())
        return nullptr;
    if (!m_recordPages.at(kind)) {
        auto *self = const_cast<MainWindow *>(this);
        auto *page = new RecordListPage(m_recordKinds.at(kind).get(), self);
        m_recordPages[kind] = page;
        // A campaign created from its list is the one the clerk goes on with.
        connect(page, &RecordListPage::recordAdded, self, [self](const QString &table, qint64 id) {
            if (table == QStringLiteral("campaign") && self->m_database)
                self->refreshFromDatabase(int(id));
        });
        page->model()->setWorker(m_listWorker.get());
        if (m_recordContext.db.isValid())
            page->setContext(m_recordContext);
        placePage(index, page);
    }
    return m_recordPages.at(kind);
}

void MainWindow::placePage(int index, QWidget *page) const
{
    QStackedWidget *stack = m_ui->pagesStackedWidget;
    QWidget *standIn = stack->widget(index);
    const bool shown = stack->currentIndex() == index;
    {
        const QSignalBlocker blocker(stack);
        stack->insertWidget(index, page);
        stack->removeWidget(standIn);
        if (shown)
            stack->setCurrentIndex(index);
    }
    delete standIn;
    fitStackToShownPage();
}

void MainWindow::fitStackToShownPage() const
{
    QStackedWidget *stack = m_ui->pagesStackedWidget;
    const int shown = stack->currentIndex();
    for (int i = 0; i < stack->count(); ++i) {
        const auto policy = i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        stack->widget(i)->setSizePolicy(policy, policy);
    }
    stack->updateGeometry();
}

RecordListPage *MainWindow::recordPage(const QString &key) const
{
    for (int kind = 0; kind < int(m_recordKinds.size()); ++kind) {
        if (m_recordKinds.at(kind)->key() == key)
            return qobject_cast<RecordListPage *>(page(ReportPageIndex + 1 + kind));
    }
    return nullptr;
}

void MainWindow::showRecordPage(const QString &key)
{
    for (int kind = 0; kind < int(m_recordKinds.size()); ++kind) {
        if (m_recordKinds.at(kind)->key() == key)
            m_ui->navigationListWidget->setCurrentRow(ReportPageIndex + 1 + kind);
    }
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationListWidget->setCurrentRow(page);
}

void MainWindow::chooseDatabase()
{
    const QString current =
            m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path =
            FileDialog::getOpenFileName(this, tr("Open database"), current,
                                        tr("CDS Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == storedLanguage())
        return;
    storeLanguage(language);
    MessageBox::information(this, tr("Language"),
                            tr("The new language will be used the next time CDS Desk starts."));
}

void MainWindow::editSettings()
{
    const QString before = storedLanguage();
    const std::optional<QString> language = SettingsDialog::editSettings(this);
    if (!language || *language == before)
        return;
    m_ui->vietnameseLanguageAction->setChecked(*language == QStringLiteral("vi"));
    m_ui->englishLanguageAction->setChecked(*language == QStringLiteral("en"));
    MessageBox::information(this, tr("Language"),
                            tr("The new language will be used the next time CDS Desk starts."));
}

void MainWindow::showAbout()
{
    MessageBox::about(
            this, tr("About CDS Desk"),
            tr("<h3>CDS Desk %1</h3>"
               "<p>Community digital technology teams, digital transformation campaigns and the "
               "official report.</p>"
               "<p>Licence: MIT. Copyright CDS Desk contributors.</p>"
               "<p>Administrative-unit data: General Statistics Office of Viet Nam (GSO), "
               "via the public dvhcvn dataset; data date 01/10/2022.</p>"
               "<p>Built with Qt %2; running on Qt %3.</p>")
                    .arg(QStringLiteral(CDS_VERSION), QStringLiteral(QT_VERSION_STR),
                         QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    // Document first, as desktop windows name themselves: "<campaign> – <file> – CDS Desk".
    QStringList parts;
    if (m_database && m_campaignId != 0) {
        QList<CampaignSummary> campaigns;
        QString error;
        // A failed query only leaves the campaign out of the title; the
        // dashboard reports it.
        if (TeamStore(m_database->connection()).campaigns(&campaigns, &error)) {
            for (const CampaignSummary &campaign : std::as_const(campaigns)) {
                if (campaign.id == m_campaignId)
                    parts << campaign.name;
            }
        }
    }
    if (m_database)
        parts << QFileInfo(m_database->path()).fileName();
    parts << tr("CDS Desk");
    setWindowTitle(parts.join(QStringLiteral(" – ")));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->navigationListWidget && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusShownPage()
{
    QWidget *page = m_ui->pagesStackedWidget->currentWidget();
    if (!page || QApplication::activeModalWidget())
        return;
    for (const char *name : { "recordsTableView", "teamsTableView", "reportsTableView", "searchLineEdit" }) {
        auto *target = page->findChild<QWidget *>(QString::fromLatin1(name));
        if (target && target->isVisible() && target->isEnabled()) {
            target->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::fitToScreen(bool firstOpening)
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the window is shown:
    // keep room for a usual one so the status bar stays on the screen.
    const QSize frame(16, 40);
    const QSize room = (available.size() - frame).expandedTo(QSize(640, 480));
    QSize size = firstOpening ? QSize(1320, 840) : this->size();
    size = size.boundedTo(room);
    resize(size);
    QPoint position = firstOpening ? available.center() - QPoint(size.width() / 2, (size.height() + frame.height()) / 2)
                                   : pos();
    position.setX(std::clamp(position.x(), available.left(), std::max(available.left(), available.right() - size.width() - frame.width())));
    position.setY(std::clamp(position.y(), available.top(), std::max(available.top(), available.bottom() - size.height() - frame.height())));
    move(position);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A report draft with unsaved changes: Save / Discard / Cancel.
    if (m_reportPage && !m_reportPage->maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (!m_closing && m_worker && changedSinceBackup()) {
        // The exit backup runs on the worker while the window is already
        // gone from the screen; the window closes when it is written.
        m_closing = true;
        event->ignore();
        hide();
        if (m_dashboardPage)
            m_dashboardPage->setWorker(nullptr);
        if (m_reportPage)
            m_reportPage->setWorker(nullptr);
        if (m_teamsPage)
            m_teamsPage->setWorker(nullptr);
        takeAutomaticBackup(true, [this] {
            close();
            // Hidden already, the window's close may not end the event loop.
            const QWidgetList windows = QApplication::topLevelWidgets();
            if (std::none_of(windows.cbegin(), windows.cend(), [](const QWidget *w) { return w->isVisible(); }))
                QCoreApplication::quit();
        });
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::importFromFile()
{
    if (!m_database)
        return;
    // The dialog tells DataChangeNotifier, so the pages refresh themselves.
    const std::optional<QString> summary = ImportDialog::importInto(this, *m_database, m_campaignId);
    if (summary)
        statusBar()->showMessage(*summary, 10000);
}

void MainWindow::exportIntakeWorkbooks()
{
    if (m_database)
        exportIntakeWorkbooksFromWindow(this, *m_database, m_campaignId);
}

void MainWindow::importIntakeWorkbook()
{
    if (!m_database)
        return;
    const std::optional<intake::IntakeImportResult> result =
            IntakeImportDialog::importInto(this, *m_database, m_campaignId);
    if (!result)
        return;
    // One step on the undo stack for the whole workbook; the pages refresh.
    pushChange(m_undoStack, m_database->connection(), result->changeGroupId, QStringLiteral("team"));
    statusBar()->showMessage(tr("Intake workbook imported: %1 new, %2 changed, %3 unchanged")
                                     .arg(text::formatNumber(result->newCount()),
                                          text::formatNumber(result->changedCount()),
                                          text::formatNumber(result->unchangedCount())),
                             10000);
}

} // namespace cds
