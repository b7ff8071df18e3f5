#pragma once

#include "records/Choices.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>

class QComboBox;

// Pickers the forms share. Every picker is an editable combo whose typed text
// finds entries anywhere in their name, with or without diacritics. The
// entries come from the core (records/Choices.h).
namespace cds::widgets {

// Above this many entries a picker holds only its current entry and finds the
// others as the clerk types (at most lazyChoiceLimit of them, read from the
// database on each pause in typing): filling a combo box with the 50.000 units
// or 40.000 teams of the national database took seconds (issue #15).
inline constexpr qint64 largeChoiceList = 2000;
inline constexpr int lazyChoiceLimit = 50;

// Reads a picker's entries: all of them, or those matching filter.typed.
using ChoiceSource = std::function<QList<choices::Choice>(const choices::ChoiceFilter &filter)>;

// Fills combo from source: every entry when total <= largeChoiceList, searchable
// as the user types (makeSearchable is then not needed, and does nothing);
// else the current entry only, and the entries matching what is typed.
// "(none)" comes first, with an invalid id, when allowNone.
void setChoices(QComboBox *combo, qint64 total, const ChoiceSource &source, bool allowNone,
                const QVariant &current = QVariant());

// Administrative units, each shown with its parent ("Xã Bình Sơn — Huyện Bình
// Sơn"), in tree order; levels: 1..4 to include (empty: all). With a valid
// validOn, only units that existed on that day (valid_from/valid_to) and
// currentId are listed — a 2022 campaign's team picks among the 2022 units even
// after the 2025 reorganisation closed them; without it every unit is listed,
// closed ones marked "(đã giải thể)". The data is the id; the first entry,
// "(none)", has an invalid id when allowNone.
void fillUnitCombo(QComboBox *combo, const QSqlDatabase &db, const QList<int> &levels, bool allowNone,
                   qint64 currentId = 0, const QDate &validOn = QDate());
// The same with every option of the scope (excludeId: a unit's own parent picker).
void fillUnitComboInScope(QComboBox *combo, const QSqlDatabase &db, choices::UnitChoiceScope scope, bool allowNone,
                          qint64 currentId);
// Organisations by name, "(none)" first when allowNone.
void fillOrganisationCombo(QComboBox *combo, const QSqlDatabase &db, bool allowNone);
// The campaign's teams by name, and alsoTeamId (a member's team in another campaign).
void fillTeamCombo(QComboBox *combo, const QSqlDatabase &db, qint64 campaignId, qint64 alsoTeamId, bool allowNone);
// Any list of entries, all shown.
void fillCombo(QComboBox *combo, const QList<choices::Choice> &entries, bool allowNone);

// Makes an editable combo search its entries as the user types: contains
// match, case- and diacritic-insensitive. A combo filled by setChoices is
// searchable already.
void makeSearchable(QComboBox *combo);

// Filter choices of the districts (level 2 units, dissolved ones too: earlier
// campaigns used them) in Vietnamese order, after ("All districts", invalid).
QList<QPair<QString, QVariant>> districtFilterChoices(const QSqlDatabase &db, const QString &allLabel);

// Selects the entry whose data is value (the first entry when none is). In a
// combo that holds only some of its entries, the entry is read and added.
void selectData(QComboBox *combo, const QVariant &value);
// The chosen id, or a null QVariant for "(none)" or text that names no entry.
QVariant chosenId(const QComboBox *combo);

} // namespace cds::widgets
