#pragma once

#include <QString>

#include <functional>

class QCategoryAxis;

namespace cds::charts {

// A "nice" tick step (1, 2 or 5 times a power of ten) giving about targetTicks
// ticks from 0 to maximum.
double niceStep(double maximum, int targetTicks = 5);

// A value axis whose labels are formatted by format (vi-VN digits, "%"),
// which QValueAxis's printf-style labelFormat cannot do. Ticks run from 0 to
// the last multiple of step not above tickMaximum; the axis range is 0..rangeMaximum.
QCategoryAxis *makeValueAxis(double tickMaximum, double step, double rangeMaximum,
                             const std::function<QString(double)> &format);

} // namespace cds::charts
