#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace cds {

// The one date field of every form and filter: a line edit that takes a date
// the way clerks type it (07/10/2022, 7/10/2022, 07102022, 7.10.22,
// 2022-10-07) with a calendar button beside it. A blank field is "not
// given"; text it cannot read is never turned into some other date: the field
// turns red, says so, and date() is null until it is corrected (forms refuse
// to save it, see RecordForm). The calendar opens on the field's date, or on
// the default date (the campaign's start, say) when the field is blank.
class DateField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    // The date shown, null when the field is blank or unreadable.
    QDate date() const { return m_date; }
    // Shows date as dd/MM/yyyy; a null date blanks the field.
    void setDate(const QDate &date);
    // Where the calendar opens when the field is blank; it is not filled in.
    void setDefaultDate(const QDate &date);
    QDate defaultDate() const { return m_defaultDate; }
    // The earliest and latest dates the calendar offers (typed dates outside
    // are refused by the form that knows why).
    void setDateRange(const QDate &minimum, const QDate &maximum);

    QString text() const;
    bool isBlank() const;
    // Text was typed that is not a date.
    bool isUnreadable() const;
    // Why the typed text is not a date, for the form's message.
    QString unreadableMessage() const;

    QLineEdit *lineEdit() const { return m_lineEdit; }

    // Reads d/M/yyyy, d.M.yyyy, d-M-yyyy, d M yyyy, two-digit years (20yy),
    // ddMMyyyy, ddMMyy and yyyy-MM-dd; a null date for anything else.
    static QDate parse(const QString &text);

public slots:
    void showCalendar();

signals:
    // The date (null: blank or unreadable) changed, by typing, the calendar or setDate().
    void dateChanged(const QDate &date);
    // The clerk changed the date (typing or the calendar), not the program.
    void dateEdited(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited(const QString &text);
    void editingFinished();
    void updateState();

    QLineEdit *m_lineEdit;
    QToolButton *m_calendarButton;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_date;
    QDate m_defaultDate;
    QDate m_minimum;
    QDate m_maximum;
};

} // namespace cds
