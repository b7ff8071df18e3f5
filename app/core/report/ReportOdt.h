#pragma once

#include "report/OfficialDocument.h"

#include <QString>

namespace cds {

// Writes document as an OpenDocument Text file (QTextDocumentWriter, "odf"),
// so a clerk can finish a text in LibreOffice or Word: the letterhead and the
// signature as borderless two-column tables, the title centred, the body
// justified with its first-line indent, appendices as tables. Qt's writer
// keeps no page margins or page numbers: those are set in the word processor;
// the PDF stays the copy laid out by Decree 30. Returns false and sets error
// (translated) when the file cannot be written.
bool exportOdt(const OfficialDocument &document, const QString &path, QString *error);

} // namespace cds
