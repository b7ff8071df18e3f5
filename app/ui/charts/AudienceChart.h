#pragma once

#include "ChartPanel.h"
#include "dashboard/DashboardStore.h"
#include "statistics/CampaignStatistics.h"

class QPieSeries;

namespace cds {

// The audience of the events as a ring split into in person, online and
// livestream views. Each slice has its own colour and fill pattern and the
// legend names it with its figure ("In person: about 1.329 (20,6 %)"), so
// grey print keeps them apart. Clicking a slice asks for its events.
class AudienceChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit AudienceChart(QWidget *parent = nullptr);
    ~AudienceChart() override;

    void setAudience(const EventAudience &audience);

signals:
    void channelClicked(cds::AudienceChannel channel);

private:
    QPieSeries *m_series = nullptr;
};

} // namespace cds
