#pragma once

#include "export/StreamExport.h"
#include "export/TableExport.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace cds {

// Exports any list as the user sees it: the rows of a (filtered, sorted)
// model in its own order, each column's display text, and the number behind
// a cell taken from rawValueRole when the cell shows exactly that number.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(cds::ListExport)

public:
    // The top-level rows of model, every column. rawValueRole < 0: no raw values.
    static tableexport::Table tableFromModel(const QAbstractItemModel &model, int rawValueRole,
                                             const QString &title);

    // Asks for a file (Excel workbook or CSV, chosen by its extension; .xlsx
    // when it has neither), writes the list and tells the user. baseName is
    // the suggested file name without extension. Returns the path written,
    // or an empty string when cancelled or failed (the user was told why).
    static QString exportList(QWidget *parent, const QAbstractItemModel &model, int rawValueRole,
                              const QString &title, const QString &baseName);

    // The same for a list of any size read straight from the database: the
    // file is chosen as above, then query (RecordListModel::exportQuery) runs
    // on a DatabaseWorker with its own connection to databasePath and its
    // rows are written as they come, while a progress dialog with Cancel
    // shows and the window keeps answering. Cancelled: no file is left and
    // an existing one is unchanged. Returns the path written, or empty.
    static QString exportQuery(QWidget *parent, const QString &databasePath,
                               const tableexport::StreamQuery &query, const QString &baseName);

private:
    // Asks for the file to write; empty when cancelled. *asCsv: CSV, not XLSX.
    static QString choosePath(QWidget *parent, const QString &baseName, bool *asCsv);
};

} // namespace cds
