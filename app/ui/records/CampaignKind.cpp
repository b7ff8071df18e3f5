#include "records/CampaignKind.h"

#include "campaigns/CampaignSetup.h"
#include "ui_CampaignFigureForm.h"
#include "ui_CampaignForm.h"
#include "ui_RecommendationForm.h"

#include "common/MessageBox.h"
#include "domain/Figure.h"
#include "records/FormReads.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "text/VietnameseText.h"

#include <QRegularExpression>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace cds {

namespace {

QString shortDate(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value.toString();
}

QString text(const QVariant &value)
{
    return value.toString();
}

QVariant nullIfEmpty(const QString &value)
{
    const QString simplified = value.trimmed();
    return simplified.isEmpty() ? QVariant() : QVariant(simplified);
}

// The next sort order of a campaign's rows in table: after the last one.
int nextSortOrder(const RecordContext &context, const QString &table)
{
    return records::nextOrder(context.db, table, QStringLiteral("sort_order"), QStringLiteral("campaign_id"),
                              context.campaignId);
}

// ---------------------------------------------------------------- campaigns

class CampaignForm : public RecordForm
{
    Q_OBJECT

public:
    CampaignForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New campaign") : tr("Campaign"));
        markRequired(m_ui.nameLabel);
        markRequired(m_ui.yearLabel);
        setupOptionalDate(m_ui.startDateEdit);
        setupOptionalDate(m_ui.endDateEdit);
        m_ui.yearSpinBox->setValue(QDate::currentDate().year());
        // 0 stores NULL: no check of the teams' size.
        m_ui.minTeamMembersSpinBox->setSpecialValueText(tr("no check"));
        m_ui.minTeamMembersSpinBox->setSuffix(tr(" members"));
        m_ui.minTeamMembersSpinBox->setToolTip(
                tr("The smallest team the province's plan allows; smaller teams are warnings on the dashboard."));
        m_ui.teamLevelsLabel->setToolTip(
                tr("The levels where the campaign expects teams; none ticked: every level of the tree."));
        QVariant province;
        if (id != 0) {
            const QVariantMap row = records::row(context.db, QStringLiteral("campaign"), id);
            m_ui.nameLineEdit->setText(row.value(QStringLiteral("name")).toString());
            m_ui.yearSpinBox->setValue(row.value(QStringLiteral("year")).toInt());
            setOptionalDate(m_ui.startDateEdit, QDate::fromString(row.value(QStringLiteral("start_date")).toString(), Qt::ISODate));
            setOptionalDate(m_ui.endDateEdit, QDate::fromString(row.value(QStringLiteral("end_date")).toString(), Qt::ISODate));
            province = row.value(QStringLiteral("province_id"));
            m_ui.planReferenceLineEdit->setText(row.value(QStringLiteral("plan_reference")).toString());
            m_ui.planSubjectLineEdit->setText(row.value(QStringLiteral("plan_subject")).toString());
            m_ui.guidanceReferenceLineEdit->setText(row.value(QStringLiteral("guidance_reference")).toString());
            m_ui.guidanceSubjectLineEdit->setText(row.value(QStringLiteral("guidance_subject")).toString());
            m_ui.notesPlainTextEdit->setPlainText(row.value(QStringLiteral("notes")).toString());
            m_ui.minTeamMembersSpinBox->setValue(row.value(QStringLiteral("min_team_members")).toInt());
            const QStringList levels = row.value(QStringLiteral("team_levels")).toString().split(u',', Qt::SkipEmptyParts);
            const auto boxes = levelCheckBoxes();
            for (int level = 1; level <= 4; ++level)
                boxes[level - 1]->setChecked(levels.contains(QString::number(level)));
        }
        widgets::fillUnitCombo(m_ui.provinceComboBox, context.db, { 1 }, true, province.toLongLong());
        widgets::makeSearchable(m_ui.provinceComboBox);
        widgets::selectData(m_ui.provinceComboBox, province);
        // A new campaign of a database that holds one province is that province's.
        if (id == 0 && m_ui.provinceComboBox->count() == 2)
            m_ui.provinceComboBox->setCurrentIndex(1);
        setupExclusions();
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

    qint64 savedId() const { return m_id; }

protected:
    bool validate() override
    {
        const QString name = m_ui.nameLineEdit->text().simplified();
        if (name.isEmpty())
            return fieldError(m_ui.nameLineEdit, tr("Enter the campaign's name."));
        const QDate start = optionalDate(m_ui.startDateEdit);
        const QDate end = optionalDate(m_ui.endDateEdit);
        if (start.isValid() && end.isValid() && end < start)
            return fieldError(m_ui.endDateEdit, tr("The campaign cannot end (%1) before it starts (%2).")
                                                        .arg(end.toString(QStringLiteral("dd/MM/yyyy")),
                                                             start.toString(QStringLiteral("dd/MM/yyyy"))));
        if (m_ui.provinceComboBox->currentIndex() > 0 && widgets::chosenId(m_ui.provinceComboBox).isNull())
            return fieldError(m_ui.provinceComboBox, tr("Choose the province from the list, or leave it empty."));

        // A campaign runs in its year; a plan issued late in the year before
        // or a report in the next year is possible, so only a warning.
        const int year = m_ui.yearSpinBox->value();
        QStringList warnings;
        if (start.isValid() && start.year() != year)
            warnings << tr("The campaign of %1 starts in %2.").arg(year).arg(start.year());
        if (end.isValid() && end.year() != year)
            warnings << tr("The campaign of %1 ends in %2.").arg(year).arg(end.year());
        if (formreads::campaignNameTaken(m_context.db, name, year, m_id))
            warnings << tr("There is already a campaign “%1” in %2.").arg(name).arg(year);
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        const QVariantMap values = {
            { QStringLiteral("name"), text::normalized(m_ui.nameLineEdit->text()) },
            { QStringLiteral("year"), m_ui.yearSpinBox->value() },
            { QStringLiteral("start_date"), optionalDateValue(m_ui.startDateEdit) },
            { QStringLiteral("end_date"), optionalDateValue(m_ui.endDateEdit) },
            { QStringLiteral("province_id"), widgets::chosenId(m_ui.provinceComboBox) },
            { QStringLiteral("plan_reference"), nullIfEmpty(m_ui.planReferenceLineEdit->text()) },
            { QStringLiteral("plan_subject"), nullIfEmpty(m_ui.planSubjectLineEdit->text()) },
            { QStringLiteral("guidance_reference"), nullIfEmpty(m_ui.guidanceReferenceLineEdit->text()) },
            { QStringLiteral("guidance_subject"), nullIfEmpty(m_ui.guidanceSubjectLineEdit->text()) },
            { QStringLiteral("notes"), nullIfEmpty(m_ui.notesPlainTextEdit->toPlainText()) },
            { QStringLiteral("team_levels"), teamLevels() },
            { QStringLiteral("min_team_members"), m_ui.minTeamMembersSpinBox->value() > 0
                      ? QVariant(m_ui.minTeamMembersSpinBox->value()) : QVariant(QMetaType(QMetaType::Int)) },
        };
        const QString name = m_ui.nameLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add campaign “%1”").arg(name)
                                                        : tr("Edit campaign “%1”").arg(name));
        qint64 id = m_id;
        if (m_id == 0)
            id = write.insert(QStringLiteral("campaign"), values);
        else
            write.update(QStringLiteral("campaign"), m_id, values);
        if (m_id != 0 && exclusionRows() != m_savedExclusions) {
            write.removeWhere(QStringLiteral("campaign_unit_exclusion"), QStringLiteral("campaign_id"), m_id);
            for (const auto &[unitId, reason] : exclusionRows())
                write.insert(QStringLiteral("campaign_unit_exclusion"), {{QStringLiteral("campaign_id"), m_id},
                                                                         {QStringLiteral("unit_id"), unitId},
                                                                         {QStringLiteral("reason"), reason}});
        }
        if (!write.commit())
            return saveFailed(write.error());
        m_id = id;
        return write.groupId();
    }

private:
    // Units that cannot have a team (an uninhabited special zone) are left
    // out of the coverage with a reason the report prints in its note.
    // Chosen among the saved campaign's districts and communes.
    void setupExclusions()
    {
        auto *box = new QGroupBox(tr("Units left out of the coverage"), this);
        box->setObjectName(QStringLiteral("exclusionsGroupBox"));
        auto *layout = new QGridLayout(box);
        m_exclusionsTable = new QTableWidget(0, 2, box);
        m_exclusionsTable->setObjectName(QStringLiteral("exclusionsTableWidget"));
        m_exclusionsTable->setHorizontalHeaderLabels({tr("Unit"), tr("Reason")});
        m_exclusionsTable->horizontalHeader()->setStretchLastSection(true);
        m_exclusionsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_exclusionsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_exclusionsTable->setMaximumHeight(110);
        auto *unit = new QComboBox(box);
        unit->setObjectName(QStringLiteral("exclusionUnitComboBox"));
        auto *reason = new QLineEdit(box);
        reason->setObjectName(QStringLiteral("exclusionReasonLineEdit"));
        reason->setPlaceholderText(tr("Reason, as the report prints it (e.g. không có dân cư)"));
        auto *add = new QPushButton(tr("Leave out"), box);
        add->setObjectName(QStringLiteral("addExclusionButton"));
        auto *remove = new QPushButton(tr("Count again"), box);
        remove->setObjectName(QStringLiteral("removeExclusionButton"));
        layout->addWidget(m_exclusionsTable, 0, 0, 1, 4);
        layout->addWidget(unit, 1, 0);
        layout->addWidget(reason, 1, 1);
        layout->addWidget(add, 1, 2);
        layout->addWidget(remove, 1, 3);
        layout->setColumnStretch(0, 2);
        layout->setColumnStretch(1, 3);
        m_ui.formOuterLayout->insertWidget(m_ui.formOuterLayout->indexOf(m_ui.formButtonBox), box);
        if (m_id == 0) {
            box->setEnabled(false);
            box->setToolTip(tr("Save the campaign first: the units come from its province."));
            return;
        }
        for (const auto &[id, name] : setup::exclusionCandidates(m_context.db, m_id))
            unit->addItem(name, id);
        widgets::makeSearchable(unit);
        QString error;
        for (const setup::Exclusion &e : setup::exclusions(m_context.db, m_id, &error))
            appendExclusion(e.unitId, e.unitName, e.reason);
        m_savedExclusions = exclusionRows();
        connect(add, &QPushButton::clicked, this, [this, unit, reason] {
            const QVariant id = unit->currentData();
            const QString why = text::normalized(reason->text());
            if (!id.isValid() || unit->findText(unit->currentText()) < 0) {
                fieldError(unit, tr("Choose the unit from the list."));
                return;
            }
            if (why.isEmpty()) {
                fieldError(reason, tr("Say why the unit cannot have a team; the report prints it."));
                return;
            }
            for (const auto &[unitId, unused] : exclusionRows()) {
                if (unitId == id.toLongLong())
                    return;
            }
            appendExclusion(id.toLongLong(), unit->currentText(), why);
            reason->clear();
            setDirty();
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            const int row = m_exclusionsTable->currentRow();
            if (row >= 0) {
                m_exclusionsTable->removeRow(row);
                setDirty();
            }
        });
    }

    void appendExclusion(qint64 unitId, const QString &name, const QString &reason)
    {
        const int row = m_exclusionsTable->rowCount();
        m_exclusionsTable->insertRow(row);
        auto *unitItem = new QTableWidgetItem(name);
        unitItem->setData(Qt::UserRole, unitId);
        m_exclusionsTable->setItem(row, 0, unitItem);
        m_exclusionsTable->setItem(row, 1, new QTableWidgetItem(reason));
    }

    QList<std::pair<qint64, QString>> exclusionRows() const
    {
        QList<std::pair<qint64, QString>> rows;
        for (int row = 0; row < m_exclusionsTable->rowCount(); ++row)
            rows.push_back({m_exclusionsTable->item(row, 0)->data(Qt::UserRole).toLongLong(),
                            m_exclusionsTable->item(row, 1)->text()});
        return rows;
    }

    QList<QCheckBox *> levelCheckBoxes() const
    {
        return { m_ui.provinceLevelCheckBox, m_ui.districtLevelCheckBox, m_ui.communeLevelCheckBox,
                 m_ui.villageLevelCheckBox };
    }

    // The ticked levels as stored ("2,3,4"); none ticked: NULL, every level.
    QVariant teamLevels() const
    {
        QStringList levels;
        const auto boxes = levelCheckBoxes();
        for (int level = 1; level <= 4; ++level) {
            if (boxes[level - 1]->isChecked())
                levels << QString::number(level);
        }
        return levels.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(levels.join(u','));
    }

    Ui::CampaignForm m_ui;
    RecordContext m_context;
    qint64 m_id;
    QTableWidget *m_exclusionsTable = nullptr;
    QList<std::pair<qint64, QString>> m_savedExclusions;
};

class CampaignKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("campaigns"); }
    QString title() const override { return CampaignForm::tr("Campaigns"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("campaign");
        definition.from = QStringLiteral("campaign c LEFT JOIN admin_unit u ON u.id = c.province_id");
        definition.idExpression = QStringLiteral("c.id");
        definition.searchExpression = QStringLiteral("c.search_key");
        definition.columns = {
            { CampaignForm::tr("Name"), QStringLiteral("c.name"), QStringLiteral("c.sort_key") },
            { CampaignForm::tr("Year"), QStringLiteral("c.year"), {}, text, Qt::AlignRight | Qt::AlignVCenter },
            { CampaignForm::tr("Start date"), QStringLiteral("c.start_date"), {}, shortDate },
            { CampaignForm::tr("End date"), QStringLiteral("c.end_date"), {}, shortDate },
            { CampaignForm::tr("Province"), QStringLiteral("u.name"), QStringLiteral("u.sort_key") },
            { CampaignForm::tr("Plan"), QStringLiteral("c.plan_reference"), {}, {}, Qt::AlignLeft | Qt::AlignVCenter, true },
        };
        definition.defaultSortColumn = 1;
        return definition;
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        return editCampaign(parent, context, id);
    }
};

// ------------------------------------------------------- campaign figures

// The stored key of a figure from its label: "Lượt quét mã QR" → "luot_quet_ma_qr".
QString figureKeyFor(const QString &label)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString key = text::searchKey(label).replace(other, QStringLiteral("_"));
    while (key.startsWith(u'_'))
        key.remove(0, 1);
    while (key.endsWith(u'_'))
        key.chop(1);
    return key;
}

class CampaignFigureForm : public RecordForm
{
    Q_OBJECT

public:
    CampaignFigureForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New campaign figure") : tr("Campaign figure"));
        markRequired(m_ui.labelLabel);
        markRequired(m_ui.valueLabel);
        fillQualifierCombo(m_ui.qualifierComboBox);
        m_ui.valueSpinBox->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        m_ui.figureKeyLineEdit->setPlaceholderText(tr("made from the label when left empty"));
        m_ui.descriptionHintLabel->setText(tr("In the report sentence, {figure} stands for the figure with its "
                                              "qualifier, e.g. “hơn 4.200”."));
        m_ui.sortOrderSpinBox->setValue(nextSortOrder(context, QStringLiteral("campaign_figure")));
        if (id != 0) {
            const QVariantMap row = records::row(context.db, QStringLiteral("campaign_figure"), id);
            m_ui.labelLineEdit->setText(row.value(QStringLiteral("label")).toString());
            m_ui.figureKeyLineEdit->setText(row.value(QStringLiteral("figure_key")).toString());
            m_ui.valueSpinBox->setValue(row.value(QStringLiteral("value")).toInt());
            widgets::selectData(m_ui.qualifierComboBox, row.value(QStringLiteral("qualifier")));
            m_ui.unitLabelLineEdit->setText(row.value(QStringLiteral("unit_label")).toString());
            m_ui.descriptionPlainTextEdit->setPlainText(row.value(QStringLiteral("description")).toString());
            m_ui.sortOrderSpinBox->setValue(row.value(QStringLiteral("sort_order")).toInt());
        }
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        const QString label = m_ui.labelLineEdit->text().simplified();
        if (label.isEmpty())
            return fieldError(m_ui.labelLineEdit, tr("Enter what the figure counts, e.g. “Lượt quét mã QR”."));
        const QString key = figureKey();
        if (key.isEmpty())
            return fieldError(m_ui.figureKeyLineEdit, tr("Enter a key of letters and digits."));
        if (const QString holder = formreads::campaignFigureHolder(m_context.db, m_context.campaignId, key, m_id);
            !holder.isEmpty())
            return fieldError(m_ui.figureKeyLineEdit, tr("The key “%1” is already the figure “%2”'s in this campaign.")
                                                              .arg(key, holder));
        if (m_ui.valueSpinBox->value() < 0)
            return fieldError(m_ui.valueSpinBox, tr("A figure cannot be negative."));
        QStringList warnings;
        const QString sentence = m_ui.descriptionPlainTextEdit->toPlainText();
        if (!sentence.trimmed().isEmpty() && !sentence.contains(QStringLiteral("{figure}")))
            warnings << tr("The report sentence has no {figure}: the figure will not be printed in it.");
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        const QVariantMap values = {
            { QStringLiteral("campaign_id"), m_context.campaignId },
            { QStringLiteral("label"), text::normalized(m_ui.labelLineEdit->text()) },
            { QStringLiteral("figure_key"), figureKey() },
            { QStringLiteral("value"), m_ui.valueSpinBox->value() },
            { QStringLiteral("qualifier"), m_ui.qualifierComboBox->currentData().toString() },
            { QStringLiteral("unit_label"), nullIfEmpty(m_ui.unitLabelLineEdit->text()) },
            { QStringLiteral("description"), nullIfEmpty(m_ui.descriptionPlainTextEdit->toPlainText()) },
            { QStringLiteral("sort_order"), m_ui.sortOrderSpinBox->value() },
        };
        const QString label = m_ui.labelLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add campaign figure “%1”").arg(label)
                                                        : tr("Edit campaign figure “%1”").arg(label));
        if (m_id == 0)
            write.insert(QStringLiteral("campaign_figure"), values);
        else
            write.update(QStringLiteral("campaign_figure"), m_id, values);
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    QString figureKey() const
    {
        const QString typed = m_ui.figureKeyLineEdit->text().trimmed();
        return figureKeyFor(typed.isEmpty() ? m_ui.labelLineEdit->text() : typed);
    }

    Ui::CampaignFigureForm m_ui;
    RecordContext m_context;
    qint64 m_id;
};

bool needsCampaign(QWidget *parent, const RecordContext &context)
{
    if (context.campaignId != 0)
        return true;
    MessageBox::warning(parent, CampaignForm::tr("Campaign"), CampaignForm::tr("Choose or add a campaign first."));
    return false;
}

class CampaignFigureKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("figures"); }
    QString title() const override { return CampaignFigureForm::tr("Other figures"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("campaign_figure");
        definition.from = QStringLiteral("campaign_figure f");
        definition.idExpression = QStringLiteral("f.id");
        definition.searchExpression = QStringLiteral("f.search_key");
        definition.campaignExpression = QStringLiteral("f.campaign_id");
        definition.columns = {
            { CampaignFigureForm::tr("Label"), QStringLiteral("f.label"), QStringLiteral("f.sort_key") },
            { CampaignFigureForm::tr("Qualifier"), QStringLiteral("f.qualifier"), {},
              [](const QVariant &code) { return qualifierWord(qualifierFromCode(code.toString())); } },
            { CampaignFigureForm::tr("Value"), QStringLiteral("f.value"), {}, {}, Qt::AlignRight | Qt::AlignVCenter },
            { CampaignFigureForm::tr("Unit"), QStringLiteral("f.unit_label") },
            { CampaignFigureForm::tr("Report sentence"), QStringLiteral("f.description") },
            { CampaignFigureForm::tr("Key"), QStringLiteral("f.figure_key"), {}, {}, Qt::AlignLeft | Qt::AlignVCenter, true },
            { CampaignFigureForm::tr("Order"), QStringLiteral("f.sort_order"), {}, {}, Qt::AlignRight | Qt::AlignVCenter },
        };
        definition.defaultSortColumn = 6; // the order they are printed in
        return definition;
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        if (!needsCampaign(parent, context))
            return 0;
        CampaignFigureForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }
};

// --------------------------------------------------------- recommendations

class RecommendationForm : public RecordForm
{
    Q_OBJECT

public:
    RecommendationForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New recommendation") : tr("Recommendation"));
        markRequired(m_ui.bodyLabel);
        m_ui.sortOrderSpinBox->setValue(nextSortOrder(context, QStringLiteral("recommendation")));
        if (id != 0) {
            const QVariantMap row = records::row(context.db, QStringLiteral("recommendation"), id);
            m_ui.bodyPlainTextEdit->setPlainText(row.value(QStringLiteral("body")).toString());
            m_ui.sortOrderSpinBox->setValue(row.value(QStringLiteral("sort_order")).toInt());
        }
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        if (m_ui.bodyPlainTextEdit->toPlainText().trimmed().isEmpty())
            return fieldError(m_ui.bodyPlainTextEdit, tr("Enter the recommendation's text."));
        return true;
    }

    qint64 save() override
    {
        const QString body = m_ui.bodyPlainTextEdit->toPlainText().trimmed();
        const QVariantMap values = {
            { QStringLiteral("campaign_id"), m_context.campaignId },
            { QStringLiteral("body"), body },
            { QStringLiteral("sort_order"), m_ui.sortOrderSpinBox->value() },
        };
        const QString shortBody = body.simplified().left(60);
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add recommendation “%1”").arg(shortBody)
                                                        : tr("Edit recommendation “%1”").arg(shortBody));
        if (m_id == 0)
            write.insert(QStringLiteral("recommendation"), values);
        else
            write.update(QStringLiteral("recommendation"), m_id, values);
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    Ui::RecommendationForm m_ui;
    RecordContext m_context;
    qint64 m_id;
};

class RecommendationKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("recommendations"); }
    QString title() const override { return RecommendationForm::tr("Recommendations"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("recommendation");
        definition.from = QStringLiteral("recommendation r");
        definition.idExpression = QStringLiteral("r.id");
        definition.searchExpression = QStringLiteral("r.search_key");
        definition.campaignExpression = QStringLiteral("r.campaign_id");
        definition.columns = {
            { RecommendationForm::tr("Text"), QStringLiteral("r.body"), QStringLiteral("r.sort_key") },
            { RecommendationForm::tr("Order"), QStringLiteral("r.sort_order"), {}, {}, Qt::AlignRight | Qt::AlignVCenter },
        };
        definition.defaultSortColumn = 1; // the order they are printed in
        return definition;
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        if (!needsCampaign(parent, context))
            return 0;
        RecommendationForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }
};

} // namespace

qint64 editCampaign(QWidget *parent, const RecordContext &context, qint64 id, qint64 *savedId)
{
    CampaignForm form(parent, context, id);
    form.exec();
    if (savedId)
        *savedId = form.savedGroup() != 0 ? form.savedId() : 0;
    return form.savedGroup();
}

std::unique_ptr<RecordKind> createCampaignKind()
{
    return std::make_unique<CampaignKind>();
}

std::unique_ptr<RecordKind> createCampaignFigureKind()
{
    return std::make_unique<CampaignFigureKind>();
}

std::unique_ptr<RecordKind> createRecommendationKind()
{
    return std::make_unique<RecommendationKind>();
}

} // namespace cds

#include "CampaignKind.moc"
