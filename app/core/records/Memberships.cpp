#include "records/Memberships.h"

#include "database/BoundQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace cds::memberships {

std::optional<Membership> currentMembership(const QSqlDatabase &db, qint64 memberId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT id, team_id, role, joined_on FROM team_member WHERE member_id = ? "
                                         "AND left_on IS NULL ORDER BY id DESC LIMIT 1"),
                          { memberId }, &ok);
    if (!ok || !query.next())
        return std::nullopt;
    return Membership{ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       QDate::fromString(query.value(3).toString(), Qt::ISODate) };
}

int endedMembershipCount(const QSqlDatabase &db, qint64 memberId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT count(*) FROM team_member WHERE member_id = ? AND left_on IS NOT NULL"),
                          { memberId }, &ok);
    return ok && query.next() ? query.value(0).toInt() : 0;
}

QList<qint64> openMembershipIds(const QSqlDatabase &db, qint64 memberId)
{
    QList<qint64> ids;
    bool ok = false;
    QSqlQuery query = sql::runBound(db, QStringLiteral("SELECT id FROM team_member WHERE member_id = ? AND left_on IS NULL"),
                          { memberId }, &ok);
    while (ok && query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

TeamSize teamSize(const QSqlDatabase &db, qint64 teamId)
{
    TeamSize size;
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT declared_member_count, (SELECT count(*) FROM team_member tm "
                                         "WHERE tm.team_id = t.id AND tm.left_on IS NULL) FROM team t WHERE t.id = ?"),
                          { teamId }, &ok);
    if (ok && query.next()) {
        if (!query.value(0).isNull())
            size.declared = query.value(0).toLongLong();
        size.listed = query.value(1).toLongLong();
    }
    return size;
}

QString otherLeaderName(const QSqlDatabase &db, qint64 teamId, qint64 exceptMemberId)
{
    bool ok = false;
    QSqlQuery query = sql::runBound(db,
                          QStringLiteral("SELECT m.full_name FROM team_member tm JOIN member m ON m.id = tm.member_id "
                                         "WHERE tm.team_id = ? AND tm.left_on IS NULL AND tm.role = 'leader' "
                                         "AND tm.member_id <> ? LIMIT 1"),
                          { teamId, exceptMemberId }, &ok);
    return ok && query.next() ? query.value(0).toString() : QString();
}

} // namespace cds::memberships
