#include "PdfText.h"
#include "report/OfficialDocument.h"
#include "report/ReportRenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;

namespace {

constexpr qreal kPtPerMm = 72.0 / 25.4;

DocumentBlock block(DocumentBlock::Kind kind, const QString &text)
{
    DocumentBlock result;
    result.kind = kind;
    result.runs << TextRun{ text };
    return result;
}

DocumentBlock paragraph(const QString &text)
{
    return block(DocumentBlock::Kind::Paragraph, text);
}

DocumentBlock bullet(const QString &text)
{
    return block(DocumentBlock::Kind::Bullet, text);
}

// A body paragraph with an italic title in quotes, as the reference report prints them.
DocumentBlock paragraphWithTitle(const QString &before, const QString &title, const QString &after)
{
    DocumentBlock result;
    result.runs << TextRun{ before + QStringLiteral("“") } << TextRun{ title, true }
                << TextRun{ QStringLiteral("”") + after };
    return result;
}

// The paragraph written in NFD (as text pasted on macOS arrives).
QString nfdSentence()
{
    return QStringLiteral("Tổ Công nghệ số cộng đồng hỗ trợ người dân cài đặt ứng dụng.")
            .normalized(QString::NormalizationForm_D);
}

// The Quảng Ngãi report of 2022 (reference/bao-cao-ngay-cds-2022-quang-ngai.md), shortened.
OfficialDocument referenceDocument()
{
    using Kind = DocumentBlock::Kind;
    OfficialDocument doc;
    doc.letterhead.parentBody = QStringLiteral("UBND TỈNH QUẢNG NGÃI");
    doc.letterhead.issuingBody = QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    doc.letterhead.issuingBodyName = QStringLiteral("Sở Thông tin và Truyền thông");
    doc.letterhead.issuingAbbreviation = QStringLiteral("STTTT");
    doc.letterhead.placeName = QStringLiteral("Quảng Ngãi");
    doc.number = 5;
    doc.symbol = QStringLiteral("BC-STTTT");
    doc.date = QDate(2022, 10, 7);
    doc.year = 2022;
    doc.subjectLines << QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022")
                     << QStringLiteral("trên địa bàn tỉnh Quảng Ngãi");

    const QString hoiThao = QStringLiteral("Chuyển đổi số - Vì cuộc sống tốt đẹp hơn");
    doc.body << paragraph(QStringLiteral(
            "Thực hiện Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh về Tổ chức Ngày Chuyển "
            "đổi số quốc gia "
            "năm 2022 trên địa bàn tỉnh Quảng Ngãi, Sở Thông tin và Truyền thông báo cáo tình hình "
            "tổ chức các hoạt "
            "động Ngày Chuyển đổi số quốc gia năm 2022 trên địa bàn tỉnh Quảng Ngãi, như sau:"))
             << block(Kind::SectionHeading,
                      QStringLiteral("I. Tổ chức Hội thảo “") + hoiThao + QStringLiteral("”"))
             << block(Kind::ClauseHeading, QStringLiteral("1. Công tác tổ chức"))
             << paragraphWithTitle(
                        QStringLiteral("Hội thảo với chủ đề "), hoiThao,
                        QStringLiteral(
                                " được tổ chức vào sáng ngày 07/10/2022 bằng hình thức trực tiếp "
                                "kết hợp với trực tuyến do đồng chí Trần Phước Hiền, Phó Chủ tịch "
                                "UBND tỉnh chủ trì."))
             << bullet(QStringLiteral(
                        "Tham dự trực tiếp tại điểm cầu chính có khoảng 80 đại biểu là lãnh đạo: "
                        "Ban Tuyên giáo Tỉnh ủy, "
                        "Ủy ban MTTQ Việt Nam tỉnh; các sở, ban, ngành, các cơ quan Trung ương và "
                        "các tổ chức hội, đoàn "
                        "thể trên địa bàn tỉnh; đại diện lãnh đạo các trường đại học, một số doanh "
                        "nghiệp trên địa bàn "
                        "tỉnh; phóng viên các cơ quan báo chí, truyền thông trên địa bàn tỉnh."))
             << bullet(QStringLiteral(
                        "Tham dự trực tuyến tại Hội trường UBND cấp huyện và 173 điểm cầu cấp xã "
                        "trong tỉnh: Lãnh đạo "
                        "UBND các huyện, thị xã, thành phố và công chức của các cơ quan chuyên môn "
                        "trực thuộc, lãnh đạo "
                        "UBND và công chức các xã, phường, thị trấn (khoảng 3.000 đại biểu)."))
             << bullet(QStringLiteral("Ngoài ra, Hội thảo được Livestream trên Fanpage của Sở "
                                      "Thông tin và Truyền "
                                      "thông với gần 2.000 lượt người theo dõi."))
             << block(Kind::ClauseHeading, QStringLiteral("2. Kết quả Hội thảo"));
    for (int i = 0; i < 5; ++i) {
        doc.body << bullet(QStringLiteral("Bằng thực tiễn nghiên cứu và kinh nghiệm cá nhân qua "
                                          "quá trình tham vấn giải pháp cho các tổ chức, "
                                          "doanh nghiệp và địa phương, diễn giả đã chi tiết hóa và "
                                          "lượng hóa các vấn đề về Chuyển đổi số, giúp "
                                          "Hội thảo có được nhìn nhận rõ hơn theo hướng đo lường "
                                          "được các mặt về Chuyển đổi số; Quảng Ngãi là "
                                          "một tỉnh với hơn 70% người dân sinh sống dựa trên nông "
                                          "nghiệp, do đó Chuyển đổi số trong hoạt động "
                                          "nông nghiệp là nhiệm vụ quan trọng."));
    }
    doc.body << paragraph(nfdSentence())
             << block(Kind::SectionHeading,
                      QStringLiteral("II. Một số hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia"))
             << block(Kind::ClauseHeading, QStringLiteral("1. Công tác truyền thông"));
    for (int i = 0; i < 5; ++i) {
        doc.body << bullet(
                QStringLiteral("Sở Thông tin và Truyền thông đã ban hành Hướng dẫn số "
                               "1384/HD-STTTT ngày 28/9/2022 về tuyên truyền "
                               "Ngày Chuyển đổi số quốc gia năm 2022; trong đó đề nghị các cơ "
                               "quan, đơn vị, địa phương trong tỉnh "
                               "tuyên truyền về mục đích, ý nghĩa, chủ đề của Ngày Chuyển đổi số "
                               "quốc gia năm 2022; về vai trò và "
                               "lợi ích của chuyển đổi số đối với người dân và doanh nghiệp."));
    }
    doc.body << block(Kind::ClauseHeading, QStringLiteral("2. Các hoạt động khác"))
             << bullet(QStringLiteral(
                        "Đã thành lập 1.141 Tổ Công nghệ số cộng đồng đạt 100% các cấp trên địa "
                        "bàn tỉnh, với sự tham "
                        "gia của hơn 7.534 thành viên, trong đó: 01 Tổ Công nghệ số cộng đồng Tỉnh "
                        "đoàn Quảng Ngãi với "
                        "22 thành viên, 13/13 Tổ cấp huyện với 169 thành viên; 173/173 Tổ cấp xã "
                        "với 1.690 thành viên "
                        "và 954/954 Tổ cấp thôn, bản, tổ dân phố với 5.653 thành viên."))
             << block(Kind::SectionHeading, QStringLiteral("III. Kiến nghị, đề xuất"))
             << bullet(QStringLiteral(
                        "Chỉ đạo các sở, ban, ngành; UBND các huyện, thị xã, thành phố tiếp tục "
                        "duy trì và đẩy mạnh "
                        "công tác truyền thông về chuyển đổi số đến người dân và doanh nghiệp."));
    doc.closingLine =
            QStringLiteral("Kính báo cáo Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh./.");

    doc.distribution << QStringLiteral("Bộ TT&TT (để báo cáo)")
                     << QStringLiteral("UBND tỉnh (để báo cáo);")
                     << QStringLiteral("Cục Chuyển đổi số quốc gia")
                     << QStringLiteral("Trung tâm CNTT&TT") << QStringLiteral("Lưu: VT, BCVT&CNTT");
    doc.signerPosition = QStringLiteral("GIÁM ĐỐC");
    doc.signerName = QStringLiteral("Trần Thanh Trường");
    return doc;
}

// pdftotext output as it is, not normalised (PdfText.h normalises to NFC, which
// would hide an NFD export).
QString rawPdfText(const QString &pdfPath)
{
    QProcess process;
    process.start(
            QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Word
{
    QString text;
    QRectF box; // points, from the top-left corner of the page
};

// Words of one page (1-based) with their boxes, from `pdftotext -bbox`.
QList<Word> pdfWords(const QString &pdfPath, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdfPath, QStringLiteral("-") });
    process.waitForFinished(60000);
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression wordPattern(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<Word> words;
    for (auto it = wordPattern.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append({ match.captured(5).normalized(QString::NormalizationForm_C),
                       QRectF(topLeft, bottomRight) });
    }
    return words;
}

Word findWord(const QList<Word> &words, const QString &text)
{
    for (const Word &word : words) {
        if (word.text == text)
            return word;
    }
    return {};
}

QStringList nonEmptyLines(const QString &pageText)
{
    QStringList lines;
    for (const QString &line : pageText.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

// A horizontal run of dark pixels, i.e. a drawn rule (text never makes runs this long).
struct Rule
{
    int y = 0;
    int x0 = 0;
    int x1 = 0;
    int length() const { return x1 - x0 + 1; }
    qreal centre() const { return (x0 + x1) / 2.0; }
};

bool isDark(QRgb pixel)
{
    return qGray(pixel) < 128;
}

QList<Rule> horizontalRules(const QImage &image, int minLength, int maxY)
{
    QList<Rule> rules;
    for (int y = 0; y < std::min(maxY, image.height()); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width();) {
            if (!isDark(line[x])) {
                ++x;
                continue;
            }
            int end = x;
            while (end + 1 < image.width() && isDark(line[end + 1]))
                ++end;
            if (end - x + 1 >= minLength) {
                // A thick rule covers two or three pixel rows: keep one.
                const bool seen = std::any_of(rules.cbegin(), rules.cend(), [&](const Rule &rule) {
                    return y - rule.y <= 3 && std::abs(rule.x0 - x) <= 3
                            && std::abs(rule.x1 - end) <= 3;
                });
                if (!seen)
                    rules.append({ y, x, end });
            }
            x = end + 1;
        }
    }
    return rules;
}

// Horizontal extent of the dark pixels in rows [top, bottom) and columns [left, right).
std::pair<int, int> inkExtent(const QImage &image, int top, int bottom, int left, int right)
{
    int first = right;
    int last = left - 1;
    for (int y = top; y < bottom; ++y) {
        for (int x = left; x < right; ++x) {
            if (isDark(image.pixel(x, y))) {
                first = std::min(first, x);
                last = std::max(last, x);
            }
        }
    }
    return { first, last };
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void numberLine();
    void draftNumberLine();
    void placeDateLine_data();
    void placeDateLine();
    void clampsMarginsToTheDecree();
    void listItemsEndWithSemicolonsAndAFullStop();
    void plainTextIsNfcAndInReadingOrder();

    void exportsA4PdfWithEmbeddedFonts();
    void firstPageCarriesTheHeader();
    void pagesAreNumberedFromTwoInTheTopMargin();
    void bodyIsJustifiedInsideTheMargins();
    void lastPageCarriesTheSignatureBlock();
    void pdfTextIsNfc();
    void headerRulesAreDrawn();
    void renderedMarginsAreClamped();
    void pageBreaksKeepBlocksTogether_data();
    void pageBreaksKeepBlocksTogether();
    void emptyDraftIsOnePage();
    void exportFailureNamesTheFile();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QStringList m_pages;
};

void TestReportRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdf = m_dir.filePath(QStringLiteral("bao-cao.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(referenceDocument()).exportPdf(m_pdf, &error), qPrintable(error));
    m_pages = test::pdfPageTexts(m_pdf);
    QVERIFY2(!m_pages.isEmpty(), qPrintable(test::lastError()));
}

void TestReportRenderer::numberLine()
{
    OfficialDocument doc = referenceDocument();
    QCOMPARE(doc.numberLine(), QStringLiteral("Số: 05/BC-STTTT"));
    doc.number = 123;
    QCOMPARE(doc.numberLine(), QStringLiteral("Số: 123/BC-STTTT"));
}

void TestReportRenderer::draftNumberLine()
{
    OfficialDocument doc = referenceDocument();
    doc.number = 0;
    const QString line = doc.numberLine();
    QVERIFY2(line.startsWith(QStringLiteral("Số:")) && line.endsWith(QStringLiteral("/BC-STTTT")),
             qPrintable(line));
    // The blank for the hand-written number: several non-breaking spaces, no digits.
    const QString blank = line.mid(3, line.size() - 3 - 9);
    QVERIFY(blank.size() >= 5);
    QCOMPARE(blank, QString(blank.size(), QChar::Nbsp));
}

void TestReportRenderer::placeDateLine_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("January") << QDate(2022, 1, 5)
                             << QStringLiteral("Quảng Ngãi, ngày 05 tháng 01 năm 2022");
    QTest::newRow("February") << QDate(2023, 2, 3)
                              << QStringLiteral("Quảng Ngãi, ngày 03 tháng 02 năm 2023");
    QTest::newRow("June") << QDate(2022, 6, 29)
                          << QStringLiteral("Quảng Ngãi, ngày 29 tháng 6 năm 2022");
    QTest::newRow("October") << QDate(2022, 10, 7)
                             << QStringLiteral("Quảng Ngãi, ngày 07 tháng 10 năm 2022");
}

void TestReportRenderer::placeDateLine()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    OfficialDocument doc = referenceDocument();
    doc.date = date;
    QCOMPARE(doc.placeDateLine(), expected);
}

void TestReportRenderer::clampsMarginsToTheDecree()
{
    const PageSettings low = PageSettings{ 10, 5, 20, 0, 10 }.clamped();
    QCOMPARE(low.marginTopMm, 20.0);
    QCOMPARE(low.marginBottomMm, 20.0);
    QCOMPARE(low.marginLeftMm, 30.0);
    QCOMPARE(low.marginRightMm, 15.0);
    QCOMPARE(low.bodyFontPt, 13);

    const PageSettings high = PageSettings{ 40, 30, 50, 25, 16 }.clamped();
    QCOMPARE(high.marginTopMm, 25.0);
    QCOMPARE(high.marginBottomMm, 25.0);
    QCOMPARE(high.marginLeftMm, 35.0);
    QCOMPARE(high.marginRightMm, 20.0);
    QCOMPARE(high.bodyFontPt, 14);

    const PageSettings inRange = PageSettings{ 22, 21, 32.5, 17, 13 }.clamped();
    QCOMPARE(inRange.marginTopMm, 22.0);
    QCOMPARE(inRange.marginLeftMm, 32.5);
    QCOMPARE(inRange.bodyFontPt, 13);
}

void TestReportRenderer::listItemsEndWithSemicolonsAndAFullStop()
{
    const QStringList items =
            formatListItems({ QStringLiteral("Như trên"), QStringLiteral("- UBND tỉnh (b/c);"),
                              QStringLiteral("  "), QStringLiteral("Lưu: VT, BCVT&CNTT") });
    QCOMPARE(items,
             (QStringList{ QStringLiteral("- Như trên;"), QStringLiteral("- UBND tỉnh (b/c);"),
                           QStringLiteral("- Lưu: VT, BCVT&CNTT.") }));
}

void TestReportRenderer::plainTextIsNfcAndInReadingOrder()
{
    const QString text = referenceDocument().plainText();
    QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
    const QStringList order{ QStringLiteral("UBND TỈNH QUẢNG NGÃI"),
                             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                             QStringLiteral("Số: 05/BC-STTTT"),
                             QStringLiteral("BÁO CÁO"),
                             QStringLiteral("- Tham dự trực tiếp"),
                             QStringLiteral("Nơi nhận:"),
                             QStringLiteral("- Lưu: VT, BCVT&CNTT."),
                             QStringLiteral("Trần Thanh Trường") };
    qsizetype position = 0;
    for (const QString &piece : order) {
        const qsizetype found = text.indexOf(piece, position);
        QVERIFY2(found >= 0, qPrintable(piece));
        position = found;
    }
}

void TestReportRenderer::exportsA4PdfWithEmbeddedFonts()
{
    const QString info = test::pdfInfo(m_pdf);
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts")), qPrintable(info));
    QVERIFY2(m_pages.size() >= 3, qPrintable(QString::number(m_pages.size())));
    QCOMPARE(m_pages.size(), ReportRenderer(referenceDocument()).pageCount());
    QVERIFY(info.contains(QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022")));

    // pdffonts: name type encoding emb sub uni object ID
    const QString fonts = test::pdfFonts(m_pdf);
    static const QRegularExpression row(
            QStringLiteral(R"(\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)"));
    const QString family = QString(ReportRenderer::resolvedFontFamily()).remove(QLatin1Char(' '));
    int rows = 0;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        ++rows;
        QVERIFY2(match.captured(1) == QLatin1String("yes"),
                 qPrintable(QStringLiteral("not embedded: ") + line));
        QVERIFY2(line.contains(family), qPrintable(line));
    }
    QVERIFY2(rows >= 3, qPrintable(fonts)); // regular, bold, italic at least
}

void TestReportRenderer::firstPageCarriesTheHeader()
{
    // The issuing body may wrap in its column (item 4): compare with lines joined.
    const QString first = QString(m_pages.first()).replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const QString &expected :
         { QStringLiteral("UBND TỈNH QUẢNG NGÃI"), QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
           QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
           QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 05/BC-STTTT"),
           QStringLiteral("Quảng Ngãi, ngày 07 tháng 10 năm 2022"), QStringLiteral("BÁO CÁO"),
           QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022") }) {
        QVERIFY2(first.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in:\n") + first));
    }
    // Rules are drawn, never typed as underscores.
    QVERIFY(!first.contains(QStringLiteral("__")));

    // Số and the place-and-date line stand on one baseline (item 6); both are 13 pt.
    const QList<Word> words = pdfWords(m_pdf, 1);
    const Word number = findWord(words, QStringLiteral("Số:"));
    const Word place = findWord(words, QStringLiteral("Quảng"));
    QVERIFY(!number.text.isEmpty() && !place.text.isEmpty());
    QVERIFY2(std::abs(number.box.bottom() - place.box.bottom()) < 0.5,
             qPrintable(
                     QStringLiteral("%1 vs %2").arg(number.box.bottom()).arg(place.box.bottom())));
    QVERIFY(number.box.right() < place.box.left());
}

void TestReportRenderer::pagesAreNumberedFromTwoInTheTopMargin()
{
    QVERIFY(m_pages.size() >= 3);
    // Page 1 shows no number (item 28): its first line is the letterhead.
    QVERIFY(!nonEmptyLines(m_pages.at(0)).contains(QStringLiteral("1")));
    QCOMPARE(nonEmptyLines(m_pages.at(0)).first(), QStringLiteral("UBND TỈNH QUẢNG NGÃI"));
    QCOMPARE(nonEmptyLines(m_pages.at(1)).first(), QStringLiteral("2"));
    QCOMPARE(nonEmptyLines(m_pages.at(2)).first(), QStringLiteral("3"));

    // Centred over the text area (30 mm left, 15 mm right), inside the 20 mm top margin.
    const Word two = findWord(pdfWords(m_pdf, 2), QStringLiteral("2"));
    QVERIFY(!two.text.isEmpty());
    QVERIFY2(two.box.bottom() < 20 * kPtPerMm, qPrintable(QString::number(two.box.bottom())));
    QVERIFY2(std::abs(two.box.center().x() - (30 + 195) / 2.0 * kPtPerMm) < 2,
             qPrintable(QString::number(two.box.center().x())));
}

void TestReportRenderer::bodyIsJustifiedInsideTheMargins()
{
    const QList<Word> words = pdfWords(m_pdf, 2);
    const qreal left = 30 * kPtPerMm;
    const qreal right = 595 - 15 * kPtPerMm;
    int flushRight = 0;
    int atIndent = 0;
    for (const Word &word : words) {
        if (word.text == QLatin1String("2"))
            continue; // the page number
        QVERIFY2(word.box.left() >= left - 1 && word.box.right() <= right + 1,
                 qPrintable(word.text));
        if (word.box.right() > right - 1)
            ++flushRight;
        // First-line indent 1.27 cm.
        if (std::abs(word.box.left() - (left + 12.7 * kPtPerMm)) < 1.5)
            ++atIndent;
    }
    QVERIFY2(flushRight >= 10, qPrintable(QString::number(flushRight)));
    QVERIFY2(atIndent >= 3, qPrintable(QString::number(atIndent)));
}

void TestReportRenderer::lastPageCarriesTheSignatureBlock()
{
    const QString last = m_pages.last();
    for (const QString &expected :
         { QStringLiteral("Nơi nhận:"), QStringLiteral("- Bộ TT&TT (để báo cáo);"),
           QStringLiteral("Lưu: VT, BCVT&CNTT."), QStringLiteral("GIÁM ĐỐC"),
           QStringLiteral("Trần Thanh Trường") }) {
        QVERIFY2(last.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in:\n") + last));
    }
    // The closing line stays with the signature block.
    QVERIFY(last.contains(QStringLiteral("Kính báo cáo")));

    // "Nơi nhận:" (12 pt) is level with the position line (14 pt): baselines within a point.
    const QList<Word> words = pdfWords(m_pdf, int(m_pages.size()));
    const Word label = findWord(words, QStringLiteral("Nơi"));
    const Word position = findWord(words, QStringLiteral("GIÁM"));
    const Word name = findWord(words, QStringLiteral("Trường"));
    QVERIFY(!label.text.isEmpty() && !position.text.isEmpty() && !name.text.isEmpty());
    QVERIFY2(
            std::abs(label.box.bottom() - position.box.bottom()) < 1.5,
            qPrintable(
                    QStringLiteral("%1 vs %2").arg(label.box.bottom()).arg(position.box.bottom())));
    // Room for the signature and seal: 25–30 mm between position and name.
    const qreal gapMm = (name.box.top() - position.box.bottom()) / kPtPerMm;
    QVERIFY2(gapMm > 24 && gapMm < 31, qPrintable(QString::number(gapMm)));
    // The signer block is centred in the right 60 % of the text area.
    const qreal columnCentre = (30 + 0.4 * 165 + 195) / 2.0 * kPtPerMm;
    QVERIFY(std::abs(position.box.center().x() - columnCentre) < 25);
}

void TestReportRenderer::pdfTextIsNfc()
{
    const QString raw = rawPdfText(m_pdf);
    QVERIFY(!raw.isEmpty());
    QCOMPARE(raw, raw.normalized(QString::NormalizationForm_C));
    // The paragraph given in NFD comes out in NFC.
    const QString nfc = nfdSentence().normalized(QString::NormalizationForm_C);
    QVERIFY(nfdSentence() != nfc);
    QVERIFY2(QString(raw).replace(QLatin1Char('\n'), QLatin1Char(' ')).contains(nfc),
             qPrintable(raw));
}

void TestReportRenderer::headerRulesAreDrawn()
{
    constexpr int dpi = 200;
    const auto px = [](qreal mm) { return mm / 25.4 * dpi; };
    const QImage page = ReportRenderer(referenceDocument()).renderPage(0, dpi);
    QCOMPARE(page.size(), QSize(qRound(px(210)), qRound(px(297))));
    QVERIFY(ReportRenderer(referenceDocument()).renderPage(99, dpi).isNull());

    // In the top 80 mm: the rules under the issuing body, the motto and the subject.
    const QList<Rule> rules = horizontalRules(page, qRound(px(15)), qRound(px(80)));
    QCOMPARE(rules.size(), 3);
    const qreal textLeft = px(30);
    const qreal textWidth = px(165);
    const qreal split = textLeft + 0.4 * textWidth;
    const auto findRule = [&](auto predicate) {
        const auto it = std::find_if(rules.cbegin(), rules.cend(), predicate);
        return it == rules.cend() ? Rule() : *it;
    };
    const Rule agency = findRule([&](const Rule &r) { return r.x1 < split; });
    const Rule motto = findRule([&](const Rule &r) { return r.x0 > split; });
    const Rule subject = findRule([&](const Rule &r) { return r.x0 < split && r.x1 > split; });
    QVERIFY(agency.length() > 1 && motto.length() > 1 && subject.length() > 1);

    // Item 2: the motto's rule is exactly as long as the motto, centred under it.
    QFont mottoFont(ReportRenderer::resolvedFontFamily());
    mottoFont.setPointSizeF(13);
    mottoFont.setBold(true);
    const qreal mottoWidth =
            QFontMetricsF(mottoFont, &page).horizontalAdvance(OfficialDocument::motto());
    QVERIFY2(std::abs(motto.length() - mottoWidth) < 0.02 * mottoWidth,
             qPrintable(QStringLiteral("%1 vs %2").arg(motto.length()).arg(mottoWidth)));
    const auto mottoInk = inkExtent(page, motto.y - qRound(px(4)), motto.y - qRound(px(1)),
                                    qRound(split), page.width());
    QVERIFY(std::abs((mottoInk.first + mottoInk.second) / 2.0 - motto.centre()) < px(1));

    // Items 4 and 8: 1/3–1/2 of the (widest) text line above, centred under it.
    // 10 mm up covers the two lines of the subject or of a wrapped issuing body.
    for (const Rule &rule : { agency, subject }) {
        const int left = rule.x1 < split ? qRound(textLeft) : 0;
        const int right = rule.x1 < split ? qRound(split) : page.width();
        const auto ink =
                inkExtent(page, rule.y - qRound(px(10)), rule.y - qRound(px(1)), left, right);
        const qreal textLength = ink.second - ink.first + 1;
        QVERIFY2(rule.length() >= textLength / 3 && rule.length() <= textLength / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(rule.length()).arg(textLength)));
        QVERIFY(std::abs((ink.first + ink.second) / 2.0 - rule.centre()) < px(1));
    }
    // The issuing body's rule and the motto's rule come before the subject's.
    QVERIFY(agency.y < subject.y && motto.y < subject.y);
    QVERIFY(std::abs(subject.centre() - (textLeft + textWidth / 2)) < px(1));
}

void TestReportRenderer::renderedMarginsAreClamped()
{
    OfficialDocument doc = referenceDocument();
    doc.page = PageSettings{ 5, 5, 10, 40, 14 }; // clamped to 20, 20, 30, 20
    constexpr int dpi = 100;
    const auto px = [](qreal mm) { return mm / 25.4 * dpi; };
    const QImage page = ReportRenderer(doc).renderPage(1, dpi);
    QVERIFY(!page.isNull());
    const auto ink = inkExtent(page, qRound(px(20)), page.height(), 0, page.width());
    QVERIFY2(ink.first >= px(30) - 2 && ink.first <= px(30) + 3,
             qPrintable(QString::number(ink.first)));
    QVERIFY2(ink.second <= px(210 - 20) + 2 && ink.second >= px(210 - 20) - 3,
             qPrintable(QString::number(ink.second)));
}

void TestReportRenderer::pageBreaksKeepBlocksTogether_data()
{
    QTest::addColumn<int>("extraLines");
    // Each extra one-line paragraph moves every later break by about one line,
    // so the rows walk the headings and the signature block across page ends.
    for (int lines = 0; lines <= 16; ++lines)
        QTest::addRow("%d", lines) << lines;
}

void TestReportRenderer::pageBreaksKeepBlocksTogether()
{
    QFETCH(int, extraLines);
    OfficialDocument doc = referenceDocument();
    for (int i = 0; i < extraLines; ++i)
        doc.body.insert(1, paragraph(QStringLiteral("Đoạn ngắn số %1.").arg(i + 1)));
    const QString path = m_dir.filePath(QStringLiteral("breaks-%1.pdf").arg(extraLines));
    QString error;
    QVERIFY2(ReportRenderer(doc).exportPdf(path, &error), qPrintable(error));
    const QStringList pages = test::pdfPageTexts(path);
    QVERIFY(pages.size() >= 3);

    // The signature block is whole on the last page, with the closing line.
    const QString last = pages.last();
    for (const QString &expected :
         { QStringLiteral("Kính báo cáo"), QStringLiteral("Nơi nhận:"),
           QStringLiteral("Lưu: VT, BCVT&CNTT."), QStringLiteral("GIÁM ĐỐC"),
           QStringLiteral("Trần Thanh Trường") }) {
        QVERIFY2(last.contains(expected), qPrintable(expected));
    }
    // No page ends with a heading.
    static const QRegularExpression heading(QStringLiteral("^([IVX]+|\\d)\\. "));
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        const QString lastLine = nonEmptyLines(pages.at(i)).last();
        QVERIFY2(!heading.match(lastLine).hasMatch(),
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(i + 1).arg(lastLine)));
    }
}

void TestReportRenderer::emptyDraftIsOnePage()
{
    OfficialDocument doc;
    doc.letterhead.issuingBody = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    doc.letterhead.placeName = QStringLiteral("Quảng Ngãi");
    doc.symbol = QStringLiteral("BC-SKHCN");
    doc.year = 2025;
    ReportRenderer renderer(doc);
    QCOMPARE(renderer.pageCount(), 1);
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    QString error;
    QVERIFY2(renderer.exportPdf(path, &error), qPrintable(error));
    const QStringList pages = test::pdfPageTexts(path);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.first().contains(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    QVERIFY(!pages.first().contains(QStringLiteral("Nơi nhận")));
}

void TestReportRenderer::exportFailureNamesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/bao-cao.pdf"));
    QString error;
    QVERIFY(!ReportRenderer(referenceDocument()).exportPdf(path, &error));
    // The message (translated by the UI) names the file the clerk chose.
    QVERIFY2(error.contains(QStringLiteral("bao-cao.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    // A successful export replaces an existing file.
    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    QVERIFY(ReportRenderer(referenceDocument()).exportPdf(existing, &error));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
