#include "report/OfficialDocument.h"

#include "text/VietnameseText.h"

#include <QChar>
#include <QJsonArray>

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

QString OfficialDocument::draftMark()
{
    return QStringLiteral("DỰ THẢO").normalized(QString::NormalizationForm_C);
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

namespace {

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QString kindName(DocumentBlock::Kind kind)
{
    switch (kind) {
    case DocumentBlock::Kind::SectionHeading: return QStringLiteral("section");
    case DocumentBlock::Kind::ClauseHeading: return QStringLiteral("clause");
    case DocumentBlock::Kind::Bullet: return QStringLiteral("bullet");
    case DocumentBlock::Kind::Paragraph: break;
    }
    return QStringLiteral("paragraph");
}

DocumentBlock::Kind kindFromName(const QString &name)
{
    if (name == QStringLiteral("section")) return DocumentBlock::Kind::SectionHeading;
    if (name == QStringLiteral("clause")) return DocumentBlock::Kind::ClauseHeading;
    if (name == QStringLiteral("bullet")) return DocumentBlock::Kind::Bullet;
    return DocumentBlock::Kind::Paragraph;
}

} // namespace

QJsonObject documentToJson(const OfficialDocument &d)
{
    QJsonArray body;
    for (const DocumentBlock &block : d.body) {
        QJsonArray runs;
        for (const TextRun &run : block.runs) {
            QJsonObject object{{QStringLiteral("text"), run.text}, {QStringLiteral("italic"), run.italic}, {QStringLiteral("bold"), run.bold}};
            // Only on runs that print a figure; snapshots from before have none.
            if (!run.figureKey.isEmpty())
                object.insert(QStringLiteral("figure"), run.figureKey);
            runs.append(object);
        }
        body.append(QJsonObject{{QStringLiteral("kind"), kindName(block.kind)}, {QStringLiteral("runs"), runs}});
    }
    QJsonArray appendices;
    for (const Appendix &a : d.appendices) {
        QJsonArray shares;
        for (double share : a.columnShares)
            shares.append(share);
        QJsonArray right;
        for (bool r : a.rightAligned)
            right.append(r);
        QJsonArray rows;
        for (const QStringList &row : a.rows)
            rows.append(stringsToJson(row));
        appendices.append(QJsonObject{{QStringLiteral("label"), a.label}, {QStringLiteral("title"), a.title},
                                      {QStringLiteral("guideLine"), a.guideLine}, {QStringLiteral("headers"), stringsToJson(a.headers)},
                                      {QStringLiteral("columnShares"), shares}, {QStringLiteral("rightAligned"), right},
                                      {QStringLiteral("rows"), rows}, {QStringLiteral("landscape"), a.landscape}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("cdsdesk-official-document-1")},
        {QStringLiteral("letterhead"), QJsonObject{{QStringLiteral("parentBody"), d.letterhead.parentBody},
                                                   {QStringLiteral("issuingBody"), d.letterhead.issuingBody},
                                                   {QStringLiteral("issuingBodyName"), d.letterhead.issuingBodyName},
                                                   {QStringLiteral("issuingAbbreviation"), d.letterhead.issuingAbbreviation},
                                                   {QStringLiteral("placeName"), d.letterhead.placeName},
                                                   {QStringLiteral("addressLine"), d.letterhead.addressLine}}},
        {QStringLiteral("page"), QJsonObject{{QStringLiteral("marginTopMm"), d.page.marginTopMm},
                                             {QStringLiteral("marginBottomMm"), d.page.marginBottomMm},
                                             {QStringLiteral("marginLeftMm"), d.page.marginLeftMm},
                                             {QStringLiteral("marginRightMm"), d.page.marginRightMm},
                                             {QStringLiteral("bodyFontPt"), d.page.bodyFontPt}}},
        {QStringLiteral("documentType"), d.documentType},
        {QStringLiteral("number"), d.number},
        {QStringLiteral("symbol"), d.symbol},
        {QStringLiteral("date"), d.date.isValid() ? d.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("draftMonth"), d.draftMonth},
        {QStringLiteral("draft"), d.draft},
        {QStringLiteral("year"), d.year},
        {QStringLiteral("subjectLines"), stringsToJson(d.subjectLines)},
        {QStringLiteral("addressees"), stringsToJson(d.addressees)},
        {QStringLiteral("body"), body},
        {QStringLiteral("closingLine"), d.closingLine},
        {QStringLiteral("distribution"), stringsToJson(d.distribution)},
        {QStringLiteral("signingAuthority"), d.signingAuthority},
        {QStringLiteral("authorityTitle"), d.authorityTitle},
        {QStringLiteral("signerPosition"), d.signerPosition},
        {QStringLiteral("signerName"), d.signerName},
        {QStringLiteral("appendices"), appendices}};
}

bool documentFromJson(const QJsonObject &json, OfficialDocument *out)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("cdsdesk-official-document-1"))
        return false;
    OfficialDocument d;
    const QJsonObject l = json.value(QStringLiteral("letterhead")).toObject();
    d.letterhead.parentBody = l.value(QStringLiteral("parentBody")).toString();
    d.letterhead.issuingBody = l.value(QStringLiteral("issuingBody")).toString();
    d.letterhead.issuingBodyName = l.value(QStringLiteral("issuingBodyName")).toString();
    d.letterhead.issuingAbbreviation = l.value(QStringLiteral("issuingAbbreviation")).toString();
    d.letterhead.placeName = l.value(QStringLiteral("placeName")).toString();
    d.letterhead.addressLine = l.value(QStringLiteral("addressLine")).toString();
    const QJsonObject p = json.value(QStringLiteral("page")).toObject();
    d.page.marginTopMm = p.value(QStringLiteral("marginTopMm")).toDouble(20);
    d.page.marginBottomMm = p.value(QStringLiteral("marginBottomMm")).toDouble(20);
    d.page.marginLeftMm = p.value(QStringLiteral("marginLeftMm")).toDouble(30);
    d.page.marginRightMm = p.value(QStringLiteral("marginRightMm")).toDouble(15);
    d.page.bodyFontPt = p.value(QStringLiteral("bodyFontPt")).toInt(14);
    d.documentType = json.value(QStringLiteral("documentType")).toString();
    d.number = json.value(QStringLiteral("number")).toInt();
    d.symbol = json.value(QStringLiteral("symbol")).toString();
    d.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.draftMonth = json.value(QStringLiteral("draftMonth")).toInt();
    d.draft = json.value(QStringLiteral("draft")).toBool();
    d.year = json.value(QStringLiteral("year")).toInt();
    d.subjectLines = stringsFromJson(json.value(QStringLiteral("subjectLines")));
    d.addressees = stringsFromJson(json.value(QStringLiteral("addressees")));
    for (const QJsonValue &value : json.value(QStringLiteral("body")).toArray()) {
        const QJsonObject b = value.toObject();
        DocumentBlock block;
        block.kind = kindFromName(b.value(QStringLiteral("kind")).toString());
        for (const QJsonValue &r : b.value(QStringLiteral("runs")).toArray()) {
            const QJsonObject run = r.toObject();
            block.runs << TextRun{run.value(QStringLiteral("text")).toString(), run.value(QStringLiteral("italic")).toBool(),
                                  run.value(QStringLiteral("bold")).toBool(), run.value(QStringLiteral("figure")).toString()};
        }
        d.body << block;
    }
    d.closingLine = json.value(QStringLiteral("closingLine")).toString();
    d.distribution = stringsFromJson(json.value(QStringLiteral("distribution")));
    d.signingAuthority = json.value(QStringLiteral("signingAuthority")).toString();
    d.authorityTitle = json.value(QStringLiteral("authorityTitle")).toString();
    d.signerPosition = json.value(QStringLiteral("signerPosition")).toString();
    d.signerName = json.value(QStringLiteral("signerName")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("appendices")).toArray()) {
        const QJsonObject a = value.toObject();
        Appendix appendix;
        appendix.label = a.value(QStringLiteral("label")).toString();
        appendix.title = a.value(QStringLiteral("title")).toString();
        appendix.guideLine = a.value(QStringLiteral("guideLine")).toString();
        appendix.headers = stringsFromJson(a.value(QStringLiteral("headers")));
        for (const QJsonValue &share : a.value(QStringLiteral("columnShares")).toArray())
            appendix.columnShares << share.toDouble();
        for (const QJsonValue &right : a.value(QStringLiteral("rightAligned")).toArray())
            appendix.rightAligned << right.toBool();
        for (const QJsonValue &row : a.value(QStringLiteral("rows")).toArray())
            appendix.rows << stringsFromJson(row);
        appendix.landscape = a.value(QStringLiteral("landscape")).toBool();
        d.appendices << appendix;
    }
    *out = d;
    return true;
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
