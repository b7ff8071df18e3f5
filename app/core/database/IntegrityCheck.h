#pragma once

#include <QString>

// The full check of a database file (PRAGMA integrity_check), which also
// compares every index with its table: a file whose index pages are damaged
// passes the quick_check that opening runs, and is caught only here. It reads
// the whole file (seconds for a national database), so the window runs it on
// a worker thread after opening, and --export-report before it prints.
namespace cds::integrity {

// Runs the check on path over a read-only connection of its own, opened and
// closed on the calling thread (any thread). Empty when the file is sound;
// else the first problems SQLite lists (at most five lines) or its error.
QString fullCheckProblem(const QString &path);

// For the user: what the check found and what to do (translated).
QString damagedMessage(const QString &path, const QString &problem);

} // namespace cds::integrity
