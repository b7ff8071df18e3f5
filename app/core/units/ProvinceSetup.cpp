#include "units/ProvinceSetup.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"
#include "text/VietnameseText.h"
#include "units/UnitHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace cds::units {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::UnitCatalogue)
};

QString key(const QString &code, int level)
{
    return code + u'|' + QString::number(level);
}

void count(SetupCounts *counts, const CatalogueUnit &unit)
{
    if (unit.level == 1)
        ++counts->provinces;
    else if (unit.level == 2)
        ++counts->districts;
    else
        ++counts->communes;
    ++counts->byType[unit.unitType];
}

// The coded units (levels 1-3) whose validity overlaps [from, to] (ISO
// text, empty: open), by code and level; of several, the one in force on the
// side of the period nearest the reform (the last day before it, or the first).
QHash<QString, qint64> unitsOverlapping(const QSqlDatabase &db, const QDate &from, const QDate &to, QString *error)
{
    QHash<QString, qint64> result;
    QHash<QString, bool> inForce;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, gso_code, level, valid_from, valid_to FROM admin_unit "
                                 "WHERE gso_code IS NOT NULL AND level <= 3 "
                                 "AND (:to = '' OR valid_from IS NULL OR valid_from <= :to) "
                                 "AND (:from = '' OR valid_to IS NULL OR valid_to >= :from) ORDER BY id"));
    const QString fromText = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("");
    const QString toText = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("");
    query.bindValue(QStringLiteral(":from"), fromText);
    query.bindValue(QStringLiteral(":to"), toText);
    if (!query.exec()) {
        *error = query.lastError().text();
        return result;
    }
    const QDate edge = to.isValid() ? to : from;
    while (query.next()) {
        const QString k = key(query.value(1).toString(), query.value(2).toInt());
        const bool valid = isValidOn(query.value(3).toString(), query.value(4).toString(), edge);
        if (!result.contains(k) || (valid && !inForce.value(k))) {
            result.insert(k, query.value(0).toLongLong());
            inForce.insert(k, valid);
        }
    }
    return result;
}

} // namespace

SetupCounts listedUnits(UnitList list, const QString &provinceCode)
{
    SetupCounts counts;
    for (const CatalogueUnit &unit : UnitCatalogue::get(list).provinceUnits(provinceCode))
        count(&counts, unit);
    return counts;
}

SetupCounts missingUnits(const QSqlDatabase &db, UnitList list, const QString &provinceCode)
{
    SetupCounts counts;
    const UnitListInfo &info = unitListInfo(list);
    QString error;
    const QHash<QString, qint64> present = unitsOverlapping(db, info.validFrom, info.validTo, &error);
    for (const CatalogueUnit &unit : UnitCatalogue::get(list).provinceUnits(provinceCode)) {
        if (!present.contains(key(unit.code, unit.level)))
            count(&counts, unit);
    }
    return counts;
}

QString setupDescription(const QString &provinceName, const QString &provinceType, UnitList list)
{
    return Text::tr("Set up the administrative units of %1 (list of %2)")
            .arg(text::unitNameInRunningText(provinceName, provinceType), unitListInfo(list).dateText);
}

QString countsText(const SetupCounts &counts, UnitList list)
{
    QStringList parts;
    parts << Text::tr("%n province(s)", nullptr, counts.provinces);
    if (counts.districts > 0)
        parts << Text::tr("%n district-level unit(s)", nullptr, counts.districts);
    parts << (list == UnitList::Units2025 ? Text::tr("%n commune(s)/ward(s)/special zone(s)", nullptr, counts.communes)
                                          : Text::tr("%n commune(s)/ward(s)/township(s)", nullptr, counts.communes));
    return parts.join(QStringLiteral(", "));
}

int recordSuccessions(const QSqlDatabase &db, QString *error)
{
    QString message;
    const QList<Succession> &table = successionTable(&message);
    if (!message.isEmpty()) {
        *error = message;
        return -1;
    }
    const UnitListInfo &before = unitListInfo(UnitList::Units2024);
    const UnitListInfo &after = unitListInfo(UnitList::Units2025);
    const QHash<QString, qint64> oldUnits = unitsOverlapping(db, before.validFrom, before.validTo, &message);
    const QHash<QString, qint64> newUnits = unitsOverlapping(db, after.validFrom, after.validTo, &message);
    if (!message.isEmpty()) {
        *error = message;
        return -1;
    }
    QSet<std::pair<qint64, qint64>> recorded;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT old_unit_id, new_unit_id FROM admin_unit_succession"))) {
        *error = query.lastError().text();
        return -1;
    }
    while (query.next())
        recorded.insert({ query.value(0).toLongLong(), query.value(1).toLongLong() });
    query.finish();

    struct Row
    {
        qint64 oldId;
        qint64 newId;
        bool split;
        QString note;
    };
    QList<Row> rows;
    const auto consider = [&](qint64 oldId, qint64 newId, bool split, const QString &note) {
        if (oldId == 0 || newId == 0 || oldId == newId || recorded.contains({ oldId, newId }))
            return;
        recorded.insert({ oldId, newId });
        rows << Row{ oldId, newId, split, note };
    };
    // Provinces (Resolution 202/2025/QH15): derived from the communes' table.
    const UnitCatalogue &oldList = UnitCatalogue::get(UnitList::Units2024);
    const UnitCatalogue &newList = UnitCatalogue::get(UnitList::Units2025);
    QMap<QString, QSet<QString>> provinceSources; // new province -> old provinces
    for (const Succession &row : table)
        provinceSources[newList.provinceOf(row.newCode)].insert(oldList.provinceOf(row.oldCode));
    for (auto it = provinceSources.cbegin(); it != provinceSources.cend(); ++it) {
        const QString note = it.value().size() > 1 ? QStringLiteral("Hợp nhất theo Nghị quyết số 202/2025/QH15")
                                                   : QStringLiteral("Giữ nguyên theo Nghị quyết số 202/2025/QH15");
        QStringList sources(it.value().cbegin(), it.value().cend());
        std::sort(sources.begin(), sources.end());
        for (const QString &oldProvince : std::as_const(sources))
            consider(oldUnits.value(key(oldProvince, 1)), newUnits.value(key(it.key(), 1)), false, note);
    }
    for (const Succession &row : table)
        consider(oldUnits.value(key(row.oldCode, row.oldLevel)), newUnits.value(key(row.newCode, 3)), row.split, row.note);

    if (rows.isEmpty())
        return 0;
    query.prepare(QStringLiteral("INSERT INTO admin_unit_succession (old_unit_id, new_unit_id, split, note) "
                                 "VALUES (?, ?, ?, ?)"));
    for (const Row &row : std::as_const(rows)) {
        query.addBindValue(row.oldId);
        query.addBindValue(row.newId);
        query.addBindValue(row.split ? 1 : 0);
        query.addBindValue(row.note.isEmpty() ? QVariant() : QVariant(row.note));
        if (!query.exec()) {
            *error = query.lastError().text();
            return -1;
        }
    }
    return int(rows.size());
}

SetupResult setUpProvince(const QSqlDatabase &db, UnitList list, const QString &provinceCode)
{
    SetupResult result;
    const UnitCatalogue &catalogue = UnitCatalogue::get(list);
    const UnitListInfo &info = unitListInfo(list);
    if (!catalogue.loadError().isEmpty()) {
        result.error = catalogue.loadError();
        return result;
    }
    const QList<CatalogueUnit> units = catalogue.provinceUnits(provinceCode);
    if (units.isEmpty()) {
        result.error = Text::tr("The list of %1 has no province with the code %2.").arg(info.dateText, provinceCode);
        return result;
    }
    const CatalogueUnit &province = units.first();
    result.provinceName = province.name;

    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        result.error = Text::tr("The database could not start a transaction: %1").arg(connection.lastError().text());
        return result;
    }
    const auto fail = [&](const QString &message) {
        connection.rollback();
        QSqlQuery reset(connection);
        reset.exec(QStringLiteral("UPDATE change_context SET group_id = NULL WHERE id = 1"));
        result.ok = false;
        result.error = Text::tr("Nothing was set up: %1").arg(message);
        result.created = {};
        result.successionsCreated = 0;
        result.changeGroupId = 0;
        return result;
    };
    QString error;
    const qint64 group = changelog::beginGroup(connection, setupDescription(province.name, province.unitType, list), 0, &error);
    if (group == 0)
        return fail(error);

    const QHash<QString, qint64> present = unitsOverlapping(connection, info.validFrom, info.validTo, &error);
    if (!error.isEmpty())
        return fail(error);
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO admin_unit (gso_code, name, unit_type, level, parent_id, valid_from, valid_to) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariant validFrom = info.validFrom.isValid() ? QVariant(info.validFrom.toString(Qt::ISODate)) : QVariant();
    const QVariant validTo = info.validTo.isValid() ? QVariant(info.validTo.toString(Qt::ISODate)) : QVariant();
    QHash<QString, qint64> idOfCode;
    for (const CatalogueUnit &unit : units) {
        if (const qint64 existing = present.value(key(unit.code, unit.level)); existing != 0) {
            idOfCode.insert(unit.code, existing);
            ++result.alreadyPresent;
            continue;
        }
        insert.addBindValue(unit.code);
        insert.addBindValue(unit.name);
        insert.addBindValue(unit.unitType);
        insert.addBindValue(unit.level);
        insert.addBindValue(unit.level == 1 ? QVariant() : QVariant(idOfCode.value(unit.parentCode)));
        insert.addBindValue(validFrom);
        insert.addBindValue(validTo);
        if (!insert.exec())
            return fail(Text::tr("%1 (%2) could not be written: %3").arg(unit.name, unit.code, insert.lastError().text()));
        idOfCode.insert(unit.code, insert.lastInsertId().toLongLong());
        count(&result.created, unit);
    }
    const int successions = recordSuccessions(connection, &error);
    if (successions < 0)
        return fail(error);
    result.successionsCreated = successions;
    if (result.created.total() == 0 && successions == 0) {
        // Already set up: nothing to write, no empty step in the history.
        connection.rollback();
        QSqlQuery reset(connection);
        reset.exec(QStringLiteral("UPDATE change_context SET group_id = NULL WHERE id = 1"));
        result.ok = true;
        return result;
    }
    if (keys::fillMissing(connection, &error) < 0 || !changelog::endGroup(connection, &error))
        return fail(error);
    if (!connection.commit())
        return fail(connection.lastError().text());
    result.ok = true;
    result.changeGroupId = group;
    return result;
}

} // namespace cds::units
