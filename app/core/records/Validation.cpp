#include "records/Validation.h"

namespace cds::validation {

namespace {

QString digitsOf(const QString &text, bool *ok)
{
    QString digits;
    QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.startsWith(u'+')) {
        if (!trimmed.startsWith(QLatin1String("+84"))) {
            *ok = false;
            return {};
        }
        trimmed = u'0' + trimmed.mid(3);
    }
    for (const QChar ch : std::as_const(trimmed)) {
        if (ch.isDigit() && ch.unicode() < 0x80)
            digits.append(ch);
        else if (ch != u' ' && ch != u'.' && ch != u'-' && ch != u'(' && ch != u')')
            *ok = false;
    }
    if (digits.startsWith(QLatin1String("84")) && (digits.size() == 11 || digits.size() == 12))
        digits = u'0' + digits.mid(2);
    return digits;
}

} // namespace

bool isVietnamesePhoneNumber(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    bool ok = false;
    const QString digits = digitsOf(text, &ok);
    if (!ok)
        return false;
    if (digits.size() == 10)
        return digits.startsWith(QLatin1String("03")) || digits.startsWith(QLatin1String("05"))
                || digits.startsWith(QLatin1String("07")) || digits.startsWith(QLatin1String("08"))
                || digits.startsWith(QLatin1String("09"));
    if (digits.size() == 11)
        return digits.startsWith(QLatin1String("02"));
    return false;
}

QString normalizedPhoneNumber(const QString &text)
{
    if (text.trimmed().isEmpty() || !isVietnamesePhoneNumber(text))
        return text.trimmed();
    bool ok = false;
    return digitsOf(text, &ok);
}

} // namespace cds::validation
