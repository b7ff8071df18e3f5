#include "import/ImportRun.h"

#include <QRegularExpression>
#include <QSqlError>

#include <map>

namespace cds::import::detail {

namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString yesNoText(const QVariant &flag)
{
    return flag.toInt() != 0 ? QStringLiteral("Có") : QStringLiteral("Không");
}

QString kindText(const QVariant &code)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("workshop"), QStringLiteral("Hội thảo") },
        { QStringLiteral("seminar"), QStringLiteral("Tọa đàm") },
        { QStringLiteral("conference"), QStringLiteral("Hội nghị") },
        { QStringLiteral("contest"), QStringLiteral("Hội thi") },
        { QStringLiteral("launch"), QStringLiteral("Lễ phát động") },
        { QStringLiteral("training"), QStringLiteral("Tập huấn") },
        { QStringLiteral("other"), QStringLiteral("Khác") },
    };
    return plainText(names.value(code.toString(), code.toString()));
}

QString timeText(const QVariant &code)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("morning"), QStringLiteral("Sáng") },
        { QStringLiteral("afternoon"), QStringLiteral("Chiều") },
        { QStringLiteral("evening"), QStringLiteral("Tối") },
    };
    return plainText(code.isNull() ? QVariant()
                                   : QVariant(names.value(code.toString(), code.toString())));
}

// "Huyện: 13; Xã: 173" as printed back.
QString sitesText(const std::map<int, qint64> &sites)
{
    static const QStringList levels = { QString(), QStringLiteral("Tỉnh"), QStringLiteral("Huyện"),
                                        QStringLiteral("Xã"), QStringLiteral("Thôn") };
    QStringList parts;
    for (const auto &[level, count] : sites)
        parts << levels.at(level) + QStringLiteral(": ") + text::formatNumber(count);
    return plainText(parts.join(QStringLiteral("; ")));
}

} // namespace

// An event is named by its campaign, date and title, as a training is. Its
// connected sites are one cell: "Tỉnh: 1; Huyện: 13; Xã: 173; Thôn: 20"
// (the level as a word of the list, in Vietnamese or English, then the
// count), written again when they change.
std::optional<ImportRun::Write> ImportRun::events(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString rawKind = required(record, QStringLiteral("kind"));
    const QString title = required(record, QStringLiteral("title"));
    static const QHash<QString, QString> kinds = {
        { QStringLiteral("hoi thao"), QStringLiteral("workshop") },
        { QStringLiteral("workshop"), QStringLiteral("workshop") },
        { QStringLiteral("toa dam"), QStringLiteral("seminar") },
        { QStringLiteral("seminar"), QStringLiteral("seminar") },
        { QStringLiteral("hoi nghi"), QStringLiteral("conference") },
        { QStringLiteral("conference"), QStringLiteral("conference") },
        { QStringLiteral("hoi thi"), QStringLiteral("contest") },
        { QStringLiteral("cuoc thi"), QStringLiteral("contest") },
        { QStringLiteral("contest"), QStringLiteral("contest") },
        { QStringLiteral("le phat dong"), QStringLiteral("launch") },
        { QStringLiteral("phat dong"), QStringLiteral("launch") },
        { QStringLiteral("launch"), QStringLiteral("launch") },
        { QStringLiteral("launch ceremony"), QStringLiteral("launch") },
        { QStringLiteral("tap huan"), QStringLiteral("training") },
        { QStringLiteral("lop tap huan"), QStringLiteral("training") },
        { QStringLiteral("training"), QStringLiteral("training") },
        { QStringLiteral("training session"), QStringLiteral("training") },
        { QStringLiteral("khac"), QStringLiteral("other") },
        { QStringLiteral("other"), QStringLiteral("other") },
    };
    const QString kind = kinds.value(text::searchKey(rawKind));
    if (!rawKind.isEmpty() && kind.isEmpty())
        problem(record.line, QStringLiteral("kind"),
                Text::tr("Expected a kind of event (Hội thảo, Tọa đàm, Hội nghị, Hội thi, Lễ phát "
                         "động, "
                         "Tập huấn or Khác), found %1.")
                        .arg(quoted(rawKind)));
    const auto main = yesNo(record, QStringLiteral("main_event"));
    const auto day = activityDate(record, QStringLiteral("event_date"));
    QString timeOfDay;
    if (const QString raw = value(record, QStringLiteral("time_of_day")); !raw.isEmpty()) {
        static const QHash<QString, QString> times = {
            { QStringLiteral("sang"), QStringLiteral("morning") },
            { QStringLiteral("buoi sang"), QStringLiteral("morning") },
            { QStringLiteral("morning"), QStringLiteral("morning") },
            { QStringLiteral("chieu"), QStringLiteral("afternoon") },
            { QStringLiteral("buoi chieu"), QStringLiteral("afternoon") },
            { QStringLiteral("afternoon"), QStringLiteral("afternoon") },
            { QStringLiteral("toi"), QStringLiteral("evening") },
            { QStringLiteral("buoi toi"), QStringLiteral("evening") },
            { QStringLiteral("evening"), QStringLiteral("evening") },
        };
        timeOfDay = times.value(text::searchKey(raw));
        if (timeOfDay.isEmpty())
            problem(record.line, QStringLiteral("time_of_day"),
                    Text::tr("Expected “Sáng”, “Chiều” or “Tối”, found %1.").arg(quoted(raw)));
    }
    const auto heldAs = mode(record, QStringLiteral("mode"));
    const auto organiser = organisation(record, QStringLiteral("organiser"));
    QString inPersonQualifier = QStringLiteral("");
    QString onlineQualifier = QStringLiteral("");
    QString viewsQualifier = QStringLiteral("");
    const auto inPerson = count(record, QStringLiteral("in_person_attendance"), &inPersonQualifier);
    const auto online = count(record, QStringLiteral("online_attendance"), &onlineQualifier);
    const auto views = count(record, QStringLiteral("livestream_views"), &viewsQualifier);

    // Connected sites per level (1 province … 4 village).
    std::map<int, qint64> sites;
    if (const QString raw = value(record, QStringLiteral("connected_sites")); !raw.isEmpty()) {
        static const QHash<QString, int> levels = {
            { QStringLiteral("tinh"), 1 },      { QStringLiteral("cap tinh"), 1 },
            { QStringLiteral("province"), 1 },  { QStringLiteral("huyen"), 2 },
            { QStringLiteral("cap huyen"), 2 }, { QStringLiteral("district"), 2 },
            { QStringLiteral("xa"), 3 },        { QStringLiteral("cap xa"), 3 },
            { QStringLiteral("commune"), 3 },   { QStringLiteral("thon"), 4 },
            { QStringLiteral("cap thon"), 4 },  { QStringLiteral("thon, to dan pho"), 4 },
            { QStringLiteral("village"), 4 },
        };
        static const QRegularExpression number(QStringLiteral("^(\\d+|\\d{1,3}(\\.\\d{3})+)$"));
        for (const QString &part : raw.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = part.lastIndexOf(u':');
            const QString levelWord = text::searchKey(part.left(std::max<qsizetype>(colon, 0)));
            const QString figure = part.mid(colon + 1).trimmed();
            const int level = colon > 0 ? levels.value(levelWord) : 0;
            bool ok = level > 0 && number.match(figure).hasMatch();
            const qint64 siteCount = ok ? QString(figure).remove(u'.').toLongLong(&ok) : 0;
            if (!ok || sites.count(level) > 0) {
                problem(record.line, QStringLiteral("connected_sites"),
                        Text::tr("Expected the connected sites as “Tỉnh: 1; Huyện: 13; Xã: 173; "
                                 "Thôn: 20” "
                                 "(each level once, a whole number after it), found %1.")
                                .arg(quoted(part.trimmed())));
                break;
            }
            sites[level] = siteCount;
        }
    }
    if (int(m_problems.size()) > before || !main || !day || !heldAs || !organiser || !inPerson
        || !online || !views)
        return std::nullopt;

    const QString key = QStringLiteral("event|%1|%2").arg(day->toString(), text::searchKey(title));
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("title"),
                Text::tr("The same event (title and date) is already on line %1.").arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);

    const auto textOf = [&](const char *field) {
        return orNull(value(record, QString::fromLatin1(field)));
    };
    struct TextColumn
    {
        QString column; // also the field's key
        QVariant given;
        QString what;
    };
    const QList<TextColumn> texts = {
        { QStringLiteral("theme"), textOf("theme"), Text::tr("theme") },
        { QStringLiteral("chair_name"), textOf("chair_name"), Text::tr("chaired by") },
        { QStringLiteral("chair_position"), textOf("chair_position"),
          Text::tr("chair's position") },
        { QStringLiteral("organiser_text"), textOf("organiser_text"), Text::tr("organisers") },
        { QStringLiteral("venue"), textOf("venue"), Text::tr("venue") },
        { QStringLiteral("in_person_description"), textOf("in_person_description"),
          Text::tr("who attended in person") },
        { QStringLiteral("online_description"), textOf("online_description"),
          Text::tr("who attended online") },
        { QStringLiteral("livestream_platform"), textOf("livestream_platform"),
          Text::tr("livestream platform") },
        { QStringLiteral("audience_description"), textOf("audience_description"),
          Text::tr("audience") },
        { QStringLiteral("description"), textOf("description"), Text::tr("report sentence") },
        { QStringLiteral("outcomes"), textOf("outcomes"), Text::tr("outcomes") },
        { QStringLiteral("report_group"), textOf("report_group"), Text::tr("report group") },
    };

    const qint64 existing = activityByDateAndTitle(QStringLiteral("event"), QStringLiteral("event_date"), *day, title);
    const auto writeSites = [this](qint64 event, const std::map<int, qint64> &perLevel) {
        for (const auto &[level, siteCount] : perLevel)
            insert(QStringLiteral("event_connected_sites"),
                   { { QStringLiteral("event_id"), event },
                     { QStringLiteral("level"), level },
                     { QStringLiteral("site_count"), siteCount } });
    };

    if (existing != 0) {
        const QVariantMap stored = storedRow(QStringLiteral("event"), existing);
        RowChanges row;
        compare(row, stored, QStringLiteral("title"), QStringLiteral("title"), title,
                Text::tr("title"));
        compare(row, stored, QStringLiteral("kind"), QStringLiteral("kind"), kind, Text::tr("kind"),
                kindText);
        compare(row, stored, QStringLiteral("main_event"), QStringLiteral("is_main_event"),
                *main ? 1 : 0, Text::tr("main event"), yesNoText);
        compare(row, stored, QStringLiteral("time_of_day"), QStringLiteral("time_of_day"),
                orNull(timeOfDay), Text::tr("time of day"), timeText);
        if (!heldAs->isEmpty())
            compare(row, stored, QStringLiteral("mode"), QStringLiteral("mode"), *heldAs,
                    Text::tr("mode"), modeText);
        if (hasColumn(QStringLiteral("organiser"))
            && !sameValue(stored.value(QStringLiteral("organiser_id")), *organiser)) {
            row.sets << std::pair{ QStringLiteral("organiser_id"), *organiser };
            row.changes << ValueChange{
                Text::tr("organiser"),
                plainText(organisationName(
                        stored.value(QStringLiteral("organiser_id")).toLongLong())),
                plainText(organiser->isNull() ? QString()
                                              : organisationName(organiser->toLongLong()))
            };
        }
        for (const TextColumn &entry : texts)
            compare(row, stored, entry.column, entry.column, entry.given, entry.what);
        compareCount(row, stored, QStringLiteral("in_person_attendance"),
                     QStringLiteral("in_person_attendance"), QStringLiteral("in_person_qualifier"),
                     *inPerson, inPersonQualifier, Text::tr("in-person attendance"));
        compareCount(row, stored, QStringLiteral("online_attendance"),
                     QStringLiteral("online_attendance"), QStringLiteral("online_qualifier"),
                     *online, onlineQualifier, Text::tr("online attendance"));
        compareCount(row, stored, QStringLiteral("livestream_views"),
                     QStringLiteral("livestream_views"), QStringLiteral("livestream_qualifier"),
                     *views, viewsQualifier, Text::tr("livestream views"));
        std::function<void()> also;
        if (hasColumn(QStringLiteral("connected_sites"))) {
            std::map<int, qint64> storedSites;
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                    "SELECT level, site_count FROM event_connected_sites WHERE event_id = ?"));
            query.addBindValue(existing);
            if (!query.exec())
                throw WriteError(query.lastError().text());
            while (query.next())
                storedSites[query.value(0).toInt()] = query.value(1).toLongLong();
            if (storedSites != sites) {
                row.changes << ValueChange{ Text::tr("connected sites"), sitesText(storedSites),
                                            sitesText(sites) };
                also = [this, existing, sites, writeSites] {
                    removeWhere(QStringLiteral("event_connected_sites"), QStringLiteral("event_id"),
                                existing);
                    writeSites(existing, sites);
                };
            }
        }
        return changeOrKeep(QStringLiteral("event"), existing,
                            stored.value(QStringLiteral("title")).toString(), row, also);
    }

    if (m_eventOrder < 0)
        m_eventOrder = int(scalar(
                QStringLiteral(
                        "SELECT coalesce(max(sort_order), 0) FROM event WHERE campaign_id = ?"),
                { m_campaignId }));
    QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("is_main_event"), *main ? 1 : 0 },
        { QStringLiteral("title"), title },
        { QStringLiteral("event_date"), *day },
        { QStringLiteral("time_of_day"), orNull(timeOfDay) },
        { QStringLiteral("organiser_id"), *organiser },
        { QStringLiteral("mode"), heldAs->isEmpty() ? QStringLiteral("in_person") : *heldAs },
        { QStringLiteral("in_person_attendance"), *inPerson },
        { QStringLiteral("in_person_qualifier"), inPersonQualifier },
        { QStringLiteral("online_attendance"), *online },
        { QStringLiteral("online_qualifier"), onlineQualifier },
        { QStringLiteral("livestream_views"), *views },
        { QStringLiteral("livestream_qualifier"), viewsQualifier },
        { QStringLiteral("sort_order"), ++m_eventOrder },
    };
    for (const TextColumn &entry : texts)
        values << std::pair{ entry.column, entry.given };
    return [this, values, sites, writeSites] {
        const qint64 event = insert(QStringLiteral("event"), values);
        writeSites(event, sites);
    };
}

} // namespace cds::import::detail
