#include "ListExport.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "text/VietnameseText.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

namespace cds {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

tableexport::Table ListExport::tableFromModel(const QAbstractItemModel &model, int rawValueRole,
                                              const QString &title)
{
    tableexport::Table table;
    table.title = title;
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column)
        table.headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QList<tableexport::Cell> cells;
        cells.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            tableexport::Cell cell;
            cell.text = model.data(index, Qt::DisplayRole).toString();
            if (rawValueRole >= 0 && !cell.text.isEmpty()) {
                // Only a cell that shows its raw number becomes a number: a
                // level shown as "Xã" stays text though its raw value is 3.
                const QVariant raw = model.data(index, rawValueRole);
                if (isNumber(raw)
                    && (text::formatNumber(raw.toLongLong()) == cell.text
                        || QString::number(raw.toDouble()) == cell.text))
                    cell.number = raw.toDouble();
            }
            cells << cell;
        }
        table.rows << cells;
    }
    return table;
}

QString ListExport::exportList(QWidget *parent, const QAbstractItemModel &model, int rawValueRole,
                               const QString &title, const QString &baseName)
{
    const bool xlsx = tableexport::xlsxAvailable();
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    const QString filter =
            xlsx ? tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") + csvFilter : csvFilter;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
            baseName + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv")));
    QString path = FileDialog::getSaveFileName(parent, tr("Export the list"), suggested, filter);
    if (path.isEmpty())
        return QString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool asCsv = suffix == QStringLiteral("csv") || !xlsx;
    if (asCsv && suffix != QStringLiteral("csv"))
        path += QStringLiteral(".csv");
    else if (!asCsv && suffix != QStringLiteral("xlsx"))
        path += QStringLiteral(".xlsx");

    const tableexport::Table table = tableFromModel(model, rawValueRole, title);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = asCsv ? tableexport::writeCsv(path, table, &error)
                               : tableexport::writeXlsx(path, table, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(parent, tr("Export the list"),
                             tr("The list was not exported.\n\n%1").arg(error));
        return QString();
    }
    MessageBox::information(parent, tr("Export the list"),
                            tr("%n row(s) written to %1", nullptr, int(table.rows.size()))
                                    .arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace cds
