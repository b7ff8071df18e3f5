#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// The text encodings that Vietnamese spreadsheets and CSV files arrive in
// (GLOSSARY, "Formatting conventions": NFD from macOS, Windows-1258, and the
// legacy TCVN3 (ABC) and VNI encodings of old documents).
namespace cds::import {

enum class TextEncoding {
    Auto, // detect (see detectEncoding)
    Utf8,
    Utf16, // with a byte order mark (or, without one, recognised by its zero bytes)
    Windows1258,
    Tcvn3, // TCVN 5712:1993 VN3, the "ABC" fonts (.VnTime)
    Vni // VNI-Windows fonts (VNI-Times)
};

// The name used on the command line and in saved settings: "utf-8", "utf-16",
// "windows-1258", "tcvn3", "vni"; "auto" for Auto.
QString encodingName(TextEncoding encoding);
// The inverse of encodingName, ignoring case; also accepts "cp1258", "abc",
// "vni-windows", "utf8", "utf16". ok (if given) is false for an unknown name.
TextEncoding encodingFromName(const QString &name, bool *ok = nullptr);

struct DecodedText
{
    QString text; // NFC; line ends kept as they were
    TextEncoding encoding = TextEncoding::Utf8; // the encoding used
    bool hadByteOrderMark = false;
    // 0 when the bytes are valid in the encoding; otherwise the 1-based line of
    // the first byte that is not (only for UTF-8 and UTF-16, the only encodings
    // that can be invalid) or that does not read as Vietnamese.
    int invalidLine = 0;
};

// Detection, in this order:
//  1. a byte order mark: EF BB BF is UTF-8, FF FE / FE FF is UTF-16 (the mark
//     decides; a UTF-8 mark over invalid UTF-8 is reported, not re-guessed);
//  2. zero bytes in the first 4 KiB, mostly at odd (even) offsets: UTF-16LE (BE);
//  3. bytes that are valid UTF-8 (this includes plain ASCII): UTF-8;
//  4. otherwise the file is decoded as Windows-1258, VNI and TCVN3 and each
//     result is scored by what a Vietnamese text never holds: non-ASCII
//     characters that are not one of the 134 Vietnamese letters or common
//     typographic punctuation, combining marks left over after NFC, a capital
//     inside a lower-case word, and a word with two tone marks. The lowest score
//     wins, ties in the order Windows-1258, VNI, TCVN3 (TCVN3 maps nearly every
//     byte to a letter, so it is the last resort). A best score above zero is
//     reported through invalidLine: the encoding is not recognised.
// An explicit encoding skips detection (a UTF-8 or UTF-16 mark is still removed).
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto);

// The 1-based line (counted by LF bytes) of the first byte of bytes that is
// not UTF-8; 0 when all are.
int firstInvalidUtf8Line(QByteArrayView bytes);

// Writes text (any normalisation form) in a single-byte legacy encoding, or as
// UTF-8 (no mark) / UTF-16LE (with its mark). Characters the encoding cannot
// hold become '?'. TCVN3 has no capitals with a tone mark: they are written
// with the lower-case code, as the ".VnTimeH" capital fonts expect.
QByteArray encodeText(const QString &text, TextEncoding encoding);

// The 134 Vietnamese letters that are not ASCII (67 lower case, then their
// capitals, in that order): a vowel with a tone or a vowel mark, and đ/Đ. NFC.
const QStringList &vietnameseLetters();

} // namespace cds::import
