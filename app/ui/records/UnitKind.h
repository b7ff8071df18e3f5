#pragma once

#include "records/RecordKind.h"

namespace cds {

// Administrative units (issue #3): the tree province → district → commune →
// village, where a level may be absent (Lý Sơn has villages directly under the
// district; since 01/07/2025 communes sit directly under the province).
// Villages and residential groups are added under a commune or a district;
// a unit that others use is closed with an end date instead of being removed.
std::unique_ptr<RecordKind> createUnitKind();

// The level a unit type implies ("Xã" → 3, "Thôn" → 4); 0 when the type does
// not decide it ("Thành phố" is a province or a district).
int levelForUnitType(const QString &unitType);

} // namespace cds
