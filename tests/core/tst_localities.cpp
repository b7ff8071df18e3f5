#include "CliRun.h"
#include "PdfText.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Localities other than the Quảng Ngãi demo, each set up from nothing with
// the command line alone, as a department scripts its yearly set-up: the
// national unit list, the letterhead and signer, the campaign with its
// levels in scope, the villages and teams from CSV files, then the report
// exported without a draft. The printed text is then read back and checked
// figure by figure against what the fixture's public facts make it
// (tests/fixtures/localities/<name>/README.md says which facts and which
// sample values).
//
// setup.txt: one command per line, the arguments after `cdsdesk --db DB`
// ({dir}: the fixture's folder, {out}: a temporary folder). A line
// `expect-fail CODE "TEXT" ARGS…` must exit with CODE and print TEXT on
// stderr (and, being refused, change nothing the later lines rely on).
// expected.txt: `+ TEXT` must be in the report's text, `- TEXT` must not
// (white space folded to single spaces, pages joined).
class LocalitiesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportSaysWhatTheDataSays_data();
    void reportSaysWhatTheDataSays();

private:
    QTemporaryDir m_home;
};

namespace {

QString fixturesDir()
{
    return qEnvironmentVariable("CDS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/localities");
}

QString folded(const QString &text)
{
    return text.simplified();
}

} // namespace

void LocalitiesTest::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("CDS_SOURCE_DIR"));
    QVERIFY(m_home.isValid());
}

void LocalitiesTest::reportSaysWhatTheDataSays_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList folders = QDir(fixturesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(folders.size() >= 3);
    for (const QString &folder : folders)
        QTest::newRow(qPrintable(folder)) << fixturesDir() + u'/' + folder;
}

void LocalitiesTest::reportSaysWhatTheDataSays()
{
    QFETCH(QString, folder);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString db = out.filePath(QStringLiteral("locality.sqlite"));

    QFile setup(folder + QStringLiteral("/setup.txt"));
    QVERIFY2(setup.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(setup.fileName()));
    int lineNumber = 0;
    int commands = 0;
    for (const QByteArray &raw : setup.readAll().split('\n')) {
        ++lineNumber;
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        line.replace(QStringLiteral("{dir}"), folder).replace(QStringLiteral("{out}"), out.path());
        QStringList arguments = QProcess::splitCommand(line);
        int expectedCode = 0;
        QString expectedError;
        if (arguments.value(0) == QStringLiteral("expect-fail")) {
            QVERIFY2(arguments.size() > 3, qPrintable(QStringLiteral("setup.txt:%1").arg(lineNumber)));
            expectedCode = arguments.at(1).toInt();
            expectedError = arguments.at(2);
            arguments = arguments.mid(3);
        }
        const cds::test::CliResult run = cds::test::runCdsDesk(
                QStringLiteral(CDSDESK_EXECUTABLE), QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
                m_home.path(), 300000);
        const QString context = QStringLiteral("setup.txt:%1 %2\nexit %3\nout: %4\nerr: %5")
                                        .arg(lineNumber).arg(line).arg(run.exitCode).arg(run.out, run.err);
        QVERIFY2(run.exitCode == expectedCode, qPrintable(context));
        if (!expectedError.isEmpty())
            QVERIFY2(run.err.contains(expectedError), qPrintable(context));
        // Every command says what it did (or what was wrong) in words.
        QVERIFY2(!(expectedCode == 0 ? run.out : run.err).trimmed().isEmpty(), qPrintable(context));
        ++commands;
    }
    QVERIFY(commands >= 5);

    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(QFile::exists(pdf), "setup.txt must export {out}/report.pdf");
    const QStringList pages = cds::test::pdfPageTexts(pdf);
    QVERIFY2(!pages.isEmpty(), qPrintable(cds::test::lastError()));
    const QString text = folded(pages.join(u' '));

    QFile expected(folder + QStringLiteral("/expected.txt"));
    QVERIFY2(expected.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(expected.fileName()));
    int checks = 0;
    for (const QByteArray &raw : expected.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QStringLiteral("+ "))) {
            QVERIFY2(text.contains(folded(line.mid(2))),
                     qPrintable(QStringLiteral("missing: %1\n--- report text ---\n%2").arg(line.mid(2), text)));
            ++checks;
        } else if (line.startsWith(QStringLiteral("- "))) {
            QVERIFY2(!text.contains(folded(line.mid(2))),
                     qPrintable(QStringLiteral("must not print: %1\n--- report text ---\n%2").arg(line.mid(2), text)));
            ++checks;
        }
    }
    QVERIFY(checks >= 8);
}

QTEST_GUILESS_MAIN(LocalitiesTest)
#include "tst_localities.moc"
