#include "records/RecordForm.h"

#include "common/DateField.h"
#include "common/MessageBox.h"
#include "domain/Figure.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTextEdit>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cds {

RecordForm::RecordForm(QWidget *parent) : QDialog(parent) {}

void RecordForm::setupRecordForm(QDialogButtonBox *buttons, QLabel *messageLabel)
{
    m_messageLabel = messageLabel;
    m_buttons = buttons;
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

void RecordForm::showEvent(QShowEvent *event)
{
    if (!m_fitted) {
        m_fitted = true;
        fitToScreen();
    }
    QDialog::showEvent(event);
}

void RecordForm::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    auto *top = qobject_cast<QVBoxLayout *>(layout());
    if (!screen || !top)
        return;
    // Room for the title bar and the frame.
    const QSize room = screen->availableGeometry().size() - QSize(24, 56);
    const QSize wanted = sizeHint().expandedTo(minimumSizeHint());
    if (wanted.height() <= room.height() && wanted.width() <= room.width())
        return;
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    inner->setObjectName(QStringLiteral("formScrollContents"));
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    QList<QLayoutItem *> kept; // the buttons and the message stay below the scrolled part
    while (top->count() > 0) {
        const int stretch = top->stretch(0);
        QLayoutItem *item = top->takeAt(0);
        QWidget *widget = item->widget();
        if (widget && (widget == m_buttons || widget == m_messageLabel)) {
            kept << item;
        } else if (widget) {
            innerLayout->addWidget(widget, stretch);
            delete item;
        } else if (QLayout *sub = item->layout()) {
            innerLayout->addLayout(sub, stretch);
        } else {
            innerLayout->addItem(item);
        }
    }
    scroll->setWidget(inner);
    top->addWidget(scroll, 1);
    for (QLayoutItem *item : std::as_const(kept)) {
        top->addWidget(item->widget());
        delete item;
    }
    const int width = std::min(room.width(), inner->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 40);
    const int height = std::min(room.height(), wanted.height());
    setMinimumSize(0, 0);
    resize(width, height);
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
        if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) || qobject_cast<QComboBox *>(edit->parentWidget())
            || qobject_cast<DateField *>(edit->parentWidget()))
            continue;
        // Searching a list inside the form changes nothing in the record.
        if (edit->objectName().endsWith(QLatin1String("SearchLineEdit"))
            || edit->objectName().endsWith(QLatin1String("FilterLineEdit")))
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
    for (DateField *edit : findChildren<DateField *>())
        connect(edit, &DateField::dateChanged, this, dirty);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, dirty);
    for (QTableWidget *table : findChildren<QTableWidget *>())
        connect(table, &QTableWidget::itemChanged, this, dirty);
    m_dirty = false;
    setWindowModified(false); // what loading the record set is not a change
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
    // A date that cannot be read is never saved as some other date.
    for (DateField *edit : findChildren<DateField *>()) {
        if (edit->isEnabled() && edit->isUnreadable())
            return void(fieldError(edit, edit->unreadableMessage()));
    }
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

void RecordForm::setupOptionalDate(DateField *edit, const QDate &defaultDate)
{
    edit->setDate(QDate());
    edit->setDefaultDate(defaultDate);
}

void RecordForm::setOptionalDateDefault(DateField *edit, const QDate &defaultDate)
{
    edit->setDefaultDate(defaultDate);
}

void RecordForm::setOptionalDate(DateField *edit, const QDate &date)
{
    edit->setDate(date);
}

QDate RecordForm::optionalDate(const DateField *edit)
{
    return edit->date();
}

QVariant RecordForm::optionalDateValue(const DateField *edit)
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
