#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// What the record forms of campaigns, administrative units and training
// sessions read to check and fill themselves, read here so that no SQL lives
// in the window (issue #15). A failed read answers as if nothing were found
// (no warning, no candidate): these reads only add warnings and choices to a
// form whose save reports its own errors (RecordTransaction).
namespace cds::formreads {

// Campaigns: another campaign than exceptId has name in year, case ignored
// (SQLite's lower(): ASCII letters; names are NFC).
bool campaignNameTaken(const QSqlDatabase &db, const QString &name, int year, qint64 exceptId);
// The label of the figure of campaignId other than exceptId whose key is
// key ("qr_scans"); empty when the key is free.
QString campaignFigureHolder(const QSqlDatabase &db, qint64 campaignId, const QString &key, qint64 exceptId);

// Administrative units: another unit than exceptId under parentId (null:
// at the top) is called name, case ignored as above.
bool unitNameTaken(const QSqlDatabase &db, const QString &name, const QVariant &parentId, qint64 exceptId);
// candidateId lies below unitId (a child, grandchild, …), so it cannot be its parent.
bool isBelowUnit(const QSqlDatabase &db, qint64 unitId, qint64 candidateId);
// The units directly under unitId that are still open (valid_to NULL).
int openChildUnits(const QSqlDatabase &db, qint64 unitId);

// An organisation as the training form's list of partners shows it.
struct OrganisationEntry
{
    qint64 id = 0;
    QString name;      // NFC, as stored
    QString searchKey; // text::searchKey() of the name and its details (RecordKeys.h)
};
// Every organisation in Vietnamese order of the name (sort_key).
QList<OrganisationEntry> organisations(const QSqlDatabase &db);

// Training sessions: the partner organisations' ids of trainingId.
QSet<qint64> trainingPartners(const QSqlDatabase &db, qint64 trainingId);
// The listed attendees of trainingId: member id -> full name (NFC).
QHash<qint64, QString> trainingAttendees(const QSqlDatabase &db, qint64 trainingId);
// The attendance rows of trainingId: member id -> the row's rowid (what
// RecordTransaction::remove() takes for training_attendance).
QHash<qint64, qint64> attendanceRows(const QSqlDatabase &db, qint64 trainingId);

// A member the training form offers as an attendee.
struct AttendeeCandidate
{
    qint64 id = 0;
    QString fullName; // NFC
    QString unitName; // the member's own unit ("Xã Bình Sơn"); empty when none
};
// Members, in Vietnamese order of the name, whose search key holds every
// word of typed (case and diacritics ignored), who are current members of
// teamId (0: any team) and live in unitId or a unit below it (0: anywhere);
// at most limit of them.
QList<AttendeeCandidate> attendeeCandidates(const QSqlDatabase &db, const QString &typed, qint64 teamId,
                                            qint64 unitId, int limit);

} // namespace cds::formreads
