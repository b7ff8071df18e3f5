#pragma once

#include "records/RecordKind.h"

namespace cds {

// Events of a campaign: workshops, seminars, conferences, contests, launches
// (issue #3: kind, title, theme, date, chair, mode, venue, in-person
// attendance, connected sites per level, online attendance, livestream
// platform and views; presentations; attendance per organisation).
std::unique_ptr<RecordKind> createEventKind();

} // namespace cds
