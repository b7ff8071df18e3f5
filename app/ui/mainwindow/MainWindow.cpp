#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "common/AppSettings.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"
#include "i18n/Language.h"
#include "report/ReportPage.h"
#include "statistics/CampaignStatistics.h"
#include "teams/TeamsPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>

namespace cds {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    m_dashboardPage = new DashboardPage(this);
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    m_teamsPage = new TeamsPage(this);
    m_teamsPage->setObjectName(QStringLiteral("teamsPage"));
    m_reportPage = new ReportPage(this);
    m_reportPage->setObjectName(QStringLiteral("reportPage"));
    m_ui->pagesStackedWidget->insertWidget(DashboardPageIndex, m_dashboardPage);
    m_ui->pagesStackedWidget->insertWidget(TeamsPageIndex, m_teamsPage);
    m_ui->pagesStackedWidget->insertWidget(ReportPageIndex, m_reportPage);

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
    connect(navigation, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);

    connect(m_dashboardPage, &DashboardPage::campaignChanged, this, &MainWindow::onCampaignChanged);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->openDatabaseButton, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    connect(m_ui->loadDemoButton, &QPushButton::clicked, this, &MainWindow::loadDemoCampaign);
    connect(m_ui->exportReportPdfAction, &QAction::triggered, m_reportPage, &ReportPage::exportPdf);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

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

    AppSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());

    refreshFromDatabase(0);
}

MainWindow::~MainWindow()
{
    // Pages hold no query objects, but clear them before the connection goes.
    m_dashboardPage->setDatabase(nullptr);
    m_teamsPage->setCampaign(nullptr, 0);
    m_reportPage->setCampaign(nullptr, 0);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto database =
            std::make_unique<Database>(QStringLiteral("cdsdesk-ui-%1").arg(++m_connectionCounter));
    const Database::OpenResult result = database->open(path);
    if (result.error != DatabaseError::None) {
        MessageBox::critical(this, tr("Cannot open the database"),
                             tr("The file %1 was not opened and has not been changed.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), result.message));
        return false;
    }

    setDatabase(std::move(database));
    if (result.created)
        statusBar()->showMessage(
                tr("Created a new database: %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // Detach the pages from the old connection before it is removed.
    m_dashboardPage->setDatabase(nullptr);
    m_teamsPage->setCampaign(nullptr, 0);
    m_reportPage->setCampaign(nullptr, 0);
    m_campaignId = 0;
    m_database = std::move(database);
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

bool MainWindow::setCampaign(int campaignId)
{
    return m_dashboardPage->setCampaign(campaignId);
}

void MainWindow::refreshFromDatabase(int campaignId)
{
    const int latest = m_database ? latestCampaignId(m_database->connection()) : 0;
    if (latest == 0) {
        m_dashboardPage->setDatabase(m_database.get());
        m_ui->noCampaignLabel->setText(
                m_database ? tr("The database %1 holds no campaign yet.\n"
                                "Load the demo campaign to try CDS Desk, or open another database.")
                                     .arg(QDir::toNativeSeparators(m_database->path()))
                           : tr("No database is open."));
        m_ui->loadDemoButton->setVisible(m_database != nullptr);
        m_ui->centralStackedWidget->setCurrentWidget(m_ui->noCampaignPage);
        m_ui->exportReportPdfAction->setEnabled(false);
        updateTitle();
        return;
    }
    m_ui->centralStackedWidget->setCurrentWidget(m_ui->workspacePage);
    m_ui->exportReportPdfAction->setEnabled(true);
    // Emits campaignChanged(), which updates the other pages.
    m_dashboardPage->setDatabase(m_database.get(), campaignId);
}

void MainWindow::onCampaignChanged(int campaignId)
{
    m_campaignId = campaignId;
    m_teamsPage->setCampaign(m_database.get(), campaignId);
    m_reportPage->setCampaign(m_database.get(), campaignId);
    updateTitle();
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

void MainWindow::showAbout()
{
    MessageBox::about(
            this, tr("About CDS Desk"),
            tr("<h3>CDS Desk %1</h3>"
               "<p>Community digital technology teams, digital transformation campaigns and the "
               "official report.</p>"
               "<p>Licence: MIT.</p>"
               "<p>Administrative-unit data: General Statistics Office of Viet Nam (GSO).</p>"
               "<p>Built with Qt %2.</p>")
                    .arg(QStringLiteral(CDS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    QString title = tr("CDS Desk");
    if (m_database)
        title = QFileInfo(m_database->path()).fileName() + QStringLiteral(" – ") + title;
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cds
