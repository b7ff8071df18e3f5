// The national roll-up report (a campaign without a province), read back from
// its PDF as a ministry would: a few pages, the Decree 30 frame, the totals in
// the body and one row per province with a totals row, whose figures match
// the data counted with plain SQL.
#include "PdfText.h"
#include "TestDatabase.h"

#include "generator/NationalGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "statistics/CampaignStatistics.h"
#include "statistics/ProvinceStatistics.h"
#include "text/VietnameseText.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cds;

class TestNationalReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = test::openMemoryDatabase();
        GeneratorPlan plan = GeneratorPlan::scaledNational(0.004); // as tst_generator: 34 provinces kept
        plan.provinces = 34;
        QString error;
        QVERIFY2(generateDatabase(db(), plan, nullptr, &error), qPrintable(error));
        m_campaign = latestCampaignId(db());
        QVERIFY(m_campaign > 0);
        QVERIFY(test::scalar(db(), QStringLiteral("SELECT province_id FROM campaign WHERE id = %1").arg(m_campaign)).isNull());
        QVERIFY2(buildReportDocument(db(), m_campaign, &m_doc, &error), qPrintable(error));
        m_pdf = m_dir.filePath(QStringLiteral("bao-cao-toan-quoc.pdf"));
        ReportRenderer renderer(m_doc);
        QVERIFY2(renderer.exportPdf(m_pdf, &error), qPrintable(error));
        // To look at the pages: CDS_TEST_KEEP_PDF=<file> keeps a copy.
        if (const QString keep = qEnvironmentVariable("CDS_TEST_KEEP_PDF"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(m_pdf, keep);
        }
        m_pages = test::pdfPageTexts(m_pdf);
        QVERIFY2(!m_pages.isEmpty(), qPrintable(test::lastError()));
        m_flat = m_pages.join(u'\n').simplified();
    }

    void fewPages()
    {
        // The per-training and per-media lists of a province's report would
        // make hundreds of pages at national size; the summary stays short.
        QVERIFY2(m_pages.size() >= 3 && m_pages.size() <= 8, qPrintable(QString::number(m_pages.size())));
        QVERIFY(!m_flat.contains(QStringLiteral("Tổ chức Lớp")));
    }

    void decreeFrame()
    {
        const QString first = m_pages.first().simplified();
        for (const char *expected : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                                     "Về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025"})
            QVERIFY2(first.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(m_flat.contains(QStringLiteral("trên địa bàn cả nước")));
        QVERIFY(!m_flat.contains(QStringLiteral("trên địa bàn tỉnh,")));
    }

    void totalsInTheBody()
    {
        CampaignStatistics stats;
        QString error;
        QVERIFY2(computeCampaignStatistics(db(), m_campaign, &stats, &error), qPrintable(error));
        const QString teams = text::formatNumber(count("SELECT count(*) FROM team WHERE campaign_id = %1"));
        QVERIFY2(m_flat.contains(QStringLiteral("Đã thành lập ") + teams + QStringLiteral(" Tổ Công nghệ số cộng đồng")),
                 qPrintable(teams));
        const QString sessions = text::formatNumber(count("SELECT count(*) FROM training_session WHERE campaign_id = %1"));
        QVERIFY2(m_flat.contains(QStringLiteral("tổ chức ") + sessions + QStringLiteral(" lớp tập huấn")), qPrintable(sessions));
        QVERIFY2(m_flat.contains(QStringLiteral("thực hiện ") + stats.mediaOutputs.toText() + QStringLiteral(" sản phẩm truyền thông")),
                 qPrintable(stats.mediaOutputs.toText()));
    }

    // A province's row: its name as stored, then its figures; the team count
    // is the SQL count of the campaign's teams under that province.
    void provinceRowMatchesSql()
    {
        const QString name = test::scalar(db(), QStringLiteral("SELECT name FROM admin_unit WHERE level = 1 ORDER BY gso_code LIMIT 1")).toString();
        const int id = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE level = 1 ORDER BY gso_code LIMIT 1")).toInt();
        QVERIFY(name.startsWith(QStringLiteral("Thành phố ")) || name.startsWith(QStringLiteral("Tỉnh ")));
        const qint64 teams = count(QStringLiteral(R"SQL(
WITH RECURSIVE below(id) AS (SELECT %2 UNION ALL SELECT u.id FROM admin_unit u JOIN below b ON u.parent_id = b.id)
SELECT count(*) FROM team WHERE campaign_id = %1 AND unit_id IN (SELECT id FROM below))SQL").arg(m_campaign).arg(id));
        QVERIFY(teams > 0);
        const Appendix &table = m_doc.appendices.value(0);
        QCOMPARE(table.headers.value(1), QStringLiteral("Tỉnh, thành phố"));
        const int teamsColumn = int(table.headers.indexOf(QStringLiteral("Số Tổ CNSCĐ")));
        QVERIFY(teamsColumn > 0);
        QList<QStringList> rows = table.rows;
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList &r) { return r.value(1) == name; });
        QVERIFY2(row != rows.cend(), qPrintable(name));
        QCOMPARE(row->value(teamsColumn), text::formatNumber(teams));
        // In the PDF: the row's number, the name and its figures, in order.
        QVERIFY2(m_flat.contains(row->join(u' ')), qPrintable(row->join(u' ')));
    }

    void totalsRowIsTheSum()
    {
        const Appendix &table = m_doc.appendices.value(0);
        QVERIFY(table.rows.size() >= 35); // 34 provinces + totals
        const QStringList totals = table.rows.last();
        QCOMPARE(totals.value(1), QStringLiteral("Tổng cộng"));
        const auto number = [](const QString &cell) {
            QString digits = cell;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            return digits.toLongLong();
        };
        for (const QString &header : {QStringLiteral("Số Tổ CNSCĐ"), QStringLiteral("Lớp tập huấn"), QStringLiteral("Sự kiện"),
                                      QStringLiteral("Sản phẩm truyền thông")}) {
            const int column = int(table.headers.indexOf(header));
            QVERIFY2(column > 0, qPrintable(header));
            qint64 sum = 0;
            for (qsizetype i = 0; i + 1 < table.rows.size(); ++i)
                sum += number(table.rows.at(i).value(column));
            QCOMPARE(number(totals.value(column)), sum);
        }
        const int teamsColumn = int(table.headers.indexOf(QStringLiteral("Số Tổ CNSCĐ")));
        QCOMPARE(number(totals.value(teamsColumn)), count("SELECT count(*) FROM team WHERE campaign_id = %1"));
        QCOMPARE(number(totals.value(int(table.headers.indexOf(QStringLiteral("Lớp tập huấn"))))),
                 count("SELECT count(*) FROM training_session WHERE campaign_id = %1"));
        const auto totalsPage = std::find_if(m_pages.cbegin(), m_pages.cend(),
                                             [](const QString &page) { return page.contains(QStringLiteral("Tổng cộng")); });
        QVERIFY(totalsPage != m_pages.cend());
        QVERIFY(totalsPage->simplified().contains(totals.value(teamsColumn) + u' ' + totals.value(teamsColumn + 1)));
    }

    // A province's trainees: the listed attendances of the sessions its
    // organisations held, else their declared participants, counted with
    // plain SQL; and the body's members trained: the distinct listed
    // attendees plus the declared participants of the sessions without a list.
    void traineesMatchSql()
    {
        const int id = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE level = 1 ORDER BY gso_code LIMIT 1")).toInt();
        const qint64 trainees = count(QStringLiteral(R"SQL(
WITH RECURSIVE below(id) AS (SELECT %2 UNION ALL SELECT u.id FROM admin_unit u JOIN below b ON u.parent_id = b.id)
SELECT COALESCE(sum(CASE WHEN listed > 0 THEN listed ELSE COALESCE(participants_declared, 0) END), 0)
FROM (SELECT s.participants_declared, (SELECT count(*) FROM training_attendance ta WHERE ta.training_id = s.id) AS listed
      FROM training_session s JOIN organisation o ON o.id = s.organiser_id
      WHERE s.campaign_id = %1 AND o.unit_id IN (SELECT id FROM below)))SQL").arg(m_campaign).arg(id));
        QVERIFY(trainees > 0);
        const Appendix &table = m_doc.appendices.value(0);
        const int column = int(table.headers.indexOf(QStringLiteral("Lượt người được tập huấn")));
        QVERIFY(column > 0);
        const QString name = test::scalar(db(), QStringLiteral("SELECT name FROM admin_unit WHERE id = %1").arg(id)).toString();
        const auto row = std::find_if(table.rows.cbegin(), table.rows.cend(), [&](const QStringList &r) { return r.value(1) == name; });
        QVERIFY2(row != table.rows.cend(), qPrintable(name));
        QString digits = row->value(column);
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QCOMPARE(digits.toLongLong(), trainees);

        const qint64 trained = count(R"SQL(
SELECT (SELECT count(DISTINCT ta.member_id) FROM training_attendance ta JOIN training_session s ON s.id = ta.training_id
        WHERE s.campaign_id = %1)
     + (SELECT COALESCE(sum(participants_declared), 0) FROM training_session s WHERE s.campaign_id = %1
        AND NOT EXISTS (SELECT 1 FROM training_attendance ta WHERE ta.training_id = s.id)))SQL");
        QVERIFY(trained > 0);
        const QString sentence = text::formatNumber(trained) + QStringLiteral(" thành viên Tổ Công nghệ số cộng đồng");
        QVERIFY2(m_flat.contains(sentence), qPrintable(sentence));
    }

    // The table's header row is printed again on every page it runs over.
    void headerRepeatedOnEveryTablePage()
    {
        int tablePages = 0;
        for (const QString &page : std::as_const(m_pages)) {
            const QString flat = page.simplified();
            if (!flat.contains(QStringLiteral("Tỉnh Lai Châu")) && !flat.contains(QStringLiteral("Tổng cộng"))
                && !flat.contains(QStringLiteral("Thành phố Hà Nội")))
                continue;
            ++tablePages;
            QVERIFY2(flat.contains(QStringLiteral("Tỉnh, thành phố")), qPrintable(flat.left(200)));
        }
        QVERIFY(tablePages >= 1);
    }

    // Unknown is not zero: a province with nothing recorded reads "chưa báo
    // cáo" in the table and is named in the body.
    void provinceWithoutDataIsNamed()
    {
        const int id = test::scalar(db(), QStringLiteral("SELECT id FROM admin_unit WHERE level = 1 ORDER BY gso_code DESC LIMIT 1")).toInt();
        const QString name = test::scalar(db(), QStringLiteral("SELECT name FROM admin_unit WHERE id = %1").arg(id)).toString();
        QSqlQuery q(db());
        const QString below = QStringLiteral("WITH RECURSIVE b(id) AS (SELECT %1 UNION ALL SELECT u.id FROM admin_unit u JOIN b ON u.parent_id = b.id) ").arg(id);
        for (const QString &sql : QStringList{below + QStringLiteral("DELETE FROM team_member WHERE team_id IN (SELECT id FROM team WHERE campaign_id = %1 AND unit_id IN (SELECT id FROM b))"),
                                   below + QStringLiteral("DELETE FROM team WHERE campaign_id = %1 AND unit_id IN (SELECT id FROM b)"),
                                   below + QStringLiteral("DELETE FROM training_session WHERE campaign_id = %1 AND organiser_id IN (SELECT o.id FROM organisation o WHERE o.unit_id IN (SELECT id FROM b))"),
                                   below + QStringLiteral("DELETE FROM event WHERE campaign_id = %1 AND organiser_id IN (SELECT o.id FROM organisation o WHERE o.unit_id IN (SELECT id FROM b))"),
                                   below + QStringLiteral("DELETE FROM media_output WHERE campaign_id = %1 AND producer_id IN (SELECT o.id FROM organisation o WHERE o.unit_id IN (SELECT id FROM b))")})
            QVERIFY2(q.exec(sql.arg(m_campaign)), qPrintable(q.lastError().text()));
        OfficialDocument doc;
        QString error;
        QVERIFY2(buildReportDocument(db(), m_campaign, &doc, &error), qPrintable(error));
        const QString text = doc.plainText();
        QVERIFY2(text.contains(QStringLiteral("Chưa nhận được số liệu của ") + name), qPrintable(name));
        const Appendix &table = doc.appendices.value(0);
        const auto row = std::find_if(table.rows.cbegin(), table.rows.cend(),
                                      [&](const QStringList &r) { return r.value(1).startsWith(name); });
        QVERIFY(row != table.rows.cend());
        QCOMPARE(row->value(1), name + QStringLiteral(" (chưa báo cáo)"));
        QCOMPARE(row->value(int(table.headers.indexOf(QStringLiteral("Số Tổ CNSCĐ")))), QStringLiteral("–"));
        QCOMPARE(row->value(int(table.headers.indexOf(QStringLiteral("Số thành viên")))), QStringLiteral("–"));
    }

private:
    QSqlDatabase db() const { return m_database->connection(); }
    qint64 count(const char *sql) const
    {
        return test::scalar(db(), QString::fromUtf8(sql).arg(m_campaign)).toLongLong();
    }
    qint64 count(const QString &sql) const { return test::scalar(db(), sql).toLongLong(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_campaign = 0;
    OfficialDocument m_doc;
    QString m_pdf;
    QStringList m_pages;
    QString m_flat;
};

QTEST_MAIN(TestNationalReport)
#include "tst_nationalreport.moc"
