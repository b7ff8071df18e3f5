#pragma once

#include "database/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace cds::test {

// A fresh, migrated in-memory database under a unique connection name.
std::unique_ptr<Database> openMemoryDatabase();

// A fresh in-memory database holding the 2022 Quảng Ngãi demo campaign; the
// campaign id is written to campaignId. Fails the calling test on error.
std::unique_ptr<Database> openDemoDatabase(int *campaignId);

// Runs one SQL statement on db; a failure fails the calling test with the
// statement and SQLite's message (check QTest::currentTestFailed() if the rest
// of the test depends on it).
void exec(const QSqlDatabase &db, const QString &sql);

// The first value of the first row of sql, or an invalid QVariant when the
// query fails or returns no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

// SHA-256 of a file's bytes (empty if it cannot be read): tests compare it
// before and after to prove a refused file was left unchanged.
QByteArray fileHash(const QString &path);

} // namespace cds::test
