// The whole path of issue #5 through the real widgets, found by object name:
// correct the wording, keep it as a template, give a number, issue, change the
// data, reprint the issued copy unchanged, see the records behind a figure,
// withdraw, and start the next year's report from this one.
#include "DialogWatchdog.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"
#include "dashboard/DrillDownDialog.h"
#include "report/ReportBodyEdit.h"
#include "report/ReportEditor.h"
#include "report/ReportListModel.h"
#include "report/ReportPage.h"
#include "report/ReportPreview.h"
#include "report/ReportTemplate.h"
#include "reports/ReportRegister.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "text/VietnameseText.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSqlQuery>
#include <QFile>
#include <QLabel>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QToolButton>
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

    // The document position of the first chip with tag, or -1.
    static int chipPosition(const ReportBodyEdit *body, const QString &tag, int from = 0)
    {
        for (int pos = from; pos < body->document()->characterCount(); ++pos) {
            if (body->chipTagAt(pos) == tag)
                return pos;
        }
        return -1;
    }

    // Types text as key presses, Vietnamese letters included (QTest::keyClicks takes Latin-1 only).
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    static QPoint chipCentre(ReportBodyEdit *body, int position)
    {
        QTextCursor left(body->document());
        left.setPosition(position);
        QTextCursor right(body->document());
        right.setPosition(position + 1);
        const QRect a = body->cursorRect(left);
        const QRect b = body->cursorRect(right);
        return {(a.left() + b.left()) / 2, a.center().y()};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::closeUnexpectedDialogs(this);
    }

    // Every test starts from the demo database and its report page, shown.
    void init()
    {
        m_db = test::openDemoDatabase(&m_campaign);
        QVERIFY(m_db);
        m_page = std::make_unique<ReportPage>();
        m_page->resize(1300, 850);
        QVERIFY(m_page->setCampaign(m_db.get(), m_campaign));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void draftNumberIssueReprintWithdraw()
    {
        const int campaign = m_campaign;
        const std::unique_ptr<Database> &db = m_db;
        const QSqlDatabase c = db->connection();
        ReportPage &page = *m_page;
        auto *list = page.findChild<QTableView *>(QStringLiteral("reportsTableView"));
        QVERIFY(list);
        QAbstractItemModelTester tester(list->model());
        QCOMPARE(list->model()->rowCount(), 1);
        auto *preview = page.findChild<ReportPreview *>(QStringLiteral("reportPreviewWidget"));
        QTRY_VERIFY(preview->pageCount() >= 5);
        const int report = page.currentReportId();
        QVERIFY(report > 0);

        ReportEditor *editor = page.editor();
        const auto widget = [editor](const char *name) { return editor->findChild<QWidget *>(QString::fromLatin1(name)); };
        auto *body = qobject_cast<ReportBodyEdit *>(widget("bodyTextEdit"));
        auto *saveButton = qobject_cast<QPushButton *>(widget("saveDraftButton"));
        QVERIFY(body && saveButton);
        QVERIFY(body->markup().contains(QStringLiteral("{{teams.total}}")));
        QVERIFY(!saveButton->isEnabled());

        // The head of the unit corrects the wording: types into the heading.
        QTextCursor found = body->document()->find(QStringLiteral("Công tác truyền thông"));
        QVERIFY(!found.isNull());
        found.setPosition(found.selectionStart() + int(QStringLiteral("Công tác ").size()));
        body->setTextCursor(found);
        body->setFocus();
        typeText(body, QStringLiteral("thông tin, "));
        // The clause's number is a field: it follows when a clause before it is left out.
        QVERIFY2(body->markup().contains(QStringLiteral("\n## {{clauses.communication}}. Công tác thông tin, truyền thông\n")), qPrintable(body->markup()));
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
        // The proposed day is not before the report's own content: the demo's
        // last activity is the event of 07/10/2022 (a fresh clerk was offered
        // 01/10/2022, the first of the draft's month).
        QCOMPARE(date->date(), QDate(2022, 10, 7));
        QCOMPARE(ReportRegister(c).latestActivityDate(campaign, nullptr), QDate(2022, 10, 7));
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
        // The issued body's fields do not show today's data as if it were the issued text.
        const QString teamsNow = text::formatNumber(scalar(c, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = %1").arg(campaign)).toInt());
        const int teamsField = chipPosition(body, QStringLiteral("{{teams.total}}"));
        QVERIFY(teamsField >= 0);
        QVERIFY2(body->chipTextAt(teamsField) != teamsNow, qPrintable(body->chipTextAt(teamsField)));

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
        // The body's fields show the 2023 figures.
        const int teams2023 = scalar(c, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = %1").arg(campaign2023)).toInt();
        QCOMPARE(body->chipTextAt(chipPosition(body, QStringLiteral("{{teams.total}}"))), text::formatNumber(teams2023));
        QCOMPARE(number->value(), 1); // the 2023 register is empty

        // A number already given in 2022 (the withdrawn 05) is refused at once, naming
        // its holder and the next free number: no "give 05 anyway?" question first.
        date->setDate(QDate(2022, 12, 1));
        number->setValue(5);
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(qobject_cast<QPushButton *>(widget("assignNumberButton")), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already taken")), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("the withdrawn report")), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The next free number is 06.")), qPrintable(MessageBox::lastText()));
        QVERIFY(scalar(c, QStringLiteral("SELECT number FROM report WHERE id = %1").arg(report2023)).isNull());
    }

    // Issue #18, item 5: a new draft's subject ("{{campaign.name}} …" in the
    // template) shows the words it prints, as does every field of the form;
    // while untouched it follows the data, and the clerk's own words are
    // saved as typed and printed.
    void fieldsShowWordsNotMarkup()
    {
        const QSqlDatabase c = m_db->connection();
        ReportEditor *editor = m_page->editor();
        const int report = m_page->newReport(0);
        QVERIFY(report > 0);
        QCOMPARE(editor->reportId(), report);
        QVERIFY(scalar(c, QStringLiteral("SELECT subject FROM report WHERE id = %1").arg(report)).toString().contains(QStringLiteral("{{")));
        auto *subject = editor->findChild<QPlainTextEdit *>(QStringLiteral("subjectPlainTextEdit"));
        QVERIFY(subject);
        QString printed;
        QVERIFY(renderTemplate(defaultReportSubject(), editorContext(report), &printed, nullptr));
        QCOMPARE(printed.trimmed(), QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022\ntrên địa bàn tỉnh Quảng Ngãi"));
        QTRY_COMPARE(subject->toPlainText(), printed.trimmed());
        for (const QPlainTextEdit *edit : editor->findChildren<QPlainTextEdit *>())
            QVERIFY2(!edit->toPlainText().contains(QStringLiteral("{{")), qPrintable(edit->objectName()));
        for (const QLineEdit *edit : editor->findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().contains(QStringLiteral("{{")), qPrintable(edit->objectName()));
        QVERIFY(!editor->isModified()); // showing the words is no edit

        // Untouched, it follows the data: the campaign renamed, the subject too.
        exec(c, QStringLiteral("UPDATE campaign SET name = 'Ngày Chuyển đổi số quốc gia năm 2022 (đợt 2)' WHERE id = %1").arg(m_campaign));
        editor->refreshFigures();
        QCOMPARE(subject->toPlainText().section(u'\n', 0, 0), QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022 (đợt 2)"));
        QVERIFY(!editor->isModified());
        exec(c, QStringLiteral("UPDATE campaign SET name = 'Ngày Chuyển đổi số quốc gia năm 2022' WHERE id = %1").arg(m_campaign));
        editor->refreshFigures();

        // The clerk's words replace it: stored as typed, no markup, and printed.
        const QString words = QStringLiteral("Kết quả triển khai Tổ Công nghệ số cộng đồng năm 2022\ntrên địa bàn tỉnh Quảng Ngãi");
        subject->setFocus();
        subject->selectAll();
        subject->insertPlainText(words);
        QVERIFY(editor->isModified());
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveDraftButton"));
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(scalar(c, QStringLiteral("SELECT subject FROM report WHERE id = %1").arg(report)).toString(), words);
        QCOMPARE(subject->toPlainText(), words);
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocumentForReport(c, report, &doc, &error), qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("subject.pdf"));
        ReportRenderer renderer(doc);
        QVERIFY2(renderer.exportPdf(pdf, &error), qPrintable(error));
        const QString first = test::pdfPageTexts(pdf).value(0).simplified();
        QVERIFY2(first.contains(QStringLiteral("Kết quả triển khai Tổ Công nghệ số cộng đồng năm 2022 trên địa bàn tỉnh Quảng Ngãi")),
                 qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("{{")));
    }

    // The body is edited as rich text; the template markup is what is stored.
    // The report form chooses the letterhead; the draft keeps a copy of it, so
    // a later edit of the letterhead does not change the report.
    void letterheadIsChosenAndKept()
    {
        const QSqlDatabase c = m_db->connection();
        ReportEditor *editor = m_page->editor();
        const int report = m_page->currentReportId();
        QVERIFY(report > 0);
        const int stttt = scalar(c, QStringLiteral("SELECT letterhead_id FROM report WHERE id = %1").arg(report)).toInt();
        QSqlQuery insert(c);
        QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO letterhead (parent_body, issuing_body, issuing_body_name, issuing_abbreviation, place_name, "
                "records_unit_abbreviation, valid_from) SELECT parent_body, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', "
                "'Sở Khoa học và Công nghệ', 'SKHCN', place_name, records_unit_abbreviation, '2025-03-01' "
                "FROM letterhead WHERE id = %1").arg(stttt)));
        const int skhcn = insert.lastInsertId().toInt();
        editor->setReport(m_db.get(), report);

        auto *letterhead = editor->findChild<QComboBox *>(QStringLiteral("letterheadComboBox"));
        auto *symbol = editor->findChild<QLineEdit *>(QStringLiteral("symbolLineEdit"));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveDraftButton"));
        QVERIFY(letterhead && symbol && save);
        QCOMPARE(letterhead->count(), 2);
        QCOMPARE(letterhead->currentData().toInt(), stttt);
        QCOMPARE(letterhead->itemText(0), QStringLiteral("Sở Khoa học và Công nghệ (SKHCN), from 01/03/2025"));
        QCOMPARE(symbol->text(), QStringLiteral("BC-STTTT"));
        letterhead->setCurrentIndex(letterhead->findData(skhcn));
        QCOMPARE(symbol->text(), QStringLiteral("BC-SKHCN"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(scalar(c, QStringLiteral("SELECT letterhead_id FROM report WHERE id = %1").arg(report)).toInt(), skhcn);
        QCOMPARE(scalar(c, QStringLiteral("SELECT symbol FROM report WHERE id = %1").arg(report)).toString(),
                 QStringLiteral("BC-SKHCN"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT issuing_body FROM report_letterhead WHERE report_id = %1").arg(report))
                         .toString(),
                 QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));

        // The letterhead is edited later: the report prints what it was made with.
        QVERIFY(insert.exec(QStringLiteral("UPDATE letterhead SET issuing_body = 'SỞ KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI' "
                                           "WHERE id = %1").arg(skhcn)));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocumentForReport(c, report, &doc, &error), qPrintable(error));
        QCOMPARE(doc.letterhead.issuingBody, QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    }

    void bodyEditsAsRichText()
    {
        const int campaign = m_campaign;
        const std::unique_ptr<Database> &db = m_db;
        const QSqlDatabase c = db->connection();
        ReportPage &page = *m_page;
        ReportEditor *editor = page.editor();
        auto *body = editor->findChild<ReportBodyEdit *>(QStringLiteral("bodyTextEdit"));
        QVERIFY(body);
        auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("editorTabWidget"));
        tabs->setCurrentWidget(editor->findChild<QWidget *>(QStringLiteral("bodyTab")));
        if (auto *pageTabs = page.findChild<QTabWidget *>(QStringLiteral("reportTabWidget")))
            pageTabs->setCurrentIndex(pageTabs->count() - 1);
        QTRY_VERIFY(body->isVisible());

        // An unchanged body writes back the very same markup.
        QCOMPARE(body->markup(), defaultReportBody());
        QVERIFY(!body->toPlainText().contains(QStringLiteral("{{")));
        QVERIFY(!body->toPlainText().contains(QStringLiteral("# I.")));

        // Fields show the data's figures, also inside a section (the main event);
        // inside a list they show the field's name.
        const QString teams = QString::number(scalar(c, QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = %1").arg(campaign)).toInt());
        const int teamsChip = chipPosition(body, QStringLiteral("{{teams.total}}"));
        QVERIFY(teamsChip >= 0);
        QCOMPARE(body->chipTextAt(teamsChip), text::formatNumber(teams.toInt()));
        // …the same figure the printed sentence carries.
        OfficialDocument printed;
        QVERIFY(buildReportDocumentForReport(c, page.currentReportId(), &printed, nullptr, nullptr));
        const QString sentence = QStringLiteral("điểm cầu chính có ");
        const QString text = printed.plainText();
        QVERIFY(text.contains(sentence));
        const QString inPerson = text.mid(text.indexOf(sentence) + sentence.size()).section(QStringLiteral(" đại biểu"), 0, 0);
        const int inPersonChip = chipPosition(body, QStringLiteral("{{in_person}}"));
        QVERIFY(inPersonChip >= 0);
        QCOMPARE(body->chipTextAt(inPersonChip), inPerson);
        QCOMPARE(body->chipTextAt(chipPosition(body, QStringLiteral("{{label}}"))), QStringLiteral("label"));

        // A new paragraph at the end: a heading, a bold word, a literal asterisk, a field.
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        typeText(body, QStringLiteral("III. Đánh giá"));
        body->setBlockKind(ReportBodyEdit::BlockKind::SectionHeading);
        QTest::keyClick(body, Qt::Key_Return); // after a heading comes a paragraph
        QCOMPARE(body->blockKind(), ReportBodyEdit::BlockKind::Paragraph);
        typeText(body, QStringLiteral("Kết quả "));
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        typeText(body, QStringLiteral("rất tốt"));
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        typeText(body, QStringLiteral(" (5*) với "));
        body->insertMarkup(QStringLiteral("{{teams.total}}"));
        typeText(body, QStringLiteral(" Tổ."));
        const QString markup = body->markup();
        QVERIFY2(markup.endsWith(QStringLiteral("\n# III. Đánh giá\nKết quả **rất tốt** (5\\*) với {{teams.total}} Tổ.")),
                 qPrintable(markup.right(120)));

        // One Backspace takes the whole field away; undo brings it back.
        body->moveCursor(QTextCursor::End);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(body, Qt::Key_Backspace); // " Tổ."
        QTest::keyClick(body, Qt::Key_Backspace);
        QVERIFY(body->markup().endsWith(QStringLiteral("(5\\*) với ")));
        body->undo();
        QVERIFY(body->markup().endsWith(QStringLiteral("với {{teams.total}}")));

        // Copy and paste inside the body keep the field.
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(chipPosition(body, QStringLiteral("{{teams.total}}"), teamsChip + 1));
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
        body->copy();
        body->moveCursor(QTextCursor::End);
        body->paste();
        QVERIFY(body->markup().endsWith(QStringLiteral("{{teams.total}}{{teams.total}}")));
        // Elsewhere the field reads as its value.
        QCOMPARE(QApplication::clipboard()->text(), body->chipTextAt(teamsChip));
        body->undo();
        typeText(body, QStringLiteral(" Tổ."));
        QVERIFY(body->markup().endsWith(QStringLiteral("với {{teams.total}} Tổ.")));

        // A part whose end (◂) was deleted is refused with where it starts; nothing is saved.
        const QString savedBody = scalar(c, QStringLiteral("SELECT coalesce(body, '') FROM report WHERE id = %1").arg(editor->reportId())).toString();
        const int end = chipPosition(body, QStringLiteral("{{/main_event}}"));
        QVERIFY(end > 0);
        QTextCursor endCursor = body->textCursor();
        endCursor.setPosition(end);
        endCursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        body->setTextCursor(endCursor);
        QTest::keyClick(body, Qt::Key_Delete);
        QCOMPARE(chipPosition(body, QStringLiteral("{{/main_event}}")), -1);
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!editor->saveDraft());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“main event” started (▸) in paragraph 2")), qPrintable(MessageBox::lastText()));
        QCOMPARE(body->textCursor().selectionStart(), chipPosition(body, QStringLiteral("{{#main_event}}")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT coalesce(body, '') FROM report WHERE id = %1").arg(editor->reportId())).toString(), savedBody);
        body->undo();
        QCOMPARE(chipPosition(body, QStringLiteral("{{/main_event}}")), end);

        // A part typed as text, without its end, is refused the same way.
        // (What is added here is taken away again from `added` to the end.)
        const auto removeFrom = [body](int added) {
            QTextCursor cursor(body->document());
            cursor.setPosition(added);
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            body->moveCursor(QTextCursor::End);
        };
        body->moveCursor(QTextCursor::End);
        int added = body->textCursor().position();
        typeText(body, QStringLiteral(" {{#lạ}}"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!editor->saveDraft());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“lạ” started (▸) in paragraph")), qPrintable(MessageBox::lastText()));
        removeFrom(added);

        // A pasted line that starts with "#" stays a paragraph: not a heading when read back.
        added = body->textCursor().position();
        QTest::keyClick(body, Qt::Key_Return);
        QApplication::clipboard()->setText(QStringLiteral("# Tiêu đề giả"));
        body->paste();
        QVERIFY2(body->markup().endsWith(QStringLiteral("\n\\# Tiêu đề giả")), qPrintable(body->markup().right(60)));
        {
            OfficialDocument draft;
            draft.body = parseBodyMarkup(body->markup());
            QCOMPARE(draft.body.last().kind, DocumentBlock::Kind::Paragraph);
            QCOMPARE(draft.body.last().plainText(), QStringLiteral("# Tiêu đề giả"));
        }
        removeFrom(added);

        // Saved, the draft prints the new text with the figure filled in.
        QVERIFY(editor->saveDraft());
        QVERIFY(scalar(c, QStringLiteral("SELECT body FROM report WHERE id = %1").arg(editor->reportId()))
                        .toString().contains(QStringLiteral("# III. Đánh giá")));
        OfficialDocument document;
        QVERIFY(buildReportDocumentForReport(c, editor->reportId(), &document, nullptr, nullptr));
        bool foundHeading = false;
        for (const DocumentBlock &block : std::as_const(document.body)) {
            if (block.kind == DocumentBlock::Kind::SectionHeading && block.plainText() == QStringLiteral("III. Đánh giá"))
                foundHeading = true;
            if (block.plainText().startsWith(QStringLiteral("Kết quả"))) {
                QCOMPARE(block.plainText(), QStringLiteral("Kết quả rất tốt (5*) với %1 Tổ.").arg(body->chipTextAt(teamsChip)));
                QVERIFY(block.runs.size() >= 2 && block.runs[1].bold && block.runs[1].text == QStringLiteral("rất tốt"));
            }
        }
        QVERIFY(foundHeading);

        // Double-clicking a figure shows the records behind it.
        const int chip = chipPosition(body, QStringLiteral("{{teams.total}}"));
        body->ensureCursorVisible();
        QTextCursor at = body->textCursor();
        at.setPosition(chip);
        body->setTextCursor(at);
        body->ensureCursorVisible();
        QSignalSpy activated(body, &ReportBodyEdit::chipActivated);
        QTest::mouseDClick(body->viewport(), Qt::LeftButton, {}, chipCentre(body, chip));
        QCOMPARE(activated.count(), 1);
        DrillDownDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<DrillDownDialog *>()) != nullptr);
        QCOMPARE(dialog->model()->rowCount(), teams.toInt());
        dialog->close();
        // The main event's attendance: that event alone, not every event.
        DrillDownDialog *mainEvent = editor->showFigureRecords(QStringLiteral("main_event_in_person"));
        QVERIFY(mainEvent);
        QCOMPARE(mainEvent->model()->rowCount(), 1);
        QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM event WHERE campaign_id = %1").arg(campaign)).toInt() > 1);
        mainEvent->close();
    }

    // Choosing another report with unsaved changes asks first: Cancel stays,
    // Save keeps the text.
    void unsavedDraftAsksBeforeAnotherReport()
    {
        const QSqlDatabase c = m_db->connection();
        ReportPage &page = *m_page;
        const int first = page.currentReportId();
        const int second = page.newReport(0);
        QVERIFY(second > 0 && second != first);
        QCOMPARE(page.currentReportId(), second);
        ReportEditor *editor = page.editor();
        auto *body = editor->findChild<ReportBodyEdit *>(QStringLiteral("bodyTextEdit"));
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(QStringLiteral(" Câu chưa lưu."));
        QVERIFY(editor->isModified());

        auto *list = page.findChild<QTableView *>(QStringLiteral("reportsTableView"));
        const auto rowOf = [list](int id) {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, 0);
                if (index.data(ReportListModel::ReportIdRole).toInt() == id)
                    return index;
            }
            return QModelIndex();
        };
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        list->selectionModel()->setCurrentIndex(rowOf(first), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
        QCOMPARE(page.currentReportId(), second);
        QCOMPARE(editor->reportId(), second);
        QVERIFY(body->toPlainText().endsWith(QStringLiteral("Câu chưa lưu.")));

        MessageBox::setNextAnswer(QMessageBox::Save);
        list->selectionModel()->setCurrentIndex(rowOf(first), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(editor->reportId(), first);
        QVERIFY(scalar(c, QStringLiteral("SELECT body FROM report WHERE id = %1").arg(second)).toString()
                        .endsWith(QStringLiteral("Câu chưa lưu.")));
    }

private:
    // The context a report's fields are filled from, as the editor gets it.
    QVariantMap editorContext(int report) const
    {
        OfficialDocument doc;
        QVariantMap context;
        buildReportDocumentForReport(m_db->connection(), report, &doc, nullptr, &context);
        return context;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_campaign = 0;
    std::unique_ptr<ReportPage> m_page;
};

QTEST_MAIN(TestReportEditor)
#include "tst_reporteditor.moc"
