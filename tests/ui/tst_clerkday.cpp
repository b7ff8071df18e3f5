#include "TestDatabase.h"

#include "common/DateField.h"
#include "common/WrappingHeaderView.h"
#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "report/ReportListModel.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "teams/TeamForm.h"
#include "teams/TeamsModel.h"
#include "teams/TeamsPage.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace cds;

// A clerk's day through the real windows (issue 18): dates typed the way
// clerks type them, the window on a small screen, the keyboard after a click
// in the navigation, lists whose identifying column is readable.
class ClerkDayTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dateTakesWhatIsTyped_data();
    void dateTakesWhatIsTyped();
    void dateTypedOverAFilledDate();
    void dateTypedInsideTheDay();
    void unreadableDateIsRefusedWithAMessage();
    void newTeamDateIsBlankAndOpensInTheCampaign();
    void windowAndFormsFitTheScreen();
    void keyboardWorksAfterANavigationClick();
    void identifyingColumnsAndHeadersAreReadable();
    void unitTypeIsChosenNotTyped();
    void userGuideOpensOnF1();
    void attendeeSearchChangesNothing();

private:
    void whenModal(std::function<void(QDialog *)> fill)
    {
        m_filled = false;
        QTimer::singleShot(0, this, [this, fill] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                qWarning("no modal dialog");
                return;
            }
            fill(dialog);
            m_filled = !QTest::currentTestFailed();
            if (dialog->isVisible()) {
                MessageBox::setNextAnswer(QMessageBox::Discard);
                dialog->reject();
            }
        });
    }
    template <typename T>
    static T *field(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no field named %s", name);
        return widget;
    }
    static void save(QDialog *dialog)
    {
        field<QDialogButtonBox>(dialog, "formButtonBox")->button(QDialogButtonBox::Save)->click();
    }
    RecordListPage *page(const QString &key)
    {
        m_window->showRecordPage(key);
        return m_window->recordPage(key);
    }
    QSqlDatabase db() const { return m_window->recordPage(QStringLiteral("units"))->context().db; }
    // A date field beside another field to move the focus to.
    struct DateRig
    {
        QWidget window;
        DateField *date = nullptr;
        QLineEdit *other = nullptr;
    };
    static void leave(DateRig &rig)
    {
        rig.other->setFocus();
        QTRY_VERIFY(rig.other->hasFocus());
    }

    std::unique_ptr<MainWindow> m_window;
    int m_campaignId = 0;
    bool m_filled = false;
};

void ClerkDayTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(QStringLiteral("vi")));
}

void ClerkDayTest::init()
{
    // The widths of an earlier run are not what a first opening shows.
    QSettings().remove(QStringLiteral("lists"));
    auto database = test::openDemoDatabase(&m_campaignId);
    QVERIFY(database);
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabase(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ClerkDayTest::cleanup()
{
    m_window.reset();
}

void ClerkDayTest::dateTakesWhatIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("dd/MM/yyyy") << QStringLiteral("07/10/2022") << QDate(2022, 10, 7);
    QTest::newRow("d/M/yyyy") << QStringLiteral("7/10/2022") << QDate(2022, 10, 7);
    QTest::newRow("ddMMyyyy") << QStringLiteral("07102022") << QDate(2022, 10, 7);
    QTest::newRow("d.M.yyyy") << QStringLiteral("7.10.2022") << QDate(2022, 10, 7);
    QTest::newRow("d-M-yy") << QStringLiteral("7-9-22") << QDate(2022, 9, 7);
    QTest::newRow("ISO") << QStringLiteral("2022-10-07") << QDate(2022, 10, 7);
    QTest::newRow("day alone") << QStringLiteral("30") << QDate();
    QTest::newRow("31 February") << QStringLiteral("31/02/2022") << QDate();
    QTest::newRow("letters") << QStringLiteral("7 thang 10") << QDate();
}

void ClerkDayTest::dateTakesWhatIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    DateRig rig;
    auto *layout = new QVBoxLayout(&rig.window);
    rig.other = new QLineEdit(&rig.window);
    rig.date = new DateField(&rig.window);
    layout->addWidget(rig.other);
    layout->addWidget(rig.date);
    rig.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rig.window));
    rig.date->setFocus();
    QTRY_VERIFY(rig.date->lineEdit()->hasFocus());
    QTest::keyClicks(rig.date->lineEdit(), typed);
    leave(rig);
    QCOMPARE(rig.date->date(), expected);
    QCOMPARE(rig.date->isUnreadable(), !expected.isValid());
    if (expected.isValid())
        QCOMPARE(rig.date->text(), expected.toString(QStringLiteral("dd/MM/yyyy")));
    else
        QCOMPARE(rig.date->text(), typed); // left as typed, to be corrected, never another date
}

void ClerkDayTest::dateTypedOverAFilledDate()
{
    DateRig rig;
    auto *layout = new QVBoxLayout(&rig.window);
    rig.other = new QLineEdit(&rig.window);
    rig.date = new DateField(&rig.window);
    layout->addWidget(rig.other);
    layout->addWidget(rig.date);
    rig.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rig.window));
    rig.date->setDate(QDate(2021, 9, 7));
    rig.date->setFocus();
    QTRY_VERIFY(rig.date->lineEdit()->hasFocus());
    QTest::keyClick(rig.date->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(rig.date->lineEdit(), QStringLiteral("15/09/2021"));
    leave(rig);
    QCOMPARE(rig.date->date(), QDate(2021, 9, 15));
    // Delete over the whole date empties it.
    rig.date->setFocus();
    QTRY_VERIFY(rig.date->lineEdit()->hasFocus());
    QTest::keyClick(rig.date->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(rig.date->lineEdit(), Qt::Key_Delete);
    leave(rig);
    QVERIFY(rig.date->date().isNull());
    QVERIFY(!rig.date->isUnreadable());
}

void ClerkDayTest::dateTypedInsideTheDay()
{
    DateRig rig;
    auto *layout = new QVBoxLayout(&rig.window);
    rig.other = new QLineEdit(&rig.window);
    rig.date = new DateField(&rig.window);
    layout->addWidget(rig.other);
    layout->addWidget(rig.date);
    rig.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rig.window));
    rig.date->setDate(QDate(2021, 9, 7));
    rig.date->setFocus();
    QTRY_VERIFY(rig.date->lineEdit()->hasFocus());
    rig.date->lineEdit()->setCursorPosition(2); // after "07"
    QTest::keyClick(rig.date->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(rig.date->lineEdit(), QStringLiteral("8"));
    leave(rig);
    QCOMPARE(rig.date->date(), QDate(2021, 9, 8));
}

// "30" typed into an empty "Valid from" of the unit form: the form refuses it
// by name and stores nothing, where it used to store 30/12 of some year.
void ClerkDayTest::unreadableDateIsRefusedWithAMessage()
{
    const int before = test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit")).toInt();
    QString message;
    whenModal([&message](QDialog *form) {
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Thôn Ngày Sai"));
        field<QComboBox>(form, "unitTypeComboBox")->setCurrentIndex(
                field<QComboBox>(form, "unitTypeComboBox")->findText(QStringLiteral("Thôn")));
        auto *parent = field<QComboBox>(form, "parentComboBox");
        parent->setCurrentIndex(parent->count() - 1);
        auto *validFrom = field<DateField>(form, "validFromDateEdit");
        validFrom->setFocus();
        QTest::keyClicks(validFrom->lineEdit(), QStringLiteral("30"));
        save(form);
        QVERIFY(form->isVisible());
        message = field<QLabel>(form, "formMessageLabel")->text();
        QVERIFY(validFrom->property("cdsInvalid").toBool());
    });
    page(QStringLiteral("units"))->addRecord();
    QVERIFY(m_filled);
    // The text typed is named, in the interface language's quotes.
    QVERIFY2(message.contains(QStringLiteral("\"30\"")) || message.contains(QStringLiteral("“30”")), qPrintable(message));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit")).toInt(), before);
}

// A new team's establishment date is blank (not today) and its calendar opens
// in the campaign's month, 2022 for the demo.
void ClerkDayTest::newTeamDateIsBlankAndOpensInTheCampaign()
{
    const RecordContext context{ db(), m_campaignId, m_window->undoStack() };
    TeamForm form(m_window.get(), context, 0);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *established = field<DateField>(&form, "establishedDateEdit");
    QVERIFY(established);
    established->setFocus();
    QVERIFY(established->date().isNull());
    QVERIFY(established->text().isEmpty());
    field<QToolButton>(established, "calendarToolButton")->click();
    auto *calendar = field<QCalendarWidget>(established, "dateCalendarWidget");
    QVERIFY(calendar && calendar->isVisible());
    QCOMPARE(calendar->yearShown(), 2022);
    calendar->hide();
}

// The offscreen screen (800×600) is smaller than 1366×768 at 150 % (911×512
// logical pixels is close): the window opens within it, its status bar on it,
// and a tall form scrolls instead of running off the bottom.
void ClerkDayTest::windowAndFormsFitTheScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(m_window->width()).arg(m_window->height())
                                .arg(available.width()).arg(available.height())));
    QVERIFY(available.contains(m_window->geometry()));
    auto *status = m_window->findChild<QWidget *>(QStringLiteral("statusBar"));
    QVERIFY(status && status->isVisible());
    QVERIFY(available.contains(QRect(status->mapToGlobal(QPoint(0, 0)), status->size())));

    // Every record page shown in turn leaves the window within the screen.
    for (const QString &key : { QStringLiteral("members"), QStringLiteral("trainings"), QStringLiteral("events"),
                                QStringLiteral("units") }) {
        page(key);
        QCoreApplication::processEvents();
        QVERIFY2(m_window->height() <= available.height(), qPrintable(key));
    }

    // The training form, the tallest, scrolls within the screen.
    whenModal([available](QDialog *form) {
        QVERIFY2(form->height() <= available.height(), qPrintable(QString::number(form->height())));
        auto *buttons = field<QDialogButtonBox>(form, "formButtonBox");
        QVERIFY(buttons->isVisible());
        QVERIFY(available.contains(QRect(buttons->mapToGlobal(QPoint(0, 0)), buttons->size())));
    });
    page(QStringLiteral("trainings"))->addRecord();
    QVERIFY(m_filled);
}

// Clicking the navigation gave it the focus: Ctrl+F and Insert did nothing
// and typed letters switched pages.
void ClerkDayTest::keyboardWorksAfterANavigationClick()
{
    auto *navigation = field<QListWidget>(m_window.get(), "navigationListWidget");
    QVERIFY(navigation);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    RecordListPage *members = m_window->recordPage(QStringLiteral("members"));
    int row = -1;
    for (int i = 0; i < navigation->count(); ++i) {
        if (navigation->item(i)->data(Qt::UserRole).toString() == QStringLiteral("members"))
            row = i;
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(navigation->item(row)).center());
    QTRY_COMPARE(navigation->currentRow(), row);
    QVERIFY(members->isVisible());
    // The focus went on to the page's list.
    QTRY_VERIFY(field<QTableView>(members, "recordsTableView")->hasFocus());

    // Letters typed with the focus back on the navigation stay on the page.
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClicks(navigation, QStringLiteral("cuong"));
    QCOMPARE(navigation->currentRow(), row);

    // Ctrl+F from the navigation goes to the page's search box.
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field<QLineEdit>(members, "searchLineEdit")->hasFocus());

    // Insert from the navigation opens the member form.
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    bool opened = false;
    whenModal([&opened](QDialog *form) { opened = form->objectName() == QStringLiteral("MemberForm") || form->findChild<QWidget *>(QStringLiteral("fullNameLineEdit")); });
    QTest::keyClick(navigation, Qt::Key_Insert);
    QTRY_VERIFY(m_filled);
    QVERIFY(opened);
}

// At 1366 pixels a team's name read "Tổ Công nghệ số cộng đồng huyện Minh L…",
// a training's title was cut at a third of the list, a header read "ch y".
void ClerkDayTest::identifyingColumnsAndHeadersAreReadable()
{
    m_window->resize(1366, 740);
    m_window->showPage(MainWindow::TeamsPageIndex);
    auto *teams = field<QTableView>(m_window->teamsPage(), "teamsTableView");
    QTRY_VERIFY(teams->model()->rowCount() > 0);
    QCoreApplication::processEvents();
    // The page fits the window: its filters and buttons need no more than it
    // has (the district filter sized to its longest name once pushed "Xuất…"
    // past the edge).
    auto *exportButton = field<QPushButton>(m_window->teamsPage(), "teamsExportButton");
    const QRect exportRect(exportButton->mapTo(m_window.get(), QPoint(0, 0)), exportButton->size());
    QVERIFY2(m_window->width() <= 1366 && m_window->rect().contains(exportRect),
             qPrintable(QStringLiteral("window %1 wide, “%2” ends at %3")
                                .arg(m_window->width()).arg(exportButton->text()).arg(exportRect.right())));
    const int nameWidth = teams->horizontalHeader()->sectionSize(TeamsModel::NameColumn);
    QVERIFY2(nameWidth >= static_cast<QAbstractItemView *>(teams)->sizeHintForColumn(TeamsModel::NameColumn),
             qPrintable(QStringLiteral("%1 < %2").arg(nameWidth).arg(static_cast<QAbstractItemView *>(teams)->sizeHintForColumn(TeamsModel::NameColumn))));

    for (const QString &key : { QStringLiteral("trainings"), QStringLiteral("units"), QStringLiteral("events"),
                                QStringLiteral("mediaOutputs") }) {
        RecordListPage *list = page(key);
        if (!list)
            continue;
        auto *view = field<QTableView>(list, "recordsTableView");
        QTRY_VERIFY(list->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        QHeaderView *header = view->horizontalHeader();
        const int first = header->logicalIndex(0);
        // The identifying column keeps at least two fifths of the list (or all
        // it needs); the others then fit beside it when their captions allow,
        // so no column is left cut at the list's edge ("S…", #18).
        const int viewport = view->viewport()->width();
        QVERIFY2(header->sectionSize(first) >= std::min(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(first), viewport * 2 / 5),
                 qPrintable(key));
        if (key == QStringLiteral("trainings")) {
            // Once the page has its final width (it is built at its first show).
            const auto total = [header] {
                int sum = 0;
                for (int i = 0; i < header->count(); ++i)
                    sum += header->isSectionHidden(i) ? 0 : header->sectionSize(i);
                return sum;
            };
            QTRY_VERIFY2(total() <= view->viewport()->width(),
                         qPrintable(QStringLiteral("%1 > %2").arg(total()).arg(view->viewport()->width())));
        }
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i) || header->visualIndex(i) == header->count() - 1)
                continue;
            // A long caption is drawn on two lines: each line fits, and the
            // header is as tall as its lines.
            auto *captions = qobject_cast<WrappingHeaderView *>(header);
            QVERIFY(captions);
            const QStringList lines = captions->shownCaption(i).split(u'\n');
            QVERIFY2(lines.join(u' ') == view->model()->headerData(i, Qt::Horizontal).toString(), qPrintable(key));
            for (const QString &line : lines)
                QVERIFY2(header->sectionSize(i) >= header->fontMetrics().horizontalAdvance(line) + 8,
                         qPrintable(key + QStringLiteral(": ") + line));
            QVERIFY2(header->height() >= int(lines.size()) * header->fontMetrics().height(), qPrintable(key));
        }
    }

    // The report list (about 260 px at 1366×768): a draft's row shows its
    // subject, which says it is a draft and which one, whole (wrapped) and
    // within the list's width, next to its number.
    m_window->showPage(MainWindow::ReportPageIndex);
    auto *reports = m_window->findChild<QTableView *>(QStringLiteral("reportsTableView"));
    QVERIFY(reports);
    QTRY_VERIFY(reports->model()->rowCount() > 0);
    QCoreApplication::processEvents();
    QHeaderView *header = reports->horizontalHeader();
    QCOMPARE(header->logicalIndex(1), int(ReportListModel::SubjectColumn));
    QVERIFY2(header->sectionViewportPosition(ReportListModel::SubjectColumn) + header->sectionSize(ReportListModel::SubjectColumn)
                     <= reports->viewport()->width(),
             qPrintable(QString::number(reports->viewport()->width())));
    const QModelIndex subject = reports->model()->index(0, ReportListModel::SubjectColumn);
    QVERIFY2(subject.data().toString().contains(QStringLiteral("dự thảo")), qPrintable(subject.data().toString()));
    const QRect needed = reports->fontMetrics().boundingRect(QRect(0, 0, header->sectionSize(ReportListModel::SubjectColumn) - 8, 1000),
                                                             Qt::TextWordWrap, subject.data().toString());
    QVERIFY2(reports->rowHeight(0) >= needed.height(),
             qPrintable(QStringLiteral("%1 < %2").arg(reports->rowHeight(0)).arg(needed.height())));
}

// "thon" typed as a unit type was stored, and the team named "… thon Thôn Gò Cao".
void ClerkDayTest::unitTypeIsChosenNotTyped()
{
    QStringList offered;
    QString chosen;
    whenModal([&](QDialog *form) {
        auto *type = field<QComboBox>(form, "unitTypeComboBox");
        QVERIFY(!type->isEditable());
        for (int i = 0; i < type->count(); ++i)
            offered << type->itemText(i);
        type->setFocus();
        QTest::keyClicks(type, QStringLiteral("thon"));
        chosen = type->currentText();
    });
    page(QStringLiteral("units"))->addRecord();
    QVERIFY(m_filled);
    QVERIFY(offered.contains(QStringLiteral("Thôn")));
    QVERIFY2(offered.contains(chosen), qPrintable(chosen));
}

// Help had only "About": F1 and Help → User guide open the guide, offline, in Vietnamese.
void ClerkDayTest::userGuideOpensOnF1()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *navigation = field<QListWidget>(m_window.get(), "navigationListWidget");
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_F1);
    auto *browser = m_window->findChild<QTextBrowser *>(QStringLiteral("userGuideTextBrowser"));
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    const QString text = browser->toPlainText();
    for (const char *heading : { "Khai báo đơn vị hành chính", "Nhập một Tổ và thành viên", "Nhập danh sách do huyện gửi",
                                 "Nhập một lớp tập huấn", "Lập và cấp số báo cáo", "Sao lưu" })
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(!browser->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/teams.png"))).isNull());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QVERIFY(field<QMenu>(m_window.get(), "helpMenu")->actions().contains(action));
}

// Typing in the attendee search marked the training as changed.
void ClerkDayTest::attendeeSearchChangesNothing()
{
    RecordListPage *trainings = page(QStringLiteral("trainings"));
    QTRY_VERIFY(trainings->model()->rowCount() > 0);
    bool dirty = true;
    whenModal([&dirty](QDialog *form) {
        auto *search = field<QLineEdit>(form, "attendeeSearchLineEdit");
        QVERIFY(search);
        QVERIFY(!static_cast<RecordForm *>(form)->isDirty());
        QTest::keyClicks(search, QStringLiteral("nguyen"));
        dirty = static_cast<RecordForm *>(form)->isDirty() || form->isWindowModified();
    });
    field<QTableView>(trainings, "recordsTableView")->setCurrentIndex(trainings->model()->index(0, 0));
    trainings->openCurrent();
    QVERIFY(m_filled);
    QVERIFY(!dirty);
}

QTEST_MAIN(ClerkDayTest)
#include "tst_clerkday.moc"
