#include "intake/IntakeWorkbook.h"

#include "import/XlsxReader.h"
#include "records/ChangeLog.h"
#include "records/RecordKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace cds::intake {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::IntakeWorkbook)
};

} // namespace

IntakeImportResult importIntakeWorkbook(const QSqlDatabase &db, const QString &path, int campaignId,
                                        IntakeImportMode mode)
{
    IntakeImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("The file %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QString why;
    const import::XlsxWorkbook workbook = import::readXlsx(file.readAll(), &why);
    if (workbook.sheets.isEmpty()) {
        result.error = why;
        return result;
    }
    QList<import::ImportKind> kinds;
    for (const import::ImportKind kind :
         { import::ImportKind::Units, import::ImportKind::Teams, import::ImportKind::Members }) {
        if (workbook.sheetIndex(sheetName(kind)) >= 0)
            kinds << kind;
    }
    if (kinds.isEmpty()) {
        result.error = Text::tr("The workbook is not an intake workbook: it has none of the sheets "
                                "“%1”, “%2” or “%3”.")
                               .arg(sheetName(import::ImportKind::Units),
                                    sheetName(import::ImportKind::Teams),
                                    sheetName(import::ImportKind::Members));
        return result;
    }

    // One transaction for the whole workbook: a team on the second sheet
    // joins a village the first sheet adds, and a refused cell anywhere
    // leaves nothing of any sheet. A preview runs the same writes and
    // rolls them back at the end.
    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        result.error = Text::tr("The database could not start a transaction: %1")
                               .arg(connection.lastError().text());
        return result;
    }
    const QString fileName = QFileInfo(path).fileName();
    QString groupError;
    const qint64 group = changelog::beginGroup(
            connection, Text::tr("Import of the intake workbook %1").arg(fileName), 0, &groupError);
    if (group == 0) {
        connection.rollback();
        result.error = Text::tr("The import could not be started: %1").arg(groupError);
        return result;
    }
    const bool preview = mode == IntakeImportMode::Preview;
    for (const import::ImportKind kind : std::as_const(kinds)) {
        import::ImportOptions options;
        options.kind = kind;
        options.sheet = sheetName(kind);
        options.campaignId = campaignId;
        options.intake = true;
        options.nested = true;
        options.preview = preview;
        const import::ImportResult sheet = import::importFile(connection, path, options);
        result.sheets.append({ kind, sheet });
        if (!sheet.imported && !sheet.previewed) {
            connection.rollback();
            return result;
        }
    }
    if (preview) {
        connection.rollback();
        result.previewed = true;
        return result;
    }
    if (result.newCount() + result.changedCount() == 0) {
        // The same workbook again: nothing to keep, no empty change group.
        connection.rollback();
        result.imported = true;
        return result;
    }
    QString error;
    if (keys::fillMissing(connection, &error) < 0 || !changelog::endGroup(connection, &error)) {
        connection.rollback();
        result.error = Text::tr("The import could not be saved: %1").arg(error);
        return result;
    }
    if (!connection.commit()) {
        result.error =
                Text::tr("The import could not be saved: %1").arg(connection.lastError().text());
        connection.rollback();
        return result;
    }
    result.imported = true;
    result.changeGroupId = group;
    return result;
}

qint64 IntakeImportResult::newCount() const
{
    qint64 total = 0;
    for (const auto &[kind, sheet] : sheets)
        total += sheet.newCount;
    return total;
}

qint64 IntakeImportResult::changedCount() const
{
    qint64 total = 0;
    for (const auto &[kind, sheet] : sheets)
        total += sheet.changedCount;
    return total;
}

qint64 IntakeImportResult::unchangedCount() const
{
    qint64 total = 0;
    for (const auto &[kind, sheet] : sheets)
        total += sheet.unchangedCount;
    return total;
}

QStringList IntakeImportResult::changes() const
{
    QStringList lines;
    for (const auto &[kind, sheet] : sheets)
        lines << sheet.changes;
    return lines;
}

QList<import::ImportProblem> IntakeImportResult::problems() const
{
    QList<import::ImportProblem> all;
    for (const auto &[kind, sheet] : sheets)
        all << sheet.problems;
    return all;
}

QString IntakeImportResult::text() const
{
    if (!error.isEmpty())
        return error;
    QStringList lines;
    const bool refusedSheet = refused();
    for (const auto &[kind, sheet] : sheets) {
        if (!sheet.problems.isEmpty()) {
            lines << Text::tr("%1: refused").arg(sheetName(kind)) << sheet.problemText();
            continue;
        }
        lines << Text::tr("%1: %2").arg(sheetName(kind), import::importCounts(sheet));
        for (const QString &change : sheet.changes)
            lines << QStringLiteral("  ") + change;
    }
    if (refusedSheet)
        lines << Text::tr("Nothing of the workbook was imported.");
    return lines.join(u'\n');
}

} // namespace cds::intake
