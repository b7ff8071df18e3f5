#include "TestDatabase.h"

#include "dashboard/DashboardExport.h"

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

QTEST_MAIN(DashboardExportTest)
#include "tst_dashboardexport.moc"
