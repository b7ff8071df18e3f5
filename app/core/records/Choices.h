#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The entries of the pickers the forms show (an administrative unit, an
// organisation, a team), read here so that no SQL lives in the window.
//
// At national size a picker may have 50.000 units or 40.000 teams: the window
// asks for the number first (choiceCount) and, above a few thousand, reads
// only what the clerk types (ChoiceFilter::typed, at most `limit` entries),
// each keystroke an indexed or bounded read of a few milliseconds.
namespace cds::choices {

struct Choice
{
    QVariant id;   // the record's id
    QString label; // what the picker shows: "Xã Bình Sơn — Huyện Bình Sơn"
};

struct ChoiceFilter
{
    // Typed text: each of its words must occur in the entry's search keys (its
    // name, and for a unit its parent's and grandparent's), in any order, case
    // and diacritics ignored (text::searchKey): "thon 1 binh son". Empty: every
    // entry.
    QString typed;
    int limit = 0;        // at most this many entries; 0: all
    qint64 onlyId = 0;    // when set: this one entry only (to show the current value)
};

// Administrative units, each shown with its parent ("Xã Bình Sơn — Huyện Bình
// Sơn"), a village also with its grandparent ("Thôn 1 — Xã Bình Thuận, Huyện
// Bình Sơn": 149 villages of one province may be called "Thôn 1", and two
// communes of different districts may share a name) in tree order. levels: 1 province … 4 village (empty: all). With a
// valid validOn only the units that existed that day (valid_from/valid_to,
// migration 0007) and keepId are listed; without it closed units are listed
// too, their label followed by closedMark ("(đã giải thể)"). excludeId leaves
// one unit out (a unit cannot be its own parent).
struct UnitChoiceScope
{
    QList<int> levels;
    QDate validOn;
    qint64 keepId = 0;
    qint64 excludeId = 0;
    QString closedMark;
    // When set, a campaign id: only the units without a team in that campaign
    // (and keepId) are listed; a unit has one team per campaign (its level is
    // the unit's: UNIQUE (campaign_id, unit_id, level), migration 0001).
    qint64 withoutTeamInCampaign = 0;
};
QList<Choice> unitChoices(const QSqlDatabase &db, const UnitChoiceScope &scope, const ChoiceFilter &filter = {},
                          QString *error = nullptr);
qint64 unitChoiceCount(const QSqlDatabase &db, const UnitChoiceScope &scope, QString *error = nullptr);

// Organisations by name, "Sở Thông tin và Truyền thông (STTTT)".
QList<Choice> organisationChoices(const QSqlDatabase &db, const ChoiceFilter &filter = {}, QString *error = nullptr);
qint64 organisationChoiceCount(const QSqlDatabase &db, QString *error = nullptr);

// The teams of a campaign by name, and alsoTeamId (a member's current team in
// another campaign) when set.
QList<Choice> teamChoices(const QSqlDatabase &db, qint64 campaignId, qint64 alsoTeamId = 0,
                          const ChoiceFilter &filter = {}, QString *error = nullptr);
qint64 teamChoiceCount(const QSqlDatabase &db, qint64 campaignId, qint64 alsoTeamId = 0, QString *error = nullptr);

// The districts (level 2, dissolved ones too: earlier campaigns used them) in
// Vietnamese order, for the lists' district filter.
QList<Choice> districtChoices(const QSqlDatabase &db, QString *error = nullptr);

} // namespace cds::choices
