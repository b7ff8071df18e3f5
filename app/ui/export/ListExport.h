#pragma once

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
};

} // namespace cds
