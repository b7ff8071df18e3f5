#pragma once

#include <QCollator>
#include <QDate>
#include <QString>
#include <QStringList>

// Vietnamese text rules shared by storage, search, sorting and printing.
// All functions take and return NFC text unless they say otherwise.
namespace cds::text {

// Unicode NFC with runs of white space collapsed to one space and trimmed.
// Used on every name that enters the database (GLOSSARY: "store and compare NFC").
QString normalized(const QString &text);

// A search key: lower case, diacritics removed, "đ" folded to "d", white space
// collapsed. "Đức Phổ" and "duc   pho" give the same key.
QString searchKey(const QString &text);
// Whether every word of `words` (search keys, see above) begins a word of
// `key` (a search key), in any order: {"pho", "an"} is in "phuong pho an" and
// in "an pho", not in "pho quang". A word begins after a character that is no
// letter or digit ("tên" in "thôn 1 (tên mẫu)").
bool hasWordStarts(const QString &key, const QStringList &words);

// A sort key whose plain binary order (SQLite's ORDER BY on TEXT, memcmp) is
// Vietnamese dictionary order: letters by the Vietnamese alphabet
// (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with f j w z in
// their Latin places), syllable by syllable ("An Bình" before "Anh"), case
// ignored, tones only breaking ties in the order ngang, huyền, hỏi, ngã, sắc,
// nặng; runs of digits compare as numbers ("Phường 2" before "Phường 10").
// The key is ASCII apart from letters outside Vietnamese, which keep their
// lower-case form and sort after all of the above.
QString sortKey(const QString &text);
// The same for a person's full name, which Vietnamese lists order by the given
// name (the last word) first, then by the whole name: "Trần Văn An" before
// "Nguyễn Thị Bình".
QString personSortKey(const QString &fullName);

// A collator for Vietnamese ("vi_VN"): "Đức Phổ" sorts after "Dung".
// Case-insensitive, numeric mode on.
QCollator collator();

// vi-VN number forms: 1141 -> "1.141"; 12.5 -> "12,5".
QString formatNumber(qint64 value);
QString formatDecimal(double value, int decimals);
// A percentage with a thin non-breaking space: 12.5 -> "12,5 %".
QString formatPercent(double percent, int decimals = 1);
// A count under 10 with the report's leading zero: 1 -> "01", 13 -> "13".
QString formatCountPadded(qint64 value);

// Running-text date: "07/10/2022" (dd/MM/yyyy).
QString formatDate(const QDate &date);
// Plan references print dates without leading zeros: "15/9/2022".
QString formatDateShort(const QDate &date);

// The place-and-date line of Decree 30/2020/NĐ-CP, Appendix I, item 6:
// "Quảng Ngãi, ngày 07 tháng 10 năm 2022". Day < 10 and months 1–2 take a
// leading zero. With an invalid date the day and month are left blank for
// hand-filling, keeping the month if draftMonth is 1..12 and the year.
QString formatPlaceDateLine(const QString &placeName, const QDate &date, int draftMonth = 0, int year = 0);

// An administrative unit's name as running text writes it (Decree 30/2020/NĐ-CP,
// Appendix II: the common noun in lower case, the proper name capitalised):
// ("Thị xã Đức Phổ", "Thị xã") -> "thị xã Đức Phổ". A name that is a number
// keeps its capital ("Phường 1").
QString unitNameInRunningText(const QString &name, const QString &unitType);

} // namespace cds::text
