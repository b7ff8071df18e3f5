#pragma once

#include "records/RecordKind.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TeamsPage;
}

namespace cds {

class Database;
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
    bool setCampaign(const Database *database, int campaignId, QString *error = nullptr);

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

protected:
    // A write while the page was hidden reloads it when shown (issue #15: a
    // hidden page reloading 40.000 teams after every save held the window).
    void showEvent(QShowEvent *event) override;

private:
    void fillDistrictFilter();
    void updateShownCount();

    void reload();

    std::unique_ptr<Ui::TeamsPage> m_ui;
    RecordContext m_context;
    const Database *m_database = nullptr;
    int m_campaignId = 0;
    TeamsModel *m_model = nullptr;
    TeamsFilterModel *m_filterModel = nullptr;
    bool m_reloadWhenShown = false;
};

} // namespace cds
