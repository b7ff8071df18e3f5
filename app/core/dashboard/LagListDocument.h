#pragma once

#include "dashboard/DashboardStore.h"
#include "domain/AdminLevel.h"
#include "statistics/CampaignStatistics.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cds {

// The units of one level that have no team yet ("where it lags").
struct LagLevel
{
    AdminLevel level = AdminLevel::Commune;
    int units = 0;                // all active units of the level in the scope
    QList<UnitRow> withoutTeam;   // in district, then name order
};

// The units without a team at every present level of the campaign's scope
// (the district of options, else the province), from the same statistics and
// SQL as the dashboard's coverage figures. Returns false and sets error
// (translated) when a query fails.
bool collectLagList(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                    QList<LagLevel> *out, QString *error);

// A guideline warning as the printed list words it, in Vietnamese with the
// rule's value: "Tổ có 2 thành viên, dưới mức tối thiểu 3 của kế hoạch".
QString guidelineWarningText(const GuidelineWarning &warning);

// The printable list of units without a team, as HTML for a QTextDocument.
// Always Vietnamese, like every printed document (GLOSSARY), with vi-VN
// counts: the title, the campaign, the scope ("Toàn tỉnh" or the district's
// name), one section per level headed "Cấp xã: 12/173 đơn vị chưa có Tổ",
// the guideline warnings (DashboardStore::guidelineWarnings()) when there are
// any, and the date it was printed (dd/MM/yyyy).
QString lagListHtml(const QString &campaignName, const QString &scopeName, const QList<LagLevel> &levels,
                    const QDate &printedOn, const QList<GuidelineWarning> &warnings = {});

} // namespace cds
