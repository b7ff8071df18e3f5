#include "report/OfficialDocument.h"

#include "text/VietnameseText.h"

#include <QChar>

#include <algorithm>
#include <cmath>

namespace cds {

namespace {

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

// Out-of-range values are clamped; a non-number falls back to the default so a
// corrupt setting can never produce an unprintable page.
double clampedMargin(double value, double low, double high, double fallback)
{
    return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

// The blank a clerk fills in by hand on a draft ("Số:      /BC-STTTT"). Non-breaking
// spaces, so neither text layout nor PDF extraction collapses the blank.
QString draftNumberBlank()
{
    return QString(7, QChar::Nbsp);
}

} // namespace

PageSettings PageSettings::clamped() const
{
    // Decree 30/2020/NĐ-CP, Appendix I, Part I, section I.
    const PageSettings defaults;
    PageSettings result;
    result.marginTopMm = clampedMargin(marginTopMm, 20, 25, defaults.marginTopMm);
    result.marginBottomMm = clampedMargin(marginBottomMm, 20, 25, defaults.marginBottomMm);
    result.marginLeftMm = clampedMargin(marginLeftMm, 30, 35, defaults.marginLeftMm);
    result.marginRightMm = clampedMargin(marginRightMm, 15, 20, defaults.marginRightMm);
    result.bodyFontPt = bodyFontPt <= 13 ? 13 : 14;
    return result;
}

QString DocumentBlock::plainText() const
{
    QString text;
    if (kind == Kind::Bullet)
        text = QStringLiteral("- ");
    for (const TextRun &run : runs)
        text += run.text;
    return nfc(text);
}

QString OfficialDocument::numberLine() const
{
    const QString numberPart = number > 0
            ? QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'))
            : draftNumberBlank();
    const QString separator = number > 0 ? QStringLiteral(" ") : QString();
    if (symbol.isEmpty())
        return QStringLiteral("Số:") + separator + numberPart;
    return QStringLiteral("Số:") + separator + numberPart + QLatin1Char('/') + nfc(symbol);
}

QString OfficialDocument::placeDateLine() const
{
    return nfc(text::formatPlaceDateLine(letterhead.placeName, date, draftMonth, year));
}

QString OfficialDocument::authorityLine() const
{
    const QString authority = signingAuthority.trimmed();
    if (authority.isEmpty())
        return {};
    const QString title = authorityTitle.trimmed();
    return nfc(title.isEmpty() ? authority : authority + QLatin1Char(' ') + title);
}

QString OfficialDocument::nationalTitle()
{
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

QString OfficialDocument::motto()
{
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}

QString OfficialDocument::plainText() const
{
    QStringList lines;
    const auto add = [&lines](const QString &line) {
        if (!line.trimmed().isEmpty())
            lines << nfc(line);
    };

    add(letterhead.parentBody);
    add(letterhead.issuingBody);
    add(nationalTitle());
    add(motto());
    add(numberLine());
    add(placeDateLine());
    add(documentType);
    for (const QString &line : subjectLines)
        add(line);
    if (addressees.size() == 1) {
        add(QStringLiteral("Kính gửi: ") + addressees.first().trimmed());
    } else if (!addressees.isEmpty()) {
        add(QStringLiteral("Kính gửi:"));
        lines << formatListItems(addressees);
    }
    for (const DocumentBlock &block : body)
        add(block.plainText());
    add(closingLine);
    if (!distribution.isEmpty()) {
        add(QStringLiteral("Nơi nhận:"));
        lines << formatListItems(distribution);
    }
    add(authorityLine());
    add(signerPosition);
    add(signerName);
    add(letterhead.addressLine);
    return lines.join(QLatin1Char('\n'));
}

QStringList formatListItems(const QStringList &items)
{
    QStringList cleaned;
    for (const QString &item : items) {
        QString text = nfc(item).trimmed();
        // Callers pass items with or without the dash; the list style adds it.
        while (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2013)))
            text = text.mid(1).trimmed();
        while (!text.isEmpty()
               && (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.'))
                   || text.endsWith(QLatin1Char(','))))
            text = text.chopped(1).trimmed();
        if (!text.isEmpty())
            cleaned << text;
    }
    QStringList lines;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QLatin1Char end(i + 1 == cleaned.size() ? '.' : ';');
        lines << QStringLiteral("- ") + cleaned.at(i) + end;
    }
    return lines;
}

} // namespace cds
