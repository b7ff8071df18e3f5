#include "TeamsPage.h"
#include "ui_TeamsPage.h"

#include "TeamsFilterModel.h"
#include "TeamsModel.h"
#include "common/LevelPresentation.h"
#include "database/Database.h"
#include "export/ListExport.h"
#include "teams/TeamStore.h"
#include "text/VietnameseText.h"

#include <QDate>
#include <QHeaderView>
#include <QMap>

#include <algorithm>

namespace cds {

TeamsPage::TeamsPage(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::TeamsPage>()),
      m_model(new TeamsModel(this)),
      m_filterModel(new TeamsFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->teamsMessageLabel->hide();

    m_filterModel->setSourceModel(m_model);
    m_ui->teamsTableView->setModel(m_filterModel);
    m_ui->teamsTableView->sortByColumn(TeamsModel::LevelColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->teamsTableView->horizontalHeader();
    header->setSectionResizeMode(TeamsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TeamsModel::LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamsModel::UnitColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TeamsModel::DistrictColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TeamsModel::MembersColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamsModel::DeclaredMembersColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TeamsModel::UnitColumn, 220);
    header->resizeSection(TeamsModel::DistrictColumn, 200);
    m_ui->teamsTableView->verticalHeader()->setDefaultSectionSize(
            m_ui->teamsTableView->fontMetrics().height() + 8);

    m_ui->levelFilterComboBox->addItem(tr("All levels"), 0);
    for (const AdminLevel level : allAdminLevels) {
        m_ui->levelFilterComboBox->addItem(levelName(level), static_cast<int>(level));
        m_ui->levelFilterComboBox->setItemData(m_ui->levelFilterComboBox->count() - 1,
                                               levelColor(level), Qt::DecorationRole);
    }
    fillDistrictFilter();

    connect(m_ui->teamSearchLineEdit, &QLineEdit::textChanged, m_filterModel,
            &TeamsFilterModel::setSearchText);
    connect(m_ui->levelFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filterModel->setLevelFilter(m_ui->levelFilterComboBox->itemData(index).toInt());
    });
    connect(m_ui->districtFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filterModel->setDistrictFilter(m_ui->districtFilterComboBox->itemData(index).toInt());
    });
    connect(m_ui->teamsExportButton, &QPushButton::clicked, this, &TeamsPage::exportTeams);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &TeamsPage::updateShownCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &TeamsPage::updateShownCount);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &TeamsPage::updateShownCount);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &TeamsPage::updateShownCount);
    updateShownCount();
}

TeamsPage::~TeamsPage() = default;

bool TeamsPage::setCampaign(const Database *database, int campaignId, QString *error)
{
    QList<TeamRecord> teams;
    QString message;
    bool ok = true;
    if (database && campaignId != 0)
        ok = TeamStore(database->connection()).teams(campaignId, &teams, &message);
    m_model->setTeams(ok ? teams : QList<TeamRecord>());
    m_ui->teamsMessageLabel->setText(message);
    m_ui->teamsMessageLabel->setVisible(!ok);
    if (!ok && error)
        *error = message;
    fillDistrictFilter();
    updateShownCount();
    return ok;
}

void TeamsPage::fillDistrictFilter()
{
    QComboBox *combo = m_ui->districtFilterComboBox;
    const int previous = combo->currentData().toInt();

    QMap<int, QString> districts;
    for (const auto &team : m_model->teams()) {
        if (team.districtId != 0)
            districts.insert(team.districtId, team.districtName);
    }
    QList<QPair<int, QString>> sorted;
    for (auto it = districts.cbegin(); it != districts.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    const QCollator collator = text::collator();
    std::sort(sorted.begin(), sorted.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });

    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All districts"), 0);
    for (const auto &district : std::as_const(sorted))
        combo->addItem(district.second, district.first);
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    m_filterModel->setDistrictFilter(combo->currentData().toInt());
}

QString TeamsPage::exportTeams()
{
    return ListExport::exportList(
            this, *m_filterModel, TeamsModel::RawValueRole, tr("Teams"),
            tr("teams-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
}

void TeamsPage::updateShownCount()
{
    m_ui->shownCountLabel->setText(tr("Showing %1 of %2 team(s)", nullptr, m_model->rowCount())
                                           .arg(text::formatNumber(m_filterModel->rowCount()),
                                                text::formatNumber(m_model->rowCount())));
}

} // namespace cds
