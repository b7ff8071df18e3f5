#include "AudienceChart.h"

#include "common/ActivityPresentation.h"
#include "text/VietnameseText.h"

#include <QChart>
#include <QPieSeries>
#include <QPieSlice>

namespace cds {

AudienceChart::AudienceChart(QWidget *parent) : ChartPanel(QStringLiteral("audienceChart"), parent)
{
    setChartTitle(tr("Event audience by channel"));
    setMinimumSize(220, 280);
}

AudienceChart::~AudienceChart() = default;

void AudienceChart::setAudience(const EventAudience &audience)
{
    clearChart();
    m_series = nullptr;
    const struct
    {
        AudienceChannel channel;
        Figure figure;
        QBrush brush;
    } channels[] = {
        {AudienceChannel::InPerson, audience.inPerson, QBrush(charts::accentColor(1))},
        {AudienceChannel::Online, audience.online, QBrush(charts::accentColor(0), Qt::BDiagPattern)},
        {AudienceChannel::Livestream, audience.livestreamViews, QBrush(charts::accentColor(2), Qt::Dense4Pattern)},
    };
    const double total = double(audience.inPerson.value + audience.online.value + audience.livestreamViews.value);
    if (total <= 0) {
        setEmptyText(tr("No audience recorded"));
        return;
    }

    m_series = new QPieSeries;
    m_series->setHoleSize(0.4);
    m_series->setPieSize(0.85);
    QList<LegendEntry> legend;
    for (const auto &c : channels) {
        // The legend, one line per channel, names it with its figure and
        // share: outside labels would be cut at a narrow chart's edge.
        const QString share = text::formatPercent(100.0 * double(c.figure.value) / total, 1);
        const QString tip = tr("%1: %2 (%3)").arg(audienceChannelName(c.channel), figureDisplayText(c.figure), share);
        legend << LegendEntry{tip, c.brush, QPen(c.brush.color().darker(150))};
        auto *slice = m_series->append(tip, double(c.figure.value));
        slice->setBrush(c.brush);
        // A dark outline shows the hatched slices' edges.
        slice->setBorderColor(c.brush.color().darker(150));
        slice->setBorderWidth(1.5);
        const AudienceChannel channel = c.channel;
        connect(slice, &QPieSlice::clicked, this, [this, channel] { emit channelClicked(channel); });
        connect(slice, &QPieSlice::hovered, this, [this, tip](bool state) { showHoverTip(state, tip); });
    }
    chart()->addSeries(m_series);
    setLegend(legend, true);
}

} // namespace cds
