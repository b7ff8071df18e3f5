#include "report/TeamsAppendix.h"

#include "domain/Figure.h"
#include "report/TeamsSentence.h"
#include "text/VietnameseText.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cds {

namespace {

// User-visible messages, translated under the report builder's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::ReportBuilder)
};

} // namespace

QString appendixGuideLine(const OfficialDocument &doc)
{
    QString numberLine = doc.numberLine();
    numberLine.remove(0, QStringLiteral("Số:").size());
    QString dateText;
    if (doc.date.isValid()) {
        dateText = text::formatDate(doc.date);
    } else {
        const QString blank(5, QChar::Nbsp);
        dateText = blank + QStringLiteral("/") + (doc.draftMonth > 0 ? QStringLiteral("%1").arg(doc.draftMonth, 2, 10, QLatin1Char('0')) : blank)
                   + QStringLiteral("/") + QString::number(doc.year);
    }
    QString type = doc.documentType.toLower();
    if (!type.isEmpty())
        type[0] = type.at(0).toUpper();
    return QStringLiteral("(Kèm theo ") + type + QStringLiteral(" số ") + numberLine.trimmed() + QStringLiteral(" ngày ")
           + dateText + QStringLiteral(" của ") + doc.letterhead.issuingBodyName + u')';
}

bool buildTeamsAppendix(const QSqlDatabase &db, int campaignId, const OfficialDocument &doc, Appendix *out,
                        QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&] {
        if (error)
            *error = Text::tr("The report query failed: %1").arg(q.lastError().text());
        return false;
    };
    if (!q.prepare(QStringLiteral(R"SQL(
SELECT t.id, t.level, u.name, COALESCE(d.name, ''), t.name,
       (SELECT group_concat(m.full_name, ', ') FROM team_member tm JOIN member m ON m.id = tm.member_id
         WHERE tm.team_id = t.id AND tm.left_on IS NULL AND tm.role = 'leader'),
       (SELECT group_concat(m.full_name, ', ') FROM team_member tm JOIN member m ON m.id = tm.member_id
         WHERE tm.team_id = t.id AND tm.left_on IS NULL AND tm.role <> 'leader'),
       (SELECT count(*) FROM team_member tm WHERE tm.team_id = t.id AND tm.left_on IS NULL),
       t.declared_member_count, t.member_count_qualifier,
       (SELECT p.unit_type FROM campaign c JOIN admin_unit p ON p.id = c.province_id WHERE c.id = t.campaign_id)
FROM team t JOIN admin_unit u ON u.id = t.unit_id
LEFT JOIN admin_unit d ON d.id = (CASE WHEN u.level = 3 THEN u.parent_id ELSE NULL END)
WHERE t.campaign_id = ? AND t.level <= 3)SQL")))
        return failed();
    q.addBindValue(campaignId);
    if (!q.exec())
        return failed();
    struct Row { int level; QString district; QString unit; QStringList cells; };
    QList<Row> rows;
    QString provinceType;
    while (q.next()) {
        const qint64 listed = q.value(7).toLongLong();
        // The rule of computeCampaignStatistics() (CampaignStatistics.h).
        QString count;
        if (!q.value(8).isNull() && q.value(8).toLongLong() > listed)
            count = Figure{q.value(8).toLongLong(), qualifierFromCode(q.value(9).toString())}.toText();
        else if (listed > 0 || !q.value(8).isNull())
            count = text::formatNumber(listed);
        else
            count = QStringLiteral("Chưa báo cáo");
        provinceType = q.value(10).toString();
        rows << Row{q.value(1).toInt(), q.value(3).toString(), q.value(2).toString(),
                    {QString(), q.value(2).toString(), q.value(4).toString(), q.value(5).toString(),
                     listed > 0 ? q.value(6).toString() : QString(), count}};
    }
    const QCollator collator = text::collator();
    std::stable_sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        if (a.level != b.level)
            return a.level < b.level;
        if (const int c = collator.compare(a.district, b.district))
            return c < 0;
        return collator.compare(a.unit, b.unit) < 0;
    });
    // "CẤP TỈNH, HUYỆN, XÃ": the levels that have teams (all three when there is none).
    QStringList levelWords;
    const QString provinceWord = provinceTypeWord(provinceType).toUpper();
    const QStringList words = {provinceWord, QStringLiteral("HUYỆN"), QStringLiteral("XÃ")};
    for (int level = 1; level <= 3; ++level) {
        if (rows.isEmpty() || std::any_of(rows.cbegin(), rows.cend(), [level](const Row &r) { return r.level == level; }))
            levelWords << words.at(level - 1);
    }
    Appendix appendix;
    appendix.label = QStringLiteral("Phụ lục");
    appendix.title = QStringLiteral("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CẤP ") + levelWords.join(QStringLiteral(", "));
    appendix.guideLine = appendixGuideLine(doc);
    appendix.headers = {QStringLiteral("TT"), QStringLiteral("Đơn vị hành chính"), QStringLiteral("Tổ Công nghệ số cộng đồng"),
                        QStringLiteral("Tổ trưởng"), QStringLiteral("Thành viên"), QStringLiteral("Số thành viên")};
    appendix.columnShares = {0.6, 2.2, 3.2, 2.0, 4.0, 1.5};
    appendix.rightAligned = {true, false, false, false, false, true};
    appendix.landscape = true; // six columns with names do not fit 150 mm of portrait text width
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList cells = rows.at(i).cells;
        cells[0] = text::formatNumber(i + 1);
        appendix.rows << cells;
    }
    *out = appendix;
    return true;
}

} // namespace cds
