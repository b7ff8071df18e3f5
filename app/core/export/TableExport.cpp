#include "export/TableExport.h"

#include "export/FormulaGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef CDS_HAVE_XLSXWRITER
#  include <xlsxwriter.h>
#endif

namespace cds::tableexport {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::TableExport)
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void appendCsvLine(QString *out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            *out += u',';
        *out += csvField(fields[i]);
    }
    *out += QStringLiteral("\r\n");
}

} // namespace

QByteArray toCsv(const Table &table)
{
    QString text;
    QStringList headers;
    for (const QString &header : table.headers)
        headers << formulaguard::neutralised(header);
    appendCsvLine(&text, headers);
    for (const QList<Cell> &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        // A number ("-5") stays a number; text that a spreadsheet would run
        // as a formula ("=HYPERLINK(…)", "-2+3") gets an apostrophe in front.
        for (const Cell &cell : row)
            fields << (cell.number ? cell.text : formulaguard::neutralised(cell.text));
        appendCsvLine(&text, fields);
    }
    return QByteArray("\xEF\xBB\xBF") + text.normalized(QString::NormalizationForm_C).toUtf8();
}

bool writeCsv(const QString &path, const Table &table, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table)) < 0 || !file.commit()) {
        if (error)
            *error = Text::tr("Cannot write “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString workbookSheetName(const QString &title)
{
    // A sheet name has at most 31 characters and none of []:*?/\.
    QString sheetName = title.isEmpty() ? QStringLiteral("Sheet1") : title;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &ch : sheetName) {
        if (forbidden.contains(ch))
            ch = u' ';
    }
    return sheetName.left(31).trimmed();
}

bool xlsxAvailable()
{
#ifdef CDS_HAVE_XLSXWRITER
    return true;
#else
    return false;
#endif
}

bool writeXlsx(const QString &path, const Table &table, QString *error)
{
#ifdef CDS_HAVE_XLSXWRITER
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = Text::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QString partPath = path + QStringLiteral(".part");
    QFile::remove(partPath);
    // libxlsxwriter takes UTF-8 file names (on Windows it opens them as wide strings).
    const QByteArray partName = partPath.toUtf8();
    lxw_workbook *workbook = workbook_new(partName.constData());
    if (!workbook)
        return failed(Text::tr("the file cannot be created"));

    const QByteArray sheetUtf8 = workbookSheetName(table.title).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());
    if (!sheet) {
        workbook_close(workbook);
        QFile::remove(partPath);
        return failed(Text::tr("the sheet cannot be added"));
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *numberFormat = workbook_add_format(workbook);
    format_set_num_format(numberFormat, "#,##0");

    QList<qsizetype> widths(table.headers.size(), 8);
    for (int column = 0; column < table.headers.size(); ++column) {
        const QByteArray header =
                table.headers[column].normalized(QString::NormalizationForm_C).toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(column), header.constData(), bold);
        widths[column] = std::max(widths[column], table.headers[column].size());
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QList<Cell> &cells = table.rows[row];
        for (int column = 0; column < cells.size(); ++column) {
            const Cell &cell = cells[column];
            const auto excelRow = lxw_row_t(row + 1);
            const auto excelColumn = lxw_col_t(column);
            if (cell.number) {
                worksheet_write_number(sheet, excelRow, excelColumn, *cell.number, numberFormat);
            } else if (!cell.text.isEmpty()) {
                const QByteArray text = cell.text.normalized(QString::NormalizationForm_C).toUtf8();
                worksheet_write_string(sheet, excelRow, excelColumn, text.constData(), nullptr);
            }
            if (column < widths.size())
                widths[column] = std::max(widths[column], cell.text.size());
        }
    }
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                             double(std::min<qsizetype>(widths[column] + 2, 60)), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.headers.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()),
                             lxw_col_t(table.headers.size() - 1));

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partPath);
        return failed(QString::fromUtf8(lxw_strerror(result)));
    }
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(partPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(partPath);
        return failed(QString::fromLocal8Bit(renameError.message()));
    }
    return true;
#else
    Q_UNUSED(table)
    if (error)
        *error = Text::tr("This build of CDS Desk cannot write Excel files (it was built without "
                          "libxlsxwriter); export as CSV instead. “%1” was not written.")
                         .arg(QDir::toNativeSeparators(path));
    return false;
#endif
}

} // namespace cds::tableexport
