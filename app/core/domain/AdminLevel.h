#pragma once

#include <QList>
#include <QString>

namespace cds {

// The level of an administrative unit (GLOSSARY: province → district →
// commune → village). Stored as the integer in admin_unit.level and team.level.
// Since 01/07/2025 the district level no longer exists; code must not assume
// every level is present.
enum class AdminLevel { Province = 1, District = 2, Commune = 3, Village = 4 };

inline constexpr AdminLevel allAdminLevels[] = {AdminLevel::Province, AdminLevel::District,
                                                AdminLevel::Commune, AdminLevel::Village};

// Printed form in the report: "cấp tỉnh", "cấp huyện", "cấp xã", "cấp thôn, bản, tổ dân phố".
QString adminLevelPrintName(AdminLevel level);

bool isValidAdminLevel(int level);

} // namespace cds
