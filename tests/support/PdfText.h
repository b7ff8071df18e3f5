#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace cds::test {

// Text of a PDF as poppler's pdftotext extracts it (-layout off), one string per
// page, NFC. Empty list if pdftotext is missing or fails (see lastError()).
QStringList pdfPageTexts(const QString &pdfPath);
// `pdfinfo` output of the file (page size, page count…).
QString pdfInfo(const QString &pdfPath);
// Width and height of every page in points, in order (from `pdfinfo -f 1 -l N`).
QList<QSizeF> pdfPageSizes(const QString &pdfPath);
// `pdffonts` output of the file (name, type, embedded…).
QString pdfFonts(const QString &pdfPath);
// The XMP metadata stream of the file (`pdfinfo -meta`), empty if none.
QString pdfMetadata(const QString &pdfPath);
QString lastError();

} // namespace cds::test
