#include "records/RecordWidgets.h"

#include "text/VietnameseText.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>

namespace cds::widgets {

namespace {

constexpr int searchRole = Qt::UserRole + 40;

QString noneText()
{
    return QCoreApplication::translate("cds::widgets", "(none)");
}

// Matches the folded typed text anywhere in the folded entry.
class FoldedFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setTyped(const QString &typed)
    {
        m_typed = text::searchKey(typed);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_typed.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        QString key = index.data(searchRole).toString();
        if (key.isEmpty())
            key = text::searchKey(index.data(Qt::DisplayRole).toString());
        return key.contains(m_typed);
    }

private:
    QString m_typed;
};

} // namespace

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *filter = new FoldedFilter(combo);
    filter->setSourceModel(combo->model());
    auto *completer = new QCompleter(filter, combo);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(completer);
    QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, combo, [filter, completer](const QString &typed) {
        filter->setTyped(typed);
        if (!typed.isEmpty())
            completer->complete();
    });
    QObject::connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), combo,
                     [combo, filter](const QModelIndex &index) {
                         const QModelIndex source = filter->mapToSource(index);
                         combo->setCurrentIndex(source.row());
                     });
}

void fillComboFromQuery(QComboBox *combo, const QSqlDatabase &db, const QString &sql, bool allowNone,
                        const QVariantList &values)
{
    const QVariant previous = combo->currentData();
    combo->clear();
    if (allowNone)
        combo->addItem(noneText(), QVariant());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next()) {
            combo->addItem(query.value(1).toString(), query.value(0));
            combo->setItemData(combo->count() - 1, text::searchKey(query.value(1).toString()), searchRole);
        }
    }
    if (previous.isValid())
        selectData(combo, previous);
}

void fillUnitCombo(QComboBox *combo, const QSqlDatabase &db, const QList<int> &levels, bool allowNone, qint64 currentId,
                   const QDate &validOn)
{
    QStringList levelList;
    for (const int level : levels)
        levelList << QString::number(level);
    const QString levelCondition = levelList.isEmpty() ? QStringLiteral("1") : QStringLiteral("u.level IN (%1)").arg(levelList.join(u','));
    QVariantList values;
    QString dateCondition = QStringLiteral("1");
    if (validOn.isValid()) {
        dateCondition = QStringLiteral("((u.valid_to IS NULL OR u.valid_to >= ?) AND (u.valid_from IS NULL OR u.valid_from <= ?) OR u.id = ?)");
        values << validOn.toString(Qt::ISODate) << validOn.toString(Qt::ISODate) << currentId;
    }
    fillComboFromQuery(combo, db,
                       QStringLiteral("SELECT u.id, u.name || CASE WHEN p.name IS NULL THEN '' ELSE ' — ' || p.name END "
                                      "|| CASE WHEN u.valid_to IS NULL OR ? THEN '' ELSE ' (%1)' END "
                                      "FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id "
                                      "WHERE %2 AND %3 "
                                      "ORDER BY u.level, p.sort_key, u.sort_key, u.id")
                               .arg(QCoreApplication::translate("cds::widgets", "closed"), levelCondition, dateCondition),
                       allowNone, QVariantList{ validOn.isValid() ? 1 : 0 } + values);
}

void fillOrganisationCombo(QComboBox *combo, const QSqlDatabase &db, bool allowNone)
{
    fillComboFromQuery(combo, db,
                       QStringLiteral("SELECT id, name || CASE WHEN abbreviation IS NULL THEN '' ELSE ' (' || abbreviation || ')' END "
                                      "FROM organisation ORDER BY sort_key, id"),
                       allowNone);
}

void selectData(QComboBox *combo, const QVariant &value)
{
    int index = -1;
    if (value.isNull() || !value.isValid()) {
        index = combo->findData(QVariant());
    } else {
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant data = combo->itemData(i);
            if (data.isValid() && !data.isNull() && data.toString() == value.toString()) {
                index = i;
                break;
            }
        }
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QVariant chosenId(const QComboBox *combo)
{
    if (combo->currentIndex() < 0)
        return {};
    if (combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex()))
        return {};
    return combo->currentData();
}

QList<QPair<QString, QVariant>> districtFilterChoices(const QSqlDatabase &db, const QString &allLabel)
{
    QList<QPair<QString, QVariant>> districts = { { allLabel, QVariant() } };
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id, name FROM admin_unit WHERE level = 2 ORDER BY sort_key, id"))) {
        while (query.next())
            districts << qMakePair(query.value(1).toString(), query.value(0));
    }
    return districts;
}

} // namespace cds::widgets
