#include "DashboardPage.h"
#include "ui_DashboardPage.h"

#include "DashboardExport.h"
#include "DrillDownDialog.h"
#include "LagListPanel.h"
#include "StatTile.h"
#include "charts/AudienceChart.h"
#include "charts/ChartPanel.h"
#include "charts/CoverageChart.h"
#include "charts/DistrictMembersChart.h"
#include "charts/RankedBarChart.h"
#include "charts/TrainingTimelineChart.h"
#include "common/ActivityPresentation.h"
#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "common/LevelPresentation.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardFigures.h"
#include "database/Database.h"
#include "database/DatabaseWorker.h"
#include "text/VietnameseText.h"
#include "units/UnitHistory.h"

#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QMenu>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cds {

namespace {

const QColor totalsAccent(0x4D, 0x4D, 0x4D);

QString coverageTileName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return QStringLiteral("provinceCoverageTile");
    case AdminLevel::District:
        return QStringLiteral("districtCoverageTile");
    case AdminLevel::Commune:
        return QStringLiteral("communeCoverageTile");
    case AdminLevel::Village:
        return QStringLiteral("villageCoverageTile");
    }
    return QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? text::formatDate(date) : QString();
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::DashboardPage>())
{
    m_ui->setupUi(this);
    m_ui->dashboardMessageLabel->hide();
    // An exported or printed dashboard says what it shows, in place of the filters.
    m_exportTitleLabel = new QLabel(this);
    m_exportTitleLabel->setObjectName(QStringLiteral("exportTitleLabel"));
    m_exportTitleLabel->setTextFormat(Qt::RichText);
    m_exportTitleLabel->hide();
    m_ui->dashboardLayout->insertWidget(0, m_exportTitleLabel);

    // Tiles: six totals in the first row, the coverage of each level in the second.
    m_teamsTile = new StatTile(QStringLiteral("teamsTile"), totalsAccent, this);
    m_membersTile = new StatTile(QStringLiteral("membersTile"), totalsAccent, this);
    m_membersTrainedTile = new StatTile(QStringLiteral("membersTrainedTile"), totalsAccent, this);
    m_trainingsTile = new StatTile(QStringLiteral("trainingsTile"), totalsAccent, this);
    m_eventsTile = new StatTile(QStringLiteral("eventsTile"), totalsAccent, this);
    m_mediaOutputsTile = new StatTile(QStringLiteral("mediaOutputsTile"), totalsAccent, this);
    const QList<StatTile *> totals = {m_teamsTile,    m_membersTile, m_membersTrainedTile,
                                      m_trainingsTile, m_eventsTile,  m_mediaOutputsTile};
    for (int i = 0; i < totals.size(); ++i)
        m_ui->tilesGridLayout->addWidget(totals[i], 0, 2 * i, 1, 2);
    int column = 0;
    for (const AdminLevel level : allAdminLevels) {
        auto *tile = new StatTile(coverageTileName(level), levelColor(level), this);
        m_coverageTiles.insert(level, tile);
        m_ui->tilesGridLayout->addWidget(tile, 1, column, 1, 3);
        column += 3;
        connect(tile, &StatTile::clicked, this, [this, level] { showLevelUnits(level); });
    }
    for (int i = 0; i < 12; ++i)
        m_ui->tilesGridLayout->setColumnStretch(i, 1);
    connect(m_teamsTile, &StatTile::clicked, this, &DashboardPage::showTeams);
    connect(m_membersTile, &StatTile::clicked, this, &DashboardPage::showTeams);
    connect(m_membersTrainedTile, &StatTile::clicked, this, [this] { showTrainings(); });
    connect(m_trainingsTile, &StatTile::clicked, this, [this] { showTrainings(); });
    connect(m_eventsTile, &StatTile::clicked, this, [this] { showEvents(); });
    connect(m_mediaOutputsTile, &StatTile::clicked, this, [this] { showMediaOutputs(); });

    // Charts: coverage, districts and the lag list; then trainings, audience and media.
    m_coverageChart = new CoverageChart(this);
    m_districtChart = new DistrictMembersChart(this);
    m_trainingChart = new TrainingTimelineChart(this);
    m_audienceChart = new AudienceChart(this);
    m_mediaKindChart = new RankedBarChart(QStringLiteral("mediaKindChart"), QString(), charts::accentColor(3), this);
    m_mediaOutletChart =
            new RankedBarChart(QStringLiteral("mediaOutletChart"), QString(), charts::accentColor(0).darker(115), this);

    m_lagPanel = new LagListPanel(this);
    connect(m_lagPanel, &LagListPanel::printRequested, this, &DashboardPage::previewLagList);
    connect(m_lagPanel, &LagListPanel::levelActivated, this, &DashboardPage::showLaggingUnits);

    QGridLayout *grid = m_ui->chartsGridLayout;
    grid->addWidget(m_coverageChart, 0, 0, 1, 4);
    grid->addWidget(m_districtChart, 0, 4, 1, 5);
    grid->addWidget(m_lagPanel, 0, 9, 1, 3);
    grid->addWidget(m_trainingChart, 1, 0, 1, 3);
    grid->addWidget(m_audienceChart, 1, 3, 1, 3);
    grid->addWidget(m_mediaKindChart, 1, 6, 1, 3);
    grid->addWidget(m_mediaOutletChart, 1, 9, 1, 3);
    for (int i = 0; i < 12; ++i)
        grid->setColumnStretch(i, 1);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 4);
    m_ui->contentLayout->setStretchFactor(grid, 1);

    connect(m_coverageChart, &CoverageChart::levelClicked, this, &DashboardPage::showLevelUnits);
    connect(m_districtChart, &DistrictMembersChart::districtClicked, this, &DashboardPage::showDistrictTeams);
    connect(m_trainingChart, &TrainingTimelineChart::monthClicked, this, &DashboardPage::showTrainings);
    connect(m_audienceChart, &AudienceChart::channelClicked, this, &DashboardPage::showEvents);
    connect(m_mediaKindChart, &RankedBarChart::itemClicked, this,
            [this](const QString &kind) { showMediaOutputs(kind, QString()); });
    connect(m_mediaOutletChart, &RankedBarChart::itemClicked, this,
            [this](const QString &outlet) { showMediaOutputs(QString(), outlet); });

    auto *exportMenu = new QMenu(m_ui->exportButton);
    QAction *png = exportMenu->addAction(tr("Dashboard as PNG picture…"));
    png->setObjectName(QStringLiteral("exportDashboardPngAction"));
    connect(png, &QAction::triggered, this, &DashboardPage::exportPng);
    QAction *pdf = exportMenu->addAction(tr("Dashboard as PDF (A4 landscape)…"));
    pdf->setObjectName(QStringLiteral("exportDashboardPdfAction"));
    connect(pdf, &QAction::triggered, this, &DashboardPage::exportPdf);
    QAction *print = exportMenu->addAction(tr("Print dashboard…"));
    print->setObjectName(QStringLiteral("printDashboardAction"));
    connect(print, &QAction::triggered, this, &DashboardPage::printDashboard);
    m_ui->exportButton->setMenu(exportMenu);

    retitle();
    showStatistics();

    connect(m_ui->campaignComboBox, &QComboBox::currentIndexChanged, this, &DashboardPage::onCampaignIndexChanged);
    connect(m_ui->districtComboBox, &QComboBox::currentIndexChanged, this, &DashboardPage::onDistrictIndexChanged);
    connect(m_ui->periodCheckBox, &QCheckBox::toggled, this, &DashboardPage::onPeriodChanged);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &DashboardPage::onPeriodChanged);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &DashboardPage::onPeriodChanged);
    connect(DataChangeNotifier::instance(), &DataChangeNotifier::dataChanged, this, &DashboardPage::onDataChanged);
}

DashboardPage::~DashboardPage() = default;

DrillDownDialog *DashboardPage::lastDrillDown() const
{
    return qobject_cast<DrillDownDialog *>(m_lastDrillDown.data());
}

void DashboardPage::retitle()
{
    m_teamsTile->setTitle(tr("Community digital technology teams"));
    m_membersTile->setTitle(tr("Members"));
    m_membersTrainedTile->setTitle(tr("Members trained"));
    m_trainingsTile->setTitle(tr("Training sessions"));
    m_eventsTile->setTitle(tr("Events"));
    m_mediaOutputsTile->setTitle(tr("Media outputs"));
    for (auto it = m_coverageTiles.cbegin(); it != m_coverageTiles.cend(); ++it)
        it.value()->setTitle(tr("Coverage, %1").arg(levelName(it.key()).toLower()));
    const QString tileTip = tr("Click to see the list behind this figure.");
    for (StatTile *tile : findChildren<StatTile *>())
        tile->setToolTip(tileTip);
    m_lagPanel->retitle();
    m_mediaKindChart->setChartTitle(tr("Media outputs by kind"));
    m_mediaOutletChart->setChartTitle(tr("Media outputs by outlet"));
}

// Campaigns and filters ------------------------------------------------------

bool DashboardPage::setDatabase(const Database *database, int campaignId, QString *error)
{
    m_database = database;
    m_stale = false;
    m_options = StatisticsOptions();
    const bool ok = fillCampaigns(campaignId, error);
    emit campaignChanged(m_campaignId);
    return ok;
}

bool DashboardPage::fillCampaigns(int campaignId, QString *error)
{
    m_statistics = CampaignStatistics();
    m_previous = CampaignStatistics();
    m_campaignId = 0;
    if (m_job)
        m_job->cancel();
    m_lag.clear();
    m_campaigns.clear();
    m_updating = true;
    m_ui->campaignComboBox->clear();
    m_updating = false;

    QString message;
    if (m_database && !TeamStore(m_database->connection()).campaigns(&m_campaigns, &message)) {
        showError(message);
        if (error)
            *error = message;
        showStatistics();
        return false;
    }

    m_updating = true;
    int selected = m_campaigns.isEmpty() ? -1 : 0;
    for (const auto &campaign : std::as_const(m_campaigns)) {
        if (campaign.id == campaignId)
            selected = m_ui->campaignComboBox->count();
        m_ui->campaignComboBox->addItem(campaign.name, campaign.id);
    }
    m_ui->campaignComboBox->setCurrentIndex(selected);
    m_updating = false;

    if (selected < 0) {
        m_ui->dashboardMessageLabel->hide();
        fillDistricts();
        showStatistics();
        return true;
    }
    const int shown = m_ui->campaignComboBox->itemData(selected).toInt();
    if (shown != campaignId)
        resetPeriod();
    return loadStatistics(shown, error);
}

bool DashboardPage::setCampaign(int campaignId, QString *error)
{
    const int index = m_ui->campaignComboBox->findData(campaignId);
    if (index < 0) {
        const QString message = tr("The campaign %1 is not in this database.").arg(campaignId);
        if (error)
            *error = message;
        return false;
    }
    if (campaignId == m_campaignId)
        return true;
    m_updating = true;
    m_ui->campaignComboBox->setCurrentIndex(index);
    m_updating = false;
    resetPeriod();
    const bool ok = loadStatistics(campaignId, error);
    emit campaignChanged(m_campaignId);
    return ok;
}

void DashboardPage::onCampaignIndexChanged(int index)
{
    if (m_updating || index < 0)
        return;
    resetPeriod();
    loadStatistics(m_ui->campaignComboBox->itemData(index).toInt(), nullptr);
    emit campaignChanged(m_campaignId);
}

bool DashboardPage::setDistrict(int districtId, QString *error)
{
    const int index = m_ui->districtComboBox->findData(districtId);
    if (index < 0) {
        if (error)
            *error = m_areaLevel == AdminLevel::Commune ? tr("The commune %1 is not in this campaign.").arg(districtId)
                                                        : tr("The district %1 is not in this campaign.").arg(districtId);
        return false;
    }
    m_updating = true;
    m_ui->districtComboBox->setCurrentIndex(index);
    m_updating = false;
    m_options.districtId = districtId;
    return loadStatistics(m_campaignId, error);
}

void DashboardPage::onDistrictIndexChanged(int index)
{
    if (m_updating || index < 0)
        return;
    m_options.districtId = m_ui->districtComboBox->itemData(index).toInt();
    loadStatistics(m_campaignId, nullptr);
}

bool DashboardPage::setPeriod(const QDate &from, const QDate &to, QString *error)
{
    m_updating = true;
    const bool on = from.isValid() || to.isValid();
    m_ui->periodCheckBox->setChecked(on);
    if (from.isValid())
        m_ui->fromDateEdit->setDate(from);
    if (to.isValid())
        m_ui->toDateEdit->setDate(to);
    m_ui->fromDateEdit->setEnabled(on);
    m_ui->toDateEdit->setEnabled(on);
    m_updating = false;
    m_options.from = from;
    m_options.to = to;
    return loadStatistics(m_campaignId, error);
}

void DashboardPage::onPeriodChanged()
{
    if (m_updating)
        return;
    const bool on = m_ui->periodCheckBox->isChecked();
    m_ui->fromDateEdit->setEnabled(on);
    m_ui->toDateEdit->setEnabled(on);
    m_options.from = on ? m_ui->fromDateEdit->date() : QDate();
    m_options.to = on ? m_ui->toDateEdit->date() : QDate();
    loadStatistics(m_campaignId, nullptr);
}

void DashboardPage::resetPeriod()
{
    m_options.from = QDate();
    m_options.to = QDate();
    m_updating = true;
    m_ui->periodCheckBox->setChecked(false);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->toDateEdit->setEnabled(false);
    m_updating = false;
}

void DashboardPage::fillDistricts()
{
    QList<UnitSummary> districts;
    AdminLevel level = AdminLevel::District;
    if (m_database && m_campaignId != 0)
        DashboardStore(m_database->connection()).areas(m_campaignId, &districts, &level, nullptr);
    showDistricts(districts, level);
}

void DashboardPage::showDistricts(const QList<UnitSummary> &districts, AdminLevel level)
{
    // A two-level province (since 01/07/2025) is filtered by commune.
    m_areaLevel = level;
    if (m_areaLevel == AdminLevel::Commune) {
        m_ui->districtLabel->setText(tr("&Commune:"));
        m_ui->districtComboBox->setToolTip(tr("Restricts every figure to this commune and the units below it."));
    } else {
        m_ui->districtLabel->setText(tr("&District:"));
        m_ui->districtComboBox->setToolTip(tr("Restricts every figure to this district and the units below it."));
    }
    m_updating = true;
    m_ui->districtComboBox->clear();
    m_ui->districtComboBox->addItem(tr("Whole province"), 0);
    int selected = 0;
    for (const UnitSummary &district : std::as_const(districts)) {
        if (district.id == m_options.districtId)
            selected = m_ui->districtComboBox->count();
        m_ui->districtComboBox->addItem(district.name, district.id);
    }
    m_ui->districtComboBox->setCurrentIndex(selected);
    m_ui->districtComboBox->setEnabled(!districts.isEmpty());
    m_updating = false;
    m_options.districtId = m_ui->districtComboBox->currentData().toInt();
}

bool DashboardPage::refresh(QString *error)
{
    m_stale = false;
    m_figuresStale = false;
    m_refreshPending = false;
    const int shown = m_campaignId;
    const bool ok = fillCampaigns(shown, error);
    if (m_campaignId != shown)
        emit campaignChanged(m_campaignId);
    return ok;
}

void DashboardPage::onDataChanged(const QString &table)
{
    // Report drafts hold no figure of the dashboard.
    if (table == QLatin1String("report"))
        return;
    if (table == QLatin1String("campaign") || table == QLatin1String("admin_unit") || table.isEmpty())
        m_stale = true;
    else
        m_figuresStale = true;
    if (!isVisible())
        return;
    // One reload for a burst of changes (an import saves many rows).
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_refreshPending)
            return;
        if (m_stale)
            refresh();
        else
            refreshFigures();
    });
}

void DashboardPage::refreshFigures()
{
    m_figuresStale = false;
    m_refreshPending = false;
    if (m_database && m_campaignId != 0)
        loadStatistics(m_campaignId, nullptr);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Only what a write changed while the page was hidden is read again
    // (on the worker); nothing when nothing was written.
    if (m_stale && m_database)
        refresh();
    else if (m_figuresStale && m_database)
        refreshFigures();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
}

void DashboardPage::setExportMode(bool exportMode)
{
    m_exportMode = exportMode;
    for (int i = 0; i < m_ui->filtersLayout->count(); ++i) {
        if (QWidget *widget = m_ui->filtersLayout->itemAt(i)->widget())
            widget->setVisible(!exportMode);
    }
    m_exportTitleLabel->setText(exportMode ? exportTitle() : QString());
    m_exportTitleLabel->setVisible(exportMode);
    m_ui->exportButton->setVisible(!exportMode);
    m_lagPanel->setExportMode(exportMode);
    const Qt::ScrollBarPolicy scrollBars = exportMode ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    m_ui->dashboardScrollArea->setVerticalScrollBarPolicy(scrollBars);
    m_ui->dashboardScrollArea->setHorizontalScrollBarPolicy(scrollBars);
    for (ChartPanel *chart : findChildren<ChartPanel *>())
        chart->setSaveButtonVisible(!exportMode);
}

// Figures ---------------------------------------------------------------------

void DashboardPage::setWorker(DatabaseWorker *worker)
{
    if (m_job)
        m_job->cancel();
    m_worker = worker;
}

bool DashboardPage::figuresPending() const
{
    return m_job != nullptr;
}

bool DashboardPage::loadStatistics(int campaignId, QString *error)
{
    const bool newCampaign = campaignId != m_campaignId || m_statistics.campaignId == 0;
    m_statistics = CampaignStatistics();
    m_previous = CampaignStatistics();
    m_lag.clear();
    m_warnings.clear();
    if (m_job) {
        // Its figures are for other filters: they are dropped when they come.
        m_job->cancel();
        m_job = nullptr;
    }
    m_campaignId = m_database ? campaignId : 0;
    if (!m_database || campaignId == 0) {
        showStatistics();
        emit figuresShown();
        return false;
    }
    const bool withAreas = newCampaign || m_ui->districtComboBox->count() == 0;
    if (!m_worker) {
        if (withAreas)
            fillDistricts();
        const DashboardFigures figures =
                readDashboardFigures(m_database->connection(), campaignId, m_options, m_campaigns);
        return applyFigures(campaignId, newCampaign, figures, error);
    }
    // The figures are read on the worker; the page shows it is counting.
    showStatistics();
    showError(tr("Counting the figures …"));
    const StatisticsOptions options = m_options;
    const QList<CampaignSummary> campaigns = m_campaigns;
    // A new campaign's districts are read there too (the filter then lists
    // them, and the figures are for "whole province" or the district kept).
    m_job = m_worker->run([campaignId, options, campaigns, withAreas](const QSqlDatabase &db, JobControl &, QString *) {
        QVariantMap result;
        StatisticsOptions read = options;
        if (withAreas) {
            QList<UnitSummary> districts;
            AdminLevel level = AdminLevel::District;
            DashboardStore(db).areas(campaignId, &districts, &level, nullptr);
            QVariantList areas;
            bool kept = false;
            for (const UnitSummary &district : std::as_const(districts)) {
                areas << QVariant(QVariantList{ district.id, district.name });
                kept = kept || district.id == options.districtId;
            }
            if (!kept)
                read.districtId = 0; // as showDistricts() will choose
            result.insert(QStringLiteral("areas"), areas);
            result.insert(QStringLiteral("areaLevel"), int(level));
        }
        result.insert(QStringLiteral("figures"), QVariant::fromValue(readDashboardFigures(db, campaignId, read, campaigns)));
        return QVariant(result);
    });
    DatabaseJob *job = m_job;
    connect(job, &DatabaseJob::finished, this, [this, job, campaignId, newCampaign] {
        if (job != m_job || job->isCancelled())
            return;
        m_job = nullptr;
        const QVariantMap result = job->result().toMap();
        if (result.contains(QStringLiteral("areas"))) {
            QList<UnitSummary> districts;
            for (const QVariant &area : result.value(QStringLiteral("areas")).toList()) {
                const QVariantList pair = area.toList();
                districts << UnitSummary{ pair.value(0).toInt(), pair.value(1).toString() };
            }
            showDistricts(districts, AdminLevel(result.value(QStringLiteral("areaLevel")).toInt()));
        }
        DashboardFigures figures = result.value(QStringLiteral("figures")).value<DashboardFigures>();
        if (!job->error().isEmpty())
            figures.error = job->error();
        applyFigures(campaignId, newCampaign, figures, nullptr);
    });
    return true;
}

bool DashboardPage::applyFigures(int campaignId, bool newCampaign, const DashboardFigures &figures, QString *error)
{
    if (!figures.error.isEmpty()) {
        m_statistics = CampaignStatistics();
        m_previous = CampaignStatistics();
        m_lag.clear();
        m_warnings.clear();
        showError(figures.error);
        showStatistics();
        if (error)
            *error = figures.error;
        emit figuresShown();
        return false;
    }
    Q_ASSERT(figures.statistics.campaignId == campaignId);
    m_statistics = figures.statistics;
    m_previous = figures.previous;
    m_lag = figures.lag;
    m_warnings = figures.warnings;
    if (newCampaign && !m_options.hasPeriod()) {
        m_updating = true;
        const QDate start = m_statistics.startDate.isValid() ? m_statistics.startDate
                                                             : QDate(m_statistics.year, 1, 1);
        const QDate end = m_statistics.endDate.isValid() ? m_statistics.endDate : QDate(m_statistics.year, 12, 31);
        m_ui->fromDateEdit->setDate(start);
        m_ui->toDateEdit->setDate(end);
        m_updating = false;
    }

    m_ui->dashboardMessageLabel->hide();
    QStringList messages;
    if (m_options.hasPeriod() && m_statistics.undatedActivities > 0)
        messages << tr("%n training(s), event(s) or media output(s) without a date are not counted in this period.",
                       nullptr, m_statistics.undatedActivities);
    messages << figures.comparisonNote;
    messages.removeAll(QString());
    if (!messages.isEmpty()) {
        m_ui->dashboardMessageLabel->setText(messages.join(u'\n'));
        m_ui->dashboardMessageLabel->show();
    }
    showStatistics();
    emit figuresShown();
    return true;
}

void DashboardPage::showError(const QString &message)
{
    m_ui->dashboardMessageLabel->setText(message);
    m_ui->dashboardMessageLabel->setVisible(!message.isEmpty());
}

QString DashboardPage::changeFor(qint64 current, qint64 previous) const
{
    if (m_previous.campaignId == 0)
        return QString();
    return changeText(current, previous, m_previous.year);
}

void DashboardPage::showStatistics()
{
    const auto &s = m_statistics;
    const auto &p = m_previous;
    const bool hasData = s.campaignId != 0;
    const QString none = QStringLiteral("–");

    if (p.campaignId != 0)
        m_ui->comparisonLabel->setText(tr("Compared with: %1").arg(p.campaignName));
    else
        m_ui->comparisonLabel->setText(hasData ? tr("No earlier campaign to compare with") : QString());

    m_teamsTile->setValue(hasData ? text::formatNumber(s.totalTeams) : none);
    m_teamsTile->setDetail(hasData ? tr("at all levels") : QString());
    m_teamsTile->setChange(hasData ? changeFor(s.totalTeams, p.totalTeams) : QString());
    // Unknown is not zero: teams that have not reported their members are named, not counted as 0.
    const int unreportedTeams = s.totalTeams - s.reportedTeams;
    m_membersTile->setValue(hasData ? (s.reportedTeams > 0 || s.totalTeams == 0 ? figureDisplayText(s.totalMemberFigure) : tr("not reported")) : none);
    m_membersTile->setDetail(!hasData ? QString()
                             : unreportedTeams > 0 ? tr("%n team(s) not reported", nullptr, unreportedTeams)
                                                   : tr("in all teams"));
    m_membersTile->setChange(hasData ? changeFor(s.totalMembers, p.totalMembers) : QString());
    m_membersTrainedTile->setValue(hasData ? figureDisplayText(s.membersTrained) : none);
    m_membersTrainedTile->setDetail(hasData ? tr("listed, or declared by the organisers") : QString());
    m_membersTrainedTile->setChange(hasData ? changeFor(s.membersTrained.value, p.membersTrained.value) : QString());
    m_trainingsTile->setValue(hasData ? text::formatNumber(s.trainingSessions) : none);
    m_trainingsTile->setDetail(hasData ? tr("training sessions held") : QString());
    m_trainingsTile->setChange(hasData ? changeFor(s.trainingSessions, p.trainingSessions) : QString());
    m_eventsTile->setValue(hasData ? text::formatNumber(s.events) : none);
    m_eventsTile->setDetail(hasData ? tr("%1 in person · %2 online · %3 livestream views")
                                              .arg(figureDisplayText(s.eventAudience.inPerson),
                                                   figureDisplayText(s.eventAudience.online),
                                                   figureDisplayText(s.eventAudience.livestreamViews))
                                    : QString());
    m_eventsTile->setChange(hasData ? changeFor(s.events, p.events) : QString());
    m_mediaOutputsTile->setValue(hasData ? figureDisplayText(s.mediaOutputs) : none);
    m_mediaOutputsTile->setDetail(hasData ? tr("%1 outlet(s)", nullptr, int(s.mediaByOutlet.size()))
                                                    .arg(text::formatNumber(s.mediaByOutlet.size()))
                                          : QString());
    m_mediaOutputsTile->setChange(hasData ? changeFor(s.mediaOutputs.value, p.mediaOutputs.value) : QString());

    for (auto it = m_coverageTiles.cbegin(); it != m_coverageTiles.cend(); ++it) {
        // A level outside the campaign's scope is not shown as "0/N" coverage.
        const LevelStatistics *level = s.level(it.key());
        if (level && !level->inScope)
            level = nullptr;
        StatTile *tile = it.value();
        tile->setVisible(!hasData || level);
        if (!level) {
            tile->setValue(none);
            tile->setDetail(QString());
            tile->setChange(QString());
            continue;
        }
        tile->setValue(level->coverageText());
        tile->setDetail(tr("%1 of units · %2 team(s)", nullptr, level->teams)
                                .arg(text::formatPercent(level->coveragePercent(), 1), text::formatNumber(level->teams)));
        const LevelStatistics *before = p.level(it.key());
        tile->setChange(before ? changeFor(level->unitsWithTeam, before->unitsWithTeam) : QString());
    }

    QList<LevelStatistics> levelsInScope;
    for (const LevelStatistics &level : std::as_const(s.levels)) {
        if (level.inScope)
            levelsInScope << level;
    }
    m_coverageChart->setLevels(levelsInScope);
    m_districtChart->setDistricts(s.districts, s.areaLevel);
    m_trainingChart->setMonths(s.trainingsByMonth);
    m_audienceChart->setAudience(s.eventAudience);
    QList<RankedItem> kinds;
    for (const MediaKindStatistics &kind : s.mediaByKind)
        kinds << RankedItem{kind.kind, mediaKindName(kind.kind), kind.items};
    m_mediaKindChart->setItems(kinds);
    QList<RankedItem> outlets;
    for (const MediaOutletStatistics &outlet : s.mediaByOutlet)
        outlets << RankedItem{outlet.outlet, outlet.outlet, outlet.items};
    m_mediaOutletChart->setItems(outlets);
    showLag();
}

void DashboardPage::showLag()
{
    m_lagPanel->setLagList(m_lag, m_warnings, m_statistics.campaignId != 0, m_areaLevel);
}

QString DashboardPage::scopeName() const
{
    if (m_options.districtId == 0)
        return QStringLiteral("toàn tỉnh");
    for (const DistrictStatistics &district : m_statistics.districts) {
        if (district.unitId == m_options.districtId)
            return district.name;
    }
    return m_ui->districtComboBox->currentText();
}

QString DashboardPage::filterSummary() const
{
    QString summary = m_statistics.campaignName;
    if (m_options.districtId != 0)
        summary += QStringLiteral(" · ") + m_ui->districtComboBox->currentText();
    if (m_options.hasPeriod())
        summary += QStringLiteral(" · ") + tr("%1 to %2").arg(dateText(m_options.from), dateText(m_options.to));
    return summary;
}

// Printing and export ---------------------------------------------------------

QString DashboardPage::exportTitle() const
{
    QStringList details;
    details << tr("Scope: %1").arg(m_ui->districtComboBox->currentText());
    if (m_options.hasPeriod())
        details << tr("Period: %1 to %2").arg(dateText(m_options.from), dateText(m_options.to));
    if (m_previous.campaignId != 0)
        details << tr("Compared with: %1").arg(m_previous.campaignName);
    details << tr("Figures of %1").arg(dateText(QDate::currentDate()));
    return QStringLiteral("<div style='font-size:15pt; font-weight:bold'>%1</div><div>%2 · CDS Desk</div>")
            .arg(tr("Overview: %1").arg(m_statistics.campaignName).toHtmlEscaped(),
                 details.join(QStringLiteral(" · ")).toHtmlEscaped());
}

void DashboardPage::showSavedExport(const QString &path)
{
    const QString message = tr("Dashboard saved to %1").arg(QDir::toNativeSeparators(path));
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(message, 8000);
    else
        MessageBox::information(this, tr("Export the dashboard"), message);
}

QString DashboardPage::lagListHtml() const
{
    return cds::lagListHtml(m_statistics.campaignName, scopeName(), m_lag, QDate::currentDate(), m_warnings);
}

void DashboardPage::printLagList(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(lagListHtml());
    document.print(printer);
}

void DashboardPage::previewLagList()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Units without a team"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &DashboardPage::printLagList);
    preview.exec();
}

void DashboardPage::exportPng()
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export the dashboard"),
                                                     QDir::home().filePath(QStringLiteral("dashboard.png")),
                                                     tr("PNG picture (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDashboard(*m_database, m_statistics.campaignId, path, &error, m_options))
        MessageBox::warning(this, tr("Export the dashboard"), error);
    else
        showSavedExport(path);
}

void DashboardPage::exportPdf()
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export the dashboard"),
                                                     QDir::home().filePath(QStringLiteral("dashboard.pdf")),
                                                     tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDashboard(*m_database, m_statistics.campaignId, path, &error, m_options))
        MessageBox::warning(this, tr("Export the dashboard"), error);
    else
        showSavedExport(path);
}

void DashboardPage::printDashboard()
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(dashboardPageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!cds::printDashboard(*m_database, m_statistics.campaignId, &printer, &error, m_options))
        MessageBox::warning(this, tr("Print dashboard"), error);
}

} // namespace cds
