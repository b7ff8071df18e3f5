#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cds {

// Loads the administrative units of Quảng Ngãi (13 districts and 173 communes
// from the GSO list in resources/data, NFC and white space normalised) under
// the province (GSO 51). Does nothing if the province is already present.
bool loadQuangNgaiUnits(const QSqlDatabase &db, QString *error);

// Creates the 2022 Quảng Ngãi campaign of the reference report
// (shared/reference/bao-cao-ngay-cds-2022-quang-ngai.md) in one transaction:
// units, 954 sample villages (names marked as samples), 1.141 teams with
// 7.534 members, the 07/10/2022 workshop, training, media outputs, other
// events, recommendations, letterhead and the report record.
// Returns the campaign id, or 0 with error set. Calling it on a database
// that already holds the demo campaign returns the existing id.
int createDemoCampaign(const QSqlDatabase &db, QString *error);

} // namespace cds
