#include "TestDatabase.h"
#include "report/ReportBuilder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cds;
using cds::test::exec;

namespace {

QStringList headings(const OfficialDocument &doc, DocumentBlock::Kind kind)
{
    QStringList result;
    for (const DocumentBlock &block : doc.body) {
        if (block.kind == kind)
            result << block.plainText();
    }
    return result;
}

const DocumentBlock *blockContaining(const OfficialDocument &doc, const QString &needle)
{
    for (const DocumentBlock &block : doc.body) {
        if (block.plainText().contains(needle))
            return &block;
    }
    return nullptr;
}


} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void demoReportHasTheReferenceStructure()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(db->connection(), campaign, &doc, &error), qPrintable(error));

        QCOMPARE(doc.letterhead.parentBody, QStringLiteral("UBND TỈNH QUẢNG NGÃI"));
        QCOMPARE(doc.letterhead.issuingBody, QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
        QCOMPARE(doc.symbol, QStringLiteral("BC-STTTT"));
        QCOMPARE(doc.number, 0);
        QCOMPARE(doc.subjectLines, (QStringList{QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022"),
                                                QStringLiteral("trên địa bàn tỉnh Quảng Ngãi")}));
        QCOMPARE(doc.signerPosition, QStringLiteral("GIÁM ĐỐC"));
        QCOMPARE(doc.signerName, QStringLiteral("Trần Thanh Trường"));
        QVERIFY(doc.distribution.last().startsWith(QStringLiteral("Lưu: VT, BCVT&CNTT")));

        QCOMPARE(headings(doc, DocumentBlock::Kind::SectionHeading),
                 (QStringList{QStringLiteral("I. Tổ chức Hội thảo “Chuyển đổi số - Vì cuộc sống tốt đẹp hơn”"),
                              QStringLiteral("II. Một số hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia"),
                              QStringLiteral("III. Kiến nghị, đề xuất")}));
        QCOMPARE(headings(doc, DocumentBlock::Kind::ClauseHeading),
                 (QStringList{QStringLiteral("1. Công tác tổ chức"), QStringLiteral("2. Nội dung tham luận tại Hội thảo"),
                              QStringLiteral("3. Kết quả Hội thảo"), QStringLiteral("1. Công tác truyền thông"),
                              QStringLiteral("2. Các hoạt động khác")}));

        const QString text = doc.plainText();
        QVERIFY(text.contains(QStringLiteral("Thực hiện Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh")));
        QVERIFY(text.contains(QStringLiteral("sáng ngày 07/10/2022 bằng hình thức trực tiếp kết hợp với trực tuyến do đồng chí Trần Phước Hiền, Phó Chủ tịch UBND tỉnh chủ trì")));
        QVERIFY(text.contains(QStringLiteral("khoảng 80 đại biểu")));
        QVERIFY(text.contains(QStringLiteral("13 điểm cầu cấp huyện và 173 điểm cầu cấp xã")));
        QVERIFY(text.contains(QStringLiteral("(khoảng 3.000 đại biểu)")));
        QVERIFY(text.contains(QStringLiteral("gần 2.000 lượt người theo dõi")));
        QVERIFY(text.contains(QStringLiteral("(7) Ông Trương Xuân Bình, Giám đốc Viettel Quảng Ngãi trình bày tham luận")));
        QVERIFY(text.contains(QStringLiteral("Đã thành lập 1.141 Tổ Công nghệ số cộng đồng đạt 100% các cấp")));
        QVERIFY(text.contains(QStringLiteral("7.534 thành viên")));
        QVERIFY(text.contains(QStringLiteral("01 Tổ Công nghệ số cộng đồng Tỉnh đoàn Quảng Ngãi với 22 thành viên")));
        QVERIFY(text.contains(QStringLiteral("13/13 Tổ cấp huyện với 169 thành viên")));
        QVERIFY(text.contains(QStringLiteral("173/173 Tổ cấp xã với 1.690 thành viên")));
        QVERIFY(text.contains(QStringLiteral("954/954 Tổ cấp thôn, bản, tổ dân phố với 5.653 thành viên")));
        QVERIFY(text.contains(QStringLiteral("hơn 4.500 thành viên")));
        QVERIFY(text.contains(QStringLiteral("hơn 4.200 lượt thành viên")));
        QVERIFY(text.contains(QStringLiteral("đặt hàng VTV8 thực hiện 01 phóng sự “Quảng Ngãi Chuyển đổi số phát triển chính quyền điện tử”")));
        QVERIFY(text.contains(QStringLiteral("Báo Vietnamnet thực hiện 02 bài viết")));
        QVERIFY(text.contains(QStringLiteral("hơn 10 tin, bài")));
        QVERIFY(text.contains(QStringLiteral("hơn 20 tin, bài")));
        QVERIFY(text.contains(QStringLiteral("hơn 250 đoàn viên thanh niên")));
        QVERIFY(text.contains(QStringLiteral("hơn 1.300 cán bộ giáo viên")));
        QVERIFY(text.contains(QStringLiteral("có 149 thành viên")));
        QVERIFY(!text.contains(u'{')); // no placeholder left
        QVERIFY(!text.contains(u'*')); // italic marks became runs
        QCOMPARE(doc.closingLine, QStringLiteral("Kính báo cáo Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh./."));

        // Presentation titles are italic runs, as in the reference.
        const DocumentBlock *presentations = blockContaining(doc, QStringLiteral("Các tham luận trình bày"));
        QVERIFY(presentations);
        bool italicTitle = false;
        for (const TextRun &run : presentations->runs)
            italicTitle = italicTitle || (run.italic && run.text == QStringLiteral("Nền tảng chuyển đổi số và giải pháp cho Chính quyền số"));
        QVERIFY(italicTitle);
    }

    void figuresFollowTheData()
    {
        // Removing a commune team changes the coverage sentence: no hard-coded figure.
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        exec(db->connection(), QStringLiteral("DELETE FROM team WHERE level = 3 AND id = (SELECT max(id) FROM team WHERE level = 3)"));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(db->connection(), campaign, &doc, &error), qPrintable(error));
        const QString text = doc.plainText();
        QVERIFY(text.contains(QStringLiteral("172/173 Tổ cấp xã")));
        QVERIFY(text.contains(QStringLiteral("Đã thành lập 1.140 Tổ Công nghệ số cộng đồng, bao phủ")));
        QVERIFY(!text.contains(QStringLiteral("đạt 100% các cấp")));
    }

    void secondCampaignWithoutMainEvent()
    {
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '01', 'Thành phố Hà Nội', 'Thành phố', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES (2, '00004', 'Phường Ba Đình', 'Phường', 3, 1)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id, plan_reference) VALUES (1, 'Ngày Chuyển đổi số quốc gia năm 2025', 2025, 1, 'Kế hoạch số 9/KH-UBND ngày 02/01/2025')"));
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) VALUES (1, 2, 3, 'Tổ phường Ba Đình', 12)"));
        exec(c, QStringLiteral("INSERT INTO letterhead (id, parent_body, issuing_body, issuing_body_name, issuing_abbreviation, place_name) VALUES "
                               "(1, 'UBND THÀNH PHỐ HÀ NỘI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ', 'SKHCN', 'Hà Nội')"));
        exec(c, QStringLiteral("INSERT INTO report (campaign_id, letterhead_id, number, symbol, issue_date, subject, distribution, signing_authority, authority_title, signer_position, signer_name) VALUES "
                               "(1, 1, 7, 'BC-SKHCN', '2025-10-20', 'Về kết quả Ngày Chuyển đổi số quốc gia năm 2025', 'Như trên\nLưu: VT, CĐS', 'KT.', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A')"));
        exec(c, QStringLiteral("INSERT INTO recommendation (campaign_id, body) VALUES (1, 'Tiếp tục đầu tư hạ tầng số.')"));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(c, 1, &doc, &error), qPrintable(error));
        QCOMPARE(doc.numberLine(), QStringLiteral("Số: 07/BC-SKHCN"));
        QCOMPARE(doc.placeDateLine(), QStringLiteral("Hà Nội, ngày 20 tháng 10 năm 2025"));
        QCOMPARE(doc.signingAuthority, QStringLiteral("KT."));
        QCOMPARE(headings(doc, DocumentBlock::Kind::SectionHeading),
                 (QStringList{QStringLiteral("I. Một số hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia"),
                              QStringLiteral("II. Kiến nghị, đề xuất")}));
        const QString text = doc.plainText();
        QVERIFY(text.contains(QStringLiteral("Sở Khoa học và Công nghệ báo cáo tình hình tổ chức các hoạt động Ngày Chuyển đổi số quốc gia năm 2025 trên địa bàn thành phố Hà Nội")));
        QVERIFY(text.contains(QStringLiteral("Đã thành lập 1 Tổ Công nghệ số cộng đồng")));
        QVERIFY(text.contains(QStringLiteral("1/1 Tổ cấp xã với 12 thành viên")));
        QVERIFY(!text.contains(QStringLiteral("Quảng Ngãi")));
    }

    void cityReportSpeaksForItsLocality()
    {
        // A 2025 two-level city: scope '3,4' (no team of the city itself), an
        // uninhabited special zone left out, a village team that has not
        // reported, declared counts with qualifiers, no communication at all.
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '48', 'Thành phố Đà Nẵng', 'Thành phố', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                               "(2, '20194', 'Phường Hải Châu', 'Phường', 3, 1), (3, '20195', 'Xã Hòa Vang', 'Xã', 3, 1), "
                               "(4, '20999', 'Đặc khu Hoàng Sa', 'Đặc khu', 3, 1), "
                               "(5, NULL, 'Tổ dân phố 1', 'Tổ dân phố', 4, 2), (6, NULL, 'Thôn La Bông', 'Thôn', 4, 3)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id, team_levels) VALUES (1, 'Ngày Chuyển đổi số quốc gia năm 2025', 2025, 1, '3,4')"));
        exec(c, QStringLiteral("INSERT INTO campaign_unit_exclusion (campaign_id, unit_id, reason) VALUES (1, 4, 'không có dân cư')"));
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count, member_count_qualifier) VALUES "
                               "(1, 2, 3, 'Tổ phường Hải Châu', 15, 'hon'), (1, 3, 3, 'Tổ xã Hòa Vang', 9, ''), "
                               "(1, 5, 4, 'Tổ TDP 1', 6, ''), (1, 6, 4, 'Tổ thôn La Bông', NULL, '')"));
        exec(c, QStringLiteral("INSERT INTO event (campaign_id, kind, title, organiser_text, in_person_attendance, report_group) VALUES "
                               "(1, 'contest', 'Hội thi A', 'Phường Hải Châu', 50, 'g'), (1, 'seminar', 'Tọa đàm B', 'Xã Hòa Vang', 30, 'g')"));
        exec(c, QStringLiteral("INSERT INTO letterhead (id, parent_body, issuing_body, issuing_body_name, issuing_abbreviation, place_name) VALUES "
                               "(1, 'UBND THÀNH PHỐ ĐÀ NẴNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ', 'SKHCN', 'Đà Nẵng')"));
        exec(c, QStringLiteral("INSERT INTO report (campaign_id, letterhead_id, number, symbol, issue_date, subject, distribution, signing_authority, authority_title, signer_position, signer_name) VALUES "
                               "(1, 1, 7, 'BC-SKHCN', '2025-10-20', 'Về kết quả', 'Lưu: VT', '', '', 'GIÁM ĐỐC', 'Nguyễn Văn A')"));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(c, 1, &doc, &error), qPrintable(error));
        const QString text = doc.plainText();
        // Scope and exclusion: 2/2 communes (the special zone left out), 2/2 villages; the city
        // without a team of its own is neither "0/1 Tổ cấp thành phố" nor a gap.
        QVERIFY2(text.contains(QStringLiteral("Đã thành lập 4 Tổ Công nghệ số cộng đồng đạt 100% các cấp trên địa bàn thành phố")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("0/1")));
        QVERIFY(!text.contains(QStringLiteral("cấp tỉnh")));
        QVERIFY(text.contains(QStringLiteral("2/2 Tổ cấp xã với hơn 24 thành viên")));
        QVERIFY(text.contains(QStringLiteral("(Không tính đặc khu Hoàng Sa: không có dân cư.)")));
        // Unknown is not zero: the village total says it covers 1 of 2 teams.
        QVERIFY(text.contains(QStringLiteral("2/2 Tổ cấp thôn, bản, tổ dân phố với 6 thành viên (số liệu của 1/2 Tổ đã báo cáo)")));
        QVERIFY(text.contains(QStringLiteral("với sự tham gia của hơn 30 thành viên (số liệu của 3/4 Tổ đã báo cáo)")));
        QVERIFY(text.contains(QStringLiteral("Các đơn vị trên địa bàn thành phố đã tổ chức")));
        QVERIFY(!text.contains(QStringLiteral("tỉnh")));
        QVERIFY(!text.contains(QStringLiteral("cấp huyện")));
        // No communication: the clause is left out, the other one becomes 1.
        QCOMPARE(headings(doc, DocumentBlock::Kind::ClauseHeading), (QStringList{QStringLiteral("1. Các hoạt động khác")}));
        QCOMPARE(headings(doc, DocumentBlock::Kind::SectionHeading),
                 (QStringList{QStringLiteral("I. Một số hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia")}));
    }

    void levelWhereNoTeamReportedSaysSo()
    {
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '99', 'Tỉnh Thử', 'Tỉnh', 1)"));
        exec(c, QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                               "(2, '901', 'Huyện Dung', 'Huyện', 2, 1), (3, '90001', 'Xã An', 'Xã', 3, 2)"));
        exec(c, QStringLiteral("INSERT INTO campaign (id, name, year, province_id, team_levels, guidance_reference) VALUES "
                               "(1, 'Ngày Chuyển đổi số quốc gia năm 2024', 2024, 1, '2,3', 'Hướng dẫn số 1/HD-STTTT')"));
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) VALUES "
                               "(1, 2, 2, 'Tổ huyện Dung', 7), (1, 3, 3, 'Tổ xã An', NULL)"));
        exec(c, QStringLiteral("INSERT INTO letterhead (id, parent_body, issuing_body, issuing_body_name, issuing_abbreviation, place_name) VALUES "
                               "(1, 'UBND TỈNH THỬ', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Sở Thông tin và Truyền thông', 'STTTT', 'Thử')"));
        exec(c, QStringLiteral("INSERT INTO report (campaign_id, letterhead_id, symbol, subject, distribution, signer_position, signer_name, appendix_teams) VALUES "
                               "(1, 1, 'BC-STTTT', 'Về kết quả', 'Lưu: VT', 'GIÁM ĐỐC', 'Nguyễn Văn A', 1)"));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(c, 1, &doc, &error), qPrintable(error));
        const QString text = doc.plainText();
        QVERIFY2(text.contains(QStringLiteral("1/1 Tổ cấp xã chưa báo cáo số thành viên")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1/1 Tổ cấp huyện với 7 thành viên")));
        QVERIFY(!text.contains(QStringLiteral("0 thành viên")));
        // The province level is outside the scope '2,3': no "0/1 Tổ cấp tỉnh", full coverage.
        QVERIFY(!text.contains(QStringLiteral("0/1")));
        QVERIFY(text.contains(QStringLiteral("đạt 100% các cấp trên địa bàn tỉnh, với sự tham gia của 7 thành viên (số liệu của 1/2 Tổ đã báo cáo)")));
        QCOMPARE(headings(doc, DocumentBlock::Kind::ClauseHeading),
                 (QStringList{QStringLiteral("1. Công tác truyền thông"), QStringLiteral("2. Các hoạt động khác")}));
        // The appendix names the levels that have teams and does not print the unknown as 0.
        QCOMPARE(doc.appendices.size(), 1);
        QCOMPARE(doc.appendices[0].title, QStringLiteral("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CẤP HUYỆN, XÃ"));
        QCOMPARE(doc.appendices[0].rows.size(), 2);
        QCOMPARE(doc.appendices[0].rows[1].last(), QStringLiteral("Chưa báo cáo"));
    }

    void campaignWithoutReportRecordIsAnError()
    {
        auto db = test::openMemoryDatabase();
        QVERIFY(db);
        exec(db->connection(), QStringLiteral("INSERT INTO campaign (id, name, year) VALUES (1, 'Trống', 2024)"));
        OfficialDocument doc;
        QString error;
        QVERIFY(!buildReportDocument(db->connection(), 1, &doc, &error));
        QVERIFY(error.contains(QStringLiteral("Trống")));
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
