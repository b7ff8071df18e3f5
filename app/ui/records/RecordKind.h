#pragma once

#include "records/RecordListModel.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;
class QUndoStack;

namespace cds {

class RecordListPage;

// Where a form or a list works: the open database, the campaign chosen in the
// main window (0: none), and the undo stack that saved changes go on.
struct RecordContext
{
    QSqlDatabase db;
    int campaignId = 0;
    QUndoStack *undoStack = nullptr;
};

// One kind of record the department keeps (issue #3): its list and its form.
// The main window shows one RecordListPage per kind; the page calls back here
// to add, open and describe records. Kinds are listed in RecordKinds.cpp.
class RecordKind
{
public:
    virtual ~RecordKind() = default;

    virtual QString key() const = 0;   // "organisations": settings key and object names
    virtual QString title() const = 0; // navigation text: "Organisations"
    virtual ListDefinition listDefinition() const = 0;
    // Whether the list shows only the main window's campaign.
    bool perCampaign() const { return !listDefinition().campaignExpression.isEmpty(); }

    // Adds the filters that fit the record (combos, date ranges) to the page.
    virtual void addFilters(RecordListPage *page, const RecordContext &context) { Q_UNUSED(page) Q_UNUSED(context) }

    // Opens the form on record id, or on a new record when id is 0; returns the
    // change group the form saved (ChangeLog.h), 0 when closed without saving.
    // The form pushes nothing: the page puts the group on the undo stack.
    virtual qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) = 0;

    // A note shown above the list when its rows alone would mislead, e.g. the
    // members page while teams report only a declared count; empty: none.
    // Called when the page is shown and after every write.
    virtual QString notice(const RecordContext &context) const
    {
        Q_UNUSED(context)
        return {};
    }

    // The name a confirmation quotes: "Báo Quảng Ngãi".
    virtual QString describe(const RecordContext &context, qint64 id) const;

    // Referring tables whose rows belong to the record and go with it when it
    // is removed (listed in the confirmation, removed in the same change group
    // so undo brings them back): e.g. a member's team_member history.
    virtual QStringList ownedTables() const { return {}; }

    // The safe choice offered when the record is used elsewhere and cannot be
    // removed (e.g. closing an administrative unit with an end date instead).
    // Empty label: none (for this record); the message only says what uses it.
    virtual QString safeChoiceLabel(const RecordContext &context, qint64 id) const
    {
        Q_UNUSED(context) Q_UNUSED(id)
        return {};
    }
    virtual qint64 applySafeChoice(QWidget *parent, const RecordContext &context, qint64 id)
    {
        Q_UNUSED(parent) Q_UNUSED(context) Q_UNUSED(id)
        return 0;
    }
};

// Every kind, in navigation order; defined in RecordKinds.cpp.
std::vector<std::unique_ptr<RecordKind>> createRecordKinds();

} // namespace cds
