#include "import/ImportRun.h"

#include <QDate>
#include <QSqlError>
#include <QRegularExpression>

#include <algorithm>

namespace cds::import::detail {

std::optional<QVariant> ImportRun::date(const CsvRecord &record, const QString &field)
{
    const QString raw = value(record, field);
    if (raw.isEmpty())
        return QVariant();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const auto match = pattern.match(raw);
    const QDate parsed = match.hasMatch()
            ? QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt())
            : QDate();
    if (match.hasMatch() && !parsed.isValid()) {
        problem(record.line, field,
                Text::tr("%1 is not a date of the calendar (check the day and the month).")
                        .arg(quoted(raw)));
        return std::nullopt;
    }
    if (!parsed.isValid()) {
        problem(record.line, field,
                Text::tr("Expected a date written dd/mm/yyyy (such as 07/10/2022), found %1.")
                        .arg(quoted(raw)));
        return std::nullopt;
    }
    return parsed.toString(Qt::ISODate);
}

std::optional<QVariant> ImportRun::activityDate(const CsvRecord &record, const QString &field)
{
    const auto parsed = date(record, field);
    if (!parsed || parsed->isNull() || m_campaignYear == 0)
        return parsed;
    const QDate day = QDate::fromString(parsed->toString(), Qt::ISODate);
    if (day.year() != m_campaignYear) {
        problem(record.line, field,
                Text::tr("Expected a date in %1, the year of the campaign, found %2.")
                        .arg(m_campaignYear)
                        .arg(quoted(value(record, field))));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QVariant> ImportRun::count(const CsvRecord &record, const QString &field,
                                      QString *qualifier)
{
    QString raw = value(record, field);
    if (raw.isEmpty())
        return QVariant();
    if (qualifier) {
        static const QList<std::pair<QString, QString>> words = {
            { QStringLiteral("hon "), QStringLiteral("hon") },
            { QStringLiteral("gan "), QStringLiteral("gan") },
            { QStringLiteral("khoang "), QStringLiteral("khoang") },
            { QStringLiteral("tren "), QStringLiteral("tren") },
        };
        const QString key = text::searchKey(raw);
        for (const auto &[word, code] : words) {
            if (key.startsWith(word)) {
                *qualifier = code;
                raw = raw.mid(word.size()).trimmed();
                break;
            }
        }
    }
    // vi-VN: the dot groups thousands ("1.141"); a comma would be a decimal.
    static const QRegularExpression pattern(QStringLiteral("^(\\d+|\\d{1,3}(\\.\\d{3})+)$"));
    bool ok = pattern.match(raw).hasMatch();
    const qint64 number = ok ? QString(raw).remove(u'.').toLongLong(&ok) : 0;
    if (!ok) {
        problem(record.line, field,
                Text::tr("Expected a whole number written as 1.141, found %1.")
                        .arg(quoted(value(record, field))));
        return std::nullopt;
    }
    return number;
}

std::optional<QVariant> ImportRun::year(const CsvRecord &record, const QString &field)
{
    const QString raw = value(record, field);
    if (raw.isEmpty())
        return QVariant();
    bool ok = isAllDigits(raw) && raw.size() == 4;
    const int number = ok ? raw.toInt() : 0;
    if (!ok || number < 1900 || number > 2100) {
        problem(record.line, field,
                Text::tr("Expected a year between 1900 and 2100, found %1.").arg(quoted(raw)));
        return std::nullopt;
    }
    return number;
}

qint64 ImportRun::unit(const CsvRecord &record, const QString &field, const QList<int> &levels)
{
    const QString name = value(record, field);
    if (name.isEmpty())
        return 0;
    QList<qint64> candidates;
    const QString commune = value(record, QStringLiteral("commune"));
    if (field != QStringLiteral("commune") && !commune.isEmpty())
        candidates = m_units.findInCommune(name, levels, commune);
    // The long way when the short one finds nothing: it tells a name that
    // is nowhere from one that is not in the commune.
    if (candidates.isEmpty())
        candidates = m_units.find(name, levels);
    if (candidates.isEmpty()) {
        problem(record.line, field,
                Text::tr("No administrative unit is named %1.").arg(quoted(name)));
        return 0;
    }
    const QList<std::pair<QString, int>> narrowing = { { QStringLiteral("commune"), 3 },
                                                       { QStringLiteral("district"), 2 } };
    for (const auto &[parentField, parentLevel] : narrowing) {
        const QString parent = value(record, parentField);
        if (parentField == field || parent.isEmpty())
            continue;
        QList<qint64> inParent;
        // "Xã Bình Thạnh" names that commune, not also "Xã Bình Thanh".
        QList<qint64> named = m_units.find(parent, { parentLevel });
        if (named.size() > 1)
            named = m_units.preferExact(named, parent);
        for (qint64 id : candidates) {
            const UnitIndex::Unit *candidate = m_units.unit(id);
            if (candidate->level <= parentLevel || m_units.hasAncestor(id, parentLevel, named))
                inParent << id;
        }
        if (inParent.isEmpty()) {
            problem(record.line, field,
                    Text::tr("No administrative unit named %1 lies in %2.")
                            .arg(quoted(name), quoted(parent)));
            return 0;
        }
        candidates = inParent;
    }
    // The units in force on the file's date win over those closed or not yet
    // established; an exact name (tone marks kept) over a name that matches
    // only without them.
    if (candidates.size() > 1)
        candidates = m_units.preferValid(candidates);
    if (candidates.size() > 1)
        candidates = m_units.preferExact(candidates, name);
    if (candidates.size() > 1) {
        QStringList described;
        bool villages = false;
        for (qint64 id : candidates) {
            described << m_units.describe(id);
            villages = villages || m_units.unit(id)->level == 4;
        }
        // Ask for the column that tells them apart only when the file lacks
        // it or left it empty: with it filled in, only the code helps.
        const QString telling = villages ? QStringLiteral("commune") : QStringLiteral("district");
        QString message;
        if (field == telling || (hasColumn(telling) && !value(record, telling).isEmpty()))
            message = Text::tr("%1 is the name of %2 administrative units (%3), even where the file places it; "
                               "write its GSO code instead, or its name with the tone marks as the list writes it.");
        else if (hasColumn(telling))
            message = villages ? Text::tr("%1 is the name of %2 administrative units (%3); fill in its "
                                          "Commune column to say which one.")
                               : Text::tr("%1 is the name of %2 administrative units (%3); fill in its "
                                          "District column to say which one.");
        else
            message = villages ? Text::tr("%1 is the name of %2 administrative units (%3); add a "
                                          "Commune column to say which one.")
                               : Text::tr("%1 is the name of %2 administrative units (%3); add a "
                                          "District column to say which one.");
        problem(record.line, field,
                message.arg(quoted(name)).arg(candidates.size()).arg(described.join(QStringLiteral("; "))));
        return 0;
    }
    return candidates.first();
}

qint64 ImportRun::teamOfUnit(const CsvRecord &record, qint64 unitId)
{
    if (!m_teamsOfUnitsRead) {
        // The campaign's teams read once (100.000 nationally, a query per
        // unit was a tenth of a members import's time).
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT unit_id, id FROM team WHERE campaign_id = ?"));
        query.addBindValue(m_campaignId);
        if (!query.exec())
            throw WriteError(Text::tr("The database could not be read: %1").arg(query.lastError().text()));
        while (query.next())
            m_teamOfUnit.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        m_teamsOfUnitsRead = true;
    }
    const qint64 team = m_teamOfUnit.value(unitId);
    if (team == 0)
        problem(record.line, QStringLiteral("unit"),
                Text::tr("%1 has no team in this campaign; import the teams first.")
                        .arg(quoted(m_units.unit(unitId)->name)));
    return team;
}

std::optional<QVariant> ImportRun::organisation(const CsvRecord &record, const QString &field)
{
    const QString name = value(record, field);
    if (name.isEmpty())
        return QVariant();
    if (!m_organisationsRead) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, name, coalesce(abbreviation, '') FROM organisation")))
            throw WriteError(Text::tr("The database could not be read: %1").arg(query.lastError().text()));
        while (query.next())
            m_organisations << Organisation{ query.value(0).toLongLong(), query.value(1).toString(),
                                             text::searchKey(query.value(1).toString()),
                                             text::searchKey(query.value(2).toString()) };
        m_organisationsRead = true;
    }
    const QString key = text::searchKey(name);
    QList<const Organisation *> byName;
    QList<const Organisation *> byAbbreviation;
    for (const Organisation &candidate : std::as_const(m_organisations)) {
        if (candidate.nameKey == key)
            byName << &candidate;
        else if (!candidate.abbreviationKey.isEmpty() && candidate.abbreviationKey == key)
            byAbbreviation << &candidate;
    }
    // A full name wins over an abbreviation that happens to read the same.
    const QList<const Organisation *> &found = byName.isEmpty() ? byAbbreviation : byName;
    if (found.isEmpty()) {
        problem(record.line, field,
                Text::tr("No organisation is named %1; add it (or import the organisations) first.")
                        .arg(quoted(name)));
        return std::nullopt;
    }
    if (found.size() > 1) {
        problem(record.line, field,
                Text::tr("%1 names %2 organisations; write the full name of the one meant.")
                        .arg(quoted(name))
                        .arg(found.size()));
        return std::nullopt;
    }
    return found.first()->id;
}

QString ImportRun::organisationName(qint64 id)
{
    for (const Organisation &candidate : std::as_const(m_organisations)) {
        if (candidate.id == id)
            return candidate.name;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM organisation WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<QList<qint64>> ImportRun::organisationList(const CsvRecord &record,
                                                         const QString &field)
{
    QList<qint64> ids;
    bool ok = true;
    for (const QString &part : value(record, field).split(u';', Qt::SkipEmptyParts)) {
        const QString name = text::normalized(part);
        if (name.isEmpty())
            continue;
        // Looked up one by one through a record whose cell holds that name.
        CsvRecord single = record;
        const auto column = m_columns.value(field);
        if (column.index < 0 || column.index >= single.fields.size())
            continue;
        single.fields[column.index] = name;
        const auto id = organisation(single, field);
        if (!id) {
            ok = false;
            continue;
        }
        if (!ids.contains(id->toLongLong()))
            ids << id->toLongLong();
    }
    if (!ok)
        return std::nullopt;
    return ids;
}

QString modeText(const QVariant &code)
{
    const QString mode = code.toString();
    if (mode == u"in_person")
        return plainText(QStringLiteral("Trực tiếp"));
    if (mode == u"online")
        return plainText(QStringLiteral("Trực tuyến"));
    if (mode == u"hybrid")
        return plainText(QStringLiteral("Trực tiếp kết hợp trực tuyến"));
    return plainText(code);
}

std::optional<QString> ImportRun::mode(const CsvRecord &record, const QString &field)
{
    const QString raw = value(record, field);
    if (raw.isEmpty())
        return QString();
    static const QHash<QString, QString> modes = {
        { QStringLiteral("truc tiep"), QStringLiteral("in_person") },
        { QStringLiteral("in person"), QStringLiteral("in_person") },
        { QStringLiteral("truc tuyen"), QStringLiteral("online") },
        { QStringLiteral("online"), QStringLiteral("online") },
        { QStringLiteral("truc tiep ket hop truc tuyen"), QStringLiteral("hybrid") },
        { QStringLiteral("truc tiep ket hop voi truc tuyen"), QStringLiteral("hybrid") },
        { QStringLiteral("truc tiep va truc tuyen"), QStringLiteral("hybrid") },
        { QStringLiteral("ket hop"), QStringLiteral("hybrid") },
        { QStringLiteral("hybrid"), QStringLiteral("hybrid") },
    };
    const QString code = modes.value(text::searchKey(QString(raw).replace(u'_', u' ')));
    if (code.isEmpty()) {
        problem(record.line, field,
                Text::tr("Expected “Trực tiếp”, “Trực tuyến” or “Trực tiếp kết hợp trực tuyến”, found %1.")
                        .arg(quoted(raw)));
        return std::nullopt;
    }
    return code;
}

std::optional<bool> ImportRun::yesNo(const CsvRecord &record, const QString &field)
{
    const QString raw = value(record, field);
    if (raw.isEmpty())
        return false;
    const QString key = text::searchKey(raw);
    static const QStringList yes = { QStringLiteral("co"), QStringLiteral("x"), QStringLiteral("1"),
                                     QStringLiteral("yes"), QStringLiteral("true") };
    static const QStringList no = { QStringLiteral("khong"), QStringLiteral("0"), QStringLiteral("no"),
                                    QStringLiteral("false") };
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    problem(record.line, field, Text::tr("Expected “Có” or “Không”, found %1.").arg(quoted(raw)));
    return std::nullopt;
}

} // namespace cds::import::detail

namespace cds::import::detail {

qint64 ImportRun::activityByDateAndTitle(const QString &table, const QString &dateColumn, const QVariant &date,
                                         const QString &title)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, title FROM %1 WHERE campaign_id = ? AND coalesce(%2, '') = ?")
                          .arg(table, dateColumn));
    query.addBindValue(m_campaignId);
    query.addBindValue(date.isNull() ? QString() : date.toString());
    if (!query.exec())
        throw WriteError(query.lastError().text());
    const QString key = text::searchKey(title);
    while (query.next()) {
        if (text::searchKey(query.value(1).toString()) == key)
            return query.value(0).toLongLong();
    }
    return 0;
}

} // namespace cds::import::detail
