#include "domain/Figure.h"

#include "text/VietnameseText.h"

namespace cds {

QString qualifierCode(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return {};
    case Qualifier::MoreThan: return QStringLiteral("hon");
    case Qualifier::Nearly: return QStringLiteral("gan");
    case Qualifier::About: return QStringLiteral("khoang");
    case Qualifier::Over: return QStringLiteral("tren");
    }
    return {};
}

Qualifier qualifierFromCode(const QString &code, bool *ok)
{
    if (ok)
        *ok = true;
    if (code.isEmpty())
        return Qualifier::Exact;
    for (Qualifier q : {Qualifier::MoreThan, Qualifier::Nearly, Qualifier::About, Qualifier::Over}) {
        if (code == qualifierCode(q))
            return q;
    }
    if (ok)
        *ok = false;
    return Qualifier::Exact;
}

QString qualifierWord(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return {};
    case Qualifier::MoreThan: return QStringLiteral("hơn");
    case Qualifier::Nearly: return QStringLiteral("gần");
    case Qualifier::About: return QStringLiteral("khoảng");
    case Qualifier::Over: return QStringLiteral("trên");
    }
    return {};
}

static QString withQualifier(Qualifier qualifier, const QString &number)
{
    const QString word = qualifierWord(qualifier);
    return word.isEmpty() ? number : word + u' ' + number;
}

QString Figure::toText() const
{
    return withQualifier(qualifier, text::formatNumber(value));
}

QString Figure::toPaddedText() const
{
    return withQualifier(qualifier, text::formatCountPadded(value));
}

Figure sumFigures(const Figure &a, const Figure &b)
{
    Figure sum;
    sum.value = a.value + b.value;
    // An exact part keeps the other's qualifier: "hơn 10" + 2 is "hơn 12".
    if (a.value == 0 || a.qualifier == Qualifier::Exact)
        sum.qualifier = b.value == 0 ? a.qualifier : b.qualifier;
    else if (b.value == 0 || b.qualifier == Qualifier::Exact)
        sum.qualifier = a.qualifier;
    else
        sum.qualifier = a.qualifier == b.qualifier ? a.qualifier : Qualifier::About;
    return sum;
}

} // namespace cds
