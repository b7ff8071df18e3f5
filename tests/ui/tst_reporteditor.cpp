// The whole path of issue #5 through the real widgets, found by object name:
// correct the wording, keep it as a template, give a number, issue, change the
// data, reprint the issued copy unchanged, see the records behind a figure,
// withdraw, and start the next year's report from this one.
#include "TestDatabase.h"

#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DrillDownDialog.h"
#include "report/ReportEditor.h"
#include "report/ReportPage.h"
#include "reports/ReportRegister.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace cds;
using cds::test::exec;
using cds::test::scalar;

class TestReportEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A dialog the test did not answer would block for ever: name it and close it.
        auto *watchdog = new QTimer(this);
        connect(watchdog, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                const auto *box = qobject_cast<QMessageBox *>(modal);
                qWarning("unexpected dialog: %s %s", qPrintable(modal->windowTitle()), box ? qPrintable(box->text()) : "");
                modal->close();
            }
        });
        watchdog->start(1000);
    }

    void draftNumberIssueReprintWithdraw()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        ReportPage page;
        page.resize(1300, 850);
        QVERIFY(page.setCampaign(db.get(), campaign));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QTableView *>(QStringLiteral("reportsTableView"));
        QVERIFY(list);
        QAbstractItemModelTester tester(list->model());
        QCOMPARE(list->model()->rowCount(), 1);
        auto *preview = page.findChild<QPrintPreviewWidget *>(QStringLiteral("reportPreviewWidget"));
        QTRY_VERIFY(preview->pageCount() >= 5);
        const int report = page.currentReportId();
        QVERIFY(report > 0);

        ReportEditor *editor = page.editor();
        const auto widget = [editor](const char *name) { return editor->findChild<QWidget *>(QString::fromLatin1(name)); };
        auto *body = qobject_cast<QPlainTextEdit *>(widget("bodyPlainTextEdit"));
        auto *saveButton = qobject_cast<QPushButton *>(widget("saveDraftButton"));
        QVERIFY(body && saveButton);
        QVERIFY(body->toPlainText().contains(QStringLiteral("{{teams.total}}")));
        QVERIFY(!saveButton->isEnabled());

        // The head of the unit corrects the wording.
        body->setPlainText(body->toPlainText().replace(QStringLiteral("## 1. Công tác truyền thông"),
                                                       QStringLiteral("## 1. Công tác thông tin, truyền thông")));
        QVERIFY(saveButton->isEnabled());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QVERIFY(scalar(c, QStringLiteral("SELECT body FROM report WHERE id = %1").arg(report)).toString()
                        .contains(QStringLiteral("Công tác thông tin, truyền thông")));

        // …and it is kept as a template for next year.
        InputDialog::setNextText(QStringLiteral("Báo cáo Ngày CĐS hằng năm"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(qobject_cast<QPushButton *>(widget("saveAsTemplateButton")), Qt::LeftButton);
        QCOMPARE(scalar(c, QStringLiteral("SELECT version FROM report_template WHERE name = 'Báo cáo Ngày CĐS hằng năm'")).toInt(), 1);

        // The records office: next free number suggested, then given.
        auto *number = qobject_cast<QSpinBox *>(widget("numberSpinBox"));
        auto *date = qobject_cast<QDateEdit *>(widget("issueDateEdit"));
        auto *registerLabel = qobject_cast<QLabel *>(widget("registerLabel"));
        date->setDate(QDate(2022, 10, 7));
        QCOMPARE(number->value(), 1);
        QVERIFY2(registerLabel->text().contains(QStringLiteral("01")), qPrintable(registerLabel->text()));
        number->setValue(5);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "the next free number is 01, not 05"
        QTest::mouseClick(qobject_cast<QPushButton *>(widget("assignNumberButton")), Qt::LeftButton);
        QCOMPARE(scalar(c, QStringLiteral("SELECT number FROM report WHERE id = %1").arg(report)).toInt(), 5);
        QVERIFY2(registerLabel->text().contains(QStringLiteral("01, 02, 03, 04")), qPrintable(registerLabel->text()));
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("05/BC-STTTT"));

        // Issue, with its confirmation.
        auto *issueButton = qobject_cast<QPushButton *>(widget("issueButton"));
        QVERIFY(issueButton->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(issueButton, Qt::LeftButton);
        QCOMPARE(scalar(c, QStringLiteral("SELECT status FROM report WHERE id = %1").arg(report)).toString(), QStringLiteral("issued"));
        QVERIFY(body->isReadOnly());
        QVERIFY(!issueButton->isEnabled());
        QVERIFY(!saveButton->isEnabled());
        QVERIFY(qobject_cast<QPushButton *>(widget("withdrawButton"))->isEnabled());
        const QByteArray issuedHash = scalar(c, QStringLiteral("SELECT pdf_sha256 FROM report_snapshot WHERE report_id = %1").arg(report))
                                              .toString().toLatin1();

        // The data changes; the page says the live figures now differ.
        auto *changed = qobject_cast<QLabel *>(widget("figuresChangedLabel"));
        QVERIFY(changed->isHidden());
        exec(c, QStringLiteral("DELETE FROM team WHERE level = 3 AND id = (SELECT max(id) FROM team WHERE level = 3)"));
        DataChangeNotifier::instance()->notifyChanged(QStringLiteral("team"));
        QTRY_VERIFY(!changed->isHidden());
        QVERIFY2(changed->text().contains(QStringLiteral("173/173 → 172/173")), qPrintable(changed->text()));

        // Reprint: the stored copy, byte for byte.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ban-phat-hanh.pdf"));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(qobject_cast<QPushButton *>(widget("reprintButton")), Qt::LeftButton);
        QCOMPARE(test::fileHash(path).toHex(), issuedHash);
        // The preview of an issued report is the issued copy too.
        QTRY_VERIFY(preview->pageCount() >= 5);

        // From a figure to the records behind it: the 173 communes and their teams.
        auto *figures = qobject_cast<QTreeWidget *>(widget("figuresTreeWidget"));
        QTreeWidgetItem *coverage = nullptr;
        for (int i = 0; i < figures->topLevelItemCount(); ++i) {
            if (figures->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("level3_coverage"))
                coverage = figures->topLevelItem(i);
        }
        QVERIFY(coverage);
        QCOMPARE(coverage->text(1), QStringLiteral("172/173"));
        QCOMPARE(coverage->text(2), QStringLiteral("173/173"));
        DrillDownDialog *records = editor->showFigureRecords(QStringLiteral("level3_coverage"));
        QVERIFY(records);
        QCOMPARE(records->model()->rowCount(), 173);
        int withoutTeam = 0;
        for (int row = 0; row < records->model()->rowCount(); ++row)
            withoutTeam += records->model()->index(row, 4).data().toString().isEmpty() ? 1 : 0;
        QCOMPARE(withoutTeam, 1);
        records->close();

        // Withdraw with a reason; never deleted.
        InputDialog::setNextText(QStringLiteral("Số liệu cấp xã chưa đầy đủ"));
        QTest::mouseClick(qobject_cast<QPushButton *>(widget("withdrawButton")), Qt::LeftButton);
        QCOMPARE(scalar(c, QStringLiteral("SELECT status FROM report WHERE id = %1").arg(report)).toString(), QStringLiteral("withdrawn"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.deleteDraft());
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM report WHERE id = %1").arg(report)).toInt(), 1);

        // Next year: the 2023 report starts from this one, with the 2023 figures.
        exec(c, QStringLiteral("INSERT INTO campaign (name, year, province_id) SELECT 'Ngày Chuyển đổi số quốc gia năm 2023', 2023, province_id FROM campaign WHERE id = %1").arg(campaign));
        const int campaign2023 = scalar(c, QStringLiteral("SELECT id FROM campaign WHERE year = 2023")).toInt();
        exec(c, QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name, declared_member_count) "
                               "SELECT %1, id, 3, 'Tổ ' || name, 9 FROM admin_unit WHERE level = 3 ORDER BY id LIMIT 3").arg(campaign2023));
        page.setCampaign(db.get(), campaign2023);
        const int report2023 = page.newReport(0, report);
        QVERIFY(report2023 > 0);
        QCOMPARE(page.currentReportId(), report2023);
        QCOMPARE(list->model()->rowCount(), 2);
        auto *subject = qobject_cast<QPlainTextEdit *>(widget("subjectPlainTextEdit"));
        QVERIFY2(subject->toPlainText().contains(QStringLiteral("năm 2023")) || subject->toPlainText().contains(QStringLiteral("{{campaign.name}}")),
                 qPrintable(subject->toPlainText()));
        QVERIFY(body->toPlainText().contains(QStringLiteral("Công tác thông tin, truyền thông")));
        QVERIFY(!body->isReadOnly());
        QCOMPARE(editor->record().number, 0);
        QTreeWidgetItem *coverage2023 = nullptr;
        for (int i = 0; i < figures->topLevelItemCount(); ++i) {
            if (figures->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("level3_coverage"))
                coverage2023 = figures->topLevelItem(i);
        }
        QVERIFY(coverage2023);
        QCOMPARE(coverage2023->text(1), QStringLiteral("3/173"));
        QCOMPARE(number->value(), 1); // the 2023 register is empty
    }
};

QTEST_MAIN(TestReportEditor)
#include "tst_reporteditor.moc"
