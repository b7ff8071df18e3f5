#include "TestDatabase.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "export/ListExport.h"
#include "export/TableExport.h"
#include "teams/TeamsFilterModel.h"
#include "teams/TeamsModel.h"
#include "teams/TeamsPage.h"

#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
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

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
