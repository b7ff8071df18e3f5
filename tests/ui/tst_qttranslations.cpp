#include "i18n/Language.h"

#include <QAbstractButton>
#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace cds;

// Qt's own dialogs follow the chosen language: Vietnamese from our
// qtbase_vi (no Qt installation ships one), English from Qt's source texts.
class QtTranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void vietnameseFileDialog();
    void vietnameseButtonsAndMenus();
    void englishFileDialogAndButtons();
    void localeIsVietnameseInBothLanguages();

private:
    static QString labelText(const QWidget &parent, const char *name)
    {
        const auto *label = parent.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }
    static std::unique_ptr<QFileDialog> widgetFileDialog()
    {
        auto dialog = std::make_unique<QFileDialog>();
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        return dialog;
    }
};

void QtTranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void QtTranslationsTest::cleanupTestCase()
{
    installTranslators(QStringLiteral("vi"));
}

void QtTranslationsTest::vietnameseFileDialog()
{
    QVERIFY(installTranslators(QStringLiteral("vi")));
    const auto dialog = widgetFileDialog();
    QCOMPARE(labelText(*dialog, "lookInLabel"), QStringLiteral("Tìm trong:"));
    QCOMPARE(labelText(*dialog, "fileNameLabel"), QStringLiteral("&Tên tệp:"));
    QCOMPARE(labelText(*dialog, "fileTypeLabel"), QStringLiteral("Loại tệp:"));

    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
}

void QtTranslationsTest::vietnameseButtonsAndMenus()
{
    QVERIFY(installTranslators(QStringLiteral("vi")));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                             | QDialogButtonBox::Save | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Lưu"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));

    QColorDialog colours;
    colours.setOption(QColorDialog::DontUseNativeDialog);
    QCOMPARE(colours.windowTitle(), QStringLiteral("Chọn màu"));

    QLineEdit edit;
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    QVERIFY2(texts.contains(QStringLiteral("&Dán")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Chọn tất cả")), qPrintable(texts.join(QLatin1Char('|'))));
}

void QtTranslationsTest::englishFileDialogAndButtons()
{
    QVERIFY(installTranslators(QStringLiteral("vi")));
    // Switching replaces the Vietnamese translators instead of stacking on them.
    QVERIFY(installTranslators(QStringLiteral("en")));
    const auto dialog = widgetFileDialog();
    QCOMPARE(labelText(*dialog, "lookInLabel"), QStringLiteral("Look in:"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void QtTranslationsTest::localeIsVietnameseInBothLanguages()
{
    for (const QString &language : supportedLanguages()) {
        QVERIFY(installTranslators(language));
        QCOMPARE(QLocale().toString(7534), QStringLiteral("7.534"));
        QCOMPARE(QLocale().toString(QDate(2022, 10, 7), QLocale::ShortFormat),
                 QStringLiteral("07/10/2022"));
    }
    QVERIFY(!installTranslators(QStringLiteral("fr")));
}

QTEST_MAIN(QtTranslationsTest)
#include "tst_qttranslations.moc"
