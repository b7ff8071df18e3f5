#pragma once

#include "dashboard/DashboardStore.h"
#include "dashboard/LagListDocument.h"
#include "domain/AdminLevel.h"
#include "records/RecordKind.h"
#include "statistics/CampaignStatistics.h"
#include "teams/TeamStore.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPrinter;

namespace Ui {
class DashboardPage;
}

namespace cds {

class AudienceChart;
class CoverageChart;
class Database;
class DatabaseJob;
class DatabaseWorker;
struct DashboardFigures;
class DistrictMembersChart;
class DrillDownDialog;
class DrillDownModel;
class LagListPanel;
class RankedBarChart;
class StatTile;
class TrainingTimelineChart;

// The overview a manager reads: tiles with the campaign's totals and their
// change against the previous campaign, coverage per level, teams and members
// per district, trainings per month, media outputs by kind and outlet, event
// audience by channel and the units still without a team, all filtered by
// campaign, district and period. Every figure comes from
// computeCampaignStatistics() (the code the printed report uses) and every
// list behind a figure from DashboardStore. It follows the data: a change
// announced through DataChangeNotifier, or showing the page again, reloads it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Lists the campaigns of database (nullptr empties the page) and shows
    // campaignId, or the latest campaign when campaignId is 0 or unknown.
    // Returns false and sets error (translated) when a query fails; the page
    // then shows the error too.
    bool setDatabase(const Database *database, int campaignId = 0, QString *error = nullptr);
    // Shows another campaign of the same database (selects it in the combo box).
    // The period filter is switched off; the district is kept if the campaign has it.
    bool setCampaign(int campaignId, QString *error = nullptr);
    // Restricts every figure to a district (a level-2 unit id; 0: the whole province).
    bool setDistrict(int districtId, QString *error = nullptr);
    // Counts only the activities dated from..to (inclusive); two null dates
    // switch the period filter off.
    bool setPeriod(const QDate &from, const QDate &to, QString *error = nullptr);
    // Re-reads the campaigns, the districts and every figure, keeping the choices.
    bool refresh(QString *error = nullptr);

    // With a worker (for the file of the database shown), the figures are
    // read on it: setDatabase() and the filters return at once, the page
    // says it is counting, and the figures follow (figuresShown()). Without
    // one (nullptr, the default: exports, in-memory databases) they are read
    // before the call returns.
    void setWorker(DatabaseWorker *worker);
    // True while figures are being read on the worker.
    bool figuresPending() const;

    // For pictures of the whole page: no buttons, no scroll bars, and a title
    // (campaign, scope, period, date of the figures) in place of the filters.
    void setExportMode(bool exportMode);
    // The exported page's title lines: campaign; scope · period · "figures of" date.
    QString exportTitle() const;

    const Database *database() const { return m_database; }
    // The campaign chosen (its figures may still be on their way).
    int campaignId() const { return m_campaignId; }
    const StatisticsOptions &options() const { return m_options; }
    const CampaignStatistics &statistics() const { return m_statistics; }
    // The previous campaign's figures with the same options (its period moved
    // by the difference in years); campaignId 0 when there is none.
    const CampaignStatistics &previousStatistics() const { return m_previous; }
    // The database, campaign and undo stack a record opened from a drill-down
    // is edited with (the record lists' own context).
    void setRecordContext(const RecordContext &context) { m_context = context; }

    // The dialog opened by the last drill-down (null once closed).
    DrillDownDialog *lastDrillDown() const;

public slots:
    // Drill-downs: each opens the list behind a figure with the current filters.
    void showLevelUnits(cds::AdminLevel level);   // coverage bar or tile: every unit of the level
    void showLaggingUnits(cds::AdminLevel level); // "where it lags": the units without a team
    void showTeams();                              // teams and members tiles
    void showDistrictTeams(int districtId);        // a district's bars
    void showTrainings(const QDate &month = QDate());
    void showEvents(cds::AudienceChannel channel = cds::AudienceChannel::Any);
    void showMediaOutputs(const QString &kind = QString(), const QString &outlet = QString());

    // The printable list of units without a team (Vietnamese, vi-VN counts).
    QString lagListHtml() const;
    void printLagList(QPrinter *printer) const;
    void previewLagList();

    void exportPng();
    void exportPdf();
    void printDashboard();

signals:
    // The user (or setDatabase) chose another campaign.
    void campaignChanged(int campaignId);
    // The figures of the chosen campaign and filters are shown (also after an error).
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onCampaignIndexChanged(int index);
    void onDistrictIndexChanged(int index);
    void onPeriodChanged();
    // A write of table: the figures are read again (on the worker), the
    // campaigns and districts only when a campaign or a unit changed; a
    // hidden page does it when shown.
    void onDataChanged(const QString &table);
    // Reads the figures again keeping the campaign, the filters and the lists.
    void refreshFigures();
    bool fillCampaigns(int campaignId, QString *error);
    // The district (or commune) filter of the campaign, read here.
    void fillDistricts();
    // The same from areas read elsewhere (on the worker).
    void showDistricts(const QList<UnitSummary> &districts, AdminLevel level);
    void resetPeriod();
    bool loadStatistics(int campaignId, QString *error);
    // Shows figures read for campaignId (here or on the worker).
    bool applyFigures(int campaignId, bool newCampaign, const DashboardFigures &figures, QString *error);
    void showStatistics();
    void showLag();
    void showError(const QString &message);
    void retitle();
    QString scopeName() const;
    QString filterSummary() const;
    void showSavedExport(const QString &path);
    QString changeFor(qint64 current, qint64 previous) const;
    DrillDownDialog *openDrillDown(const QString &title, const QString &summary, DrillDownModel *model);
    // Opens the form of a drill-down's row (the team form, or the form the
    // record list of table opens) and puts a saved change on the undo stack.
    void openRecord(QWidget *parent, const QString &table, qint64 id);
    DrillDownModel *unitModel(const QList<UnitRow> &rows, bool withLevel) const;
    // "scope — 5 team(s), 30 member(s)", then " · 1 team(s) not reported" when
    // some have not: their unknown members are not counted as 0.
    QString teamsSummary(const QString &scope, const QList<UnitRow> &rows) const;

    std::unique_ptr<Ui::DashboardPage> m_ui;
    const Database *m_database = nullptr;
    RecordContext m_context;
    DatabaseWorker *m_worker = nullptr;
    QPointer<DatabaseJob> m_job; // the figures being read
    int m_campaignId = 0;
    QList<CampaignSummary> m_campaigns;
    StatisticsOptions m_options;
    CampaignStatistics m_statistics;
    CampaignStatistics m_previous;
    QList<LagLevel> m_lag;
    QList<GuidelineWarning> m_warnings;
    AdminLevel m_areaLevel = AdminLevel::District; // what the district filter and chart list
    bool m_exportMode = false;
    QLabel *m_exportTitleLabel = nullptr; // shown in export mode only

    StatTile *m_teamsTile = nullptr;
    StatTile *m_membersTile = nullptr;
    StatTile *m_membersTrainedTile = nullptr;
    StatTile *m_trainingsTile = nullptr;
    StatTile *m_eventsTile = nullptr;
    StatTile *m_mediaOutputsTile = nullptr;
    QMap<AdminLevel, StatTile *> m_coverageTiles;
    CoverageChart *m_coverageChart = nullptr;
    DistrictMembersChart *m_districtChart = nullptr;
    TrainingTimelineChart *m_trainingChart = nullptr;
    AudienceChart *m_audienceChart = nullptr;
    RankedBarChart *m_mediaKindChart = nullptr;
    RankedBarChart *m_mediaOutletChart = nullptr;
    LagListPanel *m_lagPanel = nullptr;
    QPointer<QObject> m_lastDrillDown; // a DrillDownDialog

    bool m_updating = false;
    bool m_stale = false;        // the campaigns, the districts and the figures are to be read again
    bool m_figuresStale = false; // only the figures are (a write of records)
    bool m_refreshPending = false;
};

} // namespace cds
