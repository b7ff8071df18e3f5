// From a figure in the report preview to the records behind it (issue #5,
// "Trust in the figures"): the renderer knows where each figure printed, the
// preview turns a click there into the drill-down of that figure, for a draft
// and for an issued copy, and the marks that carry a figure's key through the
// template never reach the PDF, the ODT, the plain text or the snapshot JSON.
#include "DialogWatchdog.h"
#include "TestDatabase.h"

#include "common/DataChangeNotifier.h"
#include "database/DatabaseWorker.h"
#include "dashboard/DrillDownDialog.h"
#include "report/OfficialDocument.h"
#include "report/ReportBuilder.h"
#include "report/ReportEditor.h"
#include "report/ReportOdt.h"
#include "report/ReportPage.h"
#include "report/ReportPreview.h"
#include "report/ReportRenderer.h"
#include "report/ReportTemplate.h"
#include "reports/ReportRegister.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>

using namespace cds;
using cds::test::exec;
using cds::test::scalar;

namespace {

const QString kCoverage = QStringLiteral("level3_coverage");

// The figure marks (ReportTemplate.h) and the rest of the noncharacter block
// they come from: none may ever reach an output.
bool hasMarks(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("[\\x{FDD0}-\\x{FDEF}]"));
    return text.contains(marks);
}

struct FoundArea
{
    int page = -1;
    ReportRenderer::FigureArea area;
};

FoundArea findArea(const ReportRenderer &renderer, const QString &key)
{
    for (int page = 0; page < renderer.pageCount(); ++page) {
        for (const ReportRenderer::FigureArea &area : renderer.figureAreas(page)) {
            if (area.key == key)
                return {page, area};
        }
    }
    return {};
}

// Words of one page of a PDF with their boxes, as poppler's `pdftotext -bbox`
// gives them, in millimetres from the top-left corner of the page.
QList<std::pair<QString, QRectF>> pdfWords(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"),
                                                QString::number(page + 1), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    constexpr qreal mmPerPoint = 25.4 / 72;
    QList<std::pair<QString, QRectF>> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()) * mmPerPoint,
                         QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()) * mmPerPoint);
        words.append({m.captured(5).normalized(QString::NormalizationForm_C), box});
    }
    return words;
}

QList<DrillDownDialog *> openDialogs(const QWidget &page)
{
    QList<DrillDownDialog *> dialogs;
    for (DrillDownDialog *dialog : page.findChildren<DrillDownDialog *>()) {
        if (dialog->isVisible())
            dialogs << dialog;
    }
    return dialogs;
}

// Clicks the figure area in the preview, after scrolling it into view.
QPoint centreOf(ReportPreview *preview, const FoundArea &found)
{
    preview->ensureVisible(found.page, found.area.rectMm);
    return preview->viewportRect(found.page, found.area.rectMm).center().toPoint();
}

} // namespace

class TestReportPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The records behind a figure are opened on purpose.
        test::closeUnexpectedDialogs(this, [](const QWidget *dialog) { return qobject_cast<const DrillDownDialog *>(dialog) != nullptr; });
    }

    // The marks: parsed into keys, stripped everywhere else.
    void marksBecomeKeys()
    {
        const QString marked = QStringLiteral("Có ") + markFigure(QStringLiteral("teams_total"), QStringLiteral("1.141"))
                               + QStringLiteral(" Tổ, *") + markFigure(kCoverage, QStringLiteral("173/173")) + QStringLiteral("* xã");
        QVERIFY(markFigure(kCoverage, QString()).isEmpty());
        QCOMPARE(stripFigureMarks(marked), QStringLiteral("Có 1.141 Tổ, *173/173* xã"));
        const QList<DocumentBlock> blocks = parseBodyMarkup(QStringLiteral("- ") + marked);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().plainText(), QStringLiteral("- Có 1.141 Tổ, 173/173 xã"));
        QStringList keyed;
        for (const TextRun &run : blocks.first().runs) {
            QVERIFY(!hasMarks(run.text));
            if (!run.figureKey.isEmpty())
                keyed << run.figureKey + u'=' + run.text + (run.italic ? QStringLiteral("/i") : QString());
        }
        QCOMPARE(keyed, QStringList({QStringLiteral("teams_total=1.141"), QStringLiteral("level3_coverage=173/173/i")}));
        const QVariantMap stripped = stripFigureMarks(QVariantMap{
                {QStringLiteral("a"), QVariantList{QVariantMap{{QStringLiteral("b"), marked}}}}, {QStringLiteral("n"), true}});
        QVERIFY(!hasMarks(QString::fromUtf8(QJsonDocument::fromVariant(stripped).toJson())));
        QCOMPARE(stripped.value(QStringLiteral("n")), QVariant(true));
    }

    // The renderer says where "173/173" printed, and the PDF has it there.
    void rendererKnowsWhereFiguresPrint()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const int report = scalar(db->connection(), QStringLiteral("SELECT max(id) FROM report WHERE campaign_id = %1").arg(campaign)).toInt();
        // The default wording, with one figure inside a bold stretch.
        QSqlQuery update(db->connection());
        update.prepare(QStringLiteral("UPDATE report SET body = ? WHERE id = ?"));
        update.addBindValue(QString(defaultReportBody()).replace(QStringLiteral("Đã thành lập {{teams.total}} Tổ Công nghệ số cộng đồng"),
                                                                 QStringLiteral("Đã thành lập **{{teams.total}} Tổ Công nghệ số cộng đồng**")));
        update.addBindValue(report);
        QVERIFY(update.exec());
        OfficialDocument document;
        QVariantMap context;
        QString error;
        QVERIFY2(buildReportDocumentForReport(db->connection(), report, &document, &error, &context), qPrintable(error));
        QVERIFY(document.plainText().contains(QStringLiteral("Đã thành lập 1.141 Tổ")));
        bool boldFigure = false;
        for (const DocumentBlock &block : std::as_const(document.body)) {
            for (const TextRun &run : block.runs)
                boldFigure = boldFigure || (run.bold && run.figureKey == QStringLiteral("teams_total") && run.text == QStringLiteral("1.141"));
        }
        QVERIFY(boldFigure);
        const QString coverage = context.value(QStringLiteral("figures")).toMap().value(kCoverage).toString();
        QCOMPARE(coverage, QStringLiteral("173/173"));

        const ReportRenderer renderer(document);
        const FoundArea found = findArea(renderer, kCoverage);
        QVERIFY(found.page >= 0);
        QCOMPARE(found.area.text, coverage);
        QVERIFY(!found.area.rectMm.isEmpty());
        // The keys change nothing that prints: the same document with the
        // figures' runs merged back into their neighbours paints the same pages.
        OfficialDocument unkeyed = document;
        for (DocumentBlock &block : unkeyed.body) {
            QList<TextRun> merged;
            for (const TextRun &run : std::as_const(block.runs)) {
                if (!merged.isEmpty() && merged.last().bold == run.bold && merged.last().italic == run.italic)
                    merged.last().text += run.text;
                else
                    merged << TextRun{run.text, run.italic, run.bold};
            }
            block.runs = merged;
        }
        const ReportRenderer unkeyedRenderer(unkeyed);
        QCOMPARE(unkeyedRenderer.pageCount(), renderer.pageCount());
        QCOMPARE(findArea(unkeyedRenderer, kCoverage).page, -1);
        for (int page = 0; page < renderer.pageCount(); ++page)
            QVERIFY2(renderer.renderPage(page, 150) == unkeyedRenderer.renderPage(page, 150), qPrintable(QString::number(page)));
        // Every area lies on its paper.
        for (int page = 0; page < renderer.pageCount(); ++page) {
            const QRectF paper(QPointF(), renderer.pageSizeMm(page));
            for (const ReportRenderer::FigureArea &area : renderer.figureAreas(page))
                QVERIFY2(paper.contains(area.rectMm), qPrintable(area.key));
        }

        // The same words in the PDF: poppler's box of "173/173" lies in the area.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
        QVERIFY2(renderer.exportPdf(pdf, &error), qPrintable(error));
        // (In the demo it prints once, in section II.2, on page 4.)
        QList<std::pair<int, QRectF>> boxes;
        for (int page = 0; page < renderer.pageCount(); ++page) {
            const auto words = pdfWords(pdf, page);
            if (words.isEmpty())
                QSKIP("pdftotext -bbox is unavailable");
            for (const auto &[text, box] : words) {
                if (text.startsWith(coverage))
                    boxes.append({page, box});
            }
        }
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first().first, found.page);
        const QRectF box = boxes.first().second;
        const QRectF area = found.area.rectMm;
        QVERIFY2(area.contains(box.center()), qPrintable(QStringLiteral("area %1,%2 %3×%4 mm, PDF word %5,%6 %7×%8 mm")
                                                                 .arg(area.x()).arg(area.y()).arg(area.width()).arg(area.height())
                                                                 .arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
        QVERIFY(std::abs(area.left() - box.left()) < 0.5);
        QVERIFY(std::abs(area.width() - box.width()) < 0.5);
    }

    // The marks never reach any output.
    void marksNeverLeak()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        const int report = scalar(c, QStringLiteral("SELECT max(id) FROM report WHERE campaign_id = %1").arg(campaign)).toInt();
        // A subject and a closing line with figures in them, and the appendix.
        exec(c, QStringLiteral("UPDATE report SET subject = subject || ' ({{teams.total}} Tổ, {{figures.level3_coverage}})', "
                               "closing_line = 'Kính báo cáo ({{figures.teams_total}})./.', appendix_teams = 1 WHERE id = %1").arg(report));
        OfficialDocument document;
        QVariantMap context;
        QString error;
        QVERIFY2(buildReportDocumentForReport(c, report, &document, &error, &context), qPrintable(error));
        QVERIFY(document.subjectLines.join(u'\n').contains(QStringLiteral("173/173")));
        QVERIFY(!hasMarks(document.subjectLines.join(u'\n')));
        QVERIFY(!hasMarks(document.closingLine));
        QVERIFY(!hasMarks(document.plainText()));
        QVERIFY(!hasMarks(QString::fromUtf8(QJsonDocument::fromVariant(context).toJson())));
        QVariantMap campaignContext;
        QVERIFY(buildReportContext(c, campaign, &campaignContext, &error));
        QVERIFY(!hasMarks(QString::fromUtf8(QJsonDocument::fromVariant(campaignContext).toJson())));
        int keyed = 0;
        for (const DocumentBlock &block : std::as_const(document.body)) {
            for (const TextRun &run : block.runs) {
                QVERIFY(!hasMarks(run.text) && !hasMarks(run.figureKey));
                keyed += run.figureKey.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY2(keyed >= 5, qPrintable(QString::number(keyed)));

        // The snapshot JSON keeps the keys (no marks) and reads back; one
        // written before the keys existed still loads.
        const QJsonObject json = documentToJson(document);
        const QString jsonText = QString::fromUtf8(QJsonDocument(json).toJson());
        QVERIFY(!hasMarks(jsonText));
        QVERIFY(jsonText.contains(QStringLiteral("\"figure\": \"level3_coverage\"")));
        OfficialDocument back;
        QVERIFY(documentFromJson(json, &back));
        QCOMPARE(QString::fromUtf8(QJsonDocument(documentToJson(back)).toJson()), jsonText);
        QVERIFY(findArea(ReportRenderer(back), kCoverage).page >= 0);
        QString oldText = jsonText;
        oldText.remove(QRegularExpression(QStringLiteral(",\\s*\"figure\": \"[a-z0-9_]+\"")));
        QVERIFY(!oldText.contains(QStringLiteral("\"figure\"")));
        OfficialDocument old;
        QVERIFY(documentFromJson(QJsonDocument::fromJson(oldText.toUtf8()).object(), &old));
        QCOMPARE(old.plainText(), document.plainText());
        QCOMPARE(findArea(ReportRenderer(old), kCoverage).page, -1);

        // PDF text (poppler) and the ODT's content.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
        QVERIFY2(ReportRenderer(document).exportPdf(pdf, &error), qPrintable(error));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        if (pdfText.isEmpty())
            QSKIP("pdftotext is unavailable");
        QVERIFY(pdfText.contains(QStringLiteral("173/173")));
        QVERIFY(!hasMarks(pdfText));
        // The PDF's title (the subject lines) and other metadata.
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
        QVERIFY(pdfinfo.waitForFinished(60000));
        const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
        QVERIFY2(info.contains(QStringLiteral("173/173")), qPrintable(info));
        QVERIFY(!hasMarks(info));
        const QString odt = dir.filePath(QStringLiteral("bao-cao.odt"));
        QVERIFY2(exportOdt(document, odt, &error), qPrintable(error));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished(60000));
        const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
        if (!content.isEmpty()) {
            QVERIFY(content.contains(QStringLiteral("173/173")));
            QVERIFY(!hasMarks(content));
        }
    }

    // Draft: hover, tooltip, click on "173/173" -> the communes; empty paper -> nothing.
    // With the window's worker, the page never runs the report's queries
    // itself: it says it is preparing the report, and the pages and the
    // editor's live figures arrive from the worker.
    void buildsOnTheWorker()
    {
        int campaign = 0;
        auto memory = test::openDemoDatabase(&campaign);
        QVERIFY(memory);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        test::exec(memory->connection(), QStringLiteral("VACUUM INTO '%1'").arg(path));
        Database database(QStringLiteral("report-page-worker"));
        const auto opened = database.open(path);
        QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
        DatabaseWorker worker(path);
        ReportPage page;
        page.setWorker(&worker);
        page.setCampaign(&database, campaign);
        QVERIFY(page.isBuilding());
        auto *message = page.findChild<QLabel *>(QStringLiteral("reportMessageLabel"));
        QVERIFY(message);
        QCOMPARE(message->text(), QStringLiteral("Preparing the report …"));
        QCOMPARE(page.pageCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBuilding(), 20000);
        QVERIFY(page.pageCount() >= 5);
        QVERIFY(message->text().isEmpty());
        auto *figures = page.findChild<QTreeWidget *>(QStringLiteral("figuresTreeWidget"));
        QVERIFY(figures);
        QVERIFY(figures->topLevelItemCount() > 5);
        page.setWorker(nullptr);
    }

    void clickOnFigureShowsRecords()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        ReportPage page;
        page.resize(1300, 850);
        QVERIFY(page.setCampaign(db.get(), campaign));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *preview = page.findChild<ReportPreview *>(QStringLiteral("reportPreviewWidget"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() >= 5);
        QCOMPARE(page.pageCount(), preview->pageCount());

        OfficialDocument document;
        QVERIFY(buildReportDocumentForReport(db->connection(), page.currentReportId(), &document, nullptr));
        const FoundArea found = findArea(ReportRenderer(document), kCoverage);
        QVERIFY(found.page >= 0);
        const QPoint centre = centreOf(preview, found);
        QVERIFY(preview->viewport()->rect().contains(centre));
        QCOMPARE(preview->figureAt(centre), kCoverage);

        // Hover: pointing hand and the tooltip "label = value — …".
        QTest::mouseMove(preview->viewport(), centre);
        QTRY_COMPARE(preview->viewport()->cursor().shape(), Qt::PointingHandCursor);
        QHelpEvent help(QEvent::ToolTip, centre, preview->viewport()->mapToGlobal(centre));
        QApplication::sendEvent(preview->viewport(), &help);
        QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("Tổ cấp xã / đơn vị hành chính = 173/173")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // As many rows as communes: the "173" after the slash.
        const int communes = found.area.text.section(u'/', 1).toInt();
        QCOMPARE(communes, 173);
        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(openDialogs(page).size(), 1);
        DrillDownDialog *records = openDialogs(page).first();
        QCOMPARE(records->model()->rowCount(), communes);
        records->close();
        QTRY_COMPARE(openDialogs(page).size(), 0);

        // Empty paper: the left margin of the figure's page, and a point
        // between two figures' lines; the grey around the pages.
        const QRectF margin(5, found.area.rectMm.top(), 10, found.area.rectMm.height());
        const QPoint onMargin = preview->viewportRect(found.page, margin).center().toPoint();
        QVERIFY(preview->viewport()->rect().contains(onMargin));
        QVERIFY(preview->figureAt(onMargin).isEmpty());
        QTest::mouseMove(preview->viewport(), onMargin);
        QTRY_VERIFY(preview->viewport()->cursor().shape() != Qt::PointingHandCursor);
        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, onMargin);
        QTest::qWait(200);
        QCOMPARE(openDialogs(page).size(), 0);

        // The keyboard: Tab reaches the figures, Enter opens the records.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        preview->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(preview->hasFocus());
        QTest::keyClick(preview, Qt::Key_Tab);
        QVERIFY(preview->hasFocus());
        QTest::keyClick(preview, Qt::Key_Return);
        QTRY_COMPARE(openDialogs(page).size(), 1);
        openDialogs(page).first()->close();
        QTRY_COMPARE(openDialogs(page).size(), 0);

        // Zoom keeps the areas on the figure.
        preview->zoomIn();
        preview->zoomIn();
        const QPoint zoomed = centreOf(preview, found);
        QCOMPARE(preview->figureAt(zoomed), kCoverage);
    }

    // Issued: the frozen copy is clickable too, and the list is today's data.
    void issuedCopyShowsTodaysRecords()
    {
        int campaign = 0;
        auto db = test::openDemoDatabase(&campaign);
        QVERIFY(db);
        const QSqlDatabase c = db->connection();
        const int report = scalar(c, QStringLiteral("SELECT max(id) FROM report WHERE campaign_id = %1").arg(campaign)).toInt();
        ReportRegister reg(c);
        QString error;
        QVERIFY2(reg.assignNumber(report, 5, QDate(2022, 10, 7), &error), qPrintable(error));
        QVERIFY2(reg.issue(report, &error), qPrintable(error));
        // The data changes after issuing: one commune team fewer.
        exec(c, QStringLiteral("DELETE FROM team WHERE level = 3 AND id = (SELECT max(id) FROM team WHERE level = 3)"));
        DataChangeNotifier::instance()->notifyChanged(QStringLiteral("team"));

        ReportPage page;
        page.resize(1300, 850);
        QVERIFY(page.setCampaign(db.get(), campaign));
        QVERIFY(page.selectReport(report));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *preview = page.findChild<ReportPreview *>(QStringLiteral("reportPreviewWidget"));
        QTRY_VERIFY(preview->pageCount() >= 5);

        ReportSnapshot snapshot;
        QVERIFY(reg.snapshot(report, &snapshot, &error));
        const FoundArea found = findArea(ReportRenderer(snapshot.document), kCoverage);
        QVERIFY(found.page >= 0);
        QCOMPARE(found.area.text, QStringLiteral("173/173"));
        const QPoint centre = centreOf(preview, found);
        QCOMPARE(preview->figureAt(centre), kCoverage);
        QHelpEvent help(QEvent::ToolTip, centre, preview->viewport()->mapToGlobal(centre));
        QApplication::sendEvent(preview->viewport(), &help);
        QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("173/173 as issued")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(openDialogs(page).size(), 1);
        DrillDownDialog *records = openDialogs(page).first();
        QCOMPARE(records->model()->rowCount(), 173);
        QStringList texts;
        for (const QLabel *label : records->findChildren<QLabel *>())
            texts << label->text();
        const QString shown = texts.join(u'\n');
        QVERIFY2(shown.contains(QStringLiteral("Today's records")) && shown.contains(QStringLiteral("172/173"))
                         && shown.contains(QStringLiteral("The issued report prints 173/173")),
                 qPrintable(shown));
        records->close();
    }
};

QTEST_MAIN(TestReportPreview)
#include "tst_reportpreview.moc"
