#include "TestDatabase.h"

#include "common/DataChangeNotifier.h"
#include "database/Database.h"
#include "mainwindow/MainWindow.h"
#include "records/MemberGridDialog.h"
#include "records/RecordListPage.h"
#include "text/VietnameseText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cds;

// Issue #18, item 7: the members page says where a dashboard figure of
// declared counts comes from, and many members of a team are pasted from
// Excel into a grid, checked with the member form's and the import's rules,
// saved as one undoable step. Driven through the main window's members page.
class MemberGridTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pastedRowsAreSavedAndOneUndoRemovesThem();
    void wrongGenderSavesNothingAndNamesRowAndColumn();
    void aPresentMemberOfTheTeamIsRefused();
    void bannerShowsTheDeclaredTotal();
    void membersSearchMatchesNamesFirst();

private:
    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    qint64 scalar(const QString &sql) const { return test::scalar(m_db, sql).toLongLong(); }
    // Opens "Add several…" on the members page; grid runs while it is shown
    // (modal), then the dialog is closed if grid left it open.
    void withGrid(const std::function<void(MemberGridDialog *)> &grid);
    qint64 someTeam() const
    {
        return scalar(QStringLiteral("SELECT min(id) FROM team WHERE campaign_id = %1")
                              .arg(m_campaignId));
    }
    qint64 membersNamed(const QString &prefix) const
    {
        return scalar(
                QStringLiteral(
                        "SELECT count(*) FROM member m JOIN team_member tm ON tm.member_id = m.id "
                        "WHERE m.full_name LIKE '%1%'")
                        .arg(prefix));
    }

    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_db;
    int m_campaignId = 0;
};

void MemberGridTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void MemberGridTest::init()
{
    auto db = test::openDemoDatabase(&m_campaignId);
    QVERIFY(db);
    m_db = db->connection();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->setDatabase(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showRecordPage(QStringLiteral("members"));
}

void MemberGridTest::cleanup()
{
    m_db = QSqlDatabase();
    m_window.reset();
}

void MemberGridTest::withGrid(const std::function<void(MemberGridDialog *)> &grid)
{
    RecordListPage *page = m_window->recordPage(QStringLiteral("members"));
    QVERIFY(page);
    auto *button = child<QPushButton>(page, "addSeveralMembersButton");
    QVERIFY(button);
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<MemberGridDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            ran = true;
            grid(dialog);
        }
        if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    button->click();
    QVERIFY(ran);
}

void MemberGridTest::pastedRowsAreSavedAndOneUndoRemovesThem()
{
    const qint64 team = someTeam();
    QVERIFY(team > 0);
    const qint64 before = scalar(
            QStringLiteral(
                    "SELECT count(*) FROM team_member WHERE team_id = %1 AND left_on IS NULL")
                    .arg(team));
    // Excel's clipboard: a header row, tab-separated cells, CRLF line ends.
    const QString rows = QStringLiteral(
            "Họ và tên\tGiới tính\tNăm sinh\tSố điện thoại\tVai trò\tNgày tham gia\r\n"
            "Lưới Thị An\tNữ\t1990\t0905 123 456\tTổ trưởng\t07/10/2022\r\n"
            "Lưới Văn Bình\tnam\t1985\t\tThành viên\t\r\n"
            "Lưới Thị Cúc\tNu\t\t0356123456\t\t8/10/2022\r\n");
    withGrid([&](MemberGridDialog *dialog) {
        auto *teamCombo = child<QComboBox>(dialog, "teamComboBox");
        teamCombo->setCurrentIndex(teamCombo->findData(team));
        QApplication::clipboard()->setText(rows);
        QTableWidget *table = child<QTableWidget>(dialog, "memberGridTableWidget");
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(table->item(2, MemberGridDialog::FullName)->text(),
                 QStringLiteral("Lưới Thị Cúc"));
        QVERIFY(!child<QLabel>(dialog, "gridMessageLabel")->isVisible());
        child<QDialogButtonBox>(dialog, "gridButtonBox")->button(QDialogButtonBox::Save)->click();
    });
    QCOMPARE(membersNamed(QStringLiteral("Lưới")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM team_member WHERE team_id = %1 AND "
                                   "left_on IS NULL")
                            .arg(team)),
             before + 3);
    QCOMPARE(test::scalar(m_db,
                          QStringLiteral("SELECT m.gender || '|' || tm.role || '|' || m.phone || "
                                         "'|' || tm.joined_on "
                                         "FROM member m JOIN team_member tm ON tm.member_id = m.id "
                                         "WHERE m.full_name = 'Lưới Thị An'"))
                     .toString(),
             QStringLiteral("female|leader|0905123456|2022-10-07"));
    QCOMPARE(test::scalar(m_db,
                          QStringLiteral("SELECT tm.role FROM member m JOIN team_member tm ON "
                                         "tm.member_id = m.id "
                                         "WHERE m.full_name = 'Lưới Thị Cúc'"))
                     .toString(),
             QStringLiteral("member"));

    // One undo removes all three.
    QUndoStack *undo = m_window->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo();
    QCOMPARE(membersNamed(QStringLiteral("Lưới")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member WHERE full_name LIKE 'Lưới%'")), 0);
}

void MemberGridTest::wrongGenderSavesNothingAndNamesRowAndColumn()
{
    const qint64 team = someTeam();
    const qint64 members = scalar(QStringLiteral("SELECT count(*) FROM member"));
    QString message;
    bool stayedOpen = false;
    withGrid([&](MemberGridDialog *dialog) {
        auto *teamCombo = child<QComboBox>(dialog, "teamComboBox");
        teamCombo->setCurrentIndex(teamCombo->findData(team));
        QTableWidget *table = child<QTableWidget>(dialog, "memberGridTableWidget");
        table->setCurrentCell(0, 0);
        QApplication::clipboard()->setText(QStringLiteral("Lưới Thị An\tNữ\t1990\n"
                                                          "Lưới Văn Bình\tTrai\t1985\n"
                                                          "Lưới Thị Cúc\tNữ\t1991\n"));
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        child<QDialogButtonBox>(dialog, "gridButtonBox")->button(QDialogButtonBox::Save)->click();
        stayedOpen = dialog->isVisible();
        message = child<QLabel>(dialog, "gridMessageLabel")->text();
        QCOMPARE(table->item(1, MemberGridDialog::Gender)->background().color(),
                 QColor(255, 205, 205));
        QCOMPARE(table->item(0, MemberGridDialog::Gender)->background().style(), Qt::NoBrush);
    });
    QVERIFY(stayedOpen);
    QVERIFY2(message.startsWith(QStringLiteral("Row 2, Gender: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“Trai”")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member")), members);
    QCOMPARE(membersNamed(QStringLiteral("Lưới")), 0);
}

// A person pasted again (same name, birth year and phone as a present member
// of the team, with other case and no diacritics) is refused on its row, and
// nothing is saved.
void MemberGridTest::aPresentMemberOfTheTeamIsRefused()
{
    const qint64 team = someTeam();
    QVERIFY(team > 0);
    test::exec(m_db, QStringLiteral("INSERT INTO member (full_name, birth_year, phone) VALUES ('Đặng Thị Hồng', 1988, '0905111222')"));
    test::exec(m_db, QStringLiteral("INSERT INTO team_member (team_id, member_id, role) "
                                    "VALUES (%1, (SELECT max(id) FROM member), 'member')").arg(team));
    const qint64 members = scalar(QStringLiteral("SELECT count(*) FROM member"));
    QString message;
    withGrid([&](MemberGridDialog *dialog) {
        auto *teamCombo = child<QComboBox>(dialog, "teamComboBox");
        teamCombo->setCurrentIndex(teamCombo->findData(team));
        QTableWidget *table = child<QTableWidget>(dialog, "memberGridTableWidget");
        table->setCurrentCell(0, 0);
        QApplication::clipboard()->setText(QStringLiteral("Lưới Thị Mơ\tNữ\t1990\n"
                                                          "dang thi hong\tNữ\t1988\t0905 111 222\n"));
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        child<QDialogButtonBox>(dialog, "gridButtonBox")->button(QDialogButtonBox::Save)->click();
        message = child<QLabel>(dialog, "gridMessageLabel")->text();
        QCOMPARE(table->item(1, MemberGridDialog::FullName)->background().color(), QColor(255, 205, 205));
    });
    QVERIFY2(message.startsWith(QStringLiteral("Row 2, Full name: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("already a member of this team")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member")), members);
    QCOMPARE(membersNamed(QStringLiteral("Lưới")), 0);
}

void MemberGridTest::bannerShowsTheDeclaredTotal()
{
    // A team that reports only a count: its names are not listed.
    const qint64 team = someTeam();
    test::exec(m_db,
               QStringLiteral("UPDATE team_member SET left_on = '2022-01-01' WHERE team_id = %1 "
                              "AND left_on IS NULL")
                       .arg(team));
    test::exec(
            m_db,
            QStringLiteral("UPDATE team SET declared_member_count = 7534 WHERE id = %1").arg(team));
    DataChangeNotifier::instance()->notifyChanged(QStringLiteral("team"));
    // The same rule as the dashboard: teams whose list is shorter than the count.
    const qint64 declared =
            scalar(QStringLiteral("SELECT sum(declared_member_count) FROM team t WHERE campaign_id "
                                  "= %1 AND declared_member_count > "
                                  "(SELECT count(*) FROM team_member tm WHERE tm.team_id = t.id "
                                  "AND tm.left_on IS NULL)")
                           .arg(m_campaignId));
    QVERIFY(declared >= 7534);
    RecordListPage *page = m_window->recordPage(QStringLiteral("members"));
    page->refresh();
    auto *banner = child<QLabel>(page, "noticeLabel");
    QVERIFY(banner);
    QVERIFY2(page->isVisible(), "members page not shown");
    QVERIFY2(banner->isVisible(), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(
                     text::formatNumber(declared)
                     + QStringLiteral(" member(s) are reported as the number declared by")),
             qPrintable(banner->text()));
}

// Issue #18, item 9: several words typed match a member's name, not words
// gathered from his name and his workplace.
void MemberGridTest::membersSearchMatchesNamesFirst()
{
    RecordListPage *page = m_window->recordPage(QStringLiteral("members"));
    {
        MemberGridDialog grid(page, page->context(), someTeam());
        grid.pasteText(QStringLiteral("Nguyễn Văn Quýtz\tNam\n"
                                      "Nguyễn Thị Quýtz\tNữ\t\t\t\t\tPhòng Văn hóa Quýtz\n"));
        QVERIFY(grid.save());
    }
    page->refresh();
    auto *search = child<QLineEdit>(page, "searchLineEdit");
    auto *view = child<QTableView>(page, "recordsTableView");
    const auto shownNames = [view] {
        QStringList names;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            names << view->model()->index(row, 0).data().toString();
        return names;
    };
    auto *model = page->model();
    const auto typeSearch = [&](const QString &typed) {
        search->clear();
        QTest::keyClicks(search, typed);
        QTRY_COMPARE(model->searchText(), typed); // the typing pause is over
    };
    typeSearch(QStringLiteral("quytz"));
    QCOMPARE(model->rowCount(), 2); // one word: any field
    typeSearch(QStringLiteral("nguyen van quytz"));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Nguyễn Văn Quýtz")});
    // The words side by side as typed still find a workplace.
    typeSearch(QStringLiteral("van hoa quytz"));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Nguyễn Thị Quýtz")});
}

QTEST_MAIN(MemberGridTest)
#include "tst_membergrid.moc"
