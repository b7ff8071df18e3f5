#pragma once

#include "records/RecordKind.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace Ui {
class RecordListPage;
}

namespace cds {

class DatabaseJob;

// The list of one kind of record (issue #3, "What every list does"): search as
// you type ignoring case and diacritics, Vietnamese sorting, filters that fit
// the record, "shown of total", lazy fetching, Insert / Enter / Delete / Ctrl+F,
// remembered columns, widths and sort, and deletion that says what uses the
// record and offers the safe choice. Built from forms/records/RecordListPage.ui;
// its object name is "<key>Page" (e.g. "membersPage").
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    RecordListPage(RecordKind *kind, QWidget *parent = nullptr);
    ~RecordListPage() override;

    RecordKind *kind() const { return m_kind; }
    RecordListModel *model() const { return m_model; }

    // The database and campaign to show; called when either changes.
    void setContext(const RecordContext &context);
    const RecordContext &context() const { return m_context; }

    // A combo of (text, value) choices that filters on condition (with one ?
    // bound to the chosen value); the first choice, value invalid, shows all.
    QComboBox *addComboFilter(const QString &name, const QString &label, const QString &condition,
                              const QList<QPair<QString, QVariant>> &choices);
    // The same with choices read from the database (districts, outlets in
    // use): read again after every write and database change, keeping the
    // chosen value while it is still a choice.
    using FilterChoices = std::function<QList<QPair<QString, QVariant>>(const QSqlDatabase &)>;
    QComboBox *addComboFilter(const QString &name, const QString &label, const QString &condition,
                              const FilterChoices &choices);
    // A filter with a custom widget: call model()->setFilter() from its signals.
    void addFilterWidget(QWidget *widget);
    // A button after Add, Open and Remove (e.g. "Add several…"), named name.
    QPushButton *addActionButton(const QString &name, const QString &text, const std::function<void()> &action);

    // The selected record's id, 0 when none.
    qint64 currentId() const;
    // Selects the record (after an add) if it is in the rows read so far.
    void selectId(qint64 id);

public slots:
    void addRecord();
    void openCurrent();
    void removeCurrent();
    void focusSearch();
    void refresh();
    // After a write elsewhere: refreshes now if the page is shown, else when it is next shown.
    void refreshWhenShown();
    QString exportList();

signals:
    // A record was added from this page (after it was saved and selected).
    void recordAdded(const QString &table, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateShownCount();
    // Fits the columns to the rows on screen and the list's width (issue #18).
    void fitColumns();
    void updateCountLabel();
    void showSaved(qint64 group);
    void saveState() const;
    void restoreState();
    void showColumnMenu(const QPoint &position);
    void refillFilters();
    // The kind's notice, read on the list's worker when one serves (the
    // members' notice counts the declared members of 100.000 teams).
    void updateNotice();
    void setNotice(const QString &notice);
    // Runs then once the list read after a write has come (at once when the
    // list is not being read): a selection made after a save or a removal.
    void whenRead(std::function<void()> then);

    std::unique_ptr<Ui::RecordListPage> m_ui;
    RecordKind *m_kind;
    RecordListModel *m_model;
    RecordContext m_context;
    QTimer *m_searchTimer;
    QLabel *m_noticeLabel = nullptr; // the kind's notice(), hidden when empty
    struct FilterSource
    {
        QPointer<QComboBox> combo;
        QString name; // the model's filter name
        FilterChoices choices;
    };
    QList<FilterSource> m_filterChoices;
    bool m_filtersStale = false; // a write happened while the page was hidden
    bool m_sizeColumnsToContents = false; // no remembered widths yet: fit the first rows shown
    bool m_selectFirstWhenRead = false;
    bool m_columnsAutoFitted = false;     // the widths are the page's fit, not the clerk's
    bool m_headerPressed = false;         // the clerk holds a mouse button on the header   // Enter in the search while the list was being read
    std::function<void()> m_whenRead;     // see whenRead()
    QPointer<DatabaseJob> m_noticeJob;    // the notice being read on the worker
};

} // namespace cds
