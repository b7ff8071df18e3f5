#include "import/ImportRun.h"

#include <QSqlError>

#include <algorithm>

namespace cds::import::detail {

std::optional<ImportRun::Write> ImportRun::figures(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString key = required(record, QStringLiteral("figure_key"));
    const QString label = required(record, QStringLiteral("label"));
    required(record, QStringLiteral("value"));
    // "hơn 4.200" gives 4200 and 'hon'.
    QString qualifier = QStringLiteral("");
    const auto number = count(record, QStringLiteral("value"), &qualifier);
    const auto order = count(record, QStringLiteral("sort_order"));
    if (int(m_problems.size()) > before || !number || !order || number->isNull())
        return std::nullopt;
    if (const int line = m_seen.value(QStringLiteral("figure|") + key); line > 0) {
        problem(record.line, QStringLiteral("figure_key"),
                Text::tr("The figure %1 is already on line %2.").arg(quoted(key)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(QStringLiteral("figure|") + key, record.line);
    const QString unitLabel = value(record, QStringLiteral("unit_label"));
    const QString description = value(record, QStringLiteral("description"));
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, label, value, qualifier, unit_label, description, "
                                 "sort_order FROM campaign_figure "
                                 "WHERE campaign_id = ? AND figure_key = ?"));
    query.addBindValue(m_campaignId);
    query.addBindValue(key);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    if (query.next()) {
        QList<std::pair<QString, QVariant>> sets;
        QList<ValueChange> changes;
        if (label != query.value(1).toString()) {
            sets << std::pair{ QStringLiteral("label"), QVariant(label) };
            changes << ValueChange{ Text::tr("label"), plainText(query.value(1)), plainText(label) };
        }
        if (!sameValue(query.value(2), *number) || query.value(3).toString() != qualifier) {
            sets << std::pair{ QStringLiteral("value"), *number }
                 << std::pair{ QStringLiteral("qualifier"), QVariant(qualifier) };
            changes << ValueChange{ Text::tr("value"),
                                    countText(query.value(2), query.value(3).toString()),
                                    countText(*number, qualifier) };
        }
        const auto textColumn = [&](const QString &field, const QString &given, int index,
                                    const QString &what) {
            if (!hasColumn(field) || sameValue(query.value(index), given))
                return;
            sets << std::pair{ field, orNull(given) };
            changes << ValueChange{ what, plainText(query.value(index)), plainText(given) };
        };
        textColumn(QStringLiteral("unit_label"), unitLabel, 4, Text::tr("unit"));
        textColumn(QStringLiteral("description"), description, 5, Text::tr("report sentence"));
        if (hasColumn(QStringLiteral("sort_order")) && !order->isNull()
            && query.value(6).toLongLong() != order->toLongLong()) {
            sets << std::pair{ QStringLiteral("sort_order"), *order };
            changes << ValueChange{ Text::tr("order"), query.value(6).toString(), order->toString() };
        }
        return updateOrKeep(QStringLiteral("campaign_figure"), query.value(0).toLongLong(),
                            query.value(1).toString(), sets, changes);
    }
    if (m_figureOrder < 0)
        m_figureOrder = int(scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM "
                                                  "campaign_figure WHERE campaign_id = ?"),
                                   { m_campaignId }));
    const QVariant sortOrder = order->isNull() ? QVariant(++m_figureOrder) : *order;
    if (!order->isNull())
        m_figureOrder = std::max<int>(m_figureOrder, order->toInt());
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("figure_key"), key },
        { QStringLiteral("label"), label },
        { QStringLiteral("value"), *number },
        { QStringLiteral("qualifier"), qualifier },
        { QStringLiteral("unit_label"), orNull(unitLabel) },
        { QStringLiteral("description"), orNull(description) },
        { QStringLiteral("sort_order"), sortOrder },
    };
    return [this, values] { insert(QStringLiteral("campaign_figure"), values); };
}

} // namespace cds::import::detail
