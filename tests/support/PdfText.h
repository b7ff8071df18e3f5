#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
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

// A word on a page and its box in millimetres from the top-left corner of the
// paper (`pdftotext -bbox`). page is 1-based.
struct WordBox
{
    QString text;
    QRectF mm;
};
QList<WordBox> pdfWordBoxes(const QString &pdfPath, int page);

// The solid horizontal rules drawn on page (1-based), at least minLengthMm
// long, found in the page rendered by pdftoppm at 300 dpi: a run of dark
// pixels (text never makes one that long). Each rule's rectangle in
// millimetres from the top-left corner of the paper, top to bottom.
QList<QRectF> pdfHorizontalRules(const QString &pdfPath, int page, double minLengthMm = 8);

// Page (1-based) rendered by pdftoppm in 8-bit grey at dpi; null on failure.
QImage pdfPageImage(const QString &pdfPath, int page, int dpi);

// LibreOffice's `soffice` on the PATH, empty when it is not installed.
QString sofficePath();
// Converts document to PDF into outDir with soffice (its own throw-away
// profile); the PDF's path, or empty with lastError() set.
QString convertToPdfWithLibreOffice(const QString &document, const QString &outDir);

} // namespace cds::test
