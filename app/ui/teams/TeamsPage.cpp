#include "TeamsPage.h"

#include "ui_TeamsPage.h"

#include "TeamsFilterModel.h"
#include "TeamsModel.h"
#include "common/WrappingHeaderView.h"
#include "common/DataChangeNotifier.h"
#include "common/MessageBox.h"
#include "records/RecordStore.h"
#include "records/UndoCommands.h"
#include "teams/TeamForm.h"
#include "common/LevelPresentation.h"
#include "database/Database.h"
#include "database/DatabaseWorker.h"
#include "export/ListExport.h"
#include "teams/TeamChecks.h"
#include "teams/TeamStore.h"
#include "text/VietnameseText.h"

#include <QDate>
#include <QHeaderView>
#include <QMap>
#include <QShortcut>
#include <QShowEvent>

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
    // The counts' long captions go on two lines, leaving the team's name its room.
    m_ui->teamsTableView->setHorizontalHeader(new WrappingHeaderView(m_ui->teamsTableView));
    m_ui->teamsTableView->setModel(m_filterModel);
    m_ui->teamsTableView->sortByColumn(TeamsModel::LevelColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->teamsTableView->horizontalHeader();
    header->setSectionResizeMode(TeamsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TeamsModel::LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamsModel::UnitColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TeamsModel::DistrictColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TeamsModel::MembersColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamsModel::DeclaredMembersColumn, QHeaderView::ResizeToContents);
    // The team's name (the stretched column) gets the room: a unit or a
    // district name rarely needs more than "Thành phố Quảng Ngãi".
    const int placeWidth = header->fontMetrics().horizontalAdvance(QStringLiteral("Thành phố Quảng Ngãi")) + 24;
    header->resizeSection(TeamsModel::UnitColumn, placeWidth);
    header->resizeSection(TeamsModel::DistrictColumn, placeWidth);
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
    connect(m_ui->addTeamButton, &QPushButton::clicked, this, &TeamsPage::addTeam);
    connect(m_ui->openTeamButton, &QPushButton::clicked, this, &TeamsPage::openCurrentTeam);
    connect(m_ui->removeTeamButton, &QPushButton::clicked, this, &TeamsPage::removeCurrentTeam);
    connect(m_ui->teamsTableView, &QTableView::activated, this, &TeamsPage::openCurrentTeam);
    // Insert and Ctrl+F work wherever the focus is in the window (the
    // navigation list after a click, say) while this page is shown (a hidden
    // page's shortcuts do not fire); Delete only from within the page.
    auto shortcut = [this](const QKeySequence &keys, void (TeamsPage::*slot)(),
                           Qt::ShortcutContext context = Qt::WindowShortcut) {
        auto *result = new QShortcut(keys, this);
        result->setContext(context);
        connect(result, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Insert), &TeamsPage::addTeam);
    shortcut(QKeySequence(Qt::Key_Delete), &TeamsPage::removeCurrentTeam, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence::Find, &TeamsPage::focusSearch);
    // Saved changes anywhere (a form, undo, an import) show here at once.
    connect(DataChangeNotifier::instance(), &DataChangeNotifier::dataChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_reloadWhenShown = true;
    });
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &TeamsPage::updateShownCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &TeamsPage::updateShownCount);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &TeamsPage::updateShownCount);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &TeamsPage::updateShownCount);
    updateShownCount();
}

TeamsPage::~TeamsPage() = default;

void TeamsPage::setWorker(DatabaseWorker *worker)
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_worker = worker;
}

bool TeamsPage::setCampaign(const Database *database, int campaignId, QString *error)
{
    if (m_job) {
        // Its teams are for another campaign or an older state: dropped.
        m_job->cancel();
        m_job = nullptr;
    }
    m_database = database;
    m_campaignId = database ? campaignId : 0;
    if (!database || campaignId == 0) {
        showTeams({}, true, QString());
        return true;
    }
    QString message;
    const TeamStore store(database->connection());
    const qint64 count = store.teamCount(campaignId, &message);
    if (m_worker && count > inlineTeamLimit) {
        m_ui->teamsMessageLabel->setText(tr("Reading the %1 teams …").arg(text::formatNumber(count)));
        m_ui->teamsMessageLabel->setVisible(true);
        m_job = m_worker->run([campaignId](const QSqlDatabase &db, JobControl &, QString *jobError) {
            QList<TeamRecord> teams;
            if (!TeamStore(db).teams(campaignId, &teams, jobError))
                return QVariant();
            return QVariant::fromValue(teams);
        });
        DatabaseJob *job = m_job;
        connect(job, &DatabaseJob::finished, this, [this, job] {
            if (job != m_job || job->isCancelled())
                return;
            m_job = nullptr;
            showTeams(job->result().value<QList<TeamRecord>>(), job->error().isEmpty(), job->error());
        });
        return true;
    }
    QList<TeamRecord> teams;
    const bool ok = message.isEmpty() && store.teams(campaignId, &teams, &message);
    showTeams(ok ? teams : QList<TeamRecord>(), ok, message);
    if (!ok && error)
        *error = message;
    return ok;
}

void TeamsPage::showTeams(const QList<TeamRecord> &teams, bool ok, const QString &message)
{
    m_model->setTeams(teams);
    m_ui->teamsMessageLabel->setText(message);
    m_ui->teamsMessageLabel->setVisible(!ok);
    fillDistrictFilter();
    updateShownCount();
    if (m_selectAfterLoad != 0)
        selectTeam(m_selectAfterLoad);
    m_selectAfterLoad = 0;
    emit teamsLoaded();
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

void TeamsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown) {
        m_reloadWhenShown = false;
        reload();
    }
}

void TeamsPage::reload()
{
    if (!m_database || m_campaignId == 0)
        return;
    m_selectAfterLoad = currentTeamId();
    setCampaign(m_database, m_campaignId);
}

qint64 TeamsPage::currentTeamId() const
{
    const QModelIndex index = m_ui->teamsTableView->currentIndex();
    if (!index.isValid())
        return 0;
    const int row = m_filterModel->mapToSource(index).row();
    return row >= 0 && row < m_model->teams().size() ? m_model->teams().at(row).id : 0;
}

void TeamsPage::selectTeam(qint64 id)
{
    for (int row = 0; row < m_model->teams().size(); ++row) {
        if (m_model->teams().at(row).id == id) {
            const QModelIndex index = m_filterModel->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_ui->teamsTableView->selectRow(index.row());
                m_ui->teamsTableView->scrollTo(index);
            }
            return;
        }
    }
}

void TeamsPage::focusSearch()
{
    m_ui->teamSearchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->teamSearchLineEdit->selectAll();
}

void TeamsPage::addTeam()
{
    if (!m_context.db.isOpen())
        return;
    if (m_context.campaignId == 0) {
        MessageBox::information(this, tr("Teams"), tr("Choose or create a campaign first."));
        return;
    }
    TeamForm form(this, m_context, 0);
    form.exec();
    if (form.savedGroup() == 0)
        return;
    pushChange(m_context.undoStack, m_context.db, form.savedGroup(), QStringLiteral("team"));
    selectTeam(form.teamId());
}

void TeamsPage::openCurrentTeam()
{
    const qint64 id = currentTeamId();
    if (id == 0 || !m_context.db.isOpen())
        return;
    TeamForm form(this, m_context, id);
    form.exec();
    // Members saved from the form's Members tab are already on the undo stack.
    if (form.savedGroup() != 0)
        pushChange(m_context.undoStack, m_context.db, form.savedGroup(), QStringLiteral("team"));
    reload();
}

void TeamsPage::removeCurrentTeam()
{
    const qint64 id = currentTeamId();
    if (id == 0 || !m_context.db.isOpen())
        return;
    const QString table = QStringLiteral("team");
    const QString name = records::row(m_context.db, table, id).value(QStringLiteral("name")).toString();
    const QString title = tr("Remove team");
    QString error;
    const QList<RecordUsage> usages = records::usages(m_context.db, table, id, &error);
    QStringList usedBy;
    qint64 memberships = 0;
    for (const RecordUsage &usage : usages) {
        if (usage.table == QLatin1String("team_member"))
            memberships = usage.count;
        else
            usedBy << records::describeCount(usage.table, usage.count);
    }
    if (!usedBy.isEmpty()) {
        MessageBox::warning(this, title,
                            tr("The team “%1” cannot be removed because other records use it: %2.")
                                            .arg(name, usedBy.join(QStringLiteral(", ")))
                                    + u'\n' + tr("Remove or move those records first."));
        return;
    }
    QString question;
    if (memberships > 0) {
        // Its members are not removed silently: the person is asked whether to
        // take them out of the team (the people stay in the members list).
        const qint64 current = teams::currentMembers(m_context.db, id).size();
        question = tr("The team “%1” has %2 member(s) (%3 membership record(s) with the earlier ones).", nullptr,
                      int(current))
                           .arg(name, text::formatNumber(current), text::formatNumber(memberships))
                + u'\n' + tr("Remove them from the team and remove the team? The people stay in the members list.");
    } else {
        question = tr("Remove the team “%1”?").arg(name);
    }
    question += u'\n' + tr("Edit → Undo (Ctrl+Z) brings it back.");
    if (MessageBox::question(this, title, question) != QMessageBox::Yes)
        return;
    RecordTransaction write(m_context.db, tr("Remove team “%1”").arg(name));
    if (memberships > 0)
        write.removeWhere(QStringLiteral("team_member"), QStringLiteral("team_id"), id);
    write.remove(table, id);
    if (!write.commit()) {
        MessageBox::critical(this, title, tr("“%1” could not be removed: %2").arg(name, write.error()));
        return;
    }
    pushChange(m_context.undoStack, m_context.db, write.groupId(), table);
}

QString TeamsPage::exportTeams()
{
    return ListExport::exportList(
            this, *m_filterModel, TeamsModel::RawValueRole, tr("Teams"),
            tr("teams-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
}

void TeamsPage::updateShownCount()
{
    m_ui->openTeamButton->setEnabled(m_filterModel->rowCount() > 0);
    m_ui->removeTeamButton->setEnabled(m_filterModel->rowCount() > 0);
    m_ui->shownCountLabel->setText(tr("Showing %1 of %2 team(s)", nullptr, m_model->rowCount())
                                           .arg(text::formatNumber(m_filterModel->rowCount()),
                                                text::formatNumber(m_model->rowCount())));
}

} // namespace cds
