#include "import/ImportRun.h"

#include <QSqlError>

#include <algorithm>

namespace cds::import::detail {

// A recommendation is named by its campaign and its text (case, diacritics
// and spaces ignored): a corrected file sent again updates its order and
// the text's spelling.
std::optional<ImportRun::Write> ImportRun::recommendations(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString body = required(record, QStringLiteral("body"));
    const auto order = count(record, QStringLiteral("sort_order"));
    if (int(m_problems.size()) > before || !order)
        return std::nullopt;
    const QString key = QStringLiteral("recommendation|") + text::searchKey(body);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("body"),
                Text::tr("The same recommendation is already on line %1.").arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, body, sort_order FROM recommendation WHERE campaign_id = ?"));
    query.addBindValue(m_campaignId);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    while (query.next()) {
        if (text::searchKey(query.value(1).toString()) != text::searchKey(body))
            continue;
        const qint64 id = query.value(0).toLongLong();
        const QVariantMap stored = { { QStringLiteral("body"), query.value(1) },
                                     { QStringLiteral("sort_order"), query.value(2) } };
        RowChanges row;
        compare(row, stored, QStringLiteral("body"), QStringLiteral("body"), body, Text::tr("text"));
        if (!order->isNull())
            compare(row, stored, QStringLiteral("sort_order"), QStringLiteral("sort_order"), *order,
                    Text::tr("order"));
        return changeOrKeep(QStringLiteral("recommendation"), id, query.value(1).toString(), row);
    }
    if (m_recommendationOrder < 0)
        m_recommendationOrder = int(scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM "
                                                          "recommendation WHERE campaign_id = ?"),
                                           { m_campaignId }));
    const QVariant sortOrder = order->isNull() ? QVariant(++m_recommendationOrder) : *order;
    if (!order->isNull())
        m_recommendationOrder = std::max<int>(m_recommendationOrder, order->toInt());
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("campaign_id"), m_campaignId },
        { QStringLiteral("body"), body },
        { QStringLiteral("sort_order"), sortOrder },
    };
    return [this, values] { insert(QStringLiteral("recommendation"), values); };
}

} // namespace cds::import::detail
