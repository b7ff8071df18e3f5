// The SQL a lazily fetched members list needs at 500.000 members: the count,
// the first page in name order, a jump to the last page, the next page by
// keyset, and a search as you type (one query per keystroke). The list model
// itself is not here yet; these are the queries it will run.
#include "BenchSupport.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cds;

namespace {

constexpr int pageSize = 100;
const QString columns = QStringLiteral("m.id, m.full_name, m.gender, m.birth_year, m.phone, m.unit_id");

// Runs sql with values and reads every row; returns the rows read.
int readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    int rows = 0;
    while (query.next()) {
        query.value(1).toString();
        ++rows;
    }
    return rows;
}

} // namespace

class MembersBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countAndFirstPage();
    void jumpToLastPage();
    void nextPageByKeyset();
    void searchAsYouType();

private:
    Database m_database{QStringLiteral("bench-members")};
    qint64 m_members = 0;
};

void MembersBenchmark::initTestCase()
{
    const auto opened = m_database.open(bench::nationalDatabase());
    QVERIFY2(opened.error == DatabaseError::None, qPrintable(opened.message));
    QSqlQuery query(m_database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM member")) && query.next());
    m_members = query.value(0).toLongLong();
}

void MembersBenchmark::countAndFirstPage()
{
    const QSqlDatabase db = m_database.connection();
    int rows = 0;
    double cpu = 0;
    const double ms = bench::medianMs(bench::repetitions(7), [&] {
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM member")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), m_members);
        rows = readAll(db, QStringLiteral("SELECT %1 FROM member m ORDER BY m.full_name, m.id LIMIT %2").arg(columns).arg(pageSize));
    }, &cpu);
    QCOMPARE(rows, int(std::min<qint64>(pageSize, m_members)));
    bench::record(QStringLiteral("Members list SQL: count + first page (%1 members)").arg(m_members), ms, -1,
                  QStringLiteral("ms"), bench::Target::MillisAtMost, 100, QStringLiteral("CPU %1 ms").arg(cpu, 0, 'f', 0));
}

void MembersBenchmark::jumpToLastPage()
{
    const QSqlDatabase db = m_database.connection();
    int rows = 0;
    // The last page read backwards from the end of the name index, as a model
    // that knows the count fetches it (no OFFSET walk over 500.000 rows).
    const double ms = bench::medianMs(bench::repetitions(7), [&] {
        rows = readAll(db, QStringLiteral("SELECT %1 FROM member m ORDER BY m.full_name DESC, m.id DESC LIMIT %2")
                                   .arg(columns)
                                   .arg(pageSize));
    });
    QCOMPARE(rows, int(std::min<qint64>(pageSize, m_members)));
    bench::record(QStringLiteral("Members list SQL: jump to the last page"), ms, -1, QStringLiteral("ms"),
                  bench::Target::MillisAtMost, 100);
    // For comparison: the same page by OFFSET, which a naive model would use.
    const double offset = bench::medianMs(bench::repetitions(3), [&] {
        rows = readAll(db, QStringLiteral("SELECT %1 FROM member m ORDER BY m.full_name, m.id LIMIT %2 OFFSET %3")
                                   .arg(columns)
                                   .arg(pageSize)
                                   .arg(std::max<qint64>(0, m_members - pageSize)));
    });
    bench::record(QStringLiteral("Members list SQL: last page by OFFSET (for comparison)"), offset, -1,
                  QStringLiteral("ms"), bench::Target::None, 0);
}

void MembersBenchmark::nextPageByKeyset()
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery middle(db);
    QVERIFY(middle.exec(QStringLiteral("SELECT full_name, id FROM member ORDER BY full_name, id LIMIT 1 OFFSET %1")
                                .arg(m_members / 2))
            && middle.next());
    const QVariantList after = {middle.value(0), middle.value(0), middle.value(1)};
    // "full_name >= ?" lets SQLite start in the name index at the last row
    // shown; the rest of the condition steps over the rows of the same name
    // already shown (a plain "a > ? OR (a = ? AND id > ?)" scans from the start).
    int rows = 0;
    const double ms = bench::medianMs(bench::repetitions(7), [&] {
        rows = readAll(db,
                       QStringLiteral("SELECT %1 FROM member m WHERE m.full_name >= ? AND (m.full_name > ? OR m.id > ?) "
                                      "ORDER BY m.full_name, m.id LIMIT %2")
                               .arg(columns)
                               .arg(pageSize),
                       after);
    });
    QVERIFY(rows > 0);
    bench::record(QStringLiteral("Members list SQL: next page by keyset (mid-list)"), ms, -1, QStringLiteral("ms"),
                  bench::Target::MillisAtMost, 100);
}

void MembersBenchmark::searchAsYouType()
{
    // Typing "Nguyễn Thị Hương" letter by letter from the third one; each
    // keystroke asks for the first page of matches and their count.
    const QSqlDatabase db = m_database.connection();
    const QString typed = QStringLiteral("Nguyễn Thị Hương");
    double worst = 0;
    double worstCpu = 0;
    double total = 0;
    int keystrokes = 0;
    qint64 matches = 0;
    double cpu = 0;
    for (int length = 3; length <= typed.size(); ++length) {
        const QString pattern = u'%' + typed.left(length) + u'%';
        const double ms = bench::medianMs(bench::repetitions(3), [&] {
            readAll(db,
                    QStringLiteral("SELECT %1 FROM member m WHERE m.full_name LIKE ? ORDER BY m.full_name, m.id LIMIT %2")
                            .arg(columns)
                            .arg(pageSize),
                    {pattern});
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT count(*) FROM member WHERE full_name LIKE ?"));
            count.addBindValue(pattern);
            QVERIFY(count.exec() && count.next());
            matches = count.value(0).toLongLong();
        }, &cpu);
        worst = std::max(worst, ms);
        worstCpu = std::max(worstCpu, cpu);
        total += ms;
        ++keystrokes;
    }
    bench::record(QStringLiteral("Members search as you type: slowest keystroke (page + count)"), worst, -1,
                  QStringLiteral("ms"), bench::Target::MillisAtMost, 100,
                  QStringLiteral("CPU %1 ms; LIKE '%…%' over every name; mean %2 ms over %3 keystrokes; %4 matches at the end")
                          .arg(worstCpu, 0, 'f', 0)
                          .arg(total / keystrokes, 0, 'f', 0)
                          .arg(keystrokes)
                          .arg(matches));
}

QTEST_GUILESS_MAIN(MembersBenchmark)
#include "bench_members.moc"
