#pragma once

#include <QString>
#include <QVariantMap>

class QLineEdit;
class QPlainTextEdit;

namespace cds {

// A field of the report form whose stored text may be a template
// ("Về hưởng ứng {{campaign.name}}", ReportTemplate.h): the clerk sees the
// words and figures it prints, never the markup (issue #18, item 5). While
// the field shows what the template printed, the stored template is what is
// saved, so a draft keeps following the data (a renamed campaign, another
// year); once the clerk edits it, the clerk's words are saved as they are.
// Text without a field ("{{") is shown and saved unchanged.
class TemplateField
{
public:
    explicit TemplateField(QLineEdit *edit) : m_line(edit) {}
    explicit TemplateField(QPlainTextEdit *edit) : m_plain(edit) {}

    // Shows stored rendered with context (stripFigureMarks()'d, as
    // buildReportDocumentForReport() gives it); a template that does not
    // render is shown as stored, so nothing the clerk wrote is lost.
    void setStored(const QString &stored, const QVariantMap &context);
    // An issued report: shows printed (what the issued copy says); the
    // stored text is kept as it is.
    void setPrinted(const QString &stored, const QString &printed);
    // New live data: renders again while the field still shows what the
    // template printed.
    void setContext(const QVariantMap &context);
    // What to save: the stored template while the field shows what it
    // printed, else the field's text (one line per line, blank lines left out
    // for a multi-line field; trimmed; NFC).
    QString value() const;
    // The field still shows what its stored text printed (not edited).
    bool followsStored() const;

private:
    QString text() const;
    void show(const QString &text);

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QString m_stored;
    QString m_shown; // what the stored text printed, as shown
};

} // namespace cds
