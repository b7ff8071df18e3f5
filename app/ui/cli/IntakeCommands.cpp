#include "cli/IntakeCommands.h"

#include "database/Database.h"
#include "intake/IntakeWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace cds::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::CommandLine)
};

int fail(int code, const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace

int runExportIntake(const QString &databasePath, const QString &folder, int campaignId)
{
    Database database(QStringLiteral("cdsdesk-cli-intake"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(2, Text::tr("Cannot open the database %1: %2")
                               .arg(QDir::toNativeSeparators(databasePath), opened.message));
    const intake::IntakeExportResult result =
            intake::exportIntakeWorkbooks(database.connection(), campaignId, folder);
    if (!result.error.isEmpty())
        return fail(2, result.error);
    QTextStream out(stdout);
    for (const QString &file : result.files)
        out << Text::tr("Intake workbook written to %1").arg(QDir::toNativeSeparators(file))
            << Qt::endl;
    return 0;
}

int runImportIntake(const QString &databasePath, const QString &input, int campaignId)
{
    Database database(QStringLiteral("cdsdesk-cli-intake"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(2, Text::tr("Cannot open the database %1: %2")
                               .arg(QDir::toNativeSeparators(databasePath), opened.message));
    const intake::IntakeImportResult result =
            intake::importIntakeWorkbook(database.connection(), input, campaignId);
    if (!result.imported)
        return fail(3, result.text());
    QTextStream(stdout) << result.text() << Qt::endl;
    return 0;
}

} // namespace cds::cli
