#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the member form reads about a person's memberships (team_member rows,
// migration 0001: a membership is open while left_on is NULL), so that no
// SQL lives in the window.
namespace cds::memberships {

// A member's newest open membership.
struct Membership
{
    qint64 id = 0;     // team_member.id
    qint64 teamId = 0;
    QString role;      // leader, deputy, member
    QDate joinedOn;    // invalid when unknown
};
std::optional<Membership> currentMembership(const QSqlDatabase &db, qint64 memberId);

// The number of the member's ended memberships (teams left).
int endedMembershipCount(const QSqlDatabase &db, qint64 memberId);

// The ids of every open membership of the member (normally one).
QList<qint64> openMembershipIds(const QSqlDatabase &db, qint64 memberId);

// A team's declared count and its present listed members.
struct TeamSize
{
    std::optional<qint64> declared; // team.declared_member_count; empty when not declared
    qint64 listed = 0;
};
TeamSize teamSize(const QSqlDatabase &db, qint64 teamId);

// The name of the team's present leader other than exceptMemberId; empty
// when there is none (the one-leader rule, validation::secondLeaderWarning).
QString otherLeaderName(const QSqlDatabase &db, qint64 teamId, qint64 exceptMemberId);

} // namespace cds::memberships
