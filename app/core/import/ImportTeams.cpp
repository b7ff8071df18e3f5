#include "import/ImportRun.h"

#include <QSqlError>

namespace cds::import::detail {

std::optional<ImportRun::Write> ImportRun::teams(const CsvRecord &record)
{
    // An intake workbook lists every unit: a row left as it came (nothing
    // but the unit) is not a team.
    if (m_options.intake) {
        bool filled = false;
        for (const char *field : { "name", "established_date", "decision_reference",
                                   "declared_member_count", "notes" })
            filled = filled || !value(record, QString::fromLatin1(field)).isEmpty();
        if (!filled)
            return std::nullopt;
    }
    const int before = int(m_problems.size());
    required(record, QStringLiteral("unit"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    const auto established = date(record, QStringLiteral("established_date"));
    // "hơn 15" gives 15 and 'hon'; an empty cell is "not reported" (NULL), never 0.
    QString qualifier = QStringLiteral(""); // not a null string: the column is NOT NULL
    const auto members = count(record, QStringLiteral("declared_member_count"), &qualifier);
    if (int(m_problems.size()) > before || !established || !members)
        return std::nullopt;
    const UnitIndex::Unit *u = m_units.unit(unitId);
    const QString key = QStringLiteral("team|%1").arg(unitId);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("unit"),
                Text::tr("The team of %1 is already on line %2.").arg(quoted(u->name)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    // A team the campaign has already (a corrected file sent again, an
    // intake workbook imported twice): the columns the file has update it;
    // a row with the values stored is unchanged.
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
                "SELECT id, name, established_date, decision_reference, declared_member_count, "
                "member_count_qualifier, notes FROM team "
                "WHERE campaign_id = ? AND unit_id = ? AND level = ?"));
        query.addBindValue(m_campaignId);
        query.addBindValue(unitId);
        query.addBindValue(u->level);
        if (!query.exec())
            throw WriteError(query.lastError().text());
        if (query.next()) {
            QList<std::pair<QString, QVariant>> sets;
            QList<ValueChange> changes;
            const QString oldName = query.value(1).toString();
            // An empty name cell keeps the name (a new team gets one made up).
            if (const QString rowName = value(record, QStringLiteral("name"));
                !rowName.isEmpty() && rowName != oldName) {
                sets << std::pair{ QStringLiteral("name"), QVariant(rowName) };
                changes << ValueChange{ Text::tr("name"), plainText(oldName), plainText(rowName) };
            }
            if (hasColumn(QStringLiteral("established_date"))
                && !sameValue(query.value(2), *established)) {
                sets << std::pair{ QStringLiteral("established_date"), *established };
                changes << ValueChange{ Text::tr("established on"), dateText(query.value(2)),
                                        dateText(*established) };
            }
            const auto textColumn = [&](const QString &field, int index, const QString &what) {
                if (!hasColumn(field))
                    return;
                const QString given = value(record, field);
                if (sameValue(query.value(index), given))
                    return;
                sets << std::pair{ field, given.isEmpty() ? QVariant() : QVariant(given) };
                changes << ValueChange{ what, plainText(query.value(index)), plainText(given) };
            };
            textColumn(QStringLiteral("decision_reference"), 3, Text::tr("decision"));
            if (hasColumn(QStringLiteral("declared_member_count"))
                && (!sameValue(query.value(4), *members)
                    || query.value(5).toString() != qualifier)) {
                sets << std::pair{ QStringLiteral("declared_member_count"), *members }
                     << std::pair{ QStringLiteral("member_count_qualifier"), QVariant(qualifier) };
                changes << ValueChange{ Text::tr("declared members"),
                                        countText(query.value(4), query.value(5).toString()),
                                        countText(*members, qualifier) };
            }
            textColumn(QStringLiteral("notes"), 6, Text::tr("notes"));
            return updateOrKeep(QStringLiteral("team"), query.value(0).toLongLong(), oldName, sets,
                                changes);
        }
    }
    QString name = value(record, QStringLiteral("name"));
    if (name.isEmpty()) {
        name = QStringLiteral("Tổ Công nghệ số cộng đồng ")
                + text::unitNameInRunningText(u->name, u->type);
        if (const UnitIndex::Unit *parent = m_units.unit(u->parentId); parent && u->level == 4)
            name += QStringLiteral(", ") + text::unitNameInRunningText(parent->name, parent->type);
    }
    const QString decision = value(record, QStringLiteral("decision_reference"));
    const QString notes = value(record, QStringLiteral("notes"));
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("level"), u->level },
        { QStringLiteral("name"), name },
        { QStringLiteral("established_date"), *established },
        { QStringLiteral("decision_reference"),
          decision.isEmpty() ? QVariant() : QVariant(decision) },
        { QStringLiteral("declared_member_count"), *members },
        { QStringLiteral("member_count_qualifier"), qualifier },
        { QStringLiteral("notes"), notes.isEmpty() ? QVariant() : QVariant(notes) },
    };
    return [this, values] { insert(QStringLiteral("team"), values); };
}

} // namespace cds::import::detail
