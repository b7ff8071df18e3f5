#include "DistrictMembersChart.h"

#include "ChartAxes.h"
#include "common/LevelPresentation.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QTimer>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace cds {

namespace {
constexpr double barWidth = 0.8;
} // namespace

DistrictMembersChart::DistrictMembersChart(QWidget *parent)
    : ChartPanel(QStringLiteral("districtMembersChart"), parent)
{
    setChartTitle(tr("Members and teams per district"));
    setMinimumSize(400, 380);
}

DistrictMembersChart::~DistrictMembersChart() = default;

void DistrictMembersChart::setDistricts(const QList<DistrictStatistics> &districts, AdminLevel level)
{
    m_allDistricts = districts;
    m_level = level;
    m_barLimit = std::min(int(maximumBars), std::max(int(minimumBars), barsThatFit()));
    rebuild();
}

int DistrictMembersChart::barsThatFit() const
{
    const QRectF plot = chart()->plotArea();
    if (plot.height() <= 0)
        return maximumBars;
    // A name's line: the axis font's height and a little air.
    QFont font = chart()->font();
    if (const auto axes = chart()->axes(Qt::Vertical); !axes.isEmpty())
        font = axes.first()->labelsFont();
    const double line = QFontMetricsF(font).height() * 1.15;
    return int(plot.height() / line);
}

void DistrictMembersChart::rebuild()
{
    m_rebuildPending = false;
    const QList<DistrictStatistics> &districts = m_allDistricts;
    const AdminLevel level = m_level;
    const int bars = m_barLimit;
    clearChart();
    m_memberLabels.clear();
    m_teamLabels.clear();
    m_series = nullptr;
    const bool communes = level == AdminLevel::Commune;
    setChartTitle(communes ? tr("Members and teams per commune") : tr("Members and teams per district"));

    // The first bars, the rest summed in one (unitId 0) that names how many.
    m_districts = districts.mid(0, districts.size() > bars ? bars - 1 : bars);
    if (districts.size() > bars) {
        DistrictStatistics rest;
        const qsizetype others = districts.size() - m_districts.size();
        rest.name = communes ? tr("Other communes (%1)").arg(text::formatNumber(others))
                             : tr("Other districts (%1)").arg(text::formatNumber(others));
        for (qsizetype i = m_districts.size(); i < districts.size(); ++i) {
            rest.teams += districts[i].teams;
            rest.members += districts[i].members;
        }
        m_districts << rest;
    }
    // A horizontal bar chart draws its first category at the bottom; reverse
    // so that the district with most members is on top.
    std::reverse(m_districts.begin(), m_districts.end());
    if (m_districts.isEmpty()) {
        setEmptyText(communes ? tr("No communes in this scope") : tr("No districts in this scope"));
        return;
    }

    const QColor colour = levelColor(level);
    // The second set is drawn above the first within a category: members on
    // top, the (smaller) team count hatched below it.
    auto *teams = new QBarSet(tr("Teams"));
    teams->setBrush(charts::hatchedBrush(colour));
    teams->setBorderColor(colour.darker(130));
    auto *members = new QBarSet(tr("Members"));
    members->setColor(colour);
    members->setBorderColor(colour);
    QStringList names;
    qint64 maximum = 0;
    for (const auto &district : std::as_const(m_districts)) {
        members->append(static_cast<qreal>(district.members));
        teams->append(static_cast<qreal>(district.teams));
        names << district.name;
        maximum = std::max({maximum, district.members, qint64(district.teams)});
    }
    m_series = new QHorizontalBarSeries;
    m_series->setBarWidth(barWidth);
    m_series->append(teams);
    m_series->append(members);
    chart()->addSeries(m_series);
    setLegend({{members->label(), members->brush(), QPen(members->borderColor())},
               {teams->label(), teams->brush(), QPen(teams->borderColor())}});
    connect(m_series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_districts.size() && m_districts[index].unitId != 0)
            emit districtClicked(m_districts[index].unitId);
    });
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (index < 0 || index >= m_districts.size())
            return;
        const auto &d = m_districts[index];
        QString tip = tr("%1: %2 members, %3 teams").arg(d.name, text::formatNumber(d.members), text::formatNumber(d.teams));
        if (d.unreportedTeams > 0)
            tip += QStringLiteral(" (") + tr("%n team(s) not reported", nullptr, d.unreportedTeams) + u')';
        showHoverTip(status, tip);
    });

    auto *categoryAxis = new QBarCategoryAxis;
    // Qt Charts elides category labels that exceed its own estimate of the
    // space; district names must be read whole.
    categoryAxis->setTruncateLabels(false);
    categoryAxis->append(names);
    categoryAxis->setGridLineVisible(false);
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);

    // Room after the longest bar for its count; ticks stop inside the range.
    const double rangeMaximum = std::max(1.0, static_cast<double>(maximum) * 1.14);
    const double step = charts::niceStep(rangeMaximum, 5);
    const double tickMaximum = std::floor(rangeMaximum / step) * step;
    auto *valueAxis = charts::makeValueAxis(tickMaximum, step, rangeMaximum, [](double value) {
        return text::formatNumber(static_cast<qint64>(value));
    });
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(valueAxis);

    for (const auto &district : std::as_const(m_districts)) {
        m_memberLabels << addText(text::formatNumber(district.members), true);
        m_teamLabels << addText(text::formatNumber(district.teams));
    }
    placeLabels();
}

void DistrictMembersChart::placeLabels()
{
    if (!m_series)
        return;
    // A resize that changes how many names fit redraws the bars (after this
    // event: the chart is being laid out).
    const int fit = std::min(int(maximumBars), std::max(int(minimumBars), barsThatFit()));
    const bool crowded = fit < m_districts.size();
    const bool roomForMore = fit > m_barLimit && m_allDistricts.size() > m_districts.size();
    if ((crowded || roomForMore) && fit != m_barLimit && !m_rebuildPending) {
        m_barLimit = fit;
        m_rebuildPending = true;
        QTimer::singleShot(0, this, &DistrictMembersChart::rebuild);
    }
    // Two sets share each category: the first (teams) in the lower half of
    // the bar width, the second (members) in the upper half.
    const double quarter = barWidth / 4;
    for (qsizetype i = 0; i < m_districts.size() && i < m_memberLabels.size(); ++i) {
        const QPointF memberEnd = chart()->mapToPosition(
                QPointF(static_cast<qreal>(m_districts[i].members), i + quarter), m_series);
        const QPointF teamEnd = chart()->mapToPosition(
                QPointF(static_cast<qreal>(m_districts[i].teams), i - quarter), m_series);
        auto *memberLabel = m_memberLabels[i];
        auto *teamLabel = m_teamLabels[i];
        memberLabel->setPos(memberEnd.x() + 4, memberEnd.y() - memberLabel->boundingRect().height() / 2);
        teamLabel->setPos(teamEnd.x() + 4, teamEnd.y() - teamLabel->boundingRect().height() / 2);
    }
}

} // namespace cds
