#include "records/RecordWidgets.h"

#include "text/VietnameseText.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>

namespace cds::widgets {

namespace {

constexpr int searchRole = Qt::UserRole + 40;

// The helpers have no meta-object of their own (findChild<T> would match any
// QObject): they are found by name.
const QString lazyChoicesName = QStringLiteral("cds_lazyChoices");
const QString foldedFilterName = QStringLiteral("cds_foldedFilter");

QString noneText()
{
    return QCoreApplication::translate("cds::widgets", "(none)");
}

// Matches the folded typed text anywhere in the folded entry.
class FoldedFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // Every typed word must begin a word of the entry, in any order ("thon 1 binh son").
    void setTyped(const QString &typed)
    {
        m_words = text::searchKey(typed).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        QString key = index.data(searchRole).toString();
        if (key.isEmpty())
            key = text::searchKey(index.data(Qt::DisplayRole).toString());
        return text::hasWordStarts(key, m_words);
    }

private:
    QStringList m_words;
};

// A picker with too many entries to hold: its source, and the completer that
// shows what matches the typed text.
class LazyChoices : public QObject
{
public:
    LazyChoices(QComboBox *combo, ChoiceSource source) : QObject(combo), m_combo(combo), m_source(std::move(source))
    {
        setObjectName(lazyChoicesName);
        m_matches = new QStandardItemModel(this);
        m_completer = new QCompleter(m_matches, this);
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(150);
        connect(m_timer, &QTimer::timeout, this, &LazyChoices::findTyped);
    }

    void install()
    {
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setCompleter(m_completer);
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
        connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
            choose(index.data(Qt::UserRole), index.data(Qt::DisplayRole).toString());
        });
    }

    // Adds the entry (when it is not there yet) and selects it.
    void choose(const QVariant &id, const QString &label)
    {
        int row = -1;
        for (int i = 0; i < m_combo->count() && row < 0; ++i) {
            const QVariant data = m_combo->itemData(i);
            if (data.isValid() && !data.isNull() && data.toString() == id.toString())
                row = i;
        }
        if (row < 0) {
            m_combo->addItem(label, id);
            row = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(row);
    }

    // Reads one entry by its id; false when there is none.
    bool chooseId(const QVariant &id)
    {
        choices::ChoiceFilter only;
        only.onlyId = id.toLongLong();
        const QList<choices::Choice> found = m_source(only);
        if (found.isEmpty())
            return false;
        choose(found.first().id, found.first().label);
        return true;
    }

private:
    void findTyped()
    {
        const QString typed = m_combo->lineEdit()->text();
        m_matches->clear();
        if (text::searchKey(typed).isEmpty())
            return;
        choices::ChoiceFilter filter;
        filter.typed = typed;
        filter.limit = lazyChoiceLimit;
        for (const choices::Choice &choice : m_source(filter)) {
            auto *item = new QStandardItem(choice.label);
            item->setData(choice.id, Qt::UserRole);
            m_matches->appendRow(item);
        }
        if (m_matches->rowCount() > 0)
            m_completer->complete();
    }

    QComboBox *m_combo;
    ChoiceSource m_source;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QTimer *m_timer;
};

LazyChoices *lazyChoicesOf(const QComboBox *combo)
{
    return dynamic_cast<LazyChoices *>(combo->findChild<QObject *>(lazyChoicesName, Qt::FindDirectChildrenOnly));
}

QObject *foldedFilterOf(const QComboBox *combo)
{
    return combo->findChild<QObject *>(foldedFilterName, Qt::FindDirectChildrenOnly);
}

} // namespace

void makeSearchable(QComboBox *combo)
{
    if (lazyChoicesOf(combo) || foldedFilterOf(combo))
        return;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *filter = new FoldedFilter(combo);
    filter->setObjectName(foldedFilterName);
    filter->setSourceModel(combo->model());
    // Owned by the filter, so that setChoices() can remove both.
    auto *completer = new QCompleter(filter, filter);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(completer);
    QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, filter, [filter, completer](const QString &typed) {
        filter->setTyped(typed);
        if (!typed.isEmpty())
            completer->complete();
    });
    // The index is the completion model's (QCompleter::activated), a proxy of
    // the filter: mapped through both to the combo's row. (Mapped through the
    // filter alone it was "from the wrong model", and the choice was lost.)
    QObject::connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), filter,
                     [combo, filter, completer](const QModelIndex &index) {
                         QModelIndex inFilter = index;
                         if (index.model() != filter) {
                             const auto *completion = qobject_cast<const QAbstractProxyModel *>(completer->completionModel());
                             inFilter = completion && index.model() == completion ? completion->mapToSource(index) : QModelIndex();
                         }
                         const QModelIndex source = inFilter.isValid() ? filter->mapToSource(inFilter) : QModelIndex();
                         if (source.isValid())
                             combo->setCurrentIndex(source.row());
                     });
}

void fillCombo(QComboBox *combo, const QList<choices::Choice> &entries, bool allowNone)
{
    const QVariant previous = combo->currentData();
    combo->clear();
    if (allowNone)
        combo->addItem(noneText(), QVariant());
    for (const choices::Choice &entry : entries) {
        combo->addItem(entry.label, entry.id);
        combo->setItemData(combo->count() - 1, text::searchKey(entry.label), searchRole);
    }
    if (previous.isValid())
        selectData(combo, previous);
}

void setChoices(QComboBox *combo, qint64 total, const ChoiceSource &source, bool allowNone, const QVariant &current)
{
    if (LazyChoices *lazy = lazyChoicesOf(combo)) {
        combo->setCompleter(nullptr);
        delete lazy;
    }
    if (total <= largeChoiceList) {
        fillCombo(combo, source({}), allowNone);
        makeSearchable(combo);
        if (current.isValid() && !current.isNull())
            selectData(combo, current);
        return;
    }
    // Install before filling, so that makeSearchable() (called by the forms
    // after filling) sees the combo is searchable already; a filter over all
    // entries installed before goes.
    delete foldedFilterOf(combo);
    auto *lazy = new LazyChoices(combo, source);
    combo->clear();
    if (allowNone)
        combo->addItem(noneText(), QVariant());
    lazy->install();
    combo->lineEdit()->setPlaceholderText(
            QCoreApplication::translate("cds::widgets", "Type to find one of %1").arg(text::formatNumber(total)));
    if (current.isValid() && !current.isNull() && current.toLongLong() != 0)
        lazy->chooseId(current);
    else
        combo->setCurrentIndex(allowNone ? 0 : -1);
}

void fillUnitComboInScope(QComboBox *combo, const QSqlDatabase &db, choices::UnitChoiceScope scope, bool allowNone,
                          qint64 currentId)
{
    scope.keepId = currentId;
    if (scope.closedMark.isEmpty())
        scope.closedMark = QCoreApplication::translate("cds::widgets", "(closed)");
    const qint64 total = choices::unitChoiceCount(db, scope);
    setChoices(combo, total,
               [db, scope](const choices::ChoiceFilter &filter) { return choices::unitChoices(db, scope, filter); },
               allowNone, currentId == 0 ? QVariant() : QVariant(currentId));
}

void fillUnitCombo(QComboBox *combo, const QSqlDatabase &db, const QList<int> &levels, bool allowNone, qint64 currentId,
                   const QDate &validOn)
{
    choices::UnitChoiceScope scope;
    scope.levels = levels;
    scope.validOn = validOn;
    fillUnitComboInScope(combo, db, scope, allowNone, currentId);
}

void fillOrganisationCombo(QComboBox *combo, const QSqlDatabase &db, bool allowNone)
{
    const QVariant previous = combo->currentData();
    setChoices(combo, choices::organisationChoiceCount(db),
               [db](const choices::ChoiceFilter &filter) { return choices::organisationChoices(db, filter); }, allowNone,
               previous);
}

void fillTeamCombo(QComboBox *combo, const QSqlDatabase &db, qint64 campaignId, qint64 alsoTeamId, bool allowNone)
{
    const QVariant previous = combo->currentData();
    setChoices(combo, choices::teamChoiceCount(db, campaignId, alsoTeamId),
               [db, campaignId, alsoTeamId](const choices::ChoiceFilter &filter) {
                   return choices::teamChoices(db, campaignId, alsoTeamId, filter);
               },
               allowNone, previous);
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
        if (index < 0) {
            if (LazyChoices *lazy = lazyChoicesOf(combo); lazy && lazy->chooseId(value))
                return;
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
    for (const choices::Choice &district : choices::districtChoices(db))
        districts << qMakePair(district.label, district.id);
    return districts;
}

} // namespace cds::widgets
