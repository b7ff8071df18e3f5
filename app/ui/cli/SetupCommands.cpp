#include "cli/SetupCommands.h"

#include "campaigns/CampaignSetup.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace cds::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::SetupCommands)
};

int complain(const QString &message, int code)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace

QStringList createKinds()
{
    return {QStringLiteral("campaign"), QStringLiteral("letterhead"), QStringLiteral("signer"),
            QStringLiteral("exclusion")};
}

int runCreate(const QString &databasePath, const QString &kind, const QStringList &settingTexts)
{
    const QString wanted = kind.trimmed().toLower();
    if (!createKinds().contains(wanted))
        return complain(Text::tr("Unknown kind “%1” for --create; use one of %2.")
                                .arg(kind, createKinds().join(QStringLiteral(", "))),
                        1);
    setup::Settings settings;
    QString error;
    for (const QString &text : settingTexts) {
        if (!setup::parseSetting(text, &settings, &error))
            return complain(error, 1);
    }
    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return complain(Text::tr("Cannot open the database %1: %2")
                                .arg(QDir::toNativeSeparators(databasePath), opened.message),
                        2);
    const QSqlDatabase db = database.connection();
    setup::Created created;
    if (wanted == QStringLiteral("campaign"))
        created = setup::createCampaign(db, settings, &error);
    else if (wanted == QStringLiteral("letterhead"))
        created = setup::createLetterhead(db, settings, &error);
    else if (wanted == QStringLiteral("signer"))
        created = setup::createSigner(db, settings, &error);
    else
        created = setup::excludeUnit(db, settings, &error);
    if (created.id == 0)
        return complain(Text::tr("Nothing was created (%1): %2").arg(wanted, error), 1);
    QTextStream(stdout) << created.summary << Qt::endl;
    return 0;
}

} // namespace cds::cli
