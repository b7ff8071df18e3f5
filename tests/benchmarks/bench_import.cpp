// Importing 500.000 team members from a CSV file with `cdsdesk --import
// members` into a copy of the national database, against the sqlite3 tool's
// `.import` of the same file into another copy of it, in the same run:
//  - the baseline of the target: a new table with the file's eight columns
//    and no index (the least work a copy of the text can do);
//  - for comparison, the same table given the indexes the member table has
//    on the columns the file fills (name, gender, year, phone, workplace,
//    role, unit: seven), as "into the same table" reads.
// Both copies are brought to the current schema before anything is timed.
// Wall and CPU time (user + system, the child processes included) and the
// cdsdesk process's peak resident size (VmHWM) are reported.
#include "BenchSupport.h"

#include "database/Database.h"
#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <sys/resource.h>

using namespace cds;

class ImportBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void membersAgainstSqliteImport();

private:
    qint64 writeMembersCsv(const QString &databasePath, const QString &csvPath, qint64 wanted);
    qint64 m_membersBefore = 0;
};

// Members for the latest campaign's teams, a few per team round the teams,
// with names, years and phone numbers no team holds yet. Villages are named
// with their commune (a village name repeats in every commune).
qint64 ImportBenchmark::writeMembersCsv(const QString &databasePath, const QString &csvPath, qint64 wanted)
{
    Database database(QStringLiteral("bench-import-read"));
    if (database.open(databasePath).error != DatabaseError::None)
        return 0;
    const int campaign = latestCampaignId(database.connection());
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM member")) || !query.next())
        return 0;
    m_membersBefore = query.value(0).toLongLong();
    query.prepare(QStringLiteral("SELECT u.name, CASE WHEN u.level = 4 THEN p.name ELSE '' END FROM team t "
                                 "JOIN admin_unit u ON u.id = t.unit_id LEFT JOIN admin_unit p ON p.id = u.parent_id "
                                 "WHERE t.campaign_id = ? AND u.level >= 3 ORDER BY t.id"));
    query.addBindValue(campaign);
    if (!query.exec())
        return 0;
    // Communes whose names differ only by diacritics ("Xã Thạnh Đức", "Xã
    // Thành Đức") are the same name to the importer, which then asks for a
    // column the national data cannot fill (it has no districts): only
    // units named unambiguously go into the file.
    QHash<QString, int> upperNames;
    QSqlQuery upper(database.connection());
    if (!upper.exec(QStringLiteral("SELECT name FROM admin_unit WHERE level < 4")))
        return 0;
    while (upper.next())
        ++upperNames[text::searchKey(upper.value(0).toString())];
    QList<std::pair<QString, QString>> units;
    while (query.next()) {
        const QString commune = query.value(1).toString();
        const QString named = commune.isEmpty() ? query.value(0).toString() : commune;
        if (upperNames.value(text::searchKey(named)) == 1)
            units.append({query.value(0).toString(), commune});
    }
    if (units.isEmpty())
        return 0;
    static const QStringList families = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                         QStringLiteral("Phạm"), QStringLiteral("Vũ"), QStringLiteral("Đặng")};
    static const QStringList given = {QStringLiteral("Văn An"), QStringLiteral("Thị Bích"), QStringLiteral("Minh Châu"),
                                      QStringLiteral("Thị Dung"), QStringLiteral("Quốc Huy"), QStringLiteral("Thu Hà")};
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    QByteArray out = QStringLiteral("Họ và tên,Đơn vị,Xã,Chức danh,Giới tính,Năm sinh,Điện thoại,Nơi công tác\n").toUtf8();
    for (qint64 i = 0; i < wanted; ++i) {
        const auto &[unit, commune] = units[i % units.size()];
        const QString name = families[i % families.size()] + u' ' + given[(i / 7) % given.size()];
        out += QStringLiteral("%1,%2,%3,Thành viên,%4,%5,09%6,Hội Nông dân\n")
                       .arg(name, unit, commune, (i / 7) % 2 ? QStringLiteral("Nữ") : QStringLiteral("Nam"))
                       .arg(1960 + i % 45)
                       .arg(i, 8, 10, QLatin1Char('0'))
                       .toUtf8();
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return wanted;
}

void ImportBenchmark::membersAgainstSqliteImport()
{
    const QString source = bench::nationalDatabase();
    const QString folder = bench::workFolder();
    const QString csv = QDir(folder).filePath(QStringLiteral("members.csv"));
    const qint64 rows = writeMembersCsv(source, csv, bench::fullScale() ? 500000 : 2000);
    QVERIFY(rows > 0);

    // Two copies of the national database, one per tool (the copy is not timed).
    const QString ours = QDir(folder).filePath(QStringLiteral("import-cdsdesk.sqlite"));
    const QString theirs = QDir(folder).filePath(QStringLiteral("import-sqlite3.sqlite"));
    QFile::remove(ours);
    QFile::remove(theirs);
    const QString indexed = QDir(folder).filePath(QStringLiteral("import-sqlite3-indexed.sqlite"));
    QFile::remove(indexed);
    QVERIFY(QFile::copy(source, ours));
    QVERIFY(QFile::copy(source, theirs));
    QVERIFY(QFile::copy(source, indexed));
    for (const QString &copy : {ours, theirs, indexed}) {
        // Writable, and upgraded to the current schema before the timing.
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Database upgrade(QStringLiteral("bench-import-upgrade"));
        QVERIFY(upgrade.open(copy).error == DatabaseError::None);
    }

    QString output;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    double cdsdeskCpu = 0;
    const double cdsdesk = bench::medianMs(1, [&] {
        QVERIFY2(bench::runProcessMs(QStringLiteral(CDSDESK_EXECUTABLE),
                                     {QStringLiteral("--db"), ours, QStringLiteral("--import"), QStringLiteral("members"), csv},
                                     &output, {}, environment, 3600000) >= 0,
                 qPrintable(output.left(2000)));
    }, &cdsdeskCpu);

    // The largest resident size of the children waited for so far: the
    // cdsdesk import (the database copies are made in this process).
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const double cdsdeskPeakMb = children.ru_maxrss / 1024.0;

    const QString table = QStringLiteral(
            "CREATE TABLE member_csv (full_name TEXT, unit TEXT, commune TEXT, role TEXT, "
            "gender TEXT, birth_year TEXT, phone TEXT, affiliation TEXT);\n");
    double sqliteCpu = 0;
    const double sqlite = bench::medianMs(1, [&] {
        QVERIFY2(bench::runProcessMs(bench::sqlite3Program(), {theirs}, &output,
                                     (table + QStringLiteral(".import --csv --skip 1 %1 member_csv\n").arg(csv)).toUtf8())
                         >= 0,
                 qPrintable(output));
    }, &sqliteCpu);
    double indexedCpu = 0;
    const double sqliteIndexed = bench::medianMs(1, [&] {
        QVERIFY2(bench::runProcessMs(bench::sqlite3Program(), {indexed}, &output,
                                     (table
                                      + QStringLiteral(
                                              "CREATE INDEX member_csv_name ON member_csv(full_name);\n"
                                              "CREATE INDEX member_csv_gender ON member_csv(gender);\n"
                                              "CREATE INDEX member_csv_year ON member_csv(birth_year);\n"
                                              "CREATE INDEX member_csv_phone ON member_csv(phone);\n"
                                              "CREATE INDEX member_csv_affiliation ON member_csv(affiliation COLLATE NOCASE);\n"
                                              "CREATE INDEX member_csv_role ON member_csv(role);\n"
                                              "CREATE INDEX member_csv_unit ON member_csv(unit);\n"
                                              ".import --csv --skip 1 %1 member_csv\n")
                                                .arg(csv))
                                             .toUtf8())
                         >= 0,
                 qPrintable(output));
    }, &indexedCpu);

    // Both wrote every row.
    Database check(QStringLiteral("bench-import-check"));
    QVERIFY(check.open(theirs).error == DatabaseError::None);
    QSqlQuery count(check.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM member_csv")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), rows);
    check.close();
    QVERIFY(check.open(ours).error == DatabaseError::None);
    QSqlQuery members(check.connection());
    QVERIFY(members.exec(QStringLiteral("SELECT count(*) FROM member")) && members.next());
    QCOMPARE(members.value(0).toLongLong(), m_membersBefore + rows);

    const QString what = QStringLiteral(
            "cdsdesk checks every row, finds its unit and team, writes member + team_member with their list and "
            "search keys, the search index and the change log; ");
    bench::record(QStringLiteral("Import %1 members from CSV").arg(rows), cdsdesk, sqlite, QStringLiteral("ms"),
                  bench::Target::RatioAtMost, 2,
                  what + QStringLiteral("baseline: sqlite3 .import into a new table of the file's 8 columns, no index"));
    bench::record(QStringLiteral("Import %1 members from CSV: CPU time").arg(rows), cdsdeskCpu, sqliteCpu,
                  QStringLiteral("ms"), bench::Target::RatioAtMost, 2,
                  QStringLiteral("user + system, child processes included; same baseline"));
    bench::record(QStringLiteral("Import %1 members from CSV, against an indexed table").arg(rows), cdsdesk,
                  sqliteIndexed, QStringLiteral("ms"), bench::Target::RatioAtMost, 2,
                  QStringLiteral("baseline: sqlite3 .import into the 8-column table with the member table's 7 "
                                 "indexes on the columns the file fills; CPU time %1 ms against %2 ms (%3×)")
                          .arg(cdsdeskCpu, 0, 'f', 0)
                          .arg(indexedCpu, 0, 'f', 0)
                          .arg(indexedCpu > 0 ? cdsdeskCpu / indexedCpu : 0, 0, 'f', 2));
    bench::record(QStringLiteral("Import %1 members from CSV: peak memory").arg(rows), cdsdeskPeakMb, 0,
                  QStringLiteral("MB"), bench::Target::MegabytesAtMost, 200,
                  QStringLiteral("largest resident size of the cdsdesk process (ru_maxrss)"));
}

QTEST_GUILESS_MAIN(ImportBenchmark)
#include "bench_import.moc"
