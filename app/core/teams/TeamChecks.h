#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

// What the team form reads: the unit a team serves, the team a unit already
// has, the usual size of a team, the team's current members. Each is one
// indexed read, so the form opens and saves at once at national size.
namespace cds::teams {

// The unit as the team's name and level need it.
struct UnitSummary
{
    QString name;     // "Xã Phổ An" (NFC)
    QString unitType; // "Xã", "Thôn", … (admin_unit.unit_type)
    int level = 0;    // 1 province … 4 village
};
std::optional<UnitSummary> unitSummary(const QSqlDatabase &db, qint64 unitId);

// The name of the campaign's other team (not exceptTeamId) for that unit and
// level, or an empty string: a unit has one team per level in a campaign
// (UNIQUE (campaign_id, unit_id, level), migration 0001).
QString existingTeamName(const QSqlDatabase &db, qint64 campaignId, qint64 unitId, int level, qint64 exceptTeamId);

// The median size of the campaign's other teams (not exceptTeamId) at a level:
// a team's current listed members, else its declared count; teams with
// neither are left out. Empty when there is no such team. The team form warns
// above three times it (a typing error more often than a large ward). Above
// medianSampleSize teams at the level, the median is that of an even sample
// (every k-th team by id, about medianSampleSize of them): a warning's
// threshold needs no more, and the save stays within a tenth of a second at
// national size (80.000 village teams, issue #15).
inline constexpr qint64 medianSampleSize = 2000;
std::optional<double> medianTeamSize(const QSqlDatabase &db, qint64 campaignId, int level, qint64 exceptTeamId,
                                     QString *error = nullptr);

// A current member of a team (team_member.left_on IS NULL).
struct CurrentMember
{
    qint64 memberId = 0;
    QString fullName;
    QString role;   // leader, deputy, member
    QString gender; // male, female, other, or empty
    QString phone;
    QVariant birthYear; // int, or null when unknown
};
// Leader first, then deputies, then members, each in name order.
QList<CurrentMember> currentMembers(const QSqlDatabase &db, qint64 teamId, QString *error = nullptr);
// The unit a team serves (team.unit_id); 0 when the team does not exist.
qint64 teamUnitId(const QSqlDatabase &db, qint64 teamId);
// The ids of the open memberships of member in team (normally one).
QList<qint64> openMemberships(const QSqlDatabase &db, qint64 teamId, qint64 memberId);

// The day a campaign starts: its start date, else 1 January of its year;
// invalid when the campaign does not exist.
QDate campaignStart(const QSqlDatabase &db, qint64 campaignId);
// The campaign's year; 0 when it does not exist.
int campaignYear(const QSqlDatabase &db, qint64 campaignId);

} // namespace cds::teams
