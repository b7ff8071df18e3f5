#include "export/StreamExport.h"

#include "export/FormulaGuard.h"
#include "export/TableExport.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef CDS_HAVE_XLSXWRITER
#  include <xlsxwriter.h>
#endif

namespace cds::tableexport {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::TableExport)
};

constexpr qint64 progressEvery = 2000;

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// One cell of the row being written, as ListExport::tableFromModel makes it.
Cell cellFor(const StreamColumn &column, const QVariant &value)
{
    Cell cell;
    if (value.isNull())
        return cell;
    cell.text = column.display ? column.display(value) : defaultCellText(value);
    // Only a cell that shows its raw number becomes a number: a level shown
    // as "Xã" stays text though its raw value is 3.
    if (!cell.text.isEmpty() && isNumber(value)
        && (text::formatNumber(value.toLongLong()) == cell.text || QString::number(value.toDouble()) == cell.text))
        cell.number = value.toDouble();
    return cell;
}

void appendCsvField(QString *line, const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        *line += text;
        return;
    }
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    *line += u'"' + quoted + u'"';
}

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

bool prepare(const QSqlDatabase &db, const StreamQuery &query, QSqlQuery *sql, QString *error)
{
    sql->setForwardOnly(true);
    if (!sql->prepare(query.sql)) {
        *error = sql->lastError().text();
        return false;
    }
    for (const QVariant &value : query.values)
        sql->addBindValue(value);
    if (!sql->exec()) {
        *error = sql->lastError().text();
        return false;
    }
    Q_UNUSED(db)
    return true;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return Text::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool streamCsv(const QSqlDatabase &db, const StreamQuery &query, const QString &path,
               const std::function<bool(qint64)> &progress, qint64 *rows, bool *cancelled, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    QSqlQuery sql(db);
    QString reason;
    if (!prepare(db, query, &sql, &reason)) {
        file.cancelWriting();
        *error = cannotWrite(path, reason);
        return false;
    }
    QString line;
    for (qsizetype i = 0; i < query.columns.size(); ++i) {
        if (i > 0)
            line += u',';
        appendCsvField(&line, formulaguard::neutralised(query.columns[i].header));
    }
    line += QStringLiteral("\r\n");
    QByteArray buffer("\xEF\xBB\xBF");
    buffer += nfc(line).toUtf8();
    const int width = int(query.columns.size());
    while (sql.next()) {
        line.clear();
        for (int i = 0; i < width; ++i) {
            if (i > 0)
                line += u',';
            const Cell cell = cellFor(query.columns[i], sql.value(i + 1));
            // A number ("-5") stays a number; text that a spreadsheet would
            // run as a formula gets an apostrophe in front.
            appendCsvField(&line, cell.number ? cell.text : formulaguard::neutralised(cell.text));
        }
        line += QStringLiteral("\r\n");
        buffer += nfc(line).toUtf8();
        ++*rows;
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) < 0)
                break;
            buffer.clear();
        }
        if (*rows % progressEvery == 0 && progress && !progress(*rows)) {
            file.cancelWriting();
            *cancelled = true;
            return false;
        }
    }
    if (sql.lastError().isValid()) {
        file.cancelWriting();
        *error = cannotWrite(path, sql.lastError().text());
        return false;
    }
    if (progress && !progress(*rows)) {
        file.cancelWriting();
        *cancelled = true;
        return false;
    }
    if (file.write(buffer) < 0 || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

#ifdef CDS_HAVE_XLSXWRITER
bool streamXlsx(const QSqlDatabase &db, const StreamQuery &query, const QString &path,
                const std::function<bool(qint64)> &progress, qint64 *rows, bool *cancelled, QString *error)
{
    const QString partPath = path + QStringLiteral(".part");
    QFile::remove(partPath);
    QSqlQuery sql(db);
    QString reason;
    if (!prepare(db, query, &sql, &reason)) {
        *error = cannotWrite(path, reason);
        return false;
    }
    // Constant memory: each row goes to a temporary file as soon as the next
    // one starts (strings inline, no shared-string table held in memory).
    const QByteArray partName = partPath.toUtf8();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook) {
        *error = cannotWrite(path, Text::tr("the file cannot be created"));
        return false;
    }
    const auto abandon = [&] {
        // workbook_close writes the file; closing then removing it is the
        // only way libxlsxwriter lets go of its memory and temporary files.
        workbook_close(workbook);
        QFile::remove(partPath);
        return false;
    };
    const QByteArray sheetUtf8 = workbookSheetName(query.title).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());
    if (!sheet) {
        *error = cannotWrite(path, Text::tr("the sheet cannot be added"));
        return abandon();
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *numberFormat = workbook_add_format(workbook);
    format_set_num_format(numberFormat, "#,##0");

    const int width = int(query.columns.size());
    QList<qsizetype> widths(width, 8);
    for (int column = 0; column < width; ++column) {
        const QString &header = query.columns[column].header;
        worksheet_write_string(sheet, 0, lxw_col_t(column), nfc(header).toUtf8().constData(), bold);
        widths[column] = std::max(widths[column], header.size());
    }
    static constexpr qint64 maxRows = 1048575; // a sheet's rows less the header
    while (sql.next()) {
        if (*rows >= maxRows) {
            *error = cannotWrite(path, Text::tr("a worksheet holds at most %1 rows; export as CSV instead")
                                               .arg(text::formatNumber(maxRows)));
            return abandon();
        }
        const auto excelRow = lxw_row_t(*rows + 1);
        for (int column = 0; column < width; ++column) {
            const Cell cell = cellFor(query.columns[column], sql.value(column + 1));
            if (cell.number)
                worksheet_write_number(sheet, excelRow, lxw_col_t(column), *cell.number, numberFormat);
            else if (!cell.text.isEmpty())
                worksheet_write_string(sheet, excelRow, lxw_col_t(column), nfc(cell.text).toUtf8().constData(),
                                       nullptr);
            widths[column] = std::max(widths[column], cell.text.size());
        }
        ++*rows;
        if (*rows % progressEvery == 0 && progress && !progress(*rows)) {
            *cancelled = true;
            return abandon();
        }
    }
    if (sql.lastError().isValid()) {
        *error = cannotWrite(path, sql.lastError().text());
        return abandon();
    }
    for (int column = 0; column < width; ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                             double(std::min<qsizetype>(widths[column] + 2, 60)), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (width > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(*rows), lxw_col_t(width - 1));
    if (progress && !progress(*rows)) {
        *cancelled = true;
        return abandon();
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partPath);
        *error = cannotWrite(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(partPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(partPath);
        *error = cannotWrite(path, QString::fromLocal8Bit(renameError.message()));
        return false;
    }
    return true;
}
#endif

} // namespace

QString defaultCellText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return text::formatNumber(value.toLongLong());
    case QMetaType::Double:
        return text::formatDecimal(value.toDouble(), 1);
    default:
        return value.toString();
    }
}

bool streamTable(const QSqlDatabase &db, const StreamQuery &query, Format format, const QString &path,
                 const std::function<bool(qint64 done)> &progress, qint64 *rowsWritten, bool *cancelled,
                 QString *error)
{
    qint64 rows = 0;
    bool stopped = false;
    QString message;
    bool written = false;
    if (!db.isOpen()) {
        message = cannotWrite(path, Text::tr("the database is not open"));
    } else if (format == Format::Csv) {
        written = streamCsv(db, query, path, progress, &rows, &stopped, &message);
    } else {
#ifdef CDS_HAVE_XLSXWRITER
        written = streamXlsx(db, query, path, progress, &rows, &stopped, &message);
#else
        message = Text::tr("This build of CDS Desk cannot write Excel files (it was built without "
                           "libxlsxwriter); export as CSV instead. “%1” was not written.")
                          .arg(QDir::toNativeSeparators(path));
#endif
    }
    if (rowsWritten)
        *rowsWritten = rows;
    if (cancelled)
        *cancelled = stopped;
    if (error)
        *error = message;
    return written;
}

} // namespace cds::tableexport
