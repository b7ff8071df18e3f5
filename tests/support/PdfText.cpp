#include "PdfText.h"

#include <QProcess>

namespace cds::test {

namespace {
QString g_lastError;

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        g_lastError = program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError()) + process.errorString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

QStringList pdfPageTexts(const QString &pdfPath)
{
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (text.isEmpty())
        return {};
    QStringList pages = text.split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.normalized(QString::NormalizationForm_C);
    return pages;
}

QString pdfInfo(const QString &pdfPath)
{
    return run(QStringLiteral("pdfinfo"), {pdfPath});
}

QString pdfFonts(const QString &pdfPath)
{
    return run(QStringLiteral("pdffonts"), {pdfPath});
}

QString lastError()
{
    return g_lastError;
}

} // namespace cds::test
