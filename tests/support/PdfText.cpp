#include "PdfText.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

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

QList<WordBox> pdfWordBoxes(const QString &pdfPath, int page)
{
    const QString html = run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                            QString::number(page), pdfPath, QStringLiteral("-") });
    QList<WordBox> words;
    QXmlStreamReader reader(html);
    constexpr double mmPerPt = 25.4 / 72;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != QStringLiteral("word"))
            continue;
        const auto a = reader.attributes();
        const double x1 = a.value(QStringLiteral("xMin")).toDouble();
        const double y1 = a.value(QStringLiteral("yMin")).toDouble();
        const double x2 = a.value(QStringLiteral("xMax")).toDouble();
        const double y2 = a.value(QStringLiteral("yMax")).toDouble();
        const QString text = reader.readElementText().normalized(QString::NormalizationForm_C);
        words.append({ text, QRectF(x1 * mmPerPt, y1 * mmPerPt, (x2 - x1) * mmPerPt, (y2 - y1) * mmPerPt) });
    }
    return words;
}

QImage pdfPageImage(const QString &pdfPath, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), { QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                      QString::number(page), QStringLiteral("-l"), QString::number(page), pdfPath, prefix });
    const QStringList images = QDir(dir.path()).entryList({ QStringLiteral("page*.pgm") });
    if (images.isEmpty())
        return {};
    return QImage(dir.filePath(images.first())).convertToFormat(QImage::Format_Grayscale8);
}

QList<QRectF> pdfHorizontalRules(const QString &pdfPath, int page, double minLengthMm)
{
    constexpr int dpi = 300;
    const QImage image = pdfPageImage(pdfPath, page, dpi);
    if (image.isNull())
        return {};
    const double mmPerPixel = 25.4 / dpi;
    const int minRun = int(minLengthMm / mmPerPixel);
    struct Run { int x1, x2, y1, y2; };
    QList<Run> runs;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width();) {
            if (row[x] >= 128) {
                ++x;
                continue;
            }
            int end = x;
            while (end < image.width() && row[end] < 128)
                ++end;
            if (end - x >= minRun) {
                // A run under one found on the row above (±2 px at its ends) is the same rule.
                bool merged = false;
                for (Run &r : runs) {
                    if (r.y2 == y - 1 && qAbs(r.x1 - x) <= 2 && qAbs(r.x2 - end) <= 2) {
                        r.y2 = y;
                        merged = true;
                        break;
                    }
                }
                if (!merged)
                    runs.append({ x, end, y, y });
            }
            x = end;
        }
    }
    QList<QRectF> rules;
    for (const Run &r : runs)
        rules << QRectF(r.x1 * mmPerPixel, r.y1 * mmPerPixel, (r.x2 - r.x1) * mmPerPixel, (r.y2 - r.y1 + 1) * mmPerPixel);
    return rules;
}

QString sofficePath()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

QString convertToPdfWithLibreOffice(const QString &document, const QString &outDir)
{
    const QString soffice = sofficePath();
    if (soffice.isEmpty()) {
        g_lastError = QStringLiteral("soffice not found");
        return {};
    }
    QTemporaryDir profile;
    QProcess process;
    process.start(soffice, { QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                             QStringLiteral("--outdir"), outDir, document });
    if (!process.waitForFinished(240000)) {
        g_lastError = QStringLiteral("soffice did not finish");
        process.kill();
        return {};
    }
    const QString pdf = QDir(outDir).filePath(QFileInfo(document).completeBaseName() + QStringLiteral(".pdf"));
    if (!QFileInfo::exists(pdf)) {
        g_lastError = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return pdf;
}

} // namespace cds::test
