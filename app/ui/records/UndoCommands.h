#pragma once

#include <QSqlDatabase>
#include <QUndoCommand>

namespace cds {

// A saved change group (ChangeLog.h) on Qt's undo stack. It is pushed after
// the change has been written, so the first redo() does nothing; undo()
// writes the inverse as a new group and redo() reverts that one. A step that
// can no longer be undone (the record was changed again since) shows why and
// stays on the stack. Every undo and redo is in the change log like any edit.
class ChangeGroupCommand : public QUndoCommand
{
public:
    ChangeGroupCommand(QSqlDatabase db, qint64 groupId, const QString &description);

    void undo() override;
    void redo() override;

    qint64 groupId() const { return m_current; }

private:
    QSqlDatabase m_db;
    qint64 m_current; // the group whose effect is now in the database
    bool m_first = true;
};

// Puts a saved group on the stack (no-op for group 0 or a null stack) and tells
// the pages that table changed.
void pushChange(QUndoStack *stack, const QSqlDatabase &db, qint64 groupId, const QString &table);

} // namespace cds
