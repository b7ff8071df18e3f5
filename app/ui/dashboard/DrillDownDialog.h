#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <QVariant>

class QLabel;
class QLineEdit;
class QPrinter;
class QSortFilterProxyModel;
class QTableView;

namespace cds {

// The record a drill-down row stands for: its table and id (empty, 0: none).
struct DrillDownRecord
{
    QString table;
    qint64 id = 0;
};

// The rows behind one dashboard figure: a column per field, each cell with
// the text shown (vi-VN numbers) and the raw value for sorting; each row may
// name the record it stands for (the table and id a form opens).
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The raw value of a cell (a number or the text), for sorting.
    static constexpr int UnderlyingDataRole = Qt::UserRole + 1;
    // The row's search key: every cell's text through text::searchKey().
    static constexpr int SearchKeyRole = Qt::UserRole + 2;
    // The record the row stands for: its table ("team", "admin_unit",
    // "training_session", "event", "media_output") and id; empty and 0 when none.
    static constexpr int RecordTableRole = Qt::UserRole + 3;
    static constexpr int RecordIdRole = Qt::UserRole + 4;
    using Record = DrillDownRecord;

    struct Column
    {
        QString header;
        bool numeric = false; // right-aligned, sorted as a number
    };

    explicit DrillDownModel(const QList<Column> &columns, QObject *parent = nullptr);
    ~DrillDownModel() override;

    // display: one text per column; raw: one sort value per column (a null
    // QVariant uses the text).
    // record: what opening the row opens (none by default).
    void appendRow(const QStringList &display, const QVariantList &raw = {}, const Record &record = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<QStringList> m_display;
    QList<QVariantList> m_raw;
    QStringList m_searchKeys;
    QList<Record> m_records;
};

// A list behind a dashboard figure (the 173 communes behind "173/173", the
// teams of a district, the trainings of a month…) that works like the record
// lists (issue #18, item 6): search as you type ignoring case and diacritics
// (every word typed must occur in the row), Vietnamese sorting, export of the
// rows shown as XLSX or CSV (ListExport), double-click or Enter on a row asks
// for its record to be opened (recordActivated), and printing as a table
// (TablePrint: title with campaign, scope and date, header on every page,
// rows never split, page numbers). Shown without blocking (open()); it
// deletes itself when closed.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of model. summary: one line above the table ("173 units").
    DrillDownDialog(const QString &title, const QString &summary, DrillDownModel *model,
                    QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // The printed document as HTML (the lag list's own document); without it
    // (printHtml() empty) the rows shown are printed as a table (TablePrint).
    void setPrintHtml(const QString &html);
    QString printHtml() const;
    // The lines printed under the title: campaign, scope and the date printed.
    void setPrintHeading(const QString &campaign, const QString &scope, const QDate &date);
    QStringList printHeadingLines() const;

    DrillDownModel *model() const { return m_model; }
    QTableView *tableView() const { return m_tableView; }
    // The rows shown (searched, sorted), as exported and printed.
    const QAbstractItemModel *shownModel() const;
    QLineEdit *searchLineEdit() const { return m_searchLineEdit; }

    // Lays the list out on printer (A4 portrait unless the printer says
    // otherwise). Returns the number of pages (0: nothing printed).
    int printTo(QPrinter *printer) const;
    // Asks for a file and writes the rows shown; the path written or empty.
    QString exportList();

signals:
    // A row was double-clicked or Enter pressed on it and it names a record.
    void recordActivated(const QString &table, qint64 id);

private:
    void previewPrint();
    void updateShownCount();

    DrillDownModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_shownLabel = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QString m_printHtml;
    QString m_campaign;
    QString m_scope;
    QDate m_printDate;
};

} // namespace cds
