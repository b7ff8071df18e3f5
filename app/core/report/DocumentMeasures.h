#pragma once

#include <QtGlobal>

namespace cds::measures {

// The measures of the official report's layout, in points and millimetres:
// ReportRenderer lays out the PDF with them, and the DOCX and ODT exports
// write the same sizes and gaps, so that a word processor shows what the PDF
// prints. Decree 30/2020/NĐ-CP, Appendix I, table 1.2 (item numbers as in
// the project's decree-30-format reference).

// Font sizes in points: Decree 30/2020/NĐ-CP, Appendix I, table 1.2 (item numbers
// in reference/decree-30-format.md).
namespace FontPt {
constexpr qreal nationalTitle = 12; // item 1
constexpr qreal motto = 13; // item 2
constexpr qreal agency = 13; // items 3–4 (12–13)
constexpr qreal agencyNarrow = 12; // items 3–4, when only 12 pt fits the issuing body on a line
constexpr qreal number = 13; // item 5
constexpr qreal placeDate = 13; // item 6
constexpr qreal title = 14; // items 7–8
constexpr qreal addressee = 14; // item 9
constexpr qreal signer = 14; // items 20–23
constexpr qreal distributionLabel = 12; // item 24
constexpr qreal distributionItem = 11; // item 25
constexpr qreal addressFooter = 11; // item 27
constexpr qreal pageNumber = 14; // item 28
constexpr qreal draftMark = 13; // "DỰ THẢO", bold, as the notes of ô 11 (item 33)
} // namespace FontPt

// The decree's template Mẫu 1.4 splits the header and signature tables ≈ 40 % / 60 %.
constexpr qreal kLeftColumnShare = 0.4;
// Items 4 and 8: the rule is 1/3–1/2 of the text above it.
constexpr qreal kShortRuleShare = 0.4;
constexpr qreal kRuleWidthPt = 0.75;
// Between the descent of a line and the rule drawn under it.
constexpr qreal kRuleGapPt = 3;
// Item 11: first-line indent 1–1.27 cm, paragraph spacing ≥ 6 pt, line spacing
// 1–1.5 lines. With 1.15 and a 13 pt body, page 1 of the reference report
// (Quảng Ngãi, 2022) breaks within a line of where the original does.
constexpr qreal kFirstLineIndentMm = 12.7;
constexpr qreal kParagraphSpacingPt = 6;
constexpr qreal kBodyLineSpacing = 1.15;
// Vertical gaps of page 1, chosen to follow the decree's grid (reference section 1.3).
constexpr qreal kHeaderRowGapPt = 6; // rules of ô 1–2 → row of ô 3–4
constexpr qreal kTitleGapPt = 16; // ô 3–4 → document type
constexpr qreal kAddresseeGapPt = 8; // subject rule → "Kính gửi"
constexpr qreal kBodyGapPt = 14; // title block → body
// Item 22: room for the signature and the seal.
constexpr qreal kSignatureSpaceMm = 27;
constexpr qreal kSignatureGapPt = 12; // body → signature block
constexpr qreal kFooterGapPt = 3; // item 27: rule → address text
// Appendix tables: 12 pt, thin borders (the decree leaves tables to the drafter).
constexpr qreal kTableFontPt = 12;
constexpr qreal kGridWidthPt = 0.5;
constexpr qreal kCellPaddingMm = 1.2;

} // namespace cds::measures
