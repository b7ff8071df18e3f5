#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace cds {

class DateField;

// The behaviour every data-entry form shares (issue #3, "What every form
// does"). A form is a QDialog whose widgets come from a forms/*.ui file; it
// calls setupRecordForm() after setupUi() and loading the record, implements
// validate() and save(), and is shown with exec().
//
// - Required fields: markRequired() puts a red asterisk on the label.
// - Validation: validate() calls fieldError() for the first wrong field; the
//   message shows under the form and at the field (red frame, tooltip), and
//   the field gets the focus. warnings passed to confirmWarnings() ask
//   "save anyway?" instead of refusing.
// - Unsaved changes: closing or Esc after a change asks Save / Discard / Cancel.
// - Saving: save() writes in one RecordTransaction and returns its change
//   group (0 after showing why it failed, the form stays open).
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    explicit RecordForm(QWidget *parent = nullptr);

    // The change group saved, 0 when the form was closed without saving.
    qint64 savedGroup() const { return m_savedGroup; }
    bool isDirty() const { return m_dirty; }

    // Dates are optional (DateField): blank is "not given". defaultDate is
    // where the calendar opens while the field is blank (the campaign's start,
    // say); it is never filled in by itself. A form refuses to save a date
    // field whose text is not a date.
    static void setupOptionalDate(DateField *edit, const QDate &defaultDate = QDate());
    static void setOptionalDateDefault(DateField *edit, const QDate &defaultDate);
    static void setOptionalDate(DateField *edit, const QDate &date);
    static QDate optionalDate(const DateField *edit);
    static QVariant optionalDateValue(const DateField *edit); // ISO text or NULL, for the database

    // A figure qualifier combo: (exact), hơn, gần, khoảng, trên with the stored codes as data.
    static void fillQualifierCombo(QComboBox *combo);

public slots:
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void setupRecordForm(QDialogButtonBox *buttons, QLabel *messageLabel);
    void markRequired(QLabel *label);
    // Starts watching every input widget for changes (call after loading values).
    void watchChanges();
    void setDirty(bool dirty = true);

    virtual bool validate() = 0;
    virtual qint64 save() = 0;

    // Shows message at field and under the form; returns false for "return fieldError(...)".
    bool fieldError(QWidget *field, const QString &message);
    void clearErrors();
    // Asks whether to save despite the warnings; true when there are none.
    bool confirmWarnings(const QStringList &warnings);
    // Shows a failed save under the form; returns 0.
    qint64 saveFailed(const QString &message);

private:
    // A form taller or wider than the screen (1366×768 at 150 %) scrolls:
    // everything but the buttons and the message goes into a QScrollArea.
    void fitToScreen();

    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_fitted = false;
    QList<QWidget *> m_errorFields;
    bool m_dirty = false;
    qint64 m_savedGroup = 0;
};

} // namespace cds
