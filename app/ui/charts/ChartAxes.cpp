#include "ChartAxes.h"

#include <QCategoryAxis>

#include <cmath>

namespace cds::charts {

double niceStep(double maximum, int targetTicks)
{
    if (maximum <= 0 || targetTicks < 1)
        return 1;
    const double raw = maximum / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return std::max(1.0, nice * magnitude);
}

QCategoryAxis *makeValueAxis(double tickMaximum, double step, double rangeMaximum,
                             const std::function<QString(double)> &format)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The first category must end above its start, so start just below 0.
    axis->setStartValue(-step / 1000.0);
    for (double value = 0; value <= tickMaximum + step / 1000.0; value += step)
        axis->append(format(value), value);
    axis->setRange(0, rangeMaximum);
    axis->setGridLineVisible(true);
    // Numbers must be read whole ("4.000", not "4.0…").
    axis->setTruncateLabels(false);
    return axis;
}

} // namespace cds::charts
