#include "records/Validation.h"

#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QHash>

namespace cds::validation {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Validation)
};

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

QString birthYearError(int year, int thisYear)
{
    if (year < 1900 || year > thisYear)
        return Text::tr("The year of birth must be a year between 1900 and %1.").arg(thisYear);
    const int age = thisYear - year;
    if (age < 6 || age > 110)
        return Text::tr("Born in %1, the member would be %2 years old: check the year of birth.")
                .arg(year)
                .arg(age);
    return QString();
}

QString birthYearWarning(int year, int thisYear)
{
    const int age = thisYear - year;
    if (age < 16)
        return Text::tr("Born in %1, the member is only %2 years old.").arg(year).arg(age);
    if (age > 90)
        return Text::tr("Born in %1, the member is %2 years old.").arg(year).arg(age);
    return QString();
}

QString joinedDateError(const QDate &joined, const QDate &today)
{
    if (joined.isValid() && joined > today)
        return Text::tr("The day the member joined (%1) is after today.")
                .arg(joined.toString(QStringLiteral("dd/MM/yyyy")));
    return QString();
}

QString invisibleCharacterError(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text.at(i).unicode();
        const bool control = (ch < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r')
                || (ch >= 0x7f && ch <= 0x9f);
        const bool invisible = (ch >= 0x200b && ch <= 0x200f) || (ch >= 0x202a && ch <= 0x202e)
                || (ch >= 0x2060 && ch <= 0x206f) || ch == 0xfeff || ch == 0x00ad;
        if (control || invisible)
            return Text::tr("The text holds an invisible or control character (U+%1) at position "
                            "%2; retype it or delete that character.")
                    .arg(QStringLiteral("%1").arg(int(ch), 4, 16, QChar(u'0')).toUpper())
                    .arg(i + 1);
    }
    return QString();
}

int maximumLength(const QString &field)
{
    static const QStringList longText = { QStringLiteral("description"), QStringLiteral("notes"),
                                          QStringLiteral("note"), QStringLiteral("body"),
                                          QStringLiteral("content") };
    static const QStringList mediumText = { QStringLiteral("decision_reference"),
                                            QStringLiteral("link"), QStringLiteral("website"),
                                            QStringLiteral("address"), QStringLiteral("email"),
                                            QStringLiteral("affiliation") };
    if (longText.contains(field))
        return 2000;
    if (mediumText.contains(field))
        return 500;
    return 200;
}

QString lengthError(const QString &text, int maximum)
{
    if (text.size() <= maximum)
        return QString();
    return Text::tr("Too long: %1 characters, at most %2.")
            .arg(text::formatNumber(text.size()), text::formatNumber(maximum));
}

QString secondLeaderWarning(const QString &leaderName)
{
    return Text::tr("“%1” is already the leader of this team; a team has one leader.").arg(leaderName);
}

QString memberRoleCode(const QString &text)
{
    static const QHash<QString, QString> roles = {
        { QStringLiteral("to truong"), QStringLiteral("leader") },
        { QStringLiteral("leader"), QStringLiteral("leader") },
        { QStringLiteral("team leader"), QStringLiteral("leader") },
        { QStringLiteral("to pho"), QStringLiteral("deputy") },
        { QStringLiteral("deputy"), QStringLiteral("deputy") },
        { QStringLiteral("deputy leader"), QStringLiteral("deputy") },
        { QStringLiteral("thanh vien"), QStringLiteral("member") },
        { QStringLiteral("member"), QStringLiteral("member") },
    };
    return roles.value(text::searchKey(text));
}

QString genderCode(const QString &text)
{
    static const QHash<QString, QString> genders = {
        { QStringLiteral("nam"), QStringLiteral("male") },
        { QStringLiteral("male"), QStringLiteral("male") },
        { QStringLiteral("nu"), QStringLiteral("female") },
        { QStringLiteral("female"), QStringLiteral("female") },
        { QStringLiteral("khac"), QStringLiteral("other") },
        { QStringLiteral("other"), QStringLiteral("other") },
    };
    return genders.value(text::searchKey(text));
}

QString memberRoleError(const QString &text)
{
    if (text.trimmed().isEmpty() || !memberRoleCode(text).isEmpty())
        return {};
    return Text::tr("Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.")
            .arg(QStringLiteral("“%1”").arg(text.trimmed()));
}

QString genderError(const QString &text)
{
    if (text.trimmed().isEmpty() || !genderCode(text).isEmpty())
        return {};
    return Text::tr("Expected “Nam”, “Nữ” or “Khác”, found %1.").arg(QStringLiteral("“%1”").arg(text.trimmed()));
}

QString phoneNumberError(const QString &text)
{
    if (isVietnamesePhoneNumber(text))
        return {};
    return Text::tr("“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, "
                    "or a fixed line of 11 digits starting 02).")
            .arg(text.trimmed());
}

QString personIdentity(const QString &name, const QVariant &birthYear, const QString &phone)
{
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit())
            digits += ch;
    }
    return text::searchKey(name) + u'|' + (birthYear.isNull() ? QString() : birthYear.toString()) + u'|' + digits;
}

} // namespace cds::validation
