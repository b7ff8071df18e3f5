#pragma once

#include "records/RecordKind.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TeamsPage;
}

namespace cds {

class Database;
class DatabaseJob;
class DatabaseWorker;
struct TeamRecord;
class TeamsFilterModel;
class TeamsModel;

// The community digital technology teams of a campaign: search as you type
// (case and diacritics ignored), filters by level and district, Vietnamese
// sorting and a "shown X of Y" count; and their data entry (issue #3): Add,
// Open and Remove (Insert, Enter, Delete; Ctrl+F searches) through TeamForm,
// each saved change on the undo stack.
class TeamsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamsPage(QWidget *parent = nullptr);
    ~TeamsPage() override;

    // Loads the teams of campaignId from database (nullptr or 0 empties the
    // list). Returns false and sets error (Vietnamese) when the query fails;
    // the page then shows the error too.
    //
    // A campaign of more than inlineTeamLimit teams (the national database
    // has 40.000) is read on the worker (setWorker) while the page says so
    // and keeps answering; teamsLoaded() follows. Fewer are read at once.
    bool setCampaign(const Database *database, int campaignId, QString *error = nullptr);
    static constexpr qint64 inlineTeamLimit = 2000;
    // The worker that reads large campaigns' teams (nullptr: all read at once).
    void setWorker(DatabaseWorker *worker);
    // True while the teams are being read on the worker.
    bool isLoading() const { return m_job != nullptr; }

    // The database, campaign and undo stack the add/open/remove actions use.
    void setRecordContext(const RecordContext &context) { m_context = context; }

    // The selected team's id, 0 when none; selects a team by id.
    qint64 currentTeamId() const;
    void selectTeam(qint64 id);

public slots:
    void addTeam();
    void openCurrentTeam();
    void removeCurrentTeam();
    void focusSearch();

public:
    TeamsModel *model() const { return m_model; }
    TeamsFilterModel *filterModel() const { return m_filterModel; }

    // Asks for a file and writes the teams shown, in their shown order, as
    // XLSX or CSV; returns the path written or an empty string.
    QString exportTeams();

signals:
    // The campaign's teams are in the list (at once or from the worker).
    void teamsLoaded();

protected:
    // A write while the page was hidden reloads it when shown (issue #15: a
    // hidden page reloading 40.000 teams after every save held the window).
    void showEvent(QShowEvent *event) override;

private:
    void fillDistrictFilter();
    void updateShownCount();

    void reload();
    void showTeams(const QList<TeamRecord> &teams, bool ok, const QString &message);

    std::unique_ptr<Ui::TeamsPage> m_ui;
    RecordContext m_context;
    const Database *m_database = nullptr;
    int m_campaignId = 0;
    TeamsModel *m_model = nullptr;
    TeamsFilterModel *m_filterModel = nullptr;
    bool m_reloadWhenShown = false;
    DatabaseWorker *m_worker = nullptr;
    DatabaseJob *m_job = nullptr; // deletes itself after finished()
    qint64 m_selectAfterLoad = 0; // the team selected before a reload
};

} // namespace cds
