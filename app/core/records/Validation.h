#pragma once

#include <QString>

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

} // namespace cds::validation
