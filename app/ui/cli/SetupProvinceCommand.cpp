#include "SetupProvinceCommand.h"

#include "database/Database.h"
#include "units/ProvinceSetup.h"
#include "units/UnitCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace cds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::SetupProvinceCommand)
};

int refuse(int code, const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace

int runSetupProvince(const QString &databasePath, const QString &province, const QString &listName)
{
    units::UnitList list = units::UnitList::Units2025;
    if (!listName.isEmpty() && !units::unitListFromName(listName, &list))
        return refuse(1, Text::tr("Unknown unit list \"%1\"; use 2025 (in force from 01/07/2025) or 2024 "
                                  "(as of 01/03/2025).")
                                 .arg(listName));
    const units::UnitCatalogue &catalogue = units::UnitCatalogue::get(list);
    const units::UnitListInfo &info = units::unitListInfo(list);
    const units::CatalogueUnit *found = catalogue.findProvince(province);
    if (!found)
        return refuse(1, Text::tr("The list of %1 has no province \"%2\"; name it by its 2-digit GSO code or its "
                                  "name (such as 51 or Quảng Ngãi).")
                                 .arg(info.dateText, province));

    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return refuse(2, Text::tr("Cannot open the database %1: %2")
                                 .arg(QDir::toNativeSeparators(databasePath), opened.message));
    const units::SetupResult result = units::setUpProvince(database.connection(), list, found->code);
    if (!result.ok)
        return refuse(2, result.error);
    QTextStream out(stdout);
    if (result.created.total() == 0) {
        out << Text::tr("%1 is already set up from the list of %2: nothing created (%n unit(s) already there).",
                        nullptr, result.alreadyPresent)
                        .arg(result.provinceName, info.dateText);
    } else {
        out << Text::tr("Created for %1: %2 (list of %3)")
                        .arg(result.provinceName, units::countsText(result.created, list), info.dateText);
    }
    if (result.successionsCreated > 0)
        out << Text::tr("; %n link(s) from old units to new ones recorded", nullptr, result.successionsCreated);
    out << Qt::endl;
    return 0;
}

} // namespace cds
