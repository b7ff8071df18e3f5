#include "ReportListModel.h"

#include "report/ReportTemplate.h"
#include "text/VietnameseText.h"

#include <QBrush>
#include <QFont>

namespace cds {

ReportListModel::ReportListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportListModel::setReports(const QList<ReportRecord> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

const ReportRecord *ReportListModel::report(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

int ReportListModel::rowOf(int reportId) const
{
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        if (m_reports.at(i).id == reportId)
            return int(i);
    }
    return -1;
}

QString ReportListModel::statusText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Issued: return tr("Issued");
    case ReportStatus::Withdrawn: return tr("Withdrawn");
    case ReportStatus::Draft: break;
    }
    return tr("Draft");
}

QString ReportListModel::subjectText(const ReportRecord &record)
{
    const QVariantMap context{{QStringLiteral("campaign"),
                               QVariantMap{{QStringLiteral("name"), record.campaignName},
                                           {QStringLiteral("year"), QString::number(record.campaignYear)}}}};
    QString subject;
    if (!renderTemplate(record.subject, context, &subject, nullptr))
        subject = record.subject;
    return subject.section(u'\n', 0, 0).trimmed();
}

QString ReportListModel::draftText(const ReportRecord &record)
{
    // Drafts share a subject; which one is which: its number in the register
    // of drafts, the month it reports on and the template it started from.
    QStringList parts{ tr("draft #%1").arg(record.id) };
    if (record.draftMonth > 0)
        parts << tr("month %1/%2").arg(record.draftMonth).arg(record.campaignYear);
    if (!record.templateName.isEmpty())
        parts << tr("template \"%1\"").arg(record.templateName);
    return subjectText(record) + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportRecord &r = m_reports.at(index.row());
    if (role == ReportIdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn: return r.numberAndSymbol();
        case DateColumn: return r.issueDate.isValid() ? text::formatDate(r.issueDate) : QString();
        case CampaignColumn: return r.campaignName;
        case SubjectColumn: return r.status == ReportStatus::Draft ? draftText(r) : subjectText(r);
        case StatusColumn:
            return r.status == ReportStatus::Withdrawn && role == Qt::ToolTipRole
                    ? statusText(r.status) + QStringLiteral(": ") + r.withdrawalReason
                    : statusText(r.status);
        }
    }
    if (role == UnderlyingDataRole) {
        switch (index.column()) {
        case NumberColumn: return r.registerYear * 100000 + r.number;
        case DateColumn: return r.issueDate.isValid() ? r.issueDate.toString(Qt::ISODate) : QString();
        case CampaignColumn: return r.campaignYear;
        case SubjectColumn: return subjectText(r);
        case StatusColumn: return reportStatusCode(r.status);
        }
    }
    if (role == Qt::FontRole && r.status == ReportStatus::Withdrawn) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::ForegroundRole && r.status == ReportStatus::Draft && index.column() == StatusColumn)
        return QBrush(Qt::darkYellow);
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case DateColumn: return tr("Date");
    case CampaignColumn: return tr("Campaign");
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("State");
    }
    return {};
}

ReportFilterModel::ReportFilterModel(QObject *parent) : QSortFilterProxyModel(parent), m_collator(text::collator()) { }

void ReportFilterModel::setSearchText(const QString &text)
{
    m_key = text::searchKey(text);
    invalidateFilter();
}

bool ReportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_key.isEmpty())
        return true;
    for (int column = 0; column < ReportListModel::ColumnCount; ++column) {
        const QString cell = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text::searchKey(cell).contains(m_key))
            return true;
    }
    return false;
}

bool ReportFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ReportListModel::UnderlyingDataRole);
    const QVariant b = right.data(ReportListModel::UnderlyingDataRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return a.toLongLong() < b.toLongLong();
}

} // namespace cds
