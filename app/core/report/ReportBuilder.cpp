#include "report/ReportBuilder.h"

#include "report/NationalReport.h"
#include "report/ReportTemplate.h"
#include "report/TeamsAppendix.h"
#include "report/TeamsSentence.h"
#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::ReportBuilder)
};

struct BuildError : std::runtime_error
{
    explicit BuildError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw BuildError(Text::tr("The report query could not be prepared: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw BuildError(Text::tr("The report query failed: %1").arg(query.lastError().text()));
    return query;
}

QString quotedItalic(const QString &title)
{
    return QStringLiteral("“*") + title + QStringLiteral("*”");
}

Figure figureAt(const QSqlQuery &query, int valueColumn, int qualifierColumn)
{
    return {query.value(valueColumn).toLongLong(), qualifierFromCode(query.value(qualifierColumn).toString())};
}

QString modeWords(const QString &mode)
{
    if (mode == QStringLiteral("online")) return QStringLiteral("trực tuyến");
    if (mode == QStringLiteral("hybrid")) return QStringLiteral("trực tiếp kết hợp với trực tuyến");
    return QStringLiteral("trực tiếp");
}

QString timeOfDayWord(const QString &code)
{
    if (code == QStringLiteral("morning")) return QStringLiteral("sáng ");
    if (code == QStringLiteral("afternoon")) return QStringLiteral("chiều ");
    if (code == QStringLiteral("evening")) return QStringLiteral("tối ");
    return {};
}

// "a, b và c"
QString joinWithAnd(const QStringList &parts, const QString &separator = QStringLiteral(", "))
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(separator) + QStringLiteral(" và ") + parts.last();
}

// A text and the position it takes in its section.
struct Ordered
{
    int order;
    QString text;
};

QVariantList inOrder(QList<Ordered> items)
{
    std::stable_sort(items.begin(), items.end(), [](const Ordered &a, const Ordered &b) { return a.order < b.order; });
    QVariantList texts;
    for (const Ordered &item : items)
        texts << QVariantMap{{QStringLiteral("text"), item.text}};
    return texts;
}

// Marks list items for the template: number (1-based), first, last,
// separator ("; " but the last) and and_separator ("; " … " và " before the last).
QVariantList numbered(QVariantList items, const QString &separator = QStringLiteral("; "))
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QVariantMap item = items.at(i).toMap();
        const bool last = i + 1 == items.size();
        item[QStringLiteral("number")] = QString::number(i + 1);
        item[QStringLiteral("first")] = i == 0;
        item[QStringLiteral("last")] = last;
        item[QStringLiteral("separator")] = last ? QString() : separator;
        item[QStringLiteral("and_separator")] = last ? QString() : i + 2 == items.size() ? QStringLiteral(" và ") : separator;
        items[i] = item;
    }
    return items;
}

// One line of a stored text: storage keeps no line breaks inside a paragraph.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    return line.trimmed();
}

// "media_outlet_bao_quang_ngai": the figure key of an outlet's media outputs.
QString outletFigureKey(const QString &outlet)
{
    return QStringLiteral("media_outlet_") + text::searchKey(outlet).replace(u' ', u'_');
}

// Reads everything a report template can print for one campaign. Figure values
// come wrapped in figure marks (markFigure()): the body is filled from this
// context as it is, everything else from stripFigureMarks() of it.
class ContextBuilder
{
public:
    ContextBuilder(const QSqlDatabase &db, int campaignId, QString issuingBodyName)
        : m_db(db), m_campaign(campaignId), m_issuingBodyName(std::move(issuingBodyName))
    {
    }

    QVariantMap build()
    {
        QString error;
        // A report prints no district or month breakdown (StatisticsDetail).
        if (!computeCampaignStatistics(m_db, m_campaign, StatisticsOptions(), &m_stats, &error, StatisticsDetail::Summary))
            throw BuildError(error);
        readCampaign();
        if (m_national && !computeProvinceStatistics(m_db, m_campaign, &m_provinces, &error))
            throw BuildError(error);
        m_context[QStringLiteral("issuing_body_name")] = m_issuingBodyName;
        const bool mainEvent = readMainEvent();
        readCommunication();
        readTeams();
        readOtherActivities();
        readRecommendations();
        readFigures();
        numberSections(mainEvent);
        return m_context;
    }

    // The national roll-up (the campaign names no province): its figures per
    // province, read by build(), and the statistics.
    bool isNational() const { return m_national; }
    const QList<ProvinceStatistics> &provinces() const { return m_provinces; }
    const CampaignStatistics &statistics() const { return m_stats; }

private:
    static bool hasItems(const QVariant &value) { return !value.toList().isEmpty(); }

    // A section or clause with nothing to say is left out and the others are
    // numbered in order: "numerals" (other, recommendations: "II", "III") and
    // "clauses" (communication, other: "1", "2"; empty when left out), with
    // has_communication, has_other_activities and has_activities.
    void numberSections(bool mainEvent)
    {
        const QVariantMap campaign = m_context.value(QStringLiteral("campaign")).toMap();
        const bool communication = !campaign.value(QStringLiteral("guidance_reference")).toString().isEmpty()
                                   || hasItems(m_context.value(QStringLiteral("communication")));
        const bool other = m_context.value(QStringLiteral("teams")).toMap().value(QStringLiteral("shown")).toBool()
                           || hasItems(m_context.value(QStringLiteral("trainings")))
                           || hasItems(m_context.value(QStringLiteral("campaign_figures")))
                           || hasItems(m_context.value(QStringLiteral("other_activities")));
        const bool activities = communication || other;
        static const QStringList romans = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
        int section = mainEvent ? 1 : 0;
        const QString otherNumeral = romans.at(section);
        if (activities)
            ++section;
        m_context[QStringLiteral("numerals")] = QVariantMap{{QStringLiteral("other"), otherNumeral},
                                                            {QStringLiteral("recommendations"), romans.at(section)}};
        int clause = 0;
        const QString communicationClause = communication ? QString::number(++clause) : QString();
        const QString otherClause = other ? QString::number(++clause) : QString();
        m_context[QStringLiteral("clauses")] = QVariantMap{{QStringLiteral("communication"), communicationClause},
                                                           {QStringLiteral("other"), otherClause}};
        m_context[QStringLiteral("has_communication")] = communication;
        m_context[QStringLiteral("has_other_activities")] = other;
        m_context[QStringLiteral("has_activities")] = activities;
    }

    void figure(const QString &key, const QString &label, const QString &value)
    {
        m_figures[key] = value;
        m_figureLabels[key] = label;
    }

    void readCampaign()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT c.name, c.year, c.plan_reference, c.plan_subject, c.guidance_reference, c.guidance_subject,
       u.name, u.unit_type
FROM campaign c LEFT JOIN admin_unit u ON u.id = c.province_id WHERE c.id = ?)SQL"), {m_campaign});
        if (!q.next())
            throw BuildError(Text::tr("Campaign %1 does not exist.").arg(m_campaign));
        m_campaignName = q.value(0).toString();
        m_national = q.value(6).isNull();
        m_provinceInText = q.value(6).isNull() ? QString() : text::unitNameInRunningText(q.value(6).toString(), q.value(7).toString());
        m_provinceTypeWord = provinceTypeWord(q.value(7).toString());
        QString dayName = m_campaignName;
        dayName.remove(QRegularExpression(QStringLiteral("\\s+năm\\s+\\d{4}$")));
        m_context[QStringLiteral("campaign")] = QVariantMap{
                {QStringLiteral("id"), QString::number(m_campaign)},
                {QStringLiteral("name"), m_campaignName},
                {QStringLiteral("year"), q.value(1).toString()},
                {QStringLiteral("day_name"), dayName},
                {QStringLiteral("plan_reference"), q.value(2).toString()},
                {QStringLiteral("plan_subject"), q.value(3).toString()},
                {QStringLiteral("guidance_reference"), q.value(4).toString()},
                {QStringLiteral("guidance_subject"), q.value(5).toString()},
                {QStringLiteral("province"), m_provinceInText},
                // The national roll-up speaks of "trên địa bàn cả nước".
                {QStringLiteral("province_type_word"), m_national ? QStringLiteral("cả nước") : m_provinceTypeWord},
                {QStringLiteral("national"), m_national},
                {QStringLiteral("has_districts"), m_stats.level(AdminLevel::District) != nullptr}};
    }

    // Section I of the reference: the campaign's main event. False when there is none.
    bool readMainEvent()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT id, kind, title, theme, event_date, time_of_day, chair_name, chair_position, mode,
       COALESCE(in_person_attendance, 0), in_person_qualifier, in_person_description,
       COALESCE(online_attendance, 0), online_qualifier, online_description,
       livestream_platform, COALESCE(livestream_views, 0), livestream_qualifier, outcomes
FROM event WHERE campaign_id = ? AND is_main_event = 1 ORDER BY sort_order, id LIMIT 1)SQL"), {m_campaign});
        if (!q.next()) {
            m_context[QStringLiteral("main_event")] = false;
            return false;
        }
        QVariantMap event;
        const int eventId = q.value(0).toInt();
        const QString kind = eventKindWord(q.value(1).toString());
        const QString theme = q.value(3).toString();
        event[QStringLiteral("kind")] = kind;
        event[QStringLiteral("title")] = q.value(2).toString();
        event[QStringLiteral("theme")] = theme;
        event[QStringLiteral("named")] = theme.isEmpty() ? q.value(2).toString() : QString(kind + QStringLiteral(" “") + theme + QStringLiteral("”"));
        event[QStringLiteral("date")] = text::formatDate(QDate::fromString(q.value(4).toString(), Qt::ISODate));
        event[QStringLiteral("time_of_day")] = timeOfDayWord(q.value(5).toString()).trimmed();
        event[QStringLiteral("mode")] = modeWords(q.value(8).toString());
        if (!q.value(6).toString().isEmpty())
            event[QStringLiteral("chair")] = QString(q.value(6).toString() + (q.value(7).toString().isEmpty() ? QString() : QStringLiteral(", ") + q.value(7).toString()));
        const Figure inPerson = figureAt(q, 9, 10);
        const Figure online = figureAt(q, 12, 13);
        const Figure views = figureAt(q, 16, 17);
        event[QStringLiteral("in_person")] = inPerson.value > 0 ? markFigure(QStringLiteral("main_event_in_person"), inPerson.toText()) : QString();
        event[QStringLiteral("in_person_description")] = q.value(11).toString();
        const QString sites = connectedSitesText(eventId);
        event[QStringLiteral("sites")] = sites;
        event[QStringLiteral("has_online")] = online.value > 0 || !sites.isEmpty();
        event[QStringLiteral("online")] = online.value > 0 ? markFigure(QStringLiteral("main_event_online"), online.toText()) : QString();
        event[QStringLiteral("online_description")] = q.value(14).toString();
        event[QStringLiteral("livestream_platform")] = q.value(15).toString();
        event[QStringLiteral("livestream_views")] = views.value > 0 ? markFigure(QStringLiteral("main_event_livestream"), views.toText()) : QString();
        figure(QStringLiteral("main_event_in_person"), QStringLiteral("Đại biểu dự trực tiếp (%1)").arg(kind), inPerson.toText());
        figure(QStringLiteral("main_event_online"), QStringLiteral("Đại biểu dự trực tuyến (%1)").arg(kind), online.toText());
        figure(QStringLiteral("main_event_livestream"), QStringLiteral("Lượt theo dõi livestream (%1)").arg(kind), views.toText());

        QSqlQuery p = select(m_db, QStringLiteral(R"SQL(
SELECT speaker_name, speaker_position, speaker_organisation, title FROM presentation
WHERE event_id = ? ORDER BY sort_order)SQL"), {eventId});
        QVariantList presentations;
        while (p.next()) {
            QStringList speaker{p.value(0).toString()};
            const QString position = p.value(1).toString();
            const QString organisation = p.value(2).toString();
            // A bare title reads with its organisation ("Giám đốc VNPT IT3"); a
            // title that names a unit of its own takes a comma before it.
            const bool bareTitle = position.split(u' ', Qt::SkipEmptyParts).size() <= 3;
            if (!position.isEmpty() && !organisation.isEmpty())
                speaker << position + (bareTitle ? QStringLiteral(" ") : QStringLiteral(", ")) + organisation;
            else if (!position.isEmpty() || !organisation.isEmpty())
                speaker << position + organisation;
            presentations << QVariantMap{{QStringLiteral("speaker"), speaker.join(QStringLiteral(", "))},
                                         {QStringLiteral("speaker_name"), p.value(0).toString()},
                                         {QStringLiteral("title"), p.value(3).toString()}};
        }
        int clause = 2;
        event[QStringLiteral("presentations")] = numbered(presentations);
        event[QStringLiteral("presentations_count")] = QString::number(presentations.size());
        event[QStringLiteral("presentations_clause")] = presentations.isEmpty() ? QString() : QString::number(clause++);
        QVariantList outcomes;
        for (const QString &line : q.value(18).toString().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                outcomes << QVariantMap{{QStringLiteral("text"), QString(line).replace(QStringLiteral("{sites}"), sites).trimmed()}};
        }
        event[QStringLiteral("outcomes")] = outcomes;
        event[QStringLiteral("outcomes_clause")] = outcomes.isEmpty() ? QString() : QString::number(clause++);
        m_context[QStringLiteral("main_event")] = event;
        return true;
    }

    // "13 điểm cầu cấp huyện và 173 điểm cầu cấp xã"
    QString connectedSitesText(int eventId)
    {
        QSqlQuery q = select(m_db, QStringLiteral("SELECT level, site_count FROM event_connected_sites WHERE event_id = ? ORDER BY level"), {eventId});
        QStringList parts;
        while (q.next()) {
            parts << text::formatNumber(q.value(1).toLongLong()) + QStringLiteral(" điểm cầu ")
                         + levelPrintName(static_cast<AdminLevel>(q.value(0).toInt()), m_provinceTypeWord);
        }
        return joinWithAnd(parts);
    }

    QList<Ordered> activities(const QString &section)
    {
        QList<Ordered> items;
        QSqlQuery q = select(m_db, QStringLiteral(
            "SELECT sort_order, body FROM campaign_activity WHERE campaign_id = ? AND section = ? ORDER BY sort_order, id"),
            {m_campaign, section});
        while (q.next())
            items << Ordered{q.value(0).toInt(), oneLine(q.value(1).toString())};
        return items;
    }

    // Section II.1: the clerk's statements and the media outputs, in print order.
    void readCommunication()
    {
        QList<Ordered> items = activities(QStringLiteral("communication"));
        if (m_national) {
            // A ministry reads totals, not 50.000 outputs: one sentence, by kind.
            const QString sentence = nationalMediaSentence(m_stats);
            if (!sentence.isEmpty())
                items << Ordered{std::numeric_limits<int>::max(), sentence};
            m_context[QStringLiteral("communication")] = inOrder(items);
            readMediaOutlets();
            return;
        }
        // Commissioned outputs make one sentence; the others one per outlet in a row.
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT sort_order, outlet, kind, title, item_count, count_qualifier, commissioned, description
FROM media_output WHERE campaign_id = ? ORDER BY sort_order, id)SQL"), {m_campaign});
        QStringList commissioned;
        int commissionedOrder = 0;
        QString lastOutlet;
        QStringList outletParts;
        int outletOrder = 0;
        const auto flushOutlet = [&] {
            if (!outletParts.isEmpty())
                items << Ordered{outletOrder, lastOutlet + u' ' + outletParts.join(QStringLiteral("; ")) + u'.'};
            outletParts.clear();
        };
        while (q.next()) {
            const Figure count = figureAt(q, 4, 5);
            QString phrase = QStringLiteral("thực hiện ") + count.toPaddedText() + u' ' + mediaKindNoun(q.value(2).toString());
            if (!q.value(3).toString().isEmpty())
                phrase += u' ' + quotedItalic(q.value(3).toString());
            if (!q.value(7).toString().isEmpty())
                phrase += u' ' + q.value(7).toString();
            const QString outlet = q.value(1).toString();
            if (q.value(6).toBool()) {
                if (commissioned.isEmpty())
                    commissionedOrder = q.value(0).toInt();
                commissioned << outlet + u' ' + phrase;
                continue;
            }
            if (outlet != lastOutlet) {
                flushOutlet();
                lastOutlet = outlet;
                outletOrder = q.value(0).toInt();
            }
            outletParts << phrase;
        }
        flushOutlet();
        if (!commissioned.isEmpty())
            items << Ordered{commissionedOrder, m_issuingBodyName + QStringLiteral(" đặt hàng ") + commissioned.join(QStringLiteral("; ")) + u'.'};
        m_context[QStringLiteral("communication")] = inOrder(items);
        readMediaOutlets();
    }

    void readMediaOutlets()
    {
        QVariantList outlets;
        for (const MediaOutletStatistics &outlet : std::as_const(m_stats.mediaByOutlet)) {
            outlets << QVariantMap{{QStringLiteral("outlet"), outlet.outlet},
                                   {QStringLiteral("items"), markFigure(outletFigureKey(outlet.outlet), outlet.items.toText())},
                                   {QStringLiteral("commissioned"), outlet.commissionedItems > 0 ? text::formatNumber(outlet.commissionedItems) : QString()}};
        }
        m_context[QStringLiteral("media")] = QVariantMap{{QStringLiteral("total"), markFigure(QStringLiteral("media_outputs"), m_stats.mediaOutputs.toText())},
                                                         {QStringLiteral("outlets"), numbered(outlets)}};
    }

    // "Đã thành lập 1.141 Tổ Công nghệ số cộng đồng đạt 100% các cấp …" (TeamsSentence.h).
    void readTeams()
    {
        QString provinceTeamName;
        const LevelStatistics *province = m_stats.level(AdminLevel::Province);
        if (province && province->teams == 1) {
            QSqlQuery q = select(m_db, QStringLiteral("SELECT name FROM team WHERE campaign_id = ? AND level = 1"), {m_campaign});
            if (q.next())
                provinceTeamName = q.value(0).toString();
        }
        m_context[QStringLiteral("teams")] = teamsContext(m_stats, provinceTeamName, m_provinceTypeWord,
            [this](const QString &key, const QString &label, const QString &value) { figure(key, label, value); });
    }

    // Section II.2 after the teams: trainings, other figures, then the clerk's
    // statements and the other events in print order.
    void readOtherActivities()
    {
        if (m_national) {
            readNationalActivities();
            return;
        }
        QSqlQuery t = select(m_db, QStringLiteral(R"SQL(
SELECT s.title, s.mode, COALESCE(s.participants_declared, 0), s.participants_qualifier, s.participants_description,
       s.description, (SELECT count(*) FROM training_attendance a WHERE a.training_id = s.id)
FROM training_session s WHERE s.campaign_id = ? ORDER BY s.start_date, s.id)SQL"), {m_campaign});
        QVariantList trainings;
        while (t.next()) {
            // A listed attendance counts distinct members; otherwise the declared figure.
            const qint64 listed = t.value(6).toLongLong();
            const Figure participants = listed > 0 ? Figure{listed, Qualifier::Exact} : figureAt(t, 2, 3);
            QString sentence = t.value(5).toString();
            if (sentence.isEmpty()) {
                sentence = QStringLiteral("Tổ chức ") + t.value(0).toString() + QStringLiteral(" theo hình thức ")
                           + modeWords(t.value(1).toString()) + QStringLiteral(" cho {participants} ")
                           + t.value(4).toString() + u'.';
            }
            trainings << QVariantMap{{QStringLiteral("title"), t.value(0).toString()},
                                     {QStringLiteral("participants"), participants.toText()},
                                     {QStringLiteral("text"), oneLine(sentence.replace(QStringLiteral("{participants}"), participants.toText()))}};
        }
        m_context[QStringLiteral("trainings")] = numbered(trainings);

        readCampaignFigures();
        QList<Ordered> items = activities(QStringLiteral("other"));
        items << otherEvents();
        m_context[QStringLiteral("other_activities")] = inOrder(items);
    }

    // The clerk's other figures of the campaign (campaign_figure).
    void readCampaignFigures()
    {
        QSqlQuery f = select(m_db, QStringLiteral(R"SQL(
SELECT label, value, qualifier, unit_label, description, figure_key FROM campaign_figure
WHERE campaign_id = ? ORDER BY sort_order, id)SQL"), {m_campaign});
        QVariantList figures;
        while (f.next()) {
            const Figure value = figureAt(f, 1, 2);
            QString sentence = f.value(4).toString();
            if (sentence.isEmpty())
                sentence = f.value(0).toString() + QStringLiteral(": {figure} ") + f.value(3).toString() + u'.';
            const QString key = QStringLiteral("figure_") + f.value(5).toString();
            const QString marked = markFigure(key, value.toText());
            figures << QVariantMap{{QStringLiteral("key"), f.value(5).toString()},
                                   {QStringLiteral("label"), f.value(0).toString()},
                                   {QStringLiteral("value"), marked},
                                   {QStringLiteral("text"), oneLine(sentence.replace(QStringLiteral("{figure}"), marked))}};
            figure(key, f.value(0).toString(), value.toText());
        }
        m_context[QStringLiteral("campaign_figures")] = numbered(figures);
    }

    // The national roll-up's section II.2: totals of the trainings and events
    // (their lists are the provinces' reports), then the pointer to the table.
    void readNationalActivities()
    {
        const QString trainings = nationalTrainingSentence(m_stats);
        m_context[QStringLiteral("trainings")] = trainings.isEmpty() ? QVariantList() : numbered({QVariantMap{{QStringLiteral("text"), trainings}}});
        readCampaignFigures();
        QSqlQuery q = select(m_db, QStringLiteral(
            "SELECT kind, count(*) FROM event WHERE campaign_id = ? AND is_main_event = 0 GROUP BY kind ORDER BY count(*) DESC, kind"),
            {m_campaign});
        QList<QPair<QString, int>> byKind;
        while (q.next())
            byKind << qMakePair(q.value(0).toString(), q.value(1).toInt());
        QList<Ordered> items = activities(QStringLiteral("other"));
        const QString events = nationalEventsSentence(m_stats, byKind);
        if (!events.isEmpty())
            items << Ordered{std::numeric_limits<int>::max() - 1, events};
        items << Ordered{std::numeric_limits<int>::max(), nationalProvincesSentence(m_provinces)};
        m_context[QStringLiteral("events")] = QVariantList();
        m_context[QStringLiteral("other_activities")] = inOrder(items);
    }

    // Events other than the main one; those sharing a report group make one bullet.
    QList<Ordered> otherEvents()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT e.sort_order, e.kind, e.title, COALESCE(o.name, e.organiser_text),
       COALESCE(e.in_person_attendance, 0), e.in_person_qualifier, e.audience_description,
       COALESCE(e.online_attendance, 0), e.online_qualifier, COALESCE(e.livestream_views, 0), e.livestream_qualifier,
       e.description, e.report_group
FROM event e LEFT JOIN organisation o ON o.id = e.organiser_id
WHERE e.campaign_id = ? AND e.is_main_event = 0 ORDER BY e.sort_order, e.id)SQL"), {m_campaign});
        QList<Ordered> items;
        QVariantList events;
        QString currentGroup;
        QStringList groupPhrases;
        QStringList groupKinds;
        int groupOrder = 0;
        const auto flushGroup = [&] {
            if (groupPhrases.isEmpty())
                return;
            items << Ordered{groupOrder,
                QStringLiteral("Các đơn vị trên địa bàn ") + m_provinceTypeWord + QStringLiteral(" đã tổ chức nhiều hoạt động như ") + joinWithAnd(groupKinds)
                    + QStringLiteral(" tuyên truyền nâng cao nhận thức về chuyển đổi số như: ") + groupPhrases.join(QStringLiteral("; "))
                    + QStringLiteral(";...")};
            groupPhrases.clear();
            groupKinds.clear();
        };
        while (q.next()) {
            const Figure inPerson = figureAt(q, 4, 5);
            const QString organiser = q.value(3).toString();
            QString description = q.value(11).toString();
            description.replace(QStringLiteral("{in_person}"), inPerson.toText())
                .replace(QStringLiteral("{online}"), figureAt(q, 7, 8).toText())
                .replace(QStringLiteral("{livestream}"), figureAt(q, 9, 10).toText());
            description = oneLine(description);
            events << QVariantMap{{QStringLiteral("title"), q.value(2).toString()},
                                  {QStringLiteral("kind"), eventKindWord(q.value(1).toString())},
                                  {QStringLiteral("organiser"), organiser},
                                  {QStringLiteral("in_person"), inPerson.value > 0 ? inPerson.toText() : QString()}};
            const QString attendance = inPerson.value > 0
                ? QStringLiteral(" với sự tham dự của ") + inPerson.toText() + u' ' + q.value(6).toString()
                : QString();
            const QString group = q.value(12).toString();
            if (group != currentGroup)
                flushGroup();
            currentGroup = group;
            if (!group.isEmpty()) {
                if (groupPhrases.isEmpty())
                    groupOrder = q.value(0).toInt();
                const QString kindWord = eventKindWord(q.value(1).toString()).toLower();
                if (!groupKinds.contains(kindWord))
                    groupKinds << kindWord;
                groupPhrases << (description.isEmpty() ? organiser + attendance : description);
                continue;
            }
            if (description.isEmpty()) {
                description = organiser + QStringLiteral(" tổ chức ") + eventKindWord(q.value(1).toString()).toLower()
                              + QStringLiteral(" “") + q.value(2).toString() + QStringLiteral("”") + attendance + u'.';
            }
            items << Ordered{q.value(0).toInt(), description};
        }
        flushGroup();
        m_context[QStringLiteral("events")] = numbered(events);
        return items;
    }

    void readRecommendations()
    {
        QSqlQuery q = select(m_db, QStringLiteral("SELECT body FROM recommendation WHERE campaign_id = ? ORDER BY sort_order, id"), {m_campaign});
        QVariantList recommendations;
        while (q.next())
            recommendations << QVariantMap{{QStringLiteral("text"), oneLine(q.value(0).toString())}};
        const QVariantList intro = inOrder(activities(QStringLiteral("recommendations")));
        m_context[QStringLiteral("has_recommendations")] = !recommendations.isEmpty() || !intro.isEmpty();
        m_context[QStringLiteral("recommendations_intro")] = intro;
        m_context[QStringLiteral("recommendations")] = numbered(recommendations);
    }

    // The headline figures with their labels: what issuing freezes and what
    // is compared with the live data afterwards.
    void readFigures()
    {
        figure(QStringLiteral("members_trained"), QStringLiteral("Thành viên được tập huấn"), m_stats.membersTrained.toText());
        figure(QStringLiteral("training_sessions"), QStringLiteral("Lớp tập huấn"), text::formatNumber(m_stats.trainingSessions));
        figure(QStringLiteral("events"), QStringLiteral("Sự kiện"), text::formatNumber(m_stats.events));
        figure(QStringLiteral("audience_in_person"), QStringLiteral("Lượt người dự trực tiếp các sự kiện"), m_stats.eventAudience.inPerson.toText());
        figure(QStringLiteral("audience_online"), QStringLiteral("Lượt người dự trực tuyến các sự kiện"), m_stats.eventAudience.online.toText());
        figure(QStringLiteral("livestream_views"), QStringLiteral("Lượt theo dõi livestream"), m_stats.eventAudience.livestreamViews.toText());
        figure(QStringLiteral("media_outputs"), QStringLiteral("Sản phẩm truyền thông"), m_stats.mediaOutputs.toText());
        for (qsizetype i = 0; i < m_stats.mediaByOutlet.size(); ++i) {
            const MediaOutletStatistics &outlet = m_stats.mediaByOutlet.at(i);
            figure(outletFigureKey(outlet.outlet),
                   QStringLiteral("Sản phẩm truyền thông: ") + outlet.outlet, outlet.items.toText());
        }
        // Printed through {{figures.key}}: marked like every figure of the context.
        QVariantMap marked;
        for (auto it = m_figures.cbegin(); it != m_figures.cend(); ++it)
            marked[it.key()] = markFigure(it.key(), it.value().toString());
        m_context[QStringLiteral("figures")] = marked;
        m_context[QStringLiteral("figure_labels")] = m_figureLabels;
    }

    const QSqlDatabase &m_db;
    const int m_campaign;
    const QString m_issuingBodyName;
    CampaignStatistics m_stats;
    QString m_campaignName;
    QString m_provinceInText;
    QString m_provinceTypeWord; // "tỉnh" | "thành phố" (TeamsSentence.h)
    bool m_national = false;    // the campaign names no province: the national roll-up
    QList<ProvinceStatistics> m_provinces; // national only
    QVariantMap m_context;
    QVariantMap m_figures;
    QVariantMap m_figureLabels;
};

QStringList nonEmptyLines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

QString rendered(const QString &source, const QVariantMap &context, const QString &what)
{
    QString out;
    QString error;
    if (!renderTemplate(source, context, &out, &error))
        throw BuildError(Text::tr("The %1 of the report has a template error: %2").arg(what, error));
    return out;
}

// The letterhead columns a report prints: its frozen copy (report_letterhead,
// taken when it was made, so that a later edit of the letterhead does not
// change it), else the letterhead itself (a report written by other means).
// Needs "letterhead l" and "LEFT JOIN report_letterhead f".
QString letterheadColumns(const QStringList &columns)
{
    QStringList out;
    for (const QString &column : columns)
        out << QStringLiteral("CASE WHEN f.report_id IS NULL THEN l.%1 ELSE f.%1 END").arg(column);
    return out.join(QStringLiteral(", "));
}

// Reads report reportId (or, with reportId 0, the latest report of campaignId)
// with its letterhead and fills the document from its template and the data.
void buildFromRecord(const QSqlDatabase &db, int campaignId, int reportId, OfficialDocument *doc, QVariantMap *contextOut)
{
    const QString where = reportId > 0 ? QStringLiteral("r.id = ?") : QStringLiteral("r.campaign_id = ?");
    QSqlQuery q = select(db, QStringLiteral(R"SQL(
SELECT r.document_type, r.number, r.symbol, r.issue_date, r.draft_month, r.subject, r.addressees,
       r.closing_line, r.distribution, r.signing_authority, r.authority_title, r.signer_position, r.signer_name,
       %1, r.body, r.campaign_id, c.year, c.name, r.appendix_teams, r.status
FROM report r JOIN letterhead l ON l.id = r.letterhead_id JOIN campaign c ON c.id = r.campaign_id
LEFT JOIN report_letterhead f ON f.report_id = r.id
WHERE )SQL").arg(letterheadColumns({QStringLiteral("parent_body"), QStringLiteral("issuing_body"),
                                   QStringLiteral("issuing_body_name"), QStringLiteral("issuing_abbreviation"),
                                   QStringLiteral("place_name"), QStringLiteral("address_line"),
                                   QStringLiteral("margin_top_mm"), QStringLiteral("margin_bottom_mm"),
                                   QStringLiteral("margin_left_mm"), QStringLiteral("margin_right_mm"),
                                   QStringLiteral("body_font_pt")})) + where + QStringLiteral(" ORDER BY r.id DESC LIMIT 1"), {reportId > 0 ? reportId : campaignId});
    if (!q.next()) {
        if (reportId > 0)
            throw BuildError(Text::tr("Report %1 does not exist.").arg(reportId));
        QSqlQuery c = select(db, QStringLiteral("SELECT name FROM campaign WHERE id = ?"), {campaignId});
        if (!c.next())
            throw BuildError(Text::tr("Campaign %1 does not exist.").arg(campaignId));
        throw BuildError(Text::tr("The campaign “%1” has no report record with a letterhead yet.").arg(c.value(0).toString()));
    }
    const QString issuingBodyName = q.value(15).toString();
    // The body keeps its figures' keys (TextRun::figureKey); nothing else prints them.
    ContextBuilder builder(db, q.value(25).toInt(), issuingBodyName);
    const QVariantMap markedContext = builder.build();
    const QVariantMap context = stripFigureMarks(markedContext);
    const QString body = q.value(24).toString().trimmed().isEmpty() ? defaultReportBody() : q.value(24).toString();

    doc->documentType = q.value(0).toString();
    doc->number = q.value(1).toInt();
    doc->symbol = q.value(2).toString();
    doc->date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    doc->draftMonth = q.value(4).toInt();
    doc->draft = q.value(29).toString() == QStringLiteral("draft");
    doc->year = doc->date.isValid() ? doc->date.year() : q.value(26).toInt();
    doc->subjectLines = nonEmptyLines(rendered(q.value(5).toString(), context, Text::tr("subject")));
    doc->addressees = nonEmptyLines(rendered(q.value(6).toString(), context, Text::tr("addressees")));
    doc->closingLine = rendered(q.value(7).toString(), context, Text::tr("closing line")).trimmed();
    doc->distribution = nonEmptyLines(rendered(q.value(8).toString(), context, Text::tr("distribution list")));
    doc->signingAuthority = q.value(9).toString();
    doc->authorityTitle = q.value(10).toString();
    doc->signerPosition = q.value(11).toString();
    doc->signerName = q.value(12).toString();
    doc->letterhead.parentBody = q.value(13).toString();
    doc->letterhead.issuingBody = q.value(14).toString();
    doc->letterhead.issuingBodyName = issuingBodyName;
    doc->letterhead.issuingAbbreviation = q.value(16).toString();
    doc->letterhead.placeName = q.value(17).toString();
    doc->letterhead.addressLine = q.value(18).toString();
    doc->page.marginTopMm = q.value(19).toDouble();
    doc->page.marginBottomMm = q.value(20).toDouble();
    doc->page.marginLeftMm = q.value(21).toDouble();
    doc->page.marginRightMm = q.value(22).toDouble();
    doc->page.bodyFontPt = q.value(23).toInt();
    doc->page = doc->page.clamped();
    doc->body = parseBodyMarkup(rendered(body, markedContext, Text::tr("body")));
    if (builder.isNational()) {
        // The national roll-up's table of provinces, in place of the list of
        // tens of thousands of teams (appendix_teams is for a province).
        doc->appendices << provincesAppendix(builder.provinces(), builder.statistics(), *doc);
    } else if (q.value(28).toBool()) {
        Appendix appendix;
        QString error;
        if (!buildTeamsAppendix(db, q.value(25).toInt(), *doc, &appendix, &error))
            throw BuildError(error);
        doc->appendices << appendix;
    }
    if (contextOut)
        *contextOut = context;
}

template<typename Fn>
bool guarded(QString *error, Fn &&fn)
{
    try {
        fn();
    } catch (const BuildError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace

bool buildReportContext(const QSqlDatabase &db, int campaignId, QVariantMap *context, QString *error)
{
    return guarded(error, [&] {
        QString issuingBodyName;
        QSqlQuery q = select(db, QStringLiteral(R"SQL(
SELECT %1 FROM report r JOIN letterhead l ON l.id = r.letterhead_id
LEFT JOIN report_letterhead f ON f.report_id = r.id
WHERE r.campaign_id = ? ORDER BY r.id DESC LIMIT 1)SQL").arg(letterheadColumns({QStringLiteral("issuing_body_name")})),
                             {campaignId});
        if (q.next())
            issuingBodyName = q.value(0).toString();
        *context = stripFigureMarks(ContextBuilder(db, campaignId, issuingBodyName).build());
    });
}

bool buildReportDocument(const QSqlDatabase &db, int campaignId, OfficialDocument *out, QString *error)
{
    OfficialDocument document;
    if (!guarded(error, [&] { buildFromRecord(db, campaignId, 0, &document, nullptr); }))
        return false;
    *out = document;
    return true;
}

bool buildReportDocumentForReport(const QSqlDatabase &db, int reportId, OfficialDocument *out, QString *error,
                                  QVariantMap *context)
{
    OfficialDocument document;
    QVariantMap filled;
    if (!guarded(error, [&] { buildFromRecord(db, 0, reportId, &document, &filled); }))
        return false;
    *out = document;
    if (context)
        *context = filled;
    return true;
}

} // namespace cds
