// The demo campaign's report exported to PDF, read back as a user would:
// the text pdftotext extracts, the page size, the page numbers and the fonts.
#include "PdfText.h"
#include "TestDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        int campaign = 0;
        m_db = test::openDemoDatabase(&campaign);
        QVERIFY(m_db);
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(m_db->connection(), campaign, &doc, &error), qPrintable(error));
        m_doc = doc;
        m_pdf = m_dir.filePath(QStringLiteral("bao-cao.pdf"));
        QVERIFY2(ReportRenderer(doc).exportPdf(m_pdf, &error), qPrintable(error));
        m_pages = test::pdfPageTexts(m_pdf);
        QVERIFY2(!m_pages.isEmpty(), qPrintable(test::lastError()));
        m_all = m_pages.join(u'\n');
        // pdftotext breaks lines where the layout does: compare with single spaces.
        m_flat = m_all.simplified();
    }

    void pagesAreA4()
    {
        const QString info = test::pdfInfo(m_pdf);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842"))), qPrintable(info));
        QVERIFY(m_pages.size() >= 3);
    }

    void letterheadOnTheFirstPage()
    {
        const QString first = m_pages.first().simplified();
        for (const char *expected : {"UBND TỈNH QUẢNG NGÃI", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "Độc lập - Tự do - Hạnh phúc", "/BC-STTTT", "BÁO CÁO",
                                     "Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022"}) {
            QVERIFY2(first.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("Quảng Ngãi, ngày\\s+tháng 10 năm 2022"))));
    }

    void figuresInVietnameseForm_data()
    {
        QTest::addColumn<QString>("figure");
        for (const char *figure : {"1.141 Tổ Công nghệ số cộng đồng", "7.534 thành viên", "với 22 thành viên",
                                   "13/13 Tổ cấp huyện với 169 thành viên", "173/173 Tổ cấp xã với 1.690 thành viên",
                                   "954/954 Tổ cấp thôn, bản, tổ dân phố với 5.653 thành viên", "khoảng 80 đại biểu",
                                   "khoảng 3.000 đại biểu", "gần 2.000 lượt người theo dõi", "hơn 4.500 thành viên",
                                   "hơn 4.200 lượt thành viên", "hơn 10 tin, bài", "hơn 20 tin, bài", "ngày 07/10/2022",
                                   "13 điểm cầu cấp huyện và 173 điểm cầu cấp xã"})
            QTest::newRow(figure) << QString::fromUtf8(figure);
    }
    void figuresInVietnameseForm()
    {
        QFETCH(QString, figure);
        QVERIFY2(m_flat.contains(figure), qPrintable(figure));
    }

    void pageNumbersFromPageTwo()
    {
        // Page 1 shows no number; page n (n >= 2) starts with "n" (top margin).
        const QString firstLine = m_pages.first().trimmed().section(u'\n', 0, 0).trimmed();
        QVERIFY2(firstLine != QStringLiteral("1"), qPrintable(firstLine));
        for (int i = 1; i < m_pages.size(); ++i) {
            const QString top = m_pages[i].trimmed().section(u'\n', 0, 0).trimmed();
            QCOMPARE(top, QString::number(i + 1));
        }
    }

    // The demo's report is a draft: "DỰ THẢO" once, in the top margin of page
    // 1 at the right, above the national title and clear of the letterhead,
    // and a light grey watermark across every page (outlines, not text). The
    // same report issued prints neither.
    void draftIsMarkedIssuedIsNot()
    {
        QVERIFY(m_doc.draft);
        QCOMPARE(m_pages.first().count(QStringLiteral("DỰ THẢO")), 1);
        for (int i = 1; i < m_pages.size(); ++i)
            QVERIFY2(!m_pages.at(i).contains(QStringLiteral("THẢO")), qPrintable(QString::number(i + 1)));
        QRectF mark;
        double letterheadTop = 297;
        for (const test::WordBox &word : test::pdfWordBoxes(m_pdf, 1)) {
            if (word.text == QStringLiteral("DỰ") || word.text == QStringLiteral("THẢO"))
                mark = mark.isNull() ? word.mm : mark.united(word.mm);
            else
                letterheadTop = qMin(letterheadTop, word.mm.top());
        }
        QVERIFY(!mark.isNull());
        const double topMargin = m_doc.page.clamped().marginTopMm;
        const double textRight = 210 - m_doc.page.clamped().marginRightMm;
        QVERIFY2(mark.bottom() < topMargin && letterheadTop >= topMargin - 0.5,
                 qPrintable(QStringLiteral("mark %1–%2 mm, letterhead from %3 mm").arg(mark.top()).arg(mark.bottom()).arg(letterheadTop)));
        QVERIFY2(qAbs(mark.right() - textRight) < 1, qPrintable(QString::number(mark.right())));
        QVERIFY(mark.left() > 105); // over the right column (ô 1), not the issuing body

        OfficialDocument issued = m_doc;
        issued.draft = false;
        issued.number = 5;
        issued.date = QDate(2022, 10, 7);
        const QString path = m_dir.filePath(QStringLiteral("da-ban-hanh.pdf"));
        QString error;
        QVERIFY2(ReportRenderer(issued).exportPdf(path, &error), qPrintable(error));
        const QStringList pages = test::pdfPageTexts(path);
        QCOMPARE(pages.size(), m_pages.size());
        QVERIFY(!pages.join(u'\n').contains(QStringLiteral("THẢO")));

        // The watermark: where the issued page is white paper, the draft's is
        // light grey (under the text, never darker than the text's grey) on a
        // good share of the middle of every page.
        for (int page = 1; page <= m_pages.size(); ++page) {
            const QImage draft = test::pdfPageImage(m_pdf, page, 30);
            const QImage clean = test::pdfPageImage(path, page, 30);
            QVERIFY(!draft.isNull() && draft.size() == clean.size());
            const QRect middle(draft.width() / 4, draft.height() / 3, draft.width() / 2, draft.height() / 3);
            int grey = 0;
            for (int y = middle.top(); y <= middle.bottom(); ++y) {
                const uchar *d = draft.constScanLine(y);
                const uchar *c = clean.constScanLine(y);
                for (int x = middle.left(); x <= middle.right(); ++x)
                    grey += c[x] == 255 && d[x] >= 200 && d[x] <= 240;
            }
            const double share = double(grey) / (middle.width() * middle.height());
            QVERIFY2(share > 0.03, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(share)));
        }
    }

    void signatureAndDistributionOnTheLastPage()
    {
        const QString last = m_pages.last().simplified();
        QVERIFY(last.contains(QStringLiteral("Nơi nhận:")));
        QVERIFY(last.contains(QStringLiteral("Lưu: VT, BCVT&CNTT.")));
        QVERIFY(last.contains(QStringLiteral("GIÁM ĐỐC")));
        QVERIFY(last.contains(QStringLiteral("Trần Thanh Trường")));
    }

    void textIsNfcAndFontsEmbedded()
    {
        const QString raw = test::pdfPageTexts(m_pdf).join(u'\n');
        QVERIFY(!raw.isEmpty());
        QCOMPARE(raw, raw.normalized(QString::NormalizationForm_C));
        const QString fonts = test::pdfFonts(m_pdf);
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the two header lines
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        for (const QString &line : lines) {
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("Times")) || line.contains(QStringLiteral("Liberation")) || line.contains(QStringLiteral("Tinos")),
                     qPrintable(line));
        }
    }

    // A team with 150 listed members is taller than a page: its row goes on
    // over the next pages under the repeated header and "(tiếp theo)", and
    // every name prints.
    void appendixRowTallerThanAPageIsSplit()
    {
        OfficialDocument doc;
        Appendix appendix;
        appendix.label = QStringLiteral("Phụ lục");
        appendix.title = QStringLiteral("Danh sách");
        appendix.headers = { QStringLiteral("TT"), QStringLiteral("Tổ Công nghệ số cộng đồng"),
                             QStringLiteral("Thành viên"), QStringLiteral("Số thành viên") };
        appendix.columnShares = { 0.6, 3.0, 4.0, 1.5 };
        appendix.landscape = true;
        QStringList names;
        for (int i = 1; i <= 150; ++i)
            names << QStringLiteral("Nguyễn Văn Tv%1").arg(i, 3, 10, QChar(u'0'));
        appendix.rows << QStringList{ QStringLiteral("1"), QStringLiteral("Tổ xã Bình Hải"),
                                      names.join(QStringLiteral(", ")), QStringLiteral("150") }
                      << QStringList{ QStringLiteral("2"), QStringLiteral("Tổ xã Bình Sơn"),
                                      QStringLiteral("Lê Thị Cuối Bảng"), QStringLiteral("1") };
        doc.appendices << appendix;
        const QString pdf = m_dir.filePath(QStringLiteral("tall-row.pdf"));
        QString error;
        QVERIFY2(ReportRenderer(doc).exportPdf(pdf, &error), qPrintable(error));
        const QStringList pages = test::pdfPageTexts(pdf);
        QVERIFY2(!pages.isEmpty(), qPrintable(test::lastError()));
        const QString flat = pages.join(u'\n').simplified();
        for (const QString &name : std::as_const(names))
            QVERIFY2(flat.contains(name), qPrintable(name));
        QVERIFY(flat.contains(QStringLiteral("Lê Thị Cuối Bảng")));
        QVERIFY(flat.contains(QStringLiteral("(tiếp theo)")));
        // The appendix pages after the first repeat the header.
        int withHeader = 0;
        for (const QString &page : pages)
            withHeader += page.simplified().contains(QStringLiteral("Số thành viên")) ? 1 : 0;
        QVERIFY(withHeader >= 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_pdf;
    QStringList m_pages;
    QString m_all;
    QString m_flat;
    OfficialDocument m_doc;
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
