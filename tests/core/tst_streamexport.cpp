// The streamed export of a list (issue #15): rows read forward-only from the
// database and written as they come, as CSV and XLSX; read back, they are the
// rows of the query in its order; a cancelled export leaves no file behind
// and an existing file unchanged.
#include "TestDatabase.h"

#include "export/StreamExport.h"
#include "export/TableExport.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;

class TestStreamExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvHoldsEveryRowInOrder();
    void xlsxHoldsEveryRowInOrder();
    void cancelledExportLeavesTheOldFile();
    void cancelledExportLeavesNoFile();

private:
    tableexport::StreamQuery query() const;
    QStringList entriesBeside() const;

    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    static constexpr int rowCount = 5003; // more than two progress steps, not a multiple of one
};

void TestStreamExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openMemoryDatabase();
    QVERIFY(m_db);
    QSqlDatabase db = m_db->connection();
    test::exec(db, QStringLiteral("CREATE TEMP TABLE person (id INTEGER PRIMARY KEY, name TEXT, born INTEGER, "
                                  "note TEXT, level INTEGER)"));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO person (name, born, note, level) VALUES (?, ?, ?, ?)")));
    QVERIFY(db.transaction());
    for (int i = 0; i < rowCount; ++i) {
        insert.addBindValue(QStringLiteral("Nguyễn Thị Hương %1").arg(i));
        insert.addBindValue(1950 + i % 60);
        insert.addBindValue(i % 3 == 0 ? QStringLiteral("=1+1, \"quoted\"") : QString());
        insert.addBindValue(i % 4);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());
}

tableexport::StreamQuery TestStreamExport::query() const
{
    tableexport::StreamQuery query;
    query.title = QStringLiteral("Thành viên");
    query.sql = QStringLiteral("SELECT id, name, born, note, level FROM person WHERE born >= ? ORDER BY name DESC, id");
    query.values = { 1950 };
    query.columns = { { QStringLiteral("Họ và tên") },
                      { QStringLiteral("Năm sinh"), [](const QVariant &v) { return v.toString(); } },
                      { QStringLiteral("Ghi chú") },
                      { QStringLiteral("Cấp"), [](const QVariant &v) { return QStringLiteral("Cấp %1").arg(v.toInt()); } } };
    query.expectedRows = rowCount;
    return query;
}

QStringList TestStreamExport::entriesBeside() const
{
    return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
}

// The names in the query's order, as the database gives them.
static QStringList expectedNames(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM person ORDER BY name DESC, id"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void TestStreamExport::csvHoldsEveryRowInOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("members.csv"));
    qint64 rows = 0;
    bool cancelled = true;
    QString error;
    QList<qint64> steps;
    QVERIFY2(tableexport::streamTable(m_db->connection(), query(), tableexport::Format::Csv, path,
                                      [&steps](qint64 done) { steps << done; return true; }, &rows, &cancelled, &error),
             qPrintable(error));
    QCOMPARE(rows, qint64(rowCount));
    QVERIFY(!cancelled);
    QCOMPARE(steps, (QList<qint64>{ 2000, 4000, rowCount }));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const import::CsvTable csv = import::parseCsv(QString::fromUtf8(bytes.mid(3)), u',');
    QCOMPARE(csv.badQuoteLine, 0);
    QCOMPARE(csv.records.size(), rowCount + 1);
    QCOMPARE(csv.records[0].fields, (QStringList{ QStringLiteral("Họ và tên"), QStringLiteral("Năm sinh"),
                                                  QStringLiteral("Ghi chú"), QStringLiteral("Cấp") }));
    QStringList names;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        names << csv.records[i].fields[0];
    QCOMPARE(names, expectedNames(m_db->connection()));
    // The first row in this order: "… 999" (text order), born 1950 + 999 % 60.
    QCOMPARE(csv.records[1].fields,
             (QStringList{ QStringLiteral("Nguyễn Thị Hương 999"), QStringLiteral("1989"),
                           QStringLiteral("'=1+1, \"quoted\""), QStringLiteral("Cấp 3") }));
    QCOMPARE(entriesBeside(), QStringList{ QStringLiteral("members.csv") });
    QFile::remove(path);
}

void TestStreamExport::xlsxHoldsEveryRowInOrder()
{
    if (!tableexport::xlsxAvailable())
        QSKIP("built without libxlsxwriter");
    const QString path = m_dir.filePath(QStringLiteral("members.xlsx"));
    qint64 rows = 0;
    QString error;
    QVERIFY2(tableexport::streamTable(m_db->connection(), query(), tableexport::Format::Xlsx, path, {}, &rows,
                                      nullptr, &error),
             qPrintable(error));
    QCOMPARE(rows, qint64(rowCount));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString why;
    const import::XlsxWorkbook workbook = import::readXlsx(file.readAll(), &why);
    QVERIFY2(workbook.sheets.size() == 1, qPrintable(why));
    const import::XlsxSheet &sheet = workbook.sheets.constFirst();
    QCOMPARE(sheet.name, QStringLiteral("Thành viên"));
    QCOMPARE(sheet.rows.size(), rowCount + 1);
    QCOMPARE(sheet.rows[0].cells[0].text, QStringLiteral("Họ và tên"));
    QStringList names;
    for (qsizetype i = 1; i < sheet.rows.size(); ++i)
        names << sheet.rows[i].cells[0].text;
    QCOMPARE(names, expectedNames(m_db->connection()));
    // The birth year shows as its number: written as a number.
    QCOMPARE(sheet.rows[1].cells[1].type, import::XlsxCell::Type::Number);
    QCOMPARE(sheet.rows[1].cells[1].number, 1989.0);
    QCOMPARE(sheet.rows[1].cells[3].text, QStringLiteral("Cấp 3"));
    QCOMPARE(entriesBeside(), QStringList{ QStringLiteral("members.xlsx") });
    file.close();
    QFile::remove(path);
}

void TestStreamExport::cancelledExportLeavesTheOldFile()
{
    for (const auto format : { tableexport::Format::Csv, tableexport::Format::Xlsx }) {
        if (format == tableexport::Format::Xlsx && !tableexport::xlsxAvailable())
            continue;
        const QString path = m_dir.filePath(QStringLiteral("old.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old export\r\n");
        }
        const QByteArray before = test::fileHash(path);
        bool cancelled = false;
        qint64 rows = 0;
        QString error;
        // Cancelled after the second progress step (4.000 rows written).
        int calls = 0;
        QVERIFY(!tableexport::streamTable(m_db->connection(), query(), format, path,
                                          [&calls](qint64) { return ++calls < 2; }, &rows, &cancelled, &error));
        QVERIFY(cancelled);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows, qint64(4000));
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(entriesBeside(), QStringList{ QStringLiteral("old.csv") });
        QFile::remove(path);
    }
}

void TestStreamExport::cancelledExportLeavesNoFile()
{
    for (const auto format : { tableexport::Format::Csv, tableexport::Format::Xlsx }) {
        if (format == tableexport::Format::Xlsx && !tableexport::xlsxAvailable())
            continue;
        const QString path = m_dir.filePath(QStringLiteral("new.xlsx"));
        bool cancelled = false;
        // Cancelled at the very end, after the last row.
        QVERIFY(!tableexport::streamTable(m_db->connection(), query(), format, path,
                                          [](qint64 done) { return done < rowCount; }, nullptr, &cancelled, nullptr));
        QVERIFY(cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(entriesBeside(), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestStreamExport)
#include "tst_streamexport.moc"
