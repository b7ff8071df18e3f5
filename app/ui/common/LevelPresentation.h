#pragma once

#include "domain/AdminLevel.h"

#include <QColor>
#include <QString>

namespace cds {

// One colour per administrative level, the same on every tile and chart.
// Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
// distinguishable with the common colour-vision deficiencies.
QColor levelColor(AdminLevel level);

// Short translated name for lists and chart axes: "Commune level" / "Cấp xã".
QString levelName(AdminLevel level);
// Shortest translated name, for narrow chart categories: "Commune" / "Cấp xã".
QString levelShortName(AdminLevel level);

} // namespace cds
