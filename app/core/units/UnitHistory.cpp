#include "units/UnitHistory.h"

#include "text/VietnameseText.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cds::units {

QDate campaignReferenceDate(const QSqlDatabase &db, int campaignId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COALESCE(end_date, start_date, printf('%04d-12-31', year)) "
                                 "FROM campaign WHERE id = ?"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return {};
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

bool isValidOn(const QString &validFrom, const QString &validTo, const QDate &date)
{
    const QString day = date.toString(Qt::ISODate);
    return (validFrom.isEmpty() || validFrom <= day) && (validTo.isEmpty() || validTo >= day);
}

qint64 unitIdByCode(const QSqlDatabase &db, const QString &code, const QDate &date, int level)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM admin_unit WHERE gso_code = :code AND (:level = 0 OR level = :level) "
                                 "AND (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day) "
                                 "ORDER BY COALESCE(valid_from, '') DESC, id DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":level"), level);
    query.bindValue(QStringLiteral(":day"), date.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QString unitHoldingCode(const QSqlDatabase &db, const QString &code, const QString &validFrom, const QString &validTo,
                        qint64 excludeId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM admin_unit WHERE gso_code = :code AND id <> :id "
                                 "AND (COALESCE(valid_from, '') = :from "
                                 "     OR ((:to = '' OR valid_from IS NULL OR valid_from <= :to) "
                                 "         AND (:from = '' OR valid_to IS NULL OR valid_to >= :from))) "
                                 "ORDER BY id LIMIT 1"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":id"), excludeId);
    query.bindValue(QStringLiteral(":from"), validFrom.isNull() ? QStringLiteral("") : validFrom);
    query.bindValue(QStringLiteral(":to"), validTo.isNull() ? QStringLiteral("") : validTo);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

namespace {

QList<UnitSuccession> successions(const QSqlDatabase &db, const QString &column, qint64 unitId)
{
    QList<UnitSuccession> result;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT old_unit_id, new_unit_id, split, note FROM admin_unit_succession "
                                 "WHERE %1 = ? ORDER BY old_unit_id, new_unit_id").arg(column));
    query.addBindValue(unitId);
    if (!query.exec())
        return result;
    while (query.next())
        result << UnitSuccession{ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt() == 1,
                                  query.value(3).toString() };
    return result;
}

} // namespace

QList<UnitSuccession> successorsOf(const QSqlDatabase &db, qint64 oldUnitId)
{
    return successions(db, QStringLiteral("old_unit_id"), oldUnitId);
}

QList<UnitSuccession> predecessorsOf(const QSqlDatabase &db, qint64 newUnitId)
{
    return successions(db, QStringLiteral("new_unit_id"), newUnitId);
}

QHash<qint64, QList<qint64>> mapToNewUnits(const QSqlDatabase &db, const QList<qint64> &oldUnitIds)
{
    QHash<qint64, QList<qint64>> result;
    for (const qint64 id : oldUnitIds) {
        for (const UnitSuccession &succession : successorsOf(db, id))
            result[id] << succession.newUnitId;
    }
    return result;
}

QString comparisonNote(const QSqlDatabase &db, int campaignId, int previousCampaignId)
{
    if (campaignId <= 0 || previousCampaignId <= 0)
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT c.province_id, p.province_id, p.year, n.name, n.unit_type, n.valid_from "
                                 "FROM campaign c JOIN campaign p ON p.id = ? "
                                 "LEFT JOIN admin_unit n ON n.id = c.province_id WHERE c.id = ?"));
    query.addBindValue(previousCampaignId);
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return {};
    const qint64 province = query.value(0).toLongLong();
    const qint64 previousProvince = query.value(1).toLongLong();
    if (province == 0 || previousProvince == 0 || province == previousProvince)
        return {};
    const int previousYear = query.value(2).toInt();
    const QString newName = text::unitNameInRunningText(query.value(3).toString(), query.value(4).toString());
    const QDate from = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    QStringList oldNames;
    QSqlQuery names(db);
    names.prepare(QStringLiteral("SELECT u.name, u.unit_type FROM admin_unit_succession s "
                                 "JOIN admin_unit u ON u.id = s.old_unit_id WHERE s.new_unit_id = ? "
                                 "ORDER BY u.id = ? DESC, u.gso_code, u.id"));
    names.addBindValue(province);
    names.addBindValue(previousProvince);
    if (!names.exec())
        return {};
    bool previousIsPredecessor = false;
    while (names.next())
        oldNames << text::unitNameInRunningText(names.value(0).toString(), names.value(1).toString());
    names.finish();
    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT 1 FROM admin_unit_succession WHERE old_unit_id = ? AND new_unit_id = ?"));
    check.addBindValue(previousProvince);
    check.addBindValue(province);
    previousIsPredecessor = check.exec() && check.next();
    if (!previousIsPredecessor)
        return {};
    return QStringLiteral("So sánh với năm %1 theo đơn vị hành chính trước sắp xếp (%2), quy đổi sang %3%4.")
            .arg(previousYear)
            .arg(oldNames.join(QStringLiteral(", ")), newName,
                 from.isValid() ? QStringLiteral(" từ ngày ") + from.toString(QStringLiteral("dd/M/yyyy"))
                                : QString());
}

} // namespace cds::units
