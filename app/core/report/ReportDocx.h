#pragma once

#include "report/OfficialDocument.h"

#include <QString>

namespace cds {

// Writes document as a Word document (.docx, Office Open XML), laid out as
// the PDF is (ReportRenderer, with the measures of DocumentMeasures.h), so
// that a clerk who finishes the text in Word or LibreOffice starts from the
// page Decree 30/2020/NĐ-CP, Appendix I prescribes:
//  - A4 portrait, the margins of document.page (clamped to the decree's
//    ranges), Times New Roman, the body at page.bodyFontPt;
//  - the letterhead as a borderless two-column table (40 % / 60 %): parent
//    and issuing body, national title and motto, number and place-and-date
//    on one row; the document type, subject and "Kính gửi" centred; every
//    element at the size and style of the decree's table (items 1–9);
//  - the three short rules (under the issuing body: 40 % of its text; under
//    the motto: as long as the motto; under the subject: 40 % of it) as the
//    bottom border of an empty paragraph of 3 pt, indented to the rule's length;
//  - the body justified, first line indented 12.7 mm, 6 pt between
//    paragraphs, lines at 1.15; headings bold and kept with what follows;
//  - the signature block and "Nơi nhận" side by side in a borderless table
//    whose row never splits, kept with the closing paragraph;
//  - the address line (item 27), if any, in the first page's footer under a
//    full-width rule;
//  - page numbers (item 28): the field PAGE, 14 pt, centred in the header,
//    from page 2 on (a different, empty, first-page header);
//  - each appendix in a section of its own (landscape when Appendix::landscape),
//    numbered from 1 with no number on its first page, its table's header row
//    repeated on every page (w:tblHeader) and no row split (w:cantSplit).
// A draft prints as the PDF of a draft does (the number and day left blank
// for the clerk); its core properties also say so (cp:contentStatus "Dự thảo").
// Line and page breaks are the word processor's, so they may differ slightly
// from the PDF, which stays the copy laid out by Decree 30.
//
// The file is written through a temporary file beside path and renamed over
// it, so an existing file is left unchanged on failure. Returns false and sets
// error (translated, naming the file) when the file cannot be written.
bool exportDocx(const OfficialDocument &document, const QString &path, QString *error);

} // namespace cds
