#include "CliRun.h"
#include "TestDatabase.h"

#include "demo/DemoCampaign.h"
#include "import/Importer.h"
#include "intake/IntakeWorkbook.h"
#include "import/XlsxReader.h"
#include "package/ZipPackage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace cds;
using namespace cds::import;

// The Excel import on workbooks written by other programs: one written here
// by libxlsxwriter, one written by LibreOffice (tests/fixtures/import/xlsx),
// read by XlsxReader and imported by the same engine as CSV files.
class XlsxImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cellReferences();
    void serialDates();
    void dateFormats();
    void readsLibxlsxwriterWorkbook();
    void readsInlineStringsAnd1904Dates();
    void importsLibxlsxwriterWorkbook();
    void refusesWrongCellNamingSheetAndCell();
    void importsTrainingsAndEventsWorkbook();
    void importsLibreOfficeWorkbook();
    void refusesDamagedAndOtherFiles();
    void commandLineSheetOption();
    void intakeWorkbookRoundTrip();

private:
    // The workbook of teams and members described in writeWorkbook().
    QString writeWorkbook(const QString &name, bool constantMemory = false);
    static QByteArray readAll(const QString &path);
    static int newCampaign(const QSqlDatabase &db);

    QTemporaryDir m_dir;
};

void XlsxImportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!qEnvironmentVariableIsEmpty("CDS_SOURCE_DIR"));
}

QByteArray XlsxImportTest::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int XlsxImportTest::newCampaign(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi số "
                                   "quốc gia năm 2022 (bổ sung)', 2022)")))
        return 0;
    return query.lastInsertId().toInt();
}

// Sheet "Hướng dẫn": one line. Sheet "Tổ CNSCĐ": a title merged over A1:E1,
// a subtitle in A2, the header in row 3, teams in rows 4, 6 and 7 (row 5
// empty): a rich-text unit name, serial dates with a custom (dd/mm/yyyy),
// a built-in (14) and a "d mmm yyyy" format, 1141 as a number, "1.141" as
// text and 8 as the cached value of =4*2. Sheet "Thành viên": a title, the
// header in row 2, members in rows 3-7 with a wrong phone number in C7.
QString XlsxImportTest::writeWorkbook(const QString &name, bool constantMemory)
{
    const QString path = m_dir.filePath(name);
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!workbook)
        return QString();
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *builtinDate = workbook_add_format(workbook);
    format_set_num_format_index(builtinDate, 14);
    lxw_format *longDate = workbook_add_format(workbook);
    format_set_num_format(longDate, "d mmm yyyy");
    lxw_format *thousands = workbook_add_format(workbook);
    format_set_num_format(thousands, "#,##0");

    lxw_worksheet *help = workbook_add_worksheet(workbook, "Hướng dẫn");
    worksheet_write_string(help, 0, 0, "Điền danh sách ở các trang sau.", nullptr);

    lxw_worksheet *teams = workbook_add_worksheet(workbook, "Tổ CNSCĐ");
    if (!constantMemory) // constant memory writes rows in order: no merge over row 1 after it
        worksheet_merge_range(teams, 0, 0, 0, 4, "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", bold);
    else
        worksheet_write_string(teams, 0, 0, "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", bold);
    worksheet_write_string(teams, 1, 0, "(Kèm theo Kế hoạch số 12/KH-UBND)", nullptr);
    const char *headers[] = { "Đơn vị hành chính", "Huyện", "Ngày thành lập", "Số thành viên",
                              "Quyết định thành lập" };
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(teams, 2, lxw_col_t(c), headers[c], bold);
    lxw_rich_string_tuple plain = { nullptr, const_cast<char *>("Xã ") };
    lxw_rich_string_tuple strong = { bold, const_cast<char *>("Bình Hải") };
    lxw_rich_string_tuple *rich[] = { &plain, &strong, nullptr };
    worksheet_write_rich_string(teams, 3, 0, rich, nullptr);
    worksheet_write_number(teams, 3, 2, 44841, date); // 07/10/2022
    worksheet_write_number(teams, 3, 3, 1141, thousands);
    worksheet_write_string(teams, 3, 4, "Quyết định số 12/QĐ-UBND", nullptr);
    worksheet_write_string(teams, 5, 0, "Phường Nguyễn Nghiêm", nullptr);
    worksheet_write_string(teams, 5, 1, "Đức Phổ", nullptr);
    worksheet_write_number(teams, 5, 2, 44805, builtinDate); // 01/09/2022
    worksheet_write_string(teams, 5, 3, "1.141", nullptr);
    worksheet_write_string(teams, 6, 0, "Xã Bình Châu", nullptr);
    worksheet_write_number(teams, 6, 2, 44835, longDate); // 01/10/2022
    worksheet_write_formula_num(teams, 6, 3, "=4*2", nullptr, 8);

    lxw_worksheet *members = workbook_add_worksheet(workbook, "Thành viên");
    if (!constantMemory)
        worksheet_merge_range(members, 0, 0, 0, 3, "DANH SÁCH THÀNH VIÊN", bold);
    const char *memberHeaders[] = { "Họ và tên", "Đơn vị", "Điện thoại", "Năm sinh" };
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(members, 1, lxw_col_t(c), memberHeaders[c], bold);
    const char *people[][3] = { { "Nguyễn Văn An", "Xã Bình Hải", "0905123456" },
                                { "Trần Thị Bình", "Xã Bình Hải", "" },
                                { "Lê Văn Cường", "Xã Bình Châu", "0912345678" },
                                { "Phạm Thị Dung", "Xã Bình Châu", "" },
                                { "Võ Văn Em", "Xã Bình Châu", "12345" } };
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 3; ++c) {
            if (*people[r][c])
                worksheet_write_string(members, lxw_row_t(r + 2), lxw_col_t(c), people[r][c],
                                       nullptr);
        }
        worksheet_write_number(members, lxw_row_t(r + 2), 3, 1980 + r, nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
}

void XlsxImportTest::cellReferences()
{
    QCOMPARE(cellReference(7, 3), QStringLiteral("C7"));
    QCOMPARE(cellReference(10, 27), QStringLiteral("AA10"));
    QCOMPARE(columnName(26), QStringLiteral("Z"));
    QCOMPARE(columnName(702), QStringLiteral("ZZ"));
    QCOMPARE(columnName(703), QStringLiteral("AAA"));
    int row = 0, column = 0;
    QVERIFY(parseCellReference(u"AA10", &row, &column));
    QCOMPARE(row, 10);
    QCOMPARE(column, 27);
    QVERIFY(parseCellReference(u"$XFD$1048576", &row, &column));
    QCOMPARE(column, 16384);
    QVERIFY(!parseCellReference(u"10", &row, &column));
    QVERIFY(!parseCellReference(u"A0", &row, &column));
    QVERIFY(!parseCellReference(u"A1B", &row, &column));
}

void XlsxImportTest::serialDates()
{
    // The 1900 system with Lotus' leap-year bug: 59 and 61 are the days around
    // the 29/02/1900 (60) that never was.
    QCOMPARE(dateFromSerial(1, false), QDate(1900, 1, 1));
    QCOMPARE(dateFromSerial(59, false), QDate(1900, 2, 28));
    QVERIFY(!dateFromSerial(60, false).isValid());
    QCOMPARE(dateFromSerial(61, false), QDate(1900, 3, 1));
    QCOMPARE(dateFromSerial(44841, false), QDate(2022, 10, 7));
    QCOMPARE(dateFromSerial(45000.75, false), QDate(2023, 3, 15)); // the time is left out
    QVERIFY(!dateFromSerial(0, false).isValid());
    // The 1904 system counts from 01/01/1904: 1462 days less.
    QCOMPARE(dateFromSerial(0, true), QDate(1904, 1, 1));
    QCOMPARE(dateFromSerial(44841 - 1462, true), QDate(2022, 10, 7));
}

void XlsxImportTest::dateFormats()
{
    for (int id = 14; id <= 22; ++id)
        QVERIFY2(isDateFormat(id, QString()), qPrintable(QString::number(id)));
    QVERIFY(!isDateFormat(0, QString()));
    QVERIFY(!isDateFormat(3, QString()));
    QVERIFY(isDateFormat(164, QStringLiteral("dd/mm/yyyy")));
    QVERIFY(isDateFormat(165, QStringLiteral("[$-42A]d mmmm yyyy")));
    QVERIFY(isDateFormat(166, QStringLiteral("mmm-yy")));
    QVERIFY(!isDateFormat(164, QStringLiteral("General")));
    QVERIFY(!isDateFormat(164, QStringLiteral("#,##0")));
    QVERIFY(!isDateFormat(164, QStringLiteral("h:mm:ss")));
    QVERIFY(!isDateFormat(164, QStringLiteral("[Red]0.00")));
    QVERIFY(!isDateFormat(164, QStringLiteral("#,##0 \"đ\";-#,##0 \"đ\"")));
}

void XlsxImportTest::readsLibxlsxwriterWorkbook()
{
    const QString path = writeWorkbook(QStringLiteral("read.xlsx"));
    QVERIFY(!path.isEmpty());
    QString why;
    const XlsxWorkbook workbook = readXlsx(readAll(path), &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(workbook.sheetNames(),
             QStringList({ QStringLiteral("Hướng dẫn"), QStringLiteral("Tổ CNSCĐ"),
                           QStringLiteral("Thành viên") }));
    QCOMPARE(workbook.sheetIndex(QStringLiteral("tổ cnscđ")), 1);
    QVERIFY(!workbook.date1904);
    const QList<CsvRecord> records = sheetRecords(workbook.sheets.at(1));
    // Row 5 is empty; the merged title keeps only A1.
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[0].line, 1);
    QCOMPARE(records[0].fields,
             QStringList({ QStringLiteral("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG") }));
    QCOMPARE(records[2].line, 3);
    QCOMPARE(records[3].fields,
             QStringList({ QStringLiteral("Xã Bình Hải"), QString(), QStringLiteral("07/10/2022"),
                           QStringLiteral("1141"), QStringLiteral("Quyết định số 12/QĐ-UBND") }));
    QCOMPARE(records[4].line, 6);
    QCOMPARE(records[4].fields.at(2), QStringLiteral("01/09/2022"));
    QCOMPARE(records[4].fields.at(3), QStringLiteral("1.141"));
    QCOMPARE(records[5].line, 7);
    QCOMPARE(records[5].fields.at(2), QStringLiteral("01/10/2022"));
    QCOMPARE(records[5].fields.at(3), QStringLiteral("8"));
    const XlsxRow &row = workbook.sheets.at(1).rows.at(3);
    QCOMPARE(row.cells.at(1).type, XlsxCell::Type::Date);
    QCOMPARE(row.cells.at(1).number, 44841.0);
    QCOMPARE(row.cells.at(2).type, XlsxCell::Type::Number);
    QCOMPARE(workbook.sheets.at(1).mergedRanges, QStringList({ QStringLiteral("A1:E1") }));
}

void XlsxImportTest::readsInlineStringsAnd1904Dates()
{
    // libxlsxwriter's constant-memory mode writes inline strings, no shared ones.
    const QString path = writeWorkbook(QStringLiteral("inline.xlsx"), true);
    QVERIFY(!path.isEmpty());
    QString why;
    QList<ZipEntry> entries = readZip(readAll(path), &why);
    QVERIFY2(!entries.isEmpty(), qPrintable(why));
    bool inlineStrings = false;
    for (ZipEntry &entry : entries) {
        if (entry.name == "xl/worksheets/sheet2.xml")
            inlineStrings = entry.data.contains("t=\"inlineStr\"");
        // The same serials in the 1904 date system: 1462 days later.
        if (entry.name == "xl/workbook.xml") {
            QVERIFY(entry.data.contains("<workbookPr"));
            entry.data.replace("<workbookPr", "<workbookPr date1904=\"1\"");
        }
    }
    QVERIFY(inlineStrings);
    const QByteArray edited = writeZip(entries, &why);
    QVERIFY2(!edited.isEmpty(), qPrintable(why));
    const XlsxWorkbook workbook = readXlsx(edited, &why);
    QVERIFY2(!workbook.sheets.isEmpty(), qPrintable(why));
    QVERIFY(workbook.date1904);
    const QList<CsvRecord> records = sheetRecords(workbook.sheets.at(1));
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[3].fields.at(0), QStringLiteral("Xã Bình Hải"));
    QCOMPARE(records[3].fields.at(2), QDate(2022, 10, 7).addDays(1462).toString(QStringLiteral("dd/MM/yyyy")));
}

void XlsxImportTest::importsLibxlsxwriterWorkbook()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const int added = newCampaign(db->connection());
    QVERIFY(added > 0);
    const QString path = writeWorkbook(QStringLiteral("teams.xlsx"));
    QVERIFY(!path.isEmpty());

    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = added;
    options.sheet = QStringLiteral("Tổ CNSCĐ");
    const ImportResult result = importFile(db->connection(), path, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.rowCount, 3);
    QCOMPARE(result.sheet, QStringLiteral("Tổ CNSCĐ"));
    QCOMPARE(result.headerLine, 3);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT u.name, t.established_date, t.declared_member_count, "
                                      "coalesce(t.decision_reference, '') FROM team t "
                                      "JOIN admin_unit u ON u.id = t.unit_id "
                                      "WHERE t.campaign_id = %1 ORDER BY t.id")
                               .arg(added)));
    QStringList rows;
    while (query.next())
        rows << QStringList({ query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString() })
                        .join(QStringLiteral(" | "));
    QCOMPARE(rows,
             QStringList({ QStringLiteral("Xã Bình Hải | 2022-10-07 | 1141 | Quyết định số "
                                          "12/QĐ-UBND"),
                           QStringLiteral("Phường Nguyễn Nghiêm | 2022-09-01 | 1141 | "),
                           QStringLiteral("Xã Bình Châu | 2022-10-01 | 8 | ") }));
}

void XlsxImportTest::refusesWrongCellNamingSheetAndCell()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const int added = newCampaign(db->connection());
    const QString path = writeWorkbook(QStringLiteral("members.xlsx"));
    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = added;
    options.sheet = QStringLiteral("Tổ CNSCĐ");
    QVERIFY(importFile(db->connection(), path, options).imported);

    const QVariant before = test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM member"));
    options.kind = ImportKind::Members;
    options.sheet = QStringLiteral("thành viên");
    const ImportResult result = importFile(db->connection(), path, options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().sheet, QStringLiteral("Thành viên"));
    QCOMPARE(result.problems.first().cell, QStringLiteral("C7"));
    QCOMPARE(result.problemText(),
             QStringLiteral("Sheet Thành viên, cell C7: “12345” is not a Vietnamese phone number "
                            "(10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 "
                            "digits starting 02)."));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM member")), before);

    // A sheet that is not there names the ones that are.
    options.sheet = QStringLiteral("Thôn");
    QCOMPARE(importFile(db->connection(), path, options).problemText(),
             QStringLiteral("The workbook has no sheet named “Thôn”; its sheets are Hướng dẫn, "
                            "Tổ CNSCĐ, Thành viên."));
    // The first sheet holds no header of members: the missing column is named with its row.
    options.sheet.clear();
    QCOMPARE(importFile(db->connection(), path, options).problemText(),
             QStringLiteral("Sheet Hướng dẫn, row 1: The required column “Họ và tên” (Full name) "
                            "is missing.\nSheet Hướng dẫn, row 1: The required column “Đơn vị” "
                            "(Team unit) is missing."));
}

// Trainings and events as a province keeps them in Excel: serial dates, a
// count as a number, an unknown organiser named by sheet and cell.
void XlsxImportTest::importsTrainingsAndEventsWorkbook()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    const auto write = [this](const QString &name, const char *secondOrganiser) {
        const QString path = m_dir.filePath(name);
        lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
        lxw_format *date = workbook_add_format(workbook);
        format_set_num_format(date, "dd/mm/yyyy");
        lxw_worksheet *trainings = workbook_add_worksheet(workbook, "Lớp tập huấn");
        worksheet_write_string(trainings, 0, 0, "DANH SÁCH LỚP TẬP HUẤN", nullptr);
        const char *headers[] = { "Tên lớp tập huấn", "Ngày bắt đầu", "Đơn vị tổ chức", "Số người tham gia",
                                  "Đơn vị phối hợp" };
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(trainings, 1, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(trainings, 2, 0, "Lớp kỹ năng số cơ bản", nullptr);
        worksheet_write_number(trainings, 2, 1, 44849, date); // 15/10/2022
        worksheet_write_string(trainings, 2, 2, "STTTT", nullptr);
        worksheet_write_number(trainings, 2, 3, 120, nullptr);
        worksheet_write_string(trainings, 2, 4, "Viettel Quảng Ngãi; Tỉnh đoàn Quảng Ngãi", nullptr);
        worksheet_write_string(trainings, 3, 0, "Lớp an toàn thông tin", nullptr);
        worksheet_write_number(trainings, 3, 1, 44850, date); // 16/10/2022
        worksheet_write_string(trainings, 3, 2, secondOrganiser, nullptr);
        worksheet_write_number(trainings, 3, 3, 80, nullptr);
        lxw_worksheet *events = workbook_add_worksheet(workbook, "Sự kiện");
        const char *eventHeaders[] = { "Tên sự kiện", "Loại sự kiện", "Ngày tổ chức", "Điểm cầu" };
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(events, 0, lxw_col_t(c), eventHeaders[c], nullptr);
        worksheet_write_string(events, 1, 0, "Tọa đàm Chuyển đổi số nông nghiệp", nullptr);
        worksheet_write_string(events, 1, 1, "Toạ đàm", nullptr);
        worksheet_write_number(events, 1, 2, 44855, date); // 21/10/2022
        worksheet_write_string(events, 1, 3, "Xã: 12", nullptr);
        return workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
    };
    const QString count = QStringLiteral("SELECT count(*) FROM training_session");
    const QVariant before = test::scalar(db->connection(), count);
    ImportOptions options;
    options.kind = ImportKind::Trainings;
    options.sheet = QStringLiteral("Lớp tập huấn");
    ImportResult result = importFile(db->connection(), write(QStringLiteral("bad.xlsx"), "Sở Không Có"), options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problemText(),
             QStringLiteral("Sheet Lớp tập huấn, cell C4: No organisation is named “Sở Không Có”; add it (or "
                            "import the organisations) first."));
    QCOMPARE(test::scalar(db->connection(), count), before);

    const QString good = write(QStringLiteral("good.xlsx"), "Sở Thông tin và Truyền thông");
    result = importFile(db->connection(), good, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(importCounts(result), QStringLiteral("2 new, 0 changed, 0 unchanged"));
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT start_date || ' ' || participants_declared || ' ' || "
                                         "(SELECT count(*) FROM training_partner p WHERE p.training_id = s.id) "
                                         "FROM training_session s WHERE title = 'Lớp kỹ năng số cơ bản'"))
                     .toString(),
             QStringLiteral("2022-10-15 120 2"));

    options.kind = ImportKind::Events;
    options.sheet = QStringLiteral("Sự kiện");
    result = importFile(db->connection(), good, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT e.kind || ' ' || e.event_date || ' ' || s.level || ':' || s.site_count "
                                         "FROM event e JOIN event_connected_sites s ON s.event_id = e.id "
                                         "WHERE e.title = 'Tọa đàm Chuyển đổi số nông nghiệp'"))
                     .toString(),
             QStringLiteral("seminar 2022-10-21 3:12"));
}

void XlsxImportTest::importsLibreOfficeWorkbook()
{
    const QString path = qEnvironmentVariable("CDS_SOURCE_DIR")
            + QStringLiteral("/tests/fixtures/import/xlsx/libreoffice-teams.xlsx");
    QString why;
    const XlsxWorkbook workbook = readXlsx(readAll(path), &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(workbook.sheetNames(),
             QStringList({ QStringLiteral("Hướng dẫn"), QStringLiteral("Tổ CNSCĐ"),
                           QStringLiteral("Sai") }));
    // LibreOffice keeps the hidden text of the covered cell B1: it is not read.
    const QList<CsvRecord> records = sheetRecords(workbook.sheets.at(1));
    QCOMPARE(records.first().fields,
             QStringList({ QStringLiteral("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG NĂM 2023") }));

    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi "
                                      "số quốc gia năm 2023', 2023)")));
    const int added = query.lastInsertId().toInt();
    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = added;
    options.sheet = QStringLiteral("Tổ CNSCĐ");
    const ImportResult result = importFile(db->connection(), path, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.headerLine, 4);
    QVERIFY(query.exec(QStringLiteral("SELECT u.name, t.established_date, t.declared_member_count "
                                      "FROM team t JOIN admin_unit u ON u.id = t.unit_id "
                                      "WHERE t.campaign_id = %1 ORDER BY t.id")
                               .arg(added)));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1 | %2 | %3")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    QCOMPARE(rows, QStringList({ QStringLiteral("Phường Trần Phú | 2023-03-15 | 12"),
                                 QStringLiteral("Phường Quảng Phú | 2023-04-01 | 8"),
                                 QStringLiteral("Phường Nghĩa Chánh | 2023-05-20 | 1141") }));

    // The sheet with a date that is not one: its cell, nothing imported.
    const QVariant teams = test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM team"));
    options.sheet = QStringLiteral("Sai");
    options.campaignId = campaign;
    const ImportResult wrong = importFile(db->connection(), path, options);
    QVERIFY(!wrong.imported);
    QVERIFY2(wrong.problemText().contains(
                     QStringLiteral("Sheet Sai, cell B3: “31/02/2023” is not a date of the "
                                    "calendar")),
             qPrintable(wrong.problemText()));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM team")), teams);
}

void XlsxImportTest::refusesDamagedAndOtherFiles()
{
    auto db = test::openMemoryDatabase();
    QVERIFY(db);
    ImportOptions options;
    options.kind = ImportKind::Units;
    const QByteArray good = readAll(writeWorkbook(QStringLiteral("cut.xlsx")));
    QVERIFY(!good.isEmpty());

    // Cut short: libzip finds no central directory.
    ImportResult result = importData(db->connection(), good.left(good.size() / 2), options);
    QVERIFY(!result.imported);
    QVERIFY2(result.problemText().startsWith(
                     QStringLiteral("The file is not an Excel workbook (.xlsx), or it is damaged")),
             qPrintable(result.problemText()));
    // An .xls (an OLE compound file).
    result = importData(db->connection(),
                        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'),
                        options);
    QVERIFY2(result.problemText().contains(QStringLiteral("Excel 97-2003 workbook (.xls)")),
             qPrintable(result.problemText()));
    // A zip that is no workbook.
    QString why;
    const QByteArray zip = writeZip({ { "readme.txt", "x" } }, &why);
    result = importData(db->connection(), zip, options);
    QVERIFY2(result.problemText().contains(QStringLiteral("not an Excel workbook")),
             qPrintable(result.problemText()));
    // A sheet whose XML is broken.
    QList<ZipEntry> entries = readZip(good, &why);
    for (ZipEntry &entry : entries) {
        if (entry.name == "xl/worksheets/sheet2.xml")
            entry.data.chop(40);
    }
    result = importData(db->connection(), writeZip(entries, &why), options);
    QVERIFY2(result.problemText().startsWith(
                     QStringLiteral("The workbook is damaged: sheet Tổ CNSCĐ cannot be read")),
             qPrintable(result.problemText()));
}

void XlsxImportTest::commandLineSheetOption()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    {
        Database database(QStringLiteral("xlsx-cli-demo"));
        QCOMPARE(database.open(db).error, DatabaseError::None);
        QString error;
        QVERIFY2(createDemoCampaign(database.connection(), &error) > 0, qPrintable(error));
    }
    const QString path = writeWorkbook(QStringLiteral("cli.xlsx"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const auto run = [&](const QStringList &arguments) {
        return test::runCdsDesk(QStringLiteral(CDSDESK_EXECUTABLE),
                                QStringList({ QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                              QStringLiteral("en") })
                                        + arguments,
                                home);
    };
    test::CliResult result = run({ QStringLiteral("--import"), QStringLiteral("members"),
                                   QStringLiteral("--sheet"), QStringLiteral("Thành viên"), path });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("Sheet Thành viên, cell C7: “12345” is not")),
             qPrintable(result.err));
    result = run({ QStringLiteral("--import"), QStringLiteral("members"), QStringLiteral("--sheet"),
                   QStringLiteral("Thôn"), path });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("no sheet named “Thôn”")), qPrintable(result.err));
}

namespace {

// Gives the blank entry cell ref of the sheet part a value (an inline string,
// as a clerk's typing would be saved), as if the workbook had been filled in.
bool fillCell(QList<ZipEntry> &entries, const QByteArray &part, const QString &ref,
              const QString &value)
{
    for (ZipEntry &entry : entries) {
        if (entry.name != part)
            continue;
        const QString xml = QString::fromUtf8(entry.data);
        const QRegularExpression blank(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?/>").arg(ref));
        const auto match = blank.match(xml);
        if (!match.hasMatch())
            return false;
        const QString cell = QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>")
                                     .arg(ref, match.captured(1), value.toHtmlEscaped());
        entry.data = QString(xml).replace(match.capturedStart(), match.capturedLength(), cell).toUtf8();
        return true;
    }
    return false;
}

// The row of the sheet whose column holds text (0: none).
int rowOf(const XlsxWorkbook &workbook, const QString &sheet, int column, const QString &text)
{
    for (const XlsxRow &row : workbook.sheets.at(workbook.sheetIndex(sheet)).rows) {
        for (const XlsxCell &cell : row.cells) {
            if (cell.column == column && cell.text == text)
                return row.row;
        }
    }
    return 0;
}

} // namespace

void XlsxImportTest::intakeWorkbookRoundTrip()
{
    int campaign = 0;
    auto db = test::openDemoDatabase(&campaign);
    QVERIFY(db);
    // Every unit of the demo has its team: Xã Bình Châu's is taken away, so
    // that the workbook has a team to fill in.
    test::exec(db->connection(), QStringLiteral(
            "DELETE FROM team_member WHERE team_id IN (SELECT t.id FROM team t JOIN admin_unit u "
            "ON u.id = t.unit_id WHERE u.name = 'Xã Bình Châu')"));
    test::exec(db->connection(), QStringLiteral(
            "DELETE FROM team WHERE unit_id = (SELECT id FROM admin_unit WHERE name = 'Xã Bình Châu')"));
    const QString folder = m_dir.filePath(QStringLiteral("intake"));
    const intake::IntakeExportResult exported =
            intake::exportIntakeWorkbooks(db->connection(), campaign, folder);
    QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
    // Quảng Ngãi 2022: 13 district-level units (a city, a town, 11 districts), one workbook each.
    QCOMPARE(exported.files.size(), 13);
    const QString path = QDir(folder).filePath(QStringLiteral("nhap-lieu-huyen-binh-son.xlsx"));
    QVERIFY(exported.files.contains(path));

    const auto counts = [&] {
        return QStringList({ test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM admin_unit")).toString(),
                             test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM team")).toString(),
                             test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM team_member")).toString(),
                             test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM change_group")).toString() });
    };
    const QStringList before = counts();

    // As sent: everything is already there.
    intake::IntakeImportResult result = intake::importIntakeWorkbook(db->connection(), path, campaign);
    QVERIFY2(result.imported, qPrintable(result.text()));
    QCOMPARE(result.sheets.size(), 3);
    for (const auto &[kind, sheet] : result.sheets)
        QCOMPARE(sheet.rowCount, 0);
    QVERIFY(result.sheets.at(1).second.unchangedCount > 0); // the teams Bình Sơn has
    QCOMPARE(counts(), before);

    // Filled in: a team for Xã Bình Châu (which has none), a new village, a new member.
    QString why;
    const QByteArray bytes = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const XlsxWorkbook workbook = readXlsx(bytes, &why);
    QCOMPARE(workbook.sheetNames(),
             QStringList({ QStringLiteral("Hướng dẫn"), QStringLiteral("Danh mục"),
                           QStringLiteral("Thôn, tổ dân phố"), QStringLiteral("Tổ Công nghệ số"),
                           QStringLiteral("Thành viên") }));
    const int teamRow = rowOf(workbook, QStringLiteral("Tổ Công nghệ số"), 3, QStringLiteral("Xã Bình Châu"));
    QVERIFY(teamRow > 3);
    int villageRow = 0; // the first entry row: only its district filled in
    for (const XlsxRow &row : workbook.sheets.at(2).rows) {
        if (row.row > 3 && row.cells.first().column > 1) {
            villageRow = row.row;
            break;
        }
    }
    QVERIFY(villageRow > 4);
    const int memberRow = 4 + int(test::scalar(db->connection(),
            QStringLiteral("SELECT count(*) FROM team_member tm JOIN team t ON t.id = tm.team_id "
                           "JOIN admin_unit u ON u.id = t.unit_id LEFT JOIN admin_unit p ON p.id = u.parent_id "
                           "WHERE t.campaign_id = %1 AND tm.left_on IS NULL AND (u.name = 'Huyện Bình Sơn' "
                           "OR p.name = 'Huyện Bình Sơn' OR p.parent_id = (SELECT id FROM admin_unit "
                           "WHERE name = 'Huyện Bình Sơn'))").arg(campaign)).toInt());
    QList<ZipEntry> entries = readZip(bytes, &why);
    const QByteArray villages = "xl/worksheets/sheet3.xml", teams = "xl/worksheets/sheet4.xml",
                     members = "xl/worksheets/sheet5.xml";
    QVERIFY(fillCell(entries, teams, QStringLiteral("F%1").arg(teamRow), QStringLiteral("15/10/2022")));
    QVERIFY(fillCell(entries, teams, QStringLiteral("G%1").arg(teamRow), QStringLiteral("Quyết định số 7/QĐ-UBND")));
    QVERIFY(fillCell(entries, teams, QStringLiteral("H%1").arg(teamRow), QStringLiteral("9")));
    QVERIFY(fillCell(entries, villages, QStringLiteral("A%1").arg(villageRow), QStringLiteral("Thôn Mới Lập")));
    QVERIFY(fillCell(entries, villages, QStringLiteral("C%1").arg(villageRow), QStringLiteral("Xã Bình Châu")));
    QVERIFY(fillCell(entries, members, QStringLiteral("A%1").arg(memberRow), QStringLiteral("Đặng Thị Hoa")));
    QVERIFY(fillCell(entries, members, QStringLiteral("B%1").arg(memberRow), QStringLiteral("Xã Bình Châu")));
    QVERIFY(fillCell(entries, members, QStringLiteral("D%1").arg(memberRow), QStringLiteral("Tổ trưởng")));
    QVERIFY(fillCell(entries, members, QStringLiteral("G%1").arg(memberRow), QStringLiteral("0905111222")));
    const QString filled = m_dir.filePath(QStringLiteral("binh-son-filled.xlsx"));
    {
        QFile file(filled);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeZip(entries, &why));
    }
    result = intake::importIntakeWorkbook(db->connection(), filled, campaign);
    QVERIFY2(result.imported, qPrintable(result.text()));
    QCOMPARE(result.sheets.at(0).second.rowCount, 1);
    QCOMPARE(result.sheets.at(1).second.rowCount, 1);
    QCOMPARE(result.sheets.at(2).second.rowCount, 1);
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT t.established_date || ' ' || t.declared_member_count || ' ' || "
                                         "t.decision_reference FROM team t JOIN admin_unit u ON u.id = t.unit_id "
                                         "WHERE u.name = 'Xã Bình Châu' AND t.campaign_id = %1").arg(campaign))
                     .toString(),
             QStringLiteral("2022-10-15 9 Quyết định số 7/QĐ-UBND"));
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT p.name FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id "
                                         "WHERE u.name = 'Thôn Mới Lập'")).toString(),
             QStringLiteral("Xã Bình Châu"));
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT tm.role || ' ' || m.phone FROM member m JOIN team_member tm "
                                         "ON tm.member_id = m.id WHERE m.full_name = 'Đặng Thị Hoa'")).toString(),
             QStringLiteral("leader 0905111222"));

    // The same workbook again: recognised, nothing refused, nothing doubled.
    const QStringList afterFirst = counts();
    result = intake::importIntakeWorkbook(db->connection(), filled, campaign);
    QVERIFY2(result.imported, qPrintable(result.text()));
    for (const auto &[kind, sheet] : result.sheets)
        QCOMPARE(sheet.rowCount, 0);
    QCOMPARE(counts(), afterFirst);

    // A team whose values changed in the workbook is updated (a corrected
    // workbook sent again), nothing added.
    QVERIFY(fillCell(entries, teams, QStringLiteral("I%1").arg(teamRow), QStringLiteral("đổi")));
    {
        QFile file(filled);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeZip(entries, &why));
    }
    result = intake::importIntakeWorkbook(db->connection(), filled, campaign);
    QVERIFY2(result.imported, qPrintable(result.text()));
    QCOMPARE(result.sheets.at(1).second.changedCount, 1);
    QCOMPARE(result.sheets.at(1).second.newCount, 0);
    QVERIFY2(result.text().contains(QStringLiteral("0 new, 1 changed")), qPrintable(result.text()));
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT t.notes FROM team t JOIN admin_unit u ON u.id = t.unit_id "
                                         "WHERE u.name = 'Xã Bình Châu' AND t.campaign_id = %1").arg(campaign))
                     .toString(),
             QStringLiteral("đổi"));
    // No row added: only the change group of the update (undo takes it back).
    const QStringList afterCorrection = counts();
    QCOMPARE(afterCorrection.mid(0, 3), afterFirst.mid(0, 3));
    QCOMPARE(afterCorrection.at(3).toInt(), afterFirst.at(3).toInt() + 1);
}

QTEST_GUILESS_MAIN(XlsxImportTest)
#include "tst_xlsximport.moc"
