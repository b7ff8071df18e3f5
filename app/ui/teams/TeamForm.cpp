#include "teams/TeamForm.h"
#include "ui_TeamForm.h"

#include "common/ActivityPresentation.h"
#include "common/LevelPresentation.h"
#include "common/MessageBox.h"
#include "records/MemberGridDialog.h"
#include "records/MemberKind.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "records/UndoCommands.h"
#include "teams/TeamChecks.h"
#include "text/VietnameseText.h"

#include <QDate>
#include <QHeaderView>

#include <algorithm>

namespace cds {

namespace {

QString roleText(const QString &code)
{
    if (code == QLatin1String("leader"))
        return TeamForm::tr("Leader");
    if (code == QLatin1String("deputy"))
        return TeamForm::tr("Deputy leader");
    return TeamForm::tr("Member");
}

QString genderText(const QString &code)
{
    if (code == QLatin1String("male"))
        return TeamForm::tr("Male");
    if (code == QLatin1String("female"))
        return TeamForm::tr("Female");
    if (code == QLatin1String("other"))
        return TeamForm::tr("Other");
    return {};
}

// The declared count typed: -1 when empty, -2 when not a whole number.
qint64 parseCount(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 value = QString(trimmed).remove(u'.').remove(u' ').toLongLong(&ok);
    return ok ? value : -2;
}

} // namespace

TeamForm::TeamForm(QWidget *parent, const RecordContext &context, qint64 id)
    : RecordForm(parent), m_ui(std::make_unique<Ui::TeamForm>()), m_context(context), m_id(id)
{
    m_ui->setupUi(this);
    setWindowTitle((id == 0 ? tr("New team") : tr("Team")) + QStringLiteral("[*]"));
    markRequired(m_ui->unitLabel);
    markRequired(m_ui->nameLabel);
    QFont leaderFont = m_ui->leaderLabel->font();
    leaderFont.setBold(true);
    m_ui->leaderLabel->setFont(leaderFont);

    QVariantMap row;
    if (id != 0)
        row = records::row(context.db, QStringLiteral("team"), id);
    // Teams are formed for provinces, districts, communes and villages alike,
    // among the units that existed when the campaign started.
    const QDate campaignStart = teams::campaignStart(context.db, context.campaignId);
    // A unit has one team in a campaign: those that have one are not offered.
    choices::UnitChoiceScope unitScope;
    unitScope.validOn = campaignStart;
    unitScope.withoutTeamInCampaign = context.campaignId;
    const qint64 unitId = row.value(QStringLiteral("unit_id")).toLongLong();
    widgets::fillUnitComboInScope(m_ui->unitComboBox, context.db, unitScope, true, unitId);
    if (unitId == 0 && m_ui->unitComboBox->count() == 1 && !m_ui->unitComboBox->itemData(0).isValid())
        m_ui->unitComboBox->setItemText(0, tr("(every administrative unit already has a team in this campaign)"));
    m_ui->unitComboBox->setToolTip(
            tr("Units that already have a team in this campaign are not listed: open that team instead."));
    // Blank until given; its calendar opens in the campaign's start, not today.
    setupOptionalDate(m_ui->establishedDateEdit, campaignStart);
    widgets::makeSearchable(m_ui->unitComboBox);
    widgets::fillOrganisationCombo(m_ui->hostOrganisationComboBox, context.db, true);
    fillQualifierCombo(m_ui->memberCountQualifierComboBox);
    widgets::makeSearchable(m_ui->hostOrganisationComboBox);

    if (id != 0) {
        widgets::selectData(m_ui->unitComboBox, row.value(QStringLiteral("unit_id")));
        m_ui->nameLineEdit->setText(row.value(QStringLiteral("name")).toString());
        widgets::selectData(m_ui->hostOrganisationComboBox, row.value(QStringLiteral("host_organisation_id")));
        setOptionalDate(m_ui->establishedDateEdit,
                        QDate::fromString(row.value(QStringLiteral("established_date")).toString(), Qt::ISODate));
        m_ui->decisionReferenceLineEdit->setText(row.value(QStringLiteral("decision_reference")).toString());
        const QVariant declared = row.value(QStringLiteral("declared_member_count"));
        m_ui->declaredMemberCountLineEdit->setText(declared.isNull() ? QString() : declared.toString());
        widgets::selectData(m_ui->memberCountQualifierComboBox, row.value(QStringLiteral("member_count_qualifier")));
        m_ui->notesPlainTextEdit->setPlainText(row.value(QStringLiteral("notes")).toString());
    }
    unitChanged();
    connect(m_ui->unitComboBox, &QComboBox::currentIndexChanged, this, &TeamForm::unitChanged);
    connect(m_ui->declaredMemberCountLineEdit, &QLineEdit::textChanged, this, &TeamForm::updateMemberCounts);
    connect(m_ui->memberCountQualifierComboBox, &QComboBox::currentIndexChanged, this, &TeamForm::updateMemberCounts);

    QTableWidget *table = m_ui->membersTableWidget;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ tr("Full name"), tr("Role"), tr("Gender"), tr("Phone") });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 240);
    table->setColumnWidth(1, 110);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &TeamForm::addMember);
    connect(m_ui->addSeveralMembersButton, &QPushButton::clicked, this, &TeamForm::addSeveralMembers);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &TeamForm::editMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &TeamForm::removeMember);
    connect(table, &QTableWidget::cellDoubleClicked, this, &TeamForm::editMember);
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = selectedMemberId() != 0;
        m_ui->editMemberButton->setEnabled(chosen);
        m_ui->removeMemberButton->setEnabled(chosen);
    });
    loadMembers();

    setupRecordForm(m_ui->formButtonBox, m_ui->formMessageLabel);
    watchChanges();
}

TeamForm::~TeamForm() = default;

QString TeamForm::suggestedName(const QString &unitType, const QString &unitName)
{
    // "Tổ Công nghệ số cộng đồng xã Phổ An", as the province's decisions write it.
    QString unit = unitName;
    if (!unitType.isEmpty() && !unitName.startsWith(unitType, Qt::CaseInsensitive))
        unit = unitType.toLower() + u' ' + unitName;
    // The official name of the teams (Decision 1017/QĐ-BTTTT and the
    // province's plans) is Vietnamese whatever the interface language: it is
    // data printed in the report, not interface text.
    return QString::fromUtf8("Tổ Công nghệ số cộng đồng ") + unit;
}

void TeamForm::unitChanged()
{
    const QVariant unit = widgets::chosenId(m_ui->unitComboBox);
    QString unitName;
    QString unitType;
    int level = 0;
    if (!unit.isNull()) {
        if (const auto summary = teams::unitSummary(m_context.db, unit.toLongLong())) {
            unitName = summary->name;
            level = summary->level;
            unitType = summary->unitType;
        }
    }
    m_ui->levelLineEdit->setText(isValidAdminLevel(level) ? levelName(AdminLevel(level)) : QString());
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (!unitName.isEmpty() && (name.isEmpty() || name == m_suggestedName)) {
        m_suggestedName = suggestedName(unitType, unitName);
        m_ui->nameLineEdit->setText(m_suggestedName);
    }
}

void TeamForm::loadMembers()
{
    QTableWidget *table = m_ui->membersTableWidget;
    table->setRowCount(0);
    m_listedMembers = 0;
    QString leader;
    if (m_id != 0) {
        // Leader first, then deputies, then members, each by given name.
        for (const teams::CurrentMember &member : teams::currentMembers(m_context.db, m_id)) {
            const int row = table->rowCount();
            table->insertRow(row);
            auto *nameItem = new QTableWidgetItem(member.fullName);
            nameItem->setData(Qt::UserRole, member.memberId);
            table->setItem(row, 0, nameItem);
            table->setItem(row, 1, new QTableWidgetItem(roleText(member.role)));
            table->setItem(row, 2, new QTableWidgetItem(genderText(member.gender)));
            table->setItem(row, 3, new QTableWidgetItem(member.phone));
            if (member.role == QLatin1String("leader") && leader.isEmpty()) {
                leader = member.fullName;
                if (!member.phone.isEmpty())
                    leader += QStringLiteral(" — ") + member.phone;
            }
        }
        m_listedMembers = table->rowCount();
    }
    m_ui->leaderLabel->setText(m_id == 0 ? tr("Adding the first member on the Members tab saves the team.")
                                         : leader.isEmpty() ? tr("Leader: not entered")
                                                            : tr("Leader: %1").arg(leader));
    m_ui->addMemberButton->setEnabled(true);
    m_ui->editMemberButton->setEnabled(false);
    m_ui->removeMemberButton->setEnabled(false);
    updateMemberCounts();
}

QString TeamForm::memberCountText() const
{
    return m_ui->memberCountLabel->text();
}

QString TeamForm::mismatchText() const
{
    return m_ui->memberMismatchLabel->isHidden() ? QString() : m_ui->memberMismatchLabel->text();
}

void TeamForm::updateMemberCounts()
{
    const qint64 declared = parseCount(m_ui->declaredMemberCountLineEdit->text());
    // An empty count is "not reported" (GLOSSARY "chưa báo cáo"), which 0 is not.
    const QString declaredText = declared >= 0 ? figureDisplayText(declaredFigure(declared)) : tr("not reported");
    m_ui->memberCountLabel->setText(tr("Listed: %1 member(s) — Declared: %2", nullptr, m_listedMembers)
                                            .arg(text::formatNumber(m_listedMembers), declaredText));
    // Both exist and disagree: the report counts the larger (CampaignStatistics.h,
    // LevelStatistics), so the person entering sees which figure is used.
    const bool mismatch = m_listedMembers > 0 && declared >= 0 && declared != m_listedMembers;
    QString mismatchText;
    if (mismatch && declared > m_listedMembers)
        mismatchText = tr("⚠ The list has %1 member(s) but %2 were declared; the report counts the declared number "
                          "until the list is complete. Saving asks whether the list is complete.", nullptr, m_listedMembers)
                               .arg(text::formatNumber(m_listedMembers), figureDisplayText(declaredFigure(declared)));
    else if (mismatch)
        mismatchText = tr("⚠ The list has %1 member(s) but %2 were declared; the report counts the list.", nullptr,
                          m_listedMembers)
                               .arg(text::formatNumber(m_listedMembers), text::formatNumber(declared));
    m_ui->memberMismatchLabel->setText(mismatchText);
    m_ui->memberMismatchLabel->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold;"));
    m_ui->memberMismatchLabel->setVisible(mismatch);
}

Figure TeamForm::declaredFigure(qint64 declared) const
{
    return { declared, qualifierFromCode(m_ui->memberCountQualifierComboBox->currentData().toString()) };
}

qint64 TeamForm::selectedMemberId() const
{
    const QList<QTableWidgetItem *> items = m_ui->membersTableWidget->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_ui->membersTableWidget->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

bool TeamForm::saveNewTeam()
{
    if (m_id == 0) {
        // A new team is saved first (its own undo step), then the form stays
        // open on it so its members can be added right away.
        clearErrors();
        if (!validate())
            return false;
        const qint64 group = save();
        if (group == 0)
            return false;
        pushChange(m_context.undoStack, m_context.db, group, QStringLiteral("team"));
        setWindowTitle(tr("Team") + QStringLiteral("[*]"));
        setDirty(false);
        loadMembers();
    }
    return m_id != 0;
}

void TeamForm::addMember()
{
    if (!saveNewTeam())
        return;
    MemberForm form(this, m_context, 0, m_id);
    form.exec();
    if (form.savedGroup() == 0)
        return;
    pushChange(m_context.undoStack, m_context.db, form.savedGroup(), QStringLiteral("member"));
    loadMembers();
}

void TeamForm::addSeveralMembers()
{
    if (!saveNewTeam())
        return;
    MemberGridDialog dialog(this, m_context, m_id);
    dialog.exec();
    if (dialog.savedGroup() == 0)
        return;
    pushChange(m_context.undoStack, m_context.db, dialog.savedGroup(), QStringLiteral("member"));
    loadMembers();
}

void TeamForm::editMember()
{
    const qint64 member = selectedMemberId();
    if (member == 0)
        return;
    MemberForm form(this, m_context, member);
    form.exec();
    if (form.savedGroup() == 0)
        return;
    pushChange(m_context.undoStack, m_context.db, form.savedGroup(), QStringLiteral("member"));
    loadMembers();
}

void TeamForm::removeMember()
{
    const qint64 member = selectedMemberId();
    if (member == 0)
        return;
    const QString name = records::row(m_context.db, QStringLiteral("member"), member).value(QStringLiteral("full_name")).toString();
    if (MessageBox::question(this, tr("Remove from team"),
                             tr("Remove “%1” from this team? The membership ends today; the person stays in the "
                                "members list.").arg(name))
        != QMessageBox::Yes)
        return;
    RecordTransaction write(m_context.db, tr("Remove “%1” from the team").arg(name));
    for (const qint64 membership : teams::openMemberships(m_context.db, m_id, member))
        write.update(QStringLiteral("team_member"), membership,
                     { { QStringLiteral("left_on"), QDate::currentDate().toString(Qt::ISODate) } });
    if (!write.commit()) {
        MessageBox::critical(this, tr("Remove from team"), write.error());
        return;
    }
    pushChange(m_context.undoStack, m_context.db, write.groupId(), QStringLiteral("team_member"));
    loadMembers();
}

bool TeamForm::validate()
{
    const QVariant unit = widgets::chosenId(m_ui->unitComboBox);
    if (unit.isNull())
        return fieldError(m_ui->unitComboBox, tr("Choose the administrative unit the team serves."));
    if (m_ui->nameLineEdit->text().simplified().isEmpty())
        return fieldError(m_ui->nameLineEdit, tr("Enter the team's name."));
    const qint64 declared = parseCount(m_ui->declaredMemberCountLineEdit->text());
    if (declared == -2 || declared < -1)
        return fieldError(m_ui->declaredMemberCountLineEdit,
                          tr("The declared number of members must be a whole number, 0 or more."));
    const QDate established = optionalDate(m_ui->establishedDateEdit);
    if (established.isValid() && established > QDate::currentDate())
        return fieldError(m_ui->establishedDateEdit, tr("The establishment date is in the future."));

    const auto summary = teams::unitSummary(m_context.db, unit.toLongLong());
    const int level = summary ? summary->level : 0;
    const QString unitName = summary ? summary->name : QString();
    // One team per unit and level in a campaign (UNIQUE (campaign_id, unit_id, level)).
    const QString existing = teams::existingTeamName(m_context.db, m_context.campaignId, unit.toLongLong(), level, m_id);
    if (!existing.isEmpty())
        return fieldError(m_ui->unitComboBox,
                          tr("%1 already has a team in this campaign: “%2”. A unit has one team per level; "
                             "open that team instead.").arg(unitName, existing));

    // A team far larger than its peers is possible (a ward with many groups)
    // but often a typing error: warn above three times the median size of the
    // campaign's other teams at this level (listed members, else declared).
    QStringList warnings;
    if (const auto typical = teams::medianTeamSize(m_context.db, m_context.campaignId, level, m_id)) {
        const double median = *typical;
        const auto tooLarge = [median](qint64 count) { return median > 0 && count > 3 * median; };
        const QString medianText = text::formatNumber(qint64(median + 0.5));
        if (declared >= 0 && tooLarge(declared))
            warnings << tr("%1 members declared is more than three times the usual size of a team at this level "
                           "(median %2).").arg(text::formatNumber(declared), medianText);
        if (tooLarge(m_listedMembers))
            warnings << tr("%1 members listed is more than three times the usual size of a team at this level "
                           "(median %2).").arg(text::formatNumber(m_listedMembers), medianText);
    }
    if (!confirmWarnings(warnings))
        return false;
    // A list shorter than the declared count never silently replaces it: the
    // report counts the declared number and flags the team, unless the clerk
    // confirms the list as complete, which makes the declared count the list's length.
    m_confirmedListLength = -1;
    if (m_listedMembers > 0 && declared > m_listedMembers) {
        const auto answer = MessageBox::question(
                this, windowTitle(),
                tr("The list has %1 member(s) but %2 are declared. Is the list complete?\n\n"
                   "Yes: the declared number becomes %1.\nNo: keep %2; the report counts %2 and the dashboard lists "
                   "the team until its list is complete.", nullptr, m_listedMembers)
                        .arg(text::formatNumber(m_listedMembers), figureDisplayText(declaredFigure(declared))),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes)
            m_confirmedListLength = m_listedMembers;
    }
    return true;
}

qint64 TeamForm::save()
{
    const QVariant unit = widgets::chosenId(m_ui->unitComboBox);
    const auto summary = teams::unitSummary(m_context.db, unit.toLongLong());
    const int level = summary ? summary->level : 0;
    const qint64 declared = m_confirmedListLength >= 0 ? m_confirmedListLength
                                                       : parseCount(m_ui->declaredMemberCountLineEdit->text());
    // '' (exact), never a null string: the column is NOT NULL.
    QString qualifier = QStringLiteral("");
    if (m_confirmedListLength < 0 && declared >= 0)
        qualifier += m_ui->memberCountQualifierComboBox->currentData().toString();
    const QString name = m_ui->nameLineEdit->text().simplified();
    const QString notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    QVariantMap values = {
        { QStringLiteral("unit_id"), unit },
        { QStringLiteral("level"), level },
        { QStringLiteral("name"), name },
        { QStringLiteral("host_organisation_id"), widgets::chosenId(m_ui->hostOrganisationComboBox) },
        { QStringLiteral("established_date"), optionalDateValue(m_ui->establishedDateEdit) },
        { QStringLiteral("decision_reference"), m_ui->decisionReferenceLineEdit->text().simplified() },
        { QStringLiteral("declared_member_count"), declared >= 0 ? QVariant(declared) : QVariant() },
        // A qualifier without a count means nothing: kept only with one.
        { QStringLiteral("member_count_qualifier"), qualifier },
        { QStringLiteral("notes"), notes.isEmpty() ? QVariant() : QVariant(notes) },
    };
    RecordTransaction write(m_context.db, m_id == 0 ? tr("Add team “%1”").arg(name) : tr("Edit team “%1”").arg(name));
    qint64 id = m_id;
    if (id == 0) {
        values.insert(QStringLiteral("campaign_id"), m_context.campaignId);
        id = write.insert(QStringLiteral("team"), values);
    } else {
        write.update(QStringLiteral("team"), id, values);
    }
    if (!write.commit())
        return saveFailed(write.error());
    m_id = id;
    if (m_confirmedListLength >= 0) {
        m_ui->declaredMemberCountLineEdit->setText(QString::number(m_confirmedListLength));
        widgets::selectData(m_ui->memberCountQualifierComboBox, QString());
        m_confirmedListLength = -1;
    }
    return write.groupId();
}

} // namespace cds
