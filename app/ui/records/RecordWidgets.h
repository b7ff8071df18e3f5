#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

class QComboBox;

// Pickers the forms share. Every picker is an editable combo whose typed text
// finds entries anywhere in their name, with or without diacritics.
namespace cds::widgets {

// Administrative units, each shown with its parent ("Xã Bình Sơn — Huyện Bình
// Sơn"), in tree order; levels: 1..4 to include (empty: all). With a valid
// validOn, only units that existed on that day (valid_from/valid_to) and
// currentId are listed — a 2022 campaign's team picks among the 2022 units even
// after the 2025 reorganisation closed them; without it every unit is listed,
// closed ones marked "(đã giải thể)". The data is the id; the first entry,
// "(none)", has an invalid id when allowNone.
void fillUnitCombo(QComboBox *combo, const QSqlDatabase &db, const QList<int> &levels, bool allowNone,
                   qint64 currentId = 0, const QDate &validOn = QDate());
// Organisations by name, "(none)" first when allowNone.
void fillOrganisationCombo(QComboBox *combo, const QSqlDatabase &db, bool allowNone);
// Any (text, id) query: SELECT id, text FROM … ORDER BY …
void fillComboFromQuery(QComboBox *combo, const QSqlDatabase &db, const QString &sql, bool allowNone,
                        const QVariantList &values = {});

// Makes an editable combo search its entries as the user types: contains
// match, case- and diacritic-insensitive.
void makeSearchable(QComboBox *combo);

// Filter choices of the districts (level 2 units, dissolved ones too: earlier
// campaigns used them) in Vietnamese order, after ("All districts", invalid).
QList<QPair<QString, QVariant>> districtFilterChoices(const QSqlDatabase &db, const QString &allLabel);

// Selects the entry whose data is value (the first entry when none is).
void selectData(QComboBox *combo, const QVariant &value);
// The chosen id, or a null QVariant for "(none)" or text that names no entry.
QVariant chosenId(const QComboBox *combo);

} // namespace cds::widgets
