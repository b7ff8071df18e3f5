#include "domain/AdminLevel.h"

namespace cds {

QString adminLevelPrintName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province: return QStringLiteral("cấp tỉnh");
    case AdminLevel::District: return QStringLiteral("cấp huyện");
    case AdminLevel::Commune: return QStringLiteral("cấp xã");
    case AdminLevel::Village: return QStringLiteral("cấp thôn, bản, tổ dân phố");
    }
    return {};
}

bool isValidAdminLevel(int level)
{
    return level >= 1 && level <= 4;
}

} // namespace cds
