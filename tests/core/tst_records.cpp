// The record layer of issue #3: Vietnamese search and sort keys, the change
// log written by the generated triggers, undo of a change group, and the
// "what uses this record" check that guards deletion.
#include "TestDatabase.h"

#include "import/Importer.h"
#include "records/ChangeLog.h"
#include "records/RecordKeys.h"
#include "records/RecordStore.h"
#include "text/VietnameseText.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cds;
using namespace cds::import;
using cds::test::exec;
using cds::test::scalar;

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void sortKeyOrdersTheVietnameseAlphabet_data();
    void sortKeyOrdersTheVietnameseAlphabet();
    void personNamesSortByGivenName();
    void searchKeyIgnoresCaseAndDiacritics_data();
    void searchKeyIgnoresCaseAndDiacritics();
    void everyWriteIsLogged();
    void undoRestoresADeletedRecordWithItsParts();
    void undoRefusesWhenTheRecordChangedSince();
    void usagesNameWhatRefersToARecord();
    void demoAndImportAreKeyedAndGrouped();
    void sortKeysOrderListsInSql();
    void emptyTextIsNullUnlessRequired();
};

void TestRecords::sortKeyOrdersTheVietnameseAlphabet_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("a < ă") << QStringLiteral("Anh") << QStringLiteral("Ăn");
    QTest::newRow("ă < â") << QStringLiteral("Ăn") << QStringLiteral("Ân");
    QTest::newRow("d < đ") << QStringLiteral("Dung") << QStringLiteral("Đức Phổ");
    QTest::newRow("đ < e") << QStringLiteral("Đức") << QStringLiteral("Em");
    QTest::newRow("o < ô < ơ") << QStringLiteral("Ôn") << QStringLiteral("Ơn");
    QTest::newRow("u < ư") << QStringLiteral("Uyên") << QStringLiteral("Ưng");
    QTest::newRow("syllable by syllable") << QStringLiteral("An Bình") << QStringLiteral("Anh");
    QTest::newRow("tones break ties: ngang < huyền") << QStringLiteral("Ba") << QStringLiteral("Bà");
    QTest::newRow("huyền < hỏi") << QStringLiteral("Bà") << QStringLiteral("Bả");
    QTest::newRow("hỏi < ngã") << QStringLiteral("Bả") << QStringLiteral("Bã");
    QTest::newRow("ngã < sắc") << QStringLiteral("Bã") << QStringLiteral("Bá");
    QTest::newRow("sắc < nặng") << QStringLiteral("Bá") << QStringLiteral("Bạ");
    QTest::newRow("letters before tones") << QStringLiteral("Bạ") << QStringLiteral("Bac");
    QTest::newRow("case ignored") << QStringLiteral("bình sơn") << QStringLiteral("Bình Sơn Đông");
    QTest::newRow("numbers by value") << QStringLiteral("Phường 2") << QStringLiteral("Phường 10");
    QTest::newRow("decomposed input") << QStringLiteral("Nghĩa Hành") << QString::fromUtf8("Nghi\u0303a Hu");
}

void TestRecords::sortKeyOrdersTheVietnameseAlphabet()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString a = text::sortKey(before);
    const QString b = text::sortKey(after);
    QVERIFY2(a < b, qPrintable(QStringLiteral("%1 should sort before %2").arg(before, after)));
    // Plain binary order of the UTF-8 bytes, as SQLite compares TEXT.
    QVERIFY(a.toUtf8() < b.toUtf8());
}

void TestRecords::personNamesSortByGivenName()
{
    QStringList names = { QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Trần Văn An"),
                          QStringLiteral("Đặng Văn An"), QStringLiteral("Lê Ánh") };
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return text::personSortKey(a) < text::personSortKey(b);
    });
    const QStringList expected = { QStringLiteral("Đặng Văn An"), QStringLiteral("Trần Văn An"),
                                   QStringLiteral("Lê Ánh"), QStringLiteral("Nguyễn Thị Bình") };
    QCOMPARE(names, expected);
}

void TestRecords::searchKeyIgnoresCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");
    QTest::newRow("duc pho") << QStringLiteral("duc pho") << QStringLiteral("Thị xã Đức Phổ") << true;
    QTest::newRow("dang") << QStringLiteral("dang") << QStringLiteral("Đặng Thị Hoa") << true;
    QTest::newRow("upper case typed") << QStringLiteral("BINH SON") << QStringLiteral("Huyện Bình Sơn") << true;
    QTest::newRow("with diacritics typed") << QStringLiteral("Nghĩa") << QStringLiteral("Tư Nghĩa") << true;
    QTest::newRow("other name") << QStringLiteral("son tinh") << QStringLiteral("Huyện Bình Sơn") << false;
}

void TestRecords::searchKeyIgnoresCaseAndDiacritics()
{
    QFETCH(QString, typed);
    QFETCH(QString, name);
    QFETCH(bool, found);
    const keys::KeySource *source = keys::keySource(QStringLiteral("member"));
    QVERIFY(source);
    const QString key = keys::searchKeyFor(*source, { { QStringLiteral("full_name"), name } });
    QCOMPARE(key.contains(text::searchKey(typed)), found);
}

void TestRecords::everyWriteIsLogged()
{
    auto database = test::openMemoryDatabase();
    QSqlDatabase db = database->connection();
    qint64 id = 0;
    {
        RecordTransaction write(db, QStringLiteral("Thêm tổ chức"));
        id = write.insert(QStringLiteral("organisation"),
                          { { QStringLiteral("name"), QStringLiteral("Sở Thông tin và Truyền thông") },
                            { QStringLiteral("abbreviation"), QStringLiteral("STTTT") } });
        QVERIFY2(write.commit(), qPrintable(write.error()));
    }
    {
        RecordTransaction write(db, QStringLiteral("Sửa tổ chức"));
        write.update(QStringLiteral("organisation"), id, { { QStringLiteral("phone"), QStringLiteral("0255 3822 000") } });
        QVERIFY2(write.commit(), qPrintable(write.error()));
    }
    {
        RecordTransaction write(db, QStringLiteral("Xoá tổ chức"));
        write.remove(QStringLiteral("organisation"), id);
        QVERIFY2(write.commit(), qPrintable(write.error()));
    }
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT l.operation, l.before_json, l.after_json, g.description "
                                      "FROM change_log l JOIN change_group g ON g.id = l.group_id "
                                      "WHERE l.table_name = 'organisation' ORDER BY l.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("insert"));
    QVERIFY(query.value(1).isNull());
    QVERIFY(query.value(2).toString().contains(QStringLiteral("\"abbreviation\":\"STTTT\"")));
    QVERIFY(!query.value(2).toString().contains(QStringLiteral("search_key")));
    QCOMPARE(query.value(3).toString(), QStringLiteral("Thêm tổ chức"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("update"));
    QVERIFY(query.value(1).toString().contains(QStringLiteral("\"phone\":null")));
    QVERIFY(query.value(2).toString().contains(QStringLiteral("0255 3822 000")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
    QVERIFY(query.value(2).isNull());
    QCOMPARE(query.value(3).toString(), QStringLiteral("Xoá tổ chức"));
    QVERIFY(!query.next());
    // A failed step writes nothing, not even its group.
    const QVariant groups = scalar(db, QStringLiteral("SELECT count(*) FROM change_group"));
    {
        RecordTransaction write(db, QStringLiteral("Hỏng"));
        write.insert(QStringLiteral("organisation"), { { QStringLiteral("name"), QStringLiteral("Tạm") } });
        write.insert(QStringLiteral("team"), { { QStringLiteral("name"), QStringLiteral("thiếu đơn vị") } });
        QVERIFY(!write.commit());
        QVERIFY(write.error().contains(QStringLiteral("NOT NULL")));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisation")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM change_group")), groups);
    QVERIFY(scalar(db, QStringLiteral("SELECT group_id FROM change_context")).isNull());
}

void TestRecords::undoRestoresADeletedRecordWithItsParts()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    QSqlDatabase db = database->connection();
    const qint64 eventId = scalar(db, QStringLiteral("SELECT id FROM event WHERE is_main_event = 1")).toLongLong();
    QVERIFY(eventId > 0);
    const int presentations = scalar(db, QStringLiteral("SELECT count(*) FROM presentation WHERE event_id = %1").arg(eventId)).toInt();
    QVERIFY(presentations >= 3);
    const QString title = scalar(db, QStringLiteral("SELECT title FROM event WHERE id = %1").arg(eventId)).toString();

    qint64 group = 0;
    {
        RecordTransaction write(db, QStringLiteral("Xoá hội thảo"));
        write.remove(QStringLiteral("event"), eventId);
        QVERIFY2(write.commit(), qPrintable(write.error()));
        group = write.groupId();
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM presentation WHERE event_id = %1").arg(eventId)).toInt(), 0);
    // The cascade is logged too: the presentations went with the event.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE group_id = %1 AND table_name = 'presentation'")
                                .arg(group)).toInt(), presentations);

    QString error;
    const qint64 undo = changelog::revertGroup(db, group, QStringLiteral("Hoàn tác: Xoá hội thảo"), &error);
    QVERIFY2(undo > 0, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM event WHERE id = %1").arg(eventId)).toString(), title);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM presentation WHERE event_id = %1").arg(eventId)).toInt(), presentations);
    QVERIFY(!scalar(db, QStringLiteral("SELECT search_key FROM event WHERE id = %1").arg(eventId)).toString().isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);

    // Redo is the undo of the undo.
    QVERIFY2(changelog::revertGroup(db, undo, QStringLiteral("Làm lại"), &error) > 0, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM event WHERE id = %1").arg(eventId)).toInt(), 0);
}

void TestRecords::undoRefusesWhenTheRecordChangedSince()
{
    auto database = test::openMemoryDatabase();
    QSqlDatabase db = database->connection();
    qint64 id = 0;
    qint64 group = 0;
    {
        RecordTransaction write(db, QStringLiteral("Thêm"));
        id = write.insert(QStringLiteral("organisation"), { { QStringLiteral("name"), QStringLiteral("Báo Quảng Ngãi") } });
        QVERIFY(write.commit());
        group = write.groupId();
    }
    {
        RecordTransaction write(db, QStringLiteral("Sửa"));
        write.update(QStringLiteral("organisation"), id, { { QStringLiteral("name"), QStringLiteral("Báo Quảng Ngãi điện tử") } });
        QVERIFY(write.commit());
    }
    QString error;
    QCOMPARE(changelog::revertGroup(db, group, QStringLiteral("Hoàn tác"), &error), 0);
    QVERIFY2(error.contains(QStringLiteral("“Báo Quảng Ngãi”")), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Báo Quảng Ngãi điện tử"));
}

void TestRecords::usagesNameWhatRefersToARecord()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    QSqlDatabase db = database->connection();
    const qint64 teamId = scalar(db, QStringLiteral("SELECT id FROM team WHERE level = 3 LIMIT 1")).toLongLong();
    QVERIFY(teamId > 0);
    {
        RecordTransaction add(db, QStringLiteral("Thêm thành viên"));
        for (const QString &name : { QStringLiteral("Nguyễn Văn A"), QStringLiteral("Trần Thị B") }) {
            const qint64 member = add.insert(QStringLiteral("member"), { { QStringLiteral("full_name"), name } });
            add.insert(QStringLiteral("team_member"), { { QStringLiteral("team_id"), teamId }, { QStringLiteral("member_id"), member } });
        }
        QVERIFY2(add.commit(), qPrintable(add.error()));
    }
    const int members = scalar(db, QStringLiteral("SELECT count(*) FROM team_member WHERE team_id = %1").arg(teamId)).toInt();
    QVERIFY(members >= 2);
    const QList<RecordUsage> usages = records::usages(db, QStringLiteral("team"), teamId);
    QCOMPARE(usages.size(), 1);
    QCOMPARE(usages.first().table, QStringLiteral("team_member"));
    QCOMPARE(usages.first().count, members);
    QVERIFY(!usages.first().cascades);
    // The database refuses the silent removal too.
    RecordTransaction write(db, QStringLiteral("Xoá đội"));
    write.remove(QStringLiteral("team"), teamId);
    QVERIFY(!write.commit());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM team WHERE id = %1").arg(teamId)).toInt(), 1);
}

void TestRecords::demoAndImportAreKeyedAndGrouped()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    QSqlDatabase db = database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM admin_unit WHERE search_key IS NULL")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM admin_unit WHERE search_key LIKE '%duc pho%' AND level = 2")).toString(),
             QStringLiteral("Thị xã Đức Phổ"));

    const QByteArray csv = "Tên tổ chức;Tên viết tắt\nTrung tâm Công nghệ thông tin;TTCNTT\nĐoàn Thanh niên tỉnh;ĐTN\n";
    ImportOptions options;
    options.kind = ImportKind::Organisations;
    options.sourceName = QStringLiteral("to-chuc.csv");
    const ImportResult result = importData(db, csv, options);
    QVERIFY2(result.imported, qPrintable(result.problemText()));
    QVERIFY(result.changeGroupId > 0);
    QCOMPARE(changelog::entries(db, result.changeGroupId).size(), 2);
    QVERIFY(changelog::groupDescription(db, result.changeGroupId).contains(QStringLiteral("to-chuc.csv")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM organisation WHERE search_key LIKE '%doan thanh nien%'")).toString(),
             QStringLiteral("Đoàn Thanh niên tỉnh"));
    // The whole import is one undo step.
    QString error;
    QVERIFY2(changelog::revertGroup(db, result.changeGroupId, QStringLiteral("Hoàn tác nhập"), &error) > 0, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'Đoàn Thanh niên tỉnh'")).toInt(), 0);
}

void TestRecords::sortKeysOrderListsInSql()
{
    auto database = test::openMemoryDatabase();
    QSqlDatabase db = database->connection();
    RecordTransaction write(db, QStringLiteral("Thêm"));
    for (const QString &name : { QStringLiteral("Đinh Văn Ư"), QStringLiteral("Lê Thị Ánh"), QStringLiteral("Phạm An"),
                                 QStringLiteral("Võ Thị Út"), QStringLiteral("Hồ Văn Đức"), QStringLiteral("Bùi Dung") })
        write.insert(QStringLiteral("member"), { { QStringLiteral("full_name"), name } });
    QVERIFY(write.commit());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT full_name FROM member ORDER BY sort_key")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    const QStringList expected = { QStringLiteral("Phạm An"), QStringLiteral("Lê Thị Ánh"), QStringLiteral("Bùi Dung"),
                                   QStringLiteral("Hồ Văn Đức"), QStringLiteral("Võ Thị Út"), QStringLiteral("Đinh Văn Ư") };
    QCOMPARE(names, expected);
}

void TestRecords::emptyTextIsNullUnlessRequired()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    QSqlDatabase db = database->connection();
    RecordTransaction write(db, QStringLiteral("Thêm"));
    const qint64 id = write.insert(QStringLiteral("media_output"),
                                   { { QStringLiteral("campaign_id"), campaignId }, { QStringLiteral("kind"), QStringLiteral("news") },
                                     { QStringLiteral("outlet"), QStringLiteral("  Báo   Quảng Ngãi ") },
                                     { QStringLiteral("title"), QString() }, { QStringLiteral("count_qualifier"), QString() } });
    QVERIFY2(write.commit(), qPrintable(write.error()));
    // An exact count keeps its '' qualifier (NOT NULL); an empty title is "not given".
    QCOMPARE(scalar(db, QStringLiteral("SELECT count_qualifier FROM media_output WHERE id = %1").arg(id)).toString(), QString());
    QVERIFY(!scalar(db, QStringLiteral("SELECT count_qualifier FROM media_output WHERE id = %1").arg(id)).isNull());
    QVERIFY(scalar(db, QStringLiteral("SELECT title FROM media_output WHERE id = %1").arg(id)).isNull());
    QCOMPARE(scalar(db, QStringLiteral("SELECT outlet FROM media_output WHERE id = %1").arg(id)).toString(), QStringLiteral("Báo Quảng Ngãi"));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
