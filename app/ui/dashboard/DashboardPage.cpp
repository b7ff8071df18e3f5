#include "DashboardPage.h"
#include "ui_DashboardPage.h"

#include "StatTile.h"
#include "charts/CoverageChart.h"
#include "charts/DistrictMembersChart.h"
#include "common/LevelPresentation.h"
#include "database/Database.h"
#include "teams/TeamStore.h"
#include "text/VietnameseText.h"

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

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardPage>())
{
    m_ui->setupUi(this);
    m_ui->dashboardMessageLabel->hide();

    m_teamsTile = new StatTile(QStringLiteral("teamsTile"), totalsAccent, this);
    m_membersTile = new StatTile(QStringLiteral("membersTile"), totalsAccent, this);
    m_membersTrainedTile = new StatTile(QStringLiteral("membersTrainedTile"), totalsAccent, this);
    m_mediaOutputsTile = new StatTile(QStringLiteral("mediaOutputsTile"), totalsAccent, this);
    m_ui->tilesGridLayout->addWidget(m_teamsTile, 0, 0);
    m_ui->tilesGridLayout->addWidget(m_membersTile, 0, 1);
    m_ui->tilesGridLayout->addWidget(m_membersTrainedTile, 0, 2);
    m_ui->tilesGridLayout->addWidget(m_mediaOutputsTile, 0, 3);
    int column = 0;
    for (const AdminLevel level : allAdminLevels) {
        auto *tile = new StatTile(coverageTileName(level), levelColor(level), this);
        m_coverageTiles.insert(level, tile);
        m_ui->tilesGridLayout->addWidget(tile, 1, column++);
    }
    for (int i = 0; i < 4; ++i)
        m_ui->tilesGridLayout->setColumnStretch(i, 1);

    m_coverageChart = new CoverageChart(this);
    m_coverageChart->setObjectName(QStringLiteral("coverageChart"));
    m_districtChart = new DistrictMembersChart(this);
    m_districtChart->setObjectName(QStringLiteral("districtMembersChart"));
    m_ui->chartsLayout->addWidget(m_coverageChart, 2);
    m_ui->chartsLayout->addWidget(m_districtChart, 3);
    m_ui->dashboardLayout->setStretchFactor(m_ui->chartsLayout, 1);

    retitle();
    showStatistics();

    connect(m_ui->campaignComboBox, &QComboBox::currentIndexChanged, this,
            &DashboardPage::onCampaignIndexChanged);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::retitle()
{
    m_teamsTile->setTitle(tr("Community digital technology teams"));
    m_membersTile->setTitle(tr("Members"));
    m_membersTrainedTile->setTitle(tr("Members trained"));
    m_mediaOutputsTile->setTitle(tr("Media outputs"));
    for (auto it = m_coverageTiles.cbegin(); it != m_coverageTiles.cend(); ++it)
        it.value()->setTitle(tr("Coverage, %1").arg(levelName(it.key()).toLower()));
}

bool DashboardPage::setDatabase(const Database *database, int campaignId, QString *error)
{
    m_database = database;
    m_statistics = CampaignStatistics();
    m_updatingCombo = true;
    m_ui->campaignComboBox->clear();
    m_updatingCombo = false;

    QList<CampaignSummary> campaigns;
    QString message;
    if (database && !TeamStore(database->connection()).campaigns(&campaigns, &message)) {
        showError(message);
        if (error)
            *error = message;
        showStatistics();
        return false;
    }

    m_updatingCombo = true;
    int selected = campaigns.isEmpty() ? -1 : 0;
    for (const auto &campaign : std::as_const(campaigns)) {
        if (campaign.id == campaignId)
            selected = m_ui->campaignComboBox->count();
        m_ui->campaignComboBox->addItem(campaign.name, campaign.id);
    }
    m_ui->campaignComboBox->setCurrentIndex(selected);
    m_updatingCombo = false;

    if (selected < 0) {
        m_ui->dashboardMessageLabel->hide();
        showStatistics();
        emit campaignChanged(0);
        return true;
    }
    const bool ok = loadStatistics(m_ui->campaignComboBox->itemData(selected).toInt(), error);
    emit campaignChanged(m_statistics.campaignId);
    return ok;
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
    if (campaignId == m_statistics.campaignId)
        return true;
    m_updatingCombo = true;
    m_ui->campaignComboBox->setCurrentIndex(index);
    m_updatingCombo = false;
    const bool ok = loadStatistics(campaignId, error);
    emit campaignChanged(m_statistics.campaignId);
    return ok;
}

void DashboardPage::onCampaignIndexChanged(int index)
{
    if (m_updatingCombo || index < 0)
        return;
    loadStatistics(m_ui->campaignComboBox->itemData(index).toInt(), nullptr);
    emit campaignChanged(m_statistics.campaignId);
}

bool DashboardPage::loadStatistics(int campaignId, QString *error)
{
    m_statistics = CampaignStatistics();
    QString message;
    if (!m_database
        || !computeCampaignStatistics(m_database->connection(), campaignId, &m_statistics,
                                      &message)) {
        m_statistics = CampaignStatistics();
        showError(message);
        showStatistics();
        if (error)
            *error = message;
        return false;
    }
    m_ui->dashboardMessageLabel->hide();
    showStatistics();
    return true;
}

void DashboardPage::showError(const QString &message)
{
    m_ui->dashboardMessageLabel->setText(message);
    m_ui->dashboardMessageLabel->setVisible(!message.isEmpty());
}

QString DashboardPage::figureText(const Figure &figure) const
{
    // Figure::toText() prints the Vietnamese qualifier; the UI translates it.
    QString qualifier;
    switch (figure.qualifier) {
    case Qualifier::Exact:
        break;
    case Qualifier::MoreThan:
        qualifier = tr("more than");
        break;
    case Qualifier::Nearly:
        qualifier = tr("nearly");
        break;
    case Qualifier::About:
        qualifier = tr("about");
        break;
    case Qualifier::Over:
        qualifier = tr("over");
        break;
    }
    const QString number = text::formatNumber(figure.value);
    return qualifier.isEmpty() ? number : qualifier + QLatin1Char(' ') + number;
}

void DashboardPage::showStatistics()
{
    const auto &s = m_statistics;
    const bool hasData = s.campaignId != 0;
    const QString none = QStringLiteral("–");

    m_teamsTile->setValue(hasData ? text::formatNumber(s.totalTeams) : none);
    m_teamsTile->setDetail(hasData ? tr("at all levels") : QString());
    m_membersTile->setValue(hasData ? text::formatNumber(s.totalMembers) : none);
    m_membersTile->setDetail(hasData ? tr("in all teams") : QString());
    m_membersTrainedTile->setValue(hasData ? figureText(s.membersTrained) : none);
    m_membersTrainedTile->setDetail(
            hasData ? tr("%1 training session(s)", nullptr, s.trainingSessions)
                              .arg(text::formatNumber(s.trainingSessions))
                    : QString());
    m_mediaOutputsTile->setValue(hasData ? figureText(s.mediaOutputs) : none);
    m_mediaOutputsTile->setDetail(hasData ? tr("%1 outlet(s)", nullptr, int(s.mediaByOutlet.size()))
                                                    .arg(text::formatNumber(s.mediaByOutlet.size()))
                                          : QString());

    for (auto it = m_coverageTiles.cbegin(); it != m_coverageTiles.cend(); ++it) {
        const LevelStatistics *level = s.level(it.key());
        StatTile *tile = it.value();
        tile->setVisible(!hasData || level);
        if (!level) {
            tile->setValue(none);
            tile->setDetail(QString());
            continue;
        }
        tile->setValue(level->coverageText());
        tile->setDetail(tr("%1 of units · %2 team(s)", nullptr, level->teams)
                                .arg(text::formatPercent(level->coveragePercent(), 1),
                                     text::formatNumber(level->teams)));
    }

    m_coverageChart->setLevels(s.levels);
    m_districtChart->setDistricts(s.districts);
}

} // namespace cds
