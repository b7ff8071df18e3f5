#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cds::units {

// Administrative units over time (schema 7, 0007_unit_periods.sql).
//
// A GSO code is unique within a validity period only: from 01/07/2025 most
// new communes carry an old commune's code, and province 51 is both old and
// new Quảng Ngãi. Every lookup by code therefore names the date it is made
// for: a campaign's reference date, or today.

// The day a campaign's figures refer to: its end date, else its start date,
// else 31/12 of its year (the statistics' "ref", StatisticsSql.h). Null when
// the campaign does not exist.
QDate campaignReferenceDate(const QSqlDatabase &db, int campaignId);

// Whether a unit valid from validFrom to validTo (ISO text, empty: open)
// is in force on date.
bool isValidOn(const QString &validFrom, const QString &validTo, const QDate &date);

// The unit with this GSO code in force on date (of the given level; 0: any
// level), the one that started last when several are; 0 when none.
qint64 unitIdByCode(const QSqlDatabase &db, const QString &code, const QDate &date, int level = 0);

// The name of another unit (not excludeId) holding code at some time of
// [validFrom, validTo] (ISO text, empty: open), or with the same start of
// validity, which the schema forbids; empty when the code is free for that
// period. A code names one unit at a time.
QString unitHoldingCode(const QSqlDatabase &db, const QString &code, const QString &validFrom, const QString &validTo,
                        qint64 excludeId);

// One row of admin_unit_succession: old unit -> new unit.
struct UnitSuccession
{
    qint64 oldUnitId = 0;
    qint64 newUnitId = 0;
    bool split = false; // the old unit was divided among several new ones
    QString note;       // the GSO's remark
};

QList<UnitSuccession> successorsOf(const QSqlDatabase &db, qint64 oldUnitId);
QList<UnitSuccession> predecessorsOf(const QSqlDatabase &db, qint64 newUnitId);

// The new units each old unit went into, for every id of oldUnitIds that
// has a successor (a unit the reform left alone has none recorded unless the
// list made it a new unit of the same code).
QHash<qint64, QList<qint64>> mapToNewUnits(const QSqlDatabase &db, const QList<qint64> &oldUnitIds);

// A short Vietnamese note for the dashboard and the report when the earlier
// campaign a campaign is compared with (previousCampaignId()) belongs to a
// province that was merged into the campaign's province: "So sánh với năm
// 2024 theo đơn vị hành chính trước sắp xếp (tỉnh Quảng Ngãi, tỉnh Kon Tum),
// quy đổi sang tỉnh Quảng Ngãi từ ngày 01/7/2025." Empty when both campaigns
// are of the same province or there is nothing to compare with.
QString comparisonNote(const QSqlDatabase &db, int campaignId, int previousCampaignId);

} // namespace cds::units
