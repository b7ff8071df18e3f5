#pragma once

#include "records/RecordKind.h"

namespace cds {

// Media outputs of a campaign: news items, articles, TV reports, clips,
// banners, slogans, LED screens (issue #3: kind, outlet, title, date, count,
// link, commissioned or not, producer).
std::unique_ptr<RecordKind> createMediaOutputKind();

} // namespace cds
