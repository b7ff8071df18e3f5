#include "TestDatabase.h"
#include "common/AppSettings.h"
#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "database/Database.h"
#include "demo/DemoCampaign.h"
#include "import/ImportDialog.h"
#include "import/ImportSchema.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cds;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

const QString unitCountSql = QStringLiteral("SELECT count(*) FROM admin_unit");

QString fixture(const QString &name)
{
    return qEnvironmentVariable("CDS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/import/")
            + name + QStringLiteral("/input.csv");
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

// Clicks Import and waits for the worker to finish; true if the file was imported.
bool runImport(ImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return finished.constFirst().constFirst().toBool();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsGoodFileWithPreview();
    void listsProblemsOfBadFile();
    void honoursChosenColumnsAndReloadsThem();
    void importsIntoMemoryDatabase();
    void importsChosenSheetOfWorkbook();
    void fileMenuOpensDialogAndEscCloses();
    void fileMenuWritesIntakeWorkbooks();
    void checksCorrectedFileBeforeImporting();
    void importsTrainingsFromTheWindow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_campaignId = 0;
    std::unique_ptr<Database> m_database;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(fixture(QStringLiteral("good-utf8"))));
}

void TestImportDialog::init()
{
    AppSettings().remove(QStringLiteral("import"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cds.sqlite"));
    m_database = std::make_unique<Database>(QStringLiteral("importdialog"));
    QCOMPARE(m_database->open(m_path).error, DatabaseError::None);
    QString error;
    m_campaignId = createDemoCampaign(m_database->connection(), &error);
    QVERIFY2(m_campaignId != 0, qPrintable(error));
}

void TestImportDialog::cleanup()
{
    m_database.reset();
    m_dir.reset();
    AppSettings().remove(QStringLiteral("import"));
}

void TestImportDialog::importsGoodFileWithPreview()
{
    ImportDialog dialog(*m_database, m_campaignId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    QVERIFY(kind);
    QCOMPARE(kind->currentData().toInt(), int(import::ImportKind::Units));

    // Browse… goes through the FileDialog seam.
    const QString path = fixture(QStringLiteral("good-utf8"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "fileLineEdit")->text()), path);

    auto *preview = child<QTableView>(dialog, "previewTableView");
    QCOMPARE(preview->model()->rowCount(), 9);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Tên thôn, tổ dân phố"));
    QCOMPARE(preview->model()->columnCount(), 3);
    QCOMPARE(preview->model()->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Xã, phường, thị trấn"));
    QCOMPARE(preview->model()->index(3, 0).data().toString(),
             QStringLiteral("Thôn Phước Lộc; Đông"));
    QVERIFY2(child<QLabel>(dialog, "detectedLabel")->text().contains(QStringLiteral("semicolons")),
             qPrintable(child<QLabel>(dialog, "detectedLabel")->text()));
    // Pre-filled from the header line.
    QCOMPARE(child<QComboBox>(dialog, "nameMappingComboBox")->currentData().toString(),
             QStringLiteral("Tên thôn, tổ dân phố"));
    QCOMPARE(child<QComboBox>(dialog, "communeMappingComboBox")->currentData().toString(),
             QStringLiteral("Xã, phường, thị trấn"));
    QCOMPARE(child<QComboBox>(dialog, "districtMappingComboBox")->currentData().toString(),
             QStringLiteral("Huyện, thị xã, thành phố"));
    QCOMPARE(child<QComboBox>(dialog, "unitTypeMappingComboBox")->currentData().toString(),
             QString());

    const qint64 before = count(m_database->connection(), unitCountSql);
    QSignalSpy changed(DataChangeNotifier::instance(), &DataChangeNotifier::dataChanged);
    // Enter runs the import (Import is the default button).
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    child<QLineEdit>(dialog, "fileLineEdit")->setFocus();
    QTest::keyClick(child<QLineEdit>(dialog, "fileLineEdit"), Qt::Key_Return);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(dialog.isVisible());
    QCOMPARE(count(m_database->connection(), unitCountSql), before + 9);
    QCOMPARE(count(m_database->connection(),
                   QStringLiteral("SELECT count(*) FROM admin_unit u JOIN admin_unit p ON "
                                  "p.id = u.parent_id WHERE u.name = 'Thôn Đồng Xoài' "
                                  "AND p.name = 'Xã Bình Hải'")),
             1);
    const QString summary = child<QLabel>(dialog, "resultLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("9")) && summary.contains(QStringLiteral("input.csv")),
             qPrintable(summary));
    QCOMPARE(dialog.lastSummary().value_or(QString()), summary);
    QVERIFY(child<QTableWidget>(dialog, "importProblemsView")->isHidden());
    QCOMPARE(changed.size(), 1);

    // The mapping is kept for this source.
    AppSettings settings;
    const import::ColumnMapping saved =
            import::ColumnMapping::load(settings, import::ImportKind::Units, path);
    QCOMPARE(saved.header(QStringLiteral("name")), QStringLiteral("Tên thôn, tổ dân phố"));
    // Another file of the same name without those columns falls back to its headers.
    child<QLineEdit>(dialog, "fileLineEdit")->setText(fixture(QStringLiteral("bad-unknown-unit")));
    QCOMPARE(child<QComboBox>(dialog, "nameMappingComboBox")->currentData().toString(),
             QStringLiteral("Tên thôn"));
}

void TestImportDialog::listsProblemsOfBadFile()
{
    ImportDialog dialog(*m_database, m_campaignId);
    dialog.show();
    child<QLineEdit>(dialog, "fileLineEdit")->setText(fixture(QStringLiteral("bad-unknown-unit")));
    QCOMPARE(child<QTableView>(dialog, "previewTableView")->model()->rowCount(), 2);

    const qint64 before = count(m_database->connection(), unitCountSql);
    QSignalSpy changed(DataChangeNotifier::instance(), &DataChangeNotifier::dataChanged);
    QVERIFY(!runImport(dialog));
    QCOMPARE(count(m_database->connection(), unitCountSql), before);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!dialog.lastSummary());

    auto *problems = child<QTableWidget>(dialog, "importProblemsView");
    QVERIFY(problems->isVisibleTo(&dialog));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("2 (Xã)"));
    QCOMPARE(problems->item(0, 2)->text(),
             QStringLiteral("No administrative unit is named “Xã Không Có”."));
    QVERIFY(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("Nothing")));

    // A file-wide problem has no line or column.
    child<QLineEdit>(dialog, "fileLineEdit")->setText(fixture(QStringLiteral("bad-semicolons")));
    QVERIFY(!runImport(dialog));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QString());
    QCOMPARE(count(m_database->connection(), unitCountSql), before);
}

void TestImportDialog::honoursChosenColumnsAndReloadsThem()
{
    // Headers the engine does not know: the user maps them.
    const QString path = m_dir->filePath(QStringLiteral("Danh sách khu.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Ghi chú,Tên khu dân cư,Thuộc xã\n"
                                  "x,Khu dân cư Số 3,Bình Hải\n"
                                  "y,Khu dân cư Số 4,Bình Hải\n")
                           .toUtf8());
    }
    const qint64 before = count(m_database->connection(), unitCountSql);
    {
        ImportDialog dialog(*m_database, m_campaignId);
        dialog.show();
        child<QLineEdit>(dialog, "fileLineEdit")->setText(path);
        auto *name = child<QComboBox>(dialog, "nameMappingComboBox");
        auto *commune = child<QComboBox>(dialog, "communeMappingComboBox");
        QCOMPARE(name->currentData().toString(), QString());
        // Without a column for the required field the engine refuses the file.
        QVERIFY(!runImport(dialog));
        QCOMPARE(child<QTableWidget>(dialog, "importProblemsView")->item(0, 2)->text(),
                 QStringLiteral("The required column “Tên thôn, tổ dân phố” (Name) is missing."));
        QCOMPARE(count(m_database->connection(), unitCountSql), before);

        name->setCurrentIndex(name->findData(QStringLiteral("Tên khu dân cư")));
        commune->setCurrentIndex(commune->findData(QStringLiteral("Thuộc xã")));
        QVERIFY(runImport(dialog));
        QCOMPARE(count(m_database->connection(), unitCountSql), before + 2);
        QCOMPARE(count(m_database->connection(),
                       QStringLiteral("SELECT count(*) FROM admin_unit u JOIN admin_unit p ON "
                                      "p.id = u.parent_id WHERE u.name = 'Khu dân cư Số 3' "
                                      "AND p.name = 'Xã Bình Hải'")),
                 1);
    }

    // A new dialog on the same source starts from the saved choice.
    ImportDialog dialog(*m_database, m_campaignId);
    child<QLineEdit>(dialog, "fileLineEdit")->setText(path);
    QCOMPARE(child<QComboBox>(dialog, "nameMappingComboBox")->currentData().toString(),
             QStringLiteral("Tên khu dân cư"));
    QCOMPARE(child<QComboBox>(dialog, "communeMappingComboBox")->currentData().toString(),
             QStringLiteral("Thuộc xã"));
    // Another kind has its own mapping.
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(int(import::ImportKind::Members)));
    QVERIFY(child<QComboBox>(dialog, "fullNameMappingComboBox"));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("unitTypeMappingComboBox")));
}

void TestImportDialog::importsIntoMemoryDatabase()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    QVERIFY(database);
    ImportDialog dialog(*database, campaignId);
    dialog.show();
    child<QLineEdit>(dialog, "fileLineEdit")->setText(fixture(QStringLiteral("good-windows1258")));
    QVERIFY2(child<QLabel>(dialog, "detectedLabel")->text().contains(QStringLiteral("Windows-1258")),
             qPrintable(child<QLabel>(dialog, "detectedLabel")->text()));
    const qint64 before = count(database->connection(), unitCountSql);
    QVERIFY2(runImport(dialog), qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QCOMPARE(count(database->connection(), unitCountSql), before + 9);
}

void TestImportDialog::importsChosenSheetOfWorkbook()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi "
                                      "số quốc gia năm 2023', 2023)")));
    const int campaign2023 = query.lastInsertId().toInt();
    ImportDialog dialog(*m_database, campaign2023);
    dialog.show();
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(int(import::ImportKind::Teams)));
    // Written by LibreOffice (tests/fixtures/import/xlsx/README.md).
    child<QLineEdit>(dialog, "fileLineEdit")
            ->setText(qEnvironmentVariable("CDS_SOURCE_DIR")
                      + QStringLiteral("/tests/fixtures/import/xlsx/libreoffice-teams.xlsx"));
    auto *sheets = child<QComboBox>(dialog, "sheetComboBox");
    QVERIFY(sheets->isVisibleTo(&dialog));
    QVERIFY(!child<QComboBox>(dialog, "encodingComboBox")->isVisibleTo(&dialog));
    QCOMPARE(sheets->count(), 3);
    QCOMPARE(sheets->currentText(), QStringLiteral("Hướng dẫn"));

    sheets->setCurrentIndex(1);
    auto *preview = child<QTableView>(dialog, "previewTableView")->model();
    // The header is found in row 4 under the title; rows 5, 6 and 8 follow (7 is empty).
    QVERIFY2(child<QLabel>(dialog, "detectedLabel")->text().contains(QStringLiteral("row 4")),
             qPrintable(child<QLabel>(dialog, "detectedLabel")->text()));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("A: Đơn vị hành chính"));
    QCOMPARE(preview->headerData(2, Qt::Vertical).toString(), QStringLiteral("8"));
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("15/03/2023"));
    QCOMPARE(preview->index(2, 2).data().toString(), QStringLiteral("1.141"));
    QCOMPARE(child<QComboBox>(dialog, "establishedDateMappingComboBox")->currentData().toString(),
             QStringLiteral("Ngày thành lập"));

    const qint64 before = count(m_database->connection(), QStringLiteral("SELECT count(*) FROM team"));
    QVERIFY2(runImport(dialog), qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QCOMPARE(count(m_database->connection(), QStringLiteral("SELECT count(*) FROM team")),
             before + 3);

    // A wrong cell is listed by its row and reference (row 2's ward has its
    // team now: a corrected file updates it, that is no problem).
    sheets->setCurrentIndex(2);
    QVERIFY(!runImport(dialog));
    auto *problems = child<QTableWidget>(dialog, "importProblemsView");
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("B3 (Ngày thành lập)"));
    QCOMPARE(problems->horizontalHeaderItem(1)->text(), QStringLiteral("Cell"));
}

void TestImportDialog::fileMenuOpensDialogAndEscCloses()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    auto *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    QVERIFY(action->isEnabled());

    bool seen = false;
    QString title;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        title = dialog->windowTitle();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(title, QStringLiteral("Import from a CSV file or an Excel workbook"));
}

void TestImportDialog::fileMenuWritesIntakeWorkbooks()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    auto *action = window.findChild<QAction *>(QStringLiteral("exportIntakeAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString folder = m_dir->filePath(QStringLiteral("intake"));
    FileDialog::setNextFileName(folder);
    action->trigger();
    // One workbook per district-level unit of the demo (13), an Excel file each.
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.xlsx") }, QDir::Files);
    QCOMPARE(files.size(), 13);
    QVERIFY(files.contains(QStringLiteral("nhap-lieu-huyen-ly-son.xlsx")));
}

void TestImportDialog::checksCorrectedFileBeforeImporting()
{
    const QString header = QStringLiteral("Mã số liệu,Tên số liệu,Giá trị,Đơn vị tính\n");
    const auto writeFile = [&](const QString &rows) {
        const QString path = m_dir->filePath(QStringLiteral("so-lieu.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write((header + rows).toUtf8());
        return path;
    };
    const QString valueSql = QStringLiteral(
            "SELECT value FROM campaign_figure WHERE figure_key = 'diem_wifi' AND campaign_id = %1")
                                     .arg(m_campaignId);
    ImportDialog dialog(*m_database, m_campaignId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(int(import::ImportKind::Figures)));
    QVERIFY(kind->currentIndex() >= 0);
    child<QLineEdit>(dialog, "fileLineEdit")->setText(writeFile(QStringLiteral("diem_wifi,Điểm wifi,35,điểm\n")));
    QVERIFY2(runImport(dialog), qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QCOMPARE(count(m_database->connection(), valueSql), 35);

    // The corrected file: Check shows what it would change and keeps nothing.
    child<QLineEdit>(dialog, "fileLineEdit")->clear();
    child<QLineEdit>(dialog, "fileLineEdit")->setText(writeFile(QStringLiteral("diem_wifi,Điểm wifi,40,điểm\n")));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    const QString checked = child<QLabel>(dialog, "resultLabel")->text();
    QVERIFY2(checked.contains(QStringLiteral("0 new, 1 changed, 0 unchanged")), qPrintable(checked));
    auto *problems = child<QTableWidget>(dialog, "importProblemsView");
    QVERIFY(!problems->isHidden());
    QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("Changed: Điểm wifi: value 35 → 40"));
    QCOMPARE(count(m_database->connection(), valueSql), 35);

    QVERIFY2(runImport(dialog), qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QVERIFY(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("1 changed")));
    QCOMPARE(count(m_database->connection(), valueSql), 40);
}

void TestImportDialog::importsTrainingsFromTheWindow()
{
    const QString path = m_dir->filePath(QStringLiteral("lop-tap-huan.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("Tên lớp tập huấn;Ngày bắt đầu;Đơn vị tổ chức;Số người tham gia\n"
                                  "Lớp chữ ký số cho cán bộ xã;19/10/2022;STTTT;hơn 60\n")
                           .toUtf8());
    }
    ImportDialog dialog(*m_database, m_campaignId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(int(import::ImportKind::Trainings)));
    QVERIFY(kind->currentIndex() >= 0);
    child<QLineEdit>(dialog, "fileLineEdit")->setText(path);
    QVERIFY2(runImport(dialog), qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QVERIFY2(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("1 new")),
             qPrintable(child<QLabel>(dialog, "resultLabel")->text()));
    QCOMPARE(count(m_database->connection(),
                   QStringLiteral("SELECT participants_declared FROM training_session WHERE campaign_id = %1 "
                                  "AND title = 'Lớp chữ ký số cho cán bộ xã' AND participants_qualifier = 'hon'")
                           .arg(m_campaignId)),
             60);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
