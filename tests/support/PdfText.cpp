#include "PdfText.h"

#include <QRegularExpression>

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

QList<QSizeF> pdfPageSizes(const QString &pdfPath)
{
    const QString info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                          QStringLiteral("100000"), pdfPath});
    static const QRegularExpression pattern(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)"));
    QList<QSizeF> sizes;
    auto it = pattern.globalMatch(info);
    while (it.hasNext()) {
        const auto match = it.next();
        sizes << QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    return sizes;
}

QString pdfFonts(const QString &pdfPath)
{
    return run(QStringLiteral("pdffonts"), {pdfPath});
}

QString pdfMetadata(const QString &pdfPath)
{
    return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdfPath});
}

QString lastError()
{
    return g_lastError;
}

} // namespace cds::test
