#include "export/FormulaGuard.h"

namespace cds::formulaguard {

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r';
}

QString neutralised(const QString &text)
{
    return startsLikeFormula(text) ? u'\'' + text : text;
}

} // namespace cds::formulaguard
