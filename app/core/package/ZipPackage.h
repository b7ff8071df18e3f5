#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cds {

// Zip packages in memory, on libzip: the ODT and DOCX exports write them, the
// .xlsx reader reads them (OpenDocument and Office Open XML are zip archives
// of XML parts).
struct ZipEntry
{
    QByteArray name; // the part's path inside the package, "word/document.xml"
    QByteArray data;
};

// The entries of the zip archive in bytes, in their order. Empty, with why
// set to libzip's message, when bytes cannot be read as a zip archive.
QList<ZipEntry> readZip(const QByteArray &bytes, QString *why);
// The same for the file at path (why: the file's or libzip's message).
QList<ZipEntry> readZipFile(const QString &path, QString *why);

// A zip archive of entries, in their order; an entry named "mimetype" is
// stored uncompressed (ODF 1.2, part 3, section 3.3), the others deflated.
// Empty, with why set to libzip's message, on failure.
QByteArray writeZip(const QList<ZipEntry> &entries, QString *why);

// Writes bytes to path through a temporary file beside it that replaces path
// only once complete (QSaveFile), so a failed export never damages an
// existing file. False, with why set to the file system's message, on failure.
bool writeFileReplacing(const QString &path, const QByteArray &bytes, QString *why);

} // namespace cds
