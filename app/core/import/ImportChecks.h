#pragma once

#include "import/ImportSchema.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cds::import {

struct ImportProblem;
struct CsvRecord;

// Checks of the file's cells that do not depend on the kind's rules: what a
// spreadsheet would run as a formula, columns the import does not read.

// The 0-based columns of a header line that the import of kind does not read
// (neither a field's header nor one chosen in mapping); empty headers count.
QList<int> unknownColumns(ImportKind kind, const QStringList &headers, const ColumnMapping &mapping);

// A warning (not a refusal: "-2+3" may be a real value) for each column of
// header that the import does not read ("This column is not imported").
QList<ImportProblem> unknownColumnWarnings(const CsvRecord &header, const QList<int> &unknown);

// A warning for each cell of record that a spreadsheet would run as a formula
// (= + - @ tab CR at the start) unless it reads as a plain number ("-5").
// headers: the file's header cells, for naming the column.
QList<ImportProblem> formulaWarnings(const CsvRecord &record, const QStringList &headers,
                                     const QList<int> &readColumns);

// The problems of record's cells that refuse the file whatever the kind: a
// value longer than its field takes (validation::maximumLength), an invisible
// or control character (validation::invisibleCharacterError). fieldOfColumn:
// 0-based column -> field key, for the columns the import reads.
QList<ImportProblem> cellProblems(const CsvRecord &record, const QHash<int, QString> &fieldOfColumn,
                                  const QStringList &headers);

// Why an import could not start writing, with what to do: another import or
// another CDS Desk is writing to the database (it is locked), or SQLite's
// reason. error: the message of the failed first write (may be empty).
QString importStartFailure(const QSqlDatabase &db, const QString &error);

} // namespace cds::import
