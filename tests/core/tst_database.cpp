#include "TestDatabase.h"
#include "database/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cds::Database;
using cds::DatabaseError;

namespace {

using cds::test::fileHash;

// -1 when the query fails, so a failed count never passes for a zero.
int scalar(const QSqlDatabase &db, const QString &sql)
{
    const QVariant value = cds::test::scalar(db, sql);
    return value.isValid() ? value.toInt() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsAndMigratesFromEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/sub/cds.sqlite"));
        Database db(QStringLiteral("create"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::None);
        QVERIFY(result.created);
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA application_id")), Database::applicationId);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QVERIFY(scalar(db.connection(), QStringLiteral("PRAGMA busy_timeout")) >= 1000);
        // The whole mission's tables are there.
        for (const char *table : {"admin_unit", "organisation", "campaign", "team", "member", "team_member",
                                  "training_session", "training_attendance", "event", "presentation",
                                  "event_connected_sites", "event_attendance", "media_output", "campaign_figure",
                                  "recommendation", "letterhead", "report", "change_log"}) {
            QCOMPARE(scalar(db.connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                .arg(QLatin1String(table))),
                     1);
        }
    }

    void reopensExistingWithoutChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            Database db(QStringLiteral("first"));
            QCOMPARE(db.open(path).error, DatabaseError::None);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Thử', 2023)")));
        }
        Database db(QStringLiteral("second"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::None);
        QVERIFY(!result.created);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM campaign")), 1);
    }

    void foreignKeysAreEnforced()
    {
        Database db(QStringLiteral("fk"));
        QCOMPARE(db.open(QStringLiteral(":memory:")).error, DatabaseError::None);
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name) VALUES (99, 99, 3, 'x')")));
    }

    void migratesFromAnOlderVersion()
    {
        // A genuine version-1 file: migration 0001 alone, with a campaign and a unit in it.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QFile script(QStringLiteral(":/migrations/0001_initial.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            QSqlQuery q(raw);
            for (const QString &statement : QString::fromUtf8(script.readAll()).split(QStringLiteral(";\n"))) {
                QString sql;
                for (const QString &line : statement.split(u'\n')) {
                    if (!line.trimmed().startsWith(QLatin1String("--")))
                        sql += line + u'\n';
                }
                if (!sql.trimmed().isEmpty())
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Ngày Chuyển đổi số quốc gia năm 2021', 2021)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO admin_unit (name, unit_type, level) VALUES ('Thị xã Đức Phổ', 'Thị xã', 2)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v1"));
        Database db(QStringLiteral("upgrade"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::None);
        QVERIFY(!result.created);
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'team_member_current'")), 1);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT year FROM campaign")), 2021);
        // Version 3: the old rows got their search keys, and writes are logged.
        QCOMPARE(cds::test::scalar(db.connection(), QStringLiteral("SELECT name FROM admin_unit WHERE search_key LIKE '%duc pho%'")).toString(),
                 QStringLiteral("Thị xã Đức Phổ"));
        QVERIFY(cds::test::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cl_%'")).toInt() > 30);
        QSqlQuery write(db.connection());
        QVERIFY(write.exec(QStringLiteral("UPDATE campaign SET year = 2022")));
        QCOMPARE(cds::test::scalar(db.connection(), QStringLiteral("SELECT operation FROM change_log WHERE table_name = 'campaign'")).toString(),
                 QStringLiteral("update"));
        // A copy of the file was taken before the upgrade, and it is still version 1.
        const QString backup = path + QStringLiteral(".before-v%1.bak").arg(Database::currentSchemaVersion());
        QVERIFY(QFile::exists(backup));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-backup"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QCOMPARE(scalar(raw, QStringLiteral("PRAGMA user_version")), 1);
            QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM campaign")), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-backup"));
    }

    void version7LetsACodeNameUnitsOfDifferentPeriods()
    {
        // A version-6 file holding the demo's kind of data: province 51 with a
        // district, a campaign and a team on it, and change history.
        const QString path = m_dir.filePath(QStringLiteral("v6.sqlite"));
        {
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery(raw).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            }
            Database older(QStringLiteral("v6"));
            QCOMPARE(older.migrateTo(6).error, DatabaseError::None);
            QCOMPARE(older.schemaVersion(), 6);
            QSqlQuery q(older.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) "
                                          "VALUES (1, '51', 'Tỉnh Quảng Ngãi', 'Tỉnh', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id, "
                                          "valid_from, valid_to) VALUES (2, '534', 'Thị xã Đức Phổ', 'Thị xã', 2, 1, "
                                          "'2020-06-01', '2024-12-31')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign (id, name, year, province_id) VALUES (1, 'Năm 2022', 2022, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO team (campaign_id, unit_id, level, name) VALUES (1, 2, 2, 'Tổ Đức Phổ')")));
            // The old schema refuses a second unit with the code.
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO admin_unit (gso_code, name, unit_type, level, valid_from) "
                                           "VALUES ('51', 'Tỉnh Quảng Ngãi', 'Tỉnh', 1, '2025-07-01')")));
            QCOMPARE(scalar(older.connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
        }
        Database db(QStringLiteral("v7"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::None);
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        const QSqlDatabase c = db.connection();
        // Rows, references and settings survive the rebuild of admin_unit.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM admin_unit")), 2);
        QCOMPARE(cds::test::scalar(c, QStringLiteral("SELECT name FROM admin_unit WHERE id = 2")).toString(),
                 QStringLiteral("Thị xã Đức Phổ"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT unit_id FROM team")), 2);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        for (const char *index : { "admin_unit_parent", "admin_unit_level", "admin_unit_sort", "admin_unit_code_period" })
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                                       .arg(QLatin1String(index))),
                     1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                          "('cl_admin_unit_insert', 'cl_admin_unit_update', 'cl_admin_unit_delete')")), 3);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'cl\\_admin\\_unit\\_succession\\_%' ESCAPE '\\'")), 3);
        // A code is unique within a period: new Quảng Ngãi may carry 51 from
        // 01/07/2025, but not twice, and the references still hold.
        QSqlQuery q(c);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO admin_unit (gso_code, name, unit_type, level, valid_from) "
                                       "VALUES ('51', 'Tỉnh Quảng Ngãi', 'Tỉnh', 1, '2025-07-01')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO admin_unit (gso_code, name, unit_type, level, valid_from) "
                                       "VALUES ('51', 'Tỉnh Quảng Ngãi', 'Tỉnh', 1, '2025-07-01')")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM admin_unit WHERE id = 2"))); // the team still refers to it
        QVERIFY(q.exec(QStringLiteral("UPDATE admin_unit SET name = 'Tỉnh Quảng Ngãi (cũ)' WHERE id = 1")));
        QCOMPARE(cds::test::scalar(c, QStringLiteral("SELECT operation FROM change_log WHERE table_name = 'admin_unit' "
                                                     "ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("update"));
    }

    void failedMigrationLeavesFileUnchanged()
    {
        // A version-1 file whose index name is already taken makes step 2 fail:
        // the step is rolled back and the file keeps version 1 and its data.
        const QString path = m_dir.filePath(QStringLiteral("conflict.sqlite"));
        {
            Database db(QStringLiteral("conflict"));
            QCOMPARE(db.open(path).error, DatabaseError::None);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX event_campaign_main")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign (name, year) VALUES ('Giữ nguyên', 2022)")));
        }
        Database db(QStringLiteral("conflict2"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::MigrationFailed);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!db.isOpen());
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-conflict"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(scalar(raw, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM campaign")), 1);
        QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'event_campaign_main'")), 0);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-conflict"));
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db(QStringLiteral("newer"));
            QCOMPARE(db.open(path).error, DatabaseError::None);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        Database db(QStringLiteral("newer2"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::NewerSchema);
        QVERIFY2(result.message.contains(QStringLiteral("newer")) || result.message.contains(QStringLiteral("mới hơn")),
                 qPrintable(result.message));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void refusesNonDatabaseFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Tổ Công nghệ số cộng đồng — this is a text file, not a database.\n");
        file.close();
        const QByteArray before = fileHash(path);
        Database db(QStringLiteral("text"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::NotADatabase);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void refusesDamagedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db(QStringLiteral("tobedamaged"));
            QCOMPARE(db.open(path).error, DatabaseError::None);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            for (int i = 0; i < 300; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (name) VALUES ('Tổ chức %1 với một cái tên khá dài để lấp đầy trang')").arg(i)));
        }
        // Overwrite pages after the header with garbage.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096, '\x5a'));
        file.close();
        const QByteArray before = fileHash(path);
        Database db(QStringLiteral("damaged"));
        const auto result = db.open(path);
        QVERIFY2(result.error == DatabaseError::Damaged || result.error == DatabaseError::NotADatabase,
                 qPrintable(result.message));
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void refusesReadOnlyFolderWithoutCallingItDamaged()
    {
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/cds.sqlite");
        {
            Database db(QStringLiteral("ro-create"));
            QCOMPARE(db.open(path).error, DatabaseError::None);
        }
        const QByteArray before = fileHash(path);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(folder).isWritable()) {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this account can write to a read-only folder (root, or no POSIX permissions)");
        }
        Database db(QStringLiteral("ro-open"));
        const auto result = db.open(path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(result.error, DatabaseError::CannotOpen);
        QVERIFY2(result.message.contains(QStringLiteral("read-only")), qPrintable(result.message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO songs VALUES ('Quê hương')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-other"));
        const QByteArray before = fileHash(path);
        Database db(QStringLiteral("other"));
        const auto result = db.open(path);
        QCOMPARE(result.error, DatabaseError::NotCdsDesk);
        QCOMPARE(fileHash(path), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
