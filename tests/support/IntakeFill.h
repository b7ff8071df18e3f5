#pragma once

#include "import/XlsxReader.h"
#include "package/ZipPackage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cds::test {

// Gives the blank entry cell ref of the sheet part ("xl/worksheets/sheet4.xml")
// a value (an inline string, as a clerk's typing would be saved), as if an
// intake workbook had been filled in. False when the cell is not a blank one.
bool fillCell(QList<ZipEntry> &entries, const QByteArray &part, const QString &ref,
              const QString &value);

// The row of the sheet whose column (1-based) holds text (0: none).
int rowOf(const import::XlsxWorkbook &workbook, const QString &sheet, int column,
          const QString &text);

} // namespace cds::test
