#include "ListExport.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "database/DatabaseWorker.h"
#include "text/VietnameseText.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

#include <memory>

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

QString ListExport::choosePath(QWidget *parent, const QString &baseName, bool *asCsv)
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
    *asCsv = suffix == QStringLiteral("csv") || !xlsx;
    if (*asCsv && suffix != QStringLiteral("csv"))
        path += QStringLiteral(".csv");
    else if (!*asCsv && suffix != QStringLiteral("xlsx"))
        path += QStringLiteral(".xlsx");
    return path;
}

QString ListExport::exportList(QWidget *parent, const QAbstractItemModel &model, int rawValueRole,
                               const QString &title, const QString &baseName)
{
    bool asCsv = true;
    const QString path = choosePath(parent, baseName, &asCsv);
    if (path.isEmpty())
        return QString();

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

QString ListExport::exportQuery(QWidget *parent, const QString &databasePath,
                                const tableexport::StreamQuery &query, const QString &baseName)
{
    bool asCsv = true;
    const QString path = choosePath(parent, baseName, &asCsv);
    if (path.isEmpty())
        return QString();
    const auto format = asCsv ? tableexport::Format::Csv : tableexport::Format::Xlsx;

    // The worker's own connection reads while the window goes on answering;
    // the dialog is window-modal, so the list cannot change under the export.
    DatabaseWorker worker(databasePath, true);
    const qint64 total = query.expectedRows;
    QProgressDialog dialog(tr("Exporting the list…"), tr("Cancel"), 0, total > 0 ? 1000 : 0, parent);
    dialog.setWindowTitle(tr("Export the list"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0);

    struct Outcome
    {
        bool written = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    DatabaseJob *job = worker.run([query, format, path, total, outcome](const QSqlDatabase &db, JobControl &control,
                                                                       QString *error) {
        const auto progress = [&control, total](qint64 done) {
            control.reportProgress(done, total);
            return !control.isCancelled();
        };
        outcome->written = tableexport::streamTable(db, query, format, path, progress, &outcome->rows,
                                                    &outcome->cancelled, error);
        return QVariant(outcome->rows);
    });
    QEventLoop loop;
    QObject::connect(job, &DatabaseJob::progress, &dialog, [&dialog](qint64 done, qint64 all) {
        if (all > 0)
            dialog.setValue(int(std::min<qint64>(1000, done * 1000 / all)));
        dialog.setLabelText(tr("Rows written: %1").arg(text::formatNumber(done)));
    });
    QObject::connect(job, &DatabaseJob::finished, &loop, [&loop, job, outcome] {
        outcome->error = job->error();
        outcome->cancelled = outcome->cancelled || job->isCancelled();
        loop.quit();
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, job, &DatabaseJob::cancel);
    loop.exec();
    dialog.hide();

    if (outcome->cancelled && !outcome->written)
        return QString();
    if (!outcome->written) {
        MessageBox::critical(parent, tr("Export the list"),
                             tr("The list was not exported.\n\n%1").arg(outcome->error));
        return QString();
    }
    MessageBox::information(parent, tr("Export the list"),
                            tr("%n row(s) written to %1", nullptr, int(outcome->rows))
                                    .arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace cds
