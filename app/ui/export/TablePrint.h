#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QPrinter;

namespace cds {

// A list laid out as a printed table: a title block on the first page, the
// column headers repeated at the top of every page, rows never split across
// pages (a row that does not fit goes whole to the next page; long cells wrap
// inside their column) and "Page n of N" at the bottom of every page.
class TablePrint
{
    Q_DECLARE_TR_FUNCTIONS(cds::TablePrint)

public:
    struct Table
    {
        QString title; // bold, centred on the first page
        QStringList headingLines; // under the title: campaign, scope, date…
        QStringList headers;
        QList<bool> rightAligned; // per column (numbers); missing: left
        QList<QStringList> rows; // display texts, one per column
    };

    // The top-level rows of model as shown (its order, every column, display
    // texts; right-aligned where the cell says so), with a leading "No." column.
    static Table fromModel(const QAbstractItemModel &model, const QString &title,
                           const QStringList &headingLines);

    // Paints table on printer (its page size, orientation and margins; 9.5 pt
    // text). Returns the number of pages printed, 0 when the printer could not
    // be painted on.
    static int print(QPrinter *printer, const Table &table);
};

} // namespace cds
