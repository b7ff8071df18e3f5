#include "import/XlsxReader.h"

#include "package/ZipPackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace cds::import {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::XlsxReader)
};

// The parts of the package by their path in lower case (OPC part names
// compare without case).
using Parts = QHash<QString, QByteArray>;

QString partKey(const QString &path)
{
    QString key = path;
    key.replace(u'\\', u'/');
    while (key.startsWith(u'/'))
        key.remove(0, 1);
    return key.toLower();
}

// The part a relationship's target names, from the folder of the part that
// holds the relationship ("xl/" for xl/workbook.xml).
QString resolveTarget(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return partKey(target);
    QStringList parts = folder.split(u'/', Qt::SkipEmptyParts);
    for (const QString &piece : target.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == QStringLiteral(".."))
            parts.removeLast();
        else if (piece != QStringLiteral("."))
            parts << piece;
        if (parts.isEmpty() && piece == QStringLiteral(".."))
            break;
    }
    return partKey(parts.join(u'/'));
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// An attribute by local name whatever its prefix ("r:id" in transitional
// OOXML, another namespace in strict).
QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return QString();
}

bool isTrue(const QString &value)
{
    return value == QStringLiteral("1") || value == QStringLiteral("true");
}

struct Relationship
{
    QString id;
    QString type;
    QString target; // the part, resolved
};

// The relationships of sourcePart (its _rels/NAME.rels), external ones left out.
QList<Relationship> readRelationships(const Parts &parts, const QString &sourcePart)
{
    QList<Relationship> relationships;
    const QString folder = folderOf(sourcePart);
    const QString relsPart = folder + QStringLiteral("_rels/") + sourcePart.mid(folder.size())
            + QStringLiteral(".rels");
    QXmlStreamReader xml(parts.value(partKey(relsPart)));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship"
            && attribute(xml, u"TargetMode") != QStringLiteral("External"))
            relationships.append({ attribute(xml, u"Id"), attribute(xml, u"Type"),
                                   resolveTarget(folder, attribute(xml, u"Target")) });
    }
    return relationships;
}

// The text of a shared string item or an inline string: its <t> elements,
// runs included, phonetic runs (<rPh>) left out. xml is on the item's start.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// Excel writes characters XML 1.0 cannot hold as _xHHHH_ (ECMA-376 part 1,
// 22.9.2.19); a literal "_x" is itself escaped as _x005F_.
QString unescapeExcel(const QString &text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result += QChar(code);
                i += 6;
                continue;
            }
        }
        result += text.at(i);
    }
    return result;
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    // vi-VN writes the decimal comma; the dot groups thousands.
    return QString::number(value, 'g', 15).replace(u'.', u',');
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

struct Styles
{
    QList<bool> dateStyles; // by cell style index (the "s" attribute)
};

Styles readStyles(const QByteArray &data)
{
    Styles styles;
    QHash<int, QString> codes;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                codes.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs) {
                const int id = attribute(xml, u"numFmtId").toInt();
                styles.dateStyles << isDateFormat(id, codes.value(id));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return styles;
}

bool readSharedStrings(const QByteArray &data, QStringList *strings, QString *why)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            *strings << unescapeExcel(readStringItem(xml));
    }
    if (xml.hasError()) {
        *why = xml.errorString();
        return false;
    }
    return true;
}

struct SheetContext
{
    const QStringList *strings = nullptr;
    const Styles *styles = nullptr;
    bool date1904 = false;
};

bool readSheet(const QByteArray &data, const SheetContext &context, XlsxSheet *sheet,
               QString *why)
{
    QXmlStreamReader xml(data);
    XlsxRow *row = nullptr;
    int lastRow = 0;
    int lastColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int number = attribute(xml, u"r").toInt();
            lastRow = number > 0 ? number : lastRow + 1;
            lastColumn = 0;
            sheet->rows.append(XlsxRow{ lastRow, {} });
            row = &sheet->rows.last();
        } else if (xml.name() == u"c") {
            if (!row) {
                sheet->rows.append(XlsxRow{ ++lastRow, {} });
                row = &sheet->rows.last();
            }
            int cellRow = row->row;
            int column = lastColumn + 1;
            const QString ref = attribute(xml, u"r");
            if (!ref.isEmpty() && !parseCellReference(ref, &cellRow, &column)) {
                *why = Text::tr("the cell reference %1 is not one").arg(ref);
                return false;
            }
            lastColumn = column;
            const QString type = attribute(xml, u"t");
            const int style = attribute(xml, u"s").toInt();
            QString raw;
            bool hasValue = false;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v") {
                    raw = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    inlineText = readStringItem(xml);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement(); // <f>: the formula itself is not evaluated
                }
            }
            if (!hasValue)
                continue;
            XlsxCell cell;
            cell.column = column;
            if (type == QStringLiteral("s")) {
                bool ok = false;
                const int index = raw.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= context.strings->size()) {
                    *why = Text::tr("cell %1 names a shared string that is not there")
                                   .arg(cellReference(cellRow, column));
                    return false;
                }
                cell.text = context.strings->at(index);
            } else if (type == QStringLiteral("inlineStr")) {
                cell.text = unescapeExcel(inlineText);
            } else if (type == QStringLiteral("str")) {
                cell.text = unescapeExcel(raw);
            } else if (type == QStringLiteral("e")) {
                cell.type = XlsxCell::Type::Error;
                cell.text = raw;
            } else if (type == QStringLiteral("b")) {
                cell.type = XlsxCell::Type::Boolean;
                cell.number = raw.trimmed() == QStringLiteral("1") ? 1 : 0;
                cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QStringLiteral("d")) {
                // Strict OOXML and some writers: an ISO 8601 date (and time).
                cell.type = XlsxCell::Type::Date;
                const QDate date = QDate::fromString(raw.left(10), Qt::ISODate);
                cell.text = date.isValid() ? dateText(date) : raw;
            } else {
                if (raw.trimmed().isEmpty())
                    continue;
                bool ok = false;
                cell.number = raw.trimmed().toDouble(&ok);
                if (!ok) {
                    *why = Text::tr("cell %1 holds %2 where a number is expected")
                                   .arg(cellReference(cellRow, column), raw);
                    return false;
                }
                cell.type = XlsxCell::Type::Number;
                cell.text = numberText(cell.number);
                if (style >= 0 && style < context.styles->dateStyles.size()
                    && context.styles->dateStyles.at(style)) {
                    cell.type = XlsxCell::Type::Date;
                    const QDate date = dateFromSerial(cell.number, context.date1904);
                    if (date.isValid())
                        cell.text = dateText(date);
                    else if (!context.date1904 && std::floor(cell.number) == 60)
                        cell.text = QStringLiteral("29/02/1900"); // as Excel shows it
                }
            }
            if (cell.text.isEmpty())
                continue;
            if (cellRow != row->row) { // a cell whose reference names another row
                sheet->rows.append(XlsxRow{ cellRow, {} });
                row = &sheet->rows.last();
            }
            row->cells << cell;
        } else if (xml.name() == u"mergeCell") {
            sheet->mergedRanges << attribute(xml, u"ref");
        }
    }
    if (xml.hasError()) {
        *why = xml.errorString();
        return false;
    }

    // Rows and cells in order (writers keep it, but a reference decides).
    std::stable_sort(sheet->rows.begin(), sheet->rows.end(),
                     [](const XlsxRow &a, const XlsxRow &b) { return a.row < b.row; });
    for (XlsxRow &r : sheet->rows)
        std::stable_sort(r.cells.begin(), r.cells.end(),
                         [](const XlsxCell &a, const XlsxCell &b) { return a.column < b.column; });
    // A merged range shows its top-left cell only.
    for (const QString &range : std::as_const(sheet->mergedRanges)) {
        int top = 0, left = 0, bottom = 0, right = 0;
        const QStringList corners = range.split(u':');
        if (corners.size() != 2 || !parseCellReference(corners[0], &top, &left)
            || !parseCellReference(corners[1], &bottom, &right))
            continue;
        for (XlsxRow &r : sheet->rows) {
            if (r.row < top || r.row > bottom)
                continue;
            r.cells.removeIf([&](const XlsxCell &cell) {
                return cell.column >= left && cell.column <= right
                        && !(r.row == top && cell.column == left);
            });
        }
    }
    sheet->rows.removeIf([](const XlsxRow &r) { return r.cells.isEmpty(); });
    return true;
}

} // namespace

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheet &sheet : sheets)
        names << sheet.name;
    return names;
}

int XlsxWorkbook::sheetIndex(const QString &name) const
{
    for (int i = 0; i < sheets.size(); ++i) {
        if (sheets[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool looksLikeWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))
            || bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

XlsxWorkbook readXlsx(const QByteArray &bytes, QString *why)
{
    if (bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))) {
        *why = Text::tr("The file is an Excel 97-2003 workbook (.xls) or a password-protected "
                        "workbook, which cannot be read: open it in Excel and save it, without a "
                        "password, as “Excel Workbook (.xlsx)”.");
        return {};
    }
    QString zipError;
    const QList<ZipEntry> entries = readZip(bytes, &zipError);
    if (entries.isEmpty()) {
        *why = Text::tr("The file is not an Excel workbook (.xlsx), or it is damaged: %1")
                       .arg(zipError.isEmpty() ? Text::tr("it holds nothing") : zipError);
        return {};
    }
    Parts parts;
    for (const ZipEntry &entry : entries)
        parts.insert(partKey(QString::fromUtf8(entry.name)), entry.data);

    // The workbook part, as the package's relationships name it.
    QString workbookPart;
    for (const Relationship &r : readRelationships(parts, QString()))
        if (r.type.endsWith(QStringLiteral("/officeDocument")))
            workbookPart = r.target;
    if (workbookPart.isEmpty() && parts.contains(QStringLiteral("xl/workbook.xml")))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (workbookPart.isEmpty() || !parts.contains(workbookPart)) {
        *why = parts.contains(QStringLiteral("content.xml"))
                ? Text::tr("The file is an OpenDocument spreadsheet (.ods), which cannot be read: "
                           "save it as “Excel Workbook (.xlsx)”.")
                : Text::tr("The file is a zip archive but not an Excel workbook (.xlsx): it has "
                           "no workbook part.");
        return {};
    }
    if (!workbookPart.endsWith(QStringLiteral(".xml"))) {
        *why = Text::tr("The file is a binary Excel workbook (.xlsb), which cannot be read: save "
                        "it as “Excel Workbook (.xlsx)”.");
        return {};
    }

    const QList<Relationship> relationships = readRelationships(parts, workbookPart);
    QHash<QString, QString> targets;
    QString stringsPart, stylesPart;
    for (const Relationship &r : relationships) {
        targets.insert(r.id, r.target);
        if (r.type.endsWith(QStringLiteral("/sharedStrings")))
            stringsPart = r.target;
        else if (r.type.endsWith(QStringLiteral("/styles")))
            stylesPart = r.target;
    }
    XlsxWorkbook workbook;
    QList<std::pair<QString, QString>> sheetParts; // name, part
    {
        QXmlStreamReader xml(parts.value(workbookPart));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr")
                workbook.date1904 = isTrue(attribute(xml, u"date1904"));
            else if (xml.name() == u"sheet")
                sheetParts.append({ attribute(xml, u"name"), targets.value(attribute(xml, u"id")) });
        }
        if (xml.hasError()) {
            *why = Text::tr("The workbook is damaged: its list of sheets cannot be read (%1).")
                           .arg(xml.errorString());
            return {};
        }
    }
    if (sheetParts.isEmpty()) {
        *why = Text::tr("The workbook has no sheet.");
        return {};
    }

    QStringList strings;
    QString error;
    if (!stringsPart.isEmpty() && !readSharedStrings(parts.value(stringsPart), &strings, &error)) {
        *why = Text::tr("The workbook is damaged: its shared strings cannot be read (%1).").arg(error);
        return {};
    }
    const Styles styles = readStyles(parts.value(stylesPart));
    const SheetContext context{ &strings, &styles, workbook.date1904 };
    for (const auto &[name, part] : std::as_const(sheetParts)) {
        XlsxSheet sheet;
        sheet.name = name;
        if (!part.isEmpty() && parts.contains(part)
            && !readSheet(parts.value(part), context, &sheet, &error)) {
            *why = Text::tr("The workbook is damaged: sheet %1 cannot be read (%2).")
                           .arg(name, error);
            return {};
        }
        if (part.isEmpty() || !parts.contains(part)) {
            *why = Text::tr("The workbook is damaged: sheet %1 is missing.").arg(name);
            return {};
        }
        workbook.sheets << sheet;
    }
    return workbook;
}

QList<CsvRecord> sheetRecords(const XlsxSheet &sheet)
{
    QList<CsvRecord> records;
    records.reserve(sheet.rows.size());
    for (const XlsxRow &row : sheet.rows) {
        CsvRecord record;
        record.line = row.row;
        for (const XlsxCell &cell : row.cells) {
            while (record.fields.size() < cell.column - 1)
                record.fields << QString();
            record.fields << cell.text;
        }
        bool blank = true;
        for (const QString &field : std::as_const(record.fields))
            blank = blank && field.trimmed().isEmpty();
        if (!blank)
            records << record;
    }
    return records;
}

QString columnName(int column)
{
    QString name;
    for (int n = column; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString cellReference(int row, int column)
{
    return columnName(column) + QString::number(row);
}

bool parseCellReference(QStringView ref, int *row, int *column)
{
    qsizetype i = 0;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    int c = 0;
    const qsizetype letters = i;
    while (i < ref.size() && ref[i].toUpper() >= u'A' && ref[i].toUpper() <= u'Z') {
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (c > 16384) // XFD, Excel's last column
            return false;
        ++i;
    }
    if (i == letters)
        return false;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576 || !ref.mid(i).front().isDigit())
        return false;
    *row = r;
    *column = c;
    return true;
}

QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 31/12/9999
        return QDate();
    const qint64 day = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    // 1900 system: 1 is 01/01/1900, and Excel counts a 29/02/1900 (60), as
    // Lotus 1-2-3 did; from 61 (01/03/1900) on, serials are one day ahead.
    if (day < 1 || day == 60)
        return QDate();
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

bool isDateFormat(int numberFormatId, const QString &formatCode)
{
    if (numberFormatId >= 14 && numberFormatId <= 22)
        return true;
    if (formatCode.isEmpty())
        return false;
    // Only the first section (positive numbers) decides.
    bool quoted = false, bracket = false, hasDate = false, hasMonthOrMinute = false,
         hasTime = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar ch = formatCode.at(i).toLower();
        if (quoted) {
            quoted = ch != u'"';
            continue;
        }
        if (bracket) {
            bracket = ch != u']';
            continue;
        }
        if (ch == u'"')
            quoted = true;
        else if (ch == u'[')
            bracket = true;
        else if (ch == u'\\' || ch == u'_' || ch == u'*')
            ++i; // an escaped character, a space the width of one, a fill
        else if (ch == u';')
            break;
        else if (ch == u'd' || ch == u'y')
            hasDate = true;
        else if (ch == u'm')
            hasMonthOrMinute = true;
        else if (ch == u'h' || ch == u's')
            hasTime = true;
    }
    return hasDate || (hasMonthOrMinute && !hasTime);
}

} // namespace cds::import
