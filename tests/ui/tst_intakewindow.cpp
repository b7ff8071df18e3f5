// Intake workbooks from the window (issue 16): File → Export intake
// workbooks… writes one per district and says how many and where; File →
// Import intake workbook… shows what a filled workbook adds and changes, then
// applies all of it or nothing, as one step that Edit → Undo takes back.
#include "DialogWatchdog.h"
#include "IntakeFill.h"
#include "TestDatabase.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"
#include "import/IntakeDialogs.h"
#include "intake/IntakeWorkbook.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cds;

namespace {

QString scalarText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<none>");
    return query.value(0).toString();
}

// What the preview showed, read from its widgets.
struct Preview
{
    QString summary;
    QStringList sheets; // "Tổ Công nghệ số 1 0 12" per row
    QStringList changes;
    QStringList problems; // "Tổ Công nghệ số|F7|…"
    bool importEnabled = false;
};

Preview read(const IntakeImportDialog &dialog)
{
    Preview p;
    p.summary = dialog.findChild<QLabel *>(QStringLiteral("intakeSummaryLabel"))->text();
    const auto *sheets =
            dialog.findChild<QTableWidget *>(QStringLiteral("intakeSheetsTableWidget"));
    for (int r = 0; r < sheets->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < sheets->columnCount(); ++c)
            cells << sheets->item(r, c)->text();
        p.sheets << cells.join(u' ');
    }
    const auto *changes =
            dialog.findChild<QListWidget *>(QStringLiteral("intakeChangesListWidget"));
    for (int r = 0; r < changes->count(); ++r)
        p.changes << changes->item(r)->text();
    const auto *problems =
            dialog.findChild<QTableWidget *>(QStringLiteral("intakeProblemsTableWidget"));
    for (int r = 0; r < problems->rowCount(); ++r)
        p.problems << QStringList({ problems->item(r, 0)->text(), problems->item(r, 1)->text(),
                                    problems->item(r, 2)->text() })
                              .join(u'|');
    p.importEnabled =
            dialog.findChild<QPushButton *>(QStringLiteral("intakeImportButton"))->isEnabled();
    return p;
}

} // namespace

class TestIntakeWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportWritesOneWorkbookPerDistrict();
    void importPreviewsAppliesOnceAndUndoes();
    void badCellOnSecondSheetImportsNothing();

private:
    // Triggers File → Import intake workbook… on file; while its dialog is
    // open, reads the preview and clicks Import (clickImport) or Cancel.
    Preview importThroughWindow(const QString &file, bool clickImport);
    // The demo's Huyện Bình Sơn workbook, its Xã Bình Châu team taken away
    // first so that there is a team to fill in; filled with fill, saved as name.
    QString filledWorkbook(
            const QString &name,
            const std::function<bool(QList<ZipEntry> &, const import::XlsxWorkbook &)> &fill);
    qint64 count(const QString &sql) const
    {
        return scalarText(m_database->connection(), sql).toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_campaignId = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestIntakeWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIntakeWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cds.sqlite"));
    {
        Database setup(QStringLiteral("intakewindow-setup"));
        QCOMPARE(setup.open(m_path).error, DatabaseError::None);
        QString error;
        m_campaignId = createDemoCampaign(setup.connection(), &error);
        QVERIFY2(m_campaignId != 0, qPrintable(error));
        test::exec(setup.connection(),
                   QStringLiteral("DELETE FROM team_member WHERE team_id IN (SELECT t.id FROM team "
                                  "t JOIN admin_unit u "
                                  "ON u.id = t.unit_id WHERE u.name = 'Xã Bình Châu')"));
        test::exec(setup.connection(),
                   QStringLiteral("DELETE FROM team WHERE unit_id = (SELECT id FROM admin_unit "
                                  "WHERE name = 'Xã Bình Châu')"));
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_path));
    m_database = std::make_unique<Database>(QStringLiteral("intakewindow-check"));
    QCOMPARE(m_database->open(m_path).error, DatabaseError::None);
    test::closeUnexpectedDialogs(m_window.get(), [](const QWidget *dialog) {
        return qobject_cast<const IntakeImportDialog *>(dialog) != nullptr
                || dialog->objectName() == QStringLiteral("intakeExportProgressDialog");
    });
}

void TestIntakeWindow::cleanup()
{
    m_window.reset();
    m_database.reset();
    m_dir.reset();
}

Preview TestIntakeWindow::importThroughWindow(const QString &file, bool clickImport)
{
    Preview seen;
    bool opened = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<IntakeImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        opened = true;
        seen = read(*dialog);
        const char *button = clickImport ? "intakeImportButton" : "intakeCancelButton";
        QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(button)),
                          Qt::LeftButton);
    });
    poll.start();
    FileDialog::setNextFileName(file);
    m_window->findChild<QAction *>(QStringLiteral("importIntakeAction"))->trigger();
    poll.stop();
    if (!opened)
        qWarning("the intake import dialog did not open");
    return seen;
}

QString TestIntakeWindow::filledWorkbook(
        const QString &name,
        const std::function<bool(QList<ZipEntry> &, const import::XlsxWorkbook &)> &fill)
{
    const QString folder = m_dir->filePath(QStringLiteral("sent"));
    const intake::IntakeExportResult exported =
            intake::exportIntakeWorkbooks(m_database->connection(), m_campaignId, folder);
    if (!exported.error.isEmpty())
        return {};
    QFile sent(QDir(folder).filePath(QStringLiteral("nhap-lieu-huyen-binh-son.xlsx")));
    if (!sent.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = sent.readAll();
    QString why;
    QList<ZipEntry> entries = readZip(bytes, &why);
    if (!fill(entries, import::readXlsx(bytes, &why)))
        return {};
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(writeZip(entries, &why));
    return path;
}

// The sheets' parts in the workbook as written (Hướng dẫn, Danh mục, then these).
const QByteArray villagesPart = "xl/worksheets/sheet3.xml";
const QByteArray teamsPart = "xl/worksheets/sheet4.xml";
const QByteArray membersPart = "xl/worksheets/sheet5.xml";

// The first entry row of the villages sheet: only its district filled in.
int firstBlankVillageRow(const import::XlsxWorkbook &workbook)
{
    for (const import::XlsxRow &row :
         workbook.sheets.at(workbook.sheetIndex(QStringLiteral("Thôn, tổ dân phố"))).rows) {
        if (row.row > 3 && row.cells.first().column > 1)
            return row.row;
    }
    return 0;
}

void TestIntakeWindow::exportWritesOneWorkbookPerDistrict()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportIntakeAction"));
    QVERIFY(action && action->isEnabled());
    const QString folder = m_dir->filePath(QStringLiteral("so-nhap-lieu"));
    FileDialog::setNextFileName(folder);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    // Quảng Ngãi 2022: 13 district-level units, one workbook each.
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.xlsx") }, QDir::Files);
    QCOMPARE(files.size(), 13);
    QVERIFY(files.contains(QStringLiteral("nhap-lieu-huyen-binh-son.xlsx")));
    // The message says how many and where.
    const QString message = MessageBox::lastText();
    // ("workbook(s)" until the English plural is in translations/cdsdesk_en.ts)
    QVERIFY2(message.contains(QStringLiteral("13 intake workbook")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" written to ") + QDir::toNativeSeparators(folder)),
             qPrintable(message));
}

void TestIntakeWindow::importPreviewsAppliesOnceAndUndoes()
{
    const QString filled = filledWorkbook(
            QStringLiteral("binh-son.xlsx"),
            [](QList<ZipEntry> &entries, const import::XlsxWorkbook &workbook) {
                const int teamRow = test::rowOf(workbook, QStringLiteral("Tổ Công nghệ số"), 3,
                                                QStringLiteral("Xã Bình Châu"));
                const int villageRow = firstBlankVillageRow(workbook);
                // The first blank member row: under the last one with a value.
                int memberRow = 4;
                for (const import::XlsxRow &row :
                     workbook.sheets.at(workbook.sheetIndex(QStringLiteral("Thành viên"))).rows) {
                    for (const import::XlsxCell &cell : row.cells) {
                        if (!cell.text.trimmed().isEmpty())
                            memberRow = std::max(memberRow, row.row + 1);
                    }
                }
                return teamRow > 3 && villageRow > 3
                        && test::fillCell(entries, teamsPart, QStringLiteral("F%1").arg(teamRow),
                                          QStringLiteral("15/10/2022"))
                        && test::fillCell(entries, teamsPart, QStringLiteral("H%1").arg(teamRow),
                                          QStringLiteral("9"))
                        && test::fillCell(entries, villagesPart,
                                          QStringLiteral("A%1").arg(villageRow),
                                          QStringLiteral("Thôn Mới Lập"))
                        && test::fillCell(entries, villagesPart,
                                          QStringLiteral("C%1").arg(villageRow),
                                          QStringLiteral("Xã Bình Châu"))
                        && test::fillCell(entries, membersPart,
                                          QStringLiteral("A%1").arg(memberRow),
                                          QStringLiteral("Đặng Thị Hoa"))
                        && test::fillCell(entries, membersPart,
                                          QStringLiteral("B%1").arg(memberRow),
                                          QStringLiteral("Xã Bình Châu"))
                        && test::fillCell(entries, membersPart,
                                          QStringLiteral("D%1").arg(memberRow),
                                          QStringLiteral("Tổ trưởng"));
            });
    QVERIFY(!filled.isEmpty());
    const QString villageSql =
            QStringLiteral("SELECT count(*) FROM admin_unit WHERE name = 'Thôn Mới Lập'");
    const QString teamSql =
            QStringLiteral("SELECT count(*) FROM team t JOIN admin_unit u ON u.id = t.unit_id "
                           "WHERE u.name = 'Xã Bình Châu' AND t.campaign_id = %1")
                    .arg(m_campaignId);
    const QString memberSql =
            QStringLiteral("SELECT count(*) FROM member WHERE full_name = 'Đặng Thị Hoa'");
    const QString totalsSql = QStringLiteral(
            "SELECT (SELECT count(*) FROM admin_unit) || ' ' || (SELECT count(*) FROM team) "
            "|| ' ' || (SELECT count(*) FROM team_member) || ' ' || (SELECT count(*) FROM member)");
    const QString before = scalarText(m_database->connection(), totalsSql);
    const qint64 groupsBefore = count(QStringLiteral("SELECT count(*) FROM change_group"));

    // Cancel at the preview: nothing written.
    Preview preview = importThroughWindow(filled, false);
    QVERIFY2(preview.summary.contains(QStringLiteral("3 new, 0 changed,")),
             qPrintable(preview.summary));
    QVERIFY(preview.importEnabled);
    QVERIFY(preview.problems.isEmpty());
    QCOMPARE(preview.sheets.size(), 3);
    QVERIFY2(preview.sheets.at(0).startsWith(QStringLiteral("Thôn, tổ dân phố 1 0 ")),
             qPrintable(preview.sheets.at(0)));
    QVERIFY2(preview.sheets.at(1).startsWith(QStringLiteral("Tổ Công nghệ số 1 0 ")),
             qPrintable(preview.sheets.at(1)));
    QVERIFY2(preview.sheets.at(2).startsWith(QStringLiteral("Thành viên 1 0 ")),
             qPrintable(preview.sheets.at(2)));
    QCOMPARE(scalarText(m_database->connection(), totalsSql), before);

    // Import: the three rows, one change group.
    preview = importThroughWindow(filled, true);
    QVERIFY(preview.importEnabled);
    QCOMPARE(count(villageSql), 1);
    QCOMPARE(count(teamSql), 1);
    QCOMPARE(scalarText(m_database->connection(),
                        QStringLiteral("SELECT t.established_date || ' ' || "
                                       "t.declared_member_count FROM team t JOIN "
                                       "admin_unit u ON u.id = t.unit_id WHERE u.name = 'Xã Bình "
                                       "Châu' AND t.campaign_id = %1")
                                .arg(m_campaignId)),
             QStringLiteral("2022-10-15 9"));
    QCOMPARE(count(memberSql), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_group")), groupsBefore + 1);
    const QString afterImport = scalarText(m_database->connection(), totalsSql);

    // The same workbook again: 0 new, 0 changed, Import not offered, nothing written.
    preview = importThroughWindow(filled, false);
    QVERIFY2(preview.summary.contains(QStringLiteral("0 new, 0 changed,")),
             qPrintable(preview.summary));
    QVERIFY(!preview.importEnabled);
    QVERIFY(preview.changes.isEmpty());
    QCOMPARE(scalarText(m_database->connection(), totalsSql), afterImport);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_group")), groupsBefore + 1);

    // Edit → Undo takes the whole workbook back.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(count(villageSql), 0);
    QCOMPARE(count(teamSql), 0);
    QCOMPARE(count(memberSql), 0);
    QCOMPARE(scalarText(m_database->connection(), totalsSql), before);
}

void TestIntakeWindow::badCellOnSecondSheetImportsNothing()
{
    int teamRow = 0;
    const QString filled = filledWorkbook(
            QStringLiteral("binh-son-sai.xlsx"),
            [&teamRow](QList<ZipEntry> &entries, const import::XlsxWorkbook &workbook) {
                teamRow = test::rowOf(workbook, QStringLiteral("Tổ Công nghệ số"), 3,
                                      QStringLiteral("Xã Bình Châu"));
                const int villageRow = firstBlankVillageRow(workbook);
                // A good village on the first sheet, a date that does not exist on the second.
                return teamRow > 3 && villageRow > 3
                        && test::fillCell(entries, villagesPart,
                                          QStringLiteral("A%1").arg(villageRow),
                                          QStringLiteral("Thôn Mới Lập"))
                        && test::fillCell(entries, villagesPart,
                                          QStringLiteral("C%1").arg(villageRow),
                                          QStringLiteral("Xã Bình Châu"))
                        && test::fillCell(entries, teamsPart, QStringLiteral("F%1").arg(teamRow),
                                          QStringLiteral("31/02/2022"));
            });
    QVERIFY(!filled.isEmpty());
    const QString cell = QStringLiteral("F%1").arg(teamRow);
    const qint64 groupsBefore = count(QStringLiteral("SELECT count(*) FROM change_group"));

    const Preview preview = importThroughWindow(filled, false);
    QVERIFY(!preview.importEnabled);
    QVERIFY2(preview.summary.contains(QStringLiteral("“Tổ Công nghệ số”, cell ") + cell),
             qPrintable(preview.summary));
    QVERIFY2(preview.summary.contains(QStringLiteral("Nothing of the workbook will be imported")),
             qPrintable(preview.summary));
    QCOMPARE(preview.problems.size(), 1);
    QVERIFY2(preview.problems.first().startsWith(QStringLiteral("Tổ Công nghệ số|") + cell + u'|'),
             qPrintable(preview.problems.first()));

    // Applied anyway (as the command line would): nothing of the first sheet is kept either.
    const intake::IntakeImportResult result =
            intake::importIntakeWorkbook(m_database->connection(), filled, m_campaignId);
    QVERIFY(!result.imported);
    QVERIFY2(result.text().contains(QStringLiteral("Sheet Tổ Công nghệ số, cell ") + cell),
             qPrintable(result.text()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM admin_unit WHERE name = 'Thôn Mới Lập'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_group")), groupsBefore);
}

QTEST_MAIN(TestIntakeWindow)
#include "tst_intakewindow.moc"
