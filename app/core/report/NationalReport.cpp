#include "report/NationalReport.h"

#include "report/ReportTemplate.h"
#include "report/TeamsAppendix.h"
#include "report/TeamsSentence.h"
#include "text/VietnameseText.h"

#include <QStringList>

namespace cds {

namespace {

// "–": nothing known (Decree 30 tables print a dash for an empty cell).
const QString kUnknown = QStringLiteral("–");

QString countOrDash(qint64 value)
{
    return value > 0 ? text::formatNumber(value) : kUnknown;
}

QString figureOrDash(const Figure &figure)
{
    return figure.value > 0 ? figure.toText() : kUnknown;
}

// "a, b và c"
QString joinWithAnd(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" và ") + parts.last();
}

// The levels the table shows: those in the campaign's scope that have units.
QList<AdminLevel> tableLevels(const CampaignStatistics &stats)
{
    QList<AdminLevel> levels;
    for (const LevelStatistics &level : stats.levels) {
        if (level.inScope && level.units > 0 && level.level != AdminLevel::Province)
            levels << level.level;
    }
    return levels;
}

// "Cấp xã" from "cấp xã".
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString eventKindWord(const QString &kind)
{
    if (kind == QStringLiteral("workshop")) return QStringLiteral("Hội thảo");
    if (kind == QStringLiteral("seminar")) return QStringLiteral("Tọa đàm");
    if (kind == QStringLiteral("conference")) return QStringLiteral("Hội nghị");
    if (kind == QStringLiteral("contest")) return QStringLiteral("Hội thi");
    if (kind == QStringLiteral("launch")) return QStringLiteral("Lễ phát động");
    if (kind == QStringLiteral("training")) return QStringLiteral("Tập huấn");
    return QStringLiteral("Sự kiện");
}

QString mediaKindNoun(const QString &kind)
{
    if (kind == QStringLiteral("news")) return QStringLiteral("tin, bài");
    if (kind == QStringLiteral("article")) return QStringLiteral("bài viết");
    if (kind == QStringLiteral("tv_report")) return QStringLiteral("phóng sự");
    if (kind == QStringLiteral("video_clip")) return QStringLiteral("video clip");
    if (kind == QStringLiteral("trailer")) return QStringLiteral("trailer");
    if (kind == QStringLiteral("banner")) return QStringLiteral("banner");
    if (kind == QStringLiteral("slogan")) return QStringLiteral("khẩu hiệu");
    if (kind == QStringLiteral("led_screen")) return QStringLiteral("nội dung trên màn hình LED");
    return QStringLiteral("sản phẩm truyền thông");
}

QString nationalMediaSentence(const CampaignStatistics &stats)
{
    if (stats.mediaOutputs.value == 0)
        return {};
    QStringList parts;
    for (const MediaKindStatistics &kind : stats.mediaByKind) {
        if (kind.items.value > 0)
            parts << kind.items.toText() + u' ' + mediaKindNoun(kind.kind);
    }
    QString sentence = QStringLiteral("Các cơ quan báo chí, đơn vị trên cả nước đã thực hiện ")
                       + markFigure(QStringLiteral("media_outputs"), stats.mediaOutputs.toText())
                       + QStringLiteral(" sản phẩm truyền thông về chuyển đổi số");
    if (parts.size() > 1)
        sentence += QStringLiteral(", trong đó: ") + parts.join(QStringLiteral("; "));
    return sentence + QStringLiteral(" (số liệu của từng tỉnh, thành phố tại Phụ lục kèm theo).");
}

QString nationalTrainingSentence(const CampaignStatistics &stats)
{
    if (stats.trainingSessions == 0)
        return {};
    return QStringLiteral("Các địa phương đã tổ chức ")
           + markFigure(QStringLiteral("training_sessions"), text::formatNumber(stats.trainingSessions))
           + QStringLiteral(" lớp tập huấn, bồi dưỡng kỹ năng số cho ")
           + markFigure(QStringLiteral("members_trained"), stats.membersTrained.toText())
           + QStringLiteral(" thành viên Tổ Công nghệ số cộng đồng.");
}

QString nationalEventsSentence(const CampaignStatistics &stats, const QList<QPair<QString, int>> &eventsByKind)
{
    QStringList kinds;
    int total = 0;
    for (const auto &[kind, count] : eventsByKind) {
        kinds << text::formatNumber(count) + u' ' + eventKindWord(kind).toLower();
        total += count;
    }
    if (total == 0)
        return {};
    QString sentence = QStringLiteral("Các bộ, ngành, địa phương đã tổ chức ") + text::formatNumber(total)
                       + QStringLiteral(" sự kiện hưởng ứng (") + kinds.join(QStringLiteral("; ")) + u')';
    QStringList audience;
    const EventAudience &a = stats.eventAudience;
    if (a.inPerson.value > 0)
        audience << markFigure(QStringLiteral("audience_in_person"), a.inPerson.toText()) + QStringLiteral(" lượt người tham dự trực tiếp");
    if (a.online.value > 0)
        audience << markFigure(QStringLiteral("audience_online"), a.online.toText()) + QStringLiteral(" lượt tham dự trực tuyến");
    if (a.livestreamViews.value > 0)
        audience << markFigure(QStringLiteral("livestream_views"), a.livestreamViews.toText()) + QStringLiteral(" lượt theo dõi livestream");
    if (!audience.isEmpty())
        sentence += QStringLiteral(" với ") + joinWithAnd(audience);
    return sentence + u'.';
}

QString nationalProvincesSentence(const QList<ProvinceStatistics> &provinces)
{
    QStringList missing;
    QStringList partial;
    int reporting = 0;
    for (const ProvinceStatistics &p : provinces) {
        if (p.unitId == 0)
            continue;
        if (!p.hasData())
            missing << p.name;
        else
            ++reporting;
        if (p.teams > 0 && p.reportedTeams < p.teams)
            partial << p.name;
    }
    QString sentence = QStringLiteral("Số liệu chi tiết của ") + text::formatNumber(reporting)
                       + QStringLiteral(" tỉnh, thành phố tại Phụ lục kèm theo Báo cáo này.");
    if (!missing.isEmpty())
        sentence += QStringLiteral(" Chưa nhận được số liệu của ") + joinWithAnd(missing) + u'.';
    if (!partial.isEmpty())
        sentence += QStringLiteral(" Số thành viên của ") + joinWithAnd(partial)
                    + QStringLiteral(" chưa đầy đủ do còn Tổ chưa báo cáo số thành viên.");
    return sentence;
}

Appendix provincesAppendix(const QList<ProvinceStatistics> &provinces, const CampaignStatistics &stats,
                           const OfficialDocument &doc)
{
    const QList<AdminLevel> levels = tableLevels(stats);
    Appendix appendix;
    appendix.label = QStringLiteral("Phụ lục");
    appendix.title = QStringLiteral("SỐ LIỆU HƯỞNG ỨNG ") + stats.campaignName.toUpper()
                     + QStringLiteral(" CỦA CÁC TỈNH, THÀNH PHỐ");
    appendix.guideLine = appendixGuideLine(doc);
    appendix.headers = {QStringLiteral("TT"), QStringLiteral("Tỉnh, thành phố")};
    appendix.columnShares = {0.6, 3.0};
    appendix.rightAligned = {true, false};
    for (AdminLevel level : levels) {
        appendix.headers << capitalised(levelPrintName(level, QStringLiteral("tỉnh"))) + QStringLiteral(" có Tổ/tổng số");
        appendix.columnShares << 1.6;
        appendix.rightAligned << true;
    }
    appendix.headers << QStringLiteral("Tỷ lệ bao phủ (%)") << QStringLiteral("Số Tổ CNSCĐ") << QStringLiteral("Số thành viên")
                     << QStringLiteral("Lớp tập huấn") << QStringLiteral("Lượt người được tập huấn")
                     << QStringLiteral("Sự kiện") << QStringLiteral("Sản phẩm truyền thông");
    appendix.columnShares << 1.2 << 1.2 << 1.4 << 1.2 << 1.5 << 1.1 << 1.5;
    for (int i = 0; i < 7; ++i)
        appendix.rightAligned << true;
    appendix.landscape = true; // a dozen columns of figures need the width of A4 landscape

    ProvinceStatistics total;
    bool totalHasMembers = false;
    int number = 0;
    const auto cells = [&](const ProvinceStatistics &p, const QString &first, const QString &name) {
        QStringList row{first, name};
        // Coverage over every level in scope, the province's own included
        // (as the body's "bao phủ …% đơn vị hành chính các cấp").
        int units = 0;
        int covered = 0;
        for (const LevelStatistics &level : stats.levels) {
            if (!level.inScope)
                continue;
            units += p.level(level.level).units;
            covered += p.level(level.level).unitsWithTeam;
        }
        for (AdminLevel level : levels) {
            const ProvinceLevelCoverage &c = p.level(level);
            row << (c.units > 0 ? text::formatNumber(c.unitsWithTeam) + u'/' + text::formatNumber(c.units) : kUnknown);
        }
        row << (units > 0 && p.teams > 0 ? text::formatDecimal(100.0 * covered / units, 1) : kUnknown);
        row << countOrDash(p.teams);
        row << (p.reportedTeams > 0 ? p.members.toText() : kUnknown);
        row << countOrDash(p.trainingSessions) << figureOrDash(p.trainingParticipants) << countOrDash(p.events)
            << figureOrDash(p.mediaOutputs);
        return row;
    };
    for (const ProvinceStatistics &p : provinces) {
        const QString name = p.unitId == 0 ? QStringLiteral("Cơ quan, đơn vị ở trung ương và chưa xác định địa bàn")
                                           : p.name + (p.hasData() ? QString() : QStringLiteral(" (chưa báo cáo)"));
        appendix.rows << cells(p, p.unitId == 0 ? QString() : text::formatNumber(++number), name);
        for (int i = 0; i < 4; ++i) {
            total.levels[i].units += p.levels[i].units;
            total.levels[i].unitsWithTeam += p.levels[i].unitsWithTeam;
        }
        total.teams += p.teams;
        total.reportedTeams += p.reportedTeams;
        if (p.reportedTeams > 0) {
            total.members = totalHasMembers ? sumFigures(total.members, p.members) : p.members;
            totalHasMembers = true;
        }
        total.trainingSessions += p.trainingSessions;
        total.trainingParticipants = sumFigures(total.trainingParticipants, p.trainingParticipants);
        total.events += p.events;
        total.mediaOutputs = sumFigures(total.mediaOutputs, p.mediaOutputs);
    }
    appendix.rows << cells(total, QString(), QStringLiteral("Tổng cộng"));
    return appendix;
}

} // namespace cds
