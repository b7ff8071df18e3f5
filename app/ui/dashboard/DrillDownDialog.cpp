#include "DrillDownDialog.h"

#include "text/VietnameseText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cds {

namespace {

// Sorts numbers as numbers and text with the Vietnamese collation
// (GLOSSARY: "Đức Phổ" after "Dung").
class VietnameseSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(DrillDownModel::UnderlyingDataRole);
        const QVariant b = right.data(DrillDownModel::UnderlyingDataRole);
        if (a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString)
            return a.toDouble() < b.toDouble();
        return m_collator.compare(a.toString(), b.toString()) < 0;
    }

private:
    QCollator m_collator = text::collator();
};

} // namespace

DrillDownModel::DrillDownModel(const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

DrillDownModel::~DrillDownModel() = default;

void DrillDownModel::appendRow(const QStringList &display, const QVariantList &raw)
{
    beginInsertRows(QModelIndex(), int(m_display.size()), int(m_display.size()));
    m_display << display;
    m_raw << raw;
    endInsertRows();
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_display.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QStringList &row = m_display[index.row()];
    const QString text = index.column() < row.size() ? row[index.column()] : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::TextAlignmentRole:
        return m_columns[index.column()].numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case UnderlyingDataRole: {
        const QVariantList &raw = m_raw[index.row()];
        if (index.column() < raw.size() && !raw[index.column()].isNull())
            return raw[index.column()];
        return text;
    }
    default:
        return QVariant();
    }
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns[section].header;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return text::formatNumber(section + 1);
    return QVariant();
}

DrillDownDialog::DrillDownDialog(const QString &title, const QString &summary, DrillDownModel *model,
                                 QWidget *parent)
    : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    model->setParent(this);

    m_summaryLabel = new QLabel(summary, this);
    m_summaryLabel->setObjectName(QStringLiteral("drillDownSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    auto *proxy = new VietnameseSortModel(this);
    proxy->setSourceModel(model);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("drillDownTableView"));
    m_tableView->setModel(proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("drillDownPrintButton"));
    connect(print, &QPushButton::clicked, this, &DrillDownDialog::previewPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

DrillDownDialog::~DrillDownDialog() = default;

void DrillDownDialog::setPrintHtml(const QString &html)
{
    m_printHtml = html;
}

QString DrillDownDialog::printHtml() const
{
    if (!m_printHtml.isEmpty())
        return m_printHtml;
    QString html = QStringLiteral("<html><body><h3 align=\"center\">%1</h3><p>%2</p>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>")
                           .arg(windowTitle().toHtmlEscaped(), m_summaryLabel->text().toHtmlEscaped());
    const QAbstractItemModel *shown = m_tableView->model();
    for (int column = 0; column < shown->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(shown->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < shown->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < shown->columnCount(); ++column) {
            const QModelIndex index = shown->index(row, column);
            const bool right = index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            html += QStringLiteral("<td%1>%2</td>")
                            .arg(right ? QStringLiteral(" align=\"right\"") : QString(),
                                 index.data().toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

void DrillDownDialog::printTo(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(printHtml());
    document.print(printer);
}

void DrillDownDialog::previewPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(windowTitle());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &DrillDownDialog::printTo);
    preview.exec();
}

} // namespace cds
