#pragma once

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
// sorting and a "shown X of Y" count.
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

    TeamsModel *model() const { return m_model; }
    TeamsFilterModel *filterModel() const { return m_filterModel; }

    // Asks for a file and writes the teams shown, in their shown order, as
    // XLSX or CSV; returns the path written or an empty string.
    QString exportTeams();

private:
    void fillDistrictFilter();
    void updateShownCount();

    std::unique_ptr<Ui::TeamsPage> m_ui;
    TeamsModel *m_model = nullptr;
    TeamsFilterModel *m_filterModel = nullptr;
};

} // namespace cds
