#include "import/ImportRun.h"

#include <QSqlError>

namespace cds::import::detail {

std::optional<ImportRun::Write> ImportRun::attendance(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString title = required(record, QStringLiteral("training"));
    const QString name = required(record, QStringLiteral("full_name"));
    const auto trainingDate = activityDate(record, QStringLiteral("training_date"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    const qint64 team = unitId ? teamOfUnit(record, unitId) : 0;
    const auto birthYear = year(record, QStringLiteral("birth_year"));
    if (int(m_problems.size()) > before || !trainingDate || !birthYear)
        return std::nullopt;

    QList<qint64> trainings;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
            "SELECT id, title, start_date FROM training_session WHERE campaign_id = ?"));
    query.addBindValue(m_campaignId);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    while (query.next()) {
        if (text::searchKey(query.value(1).toString()) == text::searchKey(title)
            && (trainingDate->isNull() || query.value(2).toString() == trainingDate->toString()))
            trainings << query.value(0).toLongLong();
    }
    if (trainings.size() != 1) {
        problem(record.line, QStringLiteral("training"),
                trainings.isEmpty() ? Text::tr("No training session of this campaign is called %1.")
                                              .arg(quoted(title))
                                    : Text::tr("%1 names %2 training sessions; add a Training date "
                                               "column to say which one.")
                                              .arg(quoted(title))
                                              .arg(trainings.size()));
        return std::nullopt;
    }

    const QString phone = value(record, QStringLiteral("phone"));
    QList<qint64> people;
    query.prepare(QStringLiteral(
            "SELECT DISTINCT m.id, m.full_name, m.birth_year, m.phone FROM member m "
            "JOIN team_member tm ON tm.member_id = m.id JOIN team t ON t.id = tm.team_id "
            "WHERE t.campaign_id = ? AND (? = 0 OR t.id = ?)"));
    query.addBindValue(m_campaignId);
    query.addBindValue(team);
    query.addBindValue(team);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    const QString wanted = personKey(name, *birthYear, phone);
    while (query.next()) {
        const QString found = personKey(query.value(1).toString(),
                                        birthYear->isNull() ? QVariant() : query.value(2),
                                        phone.isEmpty() ? QString() : query.value(3).toString());
        if (found == wanted)
            people << query.value(0).toLongLong();
    }
    if (people.size() != 1) {
        problem(record.line, QStringLiteral("full_name"),
                people.isEmpty() ? Text::tr("No member of a team of this campaign is called %1.")
                                           .arg(quoted(name))
                                 : Text::tr("%1 matches %2 members; add the Birth year or Phone "
                                            "column to say which one.")
                                           .arg(quoted(name))
                                           .arg(people.size()));
        return std::nullopt;
    }
    const qint64 training = trainings.first();
    const qint64 member = people.first();
    const QString key = QStringLiteral("attendance|%1|%2").arg(training).arg(member);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already on line %2 for the same training session.")
                        .arg(quoted(name))
                        .arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    if (scalar(QStringLiteral("SELECT count(*) FROM training_attendance WHERE training_id = ? AND "
                              "member_id = ?"),
               { training, member })
        > 0) {
        problem(record.line, QStringLiteral("full_name"),
                Text::tr("%1 is already recorded at this training session.").arg(quoted(name)));
        return std::nullopt;
    }
    return [this, training, member] {
        insert(QStringLiteral("training_attendance"),
               { { QStringLiteral("training_id"), training },
                 { QStringLiteral("member_id"), member } });
    };
}

std::optional<ImportRun::Write> ImportRun::media(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString rawKind = required(record, QStringLiteral("kind"));
    const QString outlet = required(record, QStringLiteral("outlet"));
    static const QHash<QString, QString> kinds = {
        { QStringLiteral("tin"), QStringLiteral("news") },
        { QStringLiteral("tin bai"), QStringLiteral("news") },
        { QStringLiteral("tin, bai"), QStringLiteral("news") },
        { QStringLiteral("bai"), QStringLiteral("article") },
        { QStringLiteral("bai viet"), QStringLiteral("article") },
        { QStringLiteral("phong su"), QStringLiteral("tv_report") },
        { QStringLiteral("video clip"), QStringLiteral("video_clip") },
        { QStringLiteral("video"), QStringLiteral("video_clip") },
        { QStringLiteral("trailer"), QStringLiteral("trailer") },
        { QStringLiteral("bang-ron"), QStringLiteral("banner") },
        { QStringLiteral("bang ron"), QStringLiteral("banner") },
        { QStringLiteral("khau hieu"), QStringLiteral("slogan") },
        { QStringLiteral("man hinh led"), QStringLiteral("led_screen") },
        { QStringLiteral("khac"), QStringLiteral("other") },
        { QStringLiteral("news"), QStringLiteral("news") },
        { QStringLiteral("article"), QStringLiteral("article") },
        { QStringLiteral("tv report"), QStringLiteral("tv_report") },
        { QStringLiteral("banner"), QStringLiteral("banner") },
        { QStringLiteral("slogan"), QStringLiteral("slogan") },
        { QStringLiteral("led screen"), QStringLiteral("led_screen") },
        { QStringLiteral("other"), QStringLiteral("other") },
    };
    const QString kind = kinds.value(text::searchKey(QString(rawKind).replace(u'_', u' ')));
    if (!rawKind.isEmpty() && kind.isEmpty())
        problem(record.line, QStringLiteral("kind"),
                Text::tr("Expected a kind of media output (Tin, Bài viết, Phóng sự, Video clip, "
                         "Trailer, Băng-rôn, "
                         "Khẩu hiệu, Màn hình LED or Khác), found %1.")
                        .arg(quoted(rawKind)));
    const auto published = activityDate(record, QStringLiteral("published_on"));
    QString qualifier = QStringLiteral("");
    const auto items = count(record, QStringLiteral("item_count"), &qualifier);
    bool commissioned = false;
    if (const QString raw = value(record, QStringLiteral("commissioned")); !raw.isEmpty()) {
        const QString key = text::searchKey(raw);
        static const QStringList yes = { QStringLiteral("co"), QStringLiteral("x"),
                                         QStringLiteral("1"), QStringLiteral("yes"),
                                         QStringLiteral("true") }; // a workbook's TRUE
        static const QStringList no = { QStringLiteral("khong"), QStringLiteral("0"),
                                        QStringLiteral("no"), QStringLiteral("false") };
        commissioned = yes.contains(key);
        if (!commissioned && !no.contains(key))
            problem(record.line, QStringLiteral("commissioned"),
                    Text::tr("Expected “Có” or “Không”, found %1.").arg(quoted(raw)));
    }
    if (int(m_problems.size()) > before || !published || !items)
        return std::nullopt;
    const QString title = value(record, QStringLiteral("title"));
    const QString key = QStringLiteral("media|%1|%2|%3|%4")
                                .arg(kind, text::searchKey(outlet), text::searchKey(title),
                                     published->toString());
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("title"),
                Text::tr("The same media output is already on line %1.").arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    if (m_mediaOrder == 0)
        m_mediaOrder = int(scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM "
                                                 "media_output WHERE campaign_id = ?"),
                                  { m_campaignId }));
    const QString link = value(record, QStringLiteral("link"));
    const QString description = value(record, QStringLiteral("description"));
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("outlet"), outlet },
        { QStringLiteral("title"), title.isEmpty() ? QVariant() : QVariant(title) },
        { QStringLiteral("published_on"), *published },
        { QStringLiteral("item_count"), items->isNull() ? QVariant(1) : *items },
        { QStringLiteral("count_qualifier"), qualifier },
        { QStringLiteral("link"), link.isEmpty() ? QVariant() : QVariant(link) },
        { QStringLiteral("commissioned"), commissioned ? 1 : 0 },
        { QStringLiteral("description"),
          description.isEmpty() ? QVariant() : QVariant(description) },
        { QStringLiteral("sort_order"), ++m_mediaOrder },
    };
    return [this, values] { insert(QStringLiteral("media_output"), values); };
}

} // namespace cds::import::detail
