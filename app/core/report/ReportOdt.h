#pragma once

#include "report/OfficialDocument.h"

#include <QString>

namespace cds {

// Writes document as an OpenDocument Text file, so a clerk can finish a text
// in LibreOffice or Word with the page set up as Decree 30/2020/NĐ-CP,
// Appendix I prescribes:
//  - A4 portrait (210 × 297 mm), the margins of document.page (clamped to the
//    decree's ranges, mm) and Times New Roman at page.bodyFontPt for the body
//    (Part I, section I);
//  - page numbers (item 28): Arabic numerals, 14 pt, centred in the top margin
//    from page 2 on, none on page 1. The first page uses the master page
//    "First Page" (no header), whose next page style is "Standard" (a header
//    holding the page-number field); the body still starts at the top margin
//    on every page (the header takes the top margin's space);
//  - each appendix (items 29–31) starts on a new page with its own numbering
//    from 1 and no number on its first page, on A4 landscape pages
//    ("Landscape First", then "Landscape") when Appendix::landscape is set;
//    its table's header row repeats on every page, no row splits across
//    pages, and its columns keep Appendix::columnShares;
//  - the letterhead and the signature as borderless two-column tables, the
//    title centred, the body justified with its first-line indent, appendices
//    as tables.
// The text is laid out by QTextDocumentWriter ("odf"), which writes no page
// setup; the package is then rebuilt with libzip: styles.xml (page layouts and
// master pages) added, content.xml's first element and appendix titles bound
// to their master pages, the appendix rows and the table widths (every table
// spans the text width) put right, the "mimetype" entry first and stored.
// Line and page breaks are the word processor's, so they may differ from the
// PDF, which stays the copy laid out by Decree 30.
//
// The file is written through a temporary file beside path and renamed over
// it, so an existing file is left unchanged on failure. Returns false and sets
// error (translated, naming the file) when the file cannot be written.
bool exportOdt(const OfficialDocument &document, const QString &path, QString *error);

} // namespace cds
