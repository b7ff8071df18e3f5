#pragma once

#include <QString>

// Formula injection (CSV injection, OWASP): a spreadsheet opening a CSV file
// runs a cell that starts with =, +, -, @, a tab or a carriage return as a
// formula ("=HYPERLINK(…)", "+cmd|…"). Text written for spreadsheets is
// therefore neutralised, and imports warn about such values.
namespace cds::formulaguard {

// True when a spreadsheet would read text as a formula: it starts with one of
// = + - @ tab CR.
bool startsLikeFormula(const QString &text);

// text with an apostrophe in front when it starts like a formula (Excel and
// LibreOffice then show it as text, without the apostrophe); else unchanged.
// Only for text: a cell that holds a number ("-5") is written as it is.
QString neutralised(const QString &text);

} // namespace cds::formulaguard
