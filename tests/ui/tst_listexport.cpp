#include "TestDatabase.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "export/ListExport.h"
#include "export/TableExport.h"
#include "demo/DemoCampaign.h"
#include "import/XlsxReader.h"
#include "records/RecordKeys.h"
#include "records/RecordListModel.h"
#include "records/RecordListPage.h"
#include "teams/TeamsFilterModel.h"
#include "teams/TeamsModel.h"
#include "teams/TeamsPage.h"

#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "import/CsvReader.h"

using namespace cds;

class TestListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvQuotesByRfc4180();
    void csvNeutralisesFormulas();
    void tableFollowsFilterAndSort();
    void teamsExportToCsv();
    void teamsExportToXlsx();
    void membersListStreamsTheRowsShown();

private:
    QStringList shownNames() const;

    std::unique_ptr<Database> m_db;
    int m_campaignId = 0;
    std::unique_ptr<TeamsPage> m_page;
    QTemporaryDir m_dir;
};

void TestListExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openDemoDatabase(&m_campaignId);
    QVERIFY(m_db);
    m_page = std::make_unique<TeamsPage>();
    QVERIFY(m_page->setCampaign(m_db.get(), m_campaignId));
    m_page->filterModel()->sort(TeamsModel::NameColumn, Qt::DescendingOrder);
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("teamSearchLineEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("duc pho"));
    QVERIFY(m_page->filterModel()->rowCount() > 1);
    QVERIFY(m_page->filterModel()->rowCount() < 100);
}

QStringList TestListExport::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_page->filterModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, TeamsModel::NameColumn).data().toString();
    return names;
}

void TestListExport::csvQuotesByRfc4180()
{
    tableexport::Table table;
    table.headers = { QStringLiteral("Tên"), QStringLiteral("Ghi chú") };
    table.rows = {
        { { QStringLiteral("Tổ A, thôn 1"), {} }, { QStringLiteral("nói \"tốt\""), {} } },
        { { QStringLiteral("dòng 1\ndòng 2"), {} }, { QStringLiteral("1.141"), 1141.0 } }
    };
    const QByteArray csv = tableexport::toCsv(table);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)),
             QStringLiteral("Tên,Ghi chú\r\n\"Tổ A, thôn 1\",\"nói \"\"tốt\"\"\"\r\n"
                            "\"dòng 1\ndòng 2\",1.141\r\n"));
    // Our own reader reads it back field for field.
    const import::CsvTable parsed = import::parseCsv(QString::fromUtf8(csv.mid(3)), u',');
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records[1].fields,
             QStringList({ QStringLiteral("Tổ A, thôn 1"), QStringLiteral("nói \"tốt\"") }));
    QCOMPARE(parsed.records[2].fields.constFirst(), QStringLiteral("dòng 1\ndòng 2"));
}

// OWASP CSV injection: text that a spreadsheet would run gets an apostrophe;
// a number stays a number.
void TestListExport::csvNeutralisesFormulas()
{
    tableexport::Table table;
    table.headers = { QStringLiteral("=Tên"), QStringLiteral("Số") };
    table.rows = {
        { { QStringLiteral("=HYPERLINK(\"http://x\")"), {} }, { QStringLiteral("-5"), -5.0 } },
        { { QStringLiteral("=1+2"), {} }, { QStringLiteral("-2+3"), {} } },
        { { QStringLiteral("@SUM(A1)"), {} }, { QStringLiteral("+cmd|' /C calc'!A0"), {} } },
        { { QStringLiteral("\tTab"), {} }, { QStringLiteral("Bình Hải - Bình Sơn"), {} } },
    };
    const QString csv = QString::fromUtf8(tableexport::toCsv(table).mid(3));
    QCOMPARE(csv,
             QStringLiteral("'=Tên,Số\r\n"
                            "\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n"
                            "'=1+2,'-2+3\r\n"
                            "'@SUM(A1),'+cmd|' /C calc'!A0\r\n"
                            "'\tTab,Bình Hải - Bình Sơn\r\n"));
}

void TestListExport::tableFollowsFilterAndSort()
{
    const tableexport::Table table = ListExport::tableFromModel(
            *m_page->filterModel(), TeamsModel::RawValueRole, QStringLiteral("Teams"));
    QCOMPARE(table.headers.size(), int(TeamsModel::ColumnCount));
    QCOMPARE(table.headers[TeamsModel::NameColumn],
             m_page->model()->headerData(TeamsModel::NameColumn, Qt::Horizontal).toString());
    QCOMPARE(table.rows.size(), m_page->filterModel()->rowCount());
    QStringList names;
    for (const auto &row : table.rows)
        names << row[TeamsModel::NameColumn].text;
    QCOMPARE(names, shownNames());
    for (const auto &row : table.rows) {
        // Counts are numbers; the level ("Xã"), though its raw value is an int, is text.
        QVERIFY(row[TeamsModel::MembersColumn].number.has_value());
        QVERIFY(!row[TeamsModel::LevelColumn].number.has_value());
        QVERIFY(!row[TeamsModel::LevelColumn].text.isEmpty());
    }
}

void TestListExport::teamsExportToCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("doi-pho.csv"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("teamsExportButton"));
    QVERIFY(button);
    button->click();
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(path)),
             qPrintable(MessageBox::lastText()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
    const import::CsvTable csv = import::parseCsv(text, u',');
    QCOMPARE(csv.badQuoteLine, 0);
    QCOMPARE(csv.records.size(), m_page->filterModel()->rowCount() + 1);
    QCOMPARE(csv.records.constFirst().fields.size(), int(TeamsModel::ColumnCount));
    QCOMPARE(csv.records.constFirst().fields[TeamsModel::NameColumn],
             m_page->model()->headerData(TeamsModel::NameColumn, Qt::Horizontal).toString());
    QStringList names;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        names << csv.records[i].fields[TeamsModel::NameColumn];
    QCOMPARE(names, shownNames());
    QVERIFY2(text.contains(QStringLiteral("Đức Phổ")), qPrintable(text.left(400)));
}

void TestListExport::teamsExportToXlsx()
{
    if (!tableexport::xlsxAvailable())
        QSKIP("built without libxlsxwriter");
    const QString path = m_dir.filePath(QStringLiteral("doi-pho.xlsx"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(m_page->exportTeams(), path);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04", 4)); // a zip archive

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                { QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml"),
                  QStringLiteral("xl/worksheets/sheet1.xml") });
    QVERIFY2(unzip.waitForFinished(30000),
             "unzip did not finish (is the unzip package installed?)");
    QCOMPARE(unzip.exitCode(), 0);
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    const QString firstName = shownNames().constFirst();
    QVERIFY2(xml.contains(firstName.toHtmlEscaped()), qPrintable(firstName));
    QVERIFY(xml.contains(QStringLiteral("Đức Phổ")));
    // One header row plus the rows shown; counts as numbers (<c … t="n"> has no t="s").
    QVERIFY2(xml.contains(
                     QStringLiteral("<row r=\"%1\"").arg(m_page->filterModel()->rowCount() + 1)),
             "last row");
    QVERIFY(!xml.contains(
            QStringLiteral("<row r=\"%1\"").arg(m_page->filterModel()->rowCount() + 2)));
    QVERIFY(xml.contains(QStringLiteral("<autoFilter")));
}

// The members list of a database file is exported by a worker reading the
// rows straight from the database (issue #15): the file holds the rows the
// list shows, in its order, searched and sorted as on screen.
void TestListExport::membersListStreamsTheRowsShown()
{
    auto database = std::make_unique<Database>(QStringLiteral("listexport-file"));
    QCOMPARE(database->open(m_dir.filePath(QStringLiteral("members.sqlite"))).error, DatabaseError::None);
    QString error;
    const int campaignId = createDemoCampaign(database->connection(), &error);
    QVERIFY2(campaignId != 0, qPrintable(error));
    {
        // The demo has teams, not members: 60 members, half of them "Thị".
        QSqlDatabase db = database->connection();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO member (full_name, gender, birth_year, phone, affiliation) "
                                              "VALUES (?, ?, ?, ?, ?)")));
        for (int i = 0; i < 60; ++i) {
            insert.addBindValue(i % 2 ? QStringLiteral("Nguyễn Thị Hương %1").arg(i) : QStringLiteral("Trần Văn Đức %1").arg(i));
            insert.addBindValue(i % 2 ? QStringLiteral("female") : QStringLiteral("male"));
            insert.addBindValue(1960 + i);
            insert.addBindValue(QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0')));
            insert.addBindValue(i % 3 ? QStringLiteral("Hội Nông dân, xã") : QString());
            QVERIFY(insert.exec());
        }
        QVERIFY(keys::fillMissing(db, &error) >= 0);
        QVERIFY(db.commit());
    }
    auto kinds = createRecordKinds();
    RecordKind *kind = nullptr;
    for (const auto &candidate : kinds) {
        if (candidate->key() == QStringLiteral("members"))
            kind = candidate.get();
    }
    QVERIFY(kind);
    RecordListPage page(kind);
    page.setContext({ database->connection(), campaignId, nullptr });
    page.show();
    page.refresh();
    RecordListModel *model = page.model();
    model->sort(0, Qt::DescendingOrder);
    model->setSearchText(QStringLiteral("thi"));
    QCOMPARE(model->rowCount(), 30);
    QVERIFY(model->rowCount() < test::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM member")).toInt());
    QList<QStringList> shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        shown << cells;
    }

    const QString csvPath = m_dir.filePath(QStringLiteral("thanh-vien.csv"));
    FileDialog::setNextFileName(csvPath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(page.exportList(), csvPath);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("%1 row").arg(shown.size()))
                     || MessageBox::lastText().contains(QString::number(shown.size())),
             qPrintable(MessageBox::lastText()));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const import::CsvTable csv = import::parseCsv(QString::fromUtf8(csvFile.readAll().mid(3)), u',');
    QCOMPARE(csv.records.size(), shown.size() + 1);
    QCOMPARE(csv.records[0].fields.size(), model->columnCount());
    for (int row = 0; row < shown.size(); ++row)
        QCOMPARE(csv.records[row + 1].fields, shown[row]);

    if (!tableexport::xlsxAvailable())
        return;
    const QString xlsxPath = m_dir.filePath(QStringLiteral("thanh-vien.xlsx"));
    FileDialog::setNextFileName(xlsxPath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(page.exportList(), xlsxPath);
    QFile xlsxFile(xlsxPath);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QString why;
    const import::XlsxWorkbook workbook = import::readXlsx(xlsxFile.readAll(), &why);
    QVERIFY2(workbook.sheets.size() == 1, qPrintable(why));
    const import::XlsxSheet &sheet = workbook.sheets.constFirst();
    QCOMPARE(sheet.rows.size(), shown.size() + 1);
    for (int row = 0; row < shown.size(); ++row) {
        QCOMPARE(sheet.rows[row + 1].cells.constFirst().column, 1);
        QCOMPARE(sheet.rows[row + 1].cells.constFirst().text, shown[row][0]);
    }
}

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
