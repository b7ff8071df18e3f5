#include "common/DateField.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

namespace cds {

namespace {

QDate fromParts(int day, int month, int year, int yearDigits)
{
    if (yearDigits == 2)
        year += 2000;
    else if (yearDigits != 4)
        return {};
    return QDate(year, month, day);
}

} // namespace

QDate DateField::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression isoPattern(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto match = isoPattern.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    static const QRegularExpression partsPattern(QStringLiteral("^(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{2}|\\d{4})$"));
    if (const auto match = partsPattern.match(text); match.hasMatch())
        return fromParts(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
                         int(match.captured(3).size()));
    static const QRegularExpression digitsPattern(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    if (const auto match = digitsPattern.match(text); match.hasMatch())
        return fromParts(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
                         int(match.captured(3).size()));
    return {};
}

DateField::DateField(QWidget *parent) : QWidget(parent), m_lineEdit(new QLineEdit(this)), m_calendarButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_lineEdit->setObjectName(QStringLiteral("dateLineEdit"));
    m_lineEdit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_lineEdit->setClearButtonEnabled(false);
    m_lineEdit->setMaxLength(12);
    // Room for "00/00/0000" and a little more, no more: a date needs no stretch.
    m_lineEdit->setMinimumWidth(m_lineEdit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 12);
    m_calendarButton->setObjectName(QStringLiteral("calendarToolButton"));
    m_calendarButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_calendarButton->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_lineEdit);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_lineEdit->installEventFilter(this);
    m_lineEdit->setToolTip(tr("A date as 07/10/2022, 7/10/2022 or 07102022; empty when not known"));
    connect(m_lineEdit, &QLineEdit::textEdited, this, &DateField::textEdited);
    connect(m_lineEdit, &QLineEdit::editingFinished, this, &DateField::editingFinished);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
}

DateField::~DateField()
{
    // The line edit loses the focus as it is destroyed after this part of us.
    m_lineEdit->removeEventFilter(this);
    m_lineEdit->disconnect(this);
}

void DateField::setDate(const QDate &date)
{
    const QDate shown = date.isValid() ? date : QDate();
    m_lineEdit->setText(shown.isValid() ? shown.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    const bool changed = shown != m_date;
    m_date = shown;
    updateState();
    if (changed)
        emit dateChanged(m_date);
}

void DateField::setDefaultDate(const QDate &date)
{
    m_defaultDate = date;
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

QString DateField::text() const
{
    return m_lineEdit->text();
}

bool DateField::isBlank() const
{
    return m_lineEdit->text().trimmed().isEmpty();
}

bool DateField::isUnreadable() const
{
    return !isBlank() && !m_date.isValid();
}

QString DateField::unreadableMessage() const
{
    return tr("\"%1\" is not a date: type the day, the month and the year, as 07/10/2022, 7/10/2022 or 07102022.")
            .arg(m_lineEdit->text().trimmed());
}

void DateField::textEdited(const QString &text)
{
    const QDate parsed = parse(text);
    if (m_lineEdit->property("cdsUnreadable").toBool() && (parsed.isValid() || text.trimmed().isEmpty()))
        updateState();
    if (parsed != m_date) {
        m_date = parsed;
        emit dateChanged(m_date);
        emit dateEdited(m_date);
    }
}

void DateField::editingFinished()
{
    // Shown the way it is stored, so the clerk sees what was understood.
    if (m_date.isValid())
        m_lineEdit->setText(m_date.toString(QStringLiteral("dd/MM/yyyy")));
    updateState();
    if (isUnreadable() && m_lineEdit->isVisible())
        QToolTip::showText(m_lineEdit->mapToGlobal(QPoint(0, m_lineEdit->height())), unreadableMessage(), m_lineEdit);
}

void DateField::updateState()
{
    const bool unreadable = isUnreadable() && !m_lineEdit->hasFocus();
    if (unreadable == m_lineEdit->property("cdsUnreadable").toBool())
        return;
    m_lineEdit->setProperty("cdsUnreadable", unreadable);
    m_lineEdit->setStyleSheet(unreadable ? QStringLiteral("border: 1px solid #c0392b;") : QString());
    m_lineEdit->setToolTip(unreadable ? unreadableMessage()
                                      : tr("A date as 07/10/2022, 7/10/2022 or 07102022; empty when not known"));
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("dateCalendarWidget"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &picked) {
            m_calendar->hide();
            const bool changed = picked != m_date;
            setDate(picked);
            if (changed)
                emit dateEdited(m_date);
            m_lineEdit->setFocus(Qt::PopupFocusReason);
        });
        connect(m_calendar, &QCalendarWidget::activated, m_calendar, &QCalendarWidget::clicked);
    }
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
    const QDate shown = m_date.isValid() ? m_date : (m_defaultDate.isValid() ? m_defaultDate : QDate::currentDate());
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    if (watched == m_lineEdit && event->type() == QEvent::FocusIn)
        updateState();
    return QWidget::eventFilter(watched, event);
}

} // namespace cds
