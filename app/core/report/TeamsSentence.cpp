#include "report/TeamsSentence.h"

#include "report/ReportTemplate.h"
#include "text/VietnameseText.h"

#include <QStringList>

namespace cds {

namespace {

// Marks list items for the template as ReportBuilder's numbered() does.
QVariantList numbered(QVariantList items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QVariantMap item = items.at(i).toMap();
        const bool last = i + 1 == items.size();
        item[QStringLiteral("number")] = QString::number(i + 1);
        item[QStringLiteral("first")] = i == 0;
        item[QStringLiteral("last")] = last;
        item[QStringLiteral("separator")] = last ? QString() : QStringLiteral("; ");
        item[QStringLiteral("and_separator")] = last ? QString() : i + 2 == items.size() ? QStringLiteral(" và ") : QStringLiteral("; ");
        items[i] = item;
    }
    return items;
}

// " (số liệu của 150/173 Tổ đã báo cáo)" when some teams have not reported.
QString partialNote(int reported, int teams)
{
    if (reported >= teams)
        return {};
    return QStringLiteral(" (số liệu của ") + text::formatNumber(reported) + u'/' + text::formatNumber(teams)
           + QStringLiteral(" Tổ đã báo cáo)");
}

const QString notReported = QStringLiteral("chưa báo cáo số thành viên");

} // namespace

QString provinceTypeWord(const QString &unitType)
{
    // The campaign's root unit is a province or centrally-run city, or a
    // district-level unit for a district's own report ("trên địa bàn huyện").
    static const QStringList words{QStringLiteral("thành phố"), QStringLiteral("huyện"), QStringLiteral("thị xã"),
                                   QStringLiteral("quận")};
    const QString type = unitType.normalized(QString::NormalizationForm_C).simplified().toLower();
    return words.contains(type) ? type : QStringLiteral("tỉnh");
}

QString levelPrintName(AdminLevel level, const QString &provinceTypeWord)
{
    if (level == AdminLevel::Province)
        return QStringLiteral("cấp ") + provinceTypeWord;
    return adminLevelPrintName(level);
}

QVariantMap teamsContext(const CampaignStatistics &stats, const QString &provinceTeamName,
                         const QString &provinceTypeWord, const FigureSink &figure)
{
    const int units = stats.unitsInScope();
    const int covered = stats.unitsWithTeamInScope();
    const bool complete = stats.coverageComplete();

    QVariantList levels;
    for (const LevelStatistics &level : stats.levels) {
        if (level.teams == 0 && (level.units == 0 || !level.inScope))
            continue;
        const int n = int(level.level);
        const QString levelName = levelPrintName(level.level, provinceTypeWord);
        const QString coverageKey = QStringLiteral("level%1_coverage").arg(n);
        const QString membersKey = QStringLiteral("level%1_members").arg(n);
        const QString membersText = level.reportedTeams > 0 ? level.memberFigure.toText() : QStringLiteral("chưa báo cáo");
        QString label;
        if (level.level == AdminLevel::Province && level.teams == 1) {
            label = QStringLiteral("01 ") + (provinceTeamName.isEmpty() ? QStringLiteral("Tổ ") + levelName : provinceTeamName);
        } else if (!level.inScope) {
            // Outside the campaign's scope: how many teams there are, no coverage.
            label = Figure{level.teams, Qualifier::Exact}.toPaddedText() + QStringLiteral(" Tổ ") + levelName;
        } else {
            label = markFigure(coverageKey, level.coverageText()) + QStringLiteral(" Tổ ") + levelName;
        }
        QString membersPhrase;
        if (level.teams > 0) {
            membersPhrase = level.reportedTeams > 0
                ? QStringLiteral("với ") + markFigure(membersKey, level.memberFigure.toText()) + QStringLiteral(" thành viên")
                      + partialNote(level.reportedTeams, level.teams)
                : notReported;
        }
        levels << QVariantMap{{QStringLiteral("level"), QString::number(n)},
                              {QStringLiteral("level_name"), levelName},
                              {QStringLiteral("label"), label},
                              {QStringLiteral("in_scope"), level.inScope},
                              {QStringLiteral("coverage"), markFigure(coverageKey, level.coverageText())},
                              {QStringLiteral("teams"), text::formatNumber(level.teams)},
                              {QStringLiteral("members"), markFigure(membersKey, membersText)},
                              {QStringLiteral("members_phrase"), membersPhrase},
                              {QStringLiteral("units"), text::formatNumber(level.units)},
                              {QStringLiteral("units_with_team"), text::formatNumber(level.unitsWithTeam)}};
        figure(coverageKey, QStringLiteral("Tổ %1 / đơn vị hành chính").arg(levelName), level.coverageText());
        figure(membersKey, QStringLiteral("Thành viên Tổ %1").arg(levelName), membersText);
    }

    const QString totalMembersText = stats.reportedTeams > 0 ? stats.totalMemberFigure.toText() : QStringLiteral("chưa báo cáo");
    const QString membersPhrase = stats.reportedTeams > 0
        ? QStringLiteral("với sự tham gia của ") + markFigure(QStringLiteral("members_total"), totalMembersText)
              + QStringLiteral(" thành viên") + partialNote(stats.reportedTeams, stats.totalTeams)
        : notReported;

    QVariantList exclusions;
    QStringList excluded;
    for (const UnitExclusion &exclusion : stats.exclusions) {
        const QString unit = text::unitNameInRunningText(exclusion.unitName, exclusion.unitType);
        QString reason = exclusion.reason;
        while (reason.endsWith(u'.'))
            reason.chop(1);
        exclusions << QVariantMap{{QStringLiteral("unit"), unit}, {QStringLiteral("reason"), reason}};
        excluded << unit + QStringLiteral(": ") + reason;
    }
    const QString exclusionsNote = excluded.isEmpty()
        ? QString()
        : QStringLiteral("(Không tính ") + excluded.join(QStringLiteral("; ")) + QStringLiteral(".)");

    figure(QStringLiteral("teams_total"), QStringLiteral("Tổ Công nghệ số cộng đồng"), text::formatNumber(stats.totalTeams));
    figure(QStringLiteral("members_total"), QStringLiteral("Thành viên Tổ Công nghệ số cộng đồng"), totalMembersText);
    return QVariantMap{
            {QStringLiteral("shown"), !levels.isEmpty()},
            {QStringLiteral("total"), markFigure(QStringLiteral("teams_total"), text::formatNumber(stats.totalTeams))},
            {QStringLiteral("members"), markFigure(QStringLiteral("members_total"), totalMembersText)},
            {QStringLiteral("members_phrase"), membersPhrase},
            {QStringLiteral("members_complete"), stats.membersComplete()},
            {QStringLiteral("complete"), complete},
            {QStringLiteral("partial"), !complete && units > 0},
            {QStringLiteral("coverage_percent"), units > 0 ? text::formatPercent(100.0 * covered / units) : QString()},
            {QStringLiteral("levels"), numbered(levels)},
            {QStringLiteral("exclusions"), numbered(exclusions)},
            {QStringLiteral("exclusions_note"), exclusionsNote}};
}

} // namespace cds
