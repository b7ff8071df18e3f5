#include "records/FormReads.h"

#include "database/BoundQuery.h"

#include "records/RecordListQuery.h"
#include "text/VietnameseText.h"

#include <QSqlQuery>
#include <QStringList>

namespace cds::formreads {

namespace {

// The first column of the first row; invalid when there is none or the read fails.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, sql, values, &ok);
    return ok && query.next() ? query.value(0) : QVariant();
}

} // namespace

bool campaignNameTaken(const QSqlDatabase &db, const QString &name, int year, qint64 exceptId)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM campaign WHERE lower(name) = lower(?) AND year = ? AND id <> ?"),
                  {name, year, exceptId})
                   .toInt()
           > 0;
}

QString campaignFigureHolder(const QSqlDatabase &db, qint64 campaignId, const QString &key, qint64 exceptId)
{
    return scalar(db, QStringLiteral("SELECT label FROM campaign_figure WHERE campaign_id = ? AND figure_key = ? AND id <> ?"),
                  {campaignId, key, exceptId})
            .toString();
}

bool unitNameTaken(const QSqlDatabase &db, const QString &name, const QVariant &parentId, qint64 exceptId)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE lower(name) = lower(?) AND parent_id IS ? AND id <> ?"),
                  {name, parentId, exceptId})
                   .toInt()
           > 0;
}

bool isBelowUnit(const QSqlDatabase &db, qint64 unitId, qint64 candidateId)
{
    return scalar(db, QStringLiteral("WITH RECURSIVE below(id) AS (SELECT id FROM admin_unit WHERE parent_id = ? "
                                     "UNION SELECT a.id FROM admin_unit a JOIN below b ON a.parent_id = b.id) "
                                     "SELECT count(*) FROM below WHERE id = ?"),
                  {unitId, candidateId})
                   .toInt()
           > 0;
}

int openChildUnits(const QSqlDatabase &db, qint64 unitId)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE parent_id = ? AND valid_to IS NULL"), {unitId})
            .toInt();
}

QList<OrganisationEntry> organisations(const QSqlDatabase &db)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT id, name, search_key FROM organisation ORDER BY sort_key, id"), {}, &ok);
    QList<OrganisationEntry> out;
    while (ok && query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return out;
}

QSet<qint64> trainingPartners(const QSqlDatabase &db, qint64 trainingId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT organisation_id FROM training_partner WHERE training_id = ?"),
                          {trainingId}, &ok);
    QSet<qint64> out;
    while (ok && query.next())
        out.insert(query.value(0).toLongLong());
    return out;
}

QHash<qint64, QString> trainingAttendees(const QSqlDatabase &db, qint64 trainingId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT m.id, m.full_name FROM training_attendance a JOIN member m ON m.id = a.member_id "
                                         "WHERE a.training_id = ?"),
                          {trainingId}, &ok);
    QHash<qint64, QString> out;
    while (ok && query.next())
        out.insert(query.value(0).toLongLong(), query.value(1).toString());
    return out;
}

QHash<qint64, qint64> attendanceRows(const QSqlDatabase &db, qint64 trainingId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT rowid, member_id FROM training_attendance WHERE training_id = ?"),
                          {trainingId}, &ok);
    QHash<qint64, qint64> out;
    while (ok && query.next())
        out.insert(query.value(1).toLongLong(), query.value(0).toLongLong());
    return out;
}

QList<AttendeeCandidate> attendeeCandidates(const QSqlDatabase &db, const QString &typed, qint64 teamId,
                                            qint64 unitId, int limit)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : text::searchKey(typed).split(u' ', Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("m.search_key LIKE ? ESCAPE '\\'");
        values << listquery::likePattern(word);
    }
    if (teamId > 0) {
        conditions << QStringLiteral("m.id IN (SELECT member_id FROM team_member WHERE team_id = ? AND left_on IS NULL)");
        values << teamId;
    }
    if (unitId > 0) {
        conditions << QStringLiteral("m.unit_id IN (WITH RECURSIVE under(id) AS (SELECT ? UNION ALL "
                                     "SELECT a.id FROM admin_unit a JOIN under ON a.parent_id = under.id) SELECT id FROM under)");
        values << unitId;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    values << qMax(limit, 0);
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT m.id, m.full_name, u.name FROM member m LEFT JOIN admin_unit u ON u.id = m.unit_id%1 "
                                         "ORDER BY m.sort_key, m.id LIMIT ?")
                                  .arg(where),
                          values, &ok);
    QList<AttendeeCandidate> out;
    while (ok && query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return out;
}

} // namespace cds::formreads
