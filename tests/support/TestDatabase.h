#pragma once

#include "database/Database.h"

#include <memory>

namespace cds::test {

// A fresh, migrated in-memory database under a unique connection name.
std::unique_ptr<Database> openMemoryDatabase();

// A fresh in-memory database holding the 2022 Quảng Ngãi demo campaign; the
// campaign id is written to campaignId. Fails the calling test on error.
std::unique_ptr<Database> openDemoDatabase(int *campaignId);

} // namespace cds::test
