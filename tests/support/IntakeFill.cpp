#include "IntakeFill.h"

#include <QRegularExpression>

namespace cds::test {

bool fillCell(QList<ZipEntry> &entries, const QByteArray &part, const QString &ref,
              const QString &value)
{
    for (ZipEntry &entry : entries) {
        if (entry.name != part)
            continue;
        const QString xml = QString::fromUtf8(entry.data);
        const QRegularExpression blank(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?/>").arg(ref));
        const auto match = blank.match(xml);
        if (!match.hasMatch())
            return false;
        const QString cell = QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>")
                                     .arg(ref, match.captured(1), value.toHtmlEscaped());
        entry.data =
                QString(xml).replace(match.capturedStart(), match.capturedLength(), cell).toUtf8();
        return true;
    }
    return false;
}

int rowOf(const import::XlsxWorkbook &workbook, const QString &sheet, int column,
          const QString &text)
{
    const int index = workbook.sheetIndex(sheet);
    if (index < 0)
        return 0;
    for (const import::XlsxRow &row : workbook.sheets.at(index).rows) {
        for (const import::XlsxCell &cell : row.cells) {
            if (cell.column == column && cell.text == text)
                return row.row;
        }
    }
    return 0;
}

} // namespace cds::test
