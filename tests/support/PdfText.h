#pragma once

#include <QString>
#include <QStringList>

namespace cds::test {

// Text of a PDF as poppler's pdftotext extracts it (-layout off), one string per
// page, NFC. Empty list if pdftotext is missing or fails (see lastError()).
QStringList pdfPageTexts(const QString &pdfPath);
// `pdfinfo` output of the file (page size, page count…).
QString pdfInfo(const QString &pdfPath);
// `pdffonts` output of the file (name, type, embedded…).
QString pdfFonts(const QString &pdfPath);
QString lastError();

} // namespace cds::test
