#include "text/VietnameseText.h"

#include <QLocale>

#include <algorithm>
#include <string_view>

namespace cds::text {

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString searchKey(const QString &text)
{
    // Decompose, drop the combining marks (tones and vowel marks), then fold
    // the one letter that is not a combination: đ/Đ.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == u'đ' || ch == u'Đ')
            key.append(u'd');
        else
            key.append(ch.toLower());
    }
    return key.simplified();
}

bool hasWordStarts(const QString &key, const QStringList &words)
{
    for (const QString &word : words) {
        bool found = false;
        for (qsizetype at = key.indexOf(word); at >= 0 && !found; at = key.indexOf(word, at + 1))
            found = at == 0 || !key.at(at - 1).isLetterOrNumber() || !word.at(0).isLetterOrNumber();
        if (!found)
            return false;
    }
    return true;
}

namespace {

// The Vietnamese alphabet with the four Latin letters it lacks in their places.
constexpr char16_t alphabet[] = u"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

// Tone of a combining mark: 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng; 0 for others.
int toneOf(char16_t mark)
{
    switch (mark) {
    case 0x0300: return 1;
    case 0x0309: return 2;
    case 0x0303: return 3;
    case 0x0301: return 4;
    case 0x0323: return 5;
    default: return 0;
    }
}

struct KeyParts
{
    QString primary;
    QString tones;
};

KeyParts keyParts(const QString &text)
{
    KeyParts parts;
    const QString nfc = normalized(text).toLower();
    parts.primary.reserve(nfc.size() + 4);
    bool lastWasSpace = true;
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar ch = nfc.at(i);
        if (ch.isDigit() && ch.unicode() < 0x80) {
            // A run of digits: its length first, so that numbers compare by value.
            qsizetype end = i;
            while (end < nfc.size() && nfc.at(end).isDigit() && nfc.at(end).unicode() < 0x80)
                ++end;
            QString digits = nfc.mid(i, end - i);
            while (digits.size() > 1 && digits.startsWith(u'0'))
                digits.remove(0, 1);
            parts.primary.append(QChar(0x22 + int(std::min<qsizetype>(digits.size(), 20))));
            parts.primary.append(digits);
            i = end - 1;
            lastWasSpace = false;
            continue;
        }
        if (ch.isSpace() || ch.isPunct() || ch.isSymbol()) {
            if (!lastWasSpace)
                parts.primary.append(u' ');
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        // Split the letter into its base (with the vowel marks that make ă â ê ô ơ ư)
        // and its tone.
        const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
        QString base;
        int tone = 0;
        for (const QChar part : decomposed) {
            const int t = toneOf(part.unicode());
            if (t != 0)
                tone = t;
            else
                base.append(part);
        }
        base = base.normalized(QString::NormalizationForm_C);
        const std::size_t rank = base.size() == 1 ? std::u16string_view(alphabet).find(base.at(0).unicode())
                                                  : std::u16string_view::npos;
        if (rank != std::u16string_view::npos) {
            parts.primary.append(QChar(0x41 + int(rank)));
            parts.tones.append(QChar(u'0' + tone));
        } else {
            parts.primary.append(base);
        }
    }
    while (parts.primary.endsWith(u' '))
        parts.primary.chop(1);
    return parts;
}

} // namespace

QString sortKey(const QString &text)
{
    const KeyParts parts = keyParts(text);
    return parts.primary + QChar(0x01) + parts.tones;
}

QString personSortKey(const QString &fullName)
{
    const QString name = normalized(fullName);
    const qsizetype space = name.lastIndexOf(u' ');
    const KeyParts given = keyParts(space < 0 ? name : name.mid(space + 1));
    const KeyParts whole = keyParts(name);
    return given.primary + QChar(0x1f) + whole.primary + QChar(0x01) + given.tones + QChar(0x1f) + whole.tones;
}

QCollator collator()
{
    QCollator result{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    result.setCaseSensitivity(Qt::CaseInsensitive);
    result.setNumericMode(true);
    return result;
}

QString formatNumber(qint64 value)
{
    // Written out rather than left to QLocale so that four-digit numbers are
    // always grouped ("1.141"), as Vietnamese official documents print them.
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return negative ? u'-' + digits : digits;
}

QString formatDecimal(double value, int decimals)
{
    const qint64 scale = [decimals] {
        qint64 s = 1;
        for (int i = 0; i < decimals; ++i)
            s *= 10;
        return s;
    }();
    const bool negative = value < 0;
    const qint64 scaled = qRound64((negative ? -value : value) * double(scale));
    QString result = formatNumber(scaled / scale);
    if (decimals > 0) {
        const qint64 fraction = scaled % scale;
        result += u',' + QString::number(fraction).rightJustified(decimals, u'0');
    }
    return negative ? u'-' + result : result;
}

QString formatPercent(double percent, int decimals)
{
    QString number = formatDecimal(percent, decimals);
    // "100,0 %" reads worse than "100 %": drop a zero fraction.
    const QString zeroFraction = u',' + QString(decimals, u'0');
    if (decimals > 0 && number.endsWith(zeroFraction))
        number.chop(zeroFraction.size());
    return number + QStringLiteral("\u00a0%");
}

QString formatCountPadded(qint64 value)
{
    return (value >= 1 && value < 10) ? u'0' + QString::number(value) : formatNumber(value);
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString formatDateShort(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d/M/yyyy")) : QString();
}

QString formatPlaceDateLine(const QString &placeName, const QDate &date, int draftMonth, int year)
{
    // Decree 30/2020/NĐ-CP, Appendix I, item 6: day < 10 and months 1–2 take a leading zero.
    const auto month = [](int m) { return m <= 2 ? QString::number(m).rightJustified(2, u'0') : QString::number(m); };
    const QString blank = QStringLiteral("\u00a0\u00a0\u00a0\u00a0");
    if (date.isValid()) {
        return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
            .arg(placeName, QString::number(date.day()).rightJustified(2, u'0'), month(date.month()),
                 QString::number(date.year()));
    }
    const QString monthText = (draftMonth >= 1 && draftMonth <= 12) ? month(draftMonth) : blank;
    const QString yearText = year > 0 ? QString::number(year) : blank;
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(placeName, blank, monthText, yearText);
}

QString unitNameInRunningText(const QString &name, const QString &unitType)
{
    if (unitType.isEmpty() || !name.startsWith(unitType, Qt::CaseInsensitive))
        return name;
    const QString rest = name.mid(unitType.size()).trimmed();
    if (rest.isEmpty() || rest.at(0).isDigit())
        return name;
    return unitType.toLower() + u' ' + rest;
}

} // namespace cds::text
