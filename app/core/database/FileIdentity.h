#pragma once

#include <QString>
#include <QStringList>

namespace cds {

// Which file a path names: device and inode on POSIX, volume serial number
// and file index on Windows. Two identities differ when the file at a path was
// replaced (renamed over, deleted and recreated), even if the name is the same.
struct FileIdentity
{
    bool valid = false; // false when the file does not exist or cannot be read
    quint64 device = 0;
    quint64 index = 0;

    friend bool operator==(const FileIdentity &a, const FileIdentity &b)
    {
        return a.valid == b.valid && a.device == b.device && a.index == b.index;
    }
    friend bool operator!=(const FileIdentity &a, const FileIdentity &b) { return !(a == b); }
};

FileIdentity fileIdentity(const QString &path);

// The other programs (not this one) that have path open, as "name (process id)",
// where the platform can tell (Linux: /proc); empty where it cannot.
QStringList processesUsingFile(const QString &path);

} // namespace cds
