#include "report/ReportOdt.h"

#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace cds {

namespace {

QTextCharFormat charFormat(const QString &family, qreal pt, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFontFamilies({family});
    format.setFontPointSize(pt);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    return format;
}

QTextBlockFormat centred()
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    return format;
}

QTextTable *borderlessTable(QTextCursor &cursor, int rows, int columns, const QList<qreal> &percent)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal p : percent)
        widths << QTextLength(QTextLength::PercentageLength, p);
    format.setColumnWidthConstraints(widths);
    return cursor.insertTable(rows, columns, format);
}

} // namespace

bool exportOdt(const OfficialDocument &d, const QString &path, QString *error)
{
    const QString family = ReportRenderer::resolvedFontFamily();
    const qreal bodyPt = d.page.clamped().bodyFontPt;
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.setBlockCharFormat(charFormat(family, bodyPt));

    // Items 1–6.
    QTextTable *head = borderlessTable(cursor, 2, 2, {40, 60});
    QTextCursor c = head->cellAt(0, 0).firstCursorPosition();
    c.setBlockFormat(centred());
    if (!d.letterhead.parentBody.isEmpty()) {
        c.insertText(d.letterhead.parentBody.toUpper(), charFormat(family, 13));
        c.insertBlock(centred());
    }
    c.insertText(d.letterhead.issuingBody.toUpper(), charFormat(family, 13, true));
    c = head->cellAt(0, 1).firstCursorPosition();
    c.setBlockFormat(centred());
    c.insertText(OfficialDocument::nationalTitle(), charFormat(family, 12, true));
    c.insertBlock(centred());
    c.insertText(OfficialDocument::motto(), charFormat(family, 13, true));
    c = head->cellAt(1, 0).firstCursorPosition();
    c.setBlockFormat(centred());
    c.insertText(d.numberLine(), charFormat(family, 13));
    c = head->cellAt(1, 1).firstCursorPosition();
    c.setBlockFormat(centred());
    c.insertText(d.placeDateLine(), charFormat(family, 13, false, true));

    // Items 7–9.
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat title = centred();
    title.setTopMargin(16);
    cursor.insertBlock(title);
    cursor.insertText(d.documentType.toUpper(), charFormat(family, 14, true));
    for (const QString &line : d.subjectLines) {
        cursor.insertBlock(centred());
        cursor.insertText(line, charFormat(family, 14, true));
    }
    if (!d.addressees.isEmpty()) {
        QTextBlockFormat addressee = centred();
        addressee.setTopMargin(8);
        cursor.insertBlock(addressee);
        if (d.addressees.size() == 1) {
            cursor.insertText(QStringLiteral("Kính gửi: ") + d.addressees.first(), charFormat(family, 14));
        } else {
            cursor.insertText(QStringLiteral("Kính gửi:"), charFormat(family, 14));
            for (const QString &item : formatListItems(d.addressees)) {
                cursor.insertBlock(centred());
                cursor.insertText(item, charFormat(family, 14));
            }
        }
    }

    // Item 11 and the headings.
    QTextBlockFormat paragraph;
    paragraph.setAlignment(Qt::AlignJustify);
    paragraph.setTextIndent(12.7 / 25.4 * 72);
    paragraph.setTopMargin(6);
    paragraph.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    bool first = true;
    for (const DocumentBlock &block : d.body) {
        QTextBlockFormat format = paragraph;
        if (first)
            format.setTopMargin(14);
        first = false;
        cursor.insertBlock(format);
        const bool heading = block.kind == DocumentBlock::Kind::SectionHeading || block.kind == DocumentBlock::Kind::ClauseHeading;
        if (block.kind == DocumentBlock::Kind::Bullet)
            cursor.insertText(QStringLiteral("- "), charFormat(family, bodyPt));
        for (const TextRun &run : block.runs)
            cursor.insertText(run.text, charFormat(family, bodyPt, heading || run.bold, run.italic));
    }
    if (!d.closingLine.isEmpty()) {
        cursor.insertBlock(paragraph);
        cursor.insertText(d.closingLine, charFormat(family, bodyPt));
    }

    // Items 20–25.
    cursor.insertBlock();
    QTextTable *signature = borderlessTable(cursor, 1, 2, {40, 60});
    c = signature->cellAt(0, 0).firstCursorPosition();
    c.insertText(QStringLiteral("Nơi nhận:"), charFormat(family, 12, true, true));
    for (const QString &item : formatListItems(d.distribution)) {
        c.insertBlock();
        c.insertText(item, charFormat(family, 11));
    }
    c = signature->cellAt(0, 1).firstCursorPosition();
    c.setBlockFormat(centred());
    bool firstSigner = true;
    for (const QString &line : {d.authorityLine(), d.signerPosition}) {
        if (line.trimmed().isEmpty())
            continue;
        if (!firstSigner)
            c.insertBlock(centred());
        firstSigner = false;
        c.insertText(line.toUpper(), charFormat(family, 14, true));
    }
    for (int i = 0; i < 4; ++i)
        c.insertBlock(centred());
    c.insertText(d.signerName, charFormat(family, 14, true));

    // Items 29–31.
    for (const Appendix &appendix : d.appendices) {
        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat breakBefore = centred();
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(breakBefore);
        cursor.insertText(appendix.label, charFormat(family, 14, true));
        cursor.insertBlock(centred());
        cursor.insertText(appendix.title.toUpper(), charFormat(family, 14, true));
        cursor.insertBlock(centred());
        cursor.insertText(appendix.guideLine, charFormat(family, 14, false, true));
        cursor.insertBlock();
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = cursor.insertTable(int(appendix.rows.size()) + 1, int(appendix.headers.size()), format);
        for (qsizetype col = 0; col < appendix.headers.size(); ++col) {
            QTextCursor cell = table->cellAt(0, int(col)).firstCursorPosition();
            cell.setBlockFormat(centred());
            cell.insertText(appendix.headers.at(col), charFormat(family, 12, true));
        }
        for (qsizetype row = 0; row < appendix.rows.size(); ++row) {
            for (qsizetype col = 0; col < appendix.headers.size(); ++col) {
                QTextCursor cell = table->cellAt(int(row) + 1, int(col)).firstCursorPosition();
                if (appendix.rightAligned.value(col)) {
                    QTextBlockFormat right;
                    right.setAlignment(Qt::AlignRight);
                    cell.setBlockFormat(right);
                }
                cell.insertText(appendix.rows.at(row).value(col), charFormat(family, 12));
            }
        }
    }

    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        if (error)
            *error = QCoreApplication::translate("cds::ReportOdt", "Cannot write the ODT file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), writer.device() ? writer.device()->errorString() : QString());
        return false;
    }
    return true;
}

} // namespace cds
