#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// Field rules of the data-entry forms (issue #3, "What every form does") that
// are domain rules rather than widget behaviour, so the importer can share them.
namespace cds::validation {

// A Vietnamese telephone number as people write it: spaces, dots and dashes
// ignored, an optional +84/84 prefix standing for the leading 0. Accepted:
// mobile numbers of 10 digits starting 03, 05, 07, 08 or 09 (the prefixes
// since the 2018 renumbering, Circular 22/2014/TT-BTTTT as amended), and fixed
// lines of 11 digits starting 02 (area code 2xx since 2017). An empty text is
// valid (the field is optional); everything else is not.
bool isVietnamesePhoneNumber(const QString &text);

// The number in its stored form: digits only, leading 0 ("0905 123 456" ->
// "0905123456"); the text unchanged if it is not a valid number.
QString normalizedPhoneNumber(const QString &text);

// --- One set of rules for the forms and the imports (issue 17). Each returns
// an empty string when the value passes, else what is wrong (translated,
// context cds::Validation).

// Year of birth: 1900 .. thisYear, and an age a team member can have (6 to
// 110 years): "2090", an age of 2 or of 125 is refused.
QString birthYearError(int year, int thisYear = QDate::currentDate().year());
// An age that is possible but unusual (under 16, over 90): a warning.
QString birthYearWarning(int year, int thisYear = QDate::currentDate().year());
// The day a member joined a team cannot be after today.
QString joinedDateError(const QDate &joined, const QDate &today = QDate::currentDate());
// Names and other text: no control characters (except tab and line breaks),
// no invisible characters (zero-width spaces and joiners, direction marks,
// the byte order mark), which make two equal-looking names differ.
QString invisibleCharacterError(const QString &text);

// The longest text a field takes, in characters (QString::size()):
// names, titles and places 200; references, links, addresses, e-mails 500;
// descriptions and notes 2 000; anything else 200. field is the column's key
// ("full_name", "description"…).
int maximumLength(const QString &field);
// "Too long: 3 300 000 characters, at most 200." or empty.
QString lengthError(const QString &text, int maximum);

// --- The closed lists of a membership, as typed, pasted or imported: case
// and diacritics ignored, the Vietnamese words or the English ones or the
// stored codes. One set for the member grid, the member import and the form
// (whose combos offer exactly these codes).

// "Tổ trưởng"/"leader" -> "leader", "Tổ phó"/"deputy leader" -> "deputy",
// "Thành viên"/"member" -> "member"; empty for anything else (and for empty text).
QString memberRoleCode(const QString &text);
// "Nam"/"male" -> "male", "Nữ"/"female" -> "female", "Khác"/"other" -> "other";
// empty for anything else.
QString genderCode(const QString &text);
// Empty when text is empty or a role; else "Expected “Tổ trưởng”, “Tổ phó”
// or “Thành viên”, found “x”." (the import's message).
QString memberRoleError(const QString &text);
// Empty when text is empty or a gender; else "Expected “Nam”, “Nữ” or
// “Khác”, found “x”.".
QString genderError(const QString &text);
// Empty when text is empty or a Vietnamese phone number
// (isVietnamesePhoneNumber()); else what a number must be.
QString phoneNumberError(const QString &text);

// The one-leader rule: a team has one leader (Tổ trưởng). A second is a
// warning (the report may be right and the old leader not yet moved).
QString secondLeaderWarning(const QString &leaderName);

// The identity of a person within a team: the name without case or
// diacritics, the birth year and the phone's digits (two people of the same
// name are told apart by either). The import and the members grid refuse a
// second row of the same person in one team.
QString personIdentity(const QString &name, const QVariant &birthYear, const QString &phone);

} // namespace cds::validation
