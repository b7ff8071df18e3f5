#include "TemplateField.h"

#include "report/ReportTemplate.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>

namespace cds {

namespace {

// One line per line, each trimmed, blank lines left out (as the report prints them).
QString lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result.join(u'\n');
}

} // namespace

void TemplateField::setStored(const QString &stored, const QVariantMap &context)
{
    m_stored = stored;
    QString printed = stored;
    if (stored.contains(QStringLiteral("{{")) && !renderTemplate(stored, context, &printed, nullptr))
        printed = stored;
    show(m_line ? printed.simplified() : lines(printed));
}

void TemplateField::setPrinted(const QString &stored, const QString &printed)
{
    m_stored = stored;
    show(printed);
}

void TemplateField::setContext(const QVariantMap &context)
{
    if (followsStored())
        setStored(m_stored, context);
}

bool TemplateField::followsStored() const
{
    return text() == m_shown;
}

QString TemplateField::value() const
{
    if (followsStored())
        return m_stored;
    const QString typed = m_line ? text().trimmed() : lines(text());
    return typed.normalized(QString::NormalizationForm_C);
}

QString TemplateField::text() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void TemplateField::show(const QString &text)
{
    if (m_line)
        m_line->setText(text);
    else
        m_plain->setPlainText(text);
    m_shown = this->text();
}

} // namespace cds
