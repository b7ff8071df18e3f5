#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordListPage.h"
#include "text/VietnameseText.h"
#include "records/RecordStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace cds;

// Issue #3 for the campaign's activities: the 2022 report's workshop, a
// training with attendance and a media output are entered through the real
// forms (found by object name) in the main window on the demo campaign, found
// again by typing without diacritics, deleted and restored with undo.
class ActivitiesEntryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void entersWorkshopWithPresentations();
    void entersTrainingWithAttendance();
    void entersFindsDeletesAndRestoresMediaOutput();
    void eventsSortByTitleInVietnameseOrder_data();
    void eventsSortByTitleInVietnameseOrder();

private:
    QSqlDatabase db() const { return m_window->database()->connection(); }
    qint64 count(const QString &sql) const { return test::scalar(db(), sql).toLongLong(); }
    // Runs fill on the form the page opens for a new record (modal: exec()).
    bool addThroughForm(const QString &key, const std::function<void(QDialog *)> &fill);
    static void choose(QComboBox *combo, const QVariant &data);
    static void save(QDialog *form);
    // Types text into the page's search field and waits for the list to follow.
    void search(RecordListPage *page, const QString &text);
    // The row of the list whose column holds text, -1 when none.
    static int rowWithText(RecordListPage *page, int column, const QString &text);

    std::unique_ptr<MainWindow> m_window;
    int m_campaignId = 0;
};

template <typename T>
static T *field(QWidget *form, const char *name)
{
    T *widget = form->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no field named %s", name);
    return widget;
}

void ActivitiesEntryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(QStringLiteral("vi")));
}

void ActivitiesEntryTest::init()
{
    auto database = test::openDemoDatabase(&m_campaignId);
    QVERIFY(database);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setDatabase(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ActivitiesEntryTest::cleanup()
{
    m_window.reset();
}

bool ActivitiesEntryTest::addThroughForm(const QString &key, const std::function<void(QDialog *)> &fill)
{
    RecordListPage *page = m_window->recordPage(key);
    if (!page)
        return false;
    m_window->showRecordPage(key);
    bool opened = false;
    QTimer::singleShot(0, this, [&] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!form)
            return;
        opened = true;
        fill(form);
        if (form->isVisible()) { // a failed step leaves the form open: close it unsaved
            MessageBox::setNextAnswer(QMessageBox::Discard);
            form->reject();
        }
    });
    page->addRecord();
    return opened;
}

void ActivitiesEntryTest::choose(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void ActivitiesEntryTest::save(QDialog *form)
{
    auto *buttons = field<QDialogButtonBox>(form, "formButtonBox");
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Save)->click();
}

void ActivitiesEntryTest::search(RecordListPage *page, const QString &text)
{
    auto *line = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(line);
    line->clear();
    QTest::keyClicks(line, text);
    QTRY_COMPARE(page->model()->searchText(), text);
}

int ActivitiesEntryTest::rowWithText(RecordListPage *page, int column, const QString &text)
{
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void ActivitiesEntryTest::entersWorkshopWithPresentations()
{
    const QString title = QStringLiteral("Hội thảo Chuyển đổi số năm 2022 (thử)");
    const qint64 eventsBefore = count(QStringLiteral("SELECT count(*) FROM event"));
    const bool opened = addThroughForm(QStringLiteral("events"), [&](QDialog *form) {
        auto *kind = field<QComboBox>(form, "kindComboBox");
        choose(kind, QStringLiteral("workshop"));
        QCOMPARE(kind->currentText(), QStringLiteral("Hội thảo"));
        field<QCheckBox>(form, "mainEventCheckBox")->setChecked(true);
        field<QLineEdit>(form, "titleLineEdit")->setText(title);
        field<QLineEdit>(form, "venueLineEdit")->setText(QStringLiteral("Hội trường UBND tỉnh"));
        field<QSpinBox>(form, "inPersonSpinBox")->setValue(150);
        field<QSpinBox>(form, "level3SitesSpinBox")->setValue(173);

        auto *table = field<QTableWidget>(form, "presentationsTableWidget");
        auto *add = field<QPushButton>(form, "addPresentationButton");
        add->click();
        add->click();
        QCOMPARE(table->rowCount(), 2);
        table->item(0, 1)->setText(QStringLiteral("PGS. Nguyễn Quang Trung"));
        table->item(0, 4)->setText(QStringLiteral("Chuyển đổi số cấp xã"));
        table->item(1, 1)->setText(QStringLiteral("Bà Nguyễn Thị Lệ Quyên"));
        // A presentation without its title is refused at the table.
        save(form);
        QVERIFY(form->isVisible());
        QVERIFY(field<QLabel>(form, "formMessageLabel")->text().contains(QStringLiteral("2")));
        table->item(1, 4)->setText(QStringLiteral("Tổ công nghệ số cộng đồng"));
        save(form);
        QVERIFY2(!form->isVisible(), qPrintable(field<QLabel>(form, "formMessageLabel")->text() + u' ' + MessageBox::lastText()));
    });
    QVERIFY(opened);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), eventsBefore + 1);
    const qint64 id = count(QStringLiteral("SELECT id FROM event WHERE title = '%1'").arg(title));
    QVERIFY(id > 0);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT kind || '/' || in_person_attendance || '/' || is_main_event FROM event WHERE id = %1").arg(id)).toString(),
             QStringLiteral("workshop/150/1"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM presentation WHERE event_id = %1").arg(id)), 2);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT group_concat(sort_order || ':' || speaker_name, ';') FROM "
                                               "(SELECT * FROM presentation WHERE event_id = %1 ORDER BY sort_order)").arg(id)).toString(),
             QStringLiteral("1:PGS. Nguyễn Quang Trung;2:Bà Nguyễn Thị Lệ Quyên"));
    QCOMPARE(count(QStringLiteral("SELECT site_count FROM event_connected_sites WHERE event_id = %1 AND level = 3").arg(id)), 173);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_connected_sites WHERE event_id = %1").arg(id)), 1);

    RecordListPage *page = m_window->recordPage(QStringLiteral("events"));
    search(page, QStringLiteral("hoi thao chuyen doi"));
    QVERIFY(rowWithText(page, 2, title) >= 0);
    search(page, QStringLiteral("hoi thao chuyen doi (thu) khong co"));
    QCOMPARE(rowWithText(page, 2, title), -1);
}

void ActivitiesEntryTest::entersTrainingWithAttendance()
{
    {
        RecordTransaction write(db(), QStringLiteral("test members"));
        for (const char *name : { "Nguyễn Thị Thử Nghiệm", "Trần Văn Thử Nghiệm", "Lê Thử Nghiệm" })
            write.insert(QStringLiteral("member"), { { QStringLiteral("full_name"), QString::fromUtf8(name) } });
        QVERIFY2(write.commit(), qPrintable(write.error()));
    }
    const QString title = QStringLiteral("Tập huấn kỹ năng số (thử)");
    const bool opened = addThroughForm(QStringLiteral("trainings"), [&](QDialog *form) {
        field<QLineEdit>(form, "titleLineEdit")->setText(title);
        choose(field<QComboBox>(form, "modeComboBox"), QStringLiteral("online"));
        QCOMPARE(field<QComboBox>(form, "modeComboBox")->currentText(), QStringLiteral("Trực tuyến"));
        auto *declared = field<QSpinBox>(form, "participantsSpinBox");
        declared->setValue(1);

        auto *searchLine = field<QLineEdit>(form, "attendeeSearchLineEdit");
        auto *candidates = field<QListWidget>(form, "candidatesListWidget");
        searchLine->setText(QStringLiteral("thu nghiem"));
        QTRY_VERIFY(candidates->count() >= 3);
        int ticked = 0;
        for (int i = 0; i < candidates->count() && ticked < 2; ++i) {
            if (candidates->item(i)->text().contains(QStringLiteral("Thử Nghiệm"))) {
                candidates->item(i)->setCheckState(Qt::Checked);
                ++ticked;
            }
        }
        QCOMPARE(ticked, 2);
        QCOMPARE(field<QListWidget>(form, "chosenListWidget")->count(), 2);

        // Two attendees but one declared participant: refused, with the message at the field.
        save(form);
        QVERIFY(form->isVisible());
        const QString message = field<QLabel>(form, "formMessageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("2")) && message.contains(QStringLiteral("1")), qPrintable(message));
        QCOMPARE(declared->toolTip(), message);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_session WHERE title = '%1'").arg(title)), 0);

        declared->setValue(2);
        save(form);
        QVERIFY2(!form->isVisible(), qPrintable(field<QLabel>(form, "formMessageLabel")->text() + u' ' + MessageBox::lastText()));
    });
    QVERIFY(opened);
    const qint64 id = count(QStringLiteral("SELECT id FROM training_session WHERE title = '%1'").arg(title));
    QVERIFY(id > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_attendance WHERE training_id = %1").arg(id)), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_attendance a JOIN member m ON m.id = a.member_id "
                                  "WHERE a.training_id = %1 AND m.full_name LIKE '%Thử Nghiệm'").arg(id)), 2);

    RecordListPage *page = m_window->recordPage(QStringLiteral("trainings"));
    search(page, QStringLiteral("tap huan ky nang"));
    const int row = rowWithText(page, 0, title);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, 5).data().toString(), QStringLiteral("2"));
}

void ActivitiesEntryTest::entersFindsDeletesAndRestoresMediaOutput()
{
    const QString title = QStringLiteral("Phóng sự (thử)");
    const bool opened = addThroughForm(QStringLiteral("media"), [&](QDialog *form) {
        auto *kind = field<QComboBox>(form, "kindComboBox");
        choose(kind, QStringLiteral("tv_report"));
        QCOMPARE(kind->currentText(), QStringLiteral("Phóng sự truyền hình"));
        field<QComboBox>(form, "outletComboBox")->setCurrentText(QStringLiteral("Kênh Thử Nghiệm"));
        field<QLineEdit>(form, "titleLineEdit")->setText(title);
        field<QSpinBox>(form, "countSpinBox")->setValue(2);
        // A link must be a web address.
        field<QLineEdit>(form, "linkLineEdit")->setText(QStringLiteral("vtv.vn/phong-su"));
        save(form);
        QVERIFY(form->isVisible());
        field<QLineEdit>(form, "linkLineEdit")->setText(QStringLiteral("https://vtv.vn/phong-su"));
        save(form);
        QVERIFY2(!form->isVisible(), qPrintable(field<QLabel>(form, "formMessageLabel")->text() + u' ' + MessageBox::lastText()));
    });
    QVERIFY(opened);
    const QString where = QStringLiteral("FROM media_output WHERE title = '%1' AND outlet = 'Kênh Thử Nghiệm' AND item_count = 2 "
                                         "AND kind = 'tv_report' AND campaign_id = %2").arg(title).arg(m_campaignId);
    QCOMPARE(count(QStringLiteral("SELECT count(*) ") + where), 1);
    const qint64 id = count(QStringLiteral("SELECT id ") + where);

    RecordListPage *page = m_window->recordPage(QStringLiteral("media"));
    search(page, QStringLiteral("phong su"));
    const int row = rowWithText(page, 3, title);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->idAt(row), id);
    QCOMPARE(page->model()->index(row, 2).data().toString(), QStringLiteral("Kênh Thử Nghiệm"));

    // An outlet no output had before is a filter choice at once (no restart), and filters the list.
    auto *outlets = page->findChild<QComboBox *>(QStringLiteral("outletFilterComboBox"));
    QVERIFY(outlets);
    const int newOutlet = outlets->findData(QStringLiteral("Kênh Thử Nghiệm"));
    QVERIFY(newOutlet > 0);
    // The outlets are in Vietnamese order (Đài … before VTV, Đ right after D).
    for (int i = 2; i < outlets->count(); ++i)
        QVERIFY2(text::sortKey(outlets->itemText(i - 1)) <= text::sortKey(outlets->itemText(i)),
                 qPrintable(outlets->itemText(i - 1) + QStringLiteral(" / ") + outlets->itemText(i)));
    search(page, QString());
    outlets->setCurrentIndex(newOutlet);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->idAt(0), id);
    outlets->setCurrentIndex(0);
    search(page, QStringLiteral("phong su"));

    page->selectId(id);
    QCOMPARE(page->currentId(), id);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeCurrent();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM media_output WHERE id = %1").arg(id)), 0);
    QCOMPARE(rowWithText(page, 3, title), -1);
    QCOMPARE(outlets->findData(QStringLiteral("Kênh Thử Nghiệm")), -1); // its last output is gone

    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) ") + where), 1);
    QTRY_VERIFY(rowWithText(page, 3, title) >= 0);
    QVERIFY(outlets->findData(QStringLiteral("Kênh Thử Nghiệm")) > 0);
}

void ActivitiesEntryTest::eventsSortByTitleInVietnameseOrder_data()
{
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a ă â") << QStringList{ QStringLiteral("Ân"), QStringLiteral("An"), QStringLiteral("Ăn") }
                           << QStringList{ QStringLiteral("An"), QStringLiteral("Ăn"), QStringLiteral("Ân") };
    QTest::newRow("d before đ") << QStringList{ QStringLiteral("Đào"), QStringLiteral("Dung"), QStringLiteral("Ê") }
                                << QStringList{ QStringLiteral("Dung"), QStringLiteral("Đào"), QStringLiteral("Ê") };
    QTest::newRow("o ô ơ") << QStringList{ QStringLiteral("Ơn"), QStringLiteral("Ông"), QStringLiteral("Oanh") }
                           << QStringList{ QStringLiteral("Oanh"), QStringLiteral("Ông"), QStringLiteral("Ơn") };
    QTest::newRow("case ignored") << QStringList{ QStringLiteral("bình"), QStringLiteral("An"), QStringLiteral("Út") }
                                  << QStringList{ QStringLiteral("An"), QStringLiteral("bình"), QStringLiteral("Út") };
}

void ActivitiesEntryTest::eventsSortByTitleInVietnameseOrder()
{
    QFETCH(QStringList, titles);
    QFETCH(QStringList, expected);
    const QString marker = QStringLiteral(" zqsắp");
    {
        RecordTransaction write(db(), QStringLiteral("test events"));
        for (const QString &title : std::as_const(titles))
            write.insert(QStringLiteral("event"), { { QStringLiteral("campaign_id"), m_campaignId },
                                                    { QStringLiteral("kind"), QStringLiteral("other") },
                                                    { QStringLiteral("title"), QString(title + marker) } });
        QVERIFY2(write.commit(), qPrintable(write.error()));
    }
    RecordListPage *page = m_window->recordPage(QStringLiteral("events"));
    page->refresh();
    search(page, QStringLiteral("zqsap"));
    page->model()->sort(2, Qt::AscendingOrder);
    QCOMPARE(page->model()->rowCount(), int(expected.size()));
    QStringList shown;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        shown << page->model()->index(row, 2).data().toString().chopped(marker.size());
    QCOMPARE(shown, expected);
    page->model()->sort(2, Qt::DescendingOrder);
    QCOMPARE(page->model()->index(0, 2).data().toString(), expected.last() + marker);
}

QTEST_MAIN(ActivitiesEntryTest)
#include "tst_activitiesentry.moc"
