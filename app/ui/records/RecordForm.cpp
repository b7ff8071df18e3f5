#include "records/RecordForm.h"

#include "common/MessageBox.h"
#include "domain/Figure.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTextEdit>
#include <QTimer>

namespace cds {

namespace {
const QDate blankDate(1900, 1, 1);
}

RecordForm::RecordForm(QWidget *parent) : QDialog(parent) {}

void RecordForm::setupRecordForm(QDialogButtonBox *buttons, QLabel *messageLabel)
{
    m_messageLabel = messageLabel;
    if (!windowTitle().contains(QLatin1String("[*]")))
        setWindowTitle(windowTitle() + QStringLiteral("[*]"));
    if (m_messageLabel) {
        m_messageLabel->setWordWrap(true);
        m_messageLabel->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        m_messageLabel->hide();
    }
    if (buttons) {
        buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    }
}

void RecordForm::markRequired(QLabel *label)
{
    if (!label || label->text().endsWith(QLatin1String("</span>")))
        return;
    label->setTextFormat(Qt::RichText);
    label->setText(label->text().toHtmlEscaped() + QStringLiteral(" <span style=\"color:#c0392b\">*</span>"));
    label->setToolTip(tr("Required"));
}

void RecordForm::watchChanges()
{
    const auto dirty = [this] { setDirty(); };
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) || qobject_cast<QComboBox *>(edit->parentWidget()))
            continue;
        connect(edit, &QLineEdit::textEdited, this, dirty);
    }
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, dirty);
    for (QTextEdit *edit : findChildren<QTextEdit *>())
        connect(edit, &QTextEdit::textChanged, this, dirty);
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, dirty);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, dirty);
    }
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, dirty);
    for (QDateEdit *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, dirty);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, dirty);
    for (QTableWidget *table : findChildren<QTableWidget *>())
        connect(table, &QTableWidget::itemChanged, this, dirty);
    m_dirty = false;
}

void RecordForm::setDirty(bool dirty)
{
    // The clerk is fixing what the last save refused: the old message goes.
    if (dirty && !m_errorFields.isEmpty())
        clearErrors();
    m_dirty = dirty;
    setWindowModified(dirty);
}

bool RecordForm::fieldError(QWidget *field, const QString &message)
{
    if (field) {
        field->setProperty("cdsInvalid", true);
        field->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
        field->setToolTip(message);
        field->setFocus(Qt::OtherFocusReason);
        m_errorFields << field;
    }
    if (m_messageLabel) {
        m_messageLabel->setText(message);
        m_messageLabel->show();
    }
    return false;
}

void RecordForm::clearErrors()
{
    for (QWidget *field : std::as_const(m_errorFields)) {
        field->setProperty("cdsInvalid", false);
        field->setStyleSheet(QString());
        field->setToolTip(QString());
    }
    m_errorFields.clear();
    if (m_messageLabel) {
        m_messageLabel->clear();
        m_messageLabel->hide();
    }
}

bool RecordForm::confirmWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return true;
    return MessageBox::question(this, windowTitle(),
                                warnings.join(u'\n') + QStringLiteral("\n\n") + tr("Save anyway?"))
            == QMessageBox::Yes;
}

qint64 RecordForm::saveFailed(const QString &message)
{
    if (m_messageLabel) {
        m_messageLabel->setText(tr("Not saved: %1").arg(message));
        m_messageLabel->show();
    } else {
        MessageBox::critical(this, windowTitle(), tr("Not saved: %1").arg(message));
    }
    return 0;
}

void RecordForm::accept()
{
    clearErrors();
    if (!validate())
        return;
    const qint64 group = save();
    if (group == 0)
        return;
    m_savedGroup = group;
    m_dirty = false;
    QDialog::accept();
}

void RecordForm::reject()
{
    if (m_dirty) {
        const auto answer = MessageBox::question(this, windowTitle(), tr("Save the changes to this record?"),
                                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Save) {
            accept();
            return;
        }
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

namespace {

// Makes a blank optional date usable: QDateEdit shows the blank (its minimum
// date) as a special value that cannot be typed over, and its calendar would
// open in January 1900. On entering a blank field the default date is put in
// with the day selected, so typing "07/10/2022" or picking in the calendar
// works; leaving without a change blanks it again. Delete, or Backspace over
// the whole date, empties the field.
class OptionalDateFilter : public QObject
{
public:
    explicit OptionalDateFilter(QDateEdit *edit) : QObject(edit), m_edit(edit)
    {
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_changed = true; });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit)
            return false;
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::MouseButtonPress:
            if (m_edit->date() == blankDate) {
                const QDate fallback = m_edit->property("cdsDefaultDate").toDate();
                const QSignalBlocker blocker(m_edit);
                m_edit->setDate(fallback.isValid() ? fallback : QDate::currentDate());
                m_edit->setSelectedSection(QDateTimeEdit::DaySection);
                // A click goes on to put the text cursor where it landed (the
                // year): select the day again once it has, so typing starts there.
                QTimer::singleShot(0, m_edit, [edit = m_edit] { edit->setSelectedSection(QDateTimeEdit::DaySection); });
                m_filled = true;
                m_changed = false;
            }
            break;
        case QEvent::FocusOut:
            if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason && m_filled) {
                m_filled = false;
                if (!m_changed) {
                    const QSignalBlocker blocker(m_edit);
                    m_edit->setDate(blankDate);
                }
            }
            break;
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            const QLineEdit *line = m_edit->findChild<QLineEdit *>();
            const bool allSelected = line && !line->text().isEmpty() && line->selectedText() == line->text();
            if (key->key() == Qt::Key_Delete || (key->key() == Qt::Key_Backspace && allSelected)) {
                m_filled = false;
                m_edit->setDate(blankDate); // a change: the form becomes dirty
                return true;
            }
            // "07/10/2022": after the two digits of the day the edit has already
            // moved on to the month, so the typed "/" must not move it again.
            const QString typed = key->text();
            if (line && (typed == QLatin1String("/") || typed == QLatin1String(".") || typed == QLatin1String("-"))) {
                const int position = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
                if (position == 3 || position == 6) // the starts of MM and yyyy in dd/MM/yyyy
                    return true;
            }
            break;
        }
        default:
            break;
        }
        return false;
    }

private:
    QDateEdit *m_edit;
    bool m_filled = false;  // the default date was put in on entering
    bool m_changed = false; // the date changed since
};

} // namespace

void RecordForm::setupOptionalDate(QDateEdit *edit, const QDate &defaultDate)
{
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(blankDate);
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDate(blankDate);
    edit->setProperty("cdsDefaultDate", defaultDate);
    edit->setToolTip(tr("dd/mm/yyyy; Delete empties the date"));
    edit->installEventFilter(new OptionalDateFilter(edit));
}

void RecordForm::setOptionalDateDefault(QDateEdit *edit, const QDate &defaultDate)
{
    edit->setProperty("cdsDefaultDate", defaultDate);
}

void RecordForm::setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : blankDate);
}

QDate RecordForm::optionalDate(QDateEdit *edit)
{
    return edit->date() == blankDate ? QDate() : edit->date();
}

QVariant RecordForm::optionalDateValue(QDateEdit *edit)
{
    const QDate date = optionalDate(edit);
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

void RecordForm::fillQualifierCombo(QComboBox *combo)
{
    combo->clear();
    for (const Qualifier qualifier : { Qualifier::Exact, Qualifier::MoreThan, Qualifier::Nearly, Qualifier::About,
                                       Qualifier::Over }) {
        const QString word = qualifierWord(qualifier);
        combo->addItem(word.isEmpty() ? tr("(exact)") : word, qualifierCode(qualifier));
    }
}

} // namespace cds
