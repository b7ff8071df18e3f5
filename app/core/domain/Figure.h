#pragma once

#include <QString>

namespace cds {

// A quantity qualifier as the report writes it (GLOSSARY: "hơn / gần / khoảng / trên").
enum class Qualifier { Exact, MoreThan, Nearly, About, Over };

// A reported figure: a count plus an optional qualifier, e.g. "hơn 4.500".
struct Figure
{
    qint64 value = 0;
    Qualifier qualifier = Qualifier::Exact;

    // "hơn 4.500", "khoảng 80", "1.141" (vi-VN digits grouping).
    QString toText() const;
    // As toText() but a count under 10 gets the report's leading zero: "01".
    QString toPaddedText() const;

    bool operator==(const Figure &) const = default;
};

// The storage code used in the database ('' / 'hon' / 'gan' / 'khoang' / 'tren').
QString qualifierCode(Qualifier qualifier);
// Unknown codes give Exact; ok (if given) tells whether the code was known.
Qualifier qualifierFromCode(const QString &code, bool *ok = nullptr);
// The Vietnamese word printed before the number ("hơn"), empty for Exact.
QString qualifierWord(Qualifier qualifier);

// The sum of figures: the values add up; an exact part keeps the other's
// qualifier ("hơn 10" + 2 = "hơn 12"); two different qualifiers give "khoảng".
Figure sumFigures(const Figure &a, const Figure &b);

} // namespace cds
