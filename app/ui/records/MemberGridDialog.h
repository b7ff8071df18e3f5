#pragma once

#include "records/RecordKind.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace cds {

// Many members of one team entered at once (issue #18, item 7): a grid to type
// in or to paste into from Excel (tab-separated rows; a header row is
// skipped), checked cell by cell with the member form's and the member
// import's rules (records/Validation.h: full name required, role and gender
// from their closed lists, a Vietnamese phone number, a possible year of
// birth, a readable day joined that is not in the future). A wrong cell turns
// red and the message names its row and column; nothing is saved until every
// row is right, and then all rows are saved as one change group, which the
// caller puts on the undo stack (one undo removes them all). Blank rows are
// ignored.
class MemberGridDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FullName, Gender, BirthYear, Phone, Role, JoinedOn, Affiliation, ColumnCount };

    // teamId: the team chosen at first (0: the clerk chooses one of the campaign's teams).
    MemberGridDialog(QWidget *parent, const RecordContext &context, qint64 teamId = 0);
    ~MemberGridDialog() override;

    // The change group saved (ChangeLog.h), 0 while nothing was saved.
    qint64 savedGroup() const { return m_savedGroup; }
    int savedCount() const { return m_savedCount; }

    // Puts tab-separated text (Excel's clipboard: rows by line, cells by tab)
    // into the grid from the current cell (the first empty row when none),
    // adding rows as needed. Returns the number of rows pasted.
    int pasteText(const QString &text);
    // The clipboard's text through pasteText() (Ctrl+V in the grid).
    int paste();

    // Checks every row; marks wrong cells and shows the messages. Returns the
    // messages ("Row 2, Gender: …"), empty when every row can be saved.
    QStringList check();
    // check(), then saves all rows in one change group and closes the
    // dialog. False when a row is wrong or the write failed (the dialog says why).
    bool save();

    QTableWidget *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Problem
    {
        int row = 0; // 0-based grid row
        int column = 0;
        QString message;
    };
    QList<Problem> problems(bool *anyRow) const;
    QString cell(int row, int column) const;
    bool rowIsBlank(int row) const;
    void ensureSpareRow();

    RecordContext m_context;
    QComboBox *m_teamComboBox = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_savedGroup = 0;
    int m_savedCount = 0;
    bool m_filling = false; // pasting: check once at the end
};

} // namespace cds
