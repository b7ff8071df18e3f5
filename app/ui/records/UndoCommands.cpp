#include "records/UndoCommands.h"

#include "common/DataChangeNotifier.h"
#include "common/MessageBox.h"
#include "records/ChangeLog.h"

#include <QApplication>
#include <QUndoStack>

namespace cds {

ChangeGroupCommand::ChangeGroupCommand(QSqlDatabase db, qint64 groupId, const QString &description)
    : m_db(std::move(db)), m_current(groupId)
{
    setText(description);
}

void ChangeGroupCommand::undo()
{
    QString error;
    const qint64 group = changelog::revertGroup(
            m_db, m_current, QApplication::translate("cds::ChangeGroupCommand", "Undo: %1").arg(text()), &error);
    if (group == 0) {
        MessageBox::warning(QApplication::activeWindow(),
                            QApplication::translate("cds::ChangeGroupCommand", "Cannot undo"),
                            QApplication::translate("cds::ChangeGroupCommand", "“%1” cannot be undone: %2").arg(text(), error));
        setObsolete(true);
        return;
    }
    m_current = group;
    DataChangeNotifier::instance()->notifyChanged();
}

void ChangeGroupCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    QString error;
    const qint64 group = changelog::revertGroup(m_db, m_current, text(), &error);
    if (group == 0) {
        MessageBox::warning(QApplication::activeWindow(),
                            QApplication::translate("cds::ChangeGroupCommand", "Cannot redo"),
                            QApplication::translate("cds::ChangeGroupCommand", "“%1” cannot be redone: %2").arg(text(), error));
        setObsolete(true);
        return;
    }
    m_current = group;
    DataChangeNotifier::instance()->notifyChanged();
}

void pushChange(QUndoStack *stack, const QSqlDatabase &db, qint64 groupId, const QString &table)
{
    if (groupId == 0)
        return;
    if (stack)
        stack->push(new ChangeGroupCommand(db, groupId, changelog::groupDescription(db, groupId)));
    DataChangeNotifier::instance()->notifyChanged(table);
}

} // namespace cds
