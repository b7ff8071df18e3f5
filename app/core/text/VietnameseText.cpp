#include "text/VietnameseText.h"

#include <QLocale>

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
