#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "database/Database.h"
#include "mainwindow/MainWindow.h"
#include "records/MemberKind.h"
#include "records/RecordKeys.h"
#include "records/RecordListPage.h"
#include "records/RecordWidgets.h"
#include "records/RecordStore.h"
#include "teams/TeamForm.h"
#include "teams/TeamsPage.h"
#include "text/VietnameseText.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cds;

// Data entry of teams and members (issue #3) through the real forms, driven by
// their object names on the demo campaign in a main window, checked in the
// database. The interface is left in English (the source strings).
class TeamsEntryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void teamsAndMembersAreEntered();
    void unitPickerTellsVillagesApartAndLeavesOutUnitsWithATeam();
    void phoneNumberMustBeVietnamese();
    void newTeamIsSavedBeforeItsFirstMember();
    void unitPickerOfALargeDatabaseFindsWhatIsTyped();
    void unitPickerTakesThePopupsChoice();
    void memberListSortsByGivenName_data();
    void memberListSortsByGivenName();

private:
    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    static void choose(QComboBox *combo, const QVariant &value)
    {
        QVERIFY(combo);
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(value.toString()));
        combo->setCurrentIndex(index);
    }
    static void clickSave(QWidget *form)
    {
        auto *buttons = child<QDialogButtonBox>(form, "formButtonBox");
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Save)->click();
    }
    // Fills the member form that opens next (modal) and saves it.
    static void fillNextMemberForm(const QString &name, const QString &role, const QString &phone)
    {
        QTimer::singleShot(0, [=] {
            auto *form = qobject_cast<MemberForm *>(QApplication::activeModalWidget());
            QVERIFY(form);
            child<QLineEdit>(form, "fullNameLineEdit")->setText(name);
            choose(child<QComboBox>(form, "genderComboBox"), QStringLiteral("female"));
            child<QLineEdit>(form, "birthYearLineEdit")->setText(QStringLiteral("1990"));
            child<QLineEdit>(form, "phoneLineEdit")->setText(phone);
            choose(child<QComboBox>(form, "roleComboBox"), role);
            clickSave(form);
        });
    }
    qint64 scalar(const QString &sql) const { return test::scalar(m_db, sql).toLongLong(); }

    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_db;
    int m_campaignId = 0;
};

void TeamsEntryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TeamsEntryTest::init()
{
    auto db = test::openDemoDatabase(&m_campaignId);
    QVERIFY(db);
    m_db = db->connection();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setDatabase(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->campaignId(), m_campaignId);
}

void TeamsEntryTest::cleanup()
{
    m_db = QSqlDatabase();
    m_window.reset();
}

void TeamsEntryTest::teamsAndMembersAreEntered()
{
    // A village of the demo without a team in the campaign (or one made free).
    qint64 village = scalar(QStringLiteral("SELECT min(u.id) FROM admin_unit u WHERE u.level = 4 AND NOT EXISTS "
                                           "(SELECT 1 FROM team t WHERE t.unit_id = u.id AND t.campaign_id = %1)")
                                    .arg(m_campaignId));
    if (village == 0) {
        village = scalar(QStringLiteral("SELECT min(unit_id) FROM team WHERE level = 4"));
        test::exec(m_db, QStringLiteral("DELETE FROM team_member WHERE team_id IN (SELECT id FROM team WHERE unit_id = %1)").arg(village));
        test::exec(m_db, QStringLiteral("DELETE FROM team WHERE unit_id = %1").arg(village));
    }
    QVERIFY(village != 0);
    const qint64 teamsBefore = scalar(QStringLiteral("SELECT count(*) FROM team"));

    // Add through the teams page: Add… opens the team form.
    m_window->showPage(MainWindow::TeamsPageIndex);
    auto *page = m_window->findChild<TeamsPage *>(QStringLiteral("teamsPage"));
    QVERIFY(page);
    QString suggested;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<TeamForm *>(QApplication::activeModalWidget());
        QVERIFY(form);
        choose(child<QComboBox>(form, "unitComboBox"), village);
        suggested = child<QLineEdit>(form, "nameLineEdit")->text();
        QCOMPARE(child<QLineEdit>(form, "levelLineEdit")->text().isEmpty(), false);
        child<QLineEdit>(form, "decisionReferenceLineEdit")->setText(QStringLiteral("12/QĐ-UBND"));
        child<QLineEdit>(form, "declaredMemberCountLineEdit")->setText(QStringLiteral("5"));
        // "hơn 5", as the district wrote it.
        auto *qualifier = child<QComboBox>(form, "memberCountQualifierComboBox");
        qualifier->setCurrentIndex(qualifier->findData(QStringLiteral("hon")));
        clickSave(form);
    });
    child<QPushButton>(page, "addTeamButton")->click();
    QVERIFY2(suggested.startsWith(QStringLiteral("Tổ Công nghệ số cộng đồng ")), qPrintable(suggested));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team")), teamsBefore + 1);
    const qint64 team = scalar(QStringLiteral("SELECT id FROM team WHERE unit_id = %1 AND campaign_id = %2").arg(village).arg(m_campaignId));
    QVERIFY(team != 0);
    QCOMPARE(scalar(QStringLiteral("SELECT level FROM team WHERE id = %1").arg(team)), 4);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT name FROM team WHERE id = %1").arg(team)).toString(), suggested);
    QCOMPARE(scalar(QStringLiteral("SELECT declared_member_count FROM team WHERE id = %1").arg(team)), 5);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT member_count_qualifier FROM team WHERE id = %1").arg(team)).toString(),
             QStringLiteral("hon"));
    QCOMPARE(page->currentTeamId(), team);
    // Undo removes the new team, redo brings it back.
    m_window->undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = %1").arg(team)), 0);
    m_window->undoStack()->redo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = %1").arg(team)), 1);

    // A negative declared count is refused; a team far larger than its peers
    // (over 3x the median of its level) only warns, and "No" keeps the old value.
    {
        const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
        TeamForm form(m_window.get(), context, team);
        form.show();
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QStringLiteral("-3"));
        clickSave(&form);
        QVERIFY(form.isVisible());
        QVERIFY2(child<QLabel>(&form, "formMessageLabel")->text().contains(QStringLiteral("0 or more")),
                 qPrintable(child<QLabel>(&form, "formMessageLabel")->text()));
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QStringLiteral("5000"));
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::No);
        clickSave(&form);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("three times")), qPrintable(MessageBox::lastText()));
        QCOMPARE(scalar(QStringLiteral("SELECT declared_member_count FROM team WHERE id = %1").arg(team)), 5);
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QStringLiteral("5"));
    }

    // Insert on the teams list opens the team form (closed unchanged here); Ctrl+F goes to the search.
    {
        auto *view = child<QTableView>(page, "teamsTableView");
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus();
        bool opened = false;
        QTimer::singleShot(0, [&] {
            auto *form = qobject_cast<TeamForm *>(QApplication::activeModalWidget());
            opened = form != nullptr;
            if (form)
                form->reject();
        });
        QTest::keyClick(view, Qt::Key_Insert);
        QTRY_VERIFY(opened);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(child<QLineEdit>(page, "teamSearchLineEdit")->hasFocus());
    }

    // A second team for the same unit is not offered: the unit has its team.
    {
        const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
        TeamForm second(m_window.get(), context, 0);
        second.show();
        QCOMPARE(child<QComboBox>(&second, "unitComboBox")->findData(village), -1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team")), teamsBefore + 1);
    }

    // Two members through the team form's Members tab, one the leader.
    const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
    {
        TeamForm form(m_window.get(), context, team);
        form.show();
        fillNextMemberForm(QStringLiteral("Đặng Thị Hồng Nhung"), QStringLiteral("leader"), QStringLiteral("0905 123 456"));
        child<QPushButton>(&form, "addMemberButton")->click();
        fillNextMemberForm(QStringLiteral("Nguyễn Văn Tèo"), QStringLiteral("member"), QString());
        child<QPushButton>(&form, "addMemberButton")->click();
        QCOMPARE(child<QTableWidget>(&form, "membersTableWidget")->rowCount(), 2);
        QVERIFY2(child<QLabel>(&form, "leaderLabel")->text().contains(QStringLiteral("Đặng Thị Hồng Nhung")),
                 qPrintable(child<QLabel>(&form, "leaderLabel")->text()));
        // Listed 2, declared 5: both shown, and the disagreement pointed out.
        QVERIFY2(form.memberCountText().contains(QStringLiteral("2")) && form.memberCountText().contains(QStringLiteral("5")),
                 qPrintable(form.memberCountText()));
        auto *tabs = child<QTabWidget>(&form, "teamTabWidget");
        tabs->setCurrentWidget(child<QWidget>(&form, "membersTab"));
        QVERIFY(child<QLabel>(&form, "memberMismatchLabel")->isVisibleTo(&form));
        QVERIFY2(form.mismatchText().contains(QStringLiteral("2")) && form.mismatchText().contains(QStringLiteral("5")),
                 qPrintable(form.mismatchText()));
        // Declaring the listed number removes the warning.
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QStringLiteral("2"));
        QVERIFY(form.mismatchText().isEmpty());
        // An empty count is "not reported", not 0.
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QString());
        QVERIFY2(form.memberCountText().contains(QStringLiteral("not reported")), qPrintable(form.memberCountText()));
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QStringLiteral("2"));
    }
    // A list (2) shorter than the declared count (5) never silently replaces it:
    // saving asks whether the list is complete; No keeps 5, Yes makes it 2.
    {
        TeamForm form(m_window.get(), context, team);
        form.show();
        child<QLineEdit>(&form, "declaredMemberCountLineEdit")->setText(QStringLiteral("6"));
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::No);
        clickSave(&form);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Is the list complete?")), qPrintable(MessageBox::lastText()));
        QCOMPARE(scalar(QStringLiteral("SELECT declared_member_count FROM team WHERE id = %1").arg(team)), 6);
    }
    {
        TeamForm form(m_window.get(), context, team);
        form.show();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        clickSave(&form);
        QCOMPARE(scalar(QStringLiteral("SELECT declared_member_count FROM team WHERE id = %1").arg(team)), 2);
        QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT member_count_qualifier FROM team WHERE id = %1").arg(team)).toString(),
                 QString());
    }
    const qint64 leader = scalar(QStringLiteral("SELECT id FROM member WHERE full_name = 'Đặng Thị Hồng Nhung'"));
    const qint64 other = scalar(QStringLiteral("SELECT id FROM member WHERE full_name = 'Nguyễn Văn Tèo'"));
    QVERIFY(leader != 0 && other != 0);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT phone FROM member WHERE id = %1").arg(leader)).toString(),
             QStringLiteral("0905123456"));
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT role FROM team_member WHERE member_id = %1 AND team_id = %2 AND left_on IS NULL")
                                        .arg(leader).arg(team)).toString(),
             QStringLiteral("leader"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE team_id = %1 AND left_on IS NULL").arg(team)), 2);

    // Found in the members list by a part of the name without diacritics.
    m_window->showRecordPage(QStringLiteral("members"));
    RecordListPage *members = m_window->recordPage(QStringLiteral("members"));
    QVERIFY(members);
    auto *search = child<QLineEdit>(members, "searchLineEdit");
    QTest::keyClicks(search, QStringLiteral("dang thi hong"));
    QTRY_VERIFY(members->model()->searchText() == QStringLiteral("dang thi hong"));
    QVERIFY(members->model()->rowCount() >= 1);
    QVERIFY(members->model()->rowOfId(leader) >= 0);
    for (int row = 0; row < members->model()->rowCount(); ++row)
        QVERIFY(text::searchKey(members->model()->index(row, 0).data().toString()).contains(QStringLiteral("dang")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("dang"));
    QTRY_COMPARE(members->model()->searchText(), QStringLiteral("dang"));
    QVERIFY(members->model()->rowCount() >= 1);
    for (int row = 0; row < std::min(members->model()->rowCount(), 100); ++row)
        QVERIFY(text::searchKey(members->model()->index(row, 0).data().toString()).contains(QStringLiteral("dang")));

    // Filters: the team's level and the gender narrow the search result.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nguyen van teo"));
    QTRY_COMPARE(members->model()->searchText(), QStringLiteral("nguyen van teo"));
    QCOMPARE(members->model()->rowCount(), 1);
    auto *levelFilter = child<QComboBox>(members, "teamLevelFilterComboBox");
    auto *genderFilter = child<QComboBox>(members, "genderFilterComboBox");
    QVERIFY(levelFilter && genderFilter && child<QComboBox>(members, "memberDistrictFilterComboBox"));
    choose(levelFilter, 3);
    QCOMPARE(members->model()->rowCount(), 0);
    choose(levelFilter, 4);
    QCOMPARE(members->model()->rowCount(), 1);
    choose(genderFilter, QStringLiteral("male"));
    QCOMPARE(members->model()->rowCount(), 0);
    genderFilter->setCurrentIndex(0);
    levelFilter->setCurrentIndex(0);
    // The district of the team's village (two levels up or closer).
    const qint64 district = scalar(QStringLiteral(
            "SELECT CASE WHEN p.level = 2 THEN p.id ELSE p.parent_id END FROM admin_unit v JOIN admin_unit p ON p.id = v.parent_id "
            "WHERE v.id = %1").arg(village));
    auto *districtFilter = child<QComboBox>(members, "memberDistrictFilterComboBox");
    choose(districtFilter, district);
    QCOMPARE(members->model()->rowCount(), 1);
    districtFilter->setCurrentIndex(districtFilter->currentIndex() == 1 ? 2 : 1);
    QCOMPARE(members->model()->rowCount(), 0);
    districtFilter->setCurrentIndex(0);
    QCOMPARE(members->model()->rowCount(), 1);

    // Moving a member keeps the history: the old row closed today, a new one open.
    const qint64 otherTeam = scalar(QStringLiteral("SELECT min(id) FROM team WHERE campaign_id = %1 AND id <> %2").arg(m_campaignId).arg(team));
    {
        MemberForm form(m_window.get(), context, other);
        form.show();
        choose(child<QComboBox>(&form, "teamComboBox"), otherTeam);
        clickSave(&form);
        QVERIFY(form.savedGroup() != 0);
    }
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT left_on FROM team_member WHERE member_id = %1 AND team_id = %2").arg(other).arg(team)).toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE member_id = %1 AND team_id = %2 AND left_on IS NULL").arg(other).arg(otherTeam)), 1);
    // Changing only the role updates the open row.
    {
        MemberForm form(m_window.get(), context, other);
        form.show();
        choose(child<QComboBox>(&form, "roleComboBox"), QStringLiteral("deputy"));
        clickSave(&form);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE member_id = %1").arg(other)), 2);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT role FROM team_member WHERE member_id = %1 AND left_on IS NULL").arg(other)).toString(),
             QStringLiteral("deputy"));

    // Deleting a member from the list (his memberships go with him); undo brings him back with his id.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nguyen van teo"));
    QTRY_COMPARE(members->model()->searchText(), QStringLiteral("nguyen van teo"));
    QCOMPARE(members->model()->rowCount(), 1);
    QCOMPARE(members->model()->idAt(0), other);
    members->selectId(other);
    QCOMPARE(members->currentId(), other);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    members->removeCurrent();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE id = %1").arg(other)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE member_id = %1").arg(other)), 0);
    QCOMPARE(members->model()->rowCount(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE id = %1").arg(other)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE member_id = %1").arg(other)), 2);
    QCOMPARE(members->model()->rowCount(), 1);

    // A member who attended a training is not deleted: the safe choice closes his membership.
    const qint64 training = scalar(QStringLiteral("SELECT min(id) FROM training_session"));
    if (training != 0) {
        test::exec(m_db, QStringLiteral("INSERT INTO training_attendance (training_id, member_id) VALUES (%1, %2)").arg(training).arg(other));
        members->refresh();
        QCOMPARE(members->model()->idAt(0), other);
        members->selectId(other);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        members->removeCurrent();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Remove the member from the team")), qPrintable(MessageBox::lastText()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE id = %1").arg(other)), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE member_id = %1 AND left_on IS NULL").arg(other)), 0);
    }

    // Removing a team with members says so; "No" keeps everything.
    m_window->showPage(MainWindow::TeamsPageIndex);
    page->selectTeam(team);
    QCOMPARE(page->currentTeamId(), team);
    MessageBox::setNextAnswer(QMessageBox::No);
    page->removeCurrentTeam();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 member")), qPrintable(MessageBox::lastText()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = %1").arg(team)), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeCurrentTeam();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = %1").arg(team)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE id = %1").arg(leader)), 1);
    m_window->undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = %1").arg(team)), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE team_id = %1 AND left_on IS NULL").arg(team)), 1);
}

void TeamsEntryTest::phoneNumberMustBeVietnamese()
{
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM member"));
    const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
    MemberForm form(m_window.get(), context, 0);
    form.show();
    child<QLineEdit>(&form, "fullNameLineEdit")->setText(QStringLiteral("Phạm Văn Hùng"));
    child<QLineEdit>(&form, "phoneLineEdit")->setText(QStringLiteral("12345"));
    clickSave(&form);
    QVERIFY(form.isVisible());
    const QString message = child<QLabel>(&form, "formMessageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("“12345” is not a Vietnamese phone number")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member")), before);

    // A year of birth outside 1900..this year is refused too.
    child<QLineEdit>(&form, "phoneLineEdit")->setText(QStringLiteral("0355 123 456"));
    child<QLineEdit>(&form, "birthYearLineEdit")->setText(QStringLiteral("1850"));
    clickSave(&form);
    QVERIFY(child<QLabel>(&form, "formMessageLabel")->text().contains(QStringLiteral("1900")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member")), before);
    child<QLineEdit>(&form, "birthYearLineEdit")->setText(QStringLiteral("1985"));
    clickSave(&form);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member")), before + 1);
    QCOMPARE(test::scalar(m_db, QStringLiteral("SELECT phone FROM member WHERE id = %1").arg(form.memberId())).toString(),
             QStringLiteral("0355123456"));
}

void TeamsEntryTest::newTeamIsSavedBeforeItsFirstMember()
{
    // Free a village of its team, then enter a new team and go straight to its members.
    const qint64 village = scalar(QStringLiteral("SELECT max(unit_id) FROM team WHERE level = 4"));
    QVERIFY(village != 0);
    test::exec(m_db, QStringLiteral("DELETE FROM team_member WHERE team_id IN (SELECT id FROM team WHERE unit_id = %1)").arg(village));
    test::exec(m_db, QStringLiteral("DELETE FROM team WHERE unit_id = %1").arg(village));
    const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
    TeamForm form(m_window.get(), context, 0);
    form.show();
    choose(child<QComboBox>(&form, "unitComboBox"), village);
    QVERIFY(child<QPushButton>(&form, "addMemberButton")->isEnabled());
    fillNextMemberForm(QStringLiteral("Võ Thị Mai"), QStringLiteral("leader"), QString());
    child<QPushButton>(&form, "addMemberButton")->click();
    const qint64 team = scalar(QStringLiteral("SELECT id FROM team WHERE unit_id = %1 AND campaign_id = %2").arg(village).arg(m_campaignId));
    QVERIFY(team != 0);
    QCOMPARE(form.teamId(), team);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member tm JOIN member m ON m.id = tm.member_id "
                                   "WHERE tm.team_id = %1 AND m.full_name = 'Võ Thị Mai'").arg(team)), 1);
    QCOMPARE(child<QTableWidget>(&form, "membersTableWidget")->rowCount(), 1);
    // Saving now updates the same team rather than adding a second one.
    clickSave(&form);
    QVERIFY(!form.isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team WHERE unit_id = %1").arg(village)), 1);
}

// At national size the unit picker held 50.000 entries and took seconds to
// open (issue #15): above widgets::largeChoiceList it holds the current entry
// only and finds the others as the clerk types.
void TeamsEntryTest::unitPickerOfALargeDatabaseFindsWhatIsTyped()
{
    const qint64 commune = scalar(QStringLiteral("SELECT min(id) FROM admin_unit WHERE level = 3"));
    QVERIFY(commune != 0);
    const QString communeName = test::scalar(m_db, QStringLiteral("SELECT c.name || ', ' || d.name FROM admin_unit c "
                                                                  "JOIN admin_unit d ON d.id = c.parent_id WHERE c.id = %1")
                                                           .arg(commune)).toString();
    test::exec(m_db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                    "INSERT INTO admin_unit (name, unit_type, level, parent_id) "
                                    "SELECT 'Thôn Mẫu ' || i, 'Thôn', 4, %2 FROM n")
                             .arg(widgets::largeChoiceList + 100)
                             .arg(commune));
    test::exec(m_db, QStringLiteral("INSERT INTO admin_unit (name, unit_type, level, parent_id) "
                                    "VALUES ('Thôn Gò Đá Xanh', 'Thôn', 4, %1)").arg(commune));
    const qint64 village = scalar(QStringLiteral("SELECT id FROM admin_unit WHERE name = 'Thôn Gò Đá Xanh'"));
    QString error;
    QVERIFY2(keys::fillMissing(m_db, &error) >= 0, qPrintable(error));
    // The units without a team in the campaign are offered.
    const qint64 units = scalar(QStringLiteral("SELECT count(*) FROM admin_unit u WHERE NOT EXISTS "
                                               "(SELECT 1 FROM team t WHERE t.unit_id = u.id AND t.campaign_id = %1)")
                                        .arg(m_campaignId));

    const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
    TeamForm form(m_window.get(), context, 0);
    form.show();
    auto *combo = child<QComboBox>(&form, "unitComboBox");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1); // "(none)" only, not thousands of units
    QVERIFY2(combo->lineEdit()->placeholderText().contains(text::formatNumber(units)),
             qPrintable(combo->lineEdit()->placeholderText()));

    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("go da xanh"));
    QCompleter *completer = combo->completer();
    QVERIFY(completer);
    QTRY_COMPARE(completer->model()->rowCount(), 1);
    const QModelIndex match = completer->model()->index(0, 0);
    QCOMPARE(match.data().toString(), QStringLiteral("Thôn Gò Đá Xanh — ") + communeName);
    emit completer->activated(match);
    QCOMPARE(widgets::chosenId(combo).toLongLong(), village);
    QCOMPARE(child<QLineEdit>(&form, "nameLineEdit")->text(), QStringLiteral("Tổ Công nghệ số cộng đồng Thôn Gò Đá Xanh"));
    clickSave(&form);
    QVERIFY(!form.isVisible());
    const qint64 team = scalar(QStringLiteral("SELECT id FROM team WHERE unit_id = %1 AND campaign_id = %2").arg(village).arg(m_campaignId));
    QVERIFY(team != 0);

    // Opened again, the picker shows the team's unit, read on its own.
    TeamForm again(m_window.get(), context, team);
    auto *againCombo = child<QComboBox>(&again, "unitComboBox");
    QCOMPARE(againCombo->count(), 2);
    QCOMPARE(widgets::chosenId(againCombo).toLongLong(), village);
    QCOMPARE(againCombo->currentText(), QStringLiteral("Thôn Gò Đá Xanh — ") + communeName);
}

// A picker of a few hundred units filters as the clerk types; the entry
// chosen in its popup is the one the form keeps (the popup's index was once
// mapped through the wrong model: a warning, and the choice lost).
void TeamsEntryTest::unitPickerTakesThePopupsChoice()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("wrong model")));
    // The demo's units all have their team, and a unit with a team is not
    // offered: twenty new villages without one.
    test::exec(m_db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20) "
                                    "INSERT INTO admin_unit (name, unit_type, level, parent_id) "
                                    "SELECT 'Thôn Mới Lập ' || i, 'Thôn', 4, (SELECT min(id) FROM admin_unit WHERE level = 3) FROM n"));
    const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
    TeamForm form(m_window.get(), context, 0);
    form.show();
    auto *combo = child<QComboBox>(&form, "unitComboBox");
    QVERIFY(combo);
    QVERIFY(combo->count() > 10 && combo->count() <= widgets::largeChoiceList);
    const int wantedRow = combo->count() - 1;
    const QString wanted = combo->itemText(wantedRow);
    const qint64 wantedId = combo->itemData(wantedRow).toLongLong();

    combo->lineEdit()->clear();
    // The entry's name without diacritics, as a clerk may type it.
    QTest::keyClicks(combo->lineEdit(), text::searchKey(wanted.section(QStringLiteral(" — "), 0, 0)));
    QCompleter *completer = combo->completer();
    QVERIFY(completer);
    QAbstractItemModel *shown = completer->completionModel();
    int row = -1;
    for (int i = 0; i < shown->rowCount() && row < 0; ++i) {
        if (shown->index(i, 0).data().toString() == wanted)
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(wanted));
    // What the popup emits when the clerk clicks the entry or presses Enter on it.
    emit completer->activated(shown->index(row, 0));
    QCOMPARE(widgets::chosenId(combo).toLongLong(), wantedId);
    QCOMPARE(combo->currentText(), wanted);
}

void TeamsEntryTest::memberListSortsByGivenName_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("given name first") << QStringList { QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Thị An") }
                                      << QStringList { QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trần Văn Bình") };
    QTest::newRow("d before đ") << QStringList { QStringLiteral("Lê Thị Đào"), QStringLiteral("Phạm Văn Dũng") }
                                << QStringList { QStringLiteral("Phạm Văn Dũng"), QStringLiteral("Lê Thị Đào") };
    QTest::newRow("an, anh, ân") << QStringList { QStringLiteral("Võ Văn Ân"), QStringLiteral("Hồ Thị Anh"), QStringLiteral("Đặng Văn An") }
                                 << QStringList { QStringLiteral("Đặng Văn An"), QStringLiteral("Hồ Thị Anh"), QStringLiteral("Võ Văn Ân") };
    QTest::newRow("same given name: whole name") << QStringList { QStringLiteral("Trần Văn An"), QStringLiteral("Nguyễn Thị An") }
                                                 << QStringList { QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trần Văn An") };
    QTest::newRow("u before ư") << QStringList { QStringLiteral("Ngô Thị Ưng"), QStringLiteral("Hoàng Văn Út") }
                                << QStringList { QStringLiteral("Hoàng Văn Út"), QStringLiteral("Ngô Thị Ưng") };
}

void TeamsEntryTest::memberListSortsByGivenName()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    const QString marker = QStringLiteral("Sortcheck");
    for (const QString &name : std::as_const(names)) {
        RecordTransaction write(m_db, QStringLiteral("test"));
        write.insert(QStringLiteral("member"), { { QStringLiteral("full_name"), name }, { QStringLiteral("affiliation"), marker } });
        QVERIFY2(write.commit(), qPrintable(write.error()));
    }
    m_window->showRecordPage(QStringLiteral("members"));
    RecordListPage *members = m_window->recordPage(QStringLiteral("members"));
    QVERIFY(members);
    members->refresh();
    members->model()->sort(0, Qt::AscendingOrder);
    QTest::keyClicks(child<QLineEdit>(members, "searchLineEdit"), QStringLiteral("sortcheck"));
    QTRY_COMPARE(members->model()->rowCount(), int(expected.size()));
    QStringList shown;
    for (int row = 0; row < members->model()->rowCount(); ++row)
        shown << members->model()->index(row, 0).data().toString();
    QCOMPARE(shown, expected);
    members->model()->sort(0, Qt::DescendingOrder);
    shown.clear();
    for (int row = 0; row < members->model()->rowCount(); ++row)
        shown.prepend(members->model()->index(row, 0).data().toString());
    QCOMPARE(shown, expected);
}

QTEST_MAIN(TeamsEntryTest)
#include "tst_teamsentry.moc"

// A fresh clerk met 149 villages called "Thôn 1 (tên mẫu)" in the picker, told
// apart by their commune only, two communes of one name in different districts,
// and was offered units that had a team already, refused only on saving (#18).
void TeamsEntryTest::unitPickerTellsVillagesApartAndLeavesOutUnitsWithATeam()
{
    const RecordContext context { m_db, m_campaignId, m_window->undoStack() };
    {
        // Every unit of the demo has its team: a new team has none to choose.
        TeamForm form(m_window.get(), context, 0);
        auto *combo = child<QComboBox>(&form, "unitComboBox");
        QCOMPARE(combo->count(), 1);
        QVERIFY(!combo->itemData(0).isValid());
        QVERIFY2(combo->itemText(0).contains(QStringLiteral("already has a team")), qPrintable(combo->itemText(0)));
    }
    // Two villages of one name under the two "Phường Nguyễn Nghiêm" (of the city
    // and of Đức Phổ town), without teams.
    const QList<qint64> wards = { scalar(QStringLiteral("SELECT min(id) FROM admin_unit WHERE name = 'Phường Nguyễn Nghiêm'")),
                                  scalar(QStringLiteral("SELECT max(id) FROM admin_unit WHERE name = 'Phường Nguyễn Nghiêm'")) };
    QVERIFY(wards[0] != wards[1]);
    for (const qint64 ward : wards)
        test::exec(m_db, QStringLiteral("INSERT INTO admin_unit (name, unit_type, level, parent_id) "
                                        "VALUES ('Tổ dân phố Mới', 'Tổ dân phố', 4, %1)").arg(ward));
    TeamForm form(m_window.get(), context, 0);
    auto *combo = child<QComboBox>(&form, "unitComboBox");
    QStringList labels;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).isValid())
            labels << combo->itemText(i);
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{ QStringLiteral("Tổ dân phố Mới — Phường Nguyễn Nghiêm, Thành phố Quảng Ngãi"),
                                   QStringLiteral("Tổ dân phố Mới — Phường Nguyễn Nghiêm, Thị xã Đức Phổ") }));
    // Typed words are found in any order among the unit, commune and district.
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("duc pho to dan pho moi"));
    QCompleter *completer = combo->completer();
    QVERIFY(completer);
    QTRY_COMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(),
             QStringLiteral("Tổ dân phố Mới — Phường Nguyễn Nghiêm, Thị xã Đức Phổ"));
}
