#include "database/FileIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#  ifndef NOMINMAX
#    define NOMINMAX
#  endif
#  include <windows.h>
#else
#  include <sys/stat.h>
#endif

namespace cds {

FileIdentity fileIdentity(const QString &path)
{
    FileIdentity identity;
#ifdef Q_OS_WIN
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE handle = CreateFileW(native.c_str(), 0,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return identity;
    BY_HANDLE_FILE_INFORMATION info;
    if (GetFileInformationByHandle(handle, &info)) {
        identity.valid = true;
        identity.device = info.dwVolumeSerialNumber;
        identity.index = (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    }
    CloseHandle(handle);
#else
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.valid = true;
        identity.device = quint64(status.st_dev);
        identity.index = quint64(status.st_ino);
    }
#endif
    return identity;
}

QStringList processesUsingFile(const QString &path)
{
    QStringList users;
#ifdef Q_OS_LINUX
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return users;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid == self || pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        const QDir fds(proc.filePath(pid + QStringLiteral("/fd")));
        // Another user's processes are not readable: those stay unnamed.
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System)) {
            if (fd.symLinkTarget() == target) {
                QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
                const QString name = comm.open(QIODevice::ReadOnly)
                        ? QString::fromLocal8Bit(comm.readAll().trimmed())
                        : QString();
                users << QStringLiteral("%1 (%2)").arg(name, pid);
                break;
            }
        }
    }
#else
    Q_UNUSED(path)
#endif
    return users;
}

} // namespace cds
