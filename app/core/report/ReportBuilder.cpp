#include "report/ReportBuilder.h"

#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <stdexcept>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::ReportBuilder)
};

struct BuildError : std::runtime_error
{
    explicit BuildError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw BuildError(Text::tr("The report query could not be prepared: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw BuildError(Text::tr("The report query failed: %1").arg(query.lastError().text()));
    return query;
}

// Text with *italic* marks -> runs. A lone asterisk stays as it is.
QList<TextRun> parseRuns(const QString &source)
{
    QList<TextRun> runs;
    const QString textNfc = source.normalized(QString::NormalizationForm_C);
    qsizetype pos = 0;
    while (pos < textNfc.size()) {
        const qsizetype open = textNfc.indexOf(u'*', pos);
        const qsizetype close = open < 0 ? -1 : textNfc.indexOf(u'*', open + 1);
        if (open < 0 || close < 0) {
            runs << TextRun{textNfc.mid(pos), false, false};
            break;
        }
        if (open > pos)
            runs << TextRun{textNfc.mid(pos, open - pos), false, false};
        runs << TextRun{textNfc.mid(open + 1, close - open - 1), true, false};
        pos = close + 1;
    }
    return runs;
}

DocumentBlock block(DocumentBlock::Kind kind, const QString &markedText)
{
    return {kind, parseRuns(markedText)};
}

// A stored paragraph: "- " at its start makes it a bullet.
DocumentBlock storedParagraph(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QStringLiteral("- ")))
        return block(DocumentBlock::Kind::Bullet, trimmed.mid(2));
    return block(DocumentBlock::Kind::Paragraph, trimmed);
}

QString quotedItalic(const QString &title)
{
    return QStringLiteral("“*") + title + QStringLiteral("*”");
}

Figure figure(const QSqlQuery &query, int valueColumn, int qualifierColumn)
{
    return {query.value(valueColumn).toLongLong(), qualifierFromCode(query.value(qualifierColumn).toString())};
}

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

QString modeWords(const QString &mode)
{
    if (mode == QStringLiteral("online")) return QStringLiteral("trực tuyến");
    if (mode == QStringLiteral("hybrid")) return QStringLiteral("trực tiếp kết hợp với trực tuyến");
    return QStringLiteral("trực tiếp");
}

QString timeOfDayWord(const QString &code)
{
    if (code == QStringLiteral("morning")) return QStringLiteral("sáng ");
    if (code == QStringLiteral("afternoon")) return QStringLiteral("chiều ");
    if (code == QStringLiteral("evening")) return QStringLiteral("tối ");
    return {};
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

// "a, b và c"
QString joinWithAnd(const QStringList &parts, const QString &separator = QStringLiteral(", "))
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(separator) + QStringLiteral(" và ") + parts.last();
}

// A block and the position it takes in its section.
struct Ordered
{
    int order;
    int sequence;
    DocumentBlock block;
};

QList<DocumentBlock> inOrder(QList<Ordered> items)
{
    std::stable_sort(items.begin(), items.end(), [](const Ordered &a, const Ordered &b) { return a.order < b.order; });
    QList<DocumentBlock> blocks;
    for (const Ordered &item : items)
        blocks << item.block;
    return blocks;
}

class Builder
{
public:
    Builder(const QSqlDatabase &db, int campaignId, OfficialDocument *out)
        : m_db(db)
        , m_campaign(campaignId)
        , m_doc(*out)
    {
    }

    void build()
    {
        QString error;
        if (!computeCampaignStatistics(m_db, m_campaign, &m_stats, &error))
            throw BuildError(error);
        readCampaign();
        readReportAndLetterhead();
        m_doc.body.clear();
        writeIntroduction();
        const bool mainEvent = writeMainEvent();
        writeOtherActivities(mainEvent ? QStringLiteral("II") : QStringLiteral("I"));
        writeRecommendations(mainEvent ? QStringLiteral("III") : QStringLiteral("II"));
    }

private:
    void add(DocumentBlock::Kind kind, const QString &markedText) { m_doc.body << block(kind, markedText); }

    void readCampaign()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT c.name, c.year, c.plan_reference, c.plan_subject, c.guidance_reference, c.guidance_subject,
       u.name, u.unit_type
FROM campaign c LEFT JOIN admin_unit u ON u.id = c.province_id WHERE c.id = ?)SQL"), {m_campaign});
        if (!q.next())
            throw BuildError(Text::tr("Campaign %1 does not exist.").arg(m_campaign));
        m_campaignName = q.value(0).toString();
        m_year = q.value(1).toInt();
        m_planReference = q.value(2).toString();
        m_planSubject = q.value(3).toString();
        m_guidanceReference = q.value(4).toString();
        m_guidanceSubject = q.value(5).toString();
        m_provinceInText = q.value(6).isNull() ? QString() : text::unitNameInRunningText(q.value(6).toString(), q.value(7).toString());
    }

    void readReportAndLetterhead()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT r.document_type, r.number, r.symbol, r.issue_date, r.draft_month, r.subject, r.addressees,
       r.closing_line, r.distribution, r.signing_authority, r.authority_title, r.signer_position, r.signer_name,
       l.parent_body, l.issuing_body, l.issuing_body_name, l.issuing_abbreviation, l.place_name, l.address_line,
       l.margin_top_mm, l.margin_bottom_mm, l.margin_left_mm, l.margin_right_mm, l.body_font_pt
FROM report r JOIN letterhead l ON l.id = r.letterhead_id
WHERE r.campaign_id = ? ORDER BY r.id DESC LIMIT 1)SQL"), {m_campaign});
        if (!q.next())
            throw BuildError(Text::tr("The campaign “%1” has no report record with a letterhead yet.").arg(m_campaignName));
        const auto lines = [](const QVariant &value) {
            QStringList result;
            for (const QString &line : value.toString().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    result << line.trimmed();
            }
            return result;
        };
        m_doc.documentType = q.value(0).toString();
        m_doc.number = q.value(1).toInt();
        m_doc.symbol = q.value(2).toString();
        m_doc.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        m_doc.draftMonth = q.value(4).toInt();
        m_doc.year = m_year;
        m_doc.subjectLines = lines(q.value(5));
        m_doc.addressees = lines(q.value(6));
        m_doc.closingLine = q.value(7).toString();
        m_doc.distribution = lines(q.value(8));
        m_doc.signingAuthority = q.value(9).toString();
        m_doc.authorityTitle = q.value(10).toString();
        m_doc.signerPosition = q.value(11).toString();
        m_doc.signerName = q.value(12).toString();
        m_doc.letterhead.parentBody = q.value(13).toString();
        m_doc.letterhead.issuingBody = q.value(14).toString();
        m_doc.letterhead.issuingBodyName = q.value(15).toString();
        m_doc.letterhead.issuingAbbreviation = q.value(16).toString();
        m_doc.letterhead.placeName = q.value(17).toString();
        m_doc.letterhead.addressLine = q.value(18).toString();
        m_doc.page.marginTopMm = q.value(19).toDouble();
        m_doc.page.marginBottomMm = q.value(20).toDouble();
        m_doc.page.marginLeftMm = q.value(21).toDouble();
        m_doc.page.marginRightMm = q.value(22).toDouble();
        m_doc.page.bodyFontPt = q.value(23).toInt();
        m_doc.page = m_doc.page.clamped();
    }

    void writeIntroduction()
    {
        QString intro;
        if (!m_planReference.isEmpty())
            intro = QStringLiteral("Thực hiện ") + m_planReference + (m_planSubject.isEmpty() ? QString() : u' ' + m_planSubject) + QStringLiteral(", ");
        const QString body = m_doc.letterhead.issuingBodyName + QStringLiteral(" báo cáo tình hình tổ chức các hoạt động ")
                             + m_campaignName + (m_provinceInText.isEmpty() ? QString() : QStringLiteral(" trên địa bàn ") + m_provinceInText)
                             + QStringLiteral(", như sau:");
        add(DocumentBlock::Kind::Paragraph, intro + body);
    }

    // Section I: the campaign's main event. Returns false when there is none.
    bool writeMainEvent()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT id, kind, title, theme, event_date, time_of_day, chair_name, chair_position, mode,
       COALESCE(in_person_attendance, 0), in_person_qualifier, in_person_description,
       COALESCE(online_attendance, 0), online_qualifier, online_description,
       livestream_platform, COALESCE(livestream_views, 0), livestream_qualifier, outcomes
FROM event WHERE campaign_id = ? AND is_main_event = 1 ORDER BY sort_order, id LIMIT 1)SQL"), {m_campaign});
        if (!q.next())
            return false;
        const int eventId = q.value(0).toInt();
        const QString kind = eventKindWord(q.value(1).toString());
        const QString theme = q.value(3).toString();
        const QString named = theme.isEmpty() ? q.value(2).toString() : kind + QStringLiteral(" “") + theme + QStringLiteral("”");
        add(DocumentBlock::Kind::SectionHeading, QStringLiteral("I. Tổ chức ") + named);

        add(DocumentBlock::Kind::ClauseHeading, QStringLiteral("1. Công tác tổ chức"));
        QString opening = kind;
        if (!theme.isEmpty())
            opening += QStringLiteral(" với chủ đề ") + quotedItalic(theme);
        opening += QStringLiteral(" được tổ chức vào ") + timeOfDayWord(q.value(5).toString()) + QStringLiteral("ngày ")
                   + text::formatDate(QDate::fromString(q.value(4).toString(), Qt::ISODate))
                   + QStringLiteral(" bằng hình thức ") + modeWords(q.value(8).toString());
        if (!q.value(6).toString().isEmpty()) {
            opening += QStringLiteral(" do đồng chí ") + q.value(6).toString()
                       + (q.value(7).toString().isEmpty() ? QString() : QStringLiteral(", ") + q.value(7).toString())
                       + QStringLiteral(" chủ trì");
        }
        add(DocumentBlock::Kind::Paragraph, opening + u'.');

        const Figure inPerson = figure(q, 9, 10);
        if (inPerson.value > 0) {
            QString line = QStringLiteral("Tham dự trực tiếp tại điểm cầu chính có ") + inPerson.toText() + QStringLiteral(" đại biểu");
            if (!q.value(11).toString().isEmpty())
                line += QStringLiteral(" là ") + q.value(11).toString();
            add(DocumentBlock::Kind::Bullet, line + u'.');
        }
        m_sitesText = connectedSitesText(eventId);
        const Figure online = figure(q, 12, 13);
        if (online.value > 0 || !m_sitesText.isEmpty()) {
            QString line = QStringLiteral("Tham dự trực tuyến");
            if (!m_sitesText.isEmpty())
                line += QStringLiteral(" tại ") + m_sitesText + (m_provinceInText.isEmpty() ? QString() : QStringLiteral(" trong tỉnh"));
            if (!q.value(14).toString().isEmpty())
                line += QStringLiteral(": ") + q.value(14).toString();
            if (online.value > 0)
                line += QStringLiteral(" (") + online.toText() + QStringLiteral(" đại biểu)");
            add(DocumentBlock::Kind::Bullet, line + u'.');
        }
        const Figure views = figure(q, 16, 17);
        if (views.value > 0) {
            add(DocumentBlock::Kind::Bullet, QStringLiteral("Ngoài ra, ") + kind + QStringLiteral(" được Livestream trên ")
                                                 + q.value(15).toString() + QStringLiteral(" với ") + views.toText()
                                                 + QStringLiteral(" lượt người theo dõi."));
        }
        const QString outcomes = q.value(18).toString();

        QSqlQuery p = select(m_db, QStringLiteral(R"SQL(
SELECT speaker_name, speaker_position, speaker_organisation, title FROM presentation
WHERE event_id = ? ORDER BY sort_order)SQL"), {eventId});
        QStringList presentations;
        while (p.next()) {
            QStringList speaker{p.value(0).toString()};
            const QString position = p.value(1).toString();
            const QString organisation = p.value(2).toString();
            // A bare title reads with its organisation ("Giám đốc VNPT IT3"); a
            // title that names a unit of its own takes a comma before it.
            const bool bareTitle = position.split(u' ', Qt::SkipEmptyParts).size() <= 3;
            if (!position.isEmpty() && !organisation.isEmpty())
                speaker << position + (bareTitle ? QStringLiteral(" ") : QStringLiteral(", ")) + organisation;
            else if (!position.isEmpty() || !organisation.isEmpty())
                speaker << position + organisation;
            presentations << QStringLiteral("(%1) ").arg(presentations.size() + 1) + speaker.join(QStringLiteral(", "))
                                 + QStringLiteral(" trình bày tham luận ") + quotedItalic(p.value(3).toString());
        }
        int clause = 2;
        if (!presentations.isEmpty()) {
            add(DocumentBlock::Kind::ClauseHeading, QStringLiteral("%1. Nội dung tham luận tại ").arg(clause++) + kind);
            add(DocumentBlock::Kind::Paragraph, QStringLiteral("Các tham luận trình bày tại ") + kind + QStringLiteral(": ")
                                                    + presentations.join(QStringLiteral("; ")) + u'.');
        }
        if (!outcomes.trimmed().isEmpty()) {
            add(DocumentBlock::Kind::ClauseHeading, QStringLiteral("%1. Kết quả ").arg(clause++) + kind);
            for (const QString &line : outcomes.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    m_doc.body << storedParagraph(QString(line).replace(QStringLiteral("{sites}"), m_sitesText));
            }
        }
        return true;
    }

    // "13 điểm cầu cấp huyện và 173 điểm cầu cấp xã"
    QString connectedSitesText(int eventId)
    {
        QSqlQuery q = select(m_db, QStringLiteral("SELECT level, site_count FROM event_connected_sites WHERE event_id = ? ORDER BY level"), {eventId});
        QStringList parts;
        while (q.next()) {
            parts << text::formatNumber(q.value(1).toLongLong()) + QStringLiteral(" điểm cầu ")
                         + adminLevelPrintName(static_cast<AdminLevel>(q.value(0).toInt()));
        }
        return joinWithAnd(parts);
    }

    void writeOtherActivities(const QString &numeral)
    {
        QString dayName = m_campaignName;
        dayName.remove(QRegularExpression(QStringLiteral("\\s+năm\\s+\\d{4}$")));
        add(DocumentBlock::Kind::SectionHeading, numeral + QStringLiteral(". Một số hoạt động hưởng ứng ") + dayName);
        add(DocumentBlock::Kind::ClauseHeading, QStringLiteral("1. Công tác truyền thông"));
        m_doc.body << communicationBlocks();
        add(DocumentBlock::Kind::ClauseHeading, QStringLiteral("2. Các hoạt động khác"));
        m_doc.body << otherActivityBlocks();
    }

    QList<Ordered> activities(const QString &section)
    {
        QList<Ordered> items;
        QSqlQuery q = select(m_db, QStringLiteral(
            "SELECT sort_order, body FROM campaign_activity WHERE campaign_id = ? AND section = ? ORDER BY sort_order, id"),
            {m_campaign, section});
        while (q.next())
            items << Ordered{q.value(0).toInt(), int(items.size()), storedParagraph(QStringLiteral("- ") + q.value(1).toString())};
        return items;
    }

    QList<DocumentBlock> communicationBlocks()
    {
        QList<Ordered> items = activities(QStringLiteral("communication"));
        if (!m_guidanceReference.isEmpty()) {
            items << Ordered{-1, 0, block(DocumentBlock::Kind::Bullet,
                                          m_doc.letterhead.issuingBodyName + QStringLiteral(" đã ban hành ") + m_guidanceReference
                                              + (m_guidanceSubject.isEmpty() ? QString() : u' ' + m_guidanceSubject) + u'.')};
        }

        // Commissioned outputs make one sentence; the others one per outlet in a row.
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT sort_order, outlet, kind, title, item_count, count_qualifier, commissioned, description
FROM media_output WHERE campaign_id = ? ORDER BY sort_order, id)SQL"), {m_campaign});
        QStringList commissioned;
        int commissionedOrder = 0;
        QString lastOutlet;
        QStringList outletParts;
        int outletOrder = 0;
        const auto flushOutlet = [&] {
            if (!outletParts.isEmpty())
                items << Ordered{outletOrder, 0, block(DocumentBlock::Kind::Bullet, lastOutlet + u' ' + outletParts.join(QStringLiteral("; ")) + u'.')};
            outletParts.clear();
        };
        while (q.next()) {
            const Figure count = figure(q, 4, 5);
            QString phrase = QStringLiteral("thực hiện ") + count.toPaddedText() + u' ' + mediaKindNoun(q.value(2).toString());
            if (!q.value(3).toString().isEmpty())
                phrase += u' ' + quotedItalic(q.value(3).toString());
            if (!q.value(7).toString().isEmpty())
                phrase += u' ' + q.value(7).toString();
            const QString outlet = q.value(1).toString();
            if (q.value(6).toBool()) {
                if (commissioned.isEmpty())
                    commissionedOrder = q.value(0).toInt();
                commissioned << outlet + u' ' + phrase;
                continue;
            }
            if (outlet != lastOutlet) {
                flushOutlet();
                lastOutlet = outlet;
                outletOrder = q.value(0).toInt();
            }
            outletParts << phrase;
        }
        flushOutlet();
        if (!commissioned.isEmpty()) {
            items << Ordered{commissionedOrder, 0, block(DocumentBlock::Kind::Bullet,
                                                         m_doc.letterhead.issuingBodyName + QStringLiteral(" đặt hàng ")
                                                             + commissioned.join(QStringLiteral("; ")) + u'.')};
        }
        return inOrder(items);
    }

    QList<DocumentBlock> otherActivityBlocks()
    {
        QList<Ordered> items = activities(QStringLiteral("other"));
        items << Ordered{-30, 0, block(DocumentBlock::Kind::Bullet, teamsSentence())};

        QSqlQuery t = select(m_db, QStringLiteral(R"SQL(
SELECT s.title, s.mode, COALESCE(s.participants_declared, 0), s.participants_qualifier, s.participants_description,
       s.description, (SELECT count(*) FROM training_attendance a WHERE a.training_id = s.id)
FROM training_session s WHERE s.campaign_id = ? ORDER BY s.start_date, s.id)SQL"), {m_campaign});
        while (t.next()) {
            // A listed attendance counts distinct members; otherwise the declared figure.
            const qint64 listed = t.value(6).toLongLong();
            const Figure participants = listed > 0 ? Figure{listed, Qualifier::Exact} : figure(t, 2, 3);
            QString sentence = t.value(5).toString();
            if (sentence.isEmpty()) {
                sentence = QStringLiteral("Tổ chức ") + t.value(0).toString() + QStringLiteral(" theo hình thức ")
                           + modeWords(t.value(1).toString()) + QStringLiteral(" cho {participants} ")
                           + t.value(4).toString() + u'.';
            }
            items << Ordered{-20, 0, block(DocumentBlock::Kind::Bullet, sentence.replace(QStringLiteral("{participants}"), participants.toText()))};
        }

        QSqlQuery f = select(m_db, QStringLiteral(R"SQL(
SELECT label, value, qualifier, unit_label, description FROM campaign_figure
WHERE campaign_id = ? ORDER BY sort_order, id)SQL"), {m_campaign});
        while (f.next()) {
            const Figure value = figure(f, 1, 2);
            QString sentence = f.value(4).toString();
            if (sentence.isEmpty())
                sentence = f.value(0).toString() + QStringLiteral(": {figure} ") + f.value(3).toString() + u'.';
            items << Ordered{-10, 0, block(DocumentBlock::Kind::Bullet, sentence.replace(QStringLiteral("{figure}"), value.toText()))};
        }

        items << otherEvents();
        return inOrder(items);
    }

    // "Đã thành lập 1.141 Tổ Công nghệ số cộng đồng đạt 100% các cấp …"
    QString teamsSentence()
    {
        bool complete = !m_stats.levels.isEmpty();
        int units = 0;
        int covered = 0;
        for (const LevelStatistics &level : m_stats.levels) {
            complete = complete && level.units > 0 && level.unitsWithTeam == level.units;
            units += level.units;
            covered += level.unitsWithTeam;
        }
        QString sentence = QStringLiteral("Đã thành lập ") + text::formatNumber(m_stats.totalTeams) + QStringLiteral(" Tổ Công nghệ số cộng đồng");
        if (complete)
            sentence += QStringLiteral(" đạt 100% các cấp");
        else if (units > 0)
            sentence += QStringLiteral(", bao phủ ") + text::formatPercent(100.0 * covered / units) + QStringLiteral(" đơn vị hành chính các cấp");
        sentence += QStringLiteral(" trên địa bàn tỉnh, với sự tham gia của ") + text::formatNumber(m_stats.totalMembers) + QStringLiteral(" thành viên");

        QStringList parts;
        for (const LevelStatistics &level : m_stats.levels) {
            if (level.teams == 0 && level.units == 0)
                continue;
            const QString members = QStringLiteral(" với ") + text::formatNumber(level.members) + QStringLiteral(" thành viên");
            if (level.level == AdminLevel::Province && level.teams == 1) {
                QSqlQuery q = select(m_db, QStringLiteral("SELECT name FROM team WHERE campaign_id = ? AND level = 1"), {m_campaign});
                parts << QStringLiteral("01 ") + (q.next() ? q.value(0).toString() : QStringLiteral("Tổ cấp tỉnh")) + members;
            } else {
                parts << level.coverageText() + QStringLiteral(" Tổ ") + adminLevelPrintName(level.level) + members;
            }
        }
        if (!parts.isEmpty())
            sentence += QStringLiteral(", trong đó: ") + joinWithAnd(parts, QStringLiteral("; "));
        return sentence + u'.';
    }

    // Events other than the main one; those sharing a report group make one bullet.
    QList<Ordered> otherEvents()
    {
        QSqlQuery q = select(m_db, QStringLiteral(R"SQL(
SELECT e.sort_order, e.kind, e.title, COALESCE(o.name, e.organiser_text),
       COALESCE(e.in_person_attendance, 0), e.in_person_qualifier, e.audience_description,
       COALESCE(e.online_attendance, 0), e.online_qualifier, COALESCE(e.livestream_views, 0), e.livestream_qualifier,
       e.description, e.report_group
FROM event e LEFT JOIN organisation o ON o.id = e.organiser_id
WHERE e.campaign_id = ? AND e.is_main_event = 0 ORDER BY e.sort_order, e.id)SQL"), {m_campaign});
        QList<Ordered> items;
        QString currentGroup;
        QStringList groupPhrases;
        QStringList groupKinds;
        int groupOrder = 0;
        const auto flushGroup = [&] {
            if (groupPhrases.isEmpty())
                return;
            items << Ordered{groupOrder, 0, block(DocumentBlock::Kind::Bullet,
                QStringLiteral("Các đơn vị trên địa bàn tỉnh đã tổ chức nhiều hoạt động như ") + joinWithAnd(groupKinds)
                    + QStringLiteral(" tuyên truyền nâng cao nhận thức về chuyển đổi số như: ") + groupPhrases.join(QStringLiteral("; "))
                    + QStringLiteral(";..."))};
            groupPhrases.clear();
            groupKinds.clear();
        };
        while (q.next()) {
            const Figure inPerson = figure(q, 4, 5);
            const QString organiser = q.value(3).toString();
            QString description = q.value(11).toString();
            description.replace(QStringLiteral("{in_person}"), inPerson.toText())
                .replace(QStringLiteral("{online}"), figure(q, 7, 8).toText())
                .replace(QStringLiteral("{livestream}"), figure(q, 9, 10).toText());
            const QString attendance = inPerson.value > 0
                ? QStringLiteral(" với sự tham dự của ") + inPerson.toText() + u' ' + q.value(6).toString()
                : QString();
            const QString group = q.value(12).toString();
            if (group != currentGroup)
                flushGroup();
            currentGroup = group;
            if (!group.isEmpty()) {
                if (groupPhrases.isEmpty())
                    groupOrder = q.value(0).toInt();
                const QString kindWord = eventKindWord(q.value(1).toString()).toLower();
                if (!groupKinds.contains(kindWord))
                    groupKinds << kindWord;
                groupPhrases << (description.isEmpty() ? organiser + attendance : description);
                continue;
            }
            if (description.isEmpty()) {
                description = organiser + QStringLiteral(" tổ chức ") + eventKindWord(q.value(1).toString()).toLower()
                              + QStringLiteral(" “") + q.value(2).toString() + QStringLiteral("”") + attendance + u'.';
            }
            items << Ordered{q.value(0).toInt(), 0, block(DocumentBlock::Kind::Bullet, description)};
        }
        flushGroup();
        return items;
    }

    void writeRecommendations(const QString &numeral)
    {
        QSqlQuery q = select(m_db, QStringLiteral("SELECT body FROM recommendation WHERE campaign_id = ? ORDER BY sort_order, id"), {m_campaign});
        QStringList recommendations;
        while (q.next())
            recommendations << q.value(0).toString();
        const QList<Ordered> intro = activities(QStringLiteral("recommendations"));
        if (recommendations.isEmpty() && intro.isEmpty())
            return;
        add(DocumentBlock::Kind::SectionHeading, numeral + QStringLiteral(". Kiến nghị, đề xuất"));
        for (const Ordered &item : intro)
            m_doc.body << DocumentBlock{DocumentBlock::Kind::Paragraph, item.block.runs};
        for (const QString &recommendation : recommendations)
            add(DocumentBlock::Kind::Bullet, recommendation);
    }

    const QSqlDatabase &m_db;
    const int m_campaign;
    OfficialDocument &m_doc;
    CampaignStatistics m_stats;
    QString m_campaignName;
    int m_year = 0;
    QString m_planReference;
    QString m_planSubject;
    QString m_guidanceReference;
    QString m_guidanceSubject;
    QString m_provinceInText;
    QString m_sitesText;
};

} // namespace

bool buildReportDocument(const QSqlDatabase &db, int campaignId, OfficialDocument *out, QString *error)
{
    OfficialDocument document;
    try {
        Builder(db, campaignId, &document).build();
    } catch (const BuildError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    *out = document;
    return true;
}

} // namespace cds
