#include "dashboard/LagListDocument.h"

#include "text/VietnameseText.h"

namespace cds {

bool collectLagList(const QSqlDatabase &db, int campaignId, const StatisticsOptions &options,
                    QList<LagLevel> *out, QString *error)
{
    CampaignStatistics statistics;
    if (!computeCampaignStatistics(db, campaignId, options, &statistics, error))
        return false;
    const DashboardStore store(db);
    out->clear();
    for (const LevelStatistics &level : std::as_const(statistics.levels)) {
        LagLevel lag;
        lag.level = level.level;
        lag.units = level.units;
        if (!store.units(campaignId, options, level.level, TeamPresence::WithoutTeam, &lag.withoutTeam, error))
            return false;
        out->append(lag);
    }
    return true;
}

QString lagListHtml(const QString &campaignName, const QString &scopeName, const QList<LagLevel> &levels,
                    const QDate &printedOn)
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
    html += QStringLiteral("<p align=\"right\"><i>Ngày in: %1</i></p></body></html>").arg(text::formatDate(printedOn));
    return html;
}

} // namespace cds
