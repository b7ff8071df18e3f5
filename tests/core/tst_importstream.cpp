// The members import at scale (issue #15): rows are written as soon as they
// are checked, inside one transaction, with their search and sort keys; the
// file is read one record at a time. What a clerk relies on still holds: a
// bad row late in the file refuses the whole file (line and column given,
// nothing kept), the imported members are found by the search index, and
// undo takes the whole import back.
#include "TestDatabase.h"

#include "import/CsvReader.h"
#include "import/Importer.h"
#include "records/ChangeLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace cds;
using namespace cds::import;

class ImportStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void cursorReadsAsParseCsvDoes();
    void badRowLateInTheFileKeepsNothing();
    void importedMembersAreFoundAndUndoneWhole();

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

QTEST_GUILESS_MAIN(ImportStreamTest)
#include "tst_importstream.moc"
