#include "ReportEditor.h"
#include "ui_ReportEditor.h"

#include "LetterheadComboBox.h"
#include "ReportBodyEdit.h"
#include "TemplateField.h"

#include "common/ActivityPresentation.h"
#include "common/FileDialog.h"
#include "common/InputDialog.h"
#include "common/LevelPresentation.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardStore.h"
#include "dashboard/DrillDownDialog.h"
#include "database/Database.h"
#include "report/ReportBuilder.h"
#include "report/ReportTemplate.h"
#include "text/VietnameseText.h"

#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace cds {

namespace {

// The figure behind a field of the template that is not written
// {{figures.key}} (the default wording's own fields).
QString figureKeyOfTag(const QString &tag)
{
    static const QHash<QString, QString> keys{{QStringLiteral("teams.total"), QStringLiteral("teams_total")},
                                              {QStringLiteral("teams.members"), QStringLiteral("members_total")},
                                              {QStringLiteral("in_person"), QStringLiteral("main_event_in_person")},
                                              {QStringLiteral("online"), QStringLiteral("main_event_online")},
                                              {QStringLiteral("livestream_views"), QStringLiteral("main_event_livestream")}};
    return keys.value(tag.mid(2, tag.size() - 4).trimmed());
}

QString dateText(const QDate &date)
{
    return date.isValid() ? text::formatDate(date) : QString();
}

} // namespace

ReportEditor::ReportEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ReportEditor>())
{
    m_ui->setupUi(this);
    m_ui->figuresChangedLabel->hide();
    for (const QString &authority : {QString(), QStringLiteral("KT."), QStringLiteral("TM."), QStringLiteral("TL."),
                                     QStringLiteral("TUQ."), QStringLiteral("Q.")})
        m_ui->signingAuthorityComboBox->addItem(authority.isEmpty() ? tr("(none: the head signs)") : authority, authority);
    m_ui->figuresTreeWidget->header()->setStretchLastSection(false);
    m_ui->figuresTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->issueDateEdit->setDate(QDate::currentDate());

    const auto changed = [this] { setModified(); };
    for (QLineEdit *edit : {m_ui->documentTypeLineEdit, m_ui->symbolLineEdit, m_ui->authorityTitleLineEdit,
                            m_ui->signerPositionLineEdit, m_ui->signerNameLineEdit, m_ui->closingLineLineEdit})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *edit : {m_ui->subjectPlainTextEdit, m_ui->addresseesPlainTextEdit,
                                 m_ui->distributionPlainTextEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->bodyTextEdit, &QTextEdit::textChanged, this, changed);
    // Fields that may hold a template ({{campaign.name}}) show what it prints.
    m_subjectField = std::make_unique<TemplateField>(m_ui->subjectPlainTextEdit);
    m_addresseesField = std::make_unique<TemplateField>(m_ui->addresseesPlainTextEdit);
    m_closingLineField = std::make_unique<TemplateField>(m_ui->closingLineLineEdit);
    m_distributionField = std::make_unique<TemplateField>(m_ui->distributionPlainTextEdit);
    // The letterhead: another one brings its symbol ("BC-SKHCN") when the symbol was the former's.
    m_letterheadComboBox = new LetterheadComboBox(this);
    auto *letterheadLabel = new QLabel(tr("&Letterhead:"), this);
    letterheadLabel->setBuddy(m_letterheadComboBox);
    m_ui->headerFormLayout->addWidget(letterheadLabel, 5, 0);
    m_ui->headerFormLayout->addWidget(m_letterheadComboBox, 5, 1);
    connect(m_letterheadComboBox, &QComboBox::currentIndexChanged, this, [this, changed] {
        const QString before = QStringLiteral("BC-") + m_letterheadComboBox->abbreviation(m_record.letterheadId);
        const QString after = m_letterheadComboBox->abbreviation(m_letterheadComboBox->currentLetterheadId());
        if (!m_loading && !after.isEmpty() && m_ui->symbolLineEdit->text().trimmed() == before)
            m_ui->symbolLineEdit->setText(QStringLiteral("BC-") + after);
        changed();
    });
    connect(m_ui->bodyTextEdit, &ReportBodyEdit::currentStyleChanged, this, &ReportEditor::updateStyleButtons);
    connect(m_ui->bodyTextEdit, &ReportBodyEdit::chipActivated, this, [this](const QString &tag) {
        static const QRegularExpression figure(QStringLiteral("^\\{\\{\\s*figures\\.(\\w+)\\s*\\}\\}$"));
        const auto match = figure.match(tag);
        const QString key = match.hasMatch() ? match.captured(1) : figureKeyOfTag(tag);
        if (!key.isEmpty())
            showFigureRecords(key);
    });
    connect(m_ui->draftMonthSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->signingAuthorityComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->appendixTeamsCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->issueDateEdit, &QDateEdit::dateChanged, this, &ReportEditor::updateRegister);

    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, &ReportEditor::saveDraft);
    connect(m_ui->assignNumberButton, &QPushButton::clicked, this, &ReportEditor::assignNumber);
    connect(m_ui->clearNumberButton, &QPushButton::clicked, this, &ReportEditor::clearNumber);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &ReportEditor::issue);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &ReportEditor::withdraw);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &ReportEditor::reprintIssuedPdf);
    connect(m_ui->saveAsTemplateButton, &QPushButton::clicked, this, &ReportEditor::saveAsTemplate);
    ReportBodyEdit *body = m_ui->bodyTextEdit;
    const auto toolButton = [this, body](QToolButton *button, auto action) {
        connect(button, &QToolButton::clicked, this, [this, body, action] {
            action();
            updateStyleButtons();
            body->setFocus();
        });
    };
    toolButton(m_ui->italicButton, [body] { body->toggleItalic(); });
    toolButton(m_ui->boldButton, [body] { body->toggleBold(); });
    toolButton(m_ui->sectionButton, [body] {
        body->setBlockKind(body->blockKind() == ReportBodyEdit::BlockKind::SectionHeading ? ReportBodyEdit::BlockKind::Paragraph
                                                                                          : ReportBodyEdit::BlockKind::SectionHeading);
    });
    toolButton(m_ui->clauseButton, [body] {
        body->setBlockKind(body->blockKind() == ReportBodyEdit::BlockKind::ClauseHeading ? ReportBodyEdit::BlockKind::Paragraph
                                                                                         : ReportBodyEdit::BlockKind::ClauseHeading);
    });
    toolButton(m_ui->bulletButton, [body] { body->toggleBullet(); });
    // Right-click: the usual edit menu, and the fields to insert where the click was.
    m_ui->bodyTextEdit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->bodyTextEdit, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        ReportBodyEdit *edit = m_ui->bodyTextEdit;
        std::unique_ptr<QMenu> menu(edit->createStandardContextMenu(position));
        if (m_record.status == ReportStatus::Draft && m_ui->fieldComboBox->count() > 0) {
            if (!edit->textCursor().hasSelection())
                edit->setTextCursor(edit->cursorForPosition(position));
            menu->addSeparator();
            QMenu *fields = menu->addMenu(tr("Insert &field"));
            fields->setObjectName(QStringLiteral("insertFieldMenu"));
            for (int i = 0; i < m_ui->fieldComboBox->count(); ++i) {
                const QString markup = m_ui->fieldComboBox->itemData(i).toString();
                fields->addAction(m_ui->fieldComboBox->itemText(i), edit, [edit, markup] { edit->insertMarkup(markup); });
            }
        }
        menu->exec(edit->viewport()->mapToGlobal(position));
    });
    connect(m_ui->insertFieldButton, &QPushButton::clicked, this, [this] {
        const QString field = m_ui->fieldComboBox->currentData().toString();
        if (field.isEmpty() || m_record.status != ReportStatus::Draft)
            return;
        m_ui->bodyTextEdit->insertMarkup(field);
        m_ui->bodyTextEdit->setFocus();
    });
    connect(m_ui->resetBodyButton, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Default wording"),
                                 tr("Replace the body with the default template's wording? Your corrections to the body are lost "
                                    "unless you saved them as a template."))
            == QMessageBox::Yes)
            m_ui->bodyTextEdit->setMarkup(defaultReportBody());
    });
    connect(m_ui->signerPresetComboBox, &QComboBox::activated, this, [this](int index) {
        const QStringList preset = m_ui->signerPresetComboBox->itemData(index).toStringList();
        if (preset.size() != 4 || m_record.status != ReportStatus::Draft)
            return;
        m_ui->signingAuthorityComboBox->setCurrentIndex(std::max(0, m_ui->signingAuthorityComboBox->findData(preset[0])));
        m_ui->authorityTitleLineEdit->setText(preset[1]);
        m_ui->signerPositionLineEdit->setText(preset[2]);
        m_ui->signerNameLineEdit->setText(preset[3]);
        setModified();
    });
    connect(m_ui->figuresTreeWidget, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showFigureRecords(item->data(0, Qt::UserRole).toString()); });
    setReport(nullptr, 0);
}

ReportEditor::~ReportEditor() = default;

void ReportEditor::setReport(const Database *database, int reportId)
{
    m_database = database;
    m_record = ReportRecord();
    m_record.id = database ? reportId : 0;
    load();
}

void ReportEditor::load()
{
    m_liveContext.clear();
    m_issuedFigures.clear();
    m_issuedDocument = OfficialDocument();
    if (m_database && m_record.id > 0) {
        const ReportRegister reg(m_database->connection());
        QString error;
        ReportRecord record;
        if (!reg.load(m_record.id, &record, &error)) {
            MessageBox::warning(this, tr("Report"), error);
            m_record = ReportRecord();
        } else {
            m_record = record;
            // The live figures are read once, by refreshFigures() in showRecord().
            if (m_record.status != ReportStatus::Draft) {
                ReportSnapshot snapshot;
                if (reg.snapshot(m_record.id, &snapshot, &error)) {
                    m_issuedFigures = snapshot.figures;
                    m_issuedDocument = snapshot.document;
                }
            }
        }
    }
    showRecord();
}

void ReportEditor::showRecord()
{
    m_loading = true;
    const ReportRecord &r = m_record;
    m_ui->documentTypeLineEdit->setText(r.documentType);
    m_ui->symbolLineEdit->setText(r.symbol);
    QList<LetterheadChoice> letterheads;
    if (m_database)
        ReportRegister(m_database->connection()).letterheads(&letterheads, nullptr);
    m_letterheadComboBox->setLetterheads(letterheads, r.letterheadId);
    if (r.status == ReportStatus::Draft) {
        // Shown as they print; the live context follows (showLiveContext()).
        m_subjectField->setStored(r.subject, m_liveContext);
        m_addresseesField->setStored(r.addressees, m_liveContext);
        m_closingLineField->setStored(r.closingLine, m_liveContext);
        m_distributionField->setStored(r.distribution, m_liveContext);
    } else {
        // As the issued copy prints them, not as today's data would.
        const OfficialDocument &issued = m_issuedDocument;
        m_subjectField->setPrinted(r.subject, issued.subjectLines.join(u'\n'));
        m_addresseesField->setPrinted(r.addressees, issued.addressees.join(u'\n'));
        m_closingLineField->setPrinted(r.closingLine, issued.closingLine);
        m_distributionField->setPrinted(r.distribution, issued.distribution.join(u'\n'));
    }
    m_ui->draftMonthSpinBox->setValue(r.draftMonth);
    m_ui->appendixTeamsCheckBox->setChecked(r.appendixTeams);
    m_ui->bodyTextEdit->setMarkup(r.body.trimmed().isEmpty() ? defaultReportBody() : r.body);
    m_ui->signingAuthorityComboBox->setCurrentIndex(std::max(0, m_ui->signingAuthorityComboBox->findData(r.signingAuthority)));
    m_ui->authorityTitleLineEdit->setText(r.authorityTitle);
    m_ui->signerPositionLineEdit->setText(r.signerPosition);
    m_ui->signerNameLineEdit->setText(r.signerName);
    if (r.issueDate.isValid()) {
        m_ui->issueDateEdit->setDate(r.issueDate);
    } else if (r.campaignYear > 0) {
        // Today, when it falls in the campaign's year; else a day of the month on
        // the draft, but never before the last activity the report speaks of.
        const QDate today = QDate::currentDate();
        QDate proposed = today.year() == r.campaignYear ? today : QDate(r.campaignYear, std::max(1, r.draftMonth), 1);
        const QDate latest = ReportRegister(m_database->connection()).latestActivityDate(r.campaignId, nullptr);
        if (latest.isValid() && latest > proposed && latest <= today)
            proposed = latest;
        m_ui->issueDateEdit->setDate(proposed);
    }
    m_ui->templateLabel->setText(r.templateName.isEmpty()
                                         ? QString()
                                         : tr("From the template “%1”, version %2.").arg(r.templateName).arg(r.templateVersion));
    refreshFigures(); // the live context the field list and the body's fields show
    fillFieldChoices();
    fillSignerPresets();
    m_loading = false;
    m_modified = false;
    updateRegister();
    updateState();
}

void ReportEditor::fillFieldChoices()
{
    QComboBox *box = m_ui->fieldComboBox;
    box->clear();
    const QVariantMap figures = m_liveContext.value(QStringLiteral("figures")).toMap();
    const QVariantMap labels = m_liveContext.value(QStringLiteral("figure_labels")).toMap();
    // The figures by name, in Vietnamese order.
    QStringList keys = figures.keys();
    std::sort(keys.begin(), keys.end(), [&labels](const QString &a, const QString &b) {
        return text::sortKey(labels.value(a).toString()) < text::sortKey(labels.value(b).toString());
    });
    for (const QString &key : std::as_const(keys)) {
        box->addItem(QStringLiteral("%1 = %2").arg(labels.value(key).toString(), figures.value(key).toString()),
                     QStringLiteral("{{figures.%1}}").arg(key));
    }
    const QList<std::pair<QString, QString>> lists{
            {tr("List: teams per level"), QStringLiteral("{{#teams.levels}}{{label}} với {{members}} thành viên{{and_separator}}{{/teams.levels}}")},
            {tr("List: media outputs per outlet"), QStringLiteral("{{#media.outlets}}{{outlet}}: {{items}}{{separator}}{{/media.outlets}}")},
            {tr("List: presentations of the main event"),
             QStringLiteral("{{#main_event}}{{#presentations}}({{number}}) {{speaker}} trình bày tham luận “*{{title}}*”{{separator}}{{/presentations}}{{/main_event}}")},
            {tr("List: other events with their attendance"),
             QStringLiteral("{{#events}}{{organiser}} – {{title}}{{#in_person}} ({{in_person}} người){{/in_person}}{{separator}}{{/events}}")},
            {tr("Campaign name"), QStringLiteral("{{campaign.name}}")},
            {tr("Campaign year"), QStringLiteral("{{campaign.year}}")},
            {tr("Province in running text"), QStringLiteral("{{campaign.province}}")},
            {tr("Issuing body in running text"), QStringLiteral("{{issuing_body_name}}")}};
    for (const auto &[label, field] : lists)
        box->addItem(label, field);
}

void ReportEditor::fillSignerPresets()
{
    QComboBox *box = m_ui->signerPresetComboBox;
    box->clear();
    box->addItem(tr("(choose a signer)"));
    if (!m_database)
        return;
    // The stored presets of the issuing body, then the signers of earlier reports.
    QList<SignerChoice> signers;
    if (!ReportRegister(m_database->connection()).signers(m_record.letterheadId, &signers, nullptr))
        return;
    for (const SignerChoice &signer : std::as_const(signers)) {
        const QStringList preset{signer.signingAuthority, signer.authorityTitle, signer.signerPosition, signer.signerName};
        const QString authority = preset[0].isEmpty() ? QString() : preset[0] + u' ' + preset[1] + QStringLiteral(" – ");
        box->addItem(authority + preset[2] + QStringLiteral(" – ") + preset[3], preset);
    }
}

void ReportEditor::refreshFigures()
{
    if (m_buildsLiveContext && m_database && m_record.id > 0) {
        OfficialDocument live;
        QVariantMap context;
        if (buildReportDocumentForReport(m_database->connection(), m_record.id, &live, nullptr, &context))
            m_liveContext = context;
    }
    showLiveContext();
}

void ReportEditor::setLiveContext(const QVariantMap &context)
{
    m_liveContext = context;
    const bool loading = m_loading;
    m_loading = true; // filling the fields is no edit of the draft
    showLiveContext();
    m_loading = loading;
}

void ReportEditor::showLiveContext()
{
    if (m_record.status == ReportStatus::Draft) {
        // New data is no edit of the draft: the fields that follow their template show it.
        const bool loading = std::exchange(m_loading, true);
        for (TemplateField *field : {m_subjectField.get(), m_addresseesField.get(), m_closingLineField.get(),
                                     m_distributionField.get()})
            field->setContext(m_liveContext);
        m_loading = loading;
        m_ui->bodyTextEdit->setContext(m_liveContext);
    } else {
        // An issued report's fields must not show today's data: only the
        // figures as issued; the other fields show their names (the Preview
        // tab shows the issued text).
        m_ui->bodyTextEdit->setContext({{QStringLiteral("figures"), m_issuedFigures},
                                        {QStringLiteral("figure_labels"), m_liveContext.value(QStringLiteral("figure_labels"))}});
    }
    QTreeWidget *tree = m_ui->figuresTreeWidget;
    tree->clear();
    const QVariantMap figures = m_liveContext.value(QStringLiteral("figures")).toMap();
    const QVariantMap labels = m_liveContext.value(QStringLiteral("figure_labels")).toMap();
    const bool issued = m_record.status != ReportStatus::Draft;
    tree->setColumnHidden(2, !issued);
    QStringList differing;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        auto *item = new QTreeWidgetItem(tree, {labels.value(it.key()).toString(), it.value().toString(),
                                                issued ? m_issuedFigures.value(it.key()).toString() : QString()});
        item->setData(0, Qt::UserRole, it.key());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (issued && m_issuedFigures.value(it.key()).toString() != it.value().toString()) {
            differing << QStringLiteral("%1: %2 → %3").arg(labels.value(it.key()).toString(),
                                                           m_issuedFigures.value(it.key()).toString(), it.value().toString());
            for (int column = 0; column < 3; ++column)
                item->setBackground(column, QColor(0xff, 0xf4, 0xce));
        }
    }
    tree->resizeColumnToContents(1);
    tree->resizeColumnToContents(2);
    m_ui->figuresChangedLabel->setText(
            differing.isEmpty() ? QString()
                                : tr("The data changed after this report was issued; the issued copy is kept as signed. "
                                     "Figures that now differ: %1").arg(differing.join(QStringLiteral("; "))));
    m_ui->figuresChangedLabel->setVisible(!differing.isEmpty());
}

void ReportEditor::updateRegister()
{
    if (!m_database || m_record.id == 0) {
        m_ui->registerLabel->clear();
        return;
    }
    const int year = m_record.number > 0 ? m_record.registerYear : m_ui->issueDateEdit->date().year();
    RegisterYear reg;
    QString error;
    if (!ReportRegister(m_database->connection()).registerYear(m_record.letterheadId, year, &reg, &error)) {
        m_ui->registerLabel->setText(error);
        return;
    }
    const auto padded = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    QStringList gaps;
    for (int gap : std::as_const(reg.gaps))
        gaps << padded(gap);
    QString text = tr("Register %1: %2 number(s) used; next free number %3.", nullptr, int(reg.used.size()))
                           .arg(year)
                           .arg(reg.used.size())
                           .arg(padded(reg.nextNumber));
    if (!gaps.isEmpty())
        text += u' ' + tr("Gaps (numbers not used): %1.").arg(gaps.join(QStringLiteral(", ")));
    m_ui->registerLabel->setText(text);
    if (m_record.number > 0)
        m_ui->numberSpinBox->setValue(m_record.number);
    else
        m_ui->numberSpinBox->setValue(reg.nextNumber);
}

void ReportEditor::updateState()
{
    const bool present = m_database && m_record.id > 0;
    const bool draft = present && m_record.status == ReportStatus::Draft;
    QString state;
    if (!present) {
        state = tr("No report selected.");
    } else if (m_record.status == ReportStatus::Draft) {
        state = m_record.number > 0 ? tr("<b>Draft</b>, numbered %1 of %2: ready to issue.")
                                              .arg(m_record.numberAndSymbol(), dateText(m_record.issueDate))
                                    : tr("<b>Draft</b>: figures follow the data; the records office has not given a number yet.");
    } else if (m_record.status == ReportStatus::Issued) {
        state = tr("<b>Issued</b> as %1 of %2, frozen on %3. It can be reprinted or withdrawn, never edited.")
                        .arg(m_record.numberAndSymbol(), dateText(m_record.issueDate),
                             QLocale().toString(m_record.issuedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        state = tr("<b>Withdrawn</b> (%1 of %2) on %3. Reason: %4")
                        .arg(m_record.numberAndSymbol(), dateText(m_record.issueDate),
                             QLocale().toString(m_record.withdrawnAt.toLocalTime(), QLocale::ShortFormat),
                             m_record.withdrawalReason.toHtmlEscaped());
    }
    m_ui->reportStateLabel->setText(state + (m_modified ? tr(" — <i>unsaved changes</i>") : QString()));

    for (QLineEdit *edit : {m_ui->documentTypeLineEdit, m_ui->symbolLineEdit, m_ui->authorityTitleLineEdit,
                            m_ui->signerPositionLineEdit, m_ui->signerNameLineEdit, m_ui->closingLineLineEdit})
        edit->setReadOnly(!draft);
    for (QPlainTextEdit *edit : {m_ui->subjectPlainTextEdit, m_ui->addresseesPlainTextEdit,
                                 m_ui->distributionPlainTextEdit})
        edit->setReadOnly(!draft);
    m_ui->bodyTextEdit->setReadOnly(!draft);
    for (QWidget *widget : std::initializer_list<QWidget *>{
                 m_ui->draftMonthSpinBox, m_ui->appendixTeamsCheckBox, m_ui->signingAuthorityComboBox, m_letterheadComboBox,
                 m_ui->signerPresetComboBox, m_ui->sectionButton, m_ui->clauseButton, m_ui->bulletButton,
                 m_ui->italicButton, m_ui->boldButton, m_ui->fieldComboBox, m_ui->insertFieldButton,
                 m_ui->resetBodyButton, m_ui->numberSpinBox, m_ui->issueDateEdit})
        widget->setEnabled(draft);
    m_ui->saveDraftButton->setEnabled(draft && m_modified);
    m_ui->assignNumberButton->setEnabled(draft && m_record.number == 0);
    m_ui->clearNumberButton->setEnabled(draft && m_record.number > 0);
    m_ui->issueButton->setEnabled(draft && m_record.number > 0);
    m_ui->withdrawButton->setEnabled(present && m_record.status == ReportStatus::Issued);
    m_ui->reprintButton->setEnabled(present && m_record.status != ReportStatus::Draft);
    m_ui->saveAsTemplateButton->setEnabled(present);
}

void ReportEditor::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    updateState();
}

ReportRecord ReportEditor::collect() const
{
    ReportRecord r = m_record;
    const auto nfc = [](const QString &text) { return text.normalized(QString::NormalizationForm_C); };
    r.documentType = nfc(m_ui->documentTypeLineEdit->text().trimmed());
    r.symbol = nfc(m_ui->symbolLineEdit->text().trimmed());
    if (m_letterheadComboBox->currentLetterheadId() > 0)
        r.letterheadId = m_letterheadComboBox->currentLetterheadId();
    // The stored template while a field shows what it prints, else the clerk's words.
    r.subject = m_subjectField->value();
    r.addressees = m_addresseesField->value();
    r.draftMonth = m_ui->draftMonthSpinBox->value();
    r.appendixTeams = m_ui->appendixTeamsCheckBox->isChecked();
    const QString body = nfc(m_ui->bodyTextEdit->markup());
    // The default wording left as it is stays "the default template".
    r.body = body.trimmed() == defaultReportBody().trimmed() && m_record.body.trimmed().isEmpty() ? QString() : body;
    r.signingAuthority = m_ui->signingAuthorityComboBox->currentData().toString();
    r.authorityTitle = nfc(m_ui->authorityTitleLineEdit->text().trimmed());
    r.signerPosition = nfc(m_ui->signerPositionLineEdit->text().trimmed());
    r.signerName = nfc(m_ui->signerNameLineEdit->text().trimmed());
    r.closingLine = m_closingLineField->value();
    r.distribution = m_distributionField->value();
    return r;
}

bool ReportEditor::maybeSave(bool canCancel)
{
    if (!m_modified || !m_database || m_record.id == 0 || m_record.status != ReportStatus::Draft)
        return true;
    const auto answer = MessageBox::question(
            this, tr("Unsaved changes"),
            tr("The draft %1 has changes that are not saved. Save them?").arg(m_record.numberAndSymbol()),
            QMessageBox::Save | QMessageBox::Discard | (canCancel ? QMessageBox::Cancel : QMessageBox::NoButton));
    if (answer == QMessageBox::Save)
        return saveDraft();
    if (answer == QMessageBox::Discard || !canCancel) {
        m_modified = false;
        return true;
    }
    return false;
}

bool ReportEditor::saveDraft()
{
    if (!m_database || m_record.id == 0 || m_record.status != ReportStatus::Draft)
        return false;
    if (!m_modified)
        return true;
    QString error;
    int at = -1;
    if (!m_ui->bodyTextEdit->checkSections(&error, &at)) {
        // Nothing is saved, nothing is lost: the clerk is taken to the chip at fault.
        m_ui->editorTabWidget->setCurrentWidget(m_ui->bodyTab);
        QTextCursor cursor = m_ui->bodyTextEdit->textCursor();
        cursor.setPosition(at);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        m_ui->bodyTextEdit->setTextCursor(cursor);
        m_ui->bodyTextEdit->setFocus();
        MessageBox::warning(this, tr("Save draft"), tr("The draft was not saved: its body is incomplete.\n\n%1").arg(error));
        return false;
    }
    if (!ReportRegister(m_database->connection()).saveDraft(collect(), &error)) {
        MessageBox::critical(this, tr("Save draft"), tr("The draft was not saved.\n\n%1").arg(error));
        return false;
    }
    load();
    emit reportChanged(m_record.id);
    return true;
}

bool ReportEditor::assignNumber()
{
    if (!m_database || m_record.id == 0 || !saveDraft())
        return false;
    const int number = m_ui->numberSpinBox->value();
    const QDate date = m_ui->issueDateEdit->date();
    RegisterYear reg;
    QString error;
    ReportRegister(m_database->connection()).registerYear(m_record.letterheadId, date.year(), &reg, &error);
    // A number already given is refused at once (the register's message names
    // its holder and the next free number); only a free number out of order asks.
    if (number != reg.nextNumber && !reg.used.contains(number)
        && MessageBox::question(this, tr("Give a number"),
                                tr("The next free number of %1 is %2, not %3. Give number %3 anyway?")
                                        .arg(date.year())
                                        .arg(reg.nextNumber, 2, 10, QLatin1Char('0'))
                                        .arg(number, 2, 10, QLatin1Char('0')))
                   != QMessageBox::Yes)
        return false;
    if (!ReportRegister(m_database->connection()).assignNumber(m_record.id, number, date, &error)) {
        MessageBox::critical(this, tr("Give a number"), error);
        return false;
    }
    load();
    emit reportChanged(m_record.id);
    return true;
}

bool ReportEditor::clearNumber()
{
    if (!m_database || m_record.id == 0)
        return false;
    QString error;
    if (!ReportRegister(m_database->connection()).clearNumber(m_record.id, &error)) {
        MessageBox::critical(this, tr("Take the number back"), error);
        return false;
    }
    load();
    emit reportChanged(m_record.id);
    return true;
}

bool ReportEditor::issue()
{
    if (!m_database || m_record.id == 0 || !saveDraft())
        return false;
    if (MessageBox::question(this, tr("Issue the report"),
                             tr("Issue report %1 of %2?\n\nThe report is frozen as it prints now: its PDF, its figures and its "
                                "template are kept, and it can no longer be edited or deleted, only reprinted or withdrawn.")
                                     .arg(m_record.numberAndSymbol(), dateText(m_record.issueDate)))
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!ReportRegister(m_database->connection()).issue(m_record.id, &error)) {
        MessageBox::critical(this, tr("Issue the report"), tr("The report was not issued.\n\n%1").arg(error));
        return false;
    }
    load();
    emit reportChanged(m_record.id);
    return true;
}

bool ReportEditor::withdraw()
{
    if (!m_database || m_record.status != ReportStatus::Issued)
        return false;
    const std::optional<QString> reason =
            InputDialog::getText(this, tr("Withdraw the report"),
                                 tr("Why is report %1 withdrawn? (kept with the report)").arg(m_record.numberAndSymbol()));
    if (!reason)
        return false;
    QString error;
    if (!ReportRegister(m_database->connection()).withdraw(m_record.id, *reason, &error)) {
        MessageBox::critical(this, tr("Withdraw the report"), error);
        return false;
    }
    load();
    emit reportChanged(m_record.id);
    return true;
}

bool ReportEditor::reprintIssuedPdf()
{
    if (!m_database || m_record.status == ReportStatus::Draft)
        return false;
    ReportSnapshot snapshot;
    QString error;
    if (!ReportRegister(m_database->connection()).snapshot(m_record.id, &snapshot, &error)) {
        MessageBox::critical(this, tr("Reprint"), error);
        return false;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_record.numberAndSymbol();
    name.replace(u'/', u'-');
    const QString path = FileDialog::getSaveFileName(this, tr("Save the issued report"),
                                                     QDir(documents).filePath(tr("report-%1.pdf").arg(name)),
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(snapshot.pdf) != snapshot.pdf.size() || !file.commit()) {
        MessageBox::critical(this, tr("Reprint"), tr("The file %1 was not written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    MessageBox::information(this, tr("Reprint"),
                            tr("The issued copy of %1 was written, exactly as issued, to:\n%2\n\nSHA-256: %3")
                                    .arg(m_record.numberAndSymbol(), QDir::toNativeSeparators(path), snapshot.pdfSha256));
    return true;
}

bool ReportEditor::saveAsTemplate()
{
    if (!m_database || m_record.id == 0)
        return false;
    if (m_record.status == ReportStatus::Draft && !saveDraft())
        return false;
    const std::optional<QString> name = InputDialog::getText(
            this, tr("Save as template"), tr("Template name (an existing name gets a new version):"),
            m_record.templateName.isEmpty() ? defaultTemplateName() : m_record.templateName);
    if (!name)
        return false;
    QString error;
    const ReportRecord r = collect();
    const int id = ReportRegister(m_database->connection())
                           .saveTemplate(*name, r.subject, r.body.trimmed().isEmpty() ? defaultReportBody() : r.body, r.id, &error);
    if (id == 0) {
        MessageBox::critical(this, tr("Save as template"), error);
        return false;
    }
    ReportTemplateInfo info;
    ReportRegister(m_database->connection()).loadTemplate(id, &info, &error);
    MessageBox::information(this, tr("Save as template"),
                            tr("Saved as “%1”, version %2. A new report can start from it.").arg(info.name).arg(info.version));
    emit reportChanged(m_record.id);
    return true;
}

void ReportEditor::updateStyleButtons()
{
    const ReportBodyEdit *body = m_ui->bodyTextEdit;
    const QTextCharFormat format = body->currentCharFormat();
    const ReportBodyEdit::BlockKind kind = body->blockKind();
    m_ui->sectionButton->setChecked(kind == ReportBodyEdit::BlockKind::SectionHeading);
    m_ui->clauseButton->setChecked(kind == ReportBodyEdit::BlockKind::ClauseHeading);
    m_ui->bulletButton->setChecked(kind == ReportBodyEdit::BlockKind::Paragraph
                                   && body->textCursor().block().text().startsWith(QStringLiteral("- ")));
    m_ui->boldButton->setChecked(format.fontWeight() >= QFont::Bold);
    m_ui->italicButton->setChecked(format.fontItalic());
}

} // namespace cds
