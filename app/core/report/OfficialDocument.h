#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cds {

// Page settings of an administrative document (Decree 30/2020/NĐ-CP, Appendix I,
// Part I, section I: A4 portrait; margins top 20–25, bottom 20–25, left 30–35,
// right 15–20 mm; body 13–14 pt). Values outside the ranges are clamped by clamped().
struct PageSettings
{
    double marginTopMm = 20;
    double marginBottomMm = 20;
    double marginLeftMm = 30;
    double marginRightMm = 15;
    int bodyFontPt = 14;

    PageSettings clamped() const;
};

// The letterhead of the issuing body (Decree 30, Appendix I, items 2–4).
struct Letterhead
{
    QString parentBody;          // "UBND TỈNH QUẢNG NGÃI" (upper case, may be empty)
    QString issuingBody;         // "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (upper case)
    QString issuingBodyName;     // "Sở Thông tin và Truyền thông" (running text)
    QString issuingAbbreviation; // "STTTT"
    QString placeName;           // "Quảng Ngãi"
    QString addressLine;         // optional footer of page 1 (item 27)
};

// A stretch of text with one style inside a paragraph.
struct TextRun
{
    QString text; // NFC
    bool italic = false;
    bool bold = false;
    // The key of the figure this run prints ("level3_coverage", see
    // buildReportContext()); empty for the wording around it. Not printed: the
    // preview uses it to show the records behind the figure.
    QString figureKey = {};
};

// One block of the body (Decree 30, Appendix I, items 11, 15–18).
struct DocumentBlock
{
    enum class Kind {
        SectionHeading, // "I. Tổ chức Hội thảo …": bold, own line (item 15)
        ClauseHeading,  // "1. Công tác tổ chức": bold (item 16)
        Paragraph,      // justified, first-line indent (item 11)
        Bullet          // a paragraph that starts with "- " (the report's list style)
    };
    Kind kind = Kind::Paragraph;
    QList<TextRun> runs;

    QString plainText() const;
};

// An appendix ("Phụ lục", Decree 30, Appendix I, items 29–31): a title and a
// table, laid out after the report on pages of its own, numbered from 1, its
// header row repeated on every page and no row split across pages.
struct Appendix
{
    QString label;          // "Phụ lục" or, with two or more, "Phụ lục I"
    QString title;          // upper case: "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    QString guideLine;      // italic, in brackets: "(Kèm theo Báo cáo số 05/BC-STTTT …)"
    QStringList headers;    // one per column
    QList<double> columnShares; // relative column widths (any positive scale)
    QList<bool> rightAligned;   // per column: numbers right-aligned
    QList<QStringList> rows;    // NFC cell texts; a cell may wrap
    bool landscape = false;     // A4 landscape (Decree 30: for tables that need it)
};

// The whole official report, ready to lay out. Built by buildReportDocument()
// from the database; laid out by ReportRenderer.
struct OfficialDocument
{
    Letterhead letterhead;
    PageSettings page;

    QString documentType = QStringLiteral("BÁO CÁO"); // item 7
    int number = 0;            // 0: a draft, printed as "Số:      /BC-STTTT"
    QString symbol;            // "BC-STTTT"
    QDate date;                // invalid: day (and month) blank for hand-filling
    int draftMonth = 0;        // month printed on a draft with no date (1..12), 0 = blank
    int year = 0;              // year printed when date is invalid
    QStringList subjectLines;  // item 8: "Về hưởng ứng …" (one or more lines, no trailing line)
    QStringList addressees;    // item 9: empty = no "Kính gửi"
    QList<DocumentBlock> body; // item 11 and headings
    QString closingLine;       // "Kính báo cáo …/." (last paragraph), may be empty

    QStringList distribution;  // item 25, each item without the leading "- "
    QString signingAuthority;  // "", "KT.", "TM.", "TL.", "TUQ.", "Q." (item 20)
    QString authorityTitle;    // with an authority: the head's title, "GIÁM ĐỐC"
    QString signerPosition;    // item 21: "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    QString signerName;        // item 23
    QList<Appendix> appendices; // items 29–31, after the signature
    // Not issued yet (a draft in the register, or the default draft of a
    // campaign without one): every copy says so (draftMark()), the PDF in the
    // top margin of page 1 and as a light diagonal watermark on every page,
    // the DOCX and ODT in the header of the first page. Issuing clears it.
    bool draft = false;

    // "Số: 05/BC-STTTT" or, for a draft, "Số:      /BC-STTTT" (item 5:
    // numbers below 10 take a leading zero).
    QString numberLine() const;
    // "Quảng Ngãi, ngày 07 tháng 10 năm 2022" (item 6).
    QString placeDateLine() const;
    // "KT. GIÁM ĐỐC": signingAuthority + " " + authorityTitle (item 20); empty
    // when the head signs in person (no signingAuthority).
    QString authorityLine() const;
    // All text of the document in reading order, one block per line (for tests and search).
    QString plainText() const;

    // The national title and motto (items 1–2), fixed by the decree.
    static QString nationalTitle(); // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static QString motto();         // "Độc lập - Tự do - Hạnh phúc"
    // What a draft prints: "DỰ THẢO" (NFC). Decree 30 has no box for it; it is
    // printed in the top margin, right, where ô 11 keeps such notes (reference
    // section 1.3), clear of the letterhead and the motto.
    static QString draftMark();
};

// The document as JSON (an issued report keeps it, to show and print the
// issued copy whatever the data says later) and back. fromJson returns false
// for an object that is not such a document.
QJsonObject documentToJson(const OfficialDocument &document);
bool documentFromJson(const QJsonObject &json, OfficialDocument *out);

// The lines of a "Kính gửi" or "Nơi nhận" list (Decree 30, Appendix I, items 9
// and 25): each item becomes "- X;" and the last "- X.". Items may be given with
// or without the dash and with any final punctuation; empty items are dropped.
// Returns NFC text.
QStringList formatListItems(const QStringList &items);

} // namespace cds
