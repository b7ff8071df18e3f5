#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"

#include <QApplication>
#include <QComboBox>
#include "common/DateField.h"
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace cds;

namespace {
// "Anh|Ân|Ba": a list of names in one UTF-8 literal.
QStringList names(const char *list)
{
    return QString::fromUtf8(list).split(u'|');
}
} // namespace

// Administrative units, campaigns, other campaign figures: the real forms
// driven by their object names in a main window on the demo campaign, with
// the database checked after every step (issue #3).
class UnitsEntryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addFindRenameVillage();
    void usedDistrictIsClosedNotRemoved();
    void unitFilters();
    void setUpProvinceFromTheNationalList();
    void unitFormChecksParentAndCode();
    void recommendation();
    void usedCampaignIsNotRemoved();
    void campaignDatesMustBeInOrder();
    void campaignFigureWithQualifier();
    void unitsSortInVietnameseOrder_data();
    void unitsSortInVietnameseOrder();
    void emptyDatabaseOffersNewCampaign();

private:
    // Runs fill on the next modal dialog (the form that exec() opens).
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
            if (dialog->isVisible())
                dialog->reject(); // a failed check must not leave the test waiting
        });
    }
    static void save(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save)->click();
    }
    template <typename T>
    static T *field(QDialog *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no field named %s", name);
        return widget;
    }
    RecordListPage *page(const QString &key)
    {
        m_window->showRecordPage(key);
        return m_window->recordPage(key);
    }
    static void search(RecordListPage *page, const QString &text)
    {
        auto *edit = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void select(RecordListPage *page, qint64 id)
    {
        auto *view = page->findChild<QTableView *>(QStringLiteral("recordsTableView"));
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->idAt(row) == id) {
                view->setCurrentIndex(page->model()->index(row, 0));
                return;
            }
        }
    }
    QSqlDatabase db() const { return m_window->recordPage(QStringLiteral("units"))->context().db; }

    std::unique_ptr<MainWindow> m_window;
    int m_campaignId = 0;
    bool m_filled = false;
};

void UnitsEntryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(QStringLiteral("vi")));
}

void UnitsEntryTest::init()
{
    auto database = test::openDemoDatabase(&m_campaignId);
    QVERIFY(database);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setDatabase(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->campaignId(), m_campaignId);
}

void UnitsEntryTest::cleanup()
{
    m_window.reset();
}

void UnitsEntryTest::addFindRenameVillage()
{
    const qint64 commune = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE level = 3 ORDER BY id LIMIT 1")).toLongLong();
    QVERIFY(commune > 0);
    RecordListPage *units = page(QStringLiteral("units"));
    QVERIFY(units);

    whenModal([commune](QDialog *form) {
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Thôn Mới (thử)"));
        field<QComboBox>(form, "unitTypeComboBox")->setCurrentText(QStringLiteral("Thôn"));
        // The type chose the level, and the level the possible parents.
        QCOMPARE(field<QComboBox>(form, "levelComboBox")->currentData().toInt(), 4);
        widgets::selectData(field<QComboBox>(form, "parentComboBox"), commune);
        QCOMPARE(widgets::chosenId(field<QComboBox>(form, "parentComboBox")).toLongLong(), commune);
        field<DateField>(form, "validFromDateEdit")->setDate(QDate(2022, 1, 1));
        save(form);
        QVERIFY(!form->isVisible());
    });
    units->addRecord();
    QVERIFY(m_filled);
    const qint64 id = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE name = 'Thôn Mới (thử)'")).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT parent_id FROM admin_unit WHERE id = %1").arg(id)).toLongLong(), commune);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT level FROM admin_unit WHERE id = %1").arg(id)).toInt(), 4);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT valid_from FROM admin_unit WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2022-01-01"));

    // Found by typing part of the name without diacritics.
    search(units, QStringLiteral("thon moi"));
    QTRY_COMPARE(units->model()->rowCount(), 1);
    QCOMPARE(units->model()->idAt(0), id);

    // Renamed through the same form.
    select(units, id);
    QCOMPARE(units->currentId(), id);
    whenModal([](QDialog *form) {
        QCOMPARE(field<QLineEdit>(form, "nameLineEdit")->text(), QStringLiteral("Thôn Mới (thử)"));
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Thôn Mới Đổi Tên (thử)"));
        save(form);
        QVERIFY(!form->isVisible());
    });
    units->openCurrent();
    QVERIFY(m_filled);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT name FROM admin_unit WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Thôn Mới Đổi Tên (thử)"));
    search(units, QStringLiteral("doi ten"));
    QTRY_COMPARE(units->model()->rowCount(), 1);

    // Nothing uses it: Delete removes it after a confirmation, undo brings it back.
    select(units, id);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    units->removeCurrent();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Thôn Mới Đổi Tên (thử)")), qPrintable(MessageBox::lastText()));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE id = %1").arg(id)).toInt(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT parent_id FROM admin_unit WHERE id = %1").arg(id)).toLongLong(), commune);
}

void UnitsEntryTest::unitFilters()
{
    RecordListPage *units = page(QStringLiteral("units"));
    const auto count = [this](const QString &where) {
        return test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit u WHERE ") + where).toInt();
    };
    QCOMPARE(units->model()->rowCount(), count(QStringLiteral("1")));

    auto *level = units->findChild<QComboBox *>(QStringLiteral("unitLevelFilterComboBox"));
    QVERIFY(level);
    widgets::selectData(level, 3);
    QCOMPARE(units->model()->rowCount(), count(QStringLiteral("level = 3")));
    level->setCurrentIndex(0);

    // A district: itself, its communes and the villages under them or under it.
    const qint64 district = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE name = 'Huyện Bình Sơn'")).toLongLong();
    test::exec(db(), QStringLiteral("INSERT INTO admin_unit (name, unit_type, level, parent_id) VALUES "
                                    "('Thôn Dưới Huyện', 'Thôn', 4, %1), "
                                    "('Thôn Dưới Xã', 'Thôn', 4, (SELECT min(id) FROM admin_unit WHERE parent_id = %1))")
                       .arg(district));
    units->refresh();
    auto *districts = units->findChild<QComboBox *>(QStringLiteral("unitDistrictFilterComboBox"));
    QVERIFY(districts);
    widgets::selectData(districts, district);
    const int under = count(QStringLiteral("id = %1 OR parent_id = %1 OR parent_id IN "
                                           "(SELECT id FROM admin_unit WHERE parent_id = %1)").arg(district));
    QVERIFY(under > count(QStringLiteral("parent_id = %1").arg(district)) + 2);
    QCOMPARE(units->model()->rowCount(), under);
    QVERIFY(units->model()->rowCount() < count(QStringLiteral("1")));
    districts->setCurrentIndex(0);

    auto *state = units->findChild<QComboBox *>(QStringLiteral("unitStateFilterComboBox"));
    QVERIFY(state);
    state->setCurrentIndex(1);
    QCOMPARE(units->model()->rowCount(), count(QStringLiteral("valid_to IS NULL")));
    state->setCurrentIndex(2);
    QCOMPARE(units->model()->rowCount(), count(QStringLiteral("valid_to IS NOT NULL")));
    QVERIFY(units->model()->rowCount() > 0);
    // Closed units say so in the list.
    QVERIFY(units->model()->index(0, 0).data().toString().endsWith(u')'));
}

void UnitsEntryTest::setUpProvinceFromTheNationalList()
{
    RecordListPage *units = page(QStringLiteral("units"));
    const int before = units->model()->rowCount();
    auto *button = units->findChild<QPushButton *>(QStringLiteral("setUpFromNationalListButton"));
    QVERIFY(button);
    QString plan;
    whenModal([&plan](QDialog *dialog) {
        auto *list = field<QComboBox>(dialog, "unitListComboBox");
        QVERIFY(list);
        list->setCurrentIndex(0); // 01/07/2025
        auto *searchEdit = field<QLineEdit>(dialog, "provinceSearchLineEdit");
        QTest::keyClicks(searchEdit, QStringLiteral("quang ngai"));
        QCOMPARE(field<QListWidget>(dialog, "provinceListWidget")->count(), 1);
        plan = field<QLabel>(dialog, "setupPlanLabel")->text();
        dialog->accept();
    });
    button->click();
    QVERIFY(m_filled);
    // The demo's province is kept: only the 96 communes of 01/07/2025 are new.
    QVERIFY2(plan.contains(QStringLiteral("96")), qPrintable(plan));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE valid_from = '2025-07-01'")).toInt(), 96);
    QCOMPARE(units->model()->rowCount(), before + 96);
    // One step in the undo history.
    QUndoStack *stack = units->context().undoStack;
    QVERIFY(stack && stack->canUndo());
    stack->undo();
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE valid_from = '2025-07-01'")).toInt(), 0);
}

void UnitsEntryTest::unitFormChecksParentAndCode()
{
    const qint64 lySon = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE name = 'Huyện Lý Sơn'")).toLongLong();
    QVERIFY(lySon > 0);
    const QSqlDatabase database = db();
    whenModal([lySon, database](QDialog *form) {
        auto *message = field<QLabel>(form, "formMessageLabel");
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Thôn Đông (thử)"));
        field<QComboBox>(form, "unitTypeComboBox")->setCurrentText(QStringLiteral("Thôn"));
        // A village needs a commune or a district.
        save(form);
        QVERIFY(form->isVisible());
        QVERIFY(!message->text().isEmpty());
        // Lý Sơn has villages directly under the district; villages have no GSO code.
        widgets::selectData(field<QComboBox>(form, "parentComboBox"), lySon);
        field<QLineEdit>(form, "gsoCodeLineEdit")->setText(QStringLiteral("21999"));
        message->clear();
        save(form);
        QVERIFY(form->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!field<QLineEdit>(form, "gsoCodeLineEdit")->toolTip().isEmpty());
        // Dates in order.
        field<QLineEdit>(form, "gsoCodeLineEdit")->clear();
        field<DateField>(form, "validFromDateEdit")->setDate(QDate(2022, 5, 1));
        field<DateField>(form, "validToDateEdit")->setDate(QDate(2022, 4, 30));
        message->clear();
        save(form);
        QVERIFY(form->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(test::scalar(database, QStringLiteral("SELECT count(*) FROM admin_unit WHERE name = 'Thôn Đông (thử)'")).toInt(), 0);
        field<DateField>(form, "validToDateEdit")->setDate(QDate(2024, 12, 31));
        save(form);
        QVERIFY(!form->isVisible());
    });
    page(QStringLiteral("units"))->addRecord();
    QVERIFY(m_filled);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT parent_id FROM admin_unit WHERE name = 'Thôn Đông (thử)'")).toLongLong(), lySon);

    // A commune's GSO code has 5 digits and is unique.
    const QString taken = test::scalar(db(), QStringLiteral("SELECT gso_code FROM admin_unit WHERE level = 3 LIMIT 1")).toString();
    whenModal([lySon, taken](QDialog *form) {
        auto *message = field<QLabel>(form, "formMessageLabel");
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Xã Thử"));
        field<QComboBox>(form, "unitTypeComboBox")->setCurrentText(QStringLiteral("Xã"));
        QCOMPARE(field<QComboBox>(form, "levelComboBox")->currentData().toInt(), 3);
        widgets::selectData(field<QComboBox>(form, "parentComboBox"), lySon);
        field<QLineEdit>(form, "gsoCodeLineEdit")->setText(QStringLiteral("123"));
        save(form);
        QVERIFY(form->isVisible());
        QVERIFY(!message->text().isEmpty());
        field<QLineEdit>(form, "gsoCodeLineEdit")->setText(taken);
        message->clear();
        save(form);
        QVERIFY(form->isVisible());
        QVERIFY2(message->text().contains(taken), qPrintable(message->text()));
        field<QLineEdit>(form, "gsoCodeLineEdit")->setText(QStringLiteral("99999"));
        // Without a start date, a unit under a closed district is a warning, not a refusal.
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        save(form);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("31/12/2024")), qPrintable(MessageBox::lastText()));
        QVERIFY(!form->isVisible());
    });
    page(QStringLiteral("units"))->addRecord();
    QVERIFY(m_filled);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT level FROM admin_unit WHERE gso_code = '99999'")).toInt(), 3);
}

void UnitsEntryTest::recommendation()
{
    RecordListPage *recommendations = page(QStringLiteral("recommendations"));
    QVERIFY(recommendations);
    const int before = test::scalar(db(), QStringLiteral("SELECT count(*) FROM recommendation WHERE campaign_id = %1").arg(m_campaignId)).toInt();
    // A new recommendation comes after the last one.
    const int nextOrder = test::scalar(db(), QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM recommendation "
                                                            "WHERE campaign_id = %1").arg(m_campaignId)).toInt();
    whenModal([](QDialog *form) {
        save(form); // the text is required
        QVERIFY(form->isVisible());
        field<QPlainTextEdit>(form, "bodyPlainTextEdit")
                ->setPlainText(QStringLiteral("Đề nghị Bộ Thông tin và Truyền thông hỗ trợ tài liệu tập huấn.\nDòng thứ hai."));
        save(form);
        QVERIFY(!form->isVisible());
    });
    recommendations->addRecord();
    QVERIFY(m_filled);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM recommendation WHERE campaign_id = %1").arg(m_campaignId)).toInt(),
             before + 1);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT sort_order FROM recommendation WHERE body LIKE '%tài liệu tập huấn%'")).toInt(),
             nextOrder);
    search(recommendations, QStringLiteral("tai lieu tap huan"));
    QTRY_COMPARE(recommendations->model()->rowCount(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM recommendation WHERE campaign_id = %1").arg(m_campaignId)).toInt(),
             before);
}

void UnitsEntryTest::usedCampaignIsNotRemoved()
{
    RecordListPage *campaigns = page(QStringLiteral("campaigns"));
    select(campaigns, m_campaignId);
    QCOMPARE(campaigns->currentId(), qint64(m_campaignId));
    const qint64 teams = test::scalar(db(), QStringLiteral("SELECT count(*) FROM team WHERE campaign_id = %1").arg(m_campaignId)).toLongLong();
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    campaigns->removeCurrent();
    QVERIFY2(MessageBox::lastText().contains(records::describeCount(QStringLiteral("team"), teams)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE id = %1").arg(m_campaignId)).toInt(), 1);
}

void UnitsEntryTest::usedDistrictIsClosedNotRemoved()
{
    const qint64 district = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE name = 'Huyện Bình Sơn'")).toLongLong();
    QVERIFY(district > 0);
    const qint64 communes = test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE parent_id = %1").arg(district)).toLongLong();
    QVERIFY(communes > 0);
    // The demo's units end with 2024; this one is taken as still open.
    test::exec(db(), QStringLiteral("UPDATE admin_unit SET valid_to = NULL WHERE id = %1").arg(district));

    RecordListPage *units = page(QStringLiteral("units"));
    search(units, QStringLiteral("huyen binh son"));
    QTRY_VERIFY(units->model()->rowCount() >= 1);
    select(units, district);
    QCOMPARE(units->currentId(), district);

    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Close the unit with an end date instead?"
    whenModal([](QDialog *form) {
        QCOMPARE(field<DateField>(form, "closeDateEdit")->date(), QDate::currentDate());
        save(form);
        QVERIFY(!form->isVisible());
    });
    units->removeCurrent();
    QVERIFY(m_filled);
    // The message said what uses the district.
    QVERIFY2(MessageBox::lastText().contains(records::describeCount(QStringLiteral("admin_unit"), communes)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE id = %1").arg(district)).toInt(), 1);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT valid_to FROM admin_unit WHERE id = %1").arg(district)).toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM admin_unit WHERE parent_id = %1").arg(district)).toLongLong(),
             communes);

    m_window->undoStack()->undo();
    QVERIFY(test::scalar(db(), QStringLiteral("SELECT valid_to FROM admin_unit WHERE id = %1").arg(district)).isNull());
}

void UnitsEntryTest::campaignDatesMustBeInOrder()
{
    RecordListPage *campaigns = page(QStringLiteral("campaigns"));
    QVERIFY(campaigns);
    const int before = test::scalar(db(), QStringLiteral("SELECT count(*) FROM campaign")).toInt();
    const QSqlDatabase database = db();
    whenModal([database, before](QDialog *form) {
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Ngày Chuyển đổi số quốc gia 2023"));
        field<QSpinBox>(form, "yearSpinBox")->setValue(2023);
        field<DateField>(form, "startDateEdit")->setDate(QDate(2023, 10, 1));
        field<DateField>(form, "endDateEdit")->setDate(QDate(2023, 9, 30));
        save(form);
        // Refused at the field: the form stays open and nothing is written.
        QVERIFY(form->isVisible());
        QVERIFY(!field<QLabel>(form, "formMessageLabel")->text().isEmpty());
        QVERIFY(!field<DateField>(form, "endDateEdit")->toolTip().isEmpty());
        QCOMPARE(test::scalar(database, QStringLiteral("SELECT count(*) FROM campaign")).toInt(), before);

        field<DateField>(form, "endDateEdit")->setDate(QDate(2023, 10, 31));
        save(form);
        QVERIFY(!form->isVisible());
    });
    campaigns->addRecord();
    QVERIFY(m_filled);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT count(*) FROM campaign")).toInt(), before + 1);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT end_date FROM campaign WHERE year = 2023")).toString(),
             QStringLiteral("2023-10-31"));
}

void UnitsEntryTest::campaignFigureWithQualifier()
{
    RecordListPage *figures = page(QStringLiteral("figures"));
    QVERIFY(figures);
    whenModal([](QDialog *form) {
        field<QLineEdit>(form, "labelLineEdit")->setText(QStringLiteral("Lượt quét mã QR"));
        field<QSpinBox>(form, "valueSpinBox")->setValue(4200);
        widgets::selectData(field<QComboBox>(form, "qualifierComboBox"), QStringLiteral("hon"));
        field<QLineEdit>(form, "unitLabelLineEdit")->setText(QStringLiteral("lượt"));
        field<QPlainTextEdit>(form, "descriptionPlainTextEdit")
                ->setPlainText(QStringLiteral("Có {figure} lượt quét mã QR tại các điểm thử nghiệm."));
        save(form);
        QVERIFY(!form->isVisible());
    });
    figures->addRecord();
    QVERIFY(m_filled);
    const QString where = QStringLiteral(" FROM campaign_figure WHERE label = 'Lượt quét mã QR' AND campaign_id = %1").arg(m_campaignId);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT value") + where).toInt(), 4200);
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT qualifier") + where).toString(), QStringLiteral("hon"));
    QCOMPARE(test::scalar(db(), QStringLiteral("SELECT figure_key") + where).toString(), QStringLiteral("luot_quet_ma_qr"));
    search(figures, QStringLiteral("quet ma thu nghiem"));
    QTRY_COMPARE(figures->model()->rowCount(), 1);
}

void UnitsEntryTest::unitsSortInVietnameseOrder_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    // Letters by the Vietnamese alphabet (a ă â … d đ … o ô ơ), syllable by
    // syllable; tones only break ties (ngang before huyền); numbers as numbers.
    QTest::newRow("letters and tones") << names("Đức|Bà|Anh|Ba|Ân")
                                       << names("Anh|Ân|Ba|Bà|Đức");
    QTest::newRow("d before đ") << names("Đông|Dung|Đa") << names("Dung|Đa|Đông");
    QTest::newRow("o ô ơ") << names("Ơn|On|Ôn") << names("On|Ôn|Ơn");
    QTest::newRow("syllables") << names("Anh|An Bình") << names("An Bình|Anh");
    QTest::newRow("numbers") << names("Tổ 10|Tổ 2|Tổ 1") << names("Tổ 1|Tổ 2|Tổ 10");
}

void UnitsEntryTest::unitsSortInVietnameseOrder()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    const qint64 commune = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE level = 3 ORDER BY id LIMIT 1")).toLongLong();
    {
        RecordTransaction write(db(), QStringLiteral("sort test"));
        for (const QString &name : std::as_const(names))
            write.insert(QStringLiteral("admin_unit"), { { QStringLiteral("name"), QString(name + QStringLiteral(" Zqx")) },
                                                         { QStringLiteral("unit_type"), QStringLiteral("Thôn") },
                                                         { QStringLiteral("level"), 4 },
                                                         { QStringLiteral("parent_id"), commune } });
        QVERIFY(write.commit());
    }
    RecordListPage *units = page(QStringLiteral("units"));
    units->refresh();
    search(units, QStringLiteral("zqx"));
    QTRY_COMPARE(units->model()->rowCount(), int(names.size()));
    const auto shown = [units] {
        QStringList list;
        for (int row = 0; row < units->model()->rowCount(); ++row)
            list << units->model()->index(row, 0).data().toString().chopped(4);
        return list;
    };
    units->model()->sort(0, Qt::AscendingOrder);
    QCOMPARE(shown(), expected);
    units->model()->sort(0, Qt::DescendingOrder);
    QStringList reversed(expected.rbegin(), expected.rend());
    QCOMPARE(shown(), reversed);
}

void UnitsEntryTest::emptyDatabaseOffersNewCampaign()
{
    QTemporaryDir dir;
    QVERIFY(m_window->openDatabase(dir.filePath(QStringLiteral("empty.sqlite"))));
    QVERIFY(!m_window->hasCampaign());
    auto *central = m_window->findChild<QStackedWidget *>(QStringLiteral("centralStackedWidget"));
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("noCampaignPage"));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("newCampaignButton"));
    QVERIFY(button && button->isVisible());
    whenModal([](QDialog *form) {
        field<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Ngày Chuyển đổi số quốc gia 2025"));
        field<QSpinBox>(form, "yearSpinBox")->setValue(2025);
        save(form);
        QVERIFY(!form->isVisible());
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_filled);
    QVERIFY(m_window->hasCampaign());
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("workspacePage"));
    m_window->openDatabase(dir.filePath(QStringLiteral("other.sqlite"))); // closes the file before dir goes
}

QTEST_MAIN(UnitsEntryTest)
#include "tst_unitsentry.moc"
