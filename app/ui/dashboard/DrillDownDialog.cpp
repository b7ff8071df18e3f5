#include "DrillDownDialog.h"

#include "export/ListExport.h"
#include "export/TablePrint.h"
#include "text/VietnameseText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocument>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cds {

namespace {

// Sorts numbers as numbers and text with the Vietnamese collation
// (GLOSSARY: "Đức Phổ" after "Dung"); keeps the rows holding every word of
// the search (case and diacritics ignored, as the record lists search).
class VietnameseSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text)
    {
        const QStringList words = text::searchKey(text).split(u' ', Qt::SkipEmptyParts);
        if (words == m_words)
            return;
        m_words = words;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(DrillDownModel::SearchKeyRole).toString();
        for (const QString &word : m_words) {
            if (!key.contains(word))
                return false;
        }
        return true;
    }

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
    QStringList m_words;
};

} // namespace

DrillDownModel::DrillDownModel(const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

DrillDownModel::~DrillDownModel() = default;

void DrillDownModel::appendRow(const QStringList &display, const QVariantList &raw, const Record &record)
{
    beginInsertRows(QModelIndex(), int(m_display.size()), int(m_display.size()));
    m_display << display;
    m_raw << raw;
    m_searchKeys << text::searchKey(display.join(u' '));
    m_records << record;
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
    case SearchKeyRole:
        return m_searchKeys[index.row()];
    case RecordTableRole:
        return m_records[index.row()].table;
    case RecordIdRole:
        return m_records[index.row()].id;
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

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("drillDownSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("drillDownShownLabel"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_shownLabel);

    auto *proxy = new VietnameseSortModel(this);
    proxy->setSourceModel(model);
    m_proxy = proxy;
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("drillDownTableView"));
    m_tableView->setModel(proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->resizeColumnsToContents();

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setSearchText(text);
        updateShownCount();
    });
    // Enter in the search goes to the first row found, as in the record lists.
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_tableView->setFocus();
        if (m_proxy->rowCount() > 0)
            m_tableView->selectRow(0);
    });
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString table = index.data(DrillDownModel::RecordTableRole).toString();
        const qint64 id = index.data(DrillDownModel::RecordIdRole).toLongLong();
        if (!table.isEmpty() && id > 0)
            emit recordActivated(table, id);
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchLineEdit->selectAll();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("drillDownExportButton"));
    exportButton->setAutoDefault(false);
    connect(exportButton, &QPushButton::clicked, this, &DrillDownDialog::exportList);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("drillDownPrintButton"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, &DrillDownDialog::previewPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a row opens it; it must not close the dialog through a default button.
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close))
        close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    updateShownCount();
    m_searchLineEdit->setFocus();
}

DrillDownDialog::~DrillDownDialog() = default;

void DrillDownDialog::setPrintHtml(const QString &html)
{
    m_printHtml = html;
}

QString DrillDownDialog::printHtml() const
{
    return m_printHtml;
}

void DrillDownDialog::setPrintHeading(const QString &campaign, const QString &scope, const QDate &date)
{
    m_campaign = campaign;
    m_scope = scope;
    m_printDate = date;
}

QStringList DrillDownDialog::printHeadingLines() const
{
    QStringList lines;
    QStringList first;
    if (!m_campaign.isEmpty())
        first << m_campaign;
    if (!m_scope.isEmpty())
        first << tr("Scope: %1").arg(m_scope);
    if (!first.isEmpty())
        lines << first.join(QStringLiteral(" · "));
    lines << m_summaryLabel->text();
    if (!m_searchLineEdit->text().trimmed().isEmpty())
        lines << tr("Rows matching \u201c%1\u201d: %2").arg(m_searchLineEdit->text().trimmed(),
                                                        text::formatNumber(m_proxy->rowCount()));
    lines << tr("Printed on %1").arg(text::formatDate(m_printDate.isValid() ? m_printDate : QDate::currentDate()));
    return lines;
}

const QAbstractItemModel *DrillDownDialog::shownModel() const
{
    return m_proxy;
}

int DrillDownDialog::printTo(QPrinter *printer) const
{
    if (!m_printHtml.isEmpty()) {
        QTextDocument document;
        document.setHtml(m_printHtml);
        document.print(printer);
        return document.pageCount();
    }
    return TablePrint::print(printer, TablePrint::fromModel(*m_proxy, windowTitle(), printHeadingLines()));
}

QString DrillDownDialog::exportList()
{
    return ListExport::exportList(this, *m_proxy, DrillDownModel::UnderlyingDataRole, windowTitle(),
                                  windowTitle().left(60));
}

void DrillDownDialog::updateShownCount()
{
    m_shownLabel->setText(tr("%1 of %2 shown").arg(text::formatNumber(m_proxy->rowCount()),
                                                   text::formatNumber(m_model->rowCount())));
}

void DrillDownDialog::previewPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(windowTitle());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { printTo(target); });
    preview.exec();
}

} // namespace cds
