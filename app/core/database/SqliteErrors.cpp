#include "database/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cds::sqliteerrors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Database)
};

// The primary result code (the low byte of an extended code).
int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 5 || code == 6
            || error.databaseText().contains(QStringLiteral("database is locked"))
            || error.databaseText().contains(QStringLiteral("database table is locked"));
}

bool isDiskFull(const QSqlError &error)
{
    return primaryCode(error) == 13
            || error.databaseText().contains(QStringLiteral("database or disk is full"));
}

bool isReadOnlyOrCannotOpen(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 8 || code == 14;
}

QString busyMessage(const QString &path)
{
    return Text::tr("“%1” is in use: another program or another CDS Desk window is writing to it "
                    "or restoring it right now. Wait until it has finished (or close it) and try "
                    "again.")
            .arg(QDir::toNativeSeparators(path));
}

QString explain(const QSqlError &error, const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (isBusy(error))
        return busyMessage(path);
    if (isDiskFull(error))
        return Text::tr("The disk holding “%1” is full. Free some space there (or choose another "
                        "drive) and try again.")
                .arg(folder);
    if (isReadOnlyOrCannotOpen(error))
        return Text::tr("“%1” cannot be written: the folder “%2” is read-only, missing, or you may "
                        "not write there. Choose another folder, or ask whoever manages this "
                        "computer for write access.")
                .arg(native, folder);
    return error.text();
}

} // namespace cds::sqliteerrors
