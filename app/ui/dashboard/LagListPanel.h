#pragma once

#include "dashboard/DashboardStore.h"
#include "dashboard/LagListDocument.h"
#include "domain/AdminLevel.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace cds {

// The dashboard's "where it lags" box: per level, the units without a team,
// then the guideline warnings of the campaign's plan (a team below the
// minimum size, members not reported, a member list shorter than the declared
// count, several teams on one unit, a village team under a commune without
// one), each naming its rule's value. English source texts (tr); the printed
// list is Vietnamese (lagListHtml()).
class LagListPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LagListPanel(QWidget *parent = nullptr);

    // Shows levels and warnings; hasCampaign false empties the panel.
    // areaLevel names the second column (district, or commune in a two-level tree).
    void setLagList(const QList<LagLevel> &levels, const QList<GuidelineWarning> &warnings, bool hasCampaign,
                    AdminLevel areaLevel = AdminLevel::District);
    void setExportMode(bool exportMode);
    void retitle();

    // The warning as the dashboard shows it (English source, translated).
    static QString warningText(const GuidelineWarning &warning);

signals:
    void levelActivated(cds::AdminLevel level);
    void printRequested();

private:
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_printButton = nullptr;
    AdminLevel m_areaLevel = AdminLevel::District;
};

} // namespace cds
