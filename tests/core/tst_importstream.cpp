// The members import at scale (issue #15): rows are written as soon as they
// are checked, inside one transaction, with their search and sort keys; the
// file is read one record at a time. What a clerk relies on still holds: a
// bad row late in the file refuses the whole file (line and column given,
// nothing kept), the imported members are found by the search index, and
// undo takes the whole import back.
#include "TestDatabase.h"

#include "import/CsvReader.h"
#include "import/Importer.h"
#include "import/TextEncoding.h"
#include "records/ChangeLog.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cds;
using namespace cds::import;

class ImportStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void cursorReadsAsParseCsvDoes();
    void fileReaderReadsAsParseCsvDoes();
    void badRowLateInTheFileKeepsNothing();
    void importedMembersAreFoundAndUndoneWhole();
    void fileIsReadInBlocks();
    void bulkWritesRefuseEveryBadRow_data();
    void bulkWritesRefuseEveryBadRow();
    void bulkWritesEqualRowByRow();

private:
    // A demo database with a campaign of 2023 with teams in Xã Bình Hải and Xã Phổ An.
    std::unique_ptr<Database> databaseWithTeams(int *campaign);
    static QByteArray membersFile(int rows, const QString &lastLine = {});
};

void ImportStreamTest::cursorReadsAsParseCsvDoes()
{
    const QString text = QStringLiteral("a,b,c\r\n\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n  ,\n,,\"\"\nlast,row");
    const CsvTable table = parseCsv(text, u',');
    CsvCursor cursor(text, u',');
    QList<CsvRecord> records;
    CsvRecord record;
    while (cursor.next(&record))
        records << record;
    QCOMPARE(records.size(), table.records.size());
    QCOMPARE(records.size(), 4); // the blank and white-space lines are left out
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].line, table.records[i].line);
        QCOMPARE(records[i].fields, table.records[i].fields);
    }
    QCOMPARE(records[1].fields,
             (QStringList{ QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines") }));
    QCOMPARE(records[2].line, 6);
    QCOMPARE(records[3].line, 7);
    // A first pass that only counts finds the same records and the bad quote.
    const QString bad = QStringLiteral("a,b\n1,x\"y\n2,3\n");
    CsvCursor counting(bad, u',');
    int count = 0;
    while (counting.next(nullptr))
        ++count;
    QCOMPARE(count, 3);
    QCOMPARE(counting.badQuoteLine(), parseCsv(bad, u',').badQuoteLine);
    QCOMPARE(counting.badQuoteLine(), 2);
}

// A file of several blocks, with quoted values that span lines (and block
// ends), CRLF and blank lines, read in blocks: the records parseCsv() finds
// in the whole text, on the same lines; a byte that is not UTF-8 is named
// by its line.
void ImportStreamTest::fileReaderReadsAsParseCsvDoes()
{
    QString text = QStringLiteral("Họ và tên,Ghi chú\r\n");
    for (int i = 0; text.size() < 3 * CsvFileReader::blockSize; ++i) {
        if (i % 97 == 0)
            text += QStringLiteral("\r\n");
        text += QStringLiteral("Nguyễn Thị %1,\"dòng một\ndòng \"\"hai\"\", %1\"\r\n").arg(i);
        text += QStringLiteral("Trần Văn %1,%2\n").arg(i).arg(QString(i % 50, u'x'));
    }
    const CsvTable table = parseCsv(text, u',');
    QByteArray bytes = "\xEF\xBB\xBF" + text.toUtf8();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvFileReader reader(&buffer, u',');
    CsvRecord record;
    qsizetype index = 0;
    while (reader.next(&record)) {
        QVERIFY(index < table.records.size());
        QCOMPARE(record.line, table.records[index].line);
        QCOMPARE(record.fields, table.records[index].fields);
        ++index;
    }
    QCOMPARE(index, table.records.size());
    QVERIFY(index > 40000);
    QCOMPARE(reader.badQuoteLine(), 0);
    QCOMPARE(reader.invalidUtf8Line(), 0);

    // Not UTF-8 on line 50.001 (the second block or later), and a bad quote.
    QByteArray bad;
    for (int i = 1; i <= 60000; ++i)
        bad += i == 50001 ? QByteArray("t\xFFn,1\n") : i == 55000 ? QByteArray("a,x\"y\n") : QByteArray("ten,1\n");
    QBuffer badBuffer(&bad);
    QVERIFY(badBuffer.open(QIODevice::ReadOnly));
    CsvFileReader badReader(&badBuffer, u',');
    int count = 0;
    while (badReader.next(nullptr))
        ++count;
    QCOMPARE(count, 60000);
    QCOMPARE(badReader.invalidUtf8Line(), 50001);
    QCOMPARE(badReader.badQuoteLine(), 55000);
}

std::unique_ptr<Database> ImportStreamTest::databaseWithTeams(int *campaign)
{
    auto db = test::openDemoDatabase(nullptr);
    if (!db)
        return nullptr;
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi số quốc gia năm 2023', 2023)")))
        return nullptr;
    *campaign = query.lastInsertId().toInt();
    ImportOptions options;
    options.kind = ImportKind::Teams;
    options.campaignId = *campaign;
    const ImportResult teams = importData(db->connection(),
                                          QStringLiteral("Đơn vị hành chính,Huyện,Ngày thành lập\n"
                                                         "Xã Bình Hải,,07/10/2022\n"
                                                         "Xã Phổ An,Đức Phổ,1/9/2022\n")
                                                  .toUtf8(),
                                          options);
    if (!teams.imported) {
        QTest::qFail(qPrintable(teams.problemText()), __FILE__, __LINE__);
        return nullptr;
    }
    return db;
}

QByteArray ImportStreamTest::membersFile(int rows, const QString &lastLine)
{
    QString text = QStringLiteral("Họ và tên,Đơn vị,Chức danh,Giới tính,Năm sinh,Điện thoại,Nơi công tác\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("Đoàn Thị Hương Xyzabc %1,Xã Bình Hải,Thành viên,Nữ,%2,09%3,Hội Phụ nữ\n")
                        .arg(i)
                        .arg(1960 + i % 40)
                        .arg(i, 8, 10, QLatin1Char('0'));
    return (text + lastLine).toUtf8();
}

namespace {
qint64 count(const QSqlDatabase &db, const QString &sql)
{
    return test::scalar(db, sql).toLongLong();
}
} // namespace

void ImportStreamTest::badRowLateInTheFileKeepsNothing()
{
    int campaign = 0;
    auto db = databaseWithTeams(&campaign);
    QVERIFY(db);
    const QSqlDatabase connection = db->connection();
    const qint64 members = count(connection, QStringLiteral("SELECT count(*) FROM member"));
    const qint64 memberships = count(connection, QStringLiteral("SELECT count(*) FROM team_member"));
    const qint64 changes = count(connection, QStringLiteral("SELECT count(*) FROM change_log"));
    ImportOptions options;
    options.kind = ImportKind::Members;
    options.campaignId = campaign;
    // 300 good rows are written before line 302 is read; its phone number is refused.
    const ImportResult result = importData(
            connection,
            membersFile(300, QStringLiteral("Lê Văn Cường,Xã Bình Hải,Thành viên,Nam,1980,12345,\n")), options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 302);
    QCOMPARE(result.problems.first().column, 6);
    QVERIFY2(result.problems.first().message.contains(QStringLiteral("12345")), qPrintable(result.problemText()));
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member")), members);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM team_member")), memberships);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM change_log")), changes);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"xyzabc\"'")),
             0);
}

void ImportStreamTest::importedMembersAreFoundAndUndoneWhole()
{
    int campaign = 0;
    auto db = databaseWithTeams(&campaign);
    QVERIFY(db);
    const QSqlDatabase connection = db->connection();
    const qint64 members = count(connection, QStringLiteral("SELECT count(*) FROM member"));
    const qint64 memberships = count(connection, QStringLiteral("SELECT count(*) FROM team_member"));
    ImportOptions options;
    options.kind = ImportKind::Members;
    options.campaignId = campaign;
    QList<qint64> progress;
    options.progress = [&progress](qint64 done, qint64 total) {
        if (done == total)
            progress << total;
    };
    const ImportResult result = importData(connection, membersFile(500), options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QCOMPARE(result.rowCount, 500);
    QCOMPARE(result.newCount, 500);
    QCOMPARE(progress, QList<qint64>{ 500 });
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member")), members + 500);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM team_member")), memberships + 500);
    // Keys written with the rows: searchable without diacritics, sorted by given name.
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member WHERE search_key IS NULL OR sort_key IS NULL")),
             0);
    QCOMPARE(test::scalar(connection, QStringLiteral("SELECT search_key FROM member WHERE phone = '0900000007'")).toString(),
             QStringLiteral("doan thi huong xyzabc 7 | 0900000007 | hoi phu nu"));
    // The search index holds them: the members list finds them by a word of the name.
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"xyzabc 49\"'")),
             11); // 49 and 490–499
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member WHERE id IN (SELECT rowid FROM member_search "
                                              "WHERE member_search MATCH '\"huong xyzabc\"')")),
             500);
    test::exec(connection, QStringLiteral("INSERT INTO member_search(member_search) VALUES ('integrity-check')"));

    // Undo takes back every member and membership the import added.
    QString error;
    QVERIFY2(changelog::revertGroup(connection, result.changeGroupId, QStringLiteral("Undo"), &error) > 0,
             qPrintable(error));
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member")), members);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM team_member")), memberships);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"xyzabc\"'")),
             0);
    test::exec(connection, QStringLiteral("INSERT INTO member_search(member_search) VALUES ('integrity-check')"));
}

// importFile() reads a UTF-8 file in blocks: the same problems, lines and
// rows as the whole text; a file in a legacy encoding is still read whole.
void ImportStreamTest::fileIsReadInBlocks()
{
    int campaign = 0;
    auto db = databaseWithTeams(&campaign);
    QVERIFY(db);
    const QSqlDatabase connection = db->connection();
    const qint64 members = count(connection, QStringLiteral("SELECT count(*) FROM member"));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const auto write = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return file.fileName();
    };
    ImportOptions options;
    options.kind = ImportKind::Members;
    options.campaignId = campaign;
    const ImportResult bad = importFile(
            connection,
            write(QStringLiteral("bad.csv"),
                  membersFile(300, QStringLiteral("Lê Văn Cường,Xã Bình Hải,Thành viên,Nam,1980,12345,\n"))),
            options);
    QVERIFY(!bad.imported);
    QCOMPARE(bad.problems.size(), 1);
    QCOMPARE(bad.problems.first().line, 302);
    QCOMPARE(bad.problems.first().column, 6);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member")), members);
    const ImportResult good = importFile(connection, write(QStringLiteral("good.csv"), membersFile(300)), options);
    QVERIFY2(good.imported, qPrintable(good.problemText()));
    QCOMPARE(good.newCount, 300);
    QCOMPARE(good.encoding, TextEncoding::Utf8);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member")), members + 300);
    // Windows-1258: not UTF-8, read whole and detected as before.
    const ImportResult legacy = importFile(
            connection,
            write(QStringLiteral("legacy.csv"),
                  encodeText(QStringLiteral("Họ và tên,Đơn vị,Năm sinh,Điện thoại\nPhạm Thị Hường,Xã Bình Hải,1990,\n"),
                             TextEncoding::Windows1258)),
            options);
    QVERIFY2(legacy.imported, qPrintable(legacy.problemText()));
    QCOMPARE(legacy.encoding, TextEncoding::Windows1258);
    QCOMPARE(test::scalar(connection, QStringLiteral("SELECT count(*) FROM member WHERE full_name = 'Phạm Thị Hường'"))
                     .toInt(),
             1);
}

// The bulk writes (prepared statements on SQLite's handle, the list keys
// written with the row instead of by triggers) still run every check: a bad
// row after 200 good ones is named by line and column, and nothing is kept.
void ImportStreamTest::bulkWritesRefuseEveryBadRow_data()
{
    QTest::addColumn<QString>("lastLine");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    // Line 202 repeats line 7 (row 5 of membersFile: same name, year and phone).
    QTest::newRow("duplicate in the file")
            << QStringLiteral("Đoàn Thị Hương Xyzabc 5,Xã Bình Hải,Thành viên,Nữ,1965,0900000005,Hội Phụ nữ\n") << 1
            << QStringLiteral("already on line 7");
    QTest::newRow("already in the team")
            << QStringLiteral("Người Đã Có,Xã Bình Hải,Thành viên,Nam,1970,0911111111,\n") << 1
            << QStringLiteral("already a member of this team");
    QTest::newRow("unit not found") << QStringLiteral("Lê Văn Cường,Xã Không Có,Thành viên,Nam,1980,0912345678,\n")
                                    << 2 << QStringLiteral("Xã Không Có");
    QTest::newRow("no team of the campaign")
            << QStringLiteral("Lê Văn Cường,Xã Phổ Châu,Thành viên,Nam,1980,0912345678,\n") << 2
            << QStringLiteral("no team in this campaign");
    QTest::newRow("empty name") << QStringLiteral(",Xã Bình Hải,Thành viên,Nam,1980,0912345678,\n") << 1
                                << QStringLiteral("required");
    QTest::newRow("role") << QStringLiteral("Lê Văn Cường,Xã Bình Hải,Chủ tịch,Nam,1980,0912345678,\n") << 3
                          << QStringLiteral("Chủ tịch");
    QTest::newRow("gender") << QStringLiteral("Lê Văn Cường,Xã Bình Hải,Thành viên,Trai,1980,0912345678,\n") << 4
                            << QStringLiteral("Trai");
    QTest::newRow("birth year") << QStringLiteral("Lê Văn Cường,Xã Bình Hải,Thành viên,Nam,1850,0912345678,\n") << 5
                                << QStringLiteral("1900");
    QTest::newRow("phone") << QStringLiteral("Lê Văn Cường,Xã Bình Hải,Thành viên,Nam,1980,12345,\n") << 6
                           << QStringLiteral("12345");
}

void ImportStreamTest::bulkWritesRefuseEveryBadRow()
{
    QFETCH(QString, lastLine);
    QFETCH(int, column);
    QFETCH(QString, message);
    int campaign = 0;
    auto db = databaseWithTeams(&campaign);
    QVERIFY(db);
    const QSqlDatabase connection = db->connection();
    ImportOptions options;
    options.kind = ImportKind::Members;
    options.campaignId = campaign;
    const ImportResult first = importData(
            connection, QStringLiteral("Họ và tên,Đơn vị,Chức danh,Giới tính,Năm sinh,Điện thoại\n"
                                       "Người Đã Có,Xã Bình Hải,Thành viên,Nam,1970,0911111111\n").toUtf8(),
            options);
    QVERIFY2(first.imported, qPrintable(first.problemText()));
    const qint64 members = count(connection, QStringLiteral("SELECT count(*) FROM member"));
    const qint64 memberships = count(connection, QStringLiteral("SELECT count(*) FROM team_member"));
    const qint64 changes = count(connection, QStringLiteral("SELECT count(*) FROM change_log"));
    const QString triggers = test::scalar(connection, QStringLiteral("SELECT group_concat(name || sql, '|') FROM "
                                                                     "(SELECT name, sql FROM sqlite_master WHERE "
                                                                     "type = 'trigger' ORDER BY name)"))
                                     .toString();
    const ImportResult result = importData(connection, membersFile(200, lastLine), options);
    QVERIFY(!result.imported);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 202);
    QCOMPARE(result.problems.first().column, column);
    QVERIFY2(result.problems.first().message.contains(message), qPrintable(result.problemText()));
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member")), members);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM team_member")), memberships);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM change_log")), changes);
    QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"xyzabc\"'")),
             0);
    // The triggers dropped for the bulk writes are back as they were.
    QCOMPARE(test::scalar(connection, QStringLiteral("SELECT group_concat(name || sql, '|') FROM "
                                                     "(SELECT name, sql FROM sqlite_master WHERE "
                                                     "type = 'trigger' ORDER BY name)"))
                     .toString(),
             triggers);
}

namespace {
// What an import leaves that a user meets: the rows with their list and
// search keys, the search index, the change log of the import, the triggers.
QStringList importTrace(const QSqlDatabase &db, qint64 group)
{
    QStringList trace;
    const QStringList queries = {
        QStringLiteral("SELECT id, full_name, gender, birth_year, phone, affiliation, unit_id, search_key, sort_key, "
                       "current_role, current_team_key, current_unit_key FROM member ORDER BY id"),
        QStringLiteral("SELECT id, team_id, member_id, role, joined_on, left_on FROM team_member ORDER BY id"),
        QStringLiteral("SELECT rowid, search_key FROM member_search ORDER BY rowid"),
        QStringLiteral("SELECT table_name, row_id, operation, before_json, after_json FROM change_log "
                       "WHERE group_id = %1 ORDER BY id").arg(group),
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"),
    };
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            trace << QStringLiteral("failed: ") + sql;
            continue;
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            trace << row.join(u'|');
        }
    }
    return trace;
}
} // namespace

// The bulk writes leave what the per-row writes with their triggers leave:
// the same members, memberships, list keys (migration 0010), search index
// and change log; undo takes both back to the same database.
void ImportStreamTest::bulkWritesEqualRowByRow()
{
    QString file = QStringLiteral("Họ và tên,Đơn vị,Huyện,Chức danh,Giới tính,Năm sinh,Điện thoại,Nơi công tác\n"
                                  "Trần Văn Tổ Trưởng,Xã Bình Hải,,Tổ trưởng,Nam,1975,0912000001,UBND xã\n"
                                  "Phạm Thị Lan,Xã Phổ An,Đức Phổ,Tổ phó,Nữ,1990,,\n"
                                  "Võ Minh,Xã Phổ An,Đức Phổ,,,1988,0912000003,Đoàn thanh niên\n");
    for (int i = 0; i < 40; ++i)
        file += QStringLiteral("Đoàn Thị Hương Xyzabc %1,%2,,Thành viên,Nữ,%3,09%4,Hội Phụ nữ\n")
                        .arg(i)
                        .arg(i % 2 ? QStringLiteral("Xã Phổ An") : QStringLiteral("Xã Bình Hải"))
                        .arg(1960 + i % 40)
                        .arg(i, 8, 10, QLatin1Char('0'));
    QStringList traces[2];
    QStringList undone[2];
    for (int bulk = 0; bulk < 2; ++bulk) {
        int campaign = 0;
        auto db = databaseWithTeams(&campaign);
        QVERIFY(db);
        const QSqlDatabase connection = db->connection();
        ImportOptions options;
        options.kind = ImportKind::Members;
        options.campaignId = campaign;
        options.rowByRow = bulk == 0;
        const ImportResult result = importData(connection, file.toUtf8(), options);
        QVERIFY2(result.imported, qPrintable(result.problemText()));
        QCOMPARE(result.newCount, 43);
        traces[bulk] = importTrace(connection, result.changeGroupId);
        // The keys are those the migration computes for every member.
        QCOMPARE(count(connection, QStringLiteral(
                "SELECT count(*) FROM member m LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x "
                "WHERE x.member_id = m.id AND x.left_on IS NULL) LEFT JOIN team t ON t.id = tm.team_id "
                "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, m.unit_id) "
                "WHERE m.current_role IS NOT tm.role OR m.current_team_key IS NOT t.sort_key "
                "OR m.current_unit_key IS NOT u.sort_key")),
                 0);
        QCOMPARE(count(connection, QStringLiteral("SELECT count(*) FROM member WHERE current_role = 'leader'")), 1);
        test::exec(connection, QStringLiteral("INSERT INTO member_search(member_search) VALUES ('integrity-check')"));
        QString error;
        QVERIFY2(changelog::revertGroup(connection, result.changeGroupId, QStringLiteral("Undo"), &error) > 0,
                 qPrintable(error));
        undone[bulk] = importTrace(connection, 0);
    }
    QCOMPARE(traces[1].size(), traces[0].size());
    for (qsizetype i = 0; i < traces[0].size(); ++i)
        QCOMPARE(traces[1][i], traces[0][i]);
    QCOMPARE(undone[1], undone[0]);
}

QTEST_GUILESS_MAIN(ImportStreamTest)
#include "tst_importstream.moc"
