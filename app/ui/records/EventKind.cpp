#include "records/EventKind.h"
#include "ui_EventForm.h"

#include "records/ActivityFields.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"

#include <QHash>
#include <QHeaderView>
#include <QSet>

namespace cds {

namespace {

enum PresentationColumn { OrderColumn, SpeakerColumn, PositionColumn, OrganisationColumn, TitleColumn };
enum AttendanceColumn { AttendanceOrganisationColumn, AttendanceCountColumn, AttendanceQualifierColumn };

class EventForm : public RecordForm
{
    Q_OBJECT

public:
    EventForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New event") : tr("Event"));
        markRequired(m_ui.kindLabel);
        markRequired(m_ui.titleLabel);
        activities::fillChoiceCombo(m_ui.kindComboBox, activities::eventKindChoices());
        activities::fillChoiceCombo(m_ui.modeComboBox, activities::modeChoices());
        activities::fillChoiceCombo(m_ui.timeOfDayComboBox, activities::timeOfDayChoices());
        setupOptionalDate(m_ui.eventDateEdit, activities::campaignStartDate(context.db, context.campaignId));
        widgets::fillOrganisationCombo(m_ui.organiserComboBox, context.db, true);
        widgets::makeSearchable(m_ui.organiserComboBox);
        m_ui.organiserTextLineEdit->setPlaceholderText(tr("when several bodies organise it together"));
        for (QComboBox *combo : { m_ui.inPersonQualifierComboBox, m_ui.onlineQualifierComboBox, m_ui.livestreamViewsQualifierComboBox })
            fillQualifierCombo(combo);
        for (QSpinBox *spin : { m_ui.inPersonSpinBox, m_ui.onlineSpinBox, m_ui.livestreamViewsSpinBox }) {
            spin->setSpecialValueText(tr("(not given)"));
            spin->setValue(-1);
        }
        m_ui.livestreamPlatformLineEdit->setPlaceholderText(tr("e.g. Facebook fanpage of the department"));
        m_ui.outcomesPlainTextEdit->setPlaceholderText(tr("One result per line; “- ” starts a bullet."));
        m_ui.descriptionPlainTextEdit->setPlaceholderText(tr("{in_person}, {online} and {livestream} stand for the figures."));

        auto *presentations = m_ui.presentationsTableWidget;
        presentations->setColumnCount(5);
        presentations->setHorizontalHeaderLabels({ tr("No."), tr("Speaker"), tr("Position"), tr("Organisation"), tr("Title", "of a presentation") });
        presentations->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
        presentations->verticalHeader()->hide();
        presentations->setSelectionBehavior(QAbstractItemView::SelectRows);
        presentations->setSelectionMode(QAbstractItemView::SingleSelection);
        connect(m_ui.addPresentationButton, &QPushButton::clicked, this, [this] { addPresentation({}); });
        connect(m_ui.removePresentationButton, &QPushButton::clicked, this, [this] {
            const int row = m_ui.presentationsTableWidget->currentRow();
            if (row >= 0) {
                m_ui.presentationsTableWidget->removeRow(row);
                renumber();
                setDirty();
            }
        });
        connect(m_ui.moveUpPresentationButton, &QPushButton::clicked, this, [this] { movePresentation(-1); });
        connect(m_ui.moveDownPresentationButton, &QPushButton::clicked, this, [this] { movePresentation(1); });
        connect(presentations, &QTableWidget::itemChanged, this, [this] { setDirty(); });

        auto *attendance = m_ui.organisationAttendanceTableWidget;
        attendance->setColumnCount(3);
        attendance->setHorizontalHeaderLabels({ tr("Organisation"), tr("Attendance"), tr("Qualifier") });
        attendance->horizontalHeader()->setSectionResizeMode(AttendanceOrganisationColumn, QHeaderView::Stretch);
        attendance->verticalHeader()->hide();
        attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
        connect(m_ui.addOrganisationAttendanceButton, &QPushButton::clicked, this, [this] { addAttendance({}, 0, {}); });
        connect(m_ui.removeOrganisationAttendanceButton, &QPushButton::clicked, this, [this] {
            const int row = m_ui.organisationAttendanceTableWidget->currentRow();
            if (row >= 0) {
                m_ui.organisationAttendanceTableWidget->removeRow(row);
                setDirty();
            }
        });

        m_year = activities::campaignYear(context.db, context.campaignId);
        if (id != 0)
            load();
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        if (m_ui.kindComboBox->currentIndex() < 0)
            return fieldError(m_ui.kindComboBox, tr("Choose the kind of event."));
        if (m_ui.titleLineEdit->text().trimmed().isEmpty()) {
            activities::showField(m_ui.titleLineEdit);
            return fieldError(m_ui.titleLineEdit, tr("Enter the event's title."));
        }
        if (m_ui.organiserComboBox->currentIndex() > 0 && widgets::chosenId(m_ui.organiserComboBox).isNull()) {
            activities::showField(m_ui.organiserComboBox);
            return fieldError(m_ui.organiserComboBox, tr("Choose the organiser from the list, or write it in “Organisers (as written)”."));
        }
        // -1 is "not given"; anything lower cannot be typed, but a count is never negative.
        for (QSpinBox *spin : { m_ui.inPersonSpinBox, m_ui.onlineSpinBox, m_ui.livestreamViewsSpinBox,
                                m_ui.level1SitesSpinBox, m_ui.level2SitesSpinBox, m_ui.level3SitesSpinBox, m_ui.level4SitesSpinBox }) {
            if (spin->value() < spin->minimum() || spin->value() < -1) {
                activities::showField(spin);
                return fieldError(spin, tr("A count cannot be negative."));
            }
        }
        auto *presentations = m_ui.presentationsTableWidget;
        for (int row = 0; row < presentations->rowCount(); ++row) {
            if (cellText(row, SpeakerColumn).isEmpty() || cellText(row, TitleColumn).isEmpty()) {
                activities::showField(presentations);
                presentations->setCurrentCell(row, cellText(row, SpeakerColumn).isEmpty() ? SpeakerColumn : TitleColumn);
                return fieldError(presentations, tr("Presentation %1 needs its speaker and its title.").arg(row + 1));
            }
        }
        auto *attendance = m_ui.organisationAttendanceTableWidget;
        QSet<qint64> organisations;
        for (int row = 0; row < attendance->rowCount(); ++row) {
            const auto *combo = qobject_cast<QComboBox *>(attendance->cellWidget(row, AttendanceOrganisationColumn));
            const QVariant organisation = widgets::chosenId(combo);
            if (organisation.isNull()) {
                attendance->setCurrentCell(row, AttendanceOrganisationColumn);
                activities::showField(attendance);
                return fieldError(attendance, tr("Choose the organisation of attendance row %1 from the list, or remove the row.").arg(row + 1));
            }
            if (organisations.contains(organisation.toLongLong())) {
                attendance->setCurrentCell(row, AttendanceOrganisationColumn);
                activities::showField(attendance);
                return fieldError(attendance, tr("“%1” is listed twice in the attendance per organisation.").arg(combo->currentText()));
            }
            organisations.insert(organisation.toLongLong());
        }
        QStringList warnings;
        const QDate date = optionalDate(m_ui.eventDateEdit);
        if (date.isValid() && m_year != 0 && date.year() != m_year)
            warnings << tr("The date %1 is outside the campaign's year %2.").arg(date.toString(QStringLiteral("dd/MM/yyyy"))).arg(m_year);
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        auto figure = [](QSpinBox *spin) { return spin->value() < 0 ? QVariant() : QVariant(spin->value()); };
        auto textOrNull = [](const QString &text) { return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed()); };
        QVariantMap values = {
            { QStringLiteral("kind"), m_ui.kindComboBox->currentData() },
            { QStringLiteral("is_main_event"), m_ui.mainEventCheckBox->isChecked() ? 1 : 0 },
            { QStringLiteral("title"), m_ui.titleLineEdit->text().simplified() },
            { QStringLiteral("theme"), textOrNull(m_ui.themeLineEdit->text()) },
            { QStringLiteral("event_date"), optionalDateValue(m_ui.eventDateEdit) },
            { QStringLiteral("time_of_day"), textOrNull(m_ui.timeOfDayComboBox->currentData().toString()) },
            { QStringLiteral("chair_name"), textOrNull(m_ui.chairNameLineEdit->text()) },
            { QStringLiteral("chair_position"), textOrNull(m_ui.chairPositionLineEdit->text()) },
            { QStringLiteral("organiser_id"), widgets::chosenId(m_ui.organiserComboBox) },
            { QStringLiteral("organiser_text"), textOrNull(m_ui.organiserTextLineEdit->text()) },
            { QStringLiteral("mode"), m_ui.modeComboBox->currentData() },
            { QStringLiteral("venue"), textOrNull(m_ui.venueLineEdit->text()) },
            { QStringLiteral("in_person_attendance"), figure(m_ui.inPersonSpinBox) },
            { QStringLiteral("in_person_qualifier"), m_ui.inPersonQualifierComboBox->currentData().toString() },
            { QStringLiteral("in_person_description"), textOrNull(m_ui.inPersonDescriptionLineEdit->text()) },
            { QStringLiteral("online_attendance"), figure(m_ui.onlineSpinBox) },
            { QStringLiteral("online_qualifier"), m_ui.onlineQualifierComboBox->currentData().toString() },
            { QStringLiteral("online_description"), textOrNull(m_ui.onlineDescriptionLineEdit->text()) },
            { QStringLiteral("livestream_platform"), textOrNull(m_ui.livestreamPlatformLineEdit->text()) },
            { QStringLiteral("livestream_views"), figure(m_ui.livestreamViewsSpinBox) },
            { QStringLiteral("livestream_qualifier"), m_ui.livestreamViewsQualifierComboBox->currentData().toString() },
            { QStringLiteral("audience_description"), textOrNull(m_ui.audienceLineEdit->text()) },
            { QStringLiteral("description"), textOrNull(m_ui.descriptionPlainTextEdit->toPlainText()) },
            { QStringLiteral("outcomes"), textOrNull(m_ui.outcomesPlainTextEdit->toPlainText()) },
            { QStringLiteral("report_group"), textOrNull(m_ui.reportGroupLineEdit->text()) },
        };
        const QString title = m_ui.titleLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add event “%1”").arg(title) : tr("Edit event “%1”").arg(title));
        qint64 eventId = m_id;
        if (m_id == 0) {
            values.insert(QStringLiteral("campaign_id"), m_context.campaignId);
            values.insert(QStringLiteral("sort_order"), nextSortOrder());
            eventId = write.insert(QStringLiteral("event"), values);
        } else {
            write.update(QStringLiteral("event"), m_id, values);
            // The parts are written anew: each row removed and added is logged, so undo restores them.
            write.removeWhere(QStringLiteral("presentation"), QStringLiteral("event_id"), m_id);
            write.removeWhere(QStringLiteral("event_connected_sites"), QStringLiteral("event_id"), m_id);
            write.removeWhere(QStringLiteral("event_attendance"), QStringLiteral("event_id"), m_id);
        }
        const QList<QSpinBox *> sites = { m_ui.level1SitesSpinBox, m_ui.level2SitesSpinBox, m_ui.level3SitesSpinBox, m_ui.level4SitesSpinBox };
        for (int level = 1; level <= 4; ++level) {
            if (sites.at(level - 1)->value() > 0)
                write.insert(QStringLiteral("event_connected_sites"),
                             { { QStringLiteral("event_id"), eventId }, { QStringLiteral("level"), level },
                               { QStringLiteral("site_count"), sites.at(level - 1)->value() } });
        }
        for (int row = 0; row < m_ui.presentationsTableWidget->rowCount(); ++row) {
            write.insert(QStringLiteral("presentation"),
                         { { QStringLiteral("event_id"), eventId },
                           { QStringLiteral("sort_order"), row + 1 },
                           { QStringLiteral("speaker_name"), cellText(row, SpeakerColumn) },
                           { QStringLiteral("speaker_position"), textOrNull(cellText(row, PositionColumn)) },
                           { QStringLiteral("speaker_organisation"), textOrNull(cellText(row, OrganisationColumn)) },
                           { QStringLiteral("title"), cellText(row, TitleColumn) } });
        }
        auto *attendance = m_ui.organisationAttendanceTableWidget;
        for (int row = 0; row < attendance->rowCount(); ++row) {
            const auto *combo = qobject_cast<QComboBox *>(attendance->cellWidget(row, AttendanceOrganisationColumn));
            const auto *count = qobject_cast<QSpinBox *>(attendance->cellWidget(row, AttendanceCountColumn));
            const auto *qualifier = qobject_cast<QComboBox *>(attendance->cellWidget(row, AttendanceQualifierColumn));
            write.insert(QStringLiteral("event_attendance"),
                         { { QStringLiteral("event_id"), eventId },
                           { QStringLiteral("organisation_id"), widgets::chosenId(combo) },
                           { QStringLiteral("attendance"), count->value() },
                           { QStringLiteral("qualifier"), qualifier->currentData().toString() } });
        }
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    QString cellText(int row, int column) const
    {
        const QTableWidgetItem *item = m_ui.presentationsTableWidget->item(row, column);
        return item ? item->text().simplified() : QString();
    }

    void addPresentation(const QStringList &texts)
    {
        auto *table = m_ui.presentationsTableWidget;
        const QSignalBlocker blocker(table);
        const int row = table->rowCount();
        table->insertRow(row);
        for (int column = SpeakerColumn; column <= TitleColumn; ++column)
            table->setItem(row, column, new QTableWidgetItem(texts.value(column - SpeakerColumn)));
        renumber();
        if (texts.isEmpty()) {
            setDirty();
            table->setCurrentCell(row, SpeakerColumn);
            table->editItem(table->item(row, SpeakerColumn));
        }
    }

    void movePresentation(int step)
    {
        auto *table = m_ui.presentationsTableWidget;
        const int row = table->currentRow();
        const int target = row + step;
        if (row < 0 || target < 0 || target >= table->rowCount())
            return;
        const QSignalBlocker blocker(table);
        for (int column = SpeakerColumn; column <= TitleColumn; ++column) {
            QTableWidgetItem *a = table->takeItem(row, column);
            QTableWidgetItem *b = table->takeItem(target, column);
            table->setItem(row, column, b);
            table->setItem(target, column, a);
        }
        table->setCurrentCell(target, table->currentColumn());
        setDirty();
    }

    void renumber()
    {
        auto *table = m_ui.presentationsTableWidget;
        const QSignalBlocker blocker(table);
        for (int row = 0; row < table->rowCount(); ++row) {
            auto *item = new QTableWidgetItem(QString::number(row + 1));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setTextAlignment(Qt::AlignCenter);
            table->setItem(row, OrderColumn, item);
        }
    }

    void addAttendance(const QVariant &organisationId, int count, const QString &qualifierCode)
    {
        auto *table = m_ui.organisationAttendanceTableWidget;
        const int row = table->rowCount();
        table->insertRow(row);
        auto *organisation = new QComboBox(table);
        organisation->setObjectName(QStringLiteral("attendanceOrganisationComboBox%1").arg(row));
        widgets::fillOrganisationCombo(organisation, m_context.db, false);
        widgets::makeSearchable(organisation);
        widgets::selectData(organisation, organisationId);
        auto *spin = new QSpinBox(table);
        spin->setRange(0, 100000000);
        spin->setValue(count);
        auto *qualifier = new QComboBox(table);
        fillQualifierCombo(qualifier);
        widgets::selectData(qualifier, qualifierCode);
        table->setCellWidget(row, AttendanceOrganisationColumn, organisation);
        table->setCellWidget(row, AttendanceCountColumn, spin);
        table->setCellWidget(row, AttendanceQualifierColumn, qualifier);
        connect(organisation, &QComboBox::currentIndexChanged, this, [this] { setDirty(); });
        connect(spin, &QSpinBox::valueChanged, this, [this] { setDirty(); });
        connect(qualifier, &QComboBox::currentIndexChanged, this, [this] { setDirty(); });
        if (!organisationId.isValid()) {
            setDirty();
            table->setCurrentCell(row, AttendanceOrganisationColumn);
            organisation->setFocus();
        }
    }

    int nextSortOrder() const
    {
        return records::nextOrder(m_context.db, QStringLiteral("event"), QStringLiteral("sort_order"),
                                  QStringLiteral("campaign_id"), m_context.campaignId);
    }

    void load()
    {
        const QVariantMap row = records::row(m_context.db, QStringLiteral("event"), m_id);
        auto text = [&row](const char *column) { return row.value(QString::fromLatin1(column)).toString(); };
        auto figure = [&row](QSpinBox *spin, QComboBox *qualifier, const char *value, const char *code) {
            const QVariant number = row.value(QString::fromLatin1(value));
            spin->setValue(number.isNull() ? -1 : number.toInt());
            widgets::selectData(qualifier, row.value(QString::fromLatin1(code)));
        };
        widgets::selectData(m_ui.kindComboBox, row.value(QStringLiteral("kind")));
        m_ui.mainEventCheckBox->setChecked(row.value(QStringLiteral("is_main_event")).toInt() != 0);
        m_ui.titleLineEdit->setText(text("title"));
        m_ui.themeLineEdit->setText(text("theme"));
        setOptionalDate(m_ui.eventDateEdit, QDate::fromString(text("event_date"), Qt::ISODate));
        widgets::selectData(m_ui.timeOfDayComboBox, text("time_of_day"));
        m_ui.chairNameLineEdit->setText(text("chair_name"));
        m_ui.chairPositionLineEdit->setText(text("chair_position"));
        widgets::selectData(m_ui.organiserComboBox, row.value(QStringLiteral("organiser_id")));
        m_ui.organiserTextLineEdit->setText(text("organiser_text"));
        widgets::selectData(m_ui.modeComboBox, row.value(QStringLiteral("mode")));
        m_ui.venueLineEdit->setText(text("venue"));
        figure(m_ui.inPersonSpinBox, m_ui.inPersonQualifierComboBox, "in_person_attendance", "in_person_qualifier");
        m_ui.inPersonDescriptionLineEdit->setText(text("in_person_description"));
        figure(m_ui.onlineSpinBox, m_ui.onlineQualifierComboBox, "online_attendance", "online_qualifier");
        m_ui.onlineDescriptionLineEdit->setText(text("online_description"));
        m_ui.livestreamPlatformLineEdit->setText(text("livestream_platform"));
        figure(m_ui.livestreamViewsSpinBox, m_ui.livestreamViewsQualifierComboBox, "livestream_views", "livestream_qualifier");
        m_ui.audienceLineEdit->setText(text("audience_description"));
        m_ui.descriptionPlainTextEdit->setPlainText(text("description"));
        m_ui.outcomesPlainTextEdit->setPlainText(text("outcomes"));
        m_ui.reportGroupLineEdit->setText(text("report_group"));

        const QList<QSpinBox *> sites = { m_ui.level1SitesSpinBox, m_ui.level2SitesSpinBox, m_ui.level3SitesSpinBox, m_ui.level4SitesSpinBox };
        for (const QVariantMap &site : records::childRows(m_context.db, QStringLiteral("event_connected_sites"),
                                                          QStringLiteral("event_id"), m_id, QStringLiteral("level"))) {
            const int level = site.value(QStringLiteral("level")).toInt();
            if (level >= 1 && level <= 4)
                sites.at(level - 1)->setValue(site.value(QStringLiteral("site_count")).toInt());
        }
        for (const QVariantMap &talk : records::childRows(m_context.db, QStringLiteral("presentation"),
                                                          QStringLiteral("event_id"), m_id, QStringLiteral("sort_order"))) {
            addPresentation({ talk.value(QStringLiteral("speaker_name")).toString(),
                              talk.value(QStringLiteral("speaker_position")).toString(),
                              talk.value(QStringLiteral("speaker_organisation")).toString(),
                              talk.value(QStringLiteral("title")).toString() });
        }
        // The organisations' attendance, in their name order.
        QList<QVariantMap> attendance = records::childRows(m_context.db, QStringLiteral("event_attendance"),
                                                           QStringLiteral("event_id"), m_id, QStringLiteral("organisation_id"));
        QHash<qint64, QString> sortKeys;
        for (const QVariantMap &row : std::as_const(attendance)) {
            const qint64 organisation = row.value(QStringLiteral("organisation_id")).toLongLong();
            sortKeys.insert(organisation, records::value(m_context.db, QStringLiteral("organisation"),
                                                         QStringLiteral("sort_key"), organisation).toString());
        }
        std::stable_sort(attendance.begin(), attendance.end(), [&sortKeys](const QVariantMap &a, const QVariantMap &b) {
            return sortKeys.value(a.value(QStringLiteral("organisation_id")).toLongLong())
                    < sortKeys.value(b.value(QStringLiteral("organisation_id")).toLongLong());
        });
        for (const QVariantMap &row : std::as_const(attendance))
            addAttendance(row.value(QStringLiteral("organisation_id")), row.value(QStringLiteral("attendance")).toInt(),
                          row.value(QStringLiteral("qualifier")).toString());
    }

    Ui::EventForm m_ui;
    RecordContext m_context;
    qint64 m_id;
    int m_year = 0;
};

class EventKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("events"); }
    QString title() const override { return EventForm::tr("Events"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("event");
        definition.from = QStringLiteral("event e");
        definition.idExpression = QStringLiteral("e.id");
        definition.searchExpression = QStringLiteral("e.search_key");
        definition.campaignExpression = QStringLiteral("e.campaign_id");
        const activities::Choices kinds = activities::eventKindChoices();
        const activities::Choices modes = activities::modeChoices();
        const auto right = Qt::AlignRight | Qt::AlignVCenter;
        definition.columns = {
            { EventForm::tr("Date"), QStringLiteral("e.event_date"), {}, activities::displayDate },
            { EventForm::tr("Kind"), QStringLiteral("e.kind"), {},
              [kinds](const QVariant &value) { return activities::choiceText(kinds, value.toString()); } },
            { EventForm::tr("Title"), QStringLiteral("e.title"), QStringLiteral("e.sort_key") },
            { EventForm::tr("Mode"), QStringLiteral("e.mode"), {},
              [modes](const QVariant &value) { return activities::choiceText(modes, value.toString()); } },
            { EventForm::tr("In person"), activities::packedFigure(QStringLiteral("e.in_person_attendance"), QStringLiteral("e.in_person_qualifier")),
              QStringLiteral("e.in_person_attendance"), activities::packedFigureText, right },
            { EventForm::tr("Online"), activities::packedFigure(QStringLiteral("e.online_attendance"), QStringLiteral("e.online_qualifier")),
              QStringLiteral("e.online_attendance"), activities::packedFigureText, right },
            { EventForm::tr("Livestream views"), activities::packedFigure(QStringLiteral("e.livestream_views"), QStringLiteral("e.livestream_qualifier")),
              QStringLiteral("e.livestream_views"), activities::packedFigureText, right },
            { EventForm::tr("Main event"), QStringLiteral("e.is_main_event"), {},
              [](const QVariant &value) { return value.toInt() != 0 ? QStringLiteral("★") : QString(); }, Qt::AlignCenter },
        };
        return definition;
    }

    void addFilters(RecordListPage *page, const RecordContext &context) override
    {
        Q_UNUSED(context)
        page->addComboFilter(QStringLiteral("kind"), EventForm::tr("Kind"), QStringLiteral("e.kind = ?"),
                             activities::filterChoices(EventForm::tr("All kinds"), activities::eventKindChoices()));
        page->addComboFilter(QStringLiteral("mode"), EventForm::tr("Mode"), QStringLiteral("e.mode = ?"),
                             activities::filterChoices(EventForm::tr("All modes"), activities::modeChoices()));
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        EventForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }
};

} // namespace

std::unique_ptr<RecordKind> createEventKind()
{
    return std::make_unique<EventKind>();
}

} // namespace cds

#include "EventKind.moc"
