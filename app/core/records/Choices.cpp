#include "records/Choices.h"

#include "records/RecordListQuery.h"

#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cds::choices {

namespace {

using listquery::likePattern;

// " AND (each typed word beginning a word of the key columns)": every word of
// the typed text begins a word of one of them, after a space or "(", as a
// picker that holds all its entries matches (text::hasWordStarts in
// widgets::makeSearchable): "pho an" finds "Phổ An", not "Phổ Quang".
QString typedCondition(const ChoiceFilter &filter, const QStringList &keyColumns, QVariantList *values)
{
    const QStringList words = text::searchKey(filter.typed).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    QStringList keys;
    for (const QString &column : keyColumns)
        keys << QStringLiteral("coalesce(%1, '')").arg(column);
    const QString haystack = QStringLiteral("(' ' || ") + keys.join(QStringLiteral(" || ' ' || ")) + u')';
    QString sql;
    for (const QString &word : words) {
        if (!word.at(0).isLetterOrNumber()) {
            sql += QStringLiteral(" AND %1 LIKE ? ESCAPE '\\'").arg(haystack);
            *values << likePattern(word);
            continue;
        }
        sql += QStringLiteral(" AND (%1 LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')").arg(haystack);
        // "% word%" and "%(word%": likePattern gives "%word%".
        *values << QString(QStringLiteral("% ") + likePattern(word).mid(1))
                << QString(QStringLiteral("%(") + likePattern(word).mid(1));
    }
    return sql;
}

QList<Choice> read(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QList<Choice> choices;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return choices;
    }
    while (query.next())
        choices.append({ query.value(0), query.value(1).toString() });
    return choices;
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

QString limitClause(const ChoiceFilter &filter)
{
    return filter.limit > 0 ? QStringLiteral(" LIMIT %1").arg(filter.limit) : QString();
}

QString unitWhere(const UnitChoiceScope &scope, QVariantList *values)
{
    QString sql = QStringLiteral(" WHERE 1");
    if (!scope.levels.isEmpty()) {
        QStringList levels;
        for (const int level : scope.levels)
            levels << QString::number(level);
        sql += QStringLiteral(" AND u.level IN (%1)").arg(levels.join(u','));
    }
    if (scope.validOn.isValid()) {
        sql += QStringLiteral(" AND ((u.valid_to IS NULL OR u.valid_to >= ?) AND (u.valid_from IS NULL OR u.valid_from <= ?)"
                              " OR u.id = ?)");
        *values << scope.validOn.toString(Qt::ISODate) << scope.validOn.toString(Qt::ISODate) << scope.keepId;
    }
    if (scope.excludeId != 0) {
        sql += QStringLiteral(" AND u.id <> ?");
        *values << scope.excludeId;
    }
    if (scope.withoutTeamInCampaign != 0) {
        sql += QStringLiteral(" AND (u.id = ? OR NOT EXISTS (SELECT 1 FROM team t WHERE t.campaign_id = ? AND t.unit_id = u.id))");
        *values << scope.keepId << scope.withoutTeamInCampaign;
    }
    return sql;
}

} // namespace

QList<Choice> unitChoices(const QSqlDatabase &db, const UnitChoiceScope &scope, const ChoiceFilter &filter, QString *error)
{
    // Closed units are marked only when every period is listed.
    const bool markClosed = !scope.validOn.isValid() && !scope.closedMark.isEmpty();
    QVariantList values{ markClosed ? QVariant(QString(u' ' + scope.closedMark)) : QVariant(QStringLiteral("")) };
    QString sql = QStringLiteral("SELECT u.id, u.name || CASE WHEN p.name IS NULL THEN '' ELSE ' — ' || p.name "
                                 "|| CASE WHEN g.name IS NULL THEN '' ELSE ', ' || g.name END END "
                                 "|| CASE WHEN u.valid_to IS NULL THEN '' ELSE ? END "
                                 "FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id "
                                 "LEFT JOIN admin_unit g ON g.id = p.parent_id AND u.level = 4");
    if (filter.onlyId != 0) {
        sql += QStringLiteral(" WHERE u.id = ?");
        values << filter.onlyId;
        return read(db, sql, values, error);
    }
    sql += unitWhere(scope, &values);
    sql += typedCondition(filter, { QStringLiteral("u.search_key"), QStringLiteral("p.search_key"), QStringLiteral("g.search_key") }, &values);
    sql += QStringLiteral(" ORDER BY u.level, p.sort_key, u.sort_key, u.id") + limitClause(filter);
    return read(db, sql, values, error);
}

qint64 unitChoiceCount(const QSqlDatabase &db, const UnitChoiceScope &scope, QString *error)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM admin_unit u") + unitWhere(scope, &values);
    return count(db, sql, values, error);
}

QList<Choice> organisationChoices(const QSqlDatabase &db, const ChoiceFilter &filter, QString *error)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, name || CASE WHEN abbreviation IS NULL THEN '' ELSE ' (' || abbreviation || ')' END "
                                 "FROM organisation WHERE 1");
    if (filter.onlyId != 0) {
        sql += QStringLiteral(" AND id = ?");
        values << filter.onlyId;
    }
    sql += typedCondition(filter, { QStringLiteral("search_key") }, &values);
    sql += QStringLiteral(" ORDER BY sort_key, id") + limitClause(filter);
    return read(db, sql, values, error);
}

qint64 organisationChoiceCount(const QSqlDatabase &db, QString *error)
{
    return count(db, QStringLiteral("SELECT count(*) FROM organisation"), {}, error);
}

QList<Choice> teamChoices(const QSqlDatabase &db, qint64 campaignId, qint64 alsoTeamId, const ChoiceFilter &filter,
                          QString *error)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, name FROM team");
    if (filter.onlyId != 0) {
        sql += QStringLiteral(" WHERE id = ?");
        values << filter.onlyId;
        return read(db, sql, values, error);
    }
    sql += QStringLiteral(" WHERE (campaign_id = ? OR id = ?)");
    values << campaignId << alsoTeamId;
    sql += typedCondition(filter, { QStringLiteral("search_key") }, &values);
    sql += QStringLiteral(" ORDER BY sort_key, id") + limitClause(filter);
    return read(db, sql, values, error);
}

qint64 teamChoiceCount(const QSqlDatabase &db, qint64 campaignId, qint64 alsoTeamId, QString *error)
{
    return count(db, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = ? OR id = ?"), { campaignId, alsoTeamId },
                 error);
}

QList<Choice> districtChoices(const QSqlDatabase &db, QString *error)
{
    return read(db, QStringLiteral("SELECT id, name FROM admin_unit WHERE level = 2 ORDER BY sort_key, id"), {}, error);
}

} // namespace cds::choices
