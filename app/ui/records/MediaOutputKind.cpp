#include "records/MediaOutputKind.h"
#include "ui_MediaOutputForm.h"

#include "records/ActivityFields.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "text/VietnameseText.h"


namespace cds {

namespace {

QStringList usedOutlets(const QSqlDatabase &db)
{
    // In Vietnamese order (Đ after D), which SQLite's byte order is not.
    const QStringList outlets = records::distinctValues(db, QStringLiteral("media_output"), QStringLiteral("outlet"));
    return outlets;
}

class MediaOutputForm : public RecordForm
{
    Q_OBJECT

public:
    MediaOutputForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New media output") : tr("Media output"));
        markRequired(m_ui.kindLabel);
        markRequired(m_ui.outletLabel);
        markRequired(m_ui.countLabel);
        activities::fillChoiceCombo(m_ui.kindComboBox, activities::mediaKindChoices());
        m_ui.outletComboBox->setEditable(true);
        m_ui.outletComboBox->addItem(QString());
        m_ui.outletComboBox->addItems(usedOutlets(context.db));
        m_ui.outletComboBox->lineEdit()->setPlaceholderText(tr("e.g. Báo Quảng Ngãi, VTV8, fanpage of the department"));
        setupOptionalDate(m_ui.publishedDateEdit, activities::campaignStartDate(context.db, context.campaignId));
        fillQualifierCombo(m_ui.countQualifierComboBox);
        m_ui.countSpinBox->setMinimum(0);
        m_ui.countSpinBox->setValue(1);
        m_ui.linkLineEdit->setPlaceholderText(QStringLiteral("https://"));
        widgets::fillOrganisationCombo(m_ui.producerComboBox, context.db, true);
        widgets::makeSearchable(m_ui.producerComboBox);
        m_year = activities::campaignYear(context.db, context.campaignId);
        if (id != 0) {
            const QVariantMap row = records::row(context.db, QStringLiteral("media_output"), id);
            widgets::selectData(m_ui.kindComboBox, row.value(QStringLiteral("kind")));
            m_ui.outletComboBox->setCurrentText(row.value(QStringLiteral("outlet")).toString());
            m_ui.titleLineEdit->setText(row.value(QStringLiteral("title")).toString());
            setOptionalDate(m_ui.publishedDateEdit,
                            QDate::fromString(row.value(QStringLiteral("published_on")).toString(), Qt::ISODate));
            widgets::selectData(m_ui.countQualifierComboBox, row.value(QStringLiteral("count_qualifier")));
            m_ui.countSpinBox->setValue(row.value(QStringLiteral("item_count")).toInt());
            m_ui.linkLineEdit->setText(row.value(QStringLiteral("link")).toString());
            m_ui.commissionedCheckBox->setChecked(row.value(QStringLiteral("commissioned")).toInt() != 0);
            widgets::selectData(m_ui.producerComboBox, row.value(QStringLiteral("producer_id")));
            m_ui.descriptionPlainTextEdit->setPlainText(row.value(QStringLiteral("description")).toString());
            m_ui.sortOrderSpinBox->setValue(row.value(QStringLiteral("sort_order")).toInt());
        }
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        if (m_ui.kindComboBox->currentIndex() < 0)
            return fieldError(m_ui.kindComboBox, tr("Choose the kind of media output."));
        if (m_ui.outletComboBox->currentText().trimmed().isEmpty())
            return fieldError(m_ui.outletComboBox, tr("Enter the outlet (newspaper, channel, page or place) that carried it."));
        if (m_ui.countSpinBox->value() < 0)
            return fieldError(m_ui.countSpinBox, tr("The count cannot be negative."));
        const QString link = m_ui.linkLineEdit->text().trimmed();
        if (!link.isEmpty() && !link.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            && !link.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            return fieldError(m_ui.linkLineEdit, tr("A link starts with http:// or https://."));
        if (m_ui.producerComboBox->currentIndex() > 0 && widgets::chosenId(m_ui.producerComboBox).isNull())
            return fieldError(m_ui.producerComboBox, tr("Choose the producer from the list, or leave it empty."));
        QStringList warnings;
        const QDate published = optionalDate(m_ui.publishedDateEdit);
        if (published.isValid() && m_year != 0 && published.year() != m_year)
            warnings << tr("The publication date %1 is outside the campaign's year %2.")
                                .arg(published.toString(QStringLiteral("dd/MM/yyyy")))
                                .arg(m_year);
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        const QString link = m_ui.linkLineEdit->text().trimmed();
        const QString title = m_ui.titleLineEdit->text().trimmed();
        const QVariantMap values = {
            { QStringLiteral("campaign_id"), m_context.campaignId },
            { QStringLiteral("kind"), m_ui.kindComboBox->currentData() },
            { QStringLiteral("outlet"), m_ui.outletComboBox->currentText().simplified() },
            { QStringLiteral("title"), title.isEmpty() ? QVariant() : QVariant(title) },
            { QStringLiteral("published_on"), optionalDateValue(m_ui.publishedDateEdit) },
            { QStringLiteral("item_count"), m_ui.countSpinBox->value() },
            { QStringLiteral("count_qualifier"), m_ui.countQualifierComboBox->currentData().toString() },
            { QStringLiteral("link"), link.isEmpty() ? QVariant() : QVariant(link) },
            { QStringLiteral("commissioned"), m_ui.commissionedCheckBox->isChecked() ? 1 : 0 },
            { QStringLiteral("producer_id"), widgets::chosenId(m_ui.producerComboBox) },
            { QStringLiteral("description"), m_ui.descriptionPlainTextEdit->toPlainText().trimmed() },
            { QStringLiteral("sort_order"), m_ui.sortOrderSpinBox->value() },
        };
        const QString name = title.isEmpty() ? m_ui.outletComboBox->currentText().simplified() : title;
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add media output “%1”").arg(name)
                                                        : tr("Edit media output “%1”").arg(name));
        if (m_id == 0)
            write.insert(QStringLiteral("media_output"), values);
        else
            write.update(QStringLiteral("media_output"), m_id, values);
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    Ui::MediaOutputForm m_ui;
    RecordContext m_context;
    qint64 m_id;
    int m_year = 0;
};

class MediaOutputKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("media"); }
    QString title() const override { return MediaOutputForm::tr("Media outputs"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("media_output");
        definition.from = QStringLiteral("media_output mo");
        definition.idExpression = QStringLiteral("mo.id");
        definition.searchExpression = QStringLiteral("mo.search_key");
        definition.campaignExpression = QStringLiteral("mo.campaign_id");
        const activities::Choices kinds = activities::mediaKindChoices();
        definition.columns = {
            { MediaOutputForm::tr("Date"), QStringLiteral("mo.published_on"), {}, activities::displayDate },
            { MediaOutputForm::tr("Kind"), QStringLiteral("mo.kind"), {},
              [kinds](const QVariant &value) { return activities::choiceText(kinds, value.toString()); } },
            { MediaOutputForm::tr("Outlet"), QStringLiteral("mo.outlet"), QStringLiteral("mo.sort_key") },
            { MediaOutputForm::tr("Title"), QStringLiteral("mo.title"), QStringLiteral("mo.title COLLATE NOCASE") },
            { MediaOutputForm::tr("Count"), activities::packedFigure(QStringLiteral("mo.item_count"), QStringLiteral("mo.count_qualifier")),
              QStringLiteral("mo.item_count"), activities::packedFigureText, Qt::AlignRight | Qt::AlignVCenter },
            { MediaOutputForm::tr("Commissioned"), QStringLiteral("mo.commissioned"), {},
              [](const QVariant &value) { return value.toInt() != 0 ? MediaOutputForm::tr("yes") : QString(); },
              Qt::AlignCenter },
        };
        definition.defaultSortColumn = 0;
        return definition;
    }

    void addFilters(RecordListPage *page, const RecordContext &) override
    {
        page->addComboFilter(QStringLiteral("kind"), MediaOutputForm::tr("Kind"), QStringLiteral("mo.kind = ?"),
                             activities::filterChoices(MediaOutputForm::tr("All kinds"), activities::mediaKindChoices()));
        page->addComboFilter(QStringLiteral("outlet"), MediaOutputForm::tr("Outlet"), QStringLiteral("mo.outlet = ?"),
                             RecordListPage::FilterChoices([](const QSqlDatabase &db) {
                                 QList<QPair<QString, QVariant>> outlets = { { MediaOutputForm::tr("All outlets"), QVariant() } };
                                 for (const QString &outlet : usedOutlets(db))
                                     outlets << qMakePair(outlet, QVariant(outlet));
                                 return outlets;
                             }));
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        MediaOutputForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }

    QString describe(const RecordContext &context, qint64 id) const override
    {
        const QVariantMap row = records::row(context.db, QStringLiteral("media_output"), id);
        const QString title = row.value(QStringLiteral("title")).toString();
        const QString outlet = row.value(QStringLiteral("outlet")).toString();
        return title.isEmpty() ? outlet : QStringLiteral("%1 (%2)").arg(title, outlet);
    }
};

} // namespace

std::unique_ptr<RecordKind> createMediaOutputKind()
{
    return std::make_unique<MediaOutputKind>();
}

} // namespace cds

#include "MediaOutputKind.moc"
