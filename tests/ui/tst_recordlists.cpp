// The shared behaviour of the data-entry lists and forms (issue #3), driven
// through the organisations page of a real main window: add through the form,
// validation at the field, find without diacritics, Vietnamese sort, the
// unsaved-changes prompt, removal with its confirmation, undo and redo, and a
// list of many thousand rows that is read lazily.
#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "records/MemberKind.h"
#include "records/RecordListModel.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"

#include "text/VietnameseText.h"

#include <QApplication>
#include <QComboBox>
#include "common/DateField.h"
#include <QDialogButtonBox>
#include <QVBoxLayout>
#include "records/RecordForm.h"
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cds;
using cds::test::scalar;

class RecordListsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addThroughTheFormAndFindWithoutDiacritics();
    void fieldErrorsKeepTheFormOpen();
    void unsavedChangesAsk();
    void removeConfirmsAndUndoBringsItBack();
    void usedRecordIsNotRemoved();
    void sortsInVietnameseOrder();
    void readsLargeListsLazily();
    void pagesMatchTheDatabaseOrder();
    void letterheadKeepsDecreeMarginsAndSigners();
    void campaignFormSetsLevelsInScopeAndMinimumTeamSize();
    void campaignFormLeavesUnitsOutOfTheCoverage();
    void letterheadFormSetsItsDatesInUse();
    void optionalDateCanBeTypedAndEmptied();
    void memberJoinsAndMovesTeamsOnTheDayGiven();
    void letterheadSearchIgnoresDiacritics();

private:
    RecordListPage *page() const { return m_window->recordPage(QStringLiteral("organisations")); }
    template <typename T>
    T *inPage(const char *name) const { return page()->findChild<T *>(QString::fromLatin1(name)); }
    QSqlDatabase db() const { return m_window->database()->connection(); }
    // Runs action once the modal form is up; the action fills and closes it.
    void whenFormOpens(std::function<void(QDialog *)> action);
    static void setText(QDialog *form, const char *name, const QString &text);
    static void clickSave(QDialog *form);

    std::unique_ptr<MainWindow> m_window;
};

void RecordListsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void RecordListsTest::init()
{
    int campaignId = 0;
    auto database = test::openDemoDatabase(&campaignId);
    QVERIFY(database);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setDatabase(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showRecordPage(QStringLiteral("organisations"));
    QVERIFY(page());
    QTRY_VERIFY(page()->isVisible());
}

void RecordListsTest::cleanup()
{
    m_window.reset();
}

void RecordListsTest::whenFormOpens(std::function<void(QDialog *)> action)
{
    QTimer::singleShot(0, this, [action] {
        QDialog *form = nullptr;
        for (int i = 0; i < 50 && !form; ++i) {
            form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!form)
                QTest::qWait(20);
        }
        QVERIFY(form);
        action(form);
    });
}

void RecordListsTest::setText(QDialog *form, const char *name, const QString &text)
{
    auto *edit = form->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    // QTest::keyClicks types ASCII only; a Vietnamese text arrives as one edit.
    edit->setText(text);
    emit edit->textEdited(text);
}

void RecordListsTest::clickSave(QDialog *form)
{
    auto *buttons = form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void RecordListsTest::addThroughTheFormAndFindWithoutDiacritics()
{
    whenFormOpens([](QDialog *form) {
        setText(form, "nameLineEdit", QStringLiteral("Trung tâm Truyền thông tỉnh Quảng Ngãi"));
        setText(form, "abbreviationLineEdit", QStringLiteral("TTTT"));
        setText(form, "phoneLineEdit", QStringLiteral("0255 3822 456"));
        clickSave(form);
    });
    QTest::mouseClick(inPage<QPushButton>("addButton"), Qt::LeftButton);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT phone FROM organisation WHERE name = 'Trung tâm Truyền thông tỉnh Quảng Ngãi'")).toString(),
             QStringLiteral("02553822456"));
    QCOMPARE(m_window->undoStack()->count(), 1);

    QTest::keyClicks(inPage<QLineEdit>("searchLineEdit"), QStringLiteral("truyen thong quang ngai"));
    RecordListModel *model = page()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Trung tâm Truyền thông tỉnh Quảng Ngãi"));
    QVERIFY(inPage<QLabel>("recordCountLabel")->text().contains(QStringLiteral("1")));
}

void RecordListsTest::fieldErrorsKeepTheFormOpen()
{
    const int before = scalar(db(), QStringLiteral("SELECT count(*) FROM organisation")).toInt();
    QString message;
    whenFormOpens([&message](QDialog *form) {
        setText(form, "nameLineEdit", QStringLiteral("Bưu điện tỉnh"));
        setText(form, "phoneLineEdit", QStringLiteral("12345"));
        clickSave(form);
        QVERIFY(form->isVisible());
        message = form->findChild<QLabel *>(QStringLiteral("formMessageLabel"))->text();
        QCOMPARE(form->focusWidget(), form->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit")));
        // A name is required too.
        setText(form, "phoneLineEdit", QString());
        setText(form, "nameLineEdit", QString());
        clickSave(form);
        QVERIFY(form->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        form->reject();
    });
    QTest::mouseClick(inPage<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY2(message.contains(QStringLiteral("12345")), qPrintable(message));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM organisation")).toInt(), before);
}

void RecordListsTest::unsavedChangesAsk()
{
    whenFormOpens([](QDialog *form) {
        setText(form, "nameLineEdit", QStringLiteral("Hội Nông dân xã Bình Sơn (thử)"));
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Save);
        form->reject(); // Esc or the window's close button
    });
    QTest::mouseClick(inPage<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'Hội Nông dân xã Bình Sơn (thử)'")).toInt(), 1);
}

void RecordListsTest::removeConfirmsAndUndoBringsItBack()
{
    qint64 id = 0;
    {
        RecordTransaction write(db(), QStringLiteral("Thêm"));
        id = write.insert(QStringLiteral("organisation"), { { QStringLiteral("name"), QStringLiteral("Đoàn Thanh niên xã Bình Sơn") } });
        QVERIFY(write.commit());
    }
    page()->refresh();
    QTest::keyClicks(inPage<QLineEdit>("searchLineEdit"), QStringLiteral("doan thanh nien xa binh"));
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    auto *view = inPage<QTableView>("recordsTableView");
    view->setFocus();
    view->selectRow(0);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Đoàn Thanh niên xã Bình Sơn")), qPrintable(MessageBox::lastText()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1").arg(id)).toInt(), 0);
    QTRY_COMPARE(page()->model()->rowCount(), 0);

    m_window->undoStack()->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Đoàn Thanh niên xã Bình Sơn"));
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    m_window->undoStack()->redo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1").arg(id)).toInt(), 0);
    // Undo and redo are in the history like any edit.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organisation' AND row_id = %1").arg(id)).toInt(), 4);
}

void RecordListsTest::usedRecordIsNotRemoved()
{
    const qint64 organiser = scalar(db(), QStringLiteral("SELECT organiser_id FROM event WHERE organiser_id IS NOT NULL LIMIT 1")).toLongLong();
    QVERIFY(organiser > 0);
    const QString name = scalar(db(), QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(organiser)).toString();
    inPage<QLineEdit>("searchLineEdit")->setText(name);
    QTRY_VERIFY(page()->model()->rowCount() >= 1);
    page()->selectId(organiser);
    QCOMPARE(page()->currentId(), organiser);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page()->removeCurrent();
    QVERIFY2(MessageBox::lastText().contains(name), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("event")), qPrintable(MessageBox::lastText()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1").arg(organiser)).toInt(), 1);
}

void RecordListsTest::sortsInVietnameseOrder()
{
    QSqlDatabase database = db();
    {
        RecordTransaction write(database, QStringLiteral("Thêm"));
        for (const QString &name : { QStringLiteral("Zz Ơn"), QStringLiteral("Zz Ôn"), QStringLiteral("Zz Đức"),
                                     QStringLiteral("Zz Dung"), QStringLiteral("Zz Anh"), QStringLiteral("Zz Ăn") })
            write.insert(QStringLiteral("organisation"), { { QStringLiteral("name"), name } });
        QVERIFY(write.commit());
    }
    page()->refresh();
    QTest::keyClicks(inPage<QLineEdit>("searchLineEdit"), QStringLiteral("zz"));
    RecordListModel *model = page()->model();
    QTRY_COMPARE(model->rowCount(), 6);
    model->sort(0, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    const QStringList expected = { QStringLiteral("Zz Anh"), QStringLiteral("Zz Ăn"), QStringLiteral("Zz Dung"),
                                   QStringLiteral("Zz Đức"), QStringLiteral("Zz Ôn"), QStringLiteral("Zz Ơn") };
    QCOMPARE(names, expected);
    model->sort(0, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Zz Ơn"));
}

void RecordListsTest::readsLargeListsLazily()
{
    // 30.000 organisations: the list counts them but reads only the pages shown.
    QSqlDatabase database = db();
    {
        RecordTransaction write(database, QStringLiteral("Nhiều tổ chức"));
        for (int i = 0; i < 30000; ++i)
            write.insert(QStringLiteral("organisation"), { { QStringLiteral("name"), QStringLiteral("Tổ chức số %1").arg(i) } });
        QVERIFY(write.commit());
    }
    page()->refresh();
    RecordListModel *model = page()->model();
    QVERIFY(model->rowCount() >= 30000);
    auto *view = inPage<QTableView>("recordsTableView");
    view->scrollToBottom();
    QCoreApplication::processEvents();
    const int last = model->rowCount() - 1;
    QVERIFY(model->idAt(last) > 0);
    QVERIFY(model->cachedRowCount() <= RecordListModel::pageSize * RecordListModel::maxCachedPages);
    QVERIFY2(model->cachedRowCount() < 2000, qPrintable(QString::number(model->cachedRowCount())));
    // Numbers inside names sort by value: "số 9" before "số 10".
    // A search that finds more than 10.000 stops counting there and says so.
    QTest::keyClicks(inPage<QLineEdit>("searchLineEdit"), QStringLiteral("to chuc so"));
    QTRY_COMPARE(model->rowCount(), int(RecordListModel::searchCountLimit));
    QVERIFY(model->isCountCapped());
    QVERIFY2(inPage<QLabel>("recordCountLabel")->text().contains(QStringLiteral("10.000")),
             qPrintable(inPage<QLabel>("recordCountLabel")->text()));
    model->sort(0, Qt::AscendingOrder);
    QCOMPARE(model->index(9, 0).data().toString(), QStringLiteral("Tổ chức số 9"));
    QCOMPARE(model->index(10, 0).data().toString(), QStringLiteral("Tổ chức số 10"));
}

void RecordListsTest::pagesMatchTheDatabaseOrder()
{
    // 5.000 members: the members list counts and pages on the member table and
    // joins the team for the rows shown; pages past the middle are read from the
    // end. Every row must still be the one SQL puts there.
    QSqlDatabase database = db();
    const QStringList family = { QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Đặng") };
    const QStringList given = { QStringLiteral("An"), QStringLiteral("Ánh"), QStringLiteral("Bình"), QStringLiteral("Đức"),
                                QStringLiteral("Út"), QStringLiteral("Ư") };
    {
        RecordTransaction write(database, QStringLiteral("Nhiều thành viên"));
        for (int i = 0; i < 5000; ++i)
            write.insert(QStringLiteral("member"),
                         { { QStringLiteral("full_name"), QStringLiteral("%1 Văn %2").arg(family.at(i % 4), given.at(i % 6)) } });
        QVERIFY(write.commit());
    }
    RecordListPage *members = m_window->recordPage(QStringLiteral("members"));
    QVERIFY(members);
    members->refresh();
    RecordListModel *model = members->model();
    model->sort(0, Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), 5000);
    QSqlQuery query(database);
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM member ORDER BY sort_key, id")));
    QList<qint64> expected;
    while (query.next())
        expected << query.value(0).toLongLong();
    for (const int row : { 0, 199, 200, 2499, 2500, 3001, 4800, 4999 })
        QCOMPARE(model->idAt(row), expected.at(row));
    model->sort(0, Qt::DescendingOrder);
    QCOMPARE(model->idAt(0), expected.last());
    QCOMPARE(model->idAt(4999), expected.first());
    // Search through the trigram index and by LIKE for words under three letters.
    model->setSearchText(QStringLiteral("dang van"));
    QCOMPARE(model->rowCount(), test::scalar(database, QStringLiteral("SELECT count(*) FROM member WHERE search_key LIKE '%dang van%'")).toInt());
    model->setSearchText(QStringLiteral("u"));
    QCOMPARE(model->rowCount(), test::scalar(database, QStringLiteral("SELECT count(*) FROM member WHERE search_key LIKE '%u%'")).toInt());
}

void RecordListsTest::letterheadKeepsDecreeMarginsAndSigners()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT min(id) FROM letterhead")).toLongLong();
    QVERIFY(id > 0);
    RecordListPage *letterheads = m_window->recordPage(QStringLiteral("letterheads"));
    QVERIFY(letterheads);
    m_window->showRecordPage(QStringLiteral("letterheads"));
    letterheads->refresh();
    letterheads->selectId(id);
    QCOMPARE(letterheads->currentId(), id);
    QString firstError;
    whenFormOpens([&firstError](QDialog *form) {
        // The spin boxes hold the Decree 30 ranges: 40 mm becomes 25 mm.
        auto *top = form->findChild<QDoubleSpinBox *>(QStringLiteral("marginTopSpinBox"));
        QVERIFY(top);
        top->setValue(40);
        QCOMPARE(top->value(), 25.0);
        // The header line prints in capitals.
        setText(form, "parentBodyLineEdit", QStringLiteral("Ubnd tỉnh Quảng Ngãi"));
        clickSave(form);
        QVERIFY(form->isVisible());
        firstError = form->findChild<QLabel *>(QStringLiteral("formMessageLabel"))->text();
        setText(form, "parentBodyLineEdit", QStringLiteral("UBND TỈNH QUẢNG NGÃI"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addSignerButton")), Qt::LeftButton);
        auto *signers = form->findChild<QTableWidget *>(QStringLiteral("signersTableWidget"));
        QVERIFY(signers);
        const int row = signers->rowCount() - 1;
        signers->item(row, 2)->setText(QStringLiteral("PHÓ GIÁM ĐỐC"));
        signers->item(row, 3)->setText(QStringLiteral("Nguyễn Văn Thử"));
        clickSave(form);
    });
    QTest::keyClick(letterheads->findChild<QTableView *>(QStringLiteral("recordsTableView")), Qt::Key_Return);
    QVERIFY2(firstError.contains(QStringLiteral("UBND TỈNH QUẢNG NGÃI")), qPrintable(firstError));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT margin_top_mm FROM letterhead WHERE id = %1").arg(id)).toDouble(), 25.0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT signer_position FROM signer_preset WHERE letterhead_id = %1 AND signer_name = 'Nguyễn Văn Thử'")
                                  .arg(id)).toString(),
             QStringLiteral("PHÓ GIÁM ĐỐC"));
}

// A unit that cannot have a team is left out of the coverage with a reason,
// from the campaign form: chosen among the campaign's units, refused without
// a reason, stored, and taken back by "Count again".
void RecordListsTest::campaignFormLeavesUnitsOutOfTheCoverage()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT min(id) FROM campaign")).toLongLong();
    RecordListPage *campaigns = m_window->recordPage(QStringLiteral("campaigns"));
    m_window->showRecordPage(QStringLiteral("campaigns"));
    campaigns->refresh();
    campaigns->selectId(id);
    auto *table = campaigns->findChild<QTableView *>(QStringLiteral("recordsTableView"));
    QString refusal;
    whenFormOpens([&refusal](QDialog *form) {
        auto *unit = form->findChild<QComboBox *>(QStringLiteral("exclusionUnitComboBox"));
        auto *reason = form->findChild<QLineEdit *>(QStringLiteral("exclusionReasonLineEdit"));
        auto *add = form->findChild<QPushButton *>(QStringLiteral("addExclusionButton"));
        QVERIFY(unit && reason && add);
        const int lySon = unit->findText(QStringLiteral("Huyện Lý Sơn"));
        QVERIFY2(lySon >= 0, "the demo's districts are choices");
        unit->setCurrentIndex(lySon);
        QTest::mouseClick(add, Qt::LeftButton);
        refusal = form->findChild<QLabel *>(QStringLiteral("formMessageLabel"))->text();
        reason->setText(QStringLiteral("không có đơn vị cấp xã"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(form->findChild<QTableWidget *>(QStringLiteral("exclusionsTableWidget"))->rowCount(), 1);
        clickSave(form);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(refusal.contains(QStringLiteral("why")), qPrintable(refusal));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT u.name || ': ' || x.reason FROM campaign_unit_exclusion x "
                                         "JOIN admin_unit u ON u.id = x.unit_id WHERE x.campaign_id = %1").arg(id)).toString(),
             QStringLiteral("Huyện Lý Sơn: không có đơn vị cấp xã"));

    whenFormOpens([](QDialog *form) {
        auto *list = form->findChild<QTableWidget *>(QStringLiteral("exclusionsTableWidget"));
        QCOMPARE(list->rowCount(), 1);
        list->selectRow(0);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("removeExclusionButton")), Qt::LeftButton);
        clickSave(form);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign_unit_exclusion WHERE campaign_id = %1").arg(id)).toInt(), 0);
}

// The campaign's levels in scope are stored as "2,3,4" (none ticked: NULL,
// every level) and its minimum team size as a number ("no check": NULL).
void RecordListsTest::campaignFormSetsLevelsInScopeAndMinimumTeamSize()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT min(id) FROM campaign")).toLongLong();
    QVERIFY(id > 0);
    RecordListPage *campaigns = m_window->recordPage(QStringLiteral("campaigns"));
    QVERIFY(campaigns);
    m_window->showRecordPage(QStringLiteral("campaigns"));
    campaigns->refresh();
    campaigns->selectId(id);
    QCOMPARE(campaigns->currentId(), id);
    auto *table = campaigns->findChild<QTableView *>(QStringLiteral("recordsTableView"));
    whenFormOpens([](QDialog *form) {
        auto *minimum = form->findChild<QSpinBox *>(QStringLiteral("minTeamMembersSpinBox"));
        QVERIFY(minimum);
        QCOMPARE(minimum->text(), QStringLiteral("no check"));
        minimum->setValue(3);
        for (const char *name : { "communeLevelCheckBox", "villageLevelCheckBox", "districtLevelCheckBox" }) {
            auto *box = form->findChild<QCheckBox *>(QString::fromLatin1(name));
            QVERIFY2(box, name);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        }
        clickSave(form);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT team_levels FROM campaign WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2,3,4"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT min_team_members FROM campaign WHERE id = %1").arg(id)).toInt(), 3);

    // Read back, then cleared: every level, no check.
    whenFormOpens([](QDialog *form) {
        auto *minimum = form->findChild<QSpinBox *>(QStringLiteral("minTeamMembersSpinBox"));
        QCOMPARE(minimum->value(), 3);
        QVERIFY(!form->findChild<QCheckBox *>(QStringLiteral("provinceLevelCheckBox"))->isChecked());
        for (const char *name : { "districtLevelCheckBox", "communeLevelCheckBox", "villageLevelCheckBox" }) {
            auto *box = form->findChild<QCheckBox *>(QString::fromLatin1(name));
            QVERIFY2(box->isChecked(), name);
            box->setChecked(false);
        }
        minimum->setValue(0);
        clickSave(form);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(scalar(db(), QStringLiteral("SELECT team_levels FROM campaign WHERE id = %1").arg(id)).isNull());
    QVERIFY(scalar(db(), QStringLiteral("SELECT min_team_members FROM campaign WHERE id = %1").arg(id)).isNull());
}

// A letterhead's dates in use (Sở TT&TT until 28/02/2025): edited in its
// form, refused backwards, shown in its list.
void RecordListsTest::letterheadFormSetsItsDatesInUse()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT min(id) FROM letterhead")).toLongLong();
    RecordListPage *letterheads = m_window->recordPage(QStringLiteral("letterheads"));
    m_window->showRecordPage(QStringLiteral("letterheads"));
    letterheads->refresh();
    letterheads->selectId(id);
    QString refusal;
    whenFormOpens([&refusal](QDialog *form) {
        auto *from = form->findChild<DateField *>(QStringLiteral("validFromDateEdit"));
        auto *to = form->findChild<DateField *>(QStringLiteral("validToDateEdit"));
        QVERIFY(from && to);
        QVERIFY(!RecordForm::optionalDate(from).isValid());
        RecordForm::setOptionalDate(from, QDate(2025, 3, 1));
        RecordForm::setOptionalDate(to, QDate(2025, 2, 28));
        emit to->dateChanged(to->date());
        clickSave(form);
        QVERIFY(form->isVisible());
        refusal = form->findChild<QLabel *>(QStringLiteral("formMessageLabel"))->text();
        RecordForm::setOptionalDate(from, QDate(2008, 4, 1));
        emit from->dateChanged(from->date());
        clickSave(form);
    });
    QTest::keyClick(letterheads->findChild<QTableView *>(QStringLiteral("recordsTableView")), Qt::Key_Return);
    QVERIFY2(refusal.contains(QStringLiteral("28/02/2025")), qPrintable(refusal));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT valid_from FROM letterhead WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2008-04-01"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT valid_to FROM letterhead WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2025-02-28"));
    letterheads->refresh();
    auto *table = letterheads->findChild<QTableView *>(QStringLiteral("recordsTableView"));
    QStringList headers;
    QStringList cells;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        headers << table->model()->headerData(column, Qt::Horizontal).toString();
        cells << table->model()->index(0, column).data().toString();
    }
    QVERIFY2(headers.contains(QStringLiteral("In use until")), qPrintable(headers.join(u'|')));
    QVERIFY2(cells.contains(QStringLiteral("28/02/2025")), qPrintable(cells.join(u'|')));
}

void RecordListsTest::optionalDateCanBeTypedAndEmptied()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *date = new DateField(&window);
    auto *other = new QLineEdit(&window);
    layout->addWidget(other);
    layout->addWidget(date);
    RecordForm::setupOptionalDate(date, QDate(2022, 9, 15));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QVERIFY(!RecordForm::optionalDate(date).isValid());

    // Passing through leaves it blank: the default is where the calendar opens, not a value.
    date->setFocus();
    QTRY_VERIFY(date->lineEdit()->hasFocus());
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QVERIFY(!RecordForm::optionalDate(date).isValid());

    // Typed over whatever is there, as clerks write dates.
    for (const QString &typed : { QStringLiteral("07/10/2022"), QStringLiteral("7/10/2022"), QStringLiteral("07102022"),
                                  QStringLiteral("07.10.2022") }) {
        date->setFocus();
        QTRY_VERIFY(date->lineEdit()->hasFocus());
        QTest::keyClick(date->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date->lineEdit(), typed);
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        QVERIFY2(RecordForm::optionalDate(date) == QDate(2022, 10, 7), qPrintable(typed + u' ' + date->text()));
    }

    // Emptied, it is not given.
    date->setFocus();
    QTRY_VERIFY(date->lineEdit()->hasFocus());
    QTest::keyClick(date->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(date->lineEdit(), Qt::Key_Delete);
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QVERIFY(!RecordForm::optionalDate(date).isValid());
    QVERIFY(RecordForm::optionalDateValue(date).isNull());
}

// Issue #18, item 9: the letterheads list finds "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
// from "khoa hoc", as every other list ignores diacritics and case.
void RecordListsTest::letterheadSearchIgnoresDiacritics()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT min(id) FROM letterhead")).toLongLong();
    QVERIFY(id > 0);
    const QString name = scalar(db(), QStringLiteral("SELECT issuing_body_name FROM letterhead WHERE id = %1").arg(id)).toString();
    // Two words of the name that carry diacritics, typed without them.
    QStringList folded;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (text::searchKey(word) != word.toLower() && folded.size() < 2)
            folded << text::searchKey(word);
    }
    QVERIFY2(!folded.isEmpty(), qPrintable(name));
    m_window->showRecordPage(QStringLiteral("letterheads"));
    RecordListPage *letterheads = m_window->recordPage(QStringLiteral("letterheads"));
    auto *search = letterheads->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, folded.join(u' '));
    QTRY_COMPARE(letterheads->model()->searchText(), folded.join(u' ')); // the typing pause is over
    QVERIFY(letterheads->model()->rowCount() > 0);
    letterheads->model()->idAt(0); // reads the first page
    QVERIFY(letterheads->model()->rowOfId(id) >= 0);
    // A word in no letterhead still finds nothing.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzqx"));
    QTRY_COMPARE(letterheads->model()->searchText(), QStringLiteral("zzqx"));
    QCOMPARE(letterheads->model()->rowCount(), 0);
}

QTEST_MAIN(RecordListsTest)
// A member entered for a past campaign has no made-up "joined today": the day
// is unknown unless the clerk gives it; moving to another team on a given day
// closes the old membership that same day.
void RecordListsTest::memberJoinsAndMovesTeamsOnTheDayGiven()
{
    const int campaign = scalar(db(), QStringLiteral("SELECT id FROM campaign WHERE year = 2022")).toInt();
    const qint64 firstTeam = scalar(db(), QStringLiteral("SELECT min(id) FROM team WHERE campaign_id = %1").arg(campaign)).toLongLong();
    const qint64 secondTeam = scalar(db(), QStringLiteral("SELECT max(id) FROM team WHERE campaign_id = %1").arg(campaign)).toLongLong();
    QVERIFY(firstTeam > 0 && secondTeam > firstTeam);
    const RecordContext context{ db(), campaign, m_window->undoStack() };
    const auto openForm = [](MemberForm &form) {
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
    };
    qint64 member = 0;
    {
        MemberForm form(m_window.get(), context, 0, firstTeam);
        openForm(form);
        auto *joined = form.findChild<DateField *>(QStringLiteral("joinedDateEdit"));
        QVERIFY(joined && joined->isEnabled());
        if (QDate::currentDate().year() != 2022)
            QVERIFY(!RecordForm::optionalDate(joined).isValid());
        // The team declared more members than its list will hold: the form says
        // the report will count the list.
        const int declared = scalar(db(), QStringLiteral("SELECT declared_member_count FROM team WHERE id = %1").arg(firstTeam)).toInt();
        const int listed = scalar(db(), QStringLiteral("SELECT count(*) FROM team_member WHERE team_id = %1 AND left_on IS NULL").arg(firstTeam)).toInt();
        QVERIFY(declared > listed + 1);
        const QString note = form.findChild<QLabel *>(QStringLiteral("teamHistoryLabel"))->text();
        QVERIFY2(note.contains(QStringLiteral("declared %1 members and lists %2").arg(declared).arg(listed + 1)), qPrintable(note));
        setText(&form, "fullNameLineEdit", QStringLiteral("Phạm Thị Ngày Vào"));
        clickSave(&form);
        member = scalar(db(), QStringLiteral("SELECT id FROM member WHERE full_name = 'Phạm Thị Ngày Vào'")).toLongLong();
        QVERIFY(member > 0);
    }
    QVERIFY(scalar(db(), QStringLiteral("SELECT joined_on FROM team_member WHERE member_id = %1").arg(member)).isNull());
    {
        MemberForm form(m_window.get(), context, member);
        openForm(form);
        auto *team = form.findChild<QComboBox *>(QStringLiteral("teamComboBox"));
        team->setCurrentIndex(team->findData(secondTeam));
        RecordForm::setOptionalDate(form.findChild<DateField *>(QStringLiteral("joinedDateEdit")), QDate(2022, 9, 15));
        clickSave(&form);
    }
    QCOMPARE(scalar(db(), QStringLiteral("SELECT left_on FROM team_member WHERE member_id = %1 AND team_id = %2").arg(member).arg(firstTeam)).toString(),
             QStringLiteral("2022-09-15"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT joined_on FROM team_member WHERE member_id = %1 AND team_id = %2 AND left_on IS NULL")
                            .arg(member).arg(secondTeam)).toString(),
             QStringLiteral("2022-09-15"));
}

#include "tst_recordlists.moc"
