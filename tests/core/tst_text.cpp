#include "domain/Figure.h"
#include "text/VietnameseText.h"

#include <QTest>

using namespace cds;

class TestText : public QObject
{
    Q_OBJECT

private slots:
    void wordStartsInAnyOrder()
    {
        const auto has = [](const char *entry, const char *typed) {
            return text::hasWordStarts(text::searchKey(QString::fromUtf8(entry)),
                                       text::searchKey(QString::fromUtf8(typed)).split(u' ', Qt::SkipEmptyParts));
        };
        QVERIFY(has("Phường Phổ An", "pho an"));
        QVERIFY(has("Phường Phổ An", "an pho"));
        QVERIFY(!has("Phường Phổ Quang", "pho an")); // "an" inside "quang" begins no word
        QVERIFY(has("Thôn 1 (tên mẫu) — Xã Bình Thuận, Huyện Bình Sơn", "thon 1 ten mau binh son"));
        QVERIFY(has("Thôn 1 (tên mẫu)", "(ten"));
        QVERIFY(!has("Thôn 10", "thon 2"));
        QVERIFY(has("anything", ""));
    }
    void searchKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("district") << QStringLiteral("Thị xã Đức Phổ") << QStringLiteral("duc pho");
        QTest::newRow("surname") << QStringLiteral("Đặng Thị Hồng") << QStringLiteral("dang");
        QTest::newRow("upper") << QStringLiteral("XÃ TỊNH KHÊ") << QStringLiteral("tinh khe");
        QTest::newRow("nfd input") << QStringLiteral("Nghĩa Hành").normalized(QString::NormalizationForm_D) << QStringLiteral("nghia hanh");
        QTest::newRow("extra spaces") << QStringLiteral("Xã Hành Tín  Đông") << QStringLiteral("hanh tin dong");
    }
    void searchKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QVERIFY2(text::searchKey(text).contains(text::searchKey(query)), qPrintable(text::searchKey(text)));
    }

    void collation_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("d before đ") << QStringLiteral("Dung") << QStringLiteral("Đức Phổ");
        QTest::newRow("đ before e") << QStringLiteral("Đức Phổ") << QStringLiteral("Em");
        QTest::newRow("a before ă") << QStringLiteral("An") << QStringLiteral("Ăn");
        QTest::newRow("ă before â") << QStringLiteral("Ăn") << QStringLiteral("Ân");
        QTest::newRow("o ô ơ") << QStringLiteral("Ôn") << QStringLiteral("Ơn");
        QTest::newRow("đ before z") << QStringLiteral("Đức") << QStringLiteral("Zô");
    }
    void collation()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QVERIFY2(text::collator().compare(before, after) < 0, qPrintable(before + QStringLiteral(" < ") + after));
    }

    void numbers()
    {
        QCOMPARE(text::formatNumber(1141), QStringLiteral("1.141"));
        QCOMPARE(text::formatNumber(7534), QStringLiteral("7.534"));
        QCOMPARE(text::formatNumber(954), QStringLiteral("954"));
        QCOMPARE(text::formatNumber(1000000), QStringLiteral("1.000.000"));
        QCOMPARE(text::formatDecimal(12.5, 1), QStringLiteral("12,5"));
        QCOMPARE(text::formatPercent(12.5), QStringLiteral("12,5\u00a0%"));
        QCOMPARE(text::formatPercent(100.0), QStringLiteral("100\u00a0%"));
        QCOMPARE(text::formatCountPadded(1), QStringLiteral("01"));
        QCOMPARE(text::formatCountPadded(13), QStringLiteral("13"));
        QCOMPARE(text::formatCountPadded(0), QStringLiteral("0"));
    }

    void figures_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("printed");
        QTest::newRow("hơn") << qint64(4500) << QStringLiteral("hon") << QStringLiteral("hơn 4.500");
        QTest::newRow("gần") << qint64(2000) << QStringLiteral("gan") << QStringLiteral("gần 2.000");
        QTest::newRow("khoảng") << qint64(80) << QStringLiteral("khoang") << QStringLiteral("khoảng 80");
        QTest::newRow("trên") << qint64(300) << QStringLiteral("tren") << QStringLiteral("trên 300");
        QTest::newRow("exact") << qint64(1141) << QString() << QStringLiteral("1.141");
    }
    void figures()
    {
        QFETCH(qint64, value);
        QFETCH(QString, code);
        QFETCH(QString, printed);
        bool ok = false;
        const Figure figure{value, qualifierFromCode(code, &ok)};
        QVERIFY(ok);
        QCOMPARE(figure.toText(), printed);
        QCOMPARE(qualifierCode(figure.qualifier), code);
    }

    void sums_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");
        QTest::newRow("exact + exact") << QString() << QString() << QStringLiteral("15");
        QTest::newRow("hơn + exact") << QStringLiteral("hon") << QString() << QStringLiteral("hơn 15");
        QTest::newRow("exact + gần") << QString() << QStringLiteral("gan") << QStringLiteral("gần 15");
        QTest::newRow("hơn + hơn") << QStringLiteral("hon") << QStringLiteral("hon") << QStringLiteral("hơn 15");
        QTest::newRow("hơn + gần") << QStringLiteral("hon") << QStringLiteral("gan") << QStringLiteral("khoảng 15");
    }
    void sums()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        QCOMPARE(sumFigures(Figure{10, qualifierFromCode(a)}, Figure{5, qualifierFromCode(b)}).toText(), sum);
    }

    void placeDateLine_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("line");
        QTest::newRow("day and month padded") << QDate(2023, 1, 5) << QStringLiteral("Quảng Ngãi, ngày 05 tháng 01 năm 2023");
        QTest::newRow("february") << QDate(2023, 2, 28) << QStringLiteral("Quảng Ngãi, ngày 28 tháng 02 năm 2023");
        QTest::newRow("june unpadded") << QDate(2022, 6, 29) << QStringLiteral("Quảng Ngãi, ngày 29 tháng 6 năm 2022");
        QTest::newRow("october") << QDate(2022, 10, 7) << QStringLiteral("Quảng Ngãi, ngày 07 tháng 10 năm 2022");
    }
    void placeDateLine()
    {
        QFETCH(QDate, date);
        QFETCH(QString, line);
        QCOMPARE(text::formatPlaceDateLine(QStringLiteral("Quảng Ngãi"), date), line);
    }

    void draftPlaceDateLineKeepsMonthAndYear()
    {
        const QString line = text::formatPlaceDateLine(QStringLiteral("Quảng Ngãi"), QDate(), 10, 2022);
        QVERIFY(line.startsWith(QStringLiteral("Quảng Ngãi, ngày ")));
        QVERIFY(line.endsWith(QStringLiteral(" tháng 10 năm 2022")));
    }

    void unitNames()
    {
        QCOMPARE(text::unitNameInRunningText(QStringLiteral("Thị xã Đức Phổ"), QStringLiteral("Thị xã")), QStringLiteral("thị xã Đức Phổ"));
        QCOMPARE(text::unitNameInRunningText(QStringLiteral("Tỉnh Quảng Ngãi"), QStringLiteral("Tỉnh")), QStringLiteral("tỉnh Quảng Ngãi"));
        QCOMPARE(text::unitNameInRunningText(QStringLiteral("Phường 1"), QStringLiteral("Phường")), QStringLiteral("Phường 1"));
        QCOMPARE(text::normalized(QStringLiteral("Xã Hành Tín  Đông ")), QStringLiteral("Xã Hành Tín Đông"));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
