#pragma once

#include "records/RecordForm.h"
#include "domain/Figure.h"
#include "records/RecordKind.h"

#include <memory>

namespace Ui {
class TeamForm;
}

namespace cds {

// The form of one community digital technology team (forms/records/TeamForm.ui,
// issue #3): unit (the level follows from it), name, host organisation,
// establishment date and decision, declared member count with its qualifier
// ("hơn 15": GLOSSARY "hơn / gần / khoảng / trên"; empty: not reported, which 0
// is not), notes; the Members
// tab lists the current members with their roles, the leader shows at the top,
// and a list that disagrees with the declared count is pointed out.
//
// Rules: a unit has at most one team per level in a campaign (UNIQUE
// (campaign_id, unit_id, level)); a declared count is not negative; a team
// more than three times the median size of its level's teams is a warning; a
// list shorter than the declared count is counted as the declared count (the
// rule of CampaignStatistics.h) and saving asks whether the list is complete,
// Yes setting the declared count to the list's length.
// Members added, edited or removed from the Members tab are saved at once, each
// as its own undoable change (the team must have been saved first).
class TeamForm : public RecordForm
{
    Q_OBJECT

public:
    TeamForm(QWidget *parent, const RecordContext &context, qint64 id);
    ~TeamForm() override;

    qint64 teamId() const { return m_id; }

    // "Danh sách: 2 thành viên — Kê khai: 12" and the mismatch warning (empty when none).
    QString memberCountText() const;
    QString mismatchText() const;

    // The name suggested for a team of a unit: ("Thôn", "An Phú") -> "Tổ Công nghệ số cộng đồng thôn An Phú".
    static QString suggestedName(const QString &unitType, const QString &unitName);

protected:
    bool validate() override;
    qint64 save() override;

private:
    void unitChanged();
    void loadMembers();
    void updateMemberCounts();
    // A new team is saved first (its own undo step) so members can join it.
    bool saveNewTeam();
    void addMember();
    void addSeveralMembers();
    void editMember();
    void removeMember();
    qint64 selectedMemberId() const;
    Figure declaredFigure(qint64 declared) const; // with the chosen qualifier

    std::unique_ptr<Ui::TeamForm> m_ui;
    RecordContext m_context;
    qint64 m_id;
    int m_listedMembers = 0;
    qint64 m_confirmedListLength = -1; // validate(): the list was confirmed complete, save this as declared
    QString m_suggestedName; // the last name suggested, replaced when the unit changes
};

} // namespace cds
