#include "records/OrganisationKind.h"
#include "ui_OrganisationForm.h"

#include "records/RecordForm.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "records/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cds {

namespace {

// The kinds the demo data and the importer write as codes; any other text a
// clerk types is stored as typed.
QStringList kindCodes()
{
    return { QStringLiteral("agency"), QStringLiteral("people_committee"), QStringLiteral("mass_organisation"),
             QStringLiteral("press"), QStringLiteral("enterprise"), QStringLiteral("school"), QStringLiteral("other") };
}

QString kindText(const QString &code)
{
    static const char *const words[] = { QT_TRANSLATE_NOOP("cds::OrganisationForm", "state agency"),
                                         QT_TRANSLATE_NOOP("cds::OrganisationForm", "people's committee"),
                                         QT_TRANSLATE_NOOP("cds::OrganisationForm", "mass organisation"),
                                         QT_TRANSLATE_NOOP("cds::OrganisationForm", "press outlet"),
                                         QT_TRANSLATE_NOOP("cds::OrganisationForm", "enterprise"),
                                         QT_TRANSLATE_NOOP("cds::OrganisationForm", "school"),
                                         QT_TRANSLATE_NOOP("cds::OrganisationForm", "other") };
    const qsizetype index = kindCodes().indexOf(code);
    return index < 0 ? code : QCoreApplication::translate("cds::OrganisationForm", words[index]);
}

QString kindCode(const QString &text)
{
    const QString typed = text.simplified();
    for (const QString &code : kindCodes()) {
        if (kindText(code).compare(typed, Qt::CaseInsensitive) == 0 || code == typed)
            return code;
    }
    return typed;
}

class OrganisationForm : public RecordForm
{
    Q_OBJECT

public:
    OrganisationForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New organisation") : tr("Organisation"));
        markRequired(m_ui.nameLabel);
        m_ui.kindComboBox->setEditable(true);
        m_ui.kindComboBox->addItem(QString(), QString());
        for (const QString &code : kindCodes())
            m_ui.kindComboBox->addItem(kindText(code), code);
        widgets::fillUnitCombo(m_ui.unitComboBox, context.db, {}, true);
        widgets::makeSearchable(m_ui.unitComboBox);
        m_ui.phoneLineEdit->setPlaceholderText(tr("e.g. 0255 3822 123 or 0905 123 456"));
        if (id != 0) {
            const QVariantMap row = records::row(context.db, QStringLiteral("organisation"), id);
            m_ui.nameLineEdit->setText(row.value(QStringLiteral("name")).toString());
            m_ui.abbreviationLineEdit->setText(row.value(QStringLiteral("abbreviation")).toString());
            m_ui.kindComboBox->setCurrentText(kindText(row.value(QStringLiteral("kind")).toString()));
            widgets::selectData(m_ui.unitComboBox, row.value(QStringLiteral("unit_id")));
            m_ui.addressLineEdit->setText(row.value(QStringLiteral("address")).toString());
            m_ui.phoneLineEdit->setText(row.value(QStringLiteral("phone")).toString());
            m_ui.emailLineEdit->setText(row.value(QStringLiteral("email")).toString());
            m_ui.websiteLineEdit->setText(row.value(QStringLiteral("website")).toString());
        }
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        const QString name = m_ui.nameLineEdit->text().trimmed();
        if (name.isEmpty())
            return fieldError(m_ui.nameLineEdit, tr("Enter the organisation's name."));
        if (m_ui.unitComboBox->currentIndex() > 0 && widgets::chosenId(m_ui.unitComboBox).isNull())
            return fieldError(m_ui.unitComboBox, tr("Choose the administrative unit from the list, or leave it empty."));
        if (!validation::isVietnamesePhoneNumber(m_ui.phoneLineEdit->text()))
            return fieldError(m_ui.phoneLineEdit,
                              tr("“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, "
                                 "or a fixed line of 11 digits starting 02).").arg(m_ui.phoneLineEdit->text()));
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const QString mail = m_ui.emailLineEdit->text().trimmed();
        if (!mail.isEmpty() && !email.match(mail).hasMatch())
            return fieldError(m_ui.emailLineEdit, tr("“%1” is not an e-mail address.").arg(mail));

        QStringList warnings;
        if (records::valueTaken(m_context.db, QStringLiteral("organisation"), QStringLiteral("name"), name, m_id))
            warnings << tr("Another organisation is already called “%1”.").arg(name);
        return confirmWarnings(warnings);
    }

    qint64 save() override
    {
        const QVariantMap values = {
            { QStringLiteral("name"), m_ui.nameLineEdit->text() },
            { QStringLiteral("abbreviation"), m_ui.abbreviationLineEdit->text() },
            { QStringLiteral("kind"), kindCode(m_ui.kindComboBox->currentText()) },
            { QStringLiteral("unit_id"), widgets::chosenId(m_ui.unitComboBox) },
            { QStringLiteral("address"), m_ui.addressLineEdit->text() },
            { QStringLiteral("phone"), validation::normalizedPhoneNumber(m_ui.phoneLineEdit->text()) },
            { QStringLiteral("email"), m_ui.emailLineEdit->text() },
            { QStringLiteral("website"), m_ui.websiteLineEdit->text() },
        };
        const QString name = m_ui.nameLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add organisation “%1”").arg(name)
                                                        : tr("Edit organisation “%1”").arg(name));
        if (m_id == 0)
            write.insert(QStringLiteral("organisation"), values);
        else
            write.update(QStringLiteral("organisation"), m_id, values);
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    Ui::OrganisationForm m_ui;
    RecordContext m_context;
    qint64 m_id;
};

class OrganisationKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("organisations"); }
    QString title() const override { return OrganisationForm::tr("Organisations"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("organisation");
        definition.from = QStringLiteral("organisation o LEFT JOIN admin_unit u ON u.id = o.unit_id");
        definition.idExpression = QStringLiteral("o.id");
        definition.searchExpression = QStringLiteral("o.search_key");
        definition.columns = {
            { OrganisationForm::tr("Name"), QStringLiteral("o.name"), QStringLiteral("o.sort_key") },
            { OrganisationForm::tr("Abbreviation"), QStringLiteral("o.abbreviation"), QStringLiteral("o.abbreviation COLLATE NOCASE") },
            { OrganisationForm::tr("Kind"), QStringLiteral("o.kind"), {}, [](const QVariant &value) { return kindText(value.toString()); } },
            { OrganisationForm::tr("Administrative unit"), QStringLiteral("u.name"), QStringLiteral("u.sort_key") },
            { OrganisationForm::tr("Phone"), QStringLiteral("o.phone") },
            { OrganisationForm::tr("Email"), QStringLiteral("o.email"), {}, {}, Qt::AlignLeft | Qt::AlignVCenter, true },
            { OrganisationForm::tr("Address"), QStringLiteral("o.address"), {}, {}, Qt::AlignLeft | Qt::AlignVCenter, true },
        };
        return definition;
    }

    void addFilters(RecordListPage *page, const RecordContext &context) override;

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        OrganisationForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }
};

} // namespace
} // namespace cds

#include "records/RecordListPage.h"

#include <QComboBox>

namespace cds {
namespace {

void OrganisationKind::addFilters(RecordListPage *page, const RecordContext &context)
{
    QList<QPair<QString, QVariant>> choices = { { OrganisationForm::tr("All kinds"), QVariant() } };
    for (const QString &kind : records::distinctValues(context.db, QStringLiteral("organisation"), QStringLiteral("kind")))
        choices << qMakePair(kindText(kind), QVariant(kind));
    page->addComboFilter(QStringLiteral("kind"), OrganisationForm::tr("Kind"), QStringLiteral("o.kind = ?"), choices);
}

} // namespace

std::unique_ptr<RecordKind> createOrganisationKind()
{
    return std::make_unique<OrganisationKind>();
}

} // namespace cds

#include "OrganisationKind.moc"
