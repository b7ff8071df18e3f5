#include "CommandLine.h"
#include "cli/IntakeCommands.h"
#include "cli/SetupCommands.h"
#include "cli/SetupProvinceCommand.h"

#include "dashboard/DashboardExport.h"
#include "database/Database.h"
#include "database/IntegrityCheck.h"
#include "demo/DemoCampaign.h"
#include "generator/NationalGenerator.h"
#include "import/Importer.h"
#include "backup/Backup.h"
#include "text/VietnameseText.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "report/ReportBuilder.h"
#include "report/ReportDocx.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "reports/ReportRegister.h"
#include "statistics/CampaignStatistics.h"
#include "common/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <cstdlib>
#include <functional>

namespace cds {

namespace {

bool isEnvironmentSet(const char *name)
{
    const char *value = std::getenv(name);
    return value && *value;
}

// The language asked for with --lang, read before the parser exists so that
// the option descriptions are already translated.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(QStringLiteral("--lang=")))
            return argument.mid(7);
    }
    return QString();
}

// Peak resident memory of this process in kB (VmHWM), or -1 where unknown.
qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs then once window has been painted for the first time (after that
// paint and the flush to the screen that follows it).
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_done = false;
};

void afterFirstPaint(QWidget *window, std::function<void()> then)
{
    new FirstPaintWatcher(window, std::move(then));
}

// The benchmark probe (CDSDESK_BENCHMARK_STARTUP): one line on stdout with
// the peak memory so far.
void printProbe(const char *what)
{
    QTextStream(stdout) << what << " peak-kb=" << peakMemoryKb() << Qt::endl;
}

} // namespace

// Set when there is no display and no platform was asked for: the command
// line then runs on the offscreen platform and refuses to open a window.
bool g_noDisplay = false;

void prepareHeadlessPlatform(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (isEnvironmentSet("QT_QPA_PLATFORM") || isEnvironmentSet("DISPLAY")
        || isEnvironmentSet("WAYLAND_DISPLAY"))
        return;
    // Offscreen in every case without a display, so that a wrong option is
    // answered with a message instead of Qt aborting on a missing xcb display.
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    g_noDisplay = true;
    qputenv("QT_QPA_PLATFORM", "offscreen");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
}

// The command line's translatable texts live in this class's context.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cds::CommandLine)

public:
    static int run(QApplication &app);

private:
    static int runHeadless(const QCommandLineParser &parser, const QString &databasePath,
                           int campaignId, bool demo);
    static int runBackup(const QString &databasePath, const QString &target);
    static int runRestore(const QString &databasePath, const QString &backupPath, bool confirmed);
    static int runImport(const QCommandLineParser &parser, const QString &databasePath,
                         int campaignId);
    static int runGenerate(const QString &databasePath, const QString &planName);
    static int fail(const QString &message);
};

int CommandLine::fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 2;
}

int CommandLine::run(QApplication &app)
{
    QString language = languageArgument(app.arguments());
    if (language.isEmpty())
        language = storedLanguage();
    const bool languageKnown = installTranslators(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CDS Desk: community digital technology teams, digital "
                                        "transformation campaigns and the official report."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            tr("Use the database FILE (created if missing). Default: %1")
                    .arg(QDir::toNativeSeparators(Database::defaultPath())),
            tr("FILE"));
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            tr("Load the 2022 Quảng Ngãi demo campaign when the database has no campaign."));
    const QCommandLineOption campaignOption(
            QStringLiteral("campaign"),
            tr("Show or export the campaign with this id (default: the latest)."), tr("ID"));
    const QCommandLineOption exportReportOption(
            QStringLiteral("export-report"),
            tr("Write the official report to FILE and exit: PDF, Word (DOCX) or OpenDocument (ODT) by the "
               "file's extension (.pdf, .docx, .odt)."),
            tr("FILE"));
    const QCommandLineOption exportDashboardOption(
            QStringLiteral("export-dashboard"),
            tr("Write the dashboard as PNG or PDF (by extension) to FILE and exit."), tr("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("Interface language: vi or en."), tr("LANGUAGE"));
    const QCommandLineOption importOption(
            QStringLiteral("import"),
            tr("Import the CSV file or Excel workbook (.xlsx) INPUT holding KIND (%1) and exit; "
               "nothing is imported if any row is wrong.")
                    .arg(import::kindNames().join(QStringLiteral(", "))),
            tr("KIND"));
    const QCommandLineOption encodingOption(
            QStringLiteral("encoding"),
            tr("Text encoding of the imported file: auto (default), utf-8, utf-16, "
               "windows-1258, tcvn3 or vni."),
            tr("ENCODING"));
    const QCommandLineOption exportIntakeOption(
            QStringLiteral("export-intake"),
            tr("Write the campaign's intake workbooks (Excel, one per district, or per commune in a "
               "province without districts) into FOLDER and exit; import a filled one with "
               "--import intake."),
            tr("FOLDER"));
    const QCommandLineOption sheetOption(
            QStringLiteral("sheet"),
            tr("With --import of an Excel workbook: the sheet to read (default: the first)."),
            tr("NAME"));
    const QCommandLineOption backupOption(
            QStringLiteral("backup"),
            tr("Write a checked backup of the database to FILE (never overwritten) and exit."),
            tr("FILE"));
    const QCommandLineOption restoreOption(
            QStringLiteral("restore"),
            tr("Show what the backup FILE holds; with --yes, replace the database by it (a safety "
               "copy of the database is kept in its backups folder) and exit."),
            tr("FILE"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       tr("Confirm --restore without asking."));
    const QCommandLineOption generateOption(
            QStringLiteral("generate"),
            tr("Fill a new, empty database with generated sample data of the size SIZE (%1) and "
               "exit; an existing database is never written to.")
                    .arg(generatorPlanNames().join(QStringLiteral(", "))),
            tr("SIZE"));
    const QCommandLineOption createOption(
            QStringLiteral("create"),
            tr("Create one record of KIND (%1) from the --set values and exit.")
                    .arg(cli::createKinds().join(QStringLiteral(", "))),
            tr("KIND"));
    const QCommandLineOption setOption(
            QStringLiteral("set"),
            tr("With --create: one field of the record as key=value (repeat the option for each "
               "field; a wrong key names the known ones)."),
            tr("KEY=VALUE"));
    parser.addOptions({ createOption, setOption });
    parser.addOptions({ dbOption, demoOption, campaignOption, exportReportOption,
                        exportDashboardOption, languageOption, importOption, encodingOption,
                        sheetOption, exportIntakeOption });
    const QCommandLineOption setupProvinceOption(
            QStringLiteral("setup-province"),
            tr("Set up the province PROVINCE (GSO code or name) with its units from the national list "
               "(see --units-list) and exit."),
            tr("PROVINCE"));
    const QCommandLineOption unitsListOption(
            QStringLiteral("units-list"),
            tr("With --setup-province: 2025 (default; in force from 01/07/2025) or 2024 (as of 01/03/2025)."),
            tr("LIST"));
    parser.addOptions({ backupOption, restoreOption, yesOption, generateOption });
    parser.addOptions({ setupProvinceOption, unitsListOption });
    // The placeholder's name is translated like the options' value names, so
    // the Vietnamese help reads in one language.
    parser.addPositionalArgument(tr("INPUT"), tr("The file to import (with --import)."),
                                 QStringLiteral("[%1]").arg(tr("INPUT")));
    parser.process(app);

    if (!languageKnown) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("Unknown language \"%1\"; use vi or en.").arg(language)
                            << Qt::endl;
        return 1;
    }

    int campaignId = 0;
    if (parser.isSet(campaignOption)) {
        bool ok = false;
        campaignId = parser.value(campaignOption).toInt(&ok);
        if (!ok || campaignId <= 0) {
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << tr("The campaign id must be a positive number, not \"%1\".")
                                           .arg(parser.value(campaignOption))
                                << Qt::endl;
            return 1;
        }
    }
    const QString databasePath =
            parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    const bool demo = parser.isSet(demoOption);

    if (parser.isSet(backupOption))
        return runBackup(databasePath, parser.value(backupOption));
    if (parser.isSet(restoreOption))
        return runRestore(databasePath, parser.value(restoreOption), parser.isSet(yesOption));
    if (parser.isSet(exportIntakeOption))
        return cli::runExportIntake(databasePath, parser.value(exportIntakeOption), campaignId);
    if (parser.isSet(importOption) && parser.value(importOption) == QStringLiteral("intake")) {
        if (parser.positionalArguments().size() != 1)
            return fail(tr("--import needs exactly one INPUT file."));
        return cli::runImportIntake(databasePath, parser.positionalArguments().constFirst(),
                                    campaignId);
    }
    if (parser.isSet(importOption))
        return runImport(parser, databasePath, campaignId);
    if (parser.isSet(createOption))
        return cli::runCreate(databasePath, parser.value(createOption), parser.values(setOption));
    if (parser.isSet(setupProvinceOption))
        return runSetupProvince(databasePath, parser.value(setupProvinceOption), parser.value(unitsListOption));
    if (parser.isSet(generateOption)) {
        if (!parser.isSet(dbOption)) {
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << tr("--generate needs --db FILE naming a new database file.")
                                << Qt::endl;
            return 1;
        }
        return runGenerate(databasePath, parser.value(generateOption));
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("Unexpected argument \"%1\" (a file to import goes with --import KIND).")
                                       .arg(parser.positionalArguments().constFirst())
                            << Qt::endl;
        return 1;
    }
    if (parser.isSet(exportReportOption) || parser.isSet(exportDashboardOption))
        return runHeadless(parser, databasePath, campaignId, demo);
    if (g_noDisplay) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("There is no display to open the window on. Without one, use "
                                  "--export-report, --export-dashboard, --import or --backup "
                                  "(see --help).")
                            << Qt::endl;
        return 1;
    }

    MainWindow window;
    // The window is shown and painted first ("Opening …"); the database is
    // opened (its checks, the dashboard's figures) right after that paint.
    window.showOpening(databasePath);
    window.show();
    // A probe for the start-up and memory benchmarks (tests/benchmarks): with
    // CDSDESK_BENCHMARK_STARTUP=1 the app prints "cdsdesk-first-paint" when
    // the window has painted for the first time, then "cdsdesk-ready" when
    // the database is open and the dashboard (or, with
    // CDSDESK_BENCHMARK_PAGE=<record kind>, that list) is shown and painted,
    // each with the peak memory so far, and quits without the backup on exit.
    const bool probe = qEnvironmentVariableIntValue("CDSDESK_BENCHMARK_STARTUP") == 1;
    const QString probePage = qEnvironmentVariable("CDSDESK_BENCHMARK_PAGE");
    afterFirstPaint(&window, [&window, probe, probePage, databasePath, demo, campaignId] {
        if (probe)
            printProbe("cdsdesk-first-paint");
        if (window.openDatabase(databasePath)) {
            if (!window.hasCampaign() && demo)
                window.loadDemoCampaign();
            if (campaignId != 0 && window.hasCampaign() && !window.setCampaign(campaignId)) {
                MessageBox::warning(
                        &window, tr("Campaign"),
                        tr("The database has no campaign with id %1; showing the latest one.")
                                .arg(campaignId));
            }
        }
        if (!probe)
            return;
        if (!probePage.isEmpty())
            window.showRecordPage(probePage);
        window.repaint();
        QTimer::singleShot(0, &window, [] {
            printProbe("cdsdesk-ready");
            QCoreApplication::exit(0);
        });
    });
    return app.exec();
}

int CommandLine::runHeadless(const QCommandLineParser &parser, const QString &databasePath,
                             int campaignId, bool demo)
{
    // The format follows the file name; anything else is refused before work starts.
    for (const QString &path : parser.values(QStringLiteral("export-report"))) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("docx") && suffix != QStringLiteral("odt"))
            return fail(tr("The report is written as PDF, DOCX or ODT: name the file *.pdf, *.docx or *.odt, not %1.")
                                .arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &path : parser.values(QStringLiteral("export-dashboard"))) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("png"))
            return fail(tr("The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.")
                                .arg(QDir::toNativeSeparators(path)));
    }

    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(tr("Cannot open the database %1: %2")
                            .arg(QDir::toNativeSeparators(databasePath), opened.message));

    // The full check before anything is printed: a file whose index pages are
    // damaged passes the quick check of opening and would print wrong figures.
    if (!parser.values(QStringLiteral("export-report")).isEmpty()) {
        if (const QString problem = integrity::fullCheckProblem(databasePath); !problem.isEmpty())
            return fail(integrity::damagedMessage(databasePath, problem));
    }

    QString error;
    if (campaignId == 0) {
        campaignId = latestCampaignId(database.connection());
        if (campaignId == 0 && demo) {
            campaignId = createDemoCampaign(database.connection(), &error);
            if (campaignId == 0)
                return fail(tr("The demo campaign was not loaded: %1").arg(error));
        }
        if (campaignId == 0)
            return fail(
                    tr("The database %1 holds no campaign (add --demo to load the demo campaign).")
                            .arg(QDir::toNativeSeparators(databasePath)));
    }

    QTextStream out(stdout);
    const QStringList reportPaths = parser.values(QStringLiteral("export-report"));
    for (const QString &path : reportPaths) {
        OfficialDocument document;
        if (!ReportRegister(database.connection()).buildCurrentReport(campaignId, &document, &error))
            return fail(tr("The report cannot be built: %1").arg(error));
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool written = suffix == QStringLiteral("docx") ? exportDocx(document, path, &error)
                : suffix == QStringLiteral("odt")             ? exportOdt(document, path, &error)
                                                              : ReportRenderer(document).exportPdf(path, &error);
        if (!written)
            return fail(tr("The report was not written to %1: %2")
                                .arg(QDir::toNativeSeparators(path), error));
        out << tr("Report written to %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << Qt::endl;
    }
    const QStringList dashboardPaths = parser.values(QStringLiteral("export-dashboard"));
    for (const QString &path : dashboardPaths) {
        if (!exportDashboard(database, campaignId, path, &error))
            return fail(tr("The dashboard was not written to %1: %2")
                                .arg(QDir::toNativeSeparators(path), error));
        out << tr("Dashboard written to %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << Qt::endl;
    }
    return 0;
}

int CommandLine::runImport(const QCommandLineParser &parser, const QString &databasePath,
                           int campaignId)
{
    bool known = false;
    import::ImportOptions options;
    options.kind = import::kindFromName(parser.value(QStringLiteral("import")), &known);
    if (!known) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("Unknown kind \"%1\"; use one of %2.")
                                       .arg(parser.value(QStringLiteral("import")),
                                            import::kindNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.encoding =
                import::encodingFromName(parser.value(QStringLiteral("encoding")), &known);
        if (!known) {
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << tr("Unknown encoding \"%1\".")
                                           .arg(parser.value(QStringLiteral("encoding")))
                                << Qt::endl;
            return 1;
        }
    }
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("--import needs exactly one INPUT file.") << Qt::endl;
        return 1;
    }
    const QString input = parser.positionalArguments().constFirst();
    options.campaignId = campaignId;
    options.sheet = parser.value(QStringLiteral("sheet"));

    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(tr("Cannot open the database %1: %2")
                            .arg(QDir::toNativeSeparators(databasePath), opened.message));
    const import::ImportResult result = import::importFile(database.connection(), input, options);
    if (!result.imported) {
        QTextStream err(stderr);
        err << QCoreApplication::applicationName() << ": "
            << tr("Nothing was imported from %1:").arg(QDir::toNativeSeparators(input)) << Qt::endl;
        for (const import::ImportProblem &problem : result.problems)
            err << problem.toText() << Qt::endl;
        return 3;
    }
    QTextStream out(stdout);
    out << import::importSummary(options.kind, result.rowCount, QFileInfo(input).fileName())
        << Qt::endl;
    // A corrected file: what it added, what it changed (before → after).
    out << import::importCounts(result) << Qt::endl;
    for (const QString &change : result.changes)
        out << "  " << change << Qt::endl;
    for (const import::ImportProblem &warning : result.warnings)
        out << tr("Warning: %1").arg(warning.toText()) << Qt::endl;
    return 0;
}

int CommandLine::runGenerate(const QString &databasePath, const QString &planName)
{
    GeneratorPlan plan;
    if (!generatorPlanFromName(planName, &plan)) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("Unknown size \"%1\"; use one of %2.")
                                       .arg(planName, generatorPlanNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 1;
    }
    // Generated data goes into a new file only, never over a user's records.
    const QFileInfo info(databasePath);
    if (info.exists())
        return fail(tr("%1 already exists; --generate writes only into a new database file. "
                       "Nothing was changed.")
                            .arg(QDir::toNativeSeparators(databasePath)));

    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(tr("Cannot open the database %1: %2")
                            .arg(QDir::toNativeSeparators(databasePath), opened.message));
    QTextStream err(stderr);
    GeneratorOptions options;
    int shown = -10;
    options.progress = [&err, &shown](int percent) {
        if (percent >= shown + 10 || percent == 100) {
            shown = percent;
            err << percent << "%" << Qt::endl;
        }
    };
    QElapsedTimer timer;
    timer.start();
    GeneratorCounts counts;
    QString error;
    if (!generateDatabase(database.connection(), plan, &counts, &error, options)) {
        database.close();
        QFile::remove(databasePath);
        QFile::remove(databasePath + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
        return fail(tr("No sample data was generated: %1").arg(error));
    }
    QTextStream(stdout)
            << tr("Generated in %1 s: %2 administrative units, %3 campaigns, %4 teams, %5 members, "
                  "%6 training sessions with %7 attendances, %8 events, %9 media outputs")
                       .arg(text::formatDecimal(timer.elapsed() / 1000.0, 1),
                            text::formatNumber(counts.units), text::formatNumber(counts.campaigns),
                            text::formatNumber(counts.teams), text::formatNumber(counts.members),
                            text::formatNumber(counts.trainings),
                            text::formatNumber(counts.attendances),
                            text::formatNumber(counts.events),
                            text::formatNumber(counts.mediaOutputs))
            << Qt::endl;
    return 0;
}

int CommandLine::runBackup(const QString &databasePath, const QString &target)
{
    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(tr("Cannot open the database %1: %2")
                            .arg(QDir::toNativeSeparators(databasePath), opened.message));
    const backup::BackupResult result = backup::writeBackup(database.connection(), target);
    if (!result.ok)
        return fail(result.error);
    QTextStream(stdout) << tr("Backup written and checked: %1")
                                   .arg(QDir::toNativeSeparators(result.path))
                        << Qt::endl;
    return 0;
}

int CommandLine::runRestore(const QString &databasePath, const QString &backupPath, bool confirmed)
{
    QTextStream out(stdout);
    const backup::BackupContents contents = backup::inspectBackup(backupPath);
    if (!contents.ok)
        return fail(tr("Nothing was restored: %1").arg(contents.error));
    out << tr("Backup %1, taken %2, holds:")
                    .arg(QDir::toNativeSeparators(backupPath),
                         contents.takenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
        << Qt::endl;
    for (const backup::CampaignInfo &campaign : contents.campaigns)
        out << "  " << tr("campaign %1: %2").arg(campaign.year).arg(campaign.name) << Qt::endl;
    out << "  "
        << tr("%1 teams, %2 members on member lists, %3 training sessions, %4 events, %5 media outputs")
                   .arg(text::formatNumber(contents.teams), text::formatNumber(contents.members),
                        text::formatNumber(contents.trainings), text::formatNumber(contents.events),
                        text::formatNumber(contents.mediaOutputs))
        << Qt::endl;
    if (!confirmed) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("Nothing was restored; add --yes to replace %1 by this backup.")
                                       .arg(QDir::toNativeSeparators(databasePath))
                            << Qt::endl;
        return 1;
    }
    Database database(QStringLiteral("cdsdesk-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (opened.error != DatabaseError::None)
        return fail(tr("Cannot open the database %1: %2")
                            .arg(QDir::toNativeSeparators(databasePath), opened.message));
    const backup::RestoreResult result =
            backup::restoreBackup(database, backupPath, backup::backupFolder(databasePath));
    if (!result.restored)
        return fail(result.error);
    out << tr("Restored %1 from %2; the database as it was before is kept in %3")
                    .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(backupPath),
                         QDir::toNativeSeparators(result.safetyBackupPath))
        << Qt::endl;
    return 0;
}

int runCdsDesk(QApplication &app)
{
    // No organisation name: the data folder is <AppData>/cdsdesk (see AppSettings).
    QCoreApplication::setApplicationName(QStringLiteral("cdsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CDS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("cdsdesk"));
    // Every window and dialog, and the About box, show the icon.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cdsdesk.svg")));
    return CommandLine::run(app);
}

} // namespace cds
