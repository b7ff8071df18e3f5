#include "import/ImportChecks.h"

#include "database/SqliteErrors.h"
#include "export/FormulaGuard.h"
#include "records/Validation.h"
#include "import/CsvReader.h"
#include "import/Importer.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cds::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Importer)
};

// "-5", "+3", "-1.141", "-2,5": a signed number, not a formula.
bool isPlainNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+([.,]\\d+)*$"));
    return number.match(value.trimmed()).hasMatch();
}

} // namespace

QList<int> unknownColumns(ImportKind kind, const QStringList &headers, const ColumnMapping &mapping)
{
    QSet<QString> names;
    for (const ImportField &field : importFields(kind)) {
        if (mapping.isIgnored(field.key))
            continue;
        const QString chosen = mapping.header(field.key);
        if (!chosen.isEmpty()) {
            names << headerKey(chosen);
            continue;
        }
        names << headerKey(field.key) << headerKey(field.englishHeader);
        for (const QString &label : field.vietnameseHeaders)
            names << headerKey(label);
    }
    QList<int> unknown;
    for (int i = 0; i < headers.size(); ++i) {
        if (!names.contains(headerKey(headers[i])))
            unknown << i;
    }
    return unknown;
}

QList<ImportProblem> unknownColumnWarnings(const CsvRecord &header, const QList<int> &unknown)
{
    QList<ImportProblem> warnings;
    for (int index : unknown) {
        const QString name = text::normalized(header.fields.value(index));
        warnings << ImportProblem{ header.line, index + 1, name,
                                   name.isEmpty()
                                           ? Text::tr("This column has no header and is not imported.")
                                           : Text::tr("CDS Desk does not know this column; it is not "
                                                      "imported. Choose a field for it if it holds one.") };
    }
    return warnings;
}

QList<ImportProblem> formulaWarnings(const CsvRecord &record, const QStringList &headers,
                                     const QList<int> &readColumns)
{
    QList<ImportProblem> warnings;
    for (int index : readColumns) {
        const QString value = record.fields.value(index);
        if (!formulaguard::startsLikeFormula(value) || isPlainNumber(value))
            continue;
        warnings << ImportProblem{ record.line, index + 1, text::normalized(headers.value(index)),
                                   Text::tr("This value starts with “%1” and a spreadsheet would run "
                                            "it as a formula; it is imported as text, and exports "
                                            "write it with an apostrophe in front. Check that it "
                                            "is what you meant.")
                                           .arg(value.left(1) == QStringLiteral("\t")
                                                        ? QStringLiteral("Tab")
                                                        : value.left(1)) };
    }
    return warnings;
}

QList<ImportProblem> cellProblems(const CsvRecord &record, const QHash<int, QString> &fieldOfColumn,
                                  const QStringList &headers)
{
    QList<ImportProblem> problems;
    for (auto it = fieldOfColumn.cbegin(); it != fieldOfColumn.cend(); ++it) {
        const QString value = record.fields.value(it.key());
        const QString header = text::normalized(headers.value(it.key()).left(200));
        QString error = validation::lengthError(value.trimmed(), validation::maximumLength(it.value()));
        if (error.isEmpty())
            error = validation::invisibleCharacterError(value);
        if (!error.isEmpty())
            problems << ImportProblem{ record.line, it.key() + 1, header, error };
    }
    std::sort(problems.begin(), problems.end(),
              [](const ImportProblem &a, const ImportProblem &b) { return a.column < b.column; });
    return problems;
}

QString importStartFailure(const QSqlDatabase &db, const QString &error)
{
    const QString lower = error.toLower();
    if (lower.contains(QStringLiteral("locked")) || lower.contains(QStringLiteral("busy"))
        || sqliteerrors::isBusy(db.lastError()))
        return Text::tr("Nothing was imported: the database is busy with another change (another "
                        "import, or another CDS Desk window writing to it). Wait until it has "
                        "finished and import the file again.");
    if (error.isEmpty())
        return Text::tr("Nothing was imported: the database could not start writing (%1).")
                .arg(db.lastError().isValid() ? db.lastError().text()
                                              : Text::tr("no reason was given"));
    return Text::tr("Nothing was imported: the database could not start writing: %1").arg(error);
}

} // namespace cds::import
