#include "records/MemberKind.h"
#include "ui_MemberForm.h"

#include "common/LevelPresentation.h"
#include "records/ActivityFields.h"
#include "records/MemberGridDialog.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/Memberships.h"
#include "records/RecordWidgets.h"
#include "records/UndoCommands.h"
#include "records/Validation.h"
#include "statistics/CampaignStatistics.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QDate>

namespace cds {

namespace {

QString todayText()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString genderText(const QVariant &value)
{
    const QString code = value.toString();
    if (code == QLatin1String("male"))
        return MemberForm::tr("Male");
    if (code == QLatin1String("female"))
        return MemberForm::tr("Female");
    if (code == QLatin1String("other"))
        return MemberForm::tr("Other");
    return {};
}

QString roleText(const QVariant &value)
{
    const QString code = value.toString();
    if (code == QLatin1String("leader"))
        return MemberForm::tr("Leader");
    if (code == QLatin1String("deputy"))
        return MemberForm::tr("Deputy leader");
    if (code == QLatin1String("member"))
        return MemberForm::tr("Member");
    return {};
}

} // namespace

MemberForm::MemberForm(QWidget *parent, const RecordContext &context, qint64 id, qint64 teamId)
    : RecordForm(parent), m_ui(std::make_unique<Ui::MemberForm>()), m_context(context), m_id(id)
{
    m_ui->setupUi(this);
    setWindowTitle((id == 0 ? tr("New member") : tr("Member")) + QStringLiteral("[*]"));
    markRequired(m_ui->fullNameLabel);
    m_ui->fullNameLineEdit->setPlaceholderText(tr("family, middle and given name: Nguyễn Văn An"));
    m_ui->genderComboBox->addItem(QString(), QVariant());
    m_ui->genderComboBox->addItem(tr("Male"), QStringLiteral("male"));
    m_ui->genderComboBox->addItem(tr("Female"), QStringLiteral("female"));
    m_ui->genderComboBox->addItem(tr("Other"), QStringLiteral("other"));
    m_ui->roleComboBox->addItem(tr("Member"), QStringLiteral("member"));
    m_ui->roleComboBox->addItem(tr("Deputy leader"), QStringLiteral("deputy"));
    m_ui->roleComboBox->addItem(tr("Leader"), QStringLiteral("leader"));
    m_ui->birthYearLineEdit->setPlaceholderText(tr("e.g. 1990"));
    m_ui->phoneLineEdit->setPlaceholderText(tr("e.g. 0905 123 456"));

    QVariantMap row;
    if (id != 0) {
        row = records::row(context.db, QStringLiteral("member"), id);
        if (const auto current = memberships::currentMembership(context.db, id)) {
            m_membershipId = current->id;
            m_teamId = current->teamId;
            m_role = current->role;
            m_joinedOn = current->joinedOn;
        }
    } else {
        m_teamId = teamId;
    }
    widgets::fillUnitCombo(m_ui->unitComboBox, context.db, {}, true, row.value(QStringLiteral("unit_id")).toLongLong());
    widgets::makeSearchable(m_ui->unitComboBox);
    // The campaign's teams, and the member's current team even if it is in another campaign.
    widgets::fillTeamCombo(m_ui->teamComboBox, context.db, context.campaignId, m_teamId, true);
    widgets::makeSearchable(m_ui->teamComboBox);
    widgets::selectData(m_ui->teamComboBox, m_teamId == 0 ? QVariant() : QVariant(m_teamId));
    widgets::selectData(m_ui->roleComboBox, m_role.isEmpty() ? QStringLiteral("member") : m_role);
    // The day the member joined: unknown (empty) unless entered; a new
    // membership entered during the campaign's year is dated today.
    const QDate campaignStart = activities::campaignStartDate(context.db, context.campaignId);
    setupOptionalDate(m_ui->joinedDateEdit, campaignStart);
    if (m_membershipId != 0)
        setOptionalDate(m_ui->joinedDateEdit, m_joinedOn);
    else if (campaignStart.isValid() && campaignStart.year() == QDate::currentDate().year())
        setOptionalDate(m_ui->joinedDateEdit, QDate::currentDate());
    connect(m_ui->teamComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // Another team: a new membership, dated as the clerk says (today by default in the campaign's year).
        const QVariant team = widgets::chosenId(m_ui->teamComboBox);
        const bool same = m_membershipId != 0 && !team.isNull() && team.toLongLong() == m_teamId;
        m_ui->joinedDateEdit->setEnabled(!team.isNull());
        if (same)
            setOptionalDate(m_ui->joinedDateEdit, m_joinedOn);
    });
    m_ui->joinedDateEdit->setEnabled(m_teamId != 0);

    if (id != 0) {
        m_ui->fullNameLineEdit->setText(row.value(QStringLiteral("full_name")).toString());
        widgets::selectData(m_ui->genderComboBox, row.value(QStringLiteral("gender")));
        const QVariant year = row.value(QStringLiteral("birth_year"));
        m_ui->birthYearLineEdit->setText(year.isNull() ? QString() : year.toString());
        m_ui->phoneLineEdit->setText(row.value(QStringLiteral("phone")).toString());
        m_ui->affiliationLineEdit->setText(row.value(QStringLiteral("affiliation")).toString());
        widgets::selectData(m_ui->unitComboBox, row.value(QStringLiteral("unit_id")));

        if (const int ended = memberships::endedMembershipCount(context.db, id); ended > 0)
            m_ui->teamHistoryLabel->setText(tr("Earlier in %n other team(s); choosing another team keeps this history.",
                                               nullptr, ended));
    }
    if (m_ui->teamHistoryLabel->text().isEmpty())
        m_ui->teamHistoryLabel->setText(tr("Choosing another team closes the current membership on the day the new one "
                                           "starts (today if that is left empty) and opens a new one; the history is kept."));
    m_ui->teamHistoryLabel->setEnabled(false);
    // A listed member joining a team whose declared count is larger: the
    // report counts the declared number until the list reaches it or the list
    // is confirmed as complete in the team form (CampaignStatistics.h, LevelStatistics).
    const QString history = m_ui->teamHistoryLabel->text();
    const auto showTeamSize = [this, history] {
        const QVariant team = widgets::chosenId(m_ui->teamComboBox);
        QString note;
        if (!team.isNull() && !(m_membershipId != 0 && team.toLongLong() == m_teamId)) {
            const memberships::TeamSize size = memberships::teamSize(m_context.db, team.toLongLong());
            if (size.declared && *size.declared > size.listed + 1)
                note = tr("This team declared %1 members and lists %2 with this one. The report counts the declared "
                          "number until the list reaches it: enter the others too, or confirm the list as complete "
                          "in the team form.")
                               .arg(*size.declared)
                               .arg(size.listed + 1);
        }
        m_ui->teamHistoryLabel->setText(note.isEmpty() ? history : history + QStringLiteral("\n") + note);
    };
    connect(m_ui->teamComboBox, &QComboBox::currentIndexChanged, this, showTeamSize);
    showTeamSize();
    setupRecordForm(m_ui->formButtonBox, m_ui->formMessageLabel);
    watchChanges();
}

MemberForm::~MemberForm() = default;

bool MemberForm::validate()
{
    QStringList warnings;
    const QString fullName = m_ui->fullNameLineEdit->text().simplified();
    if (fullName.isEmpty())
        return fieldError(m_ui->fullNameLineEdit, tr("Enter the member's full name."));
    // The rules the import applies too (records/Validation.h).
    if (const QString error = validation::invisibleCharacterError(m_ui->fullNameLineEdit->text());
        !error.isEmpty())
        return fieldError(m_ui->fullNameLineEdit, error);
    if (const QString error = validation::lengthError(fullName, validation::maximumLength(QStringLiteral("full_name")));
        !error.isEmpty())
        return fieldError(m_ui->fullNameLineEdit, error);

    // Year of birth: 1900 .. this year and a possible age; an age under 16 or
    // over 90 is possible but unusual, so it only warns.
    const QString yearText = m_ui->birthYearLineEdit->text().trimmed();
    if (!yearText.isEmpty()) {
        bool ok = false;
        const int year = yearText.toInt(&ok);
        const QString error = validation::birthYearError(ok ? year : 0);
        if (!error.isEmpty())
            return fieldError(m_ui->birthYearLineEdit, error);
        if (const QString warning = validation::birthYearWarning(year); !warning.isEmpty())
            warnings << warning;
    }
    if (const QString error = validation::joinedDateError(optionalDate(m_ui->joinedDateEdit));
        !error.isEmpty())
        return fieldError(m_ui->joinedDateEdit, error);
    if (!validation::isVietnamesePhoneNumber(m_ui->phoneLineEdit->text()))
        return fieldError(m_ui->phoneLineEdit,
                          tr("“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, "
                             "or a fixed line of 11 digits starting 02).").arg(m_ui->phoneLineEdit->text()));
    if (m_ui->unitComboBox->currentIndex() > 0 && widgets::chosenId(m_ui->unitComboBox).isNull())
        return fieldError(m_ui->unitComboBox, tr("Choose the administrative unit from the list, or leave it empty."));
    const QVariant team = widgets::chosenId(m_ui->teamComboBox);
    if (team.isNull() && !m_ui->teamComboBox->currentText().trimmed().isEmpty()
        && m_ui->teamComboBox->currentIndex() != 0)
        return fieldError(m_ui->teamComboBox, tr("Choose the team from the list, or leave it empty."));

    // A team has one leader (Tổ trưởng); a second one is a warning, since the
    // report may be right and the old leader not yet moved.
    if (!team.isNull() && m_ui->roleComboBox->currentData().toString() == QLatin1String("leader")) {
        if (const QString leader = memberships::otherLeaderName(m_context.db, team.toLongLong(), m_id); !leader.isEmpty())
            warnings << validation::secondLeaderWarning(leader);
    }
    return confirmWarnings(warnings);
}

qint64 MemberForm::save()
{
    const QString name = m_ui->fullNameLineEdit->text().simplified();
    const QString yearText = m_ui->birthYearLineEdit->text().trimmed();
    const QVariantMap values = {
        { QStringLiteral("full_name"), name },
        { QStringLiteral("gender"), m_ui->genderComboBox->currentData() },
        { QStringLiteral("birth_year"), yearText.isEmpty() ? QVariant() : QVariant(yearText.toInt()) },
        { QStringLiteral("phone"), validation::normalizedPhoneNumber(m_ui->phoneLineEdit->text()) },
        { QStringLiteral("affiliation"), m_ui->affiliationLineEdit->text().simplified() },
        { QStringLiteral("unit_id"), widgets::chosenId(m_ui->unitComboBox) },
    };
    const QVariant team = widgets::chosenId(m_ui->teamComboBox);
    const qint64 teamId = team.isNull() ? 0 : team.toLongLong();
    const QString role = m_ui->roleComboBox->currentData().toString();

    RecordTransaction write(m_context.db, m_id == 0 ? tr("Add member “%1”").arg(name)
                                                    : tr("Edit member “%1”").arg(name));
    qint64 id = m_id;
    if (id == 0)
        id = write.insert(QStringLiteral("member"), values);
    else
        write.update(QStringLiteral("member"), id, values);

    const QVariant joinedOn = optionalDateValue(m_ui->joinedDateEdit);
    if (m_membershipId != 0 && teamId == m_teamId) {
        // Same team: the role and the day joined may change, on the open row.
        QVariantMap changed;
        if (role != m_role)
            changed.insert(QStringLiteral("role"), role);
        if (optionalDate(m_ui->joinedDateEdit) != m_joinedOn)
            changed.insert(QStringLiteral("joined_on"), joinedOn);
        if (!changed.isEmpty())
            write.update(QStringLiteral("team_member"), m_membershipId, changed);
    } else {
        // Another team (or none): the old membership is closed the day the new
        // one starts (today if that is not known), never reused.
        if (m_membershipId != 0)
            write.update(QStringLiteral("team_member"), m_membershipId,
                         { { QStringLiteral("left_on"), teamId != 0 && !joinedOn.isNull() ? joinedOn : QVariant(todayText()) } });
        if (teamId != 0)
            write.insert(QStringLiteral("team_member"), { { QStringLiteral("team_id"), teamId },
                                                          { QStringLiteral("member_id"), id },
                                                          { QStringLiteral("role"), role },
                                                          { QStringLiteral("joined_on"), joinedOn } });
    }
    if (!write.commit())
        return saveFailed(write.error());
    m_id = id;
    return write.groupId();
}

namespace {

class MemberKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("members"); }
    QString title() const override { return MemberForm::tr("Members"); }

    // Stays fast with 500.000 members: the default order walks member_sort
    // (sort_key, id); the current membership and its team are found per row
    // through team_member_member_current and the primary keys, no scans.
    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("member");
        // One row per member: his newest open membership, if any.
        definition.from = QStringLiteral(
                "member m "
                "LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x "
                "WHERE x.member_id = m.id AND x.left_on IS NULL) "
                "LEFT JOIN team t ON t.id = tm.team_id "
                "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, m.unit_id)");
        definition.baseFrom = QStringLiteral("member m");
        definition.idExpression = QStringLiteral("m.id");
        definition.searchExpression = QStringLiteral("m.search_key");
        definition.searchIndex = QStringLiteral("member_search"); // 0005_member_search.sql
        // The full name is the first field of the search key (RecordKeys.cpp).
        definition.nameSearchExpression =
                QStringLiteral("substr(m.search_key, 1, instr(m.search_key || ' | ', ' | ') - 1)");
        definition.columns = {
            { MemberForm::tr("Full name"), QStringLiteral("m.full_name"), QStringLiteral("m.sort_key") },
            { MemberForm::tr("Gender"), QStringLiteral("m.gender"), {}, genderText },
            { MemberForm::tr("Born"), QStringLiteral("m.birth_year"), {},
              [](const QVariant &value) { return value.isNull() ? QString() : value.toString(); },
              Qt::AlignRight | Qt::AlignVCenter },
            { MemberForm::tr("Phone"), QStringLiteral("m.phone") },
            // Sorted by the keys of the current membership kept on the member
            // row, each with its index (0010_member_list_keys.sql): a page in
            // any order is an index walk.
            { MemberForm::tr("Role"), QStringLiteral("tm.role"), QStringLiteral("m.current_role"), roleText },
            { MemberForm::tr("Team"), QStringLiteral("t.name"), QStringLiteral("m.current_team_key") },
            { MemberForm::tr("Administrative unit"), QStringLiteral("u.name"), QStringLiteral("m.current_unit_key") },
            { MemberForm::tr("Works at"), QStringLiteral("m.affiliation"), QStringLiteral("m.affiliation COLLATE NOCASE") },
        };
        return definition;
    }

    void addFilters(RecordListPage *page, const RecordContext &) override
    {
        QList<QPair<QString, QVariant>> levels = { { MemberForm::tr("All levels"), QVariant() } };
        for (const AdminLevel level : allAdminLevels)
            levels << qMakePair(levelName(level), QVariant(int(level)));
        page->addComboFilter(QStringLiteral("teamLevel"), MemberForm::tr("Team level"), QStringLiteral("t.level = ?"), levels);

        // The district of the team's (or member's) unit: the unit itself, its
        // parent or its grandparent at level 2 (levels may be skipped). Dissolved
        // districts (the 2025 reorganisation) stay: earlier campaigns used them.
        page->addComboFilter(QStringLiteral("memberDistrict"), MemberForm::tr("District"),
                             QStringLiteral("? IN (u.id, u.parent_id, (SELECT p.parent_id FROM admin_unit p WHERE p.id = u.parent_id))"),
                             RecordListPage::FilterChoices([](const QSqlDatabase &db) {
                                 return widgets::districtFilterChoices(db, MemberForm::tr("All districts"));
                             }));

        page->addComboFilter(QStringLiteral("gender"), MemberForm::tr("Gender"), QStringLiteral("m.gender = ?"),
                             { { MemberForm::tr("All genders"), QVariant() },
                               { MemberForm::tr("Male"), QStringLiteral("male") },
                               { MemberForm::tr("Female"), QStringLiteral("female") },
                               { MemberForm::tr("Other"), QStringLiteral("other") } });

        // Many members of a team at once, typed or pasted from Excel.
        page->addActionButton(QStringLiteral("addSeveralMembersButton"), MemberForm::tr("Add &several…"), [page] {
            const RecordContext context = page->context();
            if (!context.db.isOpen())
                return;
            MemberGridDialog dialog(page, context);
            dialog.exec();
            if (dialog.savedGroup() == 0)
                return;
            pushChange(context.undoStack, context.db, dialog.savedGroup(), QStringLiteral("member"));
            page->refresh();
        });
    }

    // Teams that declared more members than they list: the dashboard and the
    // report count their declared figures (CampaignStatistics.h), which this
    // list of names cannot show, so the page says where the figure comes from.
    QString notice(const RecordContext &context) const override
    {
        if (context.campaignId == 0)
            return {};
        DeclaredCountSummary summary;
        QString error;
        if (!declaredCountSummary(context.db, context.campaignId, StatisticsOptions(), &summary, &error))
            return error;
        if (summary.teams == 0)
            return {};
        QString notice = MemberForm::tr("%1 member(s) are reported as the number declared by %n team(s), without a "
                                        "list of names (%2 of these teams list no name at all); the dashboard and "
                                        "the report count these declared numbers, entered in each team's form.",
                                        nullptr, summary.teams)
                                 .arg(text::formatNumber(summary.declared), text::formatNumber(summary.teamsWithoutNames));
        if (summary.listed > 0)
            notice += u' ' + MemberForm::tr("These teams list %1 of them by name.").arg(text::formatNumber(summary.listed));
        notice += u' ' + MemberForm::tr("Enter the names with “Add several…” (paste from Excel), or correct the declared "
                                        "number in the team's form on the Teams page.");
        return notice;
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        MemberForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }

    QString describe(const RecordContext &context, qint64 id) const override
    {
        return records::row(context.db, QStringLiteral("member"), id).value(QStringLiteral("full_name")).toString();
    }

    // The membership history is part of the member: removed with him.
    QStringList ownedTables() const override { return { QStringLiteral("team_member") }; }

    // A member who attended trainings stays (the attendance lists of the
    // report need him); the safe choice closes his membership instead.
    QString safeChoiceLabel(const RecordContext &, qint64) const override { return MemberForm::tr("Remove the member from the team"); }
    qint64 applySafeChoice(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        Q_UNUSED(parent)
        const QString name = describe(context, id);
        const QList<qint64> rows = memberships::openMembershipIds(context.db, id);
        if (rows.isEmpty())
            return 0;
        RecordTransaction write(context.db, MemberForm::tr("Remove “%1” from the team").arg(name));
        for (const qint64 row : std::as_const(rows))
            write.update(QStringLiteral("team_member"), row, { { QStringLiteral("left_on"), todayText() } });
        return write.commit() ? write.groupId() : 0;
    }
};

} // namespace

std::unique_ptr<RecordKind> createMemberKind()
{
    return std::make_unique<MemberKind>();
}

} // namespace cds
