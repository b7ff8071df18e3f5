#include "CliRun.h"
#include "PdfText.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs the built cdsdesk executable headless, as a script or CI job would:
// no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM in its environment.
class CommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsVersion();
    void helpIsInOneLanguage();
    void exportsReportAndDashboard();
    void exportsDashboardPdf();
    void exportsReportForWordProcessors();
    void refusedDatabaseFails();
    void badArgumentsGetAMessageWithoutDisplay_data();
    void badArgumentsGetAMessageWithoutDisplay();
    void emptyDatabaseWithoutDemoFails();
    void damagedIndexStopsTheReport();
    void importsTrainings();

private:
    using Result = cds::test::CliResult;
    Result run(const QStringList &arguments) const;

    QTemporaryDir m_home;
};

void CommandLineTest::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CDSDESK_EXECUTABLE)));
    QVERIFY(m_home.isValid());
}

CommandLineTest::Result CommandLineTest::run(const QStringList &arguments) const
{
    return cds::test::runCdsDesk(QStringLiteral(CDSDESK_EXECUTABLE), arguments, m_home.path());
}

void CommandLineTest::printsVersion()
{
    const Result result = run({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("cdsdesk " CDS_VERSION));
}

// --help reads in the chosen language only: Qt's own lines, the options, their
// value names and the positional argument.
void CommandLineTest::helpIsInOneLanguage()
{
    const Result vi = run({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("vi") });
    QCOMPARE(vi.exitCode, 0);
    for (const char *word : { "Cách dùng", "Tùy chọn:", "Đối số:", "<TỆP>", "[TỆP-NHẬP]" })
        QVERIFY2(vi.out.contains(QString::fromUtf8(word)), word);
    for (const char *word : { "Usage", "Options:", "Arguments:", "INPUT", "<FILE>", "Displays", "The file" })
        QVERIFY2(!vi.out.contains(QString::fromUtf8(word)), word);
    const Result en = run({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(en.exitCode, 0);
    for (const char *word : { "Usage", "Options:", "[INPUT]", "<FILE>" })
        QVERIFY2(en.out.contains(QString::fromUtf8(word)), word);
    for (const char *word : { "Cách dùng", "Tùy chọn", "tệp" })
        QVERIFY2(!en.out.contains(QString::fromUtf8(word)), word);
}

void CommandLineTest::exportsReportAndDashboard()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    const QString png = dir.filePath(QStringLiteral("dashboard.png"));

    const Result report =
            run({ QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--lang"),
                  QStringLiteral("en"), QStringLiteral("--export-report"), pdf });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(pdf), qPrintable(report.out));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QStringList pages = cds::test::pdfPageTexts(pdf);
    if (pages.isEmpty())
        qWarning("pdftotext unavailable, report text not checked: %s",
                 qPrintable(cds::test::lastError()));
    else
        QVERIFY(pages.join(QLatin1Char('\n')).contains(QStringLiteral("1.141")));

    // The demo is already there: a second run must not add another campaign.
    const Result dashboard = run({ QStringLiteral("--db"), db, QStringLiteral("--demo"),
                                   QStringLiteral("--export-dashboard"), png });
    QVERIFY2(dashboard.exitCode == 0, qPrintable(dashboard.err));
    QVERIFY2(dashboard.out.contains(png), qPrintable(dashboard.out));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 1000));
}

void CommandLineTest::exportsDashboardPdf()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("tong-quan.pdf"));
    const Result result = run({ QStringLiteral("--db"), db, QStringLiteral("--demo"),
                                QStringLiteral("--export-dashboard"), pdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

// --export-report picks the format by the extension: a zip package holding
// word/document.xml for .docx, content.xml for .odt.
void CommandLineTest::exportsReportForWordProcessors()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString docx = dir.filePath(QStringLiteral("bao-cao.docx"));
    const QString odt = dir.filePath(QStringLiteral("bao-cao.ODT"));
    const Result result = run({ QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--export-report"), docx, QStringLiteral("--export-report"), odt });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(docx) && result.out.contains(odt), qPrintable(result.out));
    for (const auto &[path, part] : { std::pair{ docx, QByteArrayLiteral("word/document.xml") },
                                      std::pair{ odt, QByteArrayLiteral("content.xml") } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QVERIFY2(bytes.contains(part), qPrintable(path));
    }
    // Any other extension: a message naming the formats, exit code 2, no file.
    const QString rtf = dir.filePath(QStringLiteral("bao-cao.rtf"));
    const Result refused = run({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--export-report"), rtf });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("*.docx")) && refused.err.contains(QStringLiteral("bao-cao.rtf")),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(rtf));
}

void CommandLineTest::refusedDatabaseFails()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("other.sqlite"));
    const QByteArray garbage = QByteArray("not a database\n").repeated(200);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const Result result = run({ QStringLiteral("--db"), db, QStringLiteral("--demo"),
                                QStringLiteral("--export-report"), pdf });
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(db), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void CommandLineTest::badArgumentsGetAMessageWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{ QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("stray file") << QStringList{ QStringLiteral("foo.csv") } << QStringLiteral("foo.csv");
    QTest::newRow("window without display") << QStringList{} << QStringLiteral("--export-report");
    QTest::newRow("dashboard as jpg") << QStringList{ QStringLiteral("--demo"), QStringLiteral("--export-dashboard"), QStringLiteral("x.jpg") }
                                      << QStringLiteral("x.jpg");
    QTest::newRow("report as txt") << QStringList{ QStringLiteral("--demo"), QStringLiteral("--export-report"), QStringLiteral("x.txt") }
                                   << QStringLiteral("x.txt");
}

void CommandLineTest::badArgumentsGetAMessageWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bad-args.sqlite"));
    const Result result = run(QStringList{ QStringLiteral("--db"), db } + arguments);
    // A message and a plain failure, never Qt's abort for a missing display (134).
    QVERIFY2(result.exitCode == 1 || result.exitCode == 2, qPrintable(QString::number(result.exitCode) + result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.jpg")) && !QFile::exists(QStringLiteral("x.txt")));
}

void CommandLineTest::emptyDatabaseWithoutDemoFails()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const Result result =
            run({ QStringLiteral("--db"), db, QStringLiteral("--export-dashboard"), png });
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.err.contains(QStringLiteral("--demo")));
    QVERIFY(!QFile::exists(png));
}

// A file whose index no longer matches its table opens (the quick check
// passes), but --export-report runs the full check first and prints nothing.
void CommandLineTest::damagedIndexStopsTheReport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    QCOMPARE(run({ QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--export-report"), pdf }).exitCode, 0);
    QVERIFY(QFile::remove(pdf));
    qint64 root = 0;
    qint64 pageSize = 0;
    QByteArray key;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX test_campaign_name ON campaign(name)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'test_campaign_name'")) && q.next());
        root = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM campaign LIMIT 1")) && q.next());
        key = q.value(0).toString().toUtf8();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * pageSize));
    const qsizetype at = file.read(pageSize).indexOf(key);
    QVERIFY(at >= 0);
    QVERIFY(file.seek((root - 1) * pageSize + at));
    QVERIFY(file.write("X", 1) == 1);
    file.close();

    const Result result = run({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--export-report"), pdf });
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QStringLiteral("found damage")), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
}

// --import trainings: a bad row is refused with its line and column and
// nothing written; a good file adds the session, which the report then prints.
void CommandLineTest::importsTrainings()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    Result result = run({ QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--export-report"), pdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QString csv = dir.filePath(QStringLiteral("trainings.csv"));
    const auto writeCsv = [&csv](const QString &date) {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write((QStringLiteral("Title;Start date;Organiser;Partners;Declared participants;Report sentence\n"
                                   "Lớp kỹ năng số cho thanh niên;")
                    + date
                    + QStringLiteral(";STTTT;Tỉnh đoàn Quảng Ngãi;75;Mở lớp kỹ năng số cho {participants} đoàn viên.\n"))
                           .toUtf8());
        return true;
    };
    const auto sessions = [&db] {
        QStringList rows;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trainings"));
            raw.setDatabaseName(db);
            if (raw.open()) {
                QSqlQuery q(raw);
                q.exec(QStringLiteral("SELECT s.start_date, s.participants_declared, o.name FROM training_session s "
                                      "JOIN training_partner p ON p.training_id = s.id JOIN organisation o ON "
                                      "o.id = p.organisation_id WHERE s.title = 'Lớp kỹ năng số cho thanh niên'"));
                while (q.next())
                    rows << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString();
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trainings"));
        return rows;
    };

    QVERIFY(writeCsv(QStringLiteral("32/10/2022")));
    result = run({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--import"), QStringLiteral("trainings"), csv });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("Line 2, column 2 (Start date): “32/10/2022” is not a date of the "
                                                "calendar")),
             qPrintable(result.err));
    QCOMPARE(sessions(), QStringList());

    QVERIFY(writeCsv(QStringLiteral("18/10/2022")));
    result = run({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--import"), QStringLiteral("trainings"), csv });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Imported 1 training sessions from trainings.csv")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("1 new, 0 changed, 0 unchanged")), qPrintable(result.out));
    QCOMPARE(sessions(), QStringList(QStringLiteral("2022-10-18|75|Tỉnh đoàn Quảng Ngãi")));

    result = run({ QStringLiteral("--db"), db, QStringLiteral("--export-report"), pdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList pages = cds::test::pdfPageTexts(pdf);
    if (pages.isEmpty())
        qWarning("pdftotext unavailable, report text not checked: %s", qPrintable(cds::test::lastError()));
    else
        QVERIFY2(pages.join(u' ').simplified().contains(QStringLiteral("Mở lớp kỹ năng số cho 75 đoàn viên.")),
                 qPrintable(pages.join(u'\n')));
}

QTEST_MAIN(CommandLineTest)
#include "tst_commandline.moc"
