#include "dashboard/DashboardStore.h"

#include "statistics/StatisticsSql.h"
#include "text/VietnameseText.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace cds {

namespace {

using statistics_sql::run;

QDate dateAt(const QSqlQuery &query, int column)
{
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

Figure figureAt(const QSqlQuery &query, int valueColumn, int qualifierColumn)
{
    return {query.value(valueColumn).toLongLong(), qualifierFromCode(query.value(qualifierColumn).toString())};
}

AdminLevel levelAt(const QSqlQuery &query, int column)
{
    const int level = query.value(column).toInt();
    return isValidAdminLevel(level) ? static_cast<AdminLevel>(level) : AdminLevel::Village;
}

// The name of the district above a unit, walking up at most two parents
// since a level may be skipped (a village directly under a district); in a
// tree without districts (two-level local government) the commune above a
// village.
const char *const districtNameSql = "CASE WHEN u.level = 2 THEN u.name WHEN p1.level = 2 THEN p1.name"
                                    " WHEN p2.level = 2 THEN p2.name WHEN u.level = 4 AND p1.level = 3 THEN p1.name END";

void readUnitRows(QSqlQuery &query, QList<UnitRow> *out)
{
    out->clear();
    while (query.next()) {
        UnitRow row;
        row.unitId = query.value(0).toInt();
        row.unitName = query.value(1).toString();
        row.level = levelAt(query, 2);
        row.districtName = query.value(3).toString();
        row.teamId = query.value(4).toInt();
        row.teamName = query.value(5).toString();
        row.members = query.value(6).toLongLong();
        row.membersReported = query.value(7).isNull() || query.value(7).toBool();
        out->append(row);
    }
}

void sortUnitRows(QList<UnitRow> *rows)
{
    const QCollator collator = text::collator();
    std::stable_sort(rows->begin(), rows->end(), [&collator](const UnitRow &a, const UnitRow &b) {
        if (a.level != b.level)
            return a.level < b.level;
        if (const int byDistrict = collator.compare(a.districtName, b.districtName))
            return byDistrict < 0;
        return collator.compare(a.unitName, b.unitName) < 0;
    });
}

} // namespace

DashboardStore::DashboardStore(QSqlDatabase db) : m_db(std::move(db)) { }

bool DashboardStore::areas(int campaignId, QList<UnitSummary> *out, AdminLevel *level, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, statistics_sql::scopeSql() + statistics_sql::areaLevelSql()
                     + QStringLiteral("SELECT id, name FROM active_unit WHERE level = (SELECT level FROM area_level)"),
             campaignId, StatisticsOptions(), error))
        return false;
    out->clear();
    while (query.next())
        out->append({query.value(0).toInt(), query.value(1).toString()});
    if (level) {
        if (!run(query, statistics_sql::scopeSql() + statistics_sql::areaLevelSql()
                         + QStringLiteral("SELECT level FROM area_level"),
                 campaignId, StatisticsOptions(), error))
            return false;
        *level = query.next() && query.value(0).toInt() == 3 ? AdminLevel::Commune : AdminLevel::District;
    }
    const QCollator collator = text::collator();
    std::sort(out->begin(), out->end(),
              [&collator](const UnitSummary &a, const UnitSummary &b) { return collator.compare(a.name, b.name) < 0; });
    return true;
}

bool DashboardStore::units(int campaignId, const StatisticsOptions &options, AdminLevel level, TeamPresence presence,
                           QList<UnitRow> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT u.id, u.name, u.level, %1, t.id, t.name, COALESCE(ts.members, 0), ts.reported
FROM active_unit u
LEFT JOIN admin_unit p1 ON p1.id = u.parent_id
LEFT JOIN admin_unit p2 ON p2.id = p1.parent_id
LEFT JOIN team_size ts ON ts.unit_id = u.id AND ts.level = u.level
LEFT JOIN team t ON t.id = ts.id
WHERE u.level = :level
  AND (:presence = 0 OR (:presence = 1 AND ts.id IS NOT NULL) OR (:presence = 2 AND ts.id IS NULL)))SQL")
                                .arg(QLatin1String(districtNameSql));
    const int presenceCode = presence == TeamPresence::Any ? 0 : presence == TeamPresence::WithTeam ? 1 : 2;
    if (!run(query, sql, campaignId, options, error,
             {{QStringLiteral(":level"), int(level)}, {QStringLiteral(":presence"), presenceCode}}))
        return false;
    readUnitRows(query, out);
    sortUnitRows(out);
    return true;
}

bool DashboardStore::teams(int campaignId, const StatisticsOptions &options, std::optional<AdminLevel> level,
                           QList<UnitRow> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT u.id, u.name, ts.level, %1, t.id, t.name, ts.members, ts.reported
FROM team_size ts
JOIN team t ON t.id = ts.id
JOIN admin_unit u ON u.id = ts.unit_id
LEFT JOIN admin_unit p1 ON p1.id = u.parent_id
LEFT JOIN admin_unit p2 ON p2.id = p1.parent_id
WHERE (:level = 0 OR ts.level = :level))SQL")
                                .arg(QLatin1String(districtNameSql));
    if (!run(query, sql, campaignId, options, error, {{QStringLiteral(":level"), level ? int(*level) : 0}}))
        return false;
    readUnitRows(query, out);
    sortUnitRows(out);
    return true;
}

namespace {

// A warning about the unit of the query's row: its columns 0–3 are the
// unit's id, name, level and district (or commune) name in every guideline query.
GuidelineWarning warningAbout(const QSqlQuery &query, GuidelineRule rule)
{
    GuidelineWarning w;
    w.rule = rule;
    w.unitId = query.value(0).toInt();
    w.unitName = query.value(1).toString();
    w.level = levelAt(query, 2);
    w.districtName = query.value(3).toString();
    return w;
}

} // namespace

bool DashboardStore::guidelineWarnings(int campaignId, const StatisticsOptions &options,
                                       QList<GuidelineWarning> *out, QString *error) const
{
    out->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);

    // Team sizes as the statistics count them (statistics_sql::scopeSql():
    // the larger of the list and the declared count; reported or not).
    const QString sizesSql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT u.id, u.name, ts.level, %1, t.id, t.name,
       ts.listed, ts.declared, t.member_count_qualifier,
       (SELECT min_team_members FROM campaign WHERE id = :campaign),
       ts.members, ts.qualifier, ts.reported, ts.disagrees
FROM team_size ts
JOIN team t ON t.id = ts.id
JOIN admin_unit u ON u.id = ts.unit_id
LEFT JOIN admin_unit p1 ON p1.id = u.parent_id
LEFT JOIN admin_unit p2 ON p2.id = p1.parent_id)SQL")
                                     .arg(QLatin1String(districtNameSql));
    if (!run(query, sizesSql, campaignId, options, error))
        return false;
    while (query.next()) {
        GuidelineWarning w = warningAbout(query, GuidelineRule::BelowMinimumSize);
        w.teamId = query.value(4).toInt();
        w.teamName = query.value(5).toString();
        const qint64 listed = query.value(6).toLongLong();
        w.declared = figureAt(query, 7, 8);
        const bool minimumSet = !query.value(9).isNull();
        w.minimum = query.value(9).toInt();
        const Figure counted = figureAt(query, 10, 11);
        if (!query.value(12).toBool()) {
            w.rule = GuidelineRule::MembersNotReported;
            out->append(w);
            continue;
        }
        if (minimumSet) {
            // "hơn 2" and "trên 2" members are at least 3.
            const bool atLeastOneMore = counted.qualifier == Qualifier::MoreThan || counted.qualifier == Qualifier::Over;
            if (counted.value + (atLeastOneMore ? 1 : 0) < w.minimum) {
                GuidelineWarning below = w;
                below.rule = GuidelineRule::BelowMinimumSize;
                below.members = counted;
                out->append(below);
            }
        }
        if (query.value(13).toBool()) {
            GuidelineWarning fewer = w;
            fewer.rule = GuidelineRule::ListedFewerThanDeclared;
            fewer.members = Figure{listed, Qualifier::Exact};
            out->append(fewer);
        }
    }

    // Units with more than one team of the campaign (at different levels).
    const QString severalSql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT u.id, u.name, u.level, %1, count(*), group_concat(t.name, '; ')
FROM team_size ts
JOIN team t ON t.id = ts.id
JOIN admin_unit u ON u.id = ts.unit_id
LEFT JOIN admin_unit p1 ON p1.id = u.parent_id
LEFT JOIN admin_unit p2 ON p2.id = p1.parent_id
GROUP BY u.id HAVING count(*) > 1)SQL")
                                       .arg(QLatin1String(districtNameSql));
    if (!run(query, severalSql, campaignId, options, error))
        return false;
    while (query.next()) {
        GuidelineWarning w = warningAbout(query, GuidelineRule::SeveralTeams);
        w.teams = query.value(4).toInt();
        w.teamName = query.value(5).toString();
        out->append(w);
    }

    // Village teams whose commune has no team, when communes are in scope.
    const QString villageSql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT u.id, u.name, ts.level, %1, t.id, t.name, p1.name
FROM team_size ts
JOIN team t ON t.id = ts.id
JOIN admin_unit u ON u.id = ts.unit_id
JOIN admin_unit p1 ON p1.id = u.parent_id AND p1.level = 3
LEFT JOIN admin_unit p2 ON p2.id = p1.parent_id
WHERE ts.level = 4
  AND NOT EXISTS (SELECT 1 FROM team t3 WHERE t3.campaign_id = :campaign AND t3.unit_id = p1.id AND t3.level = 3)
  AND (SELECT COALESCE(team_levels, '3') FROM campaign WHERE id = :campaign) LIKE '%3%')SQL")
                                       .arg(QLatin1String(districtNameSql));
    if (!run(query, villageSql, campaignId, options, error))
        return false;
    while (query.next()) {
        GuidelineWarning w = warningAbout(query, GuidelineRule::VillageTeamWithoutCommuneTeam);
        w.teamId = query.value(4).toInt();
        w.teamName = query.value(5).toString();
        w.communeName = query.value(6).toString();
        out->append(w);
    }

    const QCollator collator = text::collator();
    std::stable_sort(out->begin(), out->end(), [&collator](const GuidelineWarning &a, const GuidelineWarning &b) {
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.level != b.level)
            return a.level < b.level;
        if (const int byDistrict = collator.compare(a.districtName, b.districtName))
            return byDistrict < 0;
        return collator.compare(a.unitName, b.unitName) < 0;
    });
    return true;
}

bool DashboardStore::trainings(int campaignId, const StatisticsOptions &options, const QDate &month,
                               QList<TrainingRow> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT s.id, s.title, s.start_date, s.mode, o.name,
       COALESCE(s.participants_declared, 0), s.participants_qualifier,
       (SELECT count(*) FROM training_attendance ta WHERE ta.training_id = s.id)
FROM training_session s
LEFT JOIN organisation o ON o.id = s.organiser_id
WHERE s.campaign_id = :campaign AND %1 AND %2
  AND (COALESCE(:month, '') = '' OR substr(s.start_date, 1, 7) = :month)
ORDER BY s.start_date IS NULL, s.start_date, s.title, s.id)SQL")
                                .arg(statistics_sql::inPeriod(QStringLiteral("s.start_date")),
                                     statistics_sql::organisationInScope(QStringLiteral("s.organiser_id")));
    const QString monthKey = month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
    if (!run(query, sql, campaignId, options, error, {{QStringLiteral(":month"), monthKey}}))
        return false;
    out->clear();
    while (query.next()) {
        TrainingRow row;
        row.id = query.value(0).toInt();
        row.title = query.value(1).toString();
        row.startDate = dateAt(query, 2);
        row.mode = query.value(3).toString();
        row.organiser = query.value(4).toString();
        row.declaredParticipants = figureAt(query, 5, 6);
        row.listedAttendees = query.value(7).toLongLong();
        out->append(row);
    }
    return true;
}

bool DashboardStore::events(int campaignId, const StatisticsOptions &options, AudienceChannel channel,
                            QList<EventRow> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT e.id, e.title, e.kind, e.event_date, e.mode,
       COALESCE(e.in_person_attendance, 0), e.in_person_qualifier,
       COALESCE(e.online_attendance, 0), e.online_qualifier,
       COALESCE(e.livestream_views, 0), e.livestream_qualifier
FROM event e
WHERE e.campaign_id = :campaign AND %1 AND %2
  AND (:channel = 0 OR (:channel = 1 AND e.in_person_attendance > 0)
       OR (:channel = 2 AND e.online_attendance > 0) OR (:channel = 3 AND e.livestream_views > 0))
ORDER BY e.event_date IS NULL, e.event_date, e.sort_order, e.id)SQL")
                                .arg(statistics_sql::inPeriod(QStringLiteral("e.event_date")),
                                     statistics_sql::organisationInScope(QStringLiteral("e.organiser_id")));
    if (!run(query, sql, campaignId, options, error, {{QStringLiteral(":channel"), int(channel)}}))
        return false;
    out->clear();
    while (query.next()) {
        EventRow row;
        row.id = query.value(0).toInt();
        row.title = query.value(1).toString();
        row.kind = query.value(2).toString();
        row.date = dateAt(query, 3);
        row.mode = query.value(4).toString();
        row.inPerson = figureAt(query, 5, 6);
        row.online = figureAt(query, 7, 8);
        row.livestreamViews = figureAt(query, 9, 10);
        out->append(row);
    }
    return true;
}

bool DashboardStore::mediaOutputs(int campaignId, const StatisticsOptions &options, const QString &kind,
                                  const QString &outlet, QList<MediaOutputRow> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = statistics_sql::scopeSql() + QStringLiteral(R"SQL(
SELECT mo.id, mo.kind, mo.outlet, mo.title, mo.published_on, mo.item_count, mo.count_qualifier, mo.commissioned
FROM media_output mo
WHERE mo.campaign_id = :campaign AND %1 AND %2
  AND (COALESCE(:kind, '') = '' OR mo.kind = :kind) AND (COALESCE(:outlet, '') = '' OR mo.outlet = :outlet)
ORDER BY mo.sort_order, mo.id)SQL")
                                .arg(statistics_sql::inPeriod(QStringLiteral("mo.published_on")),
                                     statistics_sql::organisationInScope(QStringLiteral("mo.producer_id")));
    if (!run(query, sql, campaignId, options, error,
             {{QStringLiteral(":kind"), kind}, {QStringLiteral(":outlet"), outlet}}))
        return false;
    out->clear();
    while (query.next()) {
        MediaOutputRow row;
        row.id = query.value(0).toInt();
        row.kind = query.value(1).toString();
        row.outlet = query.value(2).toString();
        row.title = query.value(3).toString();
        row.publishedOn = dateAt(query, 4);
        row.items = figureAt(query, 5, 6);
        row.commissioned = query.value(7).toBool();
        out->append(row);
    }
    return true;
}

} // namespace cds
