#pragma once

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <QVariant>

class QLabel;
class QPrinter;
class QTableView;

namespace cds {

// The rows behind one dashboard figure: a column per field, each cell with
// the text shown (vi-VN numbers) and the raw value for sorting.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The raw value of a cell (a number or the text), for sorting.
    static constexpr int UnderlyingDataRole = Qt::UserRole + 1;

    struct Column
    {
        QString header;
        bool numeric = false; // right-aligned, sorted as a number
    };

    explicit DrillDownModel(const QList<Column> &columns, QObject *parent = nullptr);
    ~DrillDownModel() override;

    // display: one text per column; raw: one sort value per column (a null
    // QVariant uses the text).
    void appendRow(const QStringList &display, const QVariantList &raw = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<QStringList> m_display;
    QList<QVariantList> m_raw;
};

// A list behind a dashboard figure (the 173 communes behind "173/173", the
// teams of a district, the trainings of a month…), sortable with Vietnamese
// collation, with a print preview. Shown without blocking (open()); it
// deletes itself when closed.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of model. summary: one line above the table ("173 units").
    DrillDownDialog(const QString &title, const QString &summary, DrillDownModel *model,
                    QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // The printed document as HTML; without it the table is printed under the title.
    void setPrintHtml(const QString &html);
    QString printHtml() const;

    DrillDownModel *model() const { return m_model; }
    QTableView *tableView() const { return m_tableView; }

    // Lays the list out on printer (A4 portrait unless the printer says otherwise).
    void printTo(QPrinter *printer) const;

private:
    void previewPrint();

    DrillDownModel *m_model = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QString m_printHtml;
};

} // namespace cds
