#include "PdfText.h"
#include "TestDatabase.h"

#include "dashboard/DashboardExport.h"
#include "dashboard/DashboardPage.h"
#include "common/FileDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;

class DashboardExportTest : public QObject
{
    Q_OBJECT

private slots:
    void rendersImage();
    void writesPngAndPdf();
    void unknownCampaignFails();
    void exportSaysWhatItShows();
    void exportFromThePageSaysSaved();
};

void DashboardExportTest::rendersImage()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    QImage image;
    QString error;
    QVERIFY2(renderDashboardImage(*db, campaignId, &image, &error), qPrintable(error));
    QCOMPARE(image.size(), dashboardExportSize);
    // The level colours of the charts are in the picture.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y) & 0xFFFFFF);
    }
    QVERIFY(colours.contains(0x009E73)); // commune level
    QVERIFY(colours.contains(0xE69F00)); // district level
}

void DashboardExportTest::writesPngAndPdf()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("dashboard.png"));
    QVERIFY2(exportDashboard(*db, campaignId, png, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), dashboardExportSize);

    const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY2(exportDashboard(*db, campaignId, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void DashboardExportTest::unknownCampaignFails()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("none.png"));
    QString error;
    QVERIFY(!exportDashboard(*db, campaignId + 1000, png, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(png));
}

// The exported page has a title (campaign, scope, date of the figures) in place
// of the filters' controls.
void DashboardExportTest::exportSaysWhatItShows()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    QTemporaryDir dir;
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY2(exportDashboard(*db, campaignId, pdf, &error), qPrintable(error));
    const QStringList pages = test::pdfPageTexts(pdf);
    QCOMPARE(pages.size(), 1);
    const QString text = pages.first().simplified();
    QVERIFY2(text.contains(QStringLiteral("Overview: Ngày Chuyển đổi số quốc gia năm 2022")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Scope: Whole province")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Figures of %1").arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")))),
             qPrintable(text));
    // The controls are not in the picture.
    QVERIFY2(!text.contains(QStringLiteral("Campaign:")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Export")), qPrintable(text));
}

// Exporting from the page says where the file was saved.
void DashboardExportTest::exportFromThePageSaysSaved()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    QMainWindow window;
    auto *page = new DashboardPage(&window);
    window.setCentralWidget(page);
    QVERIFY(page->setDatabase(db.get(), campaignId));
    window.show();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("tong-quan.png"));
    FileDialog::setNextFileName(png);
    page->exportPng();
    QVERIFY(QFile::exists(png));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("tong-quan.png")), qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(DashboardExportTest)
#include "tst_dashboardexport.moc"
