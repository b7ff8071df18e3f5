#include "import/ImportRun.h"

#include <QSqlError>

namespace cds::import::detail {

std::optional<ImportRun::Write> ImportRun::organisations(const CsvRecord &record)
{
    const int before = int(m_problems.size());
    const QString name = required(record, QStringLiteral("name"));
    const qint64 unitId = unit(record, QStringLiteral("unit"), { 1, 2, 3, 4 });
    if (int(m_problems.size()) > before)
        return std::nullopt;
    const QString key = QStringLiteral("org|%1|%2").arg(unitId).arg(text::searchKey(name));
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("name"),
                Text::tr("%1 is already on line %2.").arg(quoted(name)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM organisation WHERE coalesce(unit_id, 0) = ?"));
    query.addBindValue(unitId);
    if (!query.exec())
        throw WriteError(query.lastError().text());
    while (query.next()) {
        if (text::searchKey(query.value(0).toString()) == text::searchKey(name)) {
            problem(record.line, QStringLiteral("name"),
                    Text::tr("%1 is already in the database.").arg(quoted(name)));
            return std::nullopt;
        }
    }
    const auto nullable = [&](const char *field) {
        const QString v = value(record, QString::fromLatin1(field));
        return v.isEmpty() ? QVariant() : QVariant(v);
    };
    const QList<std::pair<QString, QVariant>> values = {
        { QStringLiteral("name"), name },
        { QStringLiteral("abbreviation"), nullable("abbreviation") },
        { QStringLiteral("kind"), nullable("kind") },
        { QStringLiteral("unit_id"), unitId ? QVariant(unitId) : QVariant() },
        { QStringLiteral("address"), nullable("address") },
        { QStringLiteral("phone"), nullable("phone") },
        { QStringLiteral("email"), nullable("email") },
        { QStringLiteral("website"), nullable("website") },
    };
    return [this, values] { insert(QStringLiteral("organisation"), values); };
}

} // namespace cds::import::detail
