// The report register as the records office uses it: numbers per year, issuing
// that freezes the exact PDF, reprinting after the data changed, withdrawing,
// and templates carried from one year's report to the next.
#include "PdfText.h"
#include "TestDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "report/ReportTemplate.h"
#include "reports/ReportRegister.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace cds;
using cds::test::exec;
using cds::test::scalar;

namespace {

// The statement fails in SQLite itself (a trigger or a constraint), whoever runs it.
QString sqlRefusal(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().text();
}

int demoReportId(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT max(id) FROM report")).toInt();
}

QStringList headings(const OfficialDocument &doc, DocumentBlock::Kind kind)
{
    QStringList result;
    for (const DocumentBlock &block : doc.body) {
        if (block.kind == kind)
            result << block.plainText();
    }
    return result;
}

// A 2023 campaign in the demo province, different in every figure: two
// commune teams, no main event, one training, one media output.
int add2023Campaign(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("INSERT INTO campaign (name, year, province_id, plan_reference, plan_subject) "
                            "SELECT 'Ngày Chuyển đổi số quốc gia năm 2023', 2023, province_id, "
                            "'Kế hoạch số 170/KH-UBND ngày 20/9/2023 của UBND tỉnh', "
                            "'về Tổ chức Ngày Chuyển đổi số quốc gia năm 2023 trên địa bàn tỉnh Quảng Ngãi' "
                            "FROM campaign WHERE year = 2022"));
    const int id = scalar(db, QStringLiteral("SELECT id FROM campaign WHERE year = 2023")).toInt();
    exec(db, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) "
                            "SELECT %1, id, 3, 'Tổ CNSCĐ ' || name, 11 FROM admin_unit WHERE level = 3 ORDER BY id LIMIT 2").arg(id));
    exec(db, QStringLiteral("INSERT INTO training_session (campaign_id, title, start_date, mode, participants_declared, "
                            "participants_qualifier, participants_description) VALUES (%1, 'lớp tập huấn kỹ năng số', "
                            "'2023-10-05', 'online', 600, 'hon', 'thành viên Tổ công nghệ số cộng đồng')").arg(id));
    exec(db, QStringLiteral("INSERT INTO media_output (campaign_id, kind, outlet, item_count, count_qualifier) "
                            "VALUES (%1, 'news', 'Báo Quảng Ngãi', 35, 'hon')").arg(id));
    return id;
}

} // namespace

class TestReportRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultTemplateReproducesTheReference()
    {
        // The default template gives the very document the reference report has:
        // its headings in order and its figures as fields of the data.
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        OfficialDocument doc;
        QVariantMap context;
        QString error;
        QVERIFY2(buildReportDocumentForReport(db->connection(), demoReportId(db->connection()), &doc, &error, &context), qPrintable(error));
        QCOMPARE(headings(doc, DocumentBlock::Kind::SectionHeading),
                 (QStringList{QStringLiteral("I. Tổ chức Hội thảo “Chuyển đổi số - Vì cuộc sống tốt đẹp hơn”"),
                              QStringLiteral("II. Một số hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia"),
                              QStringLiteral("III. Kiến nghị, đề xuất")}));
        const QVariantMap figures = context.value(QStringLiteral("figures")).toMap();
        QCOMPARE(figures.value(QStringLiteral("level3_coverage")).toString(), QStringLiteral("173/173"));
        QCOMPARE(figures.value(QStringLiteral("teams_total")).toString(), QStringLiteral("1.141"));
        QCOMPARE(figures.value(QStringLiteral("members_total")).toString(), QStringLiteral("7.534"));
        QVERIFY(doc.plainText().contains(QStringLiteral("173/173 Tổ cấp xã với 1.690 thành viên")));
        // The subject is a template too.
        QCOMPARE(doc.subjectLines.first(), QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022"));
    }

    // Sở Thông tin và Truyền thông (BC-STTTT) was merged into the Sở Khoa học
    // và Công nghệ (BC-SKHCN) in 2025: a report keeps the letterhead it was
    // made with; a new one proposes the letterhead of its campaign's time.
    void reportKeepsItsLetterheadWhenTheLetterheadIsEdited()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        ReportRegister reg(c);
        QString error;
        const int draft = reg.createDraft(campaign, 0, &error);
        QVERIFY2(draft > 0, qPrintable(error));
        const int sttttId = scalar(c, QStringLiteral("SELECT letterhead_id FROM report WHERE id = %1").arg(draft)).toInt();
        QCOMPARE(scalar(c, QStringLiteral("SELECT issuing_body FROM letterhead WHERE id = %1").arg(sttttId)).toString(),
                 QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));

        // The letterhead is edited (as its form saves it): the draft does not change.
        exec(c, QStringLiteral("UPDATE letterhead SET issuing_body = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', "
                               "issuing_body_name = 'Sở Khoa học và Công nghệ', issuing_abbreviation = 'SKHCN' "
                               "WHERE id = %1").arg(sttttId));
        OfficialDocument doc;
        QVERIFY2(buildReportDocumentForReport(c, draft, &doc, &error), qPrintable(error));
        QCOMPARE(doc.letterhead.issuingBody, QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
        QCOMPARE(doc.letterhead.issuingBodyName, QStringLiteral("Sở Thông tin và Truyền thông"));
        QCOMPARE(doc.symbol, QStringLiteral("BC-STTTT"));

        // Two letterheads with their dates; a 2025 campaign.
        exec(c, QStringLiteral("UPDATE letterhead SET issuing_body = 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', "
                               "issuing_body_name = 'Sở Thông tin và Truyền thông', issuing_abbreviation = 'STTTT', "
                               "valid_to = '2025-02-28' WHERE id = %1").arg(sttttId));
        exec(c, QStringLiteral("INSERT INTO letterhead (parent_body, issuing_body, issuing_body_name, issuing_abbreviation, "
                               "place_name, records_unit_abbreviation, valid_from) SELECT parent_body, "
                               "'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ', 'SKHCN', place_name, "
                               "records_unit_abbreviation, '2025-03-01' FROM letterhead WHERE id = %1").arg(sttttId));
        const int skhcnId = scalar(c, QStringLiteral("SELECT id FROM letterhead WHERE issuing_abbreviation = 'SKHCN'")).toInt();
        exec(c, QStringLiteral("INSERT INTO campaign (name, year, province_id, start_date, end_date) SELECT "
                               "'Ngày Chuyển đổi số quốc gia năm 2025', 2025, province_id, '2025-09-01', '2025-11-30' "
                               "FROM campaign WHERE id = %1").arg(campaign));
        const int campaign2025 = scalar(c, QStringLiteral("SELECT id FROM campaign WHERE year = 2025")).toInt();
        QCOMPARE(reg.letterheadFor(campaign2025, &error), skhcnId);
        QCOMPARE(reg.letterheadFor(campaign, &error), sttttId);
        QList<LetterheadChoice> choices;
        QVERIFY(reg.letterheads(&choices, &error));
        QCOMPARE(choices.first().id, skhcnId); // the latest first

        const int draft2025 = reg.createDraft(campaign2025, 0, &error);
        QVERIFY2(draft2025 > 0, qPrintable(error));
        ReportRecord made;
        QVERIFY(reg.load(draft2025, &made, &error));
        QCOMPARE(made.letterheadId, skhcnId);
        QCOMPARE(made.symbol, QStringLiteral("BC-SKHCN"));
        QVERIFY2(buildReportDocumentForReport(c, draft2025, &doc, &error), qPrintable(error));
        QCOMPARE(doc.letterhead.issuingBody, QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
        // The 2022 campaign's next report stays with the body of its time.
        const int draft2022 = reg.createDraft(campaign, 0, &error);
        QVERIFY(reg.load(draft2022, &made, &error));
        QCOMPARE(made.letterheadId, sttttId);
        QCOMPARE(made.symbol, QStringLiteral("BC-STTTT"));

        // Given another letterhead, a draft takes a copy of it.
        QVERIFY(reg.load(draft, &made, &error));
        made.letterheadId = skhcnId;
        made.symbol = QStringLiteral("BC-SKHCN");
        QVERIFY2(reg.saveDraft(made, &error), qPrintable(error));
        QVERIFY(buildReportDocumentForReport(c, draft, &doc, &error));
        QCOMPARE(doc.letterhead.issuingBody, QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
        QCOMPARE(doc.symbol, QStringLiteral("BC-SKHCN"));
    }

    void markupAndFields()
    {
        const QList<DocumentBlock> blocks = parseBodyMarkup(QStringLiteral("# I. Phần\n## 1. Khoản\n- Gạch *nghiêng* và **đậm**\nĐoạn * lẻ\n\n"));
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[0].kind, DocumentBlock::Kind::SectionHeading);
        QCOMPARE(blocks[1].kind, DocumentBlock::Kind::ClauseHeading);
        QCOMPARE(blocks[2].kind, DocumentBlock::Kind::Bullet);
        QCOMPARE(blocks[2].runs.size(), 4);
        QVERIFY(blocks[2].runs[1].italic && blocks[2].runs[1].text == QStringLiteral("nghiêng"));
        QVERIFY(blocks[2].runs[3].bold && blocks[2].runs[3].text == QStringLiteral("đậm"));
        QCOMPARE(blocks[3].plainText(), QStringLiteral("Đoạn * lẻ"));

        QString out;
        QString error;
        QVERIFY(renderTemplate(QStringLiteral("{{#a}}có {{a}}{{/a}}{{^b}} không b{{/b}}"),
                               {{QStringLiteral("a"), QStringLiteral("1.141")}, {QStringLiteral("b"), QString()}}, &out, &error));
        QCOMPARE(out, QStringLiteral("có 1.141 không b"));
        QVERIFY(!renderTemplate(QStringLiteral("{{#a}} chưa đóng"), {}, &out, &error));
        QVERIFY(!error.isEmpty());
    }

    void marksRoundTrip_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::addColumn<QString>("styles"); // per run: p plain, i italic, b bold, x bold italic
        QTest::addColumn<QString>("plain");
        QTest::newRow("bold italic") << QStringLiteral("a ***bc*** d") << QStringLiteral("pxp") << QStringLiteral("a bc d");
        QTest::newRow("italic in bold") << QStringLiteral("**a *b* c**") << QStringLiteral("bxb") << QStringLiteral("a b c");
        QTest::newRow("escaped") << QStringLiteral("5 \\* 3 = *15*") << QStringLiteral("pi") << QStringLiteral("5 * 3 = 15");
        QTest::newRow("escaped inside italic") << QStringLiteral("*a\\*b*") << QStringLiteral("i") << QStringLiteral("a*b");
        QTest::newRow("lone") << QStringLiteral("x * y") << QStringLiteral("p") << QStringLiteral("x * y");
        QTest::newRow("unclosed bold") << QStringLiteral("**x") << QStringLiteral("p") << QStringLiteral("**x");
    }

    void marksRoundTrip()
    {
        QFETCH(QString, markup);
        QFETCH(QString, styles);
        QFETCH(QString, plain);
        const QList<TextRun> runs = parseMarkedRuns(markup);
        QString seen;
        QString text;
        for (const TextRun &run : runs) {
            seen += run.bold && run.italic ? u'x' : run.bold ? u'b' : run.italic ? u'i' : u'p';
            text += run.text;
        }
        QCOMPARE(seen, styles);
        QCOMPARE(text, plain);
        // Writing the runs back gives markup that reads as the same runs.
        const QList<TextRun> again = parseMarkedRuns(markRuns(runs));
        QCOMPARE(again.size(), runs.size());
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QCOMPARE(again[i].text, runs[i].text);
            QCOMPARE(again[i].bold, runs[i].bold);
            QCOMPARE(again[i].italic, runs[i].italic);
        }
    }

    void numberingRules()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        ReportRegister reg(db->connection());
        const int first = demoReportId(db->connection());
        QString error;
        const int second = reg.createDraft(campaign, 0, &error);
        const int third = reg.createDraft(campaign, 0, &error);
        QVERIFY2(second > 0 && third > 0, qPrintable(error));
        ReportRecord record;
        QVERIFY(reg.load(first, &record, &error));
        const int letterhead = record.letterheadId;

        RegisterYear year;
        QVERIFY(reg.registerYear(letterhead, 2022, &year, &error));
        QCOMPARE(year.nextNumber, 1);
        QVERIFY(year.used.isEmpty() && year.gaps.isEmpty());

        // Number 5 given first: 1–4 are gaps and 6 is suggested next.
        QVERIFY2(reg.assignNumber(first, 5, QDate(2022, 10, 7), &error), qPrintable(error));
        QVERIFY(reg.registerYear(letterhead, 2022, &year, &error));
        QCOMPARE(year.used, QList<int>{5});
        QCOMPARE(year.gaps, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(year.nextNumber, 6);

        // Unique within the year, in the core and in SQLite.
        QVERIFY(!reg.assignNumber(second, 5, QDate(2022, 12, 1), &error));
        QVERIFY2(error.contains(QStringLiteral("05")), qPrintable(error));
        // The refusal names the holder (a draft of its campaign) and the next free number.
        QVERIFY2(error.contains(QStringLiteral("the draft")) && error.contains(record.campaignName), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("The next free number is 06.")), qPrintable(error));
        QVERIFY(!sqlRefusal(db->connection(), QStringLiteral("UPDATE report SET number = 5, register_year = 2022 WHERE id = %1").arg(second)).isEmpty());
        // Numbers restart every year: 5 is free in 2023.
        QVERIFY2(reg.assignNumber(second, 5, QDate(2023, 1, 3), &error), qPrintable(error));
        QVERIFY(reg.assignNumber(third, 1, QDate(2022, 10, 8), &error));
        QVERIFY(reg.registerYear(letterhead, 2022, &year, &error));
        QCOMPARE(year.gaps, (QList<int>{2, 3, 4}));
        QVERIFY(!reg.assignNumber(third, 0, QDate(2022, 10, 8), &error));

        // Written with a leading zero below 10, on the record and on the page.
        QVERIFY(reg.load(first, &record, &error));
        QCOMPARE(record.numberAndSymbol(), QStringLiteral("05/BC-STTTT"));
        OfficialDocument doc;
        QVERIFY(buildReportDocumentForReport(db->connection(), first, &doc, &error));
        QCOMPARE(doc.numberLine(), QStringLiteral("Số: 05/BC-STTTT"));
        QCOMPARE(doc.placeDateLine(), QStringLiteral("Quảng Ngãi, ngày 07 tháng 10 năm 2022"));
        QVERIFY(reg.clearNumber(third, &error));
        QVERIFY(reg.assignNumber(third, 12, QDate(2022, 11, 2), &error));
        QVERIFY(reg.load(third, &record, &error));
        QCOMPARE(record.numberAndSymbol(), QStringLiteral("12/BC-STTTT"));
    }

    void issuedCopyReprintsByteForByteAfterDataChanges()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        ReportRegister reg(c);
        const int report = demoReportId(c);
        QString error;
        QVERIFY(!reg.issue(report, &error)); // no number yet
        QVERIFY2(error.contains(QStringLiteral("number")) || error.contains(QStringLiteral("số")), qPrintable(error));
        QVERIFY(reg.assignNumber(report, 5, QDate(2022, 10, 7), &error));
        QVERIFY2(reg.issue(report, &error), qPrintable(error));

        ReportSnapshot issued;
        QVERIFY2(reg.snapshot(report, &issued, &error), qPrintable(error));
        QVERIFY(issued.pdf.startsWith("%PDF-"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(issued.pdf, QCryptographicHash::Sha256).toHex()), issued.pdfSha256);
        QCOMPARE(issued.templateName, defaultTemplateName());
        QVERIFY(issued.templateVersion >= 1);
        QCOMPARE(issued.figures.value(QStringLiteral("level3_coverage")).toString(), QStringLiteral("173/173"));

        // The issued PDF says what the director signed.
        const QString issuedPath = m_dir.filePath(QStringLiteral("issued.pdf"));
        {
            QFile file(issuedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(issued.pdf);
        }
        const QString issuedText = test::pdfPageTexts(issuedPath).join(u'\n').simplified();
        QVERIFY2(issuedText.contains(QStringLiteral("Số: 05/BC-STTTT")), qPrintable(test::lastError()));
        QVERIFY(issuedText.contains(QStringLiteral("173/173 Tổ cấp xã")));
        QVERIFY(issuedText.contains(QStringLiteral("Quảng Ngãi, ngày 07 tháng 10 năm 2022")));
        QVERIFY(test::pdfInfo(issuedPath).contains(QStringLiteral("595")));
        // The archive copy is PDF/A-1b as far as poppler can tell (no validator
        // such as veraPDF is packaged): declared in its XMP metadata, with an
        // output intent, every font embedded, no encryption.
        const QString xmp = test::pdfMetadata(issuedPath);
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:part=\"1\"")), qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")), qPrintable(xmp));
        QVERIFY(issued.pdf.contains("/OutputIntents") && issued.pdf.contains("/GTS_PDFA1"));
        QVERIFY(test::pdfInfo(issuedPath).contains(QRegularExpression(QStringLiteral("Encrypted:\\s+no"))));
        const QStringList fontRows = test::pdfFonts(issuedPath).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontRows.isEmpty());
        for (const QString &row : fontRows)
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row)); // the "emb" column

        // The data changes: a commune team goes, a media count grows.
        exec(c, QStringLiteral("DELETE FROM team WHERE level = 3 AND id = (SELECT max(id) FROM team WHERE level = 3)"));
        exec(c, QStringLiteral("UPDATE media_output SET item_count = item_count + 7 WHERE id = (SELECT min(id) FROM media_output)"));

        // The reprint is the stored copy, byte for byte.
        ReportSnapshot again;
        QVERIFY(reg.snapshot(report, &again, &error));
        QCOMPARE(QCryptographicHash::hash(again.pdf, QCryptographicHash::Sha256).toHex(), issued.pdfSha256.toLatin1());
        QCOMPARE(again.pdf, issued.pdf);
        // Printing the issued copy lays out the frozen document, not the data.
        QVERIFY(again.document.plainText().contains(QStringLiteral("173/173 Tổ cấp xã")));
        QCOMPARE(again.document.numberLine(), QStringLiteral("Số: 05/BC-STTTT"));

        // The live figures now differ, and the register says which.
        OfficialDocument live;
        QVERIFY(buildReportDocumentForReport(c, report, &live, &error));
        QVERIFY(live.plainText().contains(QStringLiteral("172/173 Tổ cấp xã")));
        QList<FigureDifference> differences;
        QVERIFY2(reg.compareWithLive(report, &differences, &error), qPrintable(error));
        bool coverage = false;
        bool teams = false;
        for (const FigureDifference &d : differences) {
            if (d.key == QStringLiteral("level3_coverage")) {
                coverage = d.issued == QStringLiteral("173/173") && d.live == QStringLiteral("172/173");
                QVERIFY(!d.label.isEmpty());
            }
            teams = teams || (d.key == QStringLiteral("teams_total") && d.live == QStringLiteral("1.140"));
        }
        QVERIFY(coverage);
        QVERIFY(teams);
    }

    void issuedReportRefusesChangesInTheDatabase()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        ReportRegister reg(c);
        const int report = demoReportId(c);
        QString error;
        QVERIFY(reg.assignNumber(report, 3, QDate(2022, 10, 7), &error));
        // A status written by hand, without the snapshot, is refused.
        QVERIFY(!sqlRefusal(c, QStringLiteral("UPDATE report SET status = 'issued' WHERE id = %1").arg(report)).isEmpty());
        QVERIFY2(reg.issue(report, &error), qPrintable(error));
        const QString subjectBefore = scalar(c, QStringLiteral("SELECT subject FROM report WHERE id = %1").arg(report)).toString();

        for (const QString &sql : {QStringLiteral("UPDATE report SET subject = 'Khác' WHERE id = %1"),
                                   QStringLiteral("UPDATE report SET number = 4 WHERE id = %1"),
                                   QStringLiteral("UPDATE report SET body = 'x' WHERE id = %1"),
                                   QStringLiteral("UPDATE report SET signer_name = 'Người khác' WHERE id = %1"),
                                   QStringLiteral("UPDATE report SET status = 'draft' WHERE id = %1"),
                                   QStringLiteral("UPDATE report SET status = 'withdrawn' WHERE id = %1"),
                                   QStringLiteral("DELETE FROM report WHERE id = %1"),
                                   QStringLiteral("UPDATE report_snapshot SET pdf = x'00' WHERE report_id = %1"),
                                   QStringLiteral("DELETE FROM report_snapshot WHERE report_id = %1"),
                                   QStringLiteral("INSERT INTO report_snapshot (report_id, issued_at, pdf, pdf_sha256, document_json, figures_json, body) "
                                                  "VALUES (%1, 'x', x'00', '', '{}', '{}', '')")}) {
            const QString refusal = sqlRefusal(c, sql.arg(report));
            QVERIFY2(!refusal.isEmpty(), qPrintable(sql));
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT subject FROM report WHERE id = %1").arg(report)).toString(), subjectBefore);
        QCOMPARE(scalar(c, QStringLiteral("SELECT status FROM report WHERE id = %1").arg(report)).toString(), QStringLiteral("issued"));

        // The core says why, in words.
        ReportRecord record;
        QVERIFY(reg.load(report, &record, &error));
        record.subject = QStringLiteral("Khác");
        QVERIFY(!reg.saveDraft(record, &error));
        QVERIFY(error.contains(QStringLiteral("03/BC-STTTT")));
        QVERIFY(!reg.deleteDraft(report, &error));
        QVERIFY(!reg.assignNumber(report, 9, QDate(2022, 10, 9), &error));

        // Withdrawn with a reason, never edited or deleted afterwards.
        QVERIFY(!reg.withdraw(report, QStringLiteral("  "), &error));
        QVERIFY2(reg.withdraw(report, QStringLiteral("Sai số liệu thành viên cấp xã"), &error), qPrintable(error));
        QVERIFY(reg.load(report, &record, &error));
        QCOMPARE(record.status, ReportStatus::Withdrawn);
        QCOMPARE(record.withdrawalReason, QStringLiteral("Sai số liệu thành viên cấp xã"));
        QVERIFY(!sqlRefusal(c, QStringLiteral("UPDATE report SET withdrawal_reason = 'khác' WHERE id = %1").arg(report)).isEmpty());
        QVERIFY(!sqlRefusal(c, QStringLiteral("DELETE FROM report WHERE id = %1").arg(report)).isEmpty());
        ReportSnapshot kept;
        QVERIFY(reg.snapshot(report, &kept, &error));
        // The number stays taken in the register.
        RegisterYear year;
        QVERIFY(reg.registerYear(record.letterheadId, 2022, &year, &error));
        QCOMPARE(year.used, QList<int>{3});
    }

    void nextYearStartsFromLastYearsReport()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        ReportRegister reg(c);
        QString error;
        // The head of the unit corrects the 2022 wording, and it is kept as a template.
        const int report2022 = demoReportId(c);
        ReportRecord record;
        QVERIFY(reg.load(report2022, &record, &error));
        record.body = defaultReportBody().replace(QStringLiteral(". Các hoạt động khác\n"),
                                                  QStringLiteral(". Các hoạt động khác của các cơ quan, đơn vị\n"));
        record.subject = QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022\ntrên địa bàn tỉnh Quảng Ngãi");
        QVERIFY2(reg.saveDraft(record, &error), qPrintable(error));
        const int templateId = reg.saveTemplate(QStringLiteral("Báo cáo Ngày CĐS"), record.subject, record.body, report2022, &error);
        QVERIFY2(templateId > 0, qPrintable(error));
        QVERIFY(reg.saveTemplate(QStringLiteral("Báo cáo Ngày CĐS"), record.subject, record.body, report2022, &error) > templateId);
        QList<ReportTemplateInfo> templates;
        QVERIFY(reg.templates(&templates, &error));
        QList<int> versions;
        for (const ReportTemplateInfo &t : templates) {
            if (t.name == QStringLiteral("Báo cáo Ngày CĐS"))
                versions << t.version;
        }
        QCOMPARE(versions, (QList<int>{1, 2}));
        QVERIFY(!sqlRefusal(c, QStringLiteral("UPDATE report_template SET body = 'x' WHERE id = %1").arg(templateId)).isEmpty());

        // 2023: a new draft from the 2022 report, filled with the 2023 figures.
        const int campaign2023 = add2023Campaign(c);
        const int report2023 = reg.createDraftFrom(campaign2023, report2022, &error);
        QVERIFY2(report2023 > 0, qPrintable(error));
        OfficialDocument doc;
        QVERIFY2(buildReportDocumentForReport(c, report2023, &doc, &error), qPrintable(error));
        QCOMPARE(doc.subjectLines.first(), QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2023"));
        QCOMPARE(doc.number, 0);
        QCOMPARE(doc.year, 2023);
        QCOMPARE(doc.placeDateLine().endsWith(QStringLiteral("năm 2023")), true);
        QCOMPARE(headings(doc, DocumentBlock::Kind::SectionHeading),
                 (QStringList{QStringLiteral("I. Một số hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia")}));
        QVERIFY(headings(doc, DocumentBlock::Kind::ClauseHeading).contains(QStringLiteral("2. Các hoạt động khác của các cơ quan, đơn vị")));
        const QString text = doc.plainText();
        QVERIFY2(text.contains(QStringLiteral("Thực hiện Kế hoạch số 170/KH-UBND ngày 20/9/2023")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Đã thành lập 2 Tổ Công nghệ số cộng đồng, bao phủ")));
        QVERIFY(text.contains(QStringLiteral("2/173 Tổ cấp xã với 22 thành viên")));
        QVERIFY(text.contains(QStringLiteral("hơn 600 thành viên")));
        QVERIFY(text.contains(QStringLiteral("Báo Quảng Ngãi thực hiện hơn 35 tin, bài")));
        QVERIFY(!text.contains(QStringLiteral("1.141")));
        QVERIFY(!text.contains(QStringLiteral("Hội thảo")));
        QVERIFY(text.contains(QStringLiteral("Trần Thanh Trường")));

        // The same from the saved template: subject and body, header of the latest report.
        const int fromTemplate = reg.createDraft(campaign2023, templateId, &error);
        QVERIFY2(fromTemplate > 0, qPrintable(error));
        ReportRecord created;
        QVERIFY(reg.load(fromTemplate, &created, &error));
        QCOMPARE(created.templateName, QStringLiteral("Báo cáo Ngày CĐS"));
        QCOMPARE(created.templateVersion, 1);
        QVERIFY(created.body.contains(QStringLiteral("của các cơ quan, đơn vị")));

        // The list shows both campaigns' reports, newest campaign first.
        QList<ReportRecord> all;
        QVERIFY(reg.reports(&all, &error));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().campaignYear, 2023);
    }

    void appendixTableRepeatsItsHeaderAndKeepsRowsWhole()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        const int report = demoReportId(c);
        exec(c, QStringLiteral("UPDATE report SET appendix_teams = 1 WHERE id = %1").arg(report));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocumentForReport(c, report, &doc, &error), qPrintable(error));
        QCOMPARE(doc.appendices.size(), 1);
        QCOMPARE(doc.appendices.first().rows.size(), 1 + 13 + 173);

        const ReportRenderer renderer(doc);
        const QString path = m_dir.filePath(QStringLiteral("appendix.pdf"));
        QVERIFY2(renderer.exportPdf(path, &error), qPrintable(error));
        const QStringList pages = test::pdfPageTexts(path);
        const QList<QSizeF> sizes = test::pdfPageSizes(path);
        QCOMPARE(sizes.size(), pages.size());
        // The report's own pages, then the appendix.
        int firstAppendixPage = -1;
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].contains(QStringLiteral("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"))) {
                firstAppendixPage = i;
                break;
            }
        }
        QVERIFY(firstAppendixPage > 0);
        QVERIFY(pages[firstAppendixPage - 1].contains(QStringLiteral("Trần Thanh Trường")));
        QVERIFY(pages[firstAppendixPage].contains(QStringLiteral("Phụ lục")));
        QVERIFY(pages[firstAppendixPage].simplified().contains(QStringLiteral("(Kèm theo Báo cáo số")));
        QVERIFY(pages.size() - firstAppendixPage >= 3);
        for (int i = 0; i < pages.size(); ++i) {
            const bool landscape = sizes[i].width() > sizes[i].height();
            QCOMPARE(landscape, i >= firstAppendixPage);
            QCOMPARE(renderer.pageIsLandscape(i), i >= firstAppendixPage);
        }
        // Every appendix page carries the header row; its pages count from 1
        // (no number on its first page, "2", "3"… on the next ones).
        QSet<QString> seenUnits;
        for (int i = firstAppendixPage; i < pages.size(); ++i) {
            const QString page = pages[i].simplified();
            QVERIFY2(page.contains(QStringLiteral("Đơn vị hành chính")) && page.contains(QStringLiteral("Số thành viên"))
                             && page.contains(QStringLiteral("Tổ trưởng")),
                     qPrintable(QStringLiteral("page %1").arg(i + 1)));
            const QString top = pages[i].trimmed().section(u'\n', 0, 0).trimmed();
            if (i > firstAppendixPage)
                QCOMPARE(top, QString::number(i - firstAppendixPage + 1));
        }
        // No row split: every row's number and unit name stand on one page, once.
        const Appendix &appendix = doc.appendices.first();
        // (pdftotext breaks a wrapped cell into lines: compare with single spaces.)
        int rowsFound = 0;
        for (const QStringList &row : appendix.rows) {
            for (int i = firstAppendixPage; i < pages.size(); ++i) {
                const QString page = pages[i].simplified();
                if (page.contains(row.at(1)) && page.contains(row.at(2).simplified())) {
                    ++rowsFound;
                    break;
                }
            }
        }
        QCOMPARE(rowsFound, int(appendix.rows.size()));
        // The team with the last row number is on the last page.
        QVERIFY(pages.last().simplified().contains(appendix.rows.last().at(2)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportRegister)
#include "tst_reportregister.moc"
