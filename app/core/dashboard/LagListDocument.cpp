#include "dashboard/LagListDocument.h"

#include "text/VietnameseText.h"

#include <QSet>

namespace cds {

bool collectLagList(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                    QList<LagLevel> *out, QString *error)
{
    CampaignStatistics statistics;
    if (!computeCampaignStatistics(db, campaignId, options, &statistics, error))
        return false;
    const DashboardStore store(db);
    out->clear();
    // A level outside the campaign's scope is not a gap, and a unit left out
    // of the coverage (campaign_unit_exclusion) is not lagging.
    QSet<int> excluded;
    for (const UnitExclusion &exclusion : std::as_const(statistics.exclusions))
        excluded.insert(exclusion.unitId);
    for (const LevelStatistics &level : std::as_const(statistics.levels)) {
        if (!level.inScope)
            continue;
        LagLevel lag;
        lag.level = level.level;
        lag.units = level.units;
        if (!store.units(campaignId, options, level.level, TeamPresence::WithoutTeam, &lag.withoutTeam, error))
            return false;
        lag.withoutTeam.removeIf([&excluded](const UnitRow &row) { return excluded.contains(row.unitId); });
        out->append(lag);
    }
    return true;
}

QString guidelineWarningText(const GuidelineWarning &warning)
{
    switch (warning.rule) {
    case GuidelineRule::BelowMinimumSize:
        return QStringLiteral("Tổ có %1 thành viên, dưới mức tối thiểu %2 của kế hoạch")
                .arg(warning.members.toText(), text::formatNumber(warning.minimum));
    case GuidelineRule::MembersNotReported:
        return QStringLiteral("Tổ chưa báo cáo số thành viên");
    case GuidelineRule::ListedFewerThanDeclared:
        return QStringLiteral("Danh sách có %1 thành viên, ít hơn số đã báo cáo (%2)")
                .arg(warning.members.toText(), warning.declared.toText());
    case GuidelineRule::SeveralTeams:
        return QStringLiteral("Đơn vị có %1 Tổ trong đợt: %2")
                .arg(text::formatNumber(warning.teams), warning.teamName);
    case GuidelineRule::VillageTeamWithoutCommuneTeam:
        return QStringLiteral("Tổ cấp thôn thuộc %1, nơi chưa có Tổ cấp xã").arg(warning.communeName);
    }
    return QString();
}

QString lagListHtml(const QString &campaignName, const QString &scopeName, const QList<LagLevel> &levels,
                    const QDate &printedOn, const QList<GuidelineWarning> &warnings)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'Times New Roman', serif; font-size: 12pt;\">"
                                  "<p align=\"center\" style=\"font-size: 14pt;\"><b>DANH SÁCH ĐƠN VỊ HÀNH CHÍNH"
                                  "<br>CHƯA CÓ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG</b></p>");
    html += QStringLiteral("<p align=\"center\"><i>%1 – Phạm vi: %2</i></p>")
                    .arg(campaignName.toHtmlEscaped(), scopeName.toHtmlEscaped());

    int missing = 0;
    for (const LagLevel &level : levels)
        missing += int(level.withoutTeam.size());
    html += QStringLiteral("<p>Tổng số đơn vị chưa có Tổ: <b>%1</b>.</p>").arg(text::formatNumber(missing));

    for (const LagLevel &level : levels) {
        QString levelName = adminLevelPrintName(level.level);
        levelName[0] = levelName[0].toUpper();
        html += QStringLiteral("<h3>%1: %2/%3 đơn vị chưa có Tổ</h3>")
                        .arg(levelName.toHtmlEscaped(), text::formatNumber(level.withoutTeam.size()),
                             text::formatNumber(level.units));
        if (level.withoutTeam.isEmpty()) {
            html += QStringLiteral("<p>Tất cả đơn vị đã có Tổ.</p>");
            continue;
        }
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                               "<tr><th width=\"8%\">STT</th><th>Đơn vị</th><th width=\"40%\">Thuộc</th></tr>");
        int number = 0;
        for (const UnitRow &unit : level.withoutTeam) {
            html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(text::formatNumber(++number), unit.unitName.toHtmlEscaped(),
                                 unit.districtName.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h3>Cảnh báo theo hướng dẫn của kế hoạch: %1</h3>")
                        .arg(text::formatNumber(warnings.size()));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                               "<tr><th width=\"8%\">STT</th><th>Đơn vị, Tổ</th><th width=\"22%\">Thuộc</th>"
                               "<th width=\"40%\">Cảnh báo</th></tr>");
        int number = 0;
        for (const GuidelineWarning &warning : warnings) {
            QString unit = warning.unitName.toHtmlEscaped();
            if (warning.teamId != 0)
                unit += QStringLiteral("<br><i>%1</i>").arg(warning.teamName.toHtmlEscaped());
            html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(text::formatNumber(++number), unit, warning.districtName.toHtmlEscaped(),
                                 guidelineWarningText(warning).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p align=\"right\"><i>Ngày in: %1</i></p></body></html>").arg(text::formatDate(printedOn));
    return html;
}

} // namespace cds
