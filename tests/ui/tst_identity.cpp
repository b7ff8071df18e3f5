#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace cds;

// What tells CDS Desk apart on the clerk's PC: its icon, window title and
// About box, and the Settings dialog where the language is chosen.
class IdentityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void iconRendersFromSvg();
    void windowTitleNamesCampaignAndFile();
    void aboutNamesVersionLicenceAndSources();
    void settingsDialogStoresLanguage();
};

void IdentityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English source texts: what this test reads does not wait for the
    // Vietnamese translation.
    QVERIFY(installTranslators(QStringLiteral("en")));
}

void IdentityTest::iconRendersFromSvg()
{
    const QIcon icon(QStringLiteral(":/icons/cdsdesk.svg"));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(64, 64)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(64, 64));
    // Transparent outside the rounded tile, the yellow hub at (128, 140)/256.
    QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
    const QColor hub = image.pixelColor(32, 35);
    QVERIFY2(hub.red() > 200 && hub.green() > 150 && hub.blue() < 120,
             qPrintable(hub.name()));
}

void IdentityTest::windowTitleNamesCampaignAndFile()
{
    int campaignId = 0;
    auto db = test::openDemoDatabase(&campaignId);
    QVERIFY(db);
    MainWindow window;
    window.setDatabase(std::move(db));
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" – CDS Desk")),
             qPrintable(window.windowTitle()));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("2022")), qPrintable(window.windowTitle()));
    QVERIFY(!window.windowIcon().isNull());
}

void IdentityTest::aboutNamesVersionLicenceAndSources()
{
    MainWindow window;
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    about->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QStringLiteral("CDS Desk " CDS_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("MIT")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("General Statistics Office")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

void IdentityTest::settingsDialogStoresLanguage()
{
    storeLanguage(QStringLiteral("vi"));
    MainWindow window;
    auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));

    // Each language is offered under its own name.
    SettingsDialog dialog;
    auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(languages);
    QCOMPARE(languages->count(), 2);
    QCOMPARE(languages->itemText(0), QStringLiteral("Tiếng Việt"));
    QCOMPARE(languages->itemText(1), QStringLiteral("English"));
    QCOMPARE(dialog.language(), QStringLiteral("vi"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("databasePathLabel"))->text().isEmpty());

    // Chosen through the menu: the dialog stores the language, the window
    // says it applies from the next start.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *shown = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!shown)
            return;
        auto *combo = shown->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        answered = true;
        shown->accept();
    });
    MessageBox::clearLastText();
    settings->trigger();
    QVERIFY(answered);
    QCOMPARE(storedLanguage(), QStringLiteral("en"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("next time")),
             qPrintable(MessageBox::lastText()));
    auto *english = window.findChild<QAction *>(QStringLiteral("englishLanguageAction"));
    QVERIFY(english && english->isChecked());
    storeLanguage(QStringLiteral("vi"));
}

QTEST_MAIN(IdentityTest)
#include "tst_identity.moc"
