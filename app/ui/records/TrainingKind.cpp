#include "records/TrainingKind.h"
#include "ui_TrainingForm.h"

#include "records/ActivityFields.h"
#include "records/FormReads.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "text/VietnameseText.h"

#include "common/DateField.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QSet>
#include <QTimer>

namespace cds {

namespace {

// The member picker shows at most this many matches: with 500.000 members the
// list is never loaded whole; the user narrows it by name, team or unit.
constexpr int candidateLimit = 200;

class TrainingForm : public RecordForm
{
    Q_OBJECT

public:
    TrainingForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New training session") : tr("Training session"));
        markRequired(m_ui.titleLabel);
        activities::fillChoiceCombo(m_ui.modeComboBox, activities::modeChoices());
        setupOptionalDate(m_ui.startDateEdit, activities::campaignStartDate(context.db, context.campaignId));
        setupOptionalDate(m_ui.endDateEdit, activities::campaignStartDate(context.db, context.campaignId));
        // The end's calendar opens on the start.
        connect(m_ui.startDateEdit, &DateField::dateChanged, this, [this](const QDate &start) {
            setOptionalDateDefault(m_ui.endDateEdit,
                                   start.isValid() ? start : activities::campaignStartDate(m_context.db, m_context.campaignId));
        });
        widgets::fillOrganisationCombo(m_ui.organiserComboBox, context.db, true);
        widgets::makeSearchable(m_ui.organiserComboBox);
        fillQualifierCombo(m_ui.participantsQualifierComboBox);
        m_ui.participantsSpinBox->setSpecialValueText(tr("(not given)"));
        m_ui.participantsSpinBox->setValue(-1);
        m_ui.participantsDescriptionLineEdit->setPlaceholderText(tr("e.g. members of the community digital technology teams"));
        m_ui.descriptionPlainTextEdit->setPlaceholderText(tr("Report sentence; {participants} stands for the figure."));
        m_ui.partnersFilterLineEdit->setPlaceholderText(tr("Find an organisation…"));
        m_ui.partnersFilterLineEdit->setClearButtonEnabled(true);

        for (const formreads::OrganisationEntry &organisation : formreads::organisations(context.db)) {
            auto *item = new QListWidgetItem(organisation.name, m_ui.partnersListWidget);
            item->setData(Qt::UserRole, organisation.id);
            item->setData(Qt::UserRole + 1, organisation.searchKey);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        connect(m_ui.partnersFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
            const QStringList words = text::searchKey(text).split(u' ', Qt::SkipEmptyParts);
            for (int i = 0; i < m_ui.partnersListWidget->count(); ++i) {
                QListWidgetItem *item = m_ui.partnersListWidget->item(i);
                const QString key = item->data(Qt::UserRole + 1).toString();
                bool shown = true;
                for (const QString &word : words)
                    shown = shown && key.contains(word);
                item->setHidden(!shown);
            }
        });
        connect(m_ui.partnersListWidget, &QListWidget::itemChanged, this, [this] { setDirty(); });

        // Attendance picker.
        m_ui.attendeeSearchLineEdit->setPlaceholderText(tr("Name, phone or workplace, with or without diacritics"));
        m_ui.attendeeSearchLineEdit->setClearButtonEnabled(true);
        widgets::fillTeamCombo(m_ui.attendeeTeamComboBox, context.db, context.campaignId, 0, true);
        widgets::makeSearchable(m_ui.attendeeTeamComboBox);
        widgets::fillUnitCombo(m_ui.attendeeUnitComboBox, context.db, {}, true);
        widgets::makeSearchable(m_ui.attendeeUnitComboBox);
        m_searchTimer = new QTimer(this);
        m_searchTimer->setSingleShot(true);
        m_searchTimer->setInterval(150);
        connect(m_searchTimer, &QTimer::timeout, this, &TrainingForm::searchMembers);
        connect(m_ui.attendeeSearchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
        connect(m_ui.attendeeTeamComboBox, &QComboBox::currentIndexChanged, m_searchTimer, qOverload<>(&QTimer::start));
        connect(m_ui.attendeeUnitComboBox, &QComboBox::currentIndexChanged, m_searchTimer, qOverload<>(&QTimer::start));
        connect(m_ui.candidatesListWidget, &QListWidget::itemChanged, this, &TrainingForm::candidateChanged);
        connect(m_ui.tickAllButton, &QPushButton::clicked, this, [this] { tickShown(Qt::Checked); });
        connect(m_ui.untickAllButton, &QPushButton::clicked, this, [this] { tickShown(Qt::Unchecked); });
        connect(m_ui.removeChosenButton, &QPushButton::clicked, this, [this] {
            const auto selected = m_ui.chosenListWidget->selectedItems();
            for (QListWidgetItem *item : selected)
                m_chosen.remove(item->data(Qt::UserRole).toLongLong());
            if (!selected.isEmpty()) {
                showChosen();
                syncCandidates();
                setDirty();
            }
        });

        m_year = activities::campaignYear(context.db, context.campaignId);
        if (id != 0)
            load();
        m_savedAttendance = m_chosen;
        showChosen();
        searchMembers();
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        if (m_ui.titleLineEdit->text().trimmed().isEmpty()) {
            activities::showField(m_ui.titleLineEdit);
            return fieldError(m_ui.titleLineEdit, tr("Enter the training's title."));
        }
        const QDate start = optionalDate(m_ui.startDateEdit);
        const QDate end = optionalDate(m_ui.endDateEdit);
        if (start.isValid() && end.isValid() && end < start) {
            activities::showField(m_ui.endDateEdit);
            return fieldError(m_ui.endDateEdit, tr("The training cannot end (%1) before it starts (%2).")
                                                        .arg(end.toString(QStringLiteral("dd/MM/yyyy")),
                                                             start.toString(QStringLiteral("dd/MM/yyyy"))));
        }
        if (m_ui.organiserComboBox->currentIndex() > 0 && widgets::chosenId(m_ui.organiserComboBox).isNull()) {
            activities::showField(m_ui.organiserComboBox);
            return fieldError(m_ui.organiserComboBox, tr("Choose the organiser from the list, or leave it empty."));
        }
        const int declared = m_ui.participantsSpinBox->value();
        if (declared < -1) {
            activities::showField(m_ui.participantsSpinBox);
            return fieldError(m_ui.participantsSpinBox, tr("The number of participants cannot be negative."));
        }
        // Issue #3: an attendance list longer than the declared participants is refused.
        if (declared >= 0 && m_chosen.size() > declared) {
            activities::showField(m_ui.participantsSpinBox);
            return fieldError(m_ui.participantsSpinBox,
                              tr("The attendance list names %1 members but only %2 participants are declared: "
                                 "raise the declared number or remove attendees.")
                                      .arg(text::formatNumber(m_chosen.size()), text::formatNumber(declared)));
        }
        QStringList warnings;
        for (const QDate &date : { start, end }) {
            if (date.isValid() && m_year != 0 && date.year() != m_year) {
                warnings << tr("The date %1 is outside the campaign's year %2.").arg(date.toString(QStringLiteral("dd/MM/yyyy"))).arg(m_year);
                break;
            }
        }
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        auto textOrNull = [](const QString &text) { return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed()); };
        const int declared = m_ui.participantsSpinBox->value();
        QVariantMap values = {
            { QStringLiteral("title"), m_ui.titleLineEdit->text().simplified() },
            { QStringLiteral("topic"), textOrNull(m_ui.topicLineEdit->text()) },
            { QStringLiteral("start_date"), optionalDateValue(m_ui.startDateEdit) },
            { QStringLiteral("end_date"), optionalDateValue(m_ui.endDateEdit) },
            { QStringLiteral("mode"), m_ui.modeComboBox->currentData() },
            { QStringLiteral("organiser_id"), widgets::chosenId(m_ui.organiserComboBox) },
            { QStringLiteral("place"), textOrNull(m_ui.placeLineEdit->text()) },
            { QStringLiteral("participants_declared"), declared < 0 ? QVariant() : QVariant(declared) },
            { QStringLiteral("participants_qualifier"), m_ui.participantsQualifierComboBox->currentData().toString() },
            { QStringLiteral("participants_description"), textOrNull(m_ui.participantsDescriptionLineEdit->text()) },
            { QStringLiteral("description"), textOrNull(m_ui.descriptionPlainTextEdit->toPlainText()) },
            { QStringLiteral("notes"), textOrNull(m_ui.notesPlainTextEdit->toPlainText()) },
        };
        const QString title = m_ui.titleLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add training “%1”").arg(title) : tr("Edit training “%1”").arg(title));
        qint64 trainingId = m_id;
        if (m_id == 0) {
            values.insert(QStringLiteral("campaign_id"), m_context.campaignId);
            trainingId = write.insert(QStringLiteral("training_session"), values);
        } else {
            write.update(QStringLiteral("training_session"), m_id, values);
            write.removeWhere(QStringLiteral("training_partner"), QStringLiteral("training_id"), m_id);
        }
        for (int i = 0; i < m_ui.partnersListWidget->count(); ++i) {
            const QListWidgetItem *item = m_ui.partnersListWidget->item(i);
            if (item->checkState() == Qt::Checked)
                write.insert(QStringLiteral("training_partner"),
                             { { QStringLiteral("training_id"), trainingId }, { QStringLiteral("organisation_id"), item->data(Qt::UserRole) } });
        }
        // Attendance by difference: only the members added or removed are written
        // (a training of thousands edited for one name logs one row).
        if (m_id != 0) {
            const QHash<qint64, qint64> rows = formreads::attendanceRows(m_context.db, m_id);
            QList<qint64> removed;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                if (!m_chosen.contains(it.key()))
                    removed << it.value();
            }
            for (const qint64 rowId : std::as_const(removed))
                write.remove(QStringLiteral("training_attendance"), rowId);
        }
        for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
            if (m_id == 0 || !m_savedAttendance.contains(it.key()))
                write.insert(QStringLiteral("training_attendance"),
                             { { QStringLiteral("training_id"), trainingId }, { QStringLiteral("member_id"), it.key() } });
        }
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    void load()
    {
        const QVariantMap row = records::row(m_context.db, QStringLiteral("training_session"), m_id);
        auto text = [&row](const char *column) { return row.value(QString::fromLatin1(column)).toString(); };
        m_ui.titleLineEdit->setText(text("title"));
        m_ui.topicLineEdit->setText(text("topic"));
        setOptionalDate(m_ui.startDateEdit, QDate::fromString(text("start_date"), Qt::ISODate));
        setOptionalDate(m_ui.endDateEdit, QDate::fromString(text("end_date"), Qt::ISODate));
        widgets::selectData(m_ui.modeComboBox, row.value(QStringLiteral("mode")));
        widgets::selectData(m_ui.organiserComboBox, row.value(QStringLiteral("organiser_id")));
        m_ui.placeLineEdit->setText(text("place"));
        const QVariant declared = row.value(QStringLiteral("participants_declared"));
        m_ui.participantsSpinBox->setValue(declared.isNull() ? -1 : declared.toInt());
        widgets::selectData(m_ui.participantsQualifierComboBox, row.value(QStringLiteral("participants_qualifier")));
        m_ui.participantsDescriptionLineEdit->setText(text("participants_description"));
        m_ui.descriptionPlainTextEdit->setPlainText(text("description"));
        m_ui.notesPlainTextEdit->setPlainText(text("notes"));

        const QSet<qint64> partners = formreads::trainingPartners(m_context.db, m_id);
        for (int i = 0; i < m_ui.partnersListWidget->count(); ++i) {
            QListWidgetItem *item = m_ui.partnersListWidget->item(i);
            if (partners.contains(item->data(Qt::UserRole).toLongLong()))
                item->setCheckState(Qt::Checked);
        }
        const QHash<qint64, QString> attendees = formreads::trainingAttendees(m_context.db, m_id);
        for (auto it = attendees.cbegin(); it != attendees.cend(); ++it)
            m_chosen.insert(it.key(), it.value());
    }

    // Reads at most candidateLimit members matching the search words (in
    // member.search_key, so without diacritics), the team and the unit
    // (with the units under it).
    void searchMembers()
    {
        const QVariant team = widgets::chosenId(m_ui.attendeeTeamComboBox);
        const QVariant unit = widgets::chosenId(m_ui.attendeeUnitComboBox);
        const QList<formreads::AttendeeCandidate> candidates = formreads::attendeeCandidates(
                m_context.db, m_ui.attendeeSearchLineEdit->text(), team.toLongLong(), unit.toLongLong(), candidateLimit + 1);
        const QSignalBlocker blocker(m_ui.candidatesListWidget);
        m_ui.candidatesListWidget->clear();
        int found = 0;
        for (const formreads::AttendeeCandidate &candidate : candidates) {
            if (++found > candidateLimit)
                break;
            auto *item = new QListWidgetItem(candidate.unitName.isEmpty()
                                                     ? candidate.fullName
                                                     : QStringLiteral("%1 — %2").arg(candidate.fullName, candidate.unitName),
                                             m_ui.candidatesListWidget);
            item->setData(Qt::UserRole, candidate.id);
            item->setData(Qt::UserRole + 1, candidate.fullName);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_chosen.contains(candidate.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_ui.candidatesCountLabel->setText(
                found > candidateLimit
                        ? tr("The first %1 matches are shown; type more of the name or choose a team or unit to narrow them.")
                                  .arg(text::formatNumber(candidateLimit))
                        : tr("%n member(s) match.", nullptr, found));
    }

    void candidateChanged(QListWidgetItem *item)
    {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_chosen.insert(id, item->data(Qt::UserRole + 1).toString());
        else
            m_chosen.remove(id);
        if (!m_bulk) {
            showChosen();
            setDirty();
        }
    }

    void tickShown(Qt::CheckState state)
    {
        m_bulk = true;
        for (int i = 0; i < m_ui.candidatesListWidget->count(); ++i)
            m_ui.candidatesListWidget->item(i)->setCheckState(state);
        m_bulk = false;
        showChosen();
        setDirty();
    }

    void syncCandidates()
    {
        const QSignalBlocker blocker(m_ui.candidatesListWidget);
        for (int i = 0; i < m_ui.candidatesListWidget->count(); ++i) {
            QListWidgetItem *item = m_ui.candidatesListWidget->item(i);
            item->setCheckState(m_chosen.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }

    void showChosen()
    {
        QList<QPair<QString, qint64>> sorted;
        for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
            sorted << qMakePair(text::sortKey(it.value()), it.key());
        std::sort(sorted.begin(), sorted.end());
        m_ui.chosenListWidget->clear();
        for (const auto &entry : std::as_const(sorted)) {
            auto *item = new QListWidgetItem(m_chosen.value(entry.second), m_ui.chosenListWidget);
            item->setData(Qt::UserRole, entry.second);
        }
        m_ui.chosenCountLabel->setText(tr("Attendees chosen: %1").arg(text::formatNumber(m_chosen.size())));
    }

    Ui::TrainingForm m_ui;
    RecordContext m_context;
    qint64 m_id;
    int m_year = 0;
    QTimer *m_searchTimer = nullptr;
    QMap<qint64, QString> m_chosen;          // member id -> name
    QMap<qint64, QString> m_savedAttendance; // as stored when the form opened
    bool m_bulk = false;
};

class TrainingKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("trainings"); }
    QString title() const override { return TrainingForm::tr("Trainings"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("training_session");
        definition.from = QStringLiteral("training_session t LEFT JOIN organisation o ON o.id = t.organiser_id");
        definition.idExpression = QStringLiteral("t.id");
        definition.searchExpression = QStringLiteral("t.search_key");
        definition.campaignExpression = QStringLiteral("t.campaign_id");
        const activities::Choices modes = activities::modeChoices();
        const auto right = Qt::AlignRight | Qt::AlignVCenter;
        definition.columns = {
            { TrainingForm::tr("Title"), QStringLiteral("t.title"), QStringLiteral("t.sort_key") },
            { TrainingForm::tr("Start"), QStringLiteral("t.start_date"), {}, activities::displayDate },
            { TrainingForm::tr("Mode"), QStringLiteral("t.mode"), {},
              [modes](const QVariant &value) { return activities::choiceText(modes, value.toString()); } },
            { TrainingForm::tr("Organiser"), QStringLiteral("o.name"), QStringLiteral("o.sort_key") },
            { TrainingForm::tr("Declared participants"),
              activities::packedFigure(QStringLiteral("t.participants_declared"), QStringLiteral("t.participants_qualifier")),
              QStringLiteral("t.participants_declared"), activities::packedFigureText, right },
            // Per campaign the sessions are few; the count uses the primary key (training_id, member_id).
            { TrainingForm::tr("Attendees listed"),
              QStringLiteral("(SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id)"), {}, {}, right },
            { TrainingForm::tr("Place"), QStringLiteral("t.place"), QStringLiteral("t.place COLLATE NOCASE") },
        };
        definition.defaultSortColumn = 1;
        return definition;
    }

    void addFilters(RecordListPage *page, const RecordContext &context) override
    {
        page->addComboFilter(QStringLiteral("mode"), TrainingForm::tr("Mode"), QStringLiteral("t.mode = ?"),
                             activities::filterChoices(TrainingForm::tr("All modes"), activities::modeChoices()));
        // Date range: sessions that start within [from, to]; a blank end is open.
        auto *range = new QWidget(page);
        range->setObjectName(QStringLiteral("dateRangeFilter"));
        auto *layout = new QHBoxLayout(range);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *from = new DateField(range);
        from->setObjectName(QStringLiteral("fromDateFilterEdit"));
        auto *to = new DateField(range);
        to->setObjectName(QStringLiteral("toDateFilterEdit"));
        const QDate campaignStart = activities::campaignStartDate(context.db, context.campaignId);
        for (DateField *edit : { from, to })
            RecordForm::setupOptionalDate(edit, campaignStart);
        layout->addWidget(new QLabel(TrainingForm::tr("From"), range));
        layout->addWidget(from);
        layout->addWidget(new QLabel(TrainingForm::tr("to"), range));
        layout->addWidget(to);
        auto apply = [page, from, to] {
            QStringList conditions;
            QVariantList values;
            if (RecordForm::optionalDate(from).isValid()) {
                conditions << QStringLiteral("t.start_date >= ?");
                values << RecordForm::optionalDateValue(from);
            }
            if (RecordForm::optionalDate(to).isValid()) {
                conditions << QStringLiteral("t.start_date <= ?");
                values << RecordForm::optionalDateValue(to);
            }
            page->model()->setFilter(QStringLiteral("dates"), conditions.join(QStringLiteral(" AND ")), values);
        };
        QObject::connect(from, &DateField::dateChanged, page, apply);
        QObject::connect(to, &DateField::dateChanged, page, apply);
        page->addFilterWidget(range);
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        TrainingForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }
};

} // namespace

std::unique_ptr<RecordKind> createTrainingKind()
{
    return std::make_unique<TrainingKind>();
}

} // namespace cds

#include "TrainingKind.moc"
