#include "records/RecordListPage.h"
#include "ui_RecordListPage.h"

#include "common/MessageBox.h"
#include "common/WrappingHeaderView.h"
#include "export/ListExport.h"
#include "records/ChangeLog.h"
#include "records/RecordStore.h"
#include "records/UndoCommands.h"
#include "text/VietnameseText.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QMainWindow>
#include <QStatusBar>
#include <QMenu>
#include <QResizeEvent>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QSignalBlocker>
#include <QTimer>

#include <cmath>
#include <utility>

namespace cds {

RecordListPage::RecordListPage(RecordKind *kind, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::RecordListPage>()),
      m_kind(kind),
      m_model(new RecordListModel(kind->listDefinition(), this)),
      m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(kind->key() + QStringLiteral("Page"));
    m_model->setDeferred(true); // read when first shown
    m_ui->titleLabel->setText(kind->title());
    m_ui->messageLabel->hide();
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setFrameShape(QFrame::StyledPanel);
    m_noticeLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"));
    m_noticeLabel->hide();
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->recordsTableView), m_noticeLabel);

    QTableView *view = m_ui->recordsTableView;
    view->setHorizontalHeader(new WrappingHeaderView(view));
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordListPage::showColumnMenu);
    restoreState();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveState(); });
    connect(header, &QHeaderView::sectionResized, this, [this] {
        // A section dragged by the clerk keeps the widths as set (the last,
        // stretched section also resizes itself with the list: not the clerk).
        if (m_headerPressed)
            m_columnsAutoFitted = false;
        saveState();
    });
    view->viewport()->installEventFilter(this);
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveState(); });

    // Typing waits for a short pause before querying, so a fast typist sees one update.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setDeferred(false);
        m_model->setSearchText(m_ui->searchLineEdit->text());
    });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setDeferred(false);
        m_model->setSearchText(m_ui->searchLineEdit->text());
        m_ui->recordsTableView->setFocus();
        if (m_model->isReading())
            m_selectFirstWhenRead = true; // when the first page arrives
        else if (m_model->rowCount() > 0)
            m_ui->recordsTableView->selectRow(0);
    });
    connect(m_model, &RecordListModel::firstPageRead, this, [this] {
        if (std::exchange(m_selectFirstWhenRead, false) && m_model->rowCount() > 0)
            m_ui->recordsTableView->selectRow(0);
    });
    connect(m_model, &RecordListModel::countRead, this, [this] {
        if (m_whenRead && !m_model->isReading())
            std::exchange(m_whenRead, nullptr)();
    });

    connect(m_ui->addButton, &QPushButton::clicked, this, &RecordListPage::addRecord);
    connect(m_ui->openButton, &QPushButton::clicked, this, &RecordListPage::openCurrent);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &RecordListPage::removeCurrent);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RecordListPage::exportList);
    connect(view, &QTableView::activated, this, &RecordListPage::openCurrent);

    // Insert and Ctrl+F work wherever the focus is in the window (the
    // navigation list after a click, say) while this page is shown (a hidden
    // page's shortcuts do not fire); Delete only from within the page.
    auto shortcut = [this](const QKeySequence &keys, void (RecordListPage::*slot)(),
                           Qt::ShortcutContext context = Qt::WindowShortcut) {
        auto *result = new QShortcut(keys, this);
        result->setContext(context);
        connect(result, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Insert), &RecordListPage::addRecord);
    shortcut(QKeySequence(Qt::Key_Delete), &RecordListPage::removeCurrent, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence::Find, &RecordListPage::focusSearch);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateShownCount);
    connect(m_model, &RecordListModel::countRead, this, &RecordListPage::updateShownCount);
    updateShownCount();
}

RecordListPage::~RecordListPage() = default;

void RecordListPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setDeferred(true);
}

void RecordListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setDeferred(false);
    if (m_filtersStale)
        refillFilters();
    updateNotice();
    if (m_sizeColumnsToContents)
        QTimer::singleShot(0, this, &RecordListPage::updateShownCount);
}

void RecordListPage::setContext(const RecordContext &context)
{
    const bool first = !m_context.db.isValid() && context.db.isValid();
    m_context = context;
    const QString campaign = m_model->definition().campaignExpression;
    if (!campaign.isEmpty())
        m_model->setFilter(QStringLiteral("fixed:campaign"), campaign + QStringLiteral(" = ?"), { context.campaignId });
    if (first)
        m_kind->addFilters(this, m_context);
    else
        m_filtersStale = true;
    m_model->setDatabase(context.db);
    if (!first && isVisible())
        refillFilters();
    if (isVisible())
        updateNotice();
}

void RecordListPage::updateNotice()
{
    if (m_noticeJob) {
        m_noticeJob->cancel(); // for the data before the write
        m_noticeJob = nullptr;
    }
    if (!m_context.db.isOpen()) {
        setNotice(QString());
        return;
    }
    if (!m_model->readsInBackground()) {
        setNotice(m_kind->notice(m_context));
        return;
    }
    // The notice shown stays until the new one comes.
    const RecordKind *kind = m_kind;
    const int campaignId = m_context.campaignId;
    m_noticeJob = m_model->worker()->run([kind, campaignId](const QSqlDatabase &db, JobControl &, QString *) {
        RecordContext context;
        context.db = db;
        context.campaignId = campaignId;
        return QVariant(kind->notice(context));
    });
    DatabaseJob *job = m_noticeJob;
    connect(job, &DatabaseJob::finished, this, [this, job] {
        if (job != m_noticeJob || job->isCancelled())
            return;
        m_noticeJob = nullptr;
        setNotice(job->result().toString());
    });
}

void RecordListPage::setNotice(const QString &notice)
{
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

QPushButton *RecordListPage::addActionButton(const QString &name, const QString &text,
                                             const std::function<void()> &action)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, action);
    m_ui->buttonsLayout->insertWidget(m_ui->buttonsLayout->indexOf(m_ui->removeButton) + 1, button);
    return button;
}

QComboBox *RecordListPage::addComboFilter(const QString &name, const QString &label, const QString &condition,
                                          const QList<QPair<QString, QVariant>> &choices)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name + QStringLiteral("FilterComboBox"));
    combo->setToolTip(label);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &choice : choices)
        combo->addItem(choice.first, choice.second);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name, condition] {
        m_model->setDeferred(false);
        const QVariant value = combo->currentData();
        if (!value.isValid())
            m_model->setFilter(name, QString());
        else
            m_model->setFilter(name, condition, { value });
    });
    addFilterWidget(combo);
    return combo;
}

QComboBox *RecordListPage::addComboFilter(const QString &name, const QString &label, const QString &condition,
                                          const FilterChoices &choices)
{
    QComboBox *combo = addComboFilter(name, label, condition, choices(m_context.db));
    m_filterChoices.append({combo, name, choices});
    return combo;
}

void RecordListPage::refillFilters()
{
    m_filtersStale = false;
    for (const FilterSource &source : std::as_const(m_filterChoices)) {
        QComboBox *combo = source.combo;
        if (!combo)
            continue;
        const QVariant chosen = combo->currentData();
        const QList<QPair<QString, QVariant>> items = source.choices(m_context.db);
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        const int index = chosen.isValid() ? combo->findData(chosen) : 0;
        combo->setCurrentIndex(std::max(0, index));
        // The chosen value is gone (its last record deleted): show all again.
        if (index < 0)
            m_model->setFilter(source.name, QString());
    }
}

void RecordListPage::addFilterWidget(QWidget *widget)
{
    m_ui->filtersLayout->addWidget(widget);
    QWidget::setTabOrder(m_ui->searchLineEdit, widget);
}

qint64 RecordListPage::currentId() const
{
    const QModelIndex index = m_ui->recordsTableView->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void RecordListPage::selectId(qint64 id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && m_model->rowCount() > 0) {
        m_model->idAt(0); // the first page, where a search result or a new record usually is
        row = m_model->rowOfId(id);
    }
    if (row >= 0) {
        m_ui->recordsTableView->selectRow(row);
        m_ui->recordsTableView->scrollTo(m_model->index(row, 0));
    }
}

void RecordListPage::addRecord()
{
    if (!m_context.db.isOpen())
        return;
    if (m_kind->perCampaign() && m_context.campaignId == 0) {
        MessageBox::information(this, m_kind->title(), tr("Choose or create a campaign first."));
        return;
    }
    const qint64 group = m_kind->edit(this, m_context, 0);
    if (group == 0)
        return;
    const QString table = m_kind->listDefinition().table;
    pushChange(m_context.undoStack, m_context.db, group, table);
    // Show the new record: clear a search that would hide it, select it if it
    // is among the first rows, and say what was saved.
    qint64 newId = 0;
    for (const changelog::Entry &entry : changelog::entries(m_context.db, group)) {
        if (entry.tableName == table && entry.operation == QLatin1String("insert")) {
            newId = entry.rowId;
            break;
        }
    }
    refresh();
    if (newId != 0) {
        whenRead([this, newId] {
            if (m_model->rowOfId(newId) < 0 && !m_ui->searchLineEdit->text().isEmpty()) {
                m_ui->searchLineEdit->clear();
                m_searchTimer->stop();
                m_model->setSearchText(QString());
                whenRead([this, newId] { selectId(newId); });
                return;
            }
            selectId(newId);
        });
    }
    showSaved(group);
    if (newId != 0)
        emit recordAdded(table, newId);
}

void RecordListPage::showSaved(qint64 group)
{
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(tr("Saved: %1").arg(changelog::groupDescription(m_context.db, group)), 6000);
}

void RecordListPage::openCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const int row = m_ui->recordsTableView->currentIndex().row();
    const qint64 group = m_kind->edit(this, m_context, id);
    if (group == 0)
        return;
    pushChange(m_context.undoStack, m_context.db, group, m_kind->listDefinition().table);
    refresh();
    whenRead([this, row] {
        if (row < m_model->rowCount())
            m_ui->recordsTableView->selectRow(row);
    });
    showSaved(group);
}

void RecordListPage::removeCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const QString table = m_kind->listDefinition().table;
    const QString name = m_kind->describe(m_context, id);
    const QString kindName = records::kindName(table);
    QString error;
    const QList<RecordUsage> usages = records::usages(m_context.db, table, id, &error);
    QStringList usedBy;
    QStringList partsOf;
    QList<RecordUsage> owned;
    for (const RecordUsage &usage : usages) {
        const bool isOwned = m_kind->ownedTables().contains(usage.table);
        if (isOwned)
            owned << usage;
        (usage.cascades || isOwned ? partsOf : usedBy) << records::describeCount(usage.table, usage.count);
    }

    if (!usedBy.isEmpty()) {
        const QString message = tr("The %1 “%2” cannot be removed because other records use it: %3.")
                                        .arg(kindName, name, usedBy.join(QStringLiteral(", ")));
        if (m_kind->safeChoiceLabel(m_context, id).isEmpty()) {
            MessageBox::warning(this, tr("Remove %1").arg(kindName),
                                message + u'\n' + tr("Remove or move those records first."));
            return;
        }
        const auto answer = MessageBox::question(
                this, tr("Remove %1").arg(kindName),
                message + QStringLiteral("\n\n") + tr("%1 instead?").arg(m_kind->safeChoiceLabel(m_context, id)));
        if (answer != QMessageBox::Yes)
            return;
        const qint64 group = m_kind->applySafeChoice(this, m_context, id);
        if (group != 0) {
            pushChange(m_context.undoStack, m_context.db, group, table);
            refresh();
        }
        return;
    }

    QString question = tr("Remove the %1 “%2”?").arg(kindName, name);
    if (!partsOf.isEmpty())
        question += u'\n' + tr("Removed with it: %1.").arg(partsOf.join(QStringLiteral(", ")));
    question += u'\n' + tr("Edit → Undo (Ctrl+Z) brings it back.");
    if (MessageBox::question(this, tr("Remove %1").arg(kindName), question) != QMessageBox::Yes)
        return;
    RecordTransaction write(m_context.db, tr("Remove %1 “%2”").arg(kindName, name));
    for (const RecordUsage &usage : std::as_const(owned))
        write.removeWhere(usage.table, usage.column, id);
    write.remove(table, id);
    if (!write.commit()) {
        MessageBox::critical(this, tr("Remove %1").arg(kindName),
                             tr("“%1” could not be removed: %2").arg(name, write.error()));
        return;
    }
    const int row = m_ui->recordsTableView->currentIndex().row();
    pushChange(m_context.undoStack, m_context.db, write.groupId(), table);
    refresh();
    whenRead([this, row] {
        if (m_model->rowCount() > 0)
            m_ui->recordsTableView->selectRow(std::min(row, m_model->rowCount() - 1));
    });
}

void RecordListPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

void RecordListPage::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else {
        m_filtersStale = !m_filterChoices.isEmpty();
        m_model->setDeferred(true);
        m_model->refresh(); // only marks the list for reading when shown
    }
}

void RecordListPage::refresh()
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    // The id of the selected row as read, never a page read for it.
    const qint64 id = current.isValid() ? m_model->data(current, RecordListModel::IdRole).toLongLong() : 0;
    m_model->setDeferred(false);
    if (!m_filterChoices.isEmpty())
        refillFilters();
    // On the worker when one serves: the rows shown stay until the new ones come.
    m_model->reload();
    updateNotice();
    if (id != 0) {
        whenRead([this, id] {
            // The first page is read; a record near the top is found again.
            m_model->idAt(0);
            selectId(id);
        });
    }
}

void RecordListPage::whenRead(std::function<void()> then)
{
    if (!m_model->isReading()) {
        m_whenRead = nullptr;
        then();
        return;
    }
    if (!m_whenRead) {
        m_whenRead = std::move(then);
        return;
    }
    // After what was already waiting (a selection, then another one).
    m_whenRead = [first = std::move(m_whenRead), second = std::move(then)] {
        first();
        second();
    };
}

QString RecordListPage::exportList()
{
    const QString baseName = m_kind->key() + QDate::currentDate().toString(QStringLiteral("-yyyy-MM-dd"));
    const QString path = m_context.db.databaseName();
    // A list of a database file is read and written by a worker, row by row
    // (500.000 members, issue #15); an in-memory database has no file for
    // the worker to open, and its lists are small: every row is then read at
    // once, not asked of the worker page by page.
    if (path.isEmpty() || path == QStringLiteral(":memory:") || path.startsWith(QStringLiteral("file:"))) {
        m_model->setPagesInBackground(false);
        const QString written =
                ListExport::exportList(this, *m_model, RecordListModel::RawValueRole, m_kind->title(), baseName);
        m_model->setPagesInBackground(true);
        return written;
    }
    return ListExport::exportQuery(this, path, m_model->exportQuery(m_kind->title()), baseName);
}

void RecordListPage::updateShownCount()
{
    if (m_sizeColumnsToContents && m_model->rowCount() > 0 && isVisible()) {
        m_sizeColumnsToContents = false;
        m_columnsAutoFitted = true;
        fitColumns();
    }
    updateCountLabel();
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->recordsTableView->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    // Widths fitted by the page (not set by the clerk) follow the list's width:
    // a page built at its first show gets its final size after the first fit.
    if (watched == m_ui->recordsTableView->viewport() && event->type() == QEvent::Resize && m_columnsAutoFitted) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            QTimer::singleShot(0, this, [this] {
                if (m_columnsAutoFitted)
                    fitColumns();
            });
    }
    return QWidget::eventFilter(watched, event);
}

void RecordListPage::fitColumns()
{
    {
        // Fit the columns to the rows on screen (the view measures only those), within
        // reason; the widths the clerk then sets are remembered instead.
        QTableView *view = m_ui->recordsTableView;
        const QSignalBlocker blocker(view->horizontalHeader());
        view->resizeColumnsToContents();
        QHeaderView *header = view->horizontalHeader();
        const int available = view->viewport()->width();
        const int widest = std::max(200, available / 3);
        // The column that says which row it is (the first: a name, a title)
        // gets its room first, up to half the list; a header is never cut
        // (its text, the margins and the sort arrow).
        const int identifying = header->logicalIndex(0);
        auto *captions = static_cast<WrappingHeaderView *>(header);
        int others = 0;
        for (int i = 0; i < m_model->columnCount(); ++i) {
            const int captionWidth = captions->captionWidth(i);
            const int limit = i == identifying ? std::max(widest, available / 2) : widest;
            header->resizeSection(i, std::max(captionWidth, std::clamp(header->sectionSize(i) + 12, 70, limit)));
            if (i != identifying && !header->isSectionHidden(i))
                others += header->sectionSize(i);
        }
        // Where the columns do not all fit, the other columns give back what they
        // take beyond their caption, in proportion; then the identifying one
        // gives back what it took beyond two fifths of the list. So it keeps its
        // room first, and as few columns as possible end cut at the edge (what
        // is cut then shows whole in its tooltip).
        int excess = others + header->sectionSize(identifying) - available;
        if (excess > 0) {
            int spare = 0;
            for (int i = 0; i < m_model->columnCount(); ++i) {
                if (i != identifying && !header->isSectionHidden(i))
                    spare += std::max(0, header->sectionSize(i) - std::max(90, captions->captionWidth(i)));
            }
            if (spare > 0) {
                const double share = std::min(1.0, double(excess) / spare);
                for (int i = 0; i < m_model->columnCount(); ++i) {
                    if (i == identifying || header->isSectionHidden(i))
                        continue;
                    const int floor = std::max(90, captions->captionWidth(i));
                    const int size = header->sectionSize(i);
                    if (size > floor) {
                        const int given = std::min(size - floor, int(std::ceil((size - floor) * share)));
                        header->resizeSection(i, size - given);
                        others -= given;
                    }
                }
            }
            excess = others + header->sectionSize(identifying) - available;
        }
        if (excess > 0) {
            const int least = std::max(captions->captionWidth(identifying), available * 2 / 5);
            header->resizeSection(identifying,
                                  std::max(least, header->sectionSize(identifying) - excess));
        }
    }
}

void RecordListPage::updateCountLabel()
{
    const qint64 shown = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    QString countText;
    if (m_model->isReading() && m_model->lastError().isEmpty())
        countText = m_model->isCounting() && shown > 0 ? tr("%1 shown, counting …").arg(text::formatNumber(shown))
                                                        : tr("Reading the list …");
    else if (m_model->isCountCapped())
        countText = tr("First %1 of more than %1 found (of %2): type more to narrow")
                            .arg(text::formatNumber(shown), text::formatNumber(total));
    else if (shown == total)
        countText = tr("%1 record(s)", nullptr, int(std::min<qint64>(total, 1000000))).arg(text::formatNumber(total));
    else
        countText = tr("Showing %1 of %2").arg(text::formatNumber(shown), text::formatNumber(total));
    m_ui->recordCountLabel->setText(countText);
    const QString error = m_model->lastError();
    m_ui->messageLabel->setText(error.isEmpty() ? QString() : tr("The list could not be read: %1").arg(error));
    m_ui->messageLabel->setVisible(!error.isEmpty());
    m_ui->openButton->setEnabled(shown > 0);
    m_ui->removeButton->setEnabled(shown > 0);
}

void RecordListPage::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("lists/%1/header").arg(m_kind->key()),
                      m_ui->recordsTableView->horizontalHeader()->saveState());
}

void RecordListPage::restoreState()
{
    QHeaderView *header = m_ui->recordsTableView->horizontalHeader();
    const QByteArray state = QSettings().value(QStringLiteral("lists/%1/header").arg(m_kind->key())).toByteArray();
    const ListDefinition &definition = m_model->definition();
    if (state.isEmpty() || !header->restoreState(state) || header->count() != definition.columns.size()) {
        for (int i = 0; i < definition.columns.size(); ++i) {
            header->setSectionHidden(i, definition.columns.at(i).hiddenByDefault);
            header->resizeSection(i, std::max(90, static_cast<WrappingHeaderView *>(header)->captionWidth(i)));
        }
        m_sizeColumnsToContents = true;
        header->setSortIndicator(definition.defaultSortColumn, Qt::AscendingOrder);
    }
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void RecordListPage::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->recordsTableView->horizontalHeader();
    QMenu menu(this);
    for (int i = 0; i < m_model->columnCount(); ++i) {
        QAction *action = menu.addAction(m_model->headerData(i, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(i));
        connect(action, &QAction::toggled, this, [this, header, i](bool shown) {
            header->setSectionHidden(i, !shown);
            saveState();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace cds
