#pragma once

#include "records/RecordForm.h"
#include "records/RecordKind.h"

#include <QDate>

#include <memory>

namespace Ui {
class MemberForm;
}

namespace cds {

// Members of the community digital technology teams (issue #3): the people,
// and their membership with history (team_member: moving a member closes one
// row and opens another; changing only the role updates the open row).
std::unique_ptr<RecordKind> createMemberKind();

// The member form (forms/records/MemberForm.ui). Public so the team form can
// open it for a new member of its team, and tests can drive it.
class MemberForm : public RecordForm
{
    Q_OBJECT

public:
    // id 0: a new member; teamId: the team a new member joins (0: none chosen).
    MemberForm(QWidget *parent, const RecordContext &context, qint64 id, qint64 teamId = 0);
    ~MemberForm() override;

    // The member saved (the new id after adding).
    qint64 memberId() const { return m_id; }

protected:
    bool validate() override;
    qint64 save() override;

private:
    std::unique_ptr<Ui::MemberForm> m_ui;
    RecordContext m_context;
    qint64 m_id;
    qint64 m_membershipId = 0; // the open team_member row, 0: in no team
    qint64 m_teamId = 0;       // its team
    QString m_role;            // its role
    QDate m_joinedOn;          // the day it started (invalid: not known)
};

} // namespace cds
