#include "campaigns/CampaignSetup.h"

#include "domain/AdminLevel.h"
#include "records/RecordStore.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace cds::setup {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::CampaignSetup)
};

// Collects what is wrong with a set of settings, one message per key, so the
// user sees every problem of one command at once.
class Checker
{
public:
    Checker(const Settings &settings, const QStringList &known)
        : m_settings(settings)
    {
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            if (!known.contains(it.key()))
                fail(it.key(), Text::tr("unknown setting; the known ones are %1").arg(known.join(QStringLiteral(", "))));
        }
    }

    QString text(const QString &key, bool required = false)
    {
        const QString value = text::normalized(m_settings.value(key));
        if (required && value.isEmpty())
            fail(key, Text::tr("required"));
        return value;
    }

    std::optional<int> number(const QString &key, int minimum, int maximum, bool required = false)
    {
        const QString value = m_settings.value(key).trimmed();
        if (value.isEmpty()) {
            if (required)
                fail(key, Text::tr("required"));
            return std::nullopt;
        }
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < minimum || n > maximum) {
            fail(key, Text::tr("“%1” is not a whole number from %2 to %3").arg(value).arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return n;
    }

    std::optional<double> decimal(const QString &key)
    {
        const QString value = m_settings.value(key).trimmed();
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double d = QString(value).replace(u',', u'.').toDouble(&ok);
        if (!ok) {
            fail(key, Text::tr("“%1” is not a number").arg(value));
            return std::nullopt;
        }
        return d;
    }

    QDate date(const QString &key)
    {
        const QString value = m_settings.value(key).trimmed();
        if (value.isEmpty())
            return {};
        static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
        const auto match = dmy.match(value);
        const QDate date = match.hasMatch()
                ? QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt())
                : QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            fail(key, Text::tr("“%1” is not a date (write dd/mm/yyyy)").arg(value));
        return date;
    }

    void fail(const QString &key, const QString &message)
    {
        m_problems << QStringLiteral("%1: %2").arg(key, message);
    }

    bool ok(QString *error) const
    {
        if (m_problems.isEmpty())
            return true;
        if (error)
            *error = m_problems.join(QStringLiteral("; "));
        return false;
    }

private:
    const Settings &m_settings;
    QStringList m_problems;
};

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// The unit a command names, by GSO code or by name, among the units of the
// given levels valid on date (a null date: any). An exact name (NFC, case
// ignored) wins over a name compared without diacritics, so "Bình Thạnh" and
// "Bình Thanh" stay two units. 0 with a message when none or several match.
qint64 findUnit(const QSqlDatabase &db, const QString &named, const QList<int> &levels, const QDate &date,
                QString *message)
{
    QStringList levelList;
    for (int level : levels)
        levelList << QString::number(level);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, gso_code, name, unit_type FROM admin_unit WHERE level IN (%1)"
                             " AND (:date IS NULL OR ((valid_from IS NULL OR valid_from <= :date)"
                             " AND (valid_to IS NULL OR valid_to >= :date)))")
                      .arg(levelList.join(u',')));
    q.bindValue(QStringLiteral(":date"), isoDate(date));
    if (!q.exec()) {
        *message = Text::tr("the units could not be read");
        return 0;
    }
    const QString wanted = text::normalized(named);
    const QString folded = text::searchKey(named);
    QList<qint64> byCode, exact, loose;
    QStringList looseNames;
    while (q.next()) {
        const QString name = q.value(2).toString();
        const QString withType = name;
        // "Đà Nẵng" names "Thành phố Đà Nẵng" as well.
        const QString bare = QString(name).remove(QRegularExpression(QStringLiteral("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã) "),
                                                                     QRegularExpression::CaseInsensitiveOption));
        if (!q.value(1).toString().isEmpty() && q.value(1).toString() == wanted)
            byCode << q.value(0).toLongLong();
        else if (withType.compare(wanted, Qt::CaseInsensitive) == 0 || bare.compare(wanted, Qt::CaseInsensitive) == 0)
            exact << q.value(0).toLongLong();
        else if (text::searchKey(withType) == folded || text::searchKey(bare) == folded) {
            loose << q.value(0).toLongLong();
            looseNames << name;
        }
    }
    for (const QList<qint64> *candidates : {&byCode, &exact, &loose}) {
        if (candidates->size() == 1)
            return candidates->constFirst();
        if (candidates->size() > 1) {
            *message = Text::tr("“%1” names %2 units (%3): give the GSO code").arg(named).arg(candidates->size())
                               .arg(looseNames.join(QStringLiteral(", ")));
            return 0;
        }
    }
    *message = date.isValid() ? Text::tr("no unit “%1” in force on %2").arg(named, text::formatDate(date))
                              : Text::tr("no unit “%1”").arg(named);
    return 0;
}

// "tinh,xa", "3,4", "xã, thôn" -> "1,3" / "3,4" (ascending); the names the
// glossary uses for the levels, with or without diacritics.
std::optional<QString> parseLevels(const QString &text, QString *message)
{
    if (text.trimmed().isEmpty())
        return QString();
    QList<int> levels;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = text::searchKey(part);
        int level = 0;
        if (key == QStringLiteral("1") || key == QStringLiteral("tinh") || key == QStringLiteral("province"))
            level = 1;
        else if (key == QStringLiteral("2") || key == QStringLiteral("huyen") || key == QStringLiteral("district"))
            level = 2;
        else if (key == QStringLiteral("3") || key == QStringLiteral("xa") || key == QStringLiteral("commune"))
            level = 3;
        else if (key == QStringLiteral("4") || key == QStringLiteral("thon") || key == QStringLiteral("village"))
            level = 4;
        if (level == 0) {
            *message = Text::tr("“%1” is not a level (tinh, huyen, xa, thon or 1–4)").arg(part.trimmed());
            return std::nullopt;
        }
        if (!levels.contains(level))
            levels << level;
    }
    std::sort(levels.begin(), levels.end());
    QStringList out;
    for (int level : std::as_const(levels))
        out << QString::number(level);
    return out.join(u',');
}

QString levelWords(const QString &stored)
{
    if (stored.isEmpty())
        return Text::tr("every level of the tree");
    QStringList words;
    for (const QString &n : stored.split(u','))
        words << adminLevelPrintName(static_cast<AdminLevel>(n.toInt()));
    return words.join(QStringLiteral(", "));
}

qint64 latestId(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool parseSetting(const QString &text, Settings *into, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    const QString key = equals > 0 ? text.left(equals).trimmed().toLower() : QString();
    if (key.isEmpty()) {
        if (error)
            *error = Text::tr("“%1” is not a setting: write key=value").arg(text);
        return false;
    }
    into->insert(key, text.mid(equals + 1));
    return true;
}

QStringList campaignKeys()
{
    return {QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("province"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("levels"), QStringLiteral("min_team_members"),
            QStringLiteral("plan_reference"), QStringLiteral("plan_subject"), QStringLiteral("guidance_reference"),
            QStringLiteral("guidance_subject"), QStringLiteral("notes")};
}

QStringList letterheadKeys()
{
    return {QStringLiteral("issuing_body"), QStringLiteral("issuing_body_name"), QStringLiteral("abbreviation"),
            QStringLiteral("place"), QStringLiteral("parent_body"), QStringLiteral("address"),
            QStringLiteral("records_unit"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
            QStringLiteral("margin_top_mm"), QStringLiteral("margin_bottom_mm"), QStringLiteral("margin_left_mm"),
            QStringLiteral("margin_right_mm"), QStringLiteral("body_font_pt")};
}

QStringList signerKeys()
{
    return {QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("letterhead"),
            QStringLiteral("authority"), QStringLiteral("authority_title")};
}

QStringList exclusionKeys()
{
    return {QStringLiteral("unit"), QStringLiteral("reason"), QStringLiteral("campaign")};
}

Created createCampaign(const QSqlDatabase &db, const Settings &settings, QString *error)
{
    Checker check(settings, campaignKeys());
    const QString name = check.text(QStringLiteral("name"), true);
    const std::optional<int> year = check.number(QStringLiteral("year"), 2000, 2100, true);
    const QDate start = check.date(QStringLiteral("start"));
    const QDate end = check.date(QStringLiteral("end"));
    if (start.isValid() && end.isValid() && end < start)
        check.fail(QStringLiteral("end"), Text::tr("the campaign ends before it starts"));
    QString message;
    const std::optional<QString> levels = parseLevels(settings.value(QStringLiteral("levels")), &message);
    if (!levels)
        check.fail(QStringLiteral("levels"), message);
    const std::optional<int> minimum = check.number(QStringLiteral("min_team_members"), 0, 1000);
    // The tree in force on the campaign's reference date: its end, else its
    // start, else the end of its year (as the statistics count it).
    const QDate reference = end.isValid() ? end : start.isValid() ? start : year ? QDate(*year, 12, 31) : QDate();
    const QString provinceName = check.text(QStringLiteral("province"), true);
    qint64 provinceId = 0;
    if (!provinceName.isEmpty()) {
        provinceId = findUnit(db, provinceName, {1, 2}, reference, &message);
        if (provinceId == 0)
            check.fail(QStringLiteral("province"), message);
    }
    if (!check.ok(error))
        return {};

    RecordTransaction write(db, Text::tr("Create campaign %1").arg(name));
    const qint64 id = write.insert(QStringLiteral("campaign"),
                                   {{QStringLiteral("name"), name},
                                    {QStringLiteral("year"), *year},
                                    {QStringLiteral("start_date"), isoDate(start)},
                                    {QStringLiteral("end_date"), isoDate(end)},
                                    {QStringLiteral("province_id"), provinceId},
                                    {QStringLiteral("team_levels"), nullable(*levels)},
                                    {QStringLiteral("min_team_members"), minimum ? QVariant(*minimum) : QVariant()},
                                    {QStringLiteral("plan_reference"), nullable(check.text(QStringLiteral("plan_reference")))},
                                    {QStringLiteral("plan_subject"), nullable(check.text(QStringLiteral("plan_subject")))},
                                    {QStringLiteral("guidance_reference"), nullable(check.text(QStringLiteral("guidance_reference")))},
                                    {QStringLiteral("guidance_subject"), nullable(check.text(QStringLiteral("guidance_subject")))},
                                    {QStringLiteral("notes"), nullable(check.text(QStringLiteral("notes")))}});
    if (!write.commit()) {
        if (error)
            *error = write.error();
        return {};
    }
    QSqlQuery unit(db);
    unit.prepare(QStringLiteral("SELECT name FROM admin_unit WHERE id = ?"));
    unit.addBindValue(provinceId);
    const QString unitName = unit.exec() && unit.next() ? unit.value(0).toString() : QString();
    return {id, Text::tr("Created campaign %1 “%2” (%3, %4; teams expected at: %5)")
                        .arg(id)
                        .arg(name, unitName, QString::number(*year), levelWords(*levels))};
}

Created createLetterhead(const QSqlDatabase &db, const Settings &settings, QString *error)
{
    Checker check(settings, letterheadKeys());
    const QString issuingBody = check.text(QStringLiteral("issuing_body"), true);
    const QString issuingName = check.text(QStringLiteral("issuing_body_name"), true);
    const QString abbreviation = check.text(QStringLiteral("abbreviation"), true);
    const QString place = check.text(QStringLiteral("place"), true);
    const QDate from = check.date(QStringLiteral("valid_from"));
    const QDate to = check.date(QStringLiteral("valid_to"));
    if (from.isValid() && to.isValid() && to < from)
        check.fail(QStringLiteral("valid_to"), Text::tr("the letterhead ends before it starts"));
    if (abbreviation.contains(u' ') || abbreviation.contains(u'/'))
        check.fail(QStringLiteral("abbreviation"), Text::tr("an abbreviation has no spaces or slashes (“SKHCN”)"));
    const std::optional<int> fontPt = check.number(QStringLiteral("body_font_pt"), 13, 14);
    QVariantMap values{{QStringLiteral("issuing_body"), issuingBody.toUpper()},
                       {QStringLiteral("issuing_body_name"), issuingName},
                       {QStringLiteral("issuing_abbreviation"), abbreviation},
                       {QStringLiteral("place_name"), place},
                       {QStringLiteral("parent_body"), nullable(check.text(QStringLiteral("parent_body")).toUpper())},
                       {QStringLiteral("address_line"), nullable(check.text(QStringLiteral("address")))},
                       {QStringLiteral("records_unit_abbreviation"), nullable(check.text(QStringLiteral("records_unit")))},
                       {QStringLiteral("valid_from"), isoDate(from)},
                       {QStringLiteral("valid_to"), isoDate(to)}};
    // Decree 30/2020/NĐ-CP, Appendix I, item 2.b: top and bottom 20–25 mm,
    // left 30–35 mm, right 15–20 mm.
    const struct
    {
        const char *key;
        double minimum, maximum;
    } margins[] = {{"margin_top_mm", 20, 25}, {"margin_bottom_mm", 20, 25}, {"margin_left_mm", 30, 35}, {"margin_right_mm", 15, 20}};
    for (const auto &margin : margins) {
        const QString key = QString::fromLatin1(margin.key);
        if (const std::optional<double> mm = check.decimal(key)) {
            if (*mm < margin.minimum || *mm > margin.maximum)
                check.fail(key, Text::tr("Decree 30 allows %1 to %2 mm").arg(margin.minimum).arg(margin.maximum));
            values.insert(key, *mm);
        }
    }
    if (fontPt)
        values.insert(QStringLiteral("body_font_pt"), *fontPt);
    if (!check.ok(error))
        return {};
    RecordTransaction write(db, Text::tr("Create letterhead %1").arg(issuingBody));
    const qint64 id = write.insert(QStringLiteral("letterhead"), values);
    if (!write.commit()) {
        if (error)
            *error = write.error();
        return {};
    }
    return {id, Text::tr("Created letterhead %1 “%2” (symbol BC-%3)").arg(id).arg(issuingBody.toUpper(), abbreviation)};
}

Created createSigner(const QSqlDatabase &db, const Settings &settings, QString *error)
{
    Checker check(settings, signerKeys());
    const QString name = check.text(QStringLiteral("name"), true);
    const QString position = check.text(QStringLiteral("position"), true).toUpper();
    const QString authority = check.text(QStringLiteral("authority")).toUpper();
    static const QStringList authorities{QString(), QStringLiteral("KT."), QStringLiteral("TM."), QStringLiteral("TL."),
                                         QStringLiteral("TUQ."), QStringLiteral("Q.")};
    if (!authorities.contains(authority))
        check.fail(QStringLiteral("authority"), Text::tr("write KT., TM., TL., TUQ., Q. or leave it empty"));
    const QString authorityTitle = check.text(QStringLiteral("authority_title")).toUpper();
    if ((authority == QStringLiteral("KT.") || authority == QStringLiteral("TM.")) && authorityTitle.isEmpty())
        check.fail(QStringLiteral("authority_title"), Text::tr("required after %1 (the head's title, e.g. GIÁM ĐỐC)").arg(authority));
    qint64 letterheadId = check.number(QStringLiteral("letterhead"), 1, INT_MAX).value_or(0);
    if (letterheadId == 0 && !settings.contains(QStringLiteral("letterhead")))
        letterheadId = latestId(db, QStringLiteral("SELECT max(id) FROM letterhead"));
    if (letterheadId == 0 || latestId(db, QStringLiteral("SELECT id FROM letterhead WHERE id = %1").arg(letterheadId)) == 0)
        check.fail(QStringLiteral("letterhead"), Text::tr("no such letterhead: create the letterhead first"));
    if (!check.ok(error))
        return {};
    RecordTransaction write(db, Text::tr("Add signer %1").arg(name));
    const qint64 order = latestId(db, QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 1 FROM signer_preset WHERE letterhead_id = %1").arg(letterheadId));
    const qint64 id = write.insert(QStringLiteral("signer_preset"),
                                   {{QStringLiteral("letterhead_id"), letterheadId},
                                    {QStringLiteral("signing_authority"), authority},
                                    {QStringLiteral("authority_title"), nullable(authorityTitle)},
                                    {QStringLiteral("signer_position"), position},
                                    {QStringLiteral("signer_name"), name},
                                    {QStringLiteral("sort_order"), order}});
    if (!write.commit()) {
        if (error)
            *error = write.error();
        return {};
    }
    return {id, Text::tr("Added signer %1 (%2) to letterhead %3")
                        .arg(name, QStringList{authority, authorityTitle, position}.join(u' ').simplified())
                        .arg(letterheadId)};
}

Created excludeUnit(const QSqlDatabase &db, const Settings &settings, QString *error)
{
    Checker check(settings, exclusionKeys());
    const QString unitName = check.text(QStringLiteral("unit"), true);
    const QString reason = check.text(QStringLiteral("reason"), true);
    qint64 campaignId = check.number(QStringLiteral("campaign"), 1, INT_MAX).value_or(0);
    if (campaignId == 0 && !settings.contains(QStringLiteral("campaign")))
        campaignId = latestId(db, QStringLiteral("SELECT id FROM campaign ORDER BY year DESC, id DESC LIMIT 1"));
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT COALESCE(end_date, start_date, printf('%04d-12-31', year)), name FROM campaign WHERE id = ?"));
    c.addBindValue(campaignId);
    QDate reference;
    QString campaignName;
    if (c.exec() && c.next()) {
        reference = QDate::fromString(c.value(0).toString(), Qt::ISODate);
        campaignName = c.value(1).toString();
    } else {
        check.fail(QStringLiteral("campaign"), Text::tr("no such campaign"));
    }
    qint64 unitId = 0;
    if (!unitName.isEmpty() && reference.isValid()) {
        QString message;
        unitId = findUnit(db, unitName, {2, 3, 4}, reference, &message);
        if (unitId == 0)
            check.fail(QStringLiteral("unit"), message);
    }
    if (!check.ok(error))
        return {};
    RecordTransaction write(db, Text::tr("Leave %1 out of the coverage").arg(unitName));
    write.insert(QStringLiteral("campaign_unit_exclusion"), {{QStringLiteral("campaign_id"), campaignId},
                                                             {QStringLiteral("unit_id"), unitId},
                                                             {QStringLiteral("reason"), reason}});
    if (!write.commit()) {
        if (error)
            *error = write.error();
        return {};
    }
    return {unitId, Text::tr("Left %1 out of the coverage of campaign %2 “%3”: %4").arg(unitName).arg(campaignId).arg(campaignName, reason)};
}

QList<Exclusion> exclusions(const QSqlDatabase &db, qint64 campaignId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT x.unit_id, u.name, x.reason FROM campaign_unit_exclusion x "
                             "JOIN admin_unit u ON u.id = x.unit_id WHERE x.campaign_id = ?"));
    q.addBindValue(campaignId);
    QList<Exclusion> out;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << Exclusion{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    const QCollator collator = text::collator();
    std::sort(out.begin(), out.end(), [&collator](const Exclusion &a, const Exclusion &b) {
        return collator.compare(a.unitName, b.unitName) < 0;
    });
    return out;
}

QList<std::pair<qint64, QString>> exclusionCandidates(const QSqlDatabase &db, qint64 campaignId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(R"SQL(
WITH RECURSIVE
  c AS (SELECT province_id AS root, COALESCE(end_date, start_date, printf('%04d-12-31', year)) AS ref
        FROM campaign WHERE id = :campaign),
  tree(id) AS (SELECT root FROM c UNION ALL SELECT u.id FROM admin_unit u JOIN tree t ON u.parent_id = t.id)
SELECT u.id, u.name, p.name, p.level FROM admin_unit u JOIN c
LEFT JOIN admin_unit p ON p.id = u.parent_id
WHERE u.id IN (SELECT id FROM tree) AND u.id <> c.root AND u.level IN (2, 3)
  AND (u.valid_from IS NULL OR u.valid_from <= c.ref) AND (u.valid_to IS NULL OR u.valid_to >= c.ref))SQL"));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    QList<std::pair<qint64, QString>> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        // A commune is named with its district, where it has one.
        const bool withParent = q.value(3).toInt() == 2;
        out.push_back({q.value(0).toLongLong(),
                       withParent ? q.value(1).toString() + QStringLiteral(", ") + q.value(2).toString() : q.value(1).toString()});
    }
    const QCollator collator = text::collator();
    std::sort(out.begin(), out.end(), [&collator](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return out;
}

} // namespace cds::setup
