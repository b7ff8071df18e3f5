#pragma once

#include "reports/ReportRegister.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>

namespace cds {

// Every report of the database, drafts, issued and withdrawn, as the records
// office lists them: number, date, campaign, subject, state.
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, DateColumn, CampaignColumn, SubjectColumn, StatusColumn, ColumnCount };
    // The raw value for sorting: number, ISO date, year, text, status code.
    static constexpr int UnderlyingDataRole = Qt::UserRole + 1;
    static constexpr int ReportIdRole = Qt::UserRole + 2;

    explicit ReportListModel(QObject *parent = nullptr);

    void setReports(const QList<ReportRecord> &reports);
    const ReportRecord *report(int row) const;
    int rowOf(int reportId) const;

    // "Draft", "Issued", "Withdrawn" in the interface language.
    static QString statusText(ReportStatus status);
    // The subject's first line with the campaign's name and year filled in.
    static QString subjectText(const ReportRecord &record);
    static QString draftText(const ReportRecord &record);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReportRecord> m_reports;
};

// Search (diacritics ignored) and sorting with the Vietnamese collation.
class ReportFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_key;
    QCollator m_collator;
};

} // namespace cds
