#pragma once

#include "domain/AdminLevel.h"
#include "statistics/CampaignStatistics.h"

#include <QImage>
#include <QMap>
#include <QWidget>

#include <memory>

namespace Ui {
class DashboardPage;
}

namespace cds {

class CoverageChart;
class Database;
class DistrictMembersChart;
class StatTile;

// The overview of one campaign: totals, coverage per level and members per
// district. Every figure comes from computeCampaignStatistics(), the same
// code the printed report uses. Built to grow: a new chart or tile is one
// more widget fed from the same CampaignStatistics.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Lists the campaigns of database (nullptr empties the page) and shows
    // campaignId, or the latest campaign when campaignId is 0 or unknown.
    // Returns false and sets error (Vietnamese) when a query fails; the page
    // then shows the error too.
    bool setDatabase(const Database *database, int campaignId = 0, QString *error = nullptr);
    // Shows another campaign of the same database (selects it in the combo box).
    bool setCampaign(int campaignId, QString *error = nullptr);

    int campaignId() const { return m_statistics.campaignId; }
    const CampaignStatistics &statistics() const { return m_statistics; }

signals:
    // The user (or setDatabase) chose another campaign.
    void campaignChanged(int campaignId);

private:
    void onCampaignIndexChanged(int index);
    bool loadStatistics(int campaignId, QString *error);
    void showStatistics();
    void showError(const QString &message);
    void retitle();
    QString figureText(const Figure &figure) const;

    std::unique_ptr<Ui::DashboardPage> m_ui;
    const Database *m_database = nullptr;
    CampaignStatistics m_statistics;
    StatTile *m_teamsTile = nullptr;
    StatTile *m_membersTile = nullptr;
    StatTile *m_membersTrainedTile = nullptr;
    StatTile *m_mediaOutputsTile = nullptr;
    QMap<AdminLevel, StatTile *> m_coverageTiles;
    CoverageChart *m_coverageChart = nullptr;
    DistrictMembersChart *m_districtChart = nullptr;
    bool m_updatingCombo = false;
};

} // namespace cds
