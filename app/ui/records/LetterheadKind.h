#pragma once

#include "records/RecordKind.h"

namespace cds {

// Letterheads of the issuing bodies and their signer presets (issue #5,
// "Layout and output"): the names printed in the header of every report
// (Decree 30/2020/NĐ-CP, Appendix I, items 2–4), the place name of the
// place-and-date line, the page margins within the decree's ranges and the
// body size of 13 or 14 pt; the people who sign for the body.
std::unique_ptr<RecordKind> createLetterheadKind();

} // namespace cds
