// The drill-downs of DashboardPage: the lists behind its figures, each with
// the page's filters (DashboardPage.cpp holds the page itself).
#include "DashboardPage.h"
#include "ui_DashboardPage.h"

#include "DrillDownDialog.h"
#include "common/ActivityPresentation.h"
#include "common/LevelPresentation.h"
#include "common/MessageBox.h"
#include "database/Database.h"
#include "records/RecordKind.h"
#include "records/UndoCommands.h"
#include "teams/TeamForm.h"
#include "text/VietnameseText.h"

namespace cds {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? text::formatDate(date) : QString();
}

QVariant dateSortValue(const QDate &date)
{
    return date.isValid() ? QVariant(double(date.toJulianDay())) : QVariant(0.0);
}

} // namespace

// Drill-down ------------------------------------------------------------------

DrillDownDialog *DashboardPage::openDrillDown(const QString &title, const QString &summary, DrillDownModel *model)
{
    auto *dialog = new DrillDownDialog(title, summary, model, this);
    dialog->setPrintHeading(m_statistics.campaignName, scopeName(), QDate::currentDate());
    connect(dialog, &DrillDownDialog::recordActivated, this,
            [this, dialog](const QString &table, qint64 id) { openRecord(dialog, table, id); });
    m_lastDrillDown = dialog;
    dialog->open();
    return dialog;
}

void DashboardPage::openRecord(QWidget *parent, const QString &table, qint64 id)
{
    if (!m_context.db.isOpen() || id <= 0)
        return;
    qint64 group = 0;
    if (table == QLatin1String("team")) {
        // The form the teams page opens; members saved from its Members tab
        // are on the undo stack already.
        TeamForm form(parent, m_context, id);
        form.exec();
        group = form.savedGroup();
    } else {
        // The form the record list of that table opens.
        const auto kinds = createRecordKinds();
        for (const auto &kind : kinds) {
            if (kind->listDefinition().table == table) {
                group = kind->edit(parent, m_context, id);
                break;
            }
        }
    }
    pushChange(m_context.undoStack, m_context.db, group, table);
}

QString DashboardPage::teamsSummary(const QString &scope, const QList<UnitRow> &rows) const
{
    qint64 members = 0;
    int unreported = 0;
    for (const UnitRow &row : rows) {
        if (row.membersReported)
            members += row.members;
        else
            ++unreported;
    }
    QString summary = tr("%1 — %2 team(s), %3 member(s)", nullptr, int(rows.size()))
                              .arg(scope, text::formatNumber(rows.size()), text::formatNumber(members));
    if (unreported > 0)
        summary += QStringLiteral(" · ") + tr("%n team(s) not reported", nullptr, unreported);
    return summary;
}

DrillDownModel *DashboardPage::unitModel(const QList<UnitRow> &rows, bool withLevel) const
{
    QList<DrillDownModel::Column> columns;
    if (withLevel)
        columns << DrillDownModel::Column{tr("Level"), false};
    columns << DrillDownModel::Column{tr("Unit"), false} << DrillDownModel::Column{m_areaLevel == AdminLevel::Commune ? tr("Commune") : tr("District"), false}
            << DrillDownModel::Column{tr("Team"), false} << DrillDownModel::Column{tr("Members"), true};
    auto *model = new DrillDownModel(columns);
    for (const UnitRow &row : rows) {
        QStringList display;
        QVariantList raw;
        if (withLevel) {
            display << levelName(row.level);
            raw << double(int(row.level));
        }
        display << row.unitName << row.districtName
                << (row.teamId ? row.teamName : tr("(no team)"))
                << (!row.teamId ? QString() : row.membersReported ? text::formatNumber(row.members) : tr("not reported"));
        raw << QVariant() << QVariant() << QVariant() << double(row.members);
        // A unit with a team opens its team; one without opens the unit.
        model->appendRow(display, raw,
                         row.teamId ? DrillDownModel::Record{QStringLiteral("team"), row.teamId}
                                    : DrillDownModel::Record{QStringLiteral("admin_unit"), row.unitId});
    }
    return model;
}

void DashboardPage::showLevelUnits(AdminLevel level)
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    QList<UnitRow> rows;
    QString error;
    if (!DashboardStore(m_database->connection())
                 .units(m_statistics.campaignId, m_options, level, TeamPresence::Any, &rows, &error)) {
        MessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    qint64 withTeam = 0;
    for (const UnitRow &row : std::as_const(rows))
        withTeam += row.teamId ? 1 : 0;
    openDrillDown(tr("%1: units and their teams").arg(levelName(level)),
                  tr("%1 — %2 unit(s), %3 with a team", nullptr, int(rows.size()))
                          .arg(filterSummary(), text::formatNumber(rows.size()), text::formatNumber(withTeam)),
                  unitModel(rows, false));
}

void DashboardPage::showLaggingUnits(AdminLevel level)
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    for (const LagLevel &lag : std::as_const(m_lag)) {
        if (lag.level != level)
            continue;
        DrillDownDialog *dialog = openDrillDown(
                tr("%1: units without a team").arg(levelName(level)),
                tr("%1 — %2 of %3 unit(s) without a team", nullptr, lag.units)
                        .arg(filterSummary(), text::formatNumber(lag.withoutTeam.size()), text::formatNumber(lag.units)),
                unitModel(lag.withoutTeam, false));
        dialog->setPrintHtml(cds::lagListHtml(m_statistics.campaignName, scopeName(), {lag}, QDate::currentDate()));
        return;
    }
}

void DashboardPage::showTeams()
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    QList<UnitRow> rows;
    QString error;
    if (!DashboardStore(m_database->connection()).teams(m_statistics.campaignId, m_options, std::nullopt, &rows, &error)) {
        MessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    openDrillDown(tr("Community digital technology teams"),
                  teamsSummary(filterSummary(), rows),
                  unitModel(rows, true));
}

void DashboardPage::showDistrictTeams(int districtId)
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    StatisticsOptions options = m_options;
    options.districtId = districtId;
    QList<UnitRow> rows;
    QString error;
    if (!DashboardStore(m_database->connection()).teams(m_statistics.campaignId, options, std::nullopt, &rows, &error)) {
        MessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    QString name;
    for (const DistrictStatistics &district : std::as_const(m_statistics.districts)) {
        if (district.unitId == districtId)
            name = district.name;
    }
    openDrillDown(tr("Teams of %1").arg(name),
                  teamsSummary(m_statistics.campaignName + QStringLiteral(" · ") + name, rows),
                  unitModel(rows, true));
}

void DashboardPage::showTrainings(const QDate &month)
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    QList<TrainingRow> rows;
    QString error;
    if (!DashboardStore(m_database->connection()).trainings(m_statistics.campaignId, m_options, month, &rows, &error)) {
        MessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    auto *model = new DrillDownModel({{tr("Date"), false},
                                      {tr("Training session"), false},
                                      {tr("Mode"), false},
                                      {tr("Organiser"), false},
                                      {tr("Participants (declared)"), true},
                                      {tr("Attendees listed"), true}});
    for (const TrainingRow &row : std::as_const(rows)) {
        model->appendRow({dateText(row.startDate), row.title, activityModeName(row.mode), row.organiser,
                          figureDisplayText(row.declaredParticipants), text::formatNumber(row.listedAttendees)},
                         {dateSortValue(row.startDate), QVariant(), QVariant(), QVariant(),
                          double(row.declaredParticipants.value), double(row.listedAttendees)},
                         {QStringLiteral("training_session"), row.id});
    }
    const QString title = month.isValid() ? tr("Training sessions of %1").arg(month.toString(QStringLiteral("MM/yyyy")))
                                          : tr("Training sessions");
    openDrillDown(title,
                  tr("%1 — %2 session(s)", nullptr, int(rows.size())).arg(filterSummary(), text::formatNumber(rows.size())),
                  model);
}

void DashboardPage::showEvents(AudienceChannel channel)
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    QList<EventRow> rows;
    QString error;
    if (!DashboardStore(m_database->connection()).events(m_statistics.campaignId, m_options, channel, &rows, &error)) {
        MessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    auto *model = new DrillDownModel({{tr("Date"), false},
                                      {tr("Event"), false},
                                      {tr("Kind"), false},
                                      {tr("Mode"), false},
                                      {audienceChannelName(AudienceChannel::InPerson), true},
                                      {audienceChannelName(AudienceChannel::Online), true},
                                      {audienceChannelName(AudienceChannel::Livestream), true}});
    const auto figure = [](const Figure &f) { return f.value > 0 ? figureDisplayText(f) : QString(); };
    for (const EventRow &row : std::as_const(rows)) {
        model->appendRow({dateText(row.date), row.title, eventKindName(row.kind), activityModeName(row.mode),
                          figure(row.inPerson), figure(row.online), figure(row.livestreamViews)},
                         {dateSortValue(row.date), QVariant(), QVariant(), QVariant(), double(row.inPerson.value),
                          double(row.online.value), double(row.livestreamViews.value)},
                         {QStringLiteral("event"), row.id});
    }
    const QString title = channel == AudienceChannel::Any
            ? tr("Events")
            : tr("Events with an audience: %1").arg(audienceChannelName(channel).toLower());
    openDrillDown(title,
                  tr("%1 — %2 event(s)", nullptr, int(rows.size())).arg(filterSummary(), text::formatNumber(rows.size())),
                  model);
}

void DashboardPage::showMediaOutputs(const QString &kind, const QString &outlet)
{
    if (!m_database || m_statistics.campaignId == 0)
        return;
    QList<MediaOutputRow> rows;
    QString error;
    if (!DashboardStore(m_database->connection())
                 .mediaOutputs(m_statistics.campaignId, m_options, kind, outlet, &rows, &error)) {
        MessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    auto *model = new DrillDownModel({{tr("Kind"), false},
                                      {tr("Outlet"), false},
                                      {tr("Title"), false},
                                      {tr("Published"), false},
                                      {tr("Items"), true},
                                      {tr("Commissioned"), false}});
    Figure total;
    for (const MediaOutputRow &row : std::as_const(rows)) {
        total = sumFigures(total, row.items);
        model->appendRow({mediaKindName(row.kind), row.outlet, row.title, dateText(row.publishedOn),
                          figureDisplayText(row.items), row.commissioned ? tr("Yes") : QString()},
                         {QVariant(), QVariant(), QVariant(), dateSortValue(row.publishedOn), double(row.items.value),
                          QVariant()},
                         {QStringLiteral("media_output"), row.id});
    }
    QString title = tr("Media outputs");
    if (!kind.isEmpty())
        title = tr("Media outputs: %1").arg(mediaKindName(kind));
    else if (!outlet.isEmpty())
        title = tr("Media outputs: %1").arg(outlet);
    openDrillDown(title,
                  tr("%1 — %2 record(s), %3 item(s)", nullptr, int(rows.size()))
                          .arg(filterSummary(), text::formatNumber(rows.size()), figureDisplayText(total)),
                  model);
}

} // namespace cds
