#pragma once

#include "records/RecordKind.h"

namespace cds {

// Organisations: agencies, people's committees, mass organisations, press
// outlets, enterprises — the organisers, partners and producers of the
// campaign's activities (issue #3: name, abbreviation, kind, unit, address, contacts).
std::unique_ptr<RecordKind> createOrganisationKind();

} // namespace cds
