#include "LagListPanel.h"

#include "common/ActivityPresentation.h"
#include "common/LevelPresentation.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cds {

namespace {

// The box's texts were the dashboard page's before it moved here: they keep
// its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::DashboardPage)
};

const QColor warningColor(0x9C, 0x57, 0x00);

QFont boldFont(const QTreeWidgetItem *item)
{
    QFont bold = item->font(0);
    bold.setBold(true);
    return bold;
}

} // namespace

LagListPanel::LagListPanel(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("lagGroupBox"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("lagTreeWidget"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumWidth(200);
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printLagListButton"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_printButton, 0, Qt::AlignRight);
    connect(m_printButton, &QPushButton::clicked, this, &LagListPanel::printRequested);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant level = item->data(0, Qt::UserRole);
        if (level.isValid())
            emit levelActivated(static_cast<AdminLevel>(level.toInt()));
    });
    retitle();
}

void LagListPanel::retitle()
{
    setTitle(Text::tr("Where it lags: units without a team"));
    m_tree->setHeaderLabels({Text::tr("Unit"), m_areaLevel == AdminLevel::Commune ? Text::tr("Commune") : Text::tr("District")});
    m_printButton->setText(Text::tr("&Print the list…"));
}

void LagListPanel::setExportMode(bool exportMode)
{
    m_printButton->setVisible(!exportMode);
}

QString LagListPanel::warningText(const GuidelineWarning &warning)
{
    switch (warning.rule) {
    case GuidelineRule::BelowMinimumSize:
        return Text::tr("The team has %1 member(s), below the plan's minimum of %2")
                .arg(figureDisplayText(warning.members), text::formatNumber(warning.minimum));
    case GuidelineRule::MembersNotReported:
        return Text::tr("The team has not reported its members");
    case GuidelineRule::ListedFewerThanDeclared:
        return Text::tr("%1 member(s) listed, fewer than the %2 declared")
                .arg(figureDisplayText(warning.members), figureDisplayText(warning.declared));
    case GuidelineRule::SeveralTeams:
        return Text::tr("%1 teams in this campaign: %2").arg(text::formatNumber(warning.teams), warning.teamName);
    case GuidelineRule::VillageTeamWithoutCommuneTeam:
        return Text::tr("Village team, but %1 has no commune team").arg(warning.communeName);
    }
    return QString();
}

void LagListPanel::setLagList(const QList<LagLevel> &levels, const QList<GuidelineWarning> &warnings,
                              bool hasCampaign, AdminLevel areaLevel)
{
    m_areaLevel = areaLevel;
    m_tree->setHeaderLabels({Text::tr("Unit"), m_areaLevel == AdminLevel::Commune ? Text::tr("Commune") : Text::tr("District")});
    m_tree->clear();
    m_printButton->setEnabled(!levels.isEmpty() || !warnings.isEmpty());
    if (!hasCampaign)
        return;
    int missing = 0;
    for (const LagLevel &lag : levels) {
        missing += int(lag.withoutTeam.size());
        if (lag.withoutTeam.isEmpty())
            continue;
        auto *levelItem = new QTreeWidgetItem(m_tree);
        levelItem->setText(0, Text::tr("%1: %2 of %3 without a team")
                                      .arg(levelName(lag.level), text::formatNumber(lag.withoutTeam.size()),
                                           text::formatNumber(lag.units)));
        levelItem->setData(0, Qt::UserRole, int(lag.level));
        levelItem->setFirstColumnSpanned(true);
        levelItem->setFont(0, boldFont(levelItem));
        levelItem->setForeground(0, levelColor(lag.level).darker(160));
        for (const UnitRow &unit : lag.withoutTeam) {
            auto *unitItem = new QTreeWidgetItem(levelItem);
            unitItem->setText(0, unit.unitName);
            unitItem->setText(1, unit.districtName);
            unitItem->setData(0, Qt::UserRole, int(lag.level));
        }
        // Short lists are read at a glance; long ones stay folded.
        levelItem->setExpanded(lag.withoutTeam.size() <= 15);
    }
    if (missing == 0) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, Text::tr("Every unit has a team."));
        item->setFirstColumnSpanned(true);
    }
    if (!warnings.isEmpty()) {
        auto *warningsItem = new QTreeWidgetItem(m_tree);
        warningsItem->setText(0, Text::tr("Guideline warnings: %1").arg(text::formatNumber(warnings.size())));
        warningsItem->setFirstColumnSpanned(true);
        warningsItem->setFont(0, boldFont(warningsItem));
        warningsItem->setForeground(0, warningColor);
        for (const GuidelineWarning &warning : warnings) {
            auto *item = new QTreeWidgetItem(warningsItem);
            const QString who = warning.teamId != 0 ? warning.teamName : warning.unitName;
            item->setText(0, who + QStringLiteral(": ") + warningText(warning));
            item->setText(1, warning.districtName);
            item->setToolTip(0, item->text(0));
        }
        warningsItem->setExpanded(warnings.size() <= 15);
    }
    m_tree->resizeColumnToContents(0);
}

} // namespace cds
