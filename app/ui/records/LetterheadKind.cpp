#include "records/LetterheadKind.h"
#include "ui_LetterheadForm.h"

#include "records/RecordForm.h"
#include "records/RecordStore.h"

#include <QComboBox>
#include <QHeaderView>

namespace cds {

namespace {

// Decree 30/2020/NĐ-CP, Appendix I, Part I, section I (margins in mm).
struct MarginRange
{
    double minimum;
    double maximum;
};
constexpr MarginRange topRange{ 20, 25 };
constexpr MarginRange bottomRange{ 20, 25 };
constexpr MarginRange leftRange{ 30, 35 };
constexpr MarginRange rightRange{ 15, 20 };

const QStringList authorities = { QString(), QStringLiteral("KT."), QStringLiteral("TM."), QStringLiteral("TL."),
                                  QStringLiteral("TUQ."), QStringLiteral("Q.") };

QString shortDate(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value.toString();
}

enum SignerColumn { AuthorityColumn, AuthorityTitleColumn, PositionColumn, NameColumn };

class LetterheadForm : public RecordForm
{
    Q_OBJECT

public:
    LetterheadForm(QWidget *parent, const RecordContext &context, qint64 id)
        : RecordForm(parent), m_context(context), m_id(id)
    {
        m_ui.setupUi(this);
        setWindowTitle(id == 0 ? tr("New letterhead") : tr("Letterhead"));
        for (QLabel *label : { m_ui.issuingBodyLabel, m_ui.issuingBodyNameLabel, m_ui.issuingAbbreviationLabel,
                               m_ui.placeNameLabel })
            markRequired(label);
        m_ui.parentBodyLineEdit->setPlaceholderText(tr("e.g. UBND TỈNH QUẢNG NGÃI"));
        m_ui.issuingBodyLineEdit->setPlaceholderText(tr("e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
        m_ui.issuingBodyNameLineEdit->setPlaceholderText(tr("e.g. Sở Thông tin và Truyền thông"));
        m_ui.issuingAbbreviationLineEdit->setPlaceholderText(tr("e.g. STTTT"));
        const auto setupMargin = [](QDoubleSpinBox *spin, MarginRange range) {
            spin->setRange(range.minimum, range.maximum);
            spin->setDecimals(0);
            spin->setSuffix(QStringLiteral(" mm"));
            spin->setValue(range.minimum);
        };
        setupMargin(m_ui.marginTopSpinBox, topRange);
        setupMargin(m_ui.marginBottomSpinBox, bottomRange);
        setupMargin(m_ui.marginLeftSpinBox, leftRange);
        setupMargin(m_ui.marginRightSpinBox, rightRange);
        m_ui.bodyFontComboBox->addItem(QStringLiteral("14 pt"), 14);
        m_ui.bodyFontComboBox->addItem(QStringLiteral("13 pt"), 13);
        // When the issuing body used this letterhead (empty: open on that
        // side); a new report proposes the one valid at its campaign's dates.
        setupOptionalDate(m_ui.validFromDateEdit);
        setupOptionalDate(m_ui.validToDateEdit);
        m_ui.validFromDateEdit->setToolTip(tr("A new report proposes the letterhead in use at its campaign's dates. "
                                              "Reports already made keep the letterhead as it was."));

        QTableWidget *signers = m_ui.signersTableWidget;
        signers->setColumnCount(4);
        signers->setHorizontalHeaderLabels({ tr("Authority"), tr("Head's title (after KT./TM.)"), tr("Signer's position"),
                                             tr("Signer's name") });
        signers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        signers->verticalHeader()->hide();
        connect(m_ui.addSignerButton, &QPushButton::clicked, this, [this] {
            addSignerRow(QString(), QString(), QString(), QString());
            setDirty();
        });
        connect(m_ui.removeSignerButton, &QPushButton::clicked, this, [this] {
            const int row = m_ui.signersTableWidget->currentRow();
            if (row >= 0) {
                m_ui.signersTableWidget->removeRow(row);
                setDirty();
            }
        });

        if (id != 0)
            load();
        setupRecordForm(m_ui.formButtonBox, m_ui.formMessageLabel);
        watchChanges();
    }

protected:
    bool validate() override
    {
        const struct
        {
            QLineEdit *edit;
            QString message;
        } required[] = {
            { m_ui.issuingBodyLineEdit, tr("Enter the issuing body as the header prints it.") },
            { m_ui.issuingBodyNameLineEdit, tr("Enter the issuing body's name as running text writes it.") },
            { m_ui.issuingAbbreviationLineEdit, tr("Enter the abbreviation that builds the symbol (e.g. STTTT).") },
            { m_ui.placeNameLineEdit, tr("Enter the place name of the place-and-date line.") },
        };
        for (const auto &field : required) {
            if (field.edit->text().trimmed().isEmpty()) {
                m_ui.letterheadTabWidget->setCurrentWidget(m_ui.letterheadTab);
                return fieldError(field.edit, field.message);
            }
        }
        // Header lines print in capitals (Decree 30, Appendix I, items 2–3).
        for (QLineEdit *edit : { m_ui.parentBodyLineEdit, m_ui.issuingBodyLineEdit }) {
            if (edit->text() != edit->text().toUpper()) {
                m_ui.letterheadTabWidget->setCurrentWidget(m_ui.letterheadTab);
                return fieldError(edit, tr("Write the header line in capitals: “%1”.").arg(edit->text().toUpper()));
            }
        }
        const QDate from = optionalDate(m_ui.validFromDateEdit);
        const QDate to = optionalDate(m_ui.validToDateEdit);
        if (from.isValid() && to.isValid() && to < from) {
            m_ui.letterheadTabWidget->setCurrentWidget(m_ui.letterheadTab);
            return fieldError(m_ui.validToDateEdit, tr("The letterhead cannot go out of use (%1) before it comes in (%2).")
                                                            .arg(to.toString(QStringLiteral("dd/MM/yyyy")),
                                                                 from.toString(QStringLiteral("dd/MM/yyyy"))));
        }
        QTableWidget *signers = m_ui.signersTableWidget;
        for (int row = 0; row < signers->rowCount(); ++row) {
            if (cellText(row, PositionColumn).isEmpty() || cellText(row, NameColumn).isEmpty()) {
                m_ui.letterheadTabWidget->setCurrentWidget(m_ui.signersTab);
                signers->setCurrentCell(row, cellText(row, PositionColumn).isEmpty() ? PositionColumn : NameColumn);
                return fieldError(signers, tr("Signer %1 needs a position and a name.").arg(row + 1));
            }
            const QString authority = signerAuthority(row);
            if ((authority == QLatin1String("KT.") || authority == QLatin1String("TM.")) && cellText(row, AuthorityTitleColumn).isEmpty()) {
                m_ui.letterheadTabWidget->setCurrentWidget(m_ui.signersTab);
                signers->setCurrentCell(row, AuthorityTitleColumn);
                return fieldError(signers, tr("Signer %1 signs %2: enter the head's title (e.g. GIÁM ĐỐC).").arg(row + 1).arg(authority));
            }
        }
        return true;
    }

    qint64 save() override
    {
        const QVariantMap values = {
            { QStringLiteral("parent_body"), m_ui.parentBodyLineEdit->text() },
            { QStringLiteral("issuing_body"), m_ui.issuingBodyLineEdit->text() },
            { QStringLiteral("issuing_body_name"), m_ui.issuingBodyNameLineEdit->text() },
            { QStringLiteral("issuing_abbreviation"), m_ui.issuingAbbreviationLineEdit->text() },
            { QStringLiteral("place_name"), m_ui.placeNameLineEdit->text() },
            { QStringLiteral("address_line"), m_ui.addressLineLineEdit->text() },
            { QStringLiteral("records_unit_abbreviation"), m_ui.recordsUnitLineEdit->text() },
            { QStringLiteral("margin_top_mm"), m_ui.marginTopSpinBox->value() },
            { QStringLiteral("margin_bottom_mm"), m_ui.marginBottomSpinBox->value() },
            { QStringLiteral("margin_left_mm"), m_ui.marginLeftSpinBox->value() },
            { QStringLiteral("margin_right_mm"), m_ui.marginRightSpinBox->value() },
            { QStringLiteral("body_font_pt"), m_ui.bodyFontComboBox->currentData() },
            { QStringLiteral("valid_from"), optionalDateValue(m_ui.validFromDateEdit) },
            { QStringLiteral("valid_to"), optionalDateValue(m_ui.validToDateEdit) },
        };
        const QString name = m_ui.issuingBodyNameLineEdit->text().simplified();
        RecordTransaction write(m_context.db, m_id == 0 ? tr("Add letterhead “%1”").arg(name)
                                                        : tr("Edit letterhead “%1”").arg(name));
        qint64 id = m_id;
        if (id == 0) {
            id = write.insert(QStringLiteral("letterhead"), values);
        } else {
            write.update(QStringLiteral("letterhead"), id, values);
            write.removeWhere(QStringLiteral("signer_preset"), QStringLiteral("letterhead_id"), id);
        }
        for (int row = 0; row < m_ui.signersTableWidget->rowCount(); ++row) {
            write.insert(QStringLiteral("signer_preset"),
                         { { QStringLiteral("letterhead_id"), id },
                           { QStringLiteral("signing_authority"), signerAuthority(row) },
                           { QStringLiteral("authority_title"), cellText(row, AuthorityTitleColumn) },
                           { QStringLiteral("signer_position"), cellText(row, PositionColumn) },
                           { QStringLiteral("signer_name"), cellText(row, NameColumn) },
                           { QStringLiteral("sort_order"), row + 1 } });
        }
        if (!write.commit())
            return saveFailed(write.error());
        return write.groupId();
    }

private:
    void load()
    {
        const QVariantMap row = records::row(m_context.db, QStringLiteral("letterhead"), m_id);
        m_ui.parentBodyLineEdit->setText(row.value(QStringLiteral("parent_body")).toString());
        m_ui.issuingBodyLineEdit->setText(row.value(QStringLiteral("issuing_body")).toString());
        m_ui.issuingBodyNameLineEdit->setText(row.value(QStringLiteral("issuing_body_name")).toString());
        m_ui.issuingAbbreviationLineEdit->setText(row.value(QStringLiteral("issuing_abbreviation")).toString());
        m_ui.placeNameLineEdit->setText(row.value(QStringLiteral("place_name")).toString());
        m_ui.addressLineLineEdit->setText(row.value(QStringLiteral("address_line")).toString());
        m_ui.recordsUnitLineEdit->setText(row.value(QStringLiteral("records_unit_abbreviation")).toString());
        m_ui.marginTopSpinBox->setValue(row.value(QStringLiteral("margin_top_mm")).toDouble());
        m_ui.marginBottomSpinBox->setValue(row.value(QStringLiteral("margin_bottom_mm")).toDouble());
        m_ui.marginLeftSpinBox->setValue(row.value(QStringLiteral("margin_left_mm")).toDouble());
        m_ui.marginRightSpinBox->setValue(row.value(QStringLiteral("margin_right_mm")).toDouble());
        m_ui.bodyFontComboBox->setCurrentIndex(row.value(QStringLiteral("body_font_pt")).toInt() == 13 ? 1 : 0);
        setOptionalDate(m_ui.validFromDateEdit, QDate::fromString(row.value(QStringLiteral("valid_from")).toString(), Qt::ISODate));
        setOptionalDate(m_ui.validToDateEdit, QDate::fromString(row.value(QStringLiteral("valid_to")).toString(), Qt::ISODate));
        for (const QVariantMap &signer : records::childRows(m_context.db, QStringLiteral("signer_preset"),
                                                             QStringLiteral("letterhead_id"), m_id,
                                                             QStringLiteral("sort_order, id")))
            addSignerRow(signer.value(QStringLiteral("signing_authority")).toString(),
                         signer.value(QStringLiteral("authority_title")).toString(),
                         signer.value(QStringLiteral("signer_position")).toString(),
                         signer.value(QStringLiteral("signer_name")).toString());
    }

    void addSignerRow(const QString &authority, const QString &title, const QString &position, const QString &name)
    {
        QTableWidget *signers = m_ui.signersTableWidget;
        const int row = signers->rowCount();
        signers->insertRow(row);
        auto *combo = new QComboBox(signers);
        for (const QString &code : authorities)
            combo->addItem(code.isEmpty() ? tr("(signs in own name)") : code, code);
        combo->setCurrentIndex(std::max(0, int(authorities.indexOf(authority))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(); });
        signers->setCellWidget(row, AuthorityColumn, combo);
        signers->setItem(row, AuthorityTitleColumn, new QTableWidgetItem(title));
        signers->setItem(row, PositionColumn, new QTableWidgetItem(position));
        signers->setItem(row, NameColumn, new QTableWidgetItem(name));
    }

    QString signerAuthority(int row) const
    {
        const auto *combo = qobject_cast<QComboBox *>(m_ui.signersTableWidget->cellWidget(row, AuthorityColumn));
        return combo ? combo->currentData().toString() : QString();
    }

    QString cellText(int row, int column) const
    {
        const QTableWidgetItem *item = m_ui.signersTableWidget->item(row, column);
        return item ? item->text().simplified() : QString();
    }

    Ui::LetterheadForm m_ui;
    RecordContext m_context;
    qint64 m_id;
};

class LetterheadKind : public RecordKind
{
public:
    QString key() const override { return QStringLiteral("letterheads"); }
    QString title() const override { return LetterheadForm::tr("Letterheads"); }

    ListDefinition listDefinition() const override
    {
        ListDefinition definition;
        definition.key = key();
        definition.table = QStringLiteral("letterhead");
        definition.from = QStringLiteral("letterhead l");
        definition.idExpression = QStringLiteral("l.id");
        // Few rows: their names are folded in the application (diacritics ignored).
        definition.searchExpression = QStringLiteral(
                "l.issuing_body_name || ' ' || coalesce(l.parent_body, '') || ' ' || coalesce(l.issuing_abbreviation, '') "
                "|| ' ' || coalesce(l.place_name, '')");
        definition.foldSearchInApplication = true;
        definition.columns = {
            { LetterheadForm::tr("Issuing body"), QStringLiteral("l.issuing_body_name"), QStringLiteral("l.issuing_body_name COLLATE NOCASE") },
            { LetterheadForm::tr("Parent body"), QStringLiteral("l.parent_body") },
            { LetterheadForm::tr("Abbreviation"), QStringLiteral("l.issuing_abbreviation") },
            { LetterheadForm::tr("Place name"), QStringLiteral("l.place_name") },
            { LetterheadForm::tr("In use from"), QStringLiteral("l.valid_from"), {}, shortDate },
            { LetterheadForm::tr("In use until"), QStringLiteral("l.valid_to"), {}, shortDate },
            { LetterheadForm::tr("Signers"), QStringLiteral("(SELECT count(*) FROM signer_preset s WHERE s.letterhead_id = l.id)"),
              {}, {}, Qt::AlignRight | Qt::AlignVCenter },
            { LetterheadForm::tr("Reports"), QStringLiteral("(SELECT count(*) FROM report r WHERE r.letterhead_id = l.id)"),
              {}, {}, Qt::AlignRight | Qt::AlignVCenter },
        };
        return definition;
    }

    QString describe(const RecordContext &context, qint64 id) const override
    {
        return records::row(context.db, QStringLiteral("letterhead"), id).value(QStringLiteral("issuing_body_name")).toString();
    }

    qint64 edit(QWidget *parent, const RecordContext &context, qint64 id) override
    {
        LetterheadForm form(parent, context, id);
        form.exec();
        return form.savedGroup();
    }
};

} // namespace

std::unique_ptr<RecordKind> createLetterheadKind()
{
    return std::make_unique<LetterheadKind>();
}

} // namespace cds

#include "LetterheadKind.moc"
