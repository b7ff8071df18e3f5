// ReportEditor's drill-down: the records behind a figure of the report
// (split from ReportEditor.cpp, which passed 800 lines).
#include "ReportEditor.h"

#include "common/ActivityPresentation.h"
#include "common/LevelPresentation.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardStore.h"
#include "dashboard/DrillDownDialog.h"
#include "database/Database.h"
#include "text/VietnameseText.h"

#include <QRegularExpression>

namespace cds {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? text::formatDate(date) : QString();
}

} // namespace

DrillDownDialog *ReportEditor::showFigureRecords(const QString &key)
{
    if (!m_database || m_record.campaignId == 0 || key.isEmpty())
        return nullptr;
    const DashboardStore store(m_database->connection());
    const StatisticsOptions all;
    const int campaign = m_record.campaignId;
    const QString label = m_liveContext.value(QStringLiteral("figure_labels")).toMap().value(key).toString();
    const QString value = m_liveContext.value(QStringLiteral("figures")).toMap().value(key).toString();
    QString error;
    DrillDownModel *model = nullptr;
    int rowCount = 0;

    static const QRegularExpression levelKey(QStringLiteral("^level(\\d)_(coverage|members)$"));
    const auto match = levelKey.match(key);
    const auto unitModel = [](const QList<UnitRow> &rows) {
        auto *m = new DrillDownModel({{tr("Level"), false}, {tr("Unit"), false}, {tr("District"), false},
                                      {tr("Team"), false}, {tr("Members"), true}});
        for (const UnitRow &row : rows) {
            m->appendRow({levelName(row.level), row.unitName, row.districtName,
                          row.teamId ? row.teamName : tr("(no team)"), row.teamId ? text::formatNumber(row.members) : QString()},
                         {double(int(row.level)), QVariant(), QVariant(), QVariant(), double(row.members)});
        }
        return m;
    };
    if (match.hasMatch() || key == QStringLiteral("teams_total") || key == QStringLiteral("members_total")) {
        QList<UnitRow> rows;
        bool ok = false;
        if (match.hasMatch() && match.captured(2) == QStringLiteral("coverage"))
            ok = store.units(campaign, all, AdminLevel(match.captured(1).toInt()), TeamPresence::Any, &rows, &error);
        else
            ok = store.teams(campaign, all, match.hasMatch() ? std::optional<AdminLevel>(AdminLevel(match.captured(1).toInt())) : std::nullopt,
                             &rows, &error);
        if (ok) {
            model = unitModel(rows);
            rowCount = int(rows.size());
        }
    } else if (key == QStringLiteral("members_trained") || key == QStringLiteral("training_sessions")) {
        QList<TrainingRow> rows;
        if (store.trainings(campaign, all, QDate(), &rows, &error)) {
            model = new DrillDownModel({{tr("Date"), false}, {tr("Training session"), false}, {tr("Mode"), false},
                                        {tr("Participants (declared)"), true}, {tr("Attendees listed"), true}});
            for (const TrainingRow &row : std::as_const(rows))
                model->appendRow({dateText(row.startDate), row.title, activityModeName(row.mode),
                                  figureDisplayText(row.declaredParticipants), text::formatNumber(row.listedAttendees)},
                                 {row.startDate.toString(Qt::ISODate), QVariant(), QVariant(),
                                  double(row.declaredParticipants.value), double(row.listedAttendees)});
            rowCount = int(rows.size());
        }
    } else if (key == QStringLiteral("events") || key.startsWith(QStringLiteral("audience_"))
               || key.startsWith(QStringLiteral("main_event_")) || key == QStringLiteral("livestream_views")) {
        QList<EventRow> rows;
        if (store.events(campaign, all, AudienceChannel::Any, &rows, &error)) {
            // The main event's own figures: that event alone (section I of the report).
            if (key.startsWith(QStringLiteral("main_event_"))) {
                const int mainId = ReportRegister(m_database->connection()).mainEventId(campaign, nullptr);
                rows.removeIf([mainId](const EventRow &row) { return row.id != mainId; });
            }
            model = new DrillDownModel({{tr("Date"), false}, {tr("Event"), false}, {tr("Kind"), false},
                                        {audienceChannelName(AudienceChannel::InPerson), true},
                                        {audienceChannelName(AudienceChannel::Online), true},
                                        {audienceChannelName(AudienceChannel::Livestream), true}});
            const auto shown = [](const Figure &f) { return f.value > 0 ? figureDisplayText(f) : QString(); };
            for (const EventRow &row : std::as_const(rows))
                model->appendRow({dateText(row.date), row.title, eventKindName(row.kind), shown(row.inPerson), shown(row.online),
                                  shown(row.livestreamViews)},
                                 {row.date.toString(Qt::ISODate), QVariant(), QVariant(), double(row.inPerson.value),
                                  double(row.online.value), double(row.livestreamViews.value)});
            rowCount = int(rows.size());
        }
    } else if (key.startsWith(QStringLiteral("media_"))) {
        const QString outlet = key.startsWith(QStringLiteral("media_outlet_")) ? label.section(QStringLiteral(": "), 1) : QString();
        QList<MediaOutputRow> rows;
        if (store.mediaOutputs(campaign, all, QString(), outlet, &rows, &error)) {
            model = new DrillDownModel({{tr("Kind"), false}, {tr("Outlet"), false}, {tr("Title"), false},
                                        {tr("Published"), false}, {tr("Items"), true}});
            for (const MediaOutputRow &row : std::as_const(rows))
                model->appendRow({mediaKindName(row.kind), row.outlet, row.title, dateText(row.publishedOn), figureDisplayText(row.items)},
                                 {QVariant(), QVariant(), QVariant(), row.publishedOn.toString(Qt::ISODate), double(row.items.value)});
            rowCount = int(rows.size());
        }
    } else {
        MessageBox::information(this, label, tr("“%1” is entered as a figure of the campaign (%2); no list of records lies behind it.")
                                                     .arg(label, value));
        return nullptr;
    }
    if (!model) {
        MessageBox::warning(this, label, error);
        return nullptr;
    }
    QString summary = tr("%1 = %2 — %3 record(s)", nullptr, rowCount).arg(label, value, text::formatNumber(rowCount));
    if (m_record.status != ReportStatus::Draft) {
        // An issued report prints its frozen figure; the list is today's data.
        const QString issued = m_issuedFigures.value(key).toString();
        summary = tr("Today's records: %1").arg(summary);
        if (!issued.isEmpty())
            summary += QStringLiteral(". ") + tr("The issued report prints %1.").arg(issued);
    }
    auto *dialog = new DrillDownDialog(tr("Behind the figure: %1").arg(label), summary, model, this);
    m_lastDrillDown = dialog;
    dialog->open();
    return dialog;
}

} // namespace cds
