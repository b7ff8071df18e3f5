#pragma once

#include "records/RecordKind.h"

namespace cds {

// Training sessions of a campaign (issue #3: title, dates, mode, organiser and
// partners, place, topic, declared participants; attendance picked from the
// members by name, team or unit, many ticked at once).
std::unique_ptr<RecordKind> createTrainingKind();

} // namespace cds
