#include "TestDatabase.h"

#include "import/Importer.h"
#include "records/ChangeLog.h"
#include "report/ReportBuilder.h"
#include "statistics/CampaignStatistics.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cds;
using namespace cds::import;
using cds::test::scalar;

// Trainings, events and recommendations imported into the demo campaign
// (Quảng Ngãi 2022): each counted by the statistics and printed in the
// report afterwards; a bad row imports nothing; a corrected file sent
// again changes what it names, in one change group that undo takes back.
class ImportRecordsTest : public QObject
{
    Q_OBJECT

private slots:
    void importsTrainingsIntoTheReport();
    void refusesBadTrainingRowsNamingLineAndColumn();
    void correctedTrainingsFileUpdatesWhatItNames();
    void importsEventsWithConnectedSites();
    void refusesBadEventRows();
    void importsRecommendationsIntoTheReport();

private:
    static QStringList rows(const QSqlDatabase &db, const QString &sql);
    static CampaignStatistics statistics(const QSqlDatabase &db, int campaign);
    static QString reportText(const QSqlDatabase &db, int campaign);
    static ImportResult import(const QSqlDatabase &db, ImportKind kind, const QString &csv);
};

QStringList ImportRecordsTest::rows(const QSqlDatabase &db, const QString &sql)
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return { QStringLiteral("query failed: ") + sql };
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        result << cells.join(u'|');
    }
    return result;
}

CampaignStatistics ImportRecordsTest::statistics(const QSqlDatabase &db, int campaign)
{
    CampaignStatistics stats;
    QString error;
    if (!computeCampaignStatistics(db, campaign, &stats, &error))
        qWarning("statistics: %s", qPrintable(error));
    return stats;
}

QString ImportRecordsTest::reportText(const QSqlDatabase &db, int campaign)
{
    OfficialDocument doc;
    QString error;
    if (!buildReportDocument(db, campaign, &doc, &error))
        return QStringLiteral("report failed: ") + error;
    return doc.plainText();
}

ImportResult ImportRecordsTest::import(const QSqlDatabase &db, ImportKind kind, const QString &csv)
{
    ImportOptions options;
    options.kind = kind;
    options.sourceName = QStringLiteral("test.csv");
    return importData(db, csv.toUtf8(), options);
}

namespace {

const QString trainingHeader = QStringLiteral(
        "Tên lớp tập huấn;Ngày bắt đầu;Hình thức;Đơn vị tổ chức;Đơn vị phối hợp;Số người tham gia;"
        "Thành phần tham gia;Câu trong báo cáo\n");

} // namespace

void ImportRecordsTest::importsTrainingsIntoTheReport()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    const int sessionsBefore = statistics(c, campaign).trainingSessions;
    QCOMPARE(kindFromName(QStringLiteral("trainings")), ImportKind::Trainings);

    const ImportResult result = import(
            c, ImportKind::Trainings,
            trainingHeader
                    + QStringLiteral(
                            "Tập huấn kỹ năng số cho Tổ CNSCĐ huyện Bình Sơn;15/10/2022;Trực tiếp;STTTT;"
                            "\"Viettel Quảng Ngãi; Tỉnh đoàn Quảng Ngãi\";hơn 200;thành viên Tổ CNSCĐ;"
                            "Tập huấn kỹ năng số tại huyện Bình Sơn cho {participants} thành viên.\n"
                            "Tập huấn thanh toán không dùng tiền mặt;20/10/2022;truc tuyen;"
                            "Sở Thông tin và Truyền thông;;45;;\n"));
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("2 new, 0 changed, 0 unchanged"));
    QCOMPARE(importSummary(ImportKind::Trainings, result.rowCount, QStringLiteral("test.csv")),
             QStringLiteral("Imported 2 training sessions from test.csv"));
    QCOMPARE(rows(c, QStringLiteral("SELECT s.start_date, s.mode, o.abbreviation, s.participants_qualifier, "
                                    "s.participants_declared FROM training_session s "
                                    "JOIN organisation o ON o.id = s.organiser_id "
                                    "WHERE s.title LIKE 'Tập huấn%' ORDER BY s.start_date")),
             (QStringList{ QStringLiteral("2022-10-15|in_person|STTTT|hon|200"),
                           QStringLiteral("2022-10-20|online|STTTT||45") }));
    QCOMPARE(rows(c, QStringLiteral("SELECT o.name FROM training_partner p JOIN organisation o ON "
                                    "o.id = p.organisation_id JOIN training_session s ON s.id = p.training_id "
                                    "WHERE s.start_date = '2022-10-15' ORDER BY o.name")),
             (QStringList{ QStringLiteral("Tỉnh đoàn Quảng Ngãi"), QStringLiteral("Viettel Quảng Ngãi") }));

    // What the user checks: the statistics count them and the report prints them.
    QCOMPARE(statistics(c, campaign).trainingSessions, sessionsBefore + 2);
    const QString text = reportText(c, campaign);
    QVERIFY2(text.contains(QStringLiteral("Tập huấn kỹ năng số tại huyện Bình Sơn cho hơn 200 thành viên.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Tổ chức Tập huấn thanh toán không dùng tiền mặt theo hình thức trực tuyến")),
             qPrintable(text));

    // The same file again changes nothing.
    const ImportResult again = import(c, ImportKind::Trainings,
                                      trainingHeader
                                              + QStringLiteral("tap huan thanh toan khong dung tien mat;"
                                                               "20/10/2022;Trực tuyến;STTTT;;45;;\n"));
    QVERIFY2(again.imported, qPrintable(again.problemText()));
    QCOMPARE(importCounts(again), QStringLiteral("0 new, 1 changed, 0 unchanged")); // the title's spelling
}

void ImportRecordsTest::refusesBadTrainingRowsNamingLineAndColumn()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    const QString countsBefore = scalar(c, QStringLiteral("SELECT (SELECT count(*) FROM training_session) || '/' || "
                                                          "(SELECT count(*) FROM training_partner)"))
                                         .toString();
    const ImportResult result = import(
            c, ImportKind::Trainings,
            trainingHeader
                    + QStringLiteral("Lớp A;15/10/2022;Trực tiếp;STTTT;;30;;\n"
                                     "Lớp B;31/02/2022;Trực tiếp;STTTT;;30;;\n"
                                     "Lớp C;16/10/2022;Trực tiếp;Sở Không Có;;-5;;\n"
                                     "Lớp D;17/10/2022;Trực tiếp;STTTT;\"Viettel Quảng Ngãi; Công ty Vắng Mặt\";30;;\n"
                                     "Lớp E;17/10/2021;Tận nơi;STTTT;;30;;\n"));
    QVERIFY(!result.imported);
    QStringList where;
    for (const ImportProblem &problem : result.problems)
        where << QStringLiteral("%1:%2").arg(problem.line).arg(problem.column);
    // Line 3 the date, line 4 the organiser and the count, line 5 the
    // partner, line 6 the year and the mode.
    QCOMPARE(where, (QStringList{ QStringLiteral("3:2"), QStringLiteral("4:4"), QStringLiteral("4:6"),
                                  QStringLiteral("5:5"), QStringLiteral("6:2"), QStringLiteral("6:3") }));
    QVERIFY2(result.problemText().contains(QStringLiteral("Line 4, column 4 (Đơn vị tổ chức): No organisation is named "
                                                          "“Sở Không Có”")),
             qPrintable(result.problemText()));
    QVERIFY2(result.problemText().contains(QStringLiteral("“Công ty Vắng Mặt”")), qPrintable(result.problemText()));
    QCOMPARE(scalar(c, QStringLiteral("SELECT (SELECT count(*) FROM training_session) || '/' || "
                                      "(SELECT count(*) FROM training_partner)"))
                     .toString(),
             countsBefore);
}

void ImportRecordsTest::correctedTrainingsFileUpdatesWhatItNames()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    const QString first = trainingHeader
            + QStringLiteral("Lớp kỹ năng số;15/10/2022;Trực tiếp;STTTT;Viettel Quảng Ngãi;hơn 200;;\n"
                             "Lớp an toàn thông tin;16/10/2022;Trực tiếp;STTTT;;40;;\n");
    ImportResult result = import(c, ImportKind::Trainings, first);
    QVERIFY2(result.imported, qPrintable(result.problemText()));

    const QString corrected = trainingHeader
            + QStringLiteral("Lớp kỹ năng số;15/10/2022;Trực tiếp;STTTT;Tỉnh đoàn Quảng Ngãi;250;;\n"
                             "Lớp an toàn thông tin;16/10/2022;Trực tiếp;STTTT;;40;;\n"
                             "Lớp mới;17/10/2022;Trực tiếp;STTTT;;12;;\n");
    result = import(c, ImportKind::Trainings, corrected);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("1 new, 1 changed, 1 unchanged"));
    QCOMPARE(result.changes,
             QStringList(QStringLiteral("Lớp kỹ năng số: declared participants hơn 200 → 250; "
                                        "partners “Viettel Quảng Ngãi” → “Tỉnh đoàn Quảng Ngãi”")));
    const QString kept = QStringLiteral(
            "SELECT s.participants_qualifier || s.participants_declared || ' ' || "
            "coalesce((SELECT group_concat(o.name) FROM training_partner p JOIN organisation o ON o.id = "
            "p.organisation_id WHERE p.training_id = s.id), '') FROM training_session s WHERE s.title = 'Lớp kỹ năng số'");
    QCOMPARE(scalar(c, kept).toString(), QStringLiteral("250 Tỉnh đoàn Quảng Ngãi"));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM training_session WHERE title LIKE 'Lớp%'")).toInt(), 3);

    // One change group: undo takes the whole corrected file back.
    QString error;
    QVERIFY2(changelog::revertGroup(c, result.changeGroupId, QStringLiteral("Undo"), &error) > 0,
             qPrintable(error));
    QCOMPARE(scalar(c, kept).toString(), QStringLiteral("hon200 Viettel Quảng Ngãi"));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM training_session WHERE title LIKE 'Lớp%'")).toInt(), 2);
}

void ImportRecordsTest::importsEventsWithConnectedSites()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    const CampaignStatistics before = statistics(c, campaign);
    QCOMPARE(kindFromName(QStringLiteral("events")), ImportKind::Events);
    // English headers, in another order.
    const QString header = QStringLiteral(
            "Title,Kind,Date,Time of day,Organiser,Mode,In-person attendance,Connected sites,Report sentence\n");
    ImportResult result = import(
            c, ImportKind::Events,
            header
                    + QStringLiteral("Hội thi Tìm hiểu chuyển đổi số,Hội thi,25/10/2022,Sáng,Tỉnh đoàn Quảng Ngãi,"
                                     "Trực tiếp kết hợp trực tuyến,khoảng 300,\"Huyện: 13; Xã: 173\","
                                     "Tổ chức Hội thi Tìm hiểu chuyển đổi số với {in_person} thí sinh.\n"));
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("1 new, 0 changed, 0 unchanged"));
    QCOMPARE(rows(c, QStringLiteral("SELECT e.kind, e.event_date, e.time_of_day, e.mode, e.in_person_qualifier, "
                                    "e.in_person_attendance, o.name FROM event e JOIN organisation o ON o.id = "
                                    "e.organiser_id WHERE e.title = 'Hội thi Tìm hiểu chuyển đổi số'")),
             QStringList(QStringLiteral("contest|2022-10-25|morning|hybrid|khoang|300|Tỉnh đoàn Quảng Ngãi")));
    const QString sites = QStringLiteral(
            "SELECT group_concat(level || ':' || site_count, ' ') FROM (SELECT s.level, s.site_count FROM "
            "event_connected_sites s JOIN event e ON e.id = s.event_id WHERE e.title = 'Hội thi Tìm hiểu chuyển đổi "
            "số' ORDER BY s.level)");
    QCOMPARE(scalar(c, sites).toString(), QStringLiteral("2:13 3:173"));
    const CampaignStatistics after = statistics(c, campaign);
    QCOMPARE(after.events, before.events + 1);
    QCOMPARE(after.eventAudience.inPerson.value, before.eventAudience.inPerson.value + 300);
    const QString text = reportText(c, campaign);
    QVERIFY2(text.contains(QStringLiteral("Tổ chức Hội thi Tìm hiểu chuyển đổi số với khoảng 300 thí sinh.")),
             qPrintable(text));

    // Corrected: more communes connected, in the afternoon.
    result = import(c, ImportKind::Events,
                    header
                            + QStringLiteral("Hội thi Tìm hiểu chuyển đổi số,Hội thi,25/10/2022,Chiều,"
                                             "Tỉnh đoàn Quảng Ngãi,Trực tiếp kết hợp trực tuyến,khoảng 300,"
                                             "\"Huyện: 13; Xã: 180\","
                                             "Tổ chức Hội thi Tìm hiểu chuyển đổi số với {in_person} thí sinh.\n"));
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("0 new, 1 changed, 0 unchanged"));
    QCOMPARE(result.changes,
             QStringList(QStringLiteral("Hội thi Tìm hiểu chuyển đổi số: time of day “Sáng” → “Chiều”; "
                                        "connected sites “Huyện: 13; Xã: 173” → “Huyện: 13; Xã: 180”")));
    QCOMPARE(scalar(c, sites).toString(), QStringLiteral("2:13 3:180"));
    QString error;
    QVERIFY2(changelog::revertGroup(c, result.changeGroupId, QStringLiteral("Undo"), &error) > 0,
             qPrintable(error));
    QCOMPARE(scalar(c, sites).toString(), QStringLiteral("2:13 3:173"));
}

void ImportRecordsTest::refusesBadEventRows()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    const QVariant before = scalar(c, QStringLiteral("SELECT count(*) FROM event"));
    const ImportResult result = import(
            c, ImportKind::Events,
            QStringLiteral("Tên sự kiện;Loại sự kiện;Ngày tổ chức;Điểm cầu;Dự trực tiếp\n"
                           "Hội nghị A;Hội nghị;44859;Huyện 13;50\n"
                           "Hội nghị B;Lễ hội;26/10/2022;;1,5\n"));
    QVERIFY(!result.imported);
    QStringList where;
    for (const ImportProblem &problem : result.problems)
        where << QStringLiteral("%1:%2").arg(problem.line).arg(problem.column);
    // A serial date in a CSV file is not a date; sites without a level; an
    // unknown kind; a decimal count.
    QCOMPARE(where, (QStringList{ QStringLiteral("2:3"), QStringLiteral("2:4"), QStringLiteral("3:2"),
                                  QStringLiteral("3:5") }));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), before);
}

void ImportRecordsTest::importsRecommendationsIntoTheReport()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    QCOMPARE(kindFromName(QStringLiteral("recommendations")), ImportKind::Recommendations);
    const QString file = QStringLiteral("Nội dung kiến nghị;Thứ tự\n"
                                        "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ thiết bị cho Tổ CNSCĐ.;10\n"
                                        "Đề nghị UBND tỉnh bố trí kinh phí duy trì Tổ CNSCĐ.;11\n");
    ImportResult result = import(c, ImportKind::Recommendations, file);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("2 new, 0 changed, 0 unchanged"));
    QString text = reportText(c, campaign);
    QVERIFY2(text.contains(QStringLiteral("Đề nghị Bộ Thông tin và Truyền thông hỗ trợ thiết bị cho Tổ CNSCĐ.")),
             qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Đề nghị Bộ Thông tin")) < text.indexOf(QStringLiteral("Đề nghị UBND tỉnh bố trí")));

    // Sent again with the order swapped: two changes, the report follows.
    result = import(c, ImportKind::Recommendations,
                    QStringLiteral("Kiến nghị;Thứ tự\n"
                                   "Đề nghị Bộ Thông tin và Truyền thông hỗ trợ thiết bị cho Tổ CNSCĐ.;12\n"
                                   "Đề nghị UBND tỉnh bố trí kinh phí duy trì Tổ CNSCĐ.;11\n"));
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("0 new, 1 changed, 1 unchanged"));
    QCOMPARE(result.changes.size(), 1);
    QVERIFY2(result.changes.first().endsWith(QStringLiteral("order “10” → “12”")), qPrintable(result.changes.first()));
    text = reportText(c, campaign);
    QVERIFY(text.indexOf(QStringLiteral("Đề nghị Bộ Thông tin")) > text.indexOf(QStringLiteral("Đề nghị UBND tỉnh bố trí")));

    // A row without its text: nothing imported.
    const QVariant before = scalar(c, QStringLiteral("SELECT count(*) FROM recommendation"));
    result = import(c, ImportKind::Recommendations, QStringLiteral("Kiến nghị;Thứ tự\nMột đề nghị.;1\n;2\n"));
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().column, 1);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM recommendation")), before);
}

QTEST_GUILESS_MAIN(ImportRecordsTest)
#include "tst_importrecords.moc"
