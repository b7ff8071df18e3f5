#include "import/ImportRun.h"

#include <QDate>
#include <QSqlError>

namespace cds::import::detail {

namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

// A training session is named by its campaign, start date and title: a
// corrected file sent again updates the session it names; its partners
// are the organisations of the Partners column, written again when they
// change.
std::optional<ImportRun::Write> ImportRun::trainings(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString title = required(record, QStringLiteral("title"));
    const auto start = activityDate(record, QStringLiteral("start_date"));
    const auto end = activityDate(record, QStringLiteral("end_date"));
    const auto heldAs = mode(record, QStringLiteral("mode"));
    const auto organiser = organisation(record, QStringLiteral("organiser"));
    const auto partners = organisationList(record, QStringLiteral("partners"));
    QString qualifier = QStringLiteral("");
    const auto participants = count(record, QStringLiteral("participants"), &qualifier);
    if (int(m_problems.size()) > before || !start || !end || !heldAs || !organiser || !partners
        || !participants)
        return std::nullopt;
    // The training form's rule.
    if (!start->isNull() && !end->isNull() && end->toString() < start->toString()) {
        problem(record.line, QStringLiteral("end_date"),
                Text::tr("The training cannot end (%1) before it starts (%2).")
                        .arg(dateText(*end), dateText(*start)));
        return std::nullopt;
    }
    const QString key =
            QStringLiteral("training|%1|%2").arg(start->toString(), text::searchKey(title));
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("title"),
                Text::tr("The same training session (title and start date) is already on line %1.")
                        .arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);

    const QString topic = value(record, QStringLiteral("topic"));
    const QString place = value(record, QStringLiteral("place"));
    const QString who = value(record, QStringLiteral("participants_description"));
    const QString description = value(record, QStringLiteral("description"));
    const QString notes = value(record, QStringLiteral("notes"));

    const qint64 existing = activityByDateAndTitle(QStringLiteral("training_session"), QStringLiteral("start_date"), *start, title);

    if (existing != 0) {
        const QVariantMap stored = storedRow(QStringLiteral("training_session"), existing);
        // The attendance list already recorded may not outnumber the
        // declared participants (the training form's rule, issue #3).
        if (hasColumn(QStringLiteral("participants")) && !participants->isNull()) {
            const qint64 listed = scalar(
                    QStringLiteral(
                            "SELECT count(*) FROM training_attendance WHERE training_id = ?"),
                    { existing });
            if (listed > participants->toLongLong()) {
                problem(record.line, QStringLiteral("participants"),
                        Text::tr("The attendance list names %1 members but only %2 participants "
                                 "are declared: "
                                 "raise the declared number or remove attendees.")
                                .arg(text::formatNumber(listed),
                                     text::formatNumber(participants->toLongLong())));
                return std::nullopt;
            }
        }
        RowChanges row;
        compare(row, stored, QStringLiteral("title"), QStringLiteral("title"), title,
                Text::tr("title"));
        compare(row, stored, QStringLiteral("topic"), QStringLiteral("topic"), orNull(topic),
                Text::tr("topic"));
        compare(row, stored, QStringLiteral("end_date"), QStringLiteral("end_date"), *end,
                Text::tr("end date"), dateText);
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
        compare(row, stored, QStringLiteral("place"), QStringLiteral("place"), orNull(place),
                Text::tr("place"));
        compareCount(row, stored, QStringLiteral("participants"),
                     QStringLiteral("participants_declared"),
                     QStringLiteral("participants_qualifier"), *participants, qualifier,
                     Text::tr("declared participants"));
        compare(row, stored, QStringLiteral("participants_description"),
                QStringLiteral("participants_description"), orNull(who), Text::tr("who took part"));
        compare(row, stored, QStringLiteral("description"), QStringLiteral("description"),
                orNull(description), Text::tr("report sentence"));
        compare(row, stored, QStringLiteral("notes"), QStringLiteral("notes"), orNull(notes),
                Text::tr("notes"));

        std::function<void()> also;
        if (hasColumn(QStringLiteral("partners"))) {
            QList<qint64> storedPartners;
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                    "SELECT organisation_id FROM training_partner WHERE training_id = ? "
                    "ORDER BY rowid"));
            query.addBindValue(existing);
            if (!query.exec())
                throw WriteError(query.lastError().text());
            while (query.next())
                storedPartners << query.value(0).toLongLong();
            QList<qint64> a = storedPartners;
            QList<qint64> b = *partners;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a != b) {
                const auto names = [this](const QList<qint64> &ids) {
                    QStringList result;
                    for (const qint64 id : ids)
                        result << organisationName(id);
                    return plainText(result.join(QStringLiteral("; ")));
                };
                row.changes << ValueChange{ Text::tr("partners"), names(storedPartners),
                                            names(*partners) };
                const QList<qint64> ids = *partners;
                also = [this, existing, ids] {
                    removeWhere(QStringLiteral("training_partner"), QStringLiteral("training_id"),
                                existing);
                    for (const qint64 id : ids)
                        insert(QStringLiteral("training_partner"),
                               { { QStringLiteral("training_id"), existing },
                                 { QStringLiteral("organisation_id"), id } });
                };
            }
        }
        return changeOrKeep(QStringLiteral("training_session"), existing,
                            stored.value(QStringLiteral("title")).toString(), row, also);
    }

    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("title"), title },
        { QStringLiteral("topic"), orNull(topic) },
        { QStringLiteral("start_date"), *start },
        { QStringLiteral("end_date"), *end },
        { QStringLiteral("mode"), heldAs->isEmpty() ? QStringLiteral("in_person") : *heldAs },
        { QStringLiteral("organiser_id"), *organiser },
        { QStringLiteral("place"), orNull(place) },
        { QStringLiteral("participants_declared"), *participants },
        { QStringLiteral("participants_qualifier"), qualifier },
        { QStringLiteral("participants_description"), orNull(who) },
        { QStringLiteral("description"), orNull(description) },
        { QStringLiteral("notes"), orNull(notes) },
    };
    const QList<qint64> ids = *partners;
    return [this, values, ids] {
        const qint64 training = insert(QStringLiteral("training_session"), values);
        for (const qint64 id : ids)
            insert(QStringLiteral("training_partner"),
                   { { QStringLiteral("training_id"), training },
                     { QStringLiteral("organisation_id"), id } });
    };
}

} // namespace cds::import::detail
