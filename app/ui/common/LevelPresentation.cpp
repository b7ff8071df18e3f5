#include "LevelPresentation.h"

#include <QCoreApplication>

namespace cds {

QColor levelColor(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return QColor(0x00, 0x72, 0xB2); // blue
    case AdminLevel::District:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case AdminLevel::Commune:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case AdminLevel::Village:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return QColor(0x99, 0x99, 0x99);
}

QString levelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return QCoreApplication::translate("cds::Levels", "Province level");
    case AdminLevel::District:
        return QCoreApplication::translate("cds::Levels", "District level");
    case AdminLevel::Commune:
        return QCoreApplication::translate("cds::Levels", "Commune level");
    case AdminLevel::Village:
        return QCoreApplication::translate("cds::Levels", "Village level");
    }
    return QString();
}

QString levelShortName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return QCoreApplication::translate("cds::Levels", "Province");
    case AdminLevel::District:
        return QCoreApplication::translate("cds::Levels", "District");
    case AdminLevel::Commune:
        return QCoreApplication::translate("cds::Levels", "Commune");
    case AdminLevel::Village:
        return QCoreApplication::translate("cds::Levels", "Village");
    }
    return QString();
}

} // namespace cds
