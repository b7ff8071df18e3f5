#pragma once

#include <QSqlError>
#include <QString>

// SQLite's result codes behind a QSqlError, told apart so that a message can
// say what happened and what to do instead of repeating SQLite's words.
namespace cds::sqliteerrors {

// SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock.
bool isBusy(const QSqlError &error);
// SQLITE_FULL: the disk (or the quota) is full.
bool isDiskFull(const QSqlError &error);
// SQLITE_READONLY or SQLITE_CANTOPEN: a file or folder cannot be written or opened.
bool isReadOnlyOrCannotOpen(const QSqlError &error);

// "Another program or CDS Desk window is changing “path” …": translated, with what to do.
QString busyMessage(const QString &path);
// What happened and what to do for error on path (a database or a backup
// file): busy, disk full, read-only or cannot open; else SQLite's text.
QString explain(const QSqlError &error, const QString &path);

} // namespace cds::sqliteerrors
