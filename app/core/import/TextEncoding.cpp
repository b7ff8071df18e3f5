#include "import/TextEncoding.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <array>
#include <climits>

namespace cds::import {

namespace {

constexpr char16_t graveAccent = 0x0300;
constexpr char16_t hookAbove = 0x0309;
constexpr char16_t tilde = 0x0303;
constexpr char16_t acuteAccent = 0x0301;
constexpr char16_t dotBelow = 0x0323;
constexpr char16_t circumflex = 0x0302;
constexpr char16_t breve = 0x0306;
constexpr char16_t horn = 0x031B;
constexpr char16_t tones[] = { graveAccent, hookAbove, tilde, acuteAccent, dotBelow };

bool isTone(QChar ch)
{
    for (char16_t tone : tones) {
        if (ch.unicode() == tone)
            return true;
    }
    return false;
}

// Windows-1258, bytes 0x80–0xFF. Written out rather than asked of
// QStringDecoder: Qt decodes "windows-1258" only when built with ICU (Debian's
// is, Windows installations often are not), and the import must read the same
// everywhere. tst_textencoding checks the table against ICU where it exists.
constexpr std::array<char16_t, 128> windows1258High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x02C6, 0x2030, 0xFFFD, 0x2039, 0x0152, 0xFFFD, 0xFFFD, 0xFFFD, // 88
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178, // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // A0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, // C8
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF, // E8
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF, // F8
};

// TCVN3 (ABC): one byte per precomposed letter. Only the seven capitals
// without a tone have codes; toned capitals are the lower-case codes shown in
// a capital font. Bytes not listed read as Latin-1.
struct ByteLetter
{
    unsigned char byte;
    char16_t letter;
};
constexpr ByteLetter tcvn3Letters[] = {
    { 0xA1, u'Ă' }, { 0xA2, u'Â' }, { 0xA3, u'Ê' }, { 0xA4, u'Ô' }, { 0xA5, u'Ơ' }, { 0xA6, u'Ư' },
    { 0xA7, u'Đ' }, { 0xA8, u'ă' }, { 0xA9, u'â' }, { 0xAA, u'ê' }, { 0xAB, u'ô' }, { 0xAC, u'ơ' },
    { 0xAD, u'ư' }, { 0xAE, u'đ' }, { 0xB5, u'à' }, { 0xB6, u'ả' }, { 0xB7, u'ã' }, { 0xB8, u'á' },
    { 0xB9, u'ạ' }, { 0xBB, u'ằ' }, { 0xBC, u'ẳ' }, { 0xBD, u'ẵ' }, { 0xBE, u'ắ' }, { 0xC6, u'ặ' },
    { 0xC7, u'ầ' }, { 0xC8, u'ẩ' }, { 0xC9, u'ẫ' }, { 0xCA, u'ấ' }, { 0xCB, u'ậ' }, { 0xCC, u'è' },
    { 0xCE, u'ẻ' }, { 0xCF, u'ẽ' }, { 0xD0, u'é' }, { 0xD1, u'ẹ' }, { 0xD2, u'ề' }, { 0xD3, u'ể' },
    { 0xD4, u'ễ' }, { 0xD5, u'ế' }, { 0xD6, u'ệ' }, { 0xD7, u'ì' }, { 0xD8, u'ỉ' }, { 0xDC, u'ĩ' },
    { 0xDD, u'í' }, { 0xDE, u'ị' }, { 0xDF, u'ò' }, { 0xE1, u'ỏ' }, { 0xE2, u'õ' }, { 0xE3, u'ó' },
    { 0xE4, u'ọ' }, { 0xE5, u'ồ' }, { 0xE6, u'ổ' }, { 0xE7, u'ỗ' }, { 0xE8, u'ố' }, { 0xE9, u'ộ' },
    { 0xEA, u'ờ' }, { 0xEB, u'ở' }, { 0xEC, u'ỡ' }, { 0xED, u'ớ' }, { 0xEE, u'ợ' }, { 0xEF, u'ù' },
    { 0xF1, u'ủ' }, { 0xF2, u'ũ' }, { 0xF3, u'ú' }, { 0xF4, u'ụ' }, { 0xF5, u'ừ' }, { 0xF6, u'ử' },
    { 0xF7, u'ữ' }, { 0xF8, u'ứ' }, { 0xF9, u'ự' }, { 0xFA, u'ỳ' }, { 0xFB, u'ỷ' }, { 0xFC, u'ỹ' },
    { 0xFD, u'ý' }, { 0xFE, u'ỵ' },
};

// VNI-Windows: a vowel is its ASCII base letter followed by one byte that
// carries its vowel mark and tone (lower- and upper-case marks differ); the
// letters i with a tone, đ, ơ and ư are single bytes. Bytes not listed read
// as Latin-1.
struct ByteSequence
{
    unsigned char byte;
    char16_t first;
    char16_t second; // 0: none
};
constexpr ByteSequence vniBytes[] = {
    // tones alone (lower, upper)
    { 0xF8, graveAccent, 0 },
    { 0xFB, hookAbove, 0 },
    { 0xF5, tilde, 0 },
    { 0xF9, acuteAccent, 0 },
    { 0xEF, dotBelow, 0 },
    { 0xD8, graveAccent, 0 },
    { 0xDB, hookAbove, 0 },
    { 0xD5, tilde, 0 },
    { 0xD9, acuteAccent, 0 },
    { 0xCF, dotBelow, 0 },
    // circumflex, with each tone (lower, upper)
    { 0xE2, circumflex, 0 },
    { 0xE0, circumflex, graveAccent },
    { 0xE5, circumflex, hookAbove },
    { 0xE3, circumflex, tilde },
    { 0xE1, circumflex, acuteAccent },
    { 0xE4, circumflex, dotBelow },
    { 0xC2, circumflex, 0 },
    { 0xC0, circumflex, graveAccent },
    { 0xC5, circumflex, hookAbove },
    { 0xC3, circumflex, tilde },
    { 0xC1, circumflex, acuteAccent },
    { 0xC4, circumflex, dotBelow },
    // breve, with each tone (lower, upper)
    { 0xEA, breve, 0 },
    { 0xE8, breve, graveAccent },
    { 0xFA, breve, hookAbove },
    { 0xFC, breve, tilde },
    { 0xE9, breve, acuteAccent },
    { 0xEB, breve, dotBelow },
    { 0xCA, breve, 0 },
    { 0xC8, breve, graveAccent },
    { 0xDA, breve, hookAbove },
    { 0xDC, breve, tilde },
    { 0xC9, breve, acuteAccent },
    { 0xCB, breve, dotBelow },
    // whole letters
    { 0xEC, u'ì', 0 },
    { 0xE6, u'ỉ', 0 },
    { 0xF3, u'ĩ', 0 },
    { 0xED, u'í', 0 },
    { 0xF2, u'ị', 0 },
    { 0xF1, u'đ', 0 },
    { 0xF4, u'ơ', 0 },
    { 0xF6, u'ư', 0 },
    { 0xCC, u'Ì', 0 },
    { 0xC6, u'Ỉ', 0 },
    { 0xD3, u'Ĩ', 0 },
    { 0xCD, u'Í', 0 },
    { 0xD2, u'Ị', 0 },
    { 0xD1, u'Đ', 0 },
    { 0xD4, u'Ơ', 0 },
    { 0xD6, u'Ư', 0 },
};

bool isUpperVniMark(unsigned char byte)
{
    return byte < 0xE0;
}

// Byte -> text for the three single-byte encodings.
using ByteTable = std::array<QString, 256>;

const ByteTable &byteTable(TextEncoding encoding)
{
    static const ByteTable tables[3] = {
        [] {
            ByteTable table;
            for (int b = 0; b < 256; ++b)
                table[b] = b < 0x80 ? QString(QChar(b)) : QString(QChar(windows1258High[b - 0x80]));
            return table;
        }(),
        [] {
            ByteTable table;
            for (int b = 0; b < 256; ++b)
                table[b] = QString(QChar(b));
            for (const ByteLetter &entry : tcvn3Letters)
                table[entry.byte] = QString(QChar(entry.letter));
            return table;
        }(),
        [] {
            ByteTable table;
            for (int b = 0; b < 256; ++b)
                table[b] = QString(QChar(b));
            for (const ByteSequence &entry : vniBytes) {
                QString text(QChar(entry.first));
                if (entry.second)
                    text += QChar(entry.second);
                table[entry.byte] = text;
            }
            return table;
        }(),
    };
    switch (encoding) {
    case TextEncoding::Tcvn3:
        return tables[1];
    case TextEncoding::Vni:
        return tables[2];
    default:
        return tables[0];
    }
}

QString decodeSingleByte(const QByteArray &bytes, TextEncoding encoding)
{
    const ByteTable &table = byteTable(encoding);
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes)
        text += table[static_cast<unsigned char>(byte)];
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace

// The 1-based line of the first invalid UTF-8 sequence, 0 if none. Decodes
// about a megabyte of whole lines at a time (a sequence never spans a line
// end), line by line only in a block that has an error: a valid national
// file of 60 MB is checked without holding it twice.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    constexpr qsizetype blockSize = 1 << 20;
    qsizetype start = 0;
    int line = 1;
    while (start <= bytes.size()) {
        qsizetype end = start + blockSize < bytes.size() ? bytes.indexOf('\n', start + blockSize) : -1;
        if (end < 0)
            end = bytes.size();
        const QByteArrayView block = bytes.sliced(start, end - start);
        QStringDecoder blockDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString all = blockDecoder(block);
        Q_UNUSED(all)
        if (blockDecoder.hasError()) {
            qsizetype lineStart = 0;
            while (lineStart <= block.size()) {
                qsizetype lineEnd = block.indexOf('\n', lineStart);
                if (lineEnd < 0)
                    lineEnd = block.size();
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString decoded = decoder(block.sliced(lineStart, lineEnd - lineStart));
                Q_UNUSED(decoded)
                if (decoder.hasError())
                    return line;
                lineStart = lineEnd + 1;
                ++line;
            }
            return 0;
        }
        line += int(block.count('\n')) + 1;
        start = end + 1;
    }
    return 0;
}

namespace {

const QSet<QChar> &vietnameseLetterSet()
{
    static const QSet<QChar> set = [] {
        QSet<QChar> result;
        for (const QString &letter : vietnameseLetters())
            result.insert(letter.at(0));
        return result;
    }();
    return set;
}

// Characters a Vietnamese text may hold besides letters: the typographic
// punctuation of Windows-1258 and word processors, the degree sign, the đồng sign.
bool isNeutralCharacter(QChar ch)
{
    static const QSet<char16_t> neutral = { 0x00A0, 0x00B0, 0x2013, 0x2014, 0x2018, 0x2019,
                                            0x201C, 0x201D, 0x2022, 0x2026, 0x20AB };
    return neutral.contains(ch.unicode());
}

bool hasTone(QChar ch)
{
    const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
    for (const QChar part : decomposed) {
        if (isTone(part))
            return true;
    }
    return false;
}

struct Score
{
    int hard = 0; // characters no Vietnamese text holds
    int soft = 0; // implausible spellings
    int firstHardLine = 0;
};

Score scoreVietnamese(const QString &text)
{
    Score score;
    int line = 1;
    int tonesInWord = 0;
    QChar previous;
    for (const QChar ch : text) {
        if (ch == u'\n')
            ++line;
        if (ch.isLetter()) {
            if (hasTone(ch) && ++tonesInWord == 2)
                ++score.soft;
            if (ch.isUpper() && previous.isLetter() && previous.isLower())
                ++score.soft;
        } else {
            tonesInWord = 0;
        }
        if (ch.unicode() >= 0x80 && !vietnameseLetterSet().contains(ch)
            && !isNeutralCharacter(ch)) {
            ++score.hard;
            if (score.firstHardLine == 0)
                score.firstHardLine = line;
        }
        previous = ch;
    }
    return score;
}

DecodedText decodeUtf16(const QByteArray &bytes, QStringDecoder::Encoding encoding, bool bom)
{
    DecodedText result;
    result.encoding = TextEncoding::Utf16;
    result.hadByteOrderMark = bom;
    const QByteArray body = bom ? bytes.mid(2) : bytes;
    const bool littleEndian = encoding == QStringDecoder::Utf16LE;
    // Decoded line by line so that an invalid unit is reported with its line.
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i <= body.size(); i += 2) {
        const bool end = i + 1 >= body.size();
        const bool newline = !end && body.at(littleEndian ? i : i + 1) == '\n'
                && body.at(littleEndian ? i + 1 : i) == 0;
        if (!newline && !end)
            continue;
        const qsizetype lineEnd = end ? body.size() : i + 2;
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        result.text += decoder(QByteArrayView(body).sliced(lineStart, lineEnd - lineStart));
        if ((decoder.hasError() || (end && (lineEnd - lineStart) % 2 != 0))
            && result.invalidLine == 0)
            result.invalidLine = line;
        lineStart = lineEnd;
        ++line;
        if (end)
            break;
    }
    result.text = result.text.normalized(QString::NormalizationForm_C);
    return result;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16:
        return QStringLiteral("utf-16");
    case TextEncoding::Windows1258:
        return QStringLiteral("windows-1258");
    case TextEncoding::Tcvn3:
        return QStringLiteral("tcvn3");
    case TextEncoding::Vni:
        return QStringLiteral("vni");
    }
    return QString();
}

TextEncoding encodingFromName(const QString &name, bool *ok)
{
    const QString key = name.trimmed().toLower();
    static const QHash<QString, TextEncoding> names = {
        { QStringLiteral("auto"), TextEncoding::Auto },
        { QStringLiteral("utf-8"), TextEncoding::Utf8 },
        { QStringLiteral("utf8"), TextEncoding::Utf8 },
        { QStringLiteral("utf-16"), TextEncoding::Utf16 },
        { QStringLiteral("utf16"), TextEncoding::Utf16 },
        { QStringLiteral("windows-1258"), TextEncoding::Windows1258 },
        { QStringLiteral("cp1258"), TextEncoding::Windows1258 },
        { QStringLiteral("tcvn3"), TextEncoding::Tcvn3 },
        { QStringLiteral("abc"), TextEncoding::Tcvn3 },
        { QStringLiteral("vni"), TextEncoding::Vni },
        { QStringLiteral("vni-windows"), TextEncoding::Vni },
    };
    const auto found = names.constFind(key);
    if (ok)
        *ok = found != names.constEnd();
    return found != names.constEnd() ? found.value() : TextEncoding::Auto;
}

const QStringList &vietnameseLetters()
{
    static const QStringList letters = [] {
        // The twelve vowels, each without and with the five tones; then đ.
        const QString vowels = QStringLiteral("aăâeêioôơuưy");
        QStringList lower;
        for (const QChar vowel : vowels) {
            if (vowel.unicode() >= 0x80)
                lower << QString(vowel);
            for (char16_t tone : tones)
                lower << QString(QString(vowel) + QChar(tone))
                                 .normalized(QString::NormalizationForm_C);
        }
        lower << QStringLiteral("đ");
        QStringList all = lower;
        for (const QString &letter : lower)
            all << letter.toUpper();
        return all;
    }();
    return letters;
}

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool utf16LeBom = bytes.startsWith("\xFF\xFE");
    const bool utf16BeBom = bytes.startsWith("\xFE\xFF");

    if (encoding == TextEncoding::Auto) {
        if (utf8Bom) {
            encoding = TextEncoding::Utf8;
        } else if (utf16LeBom || utf16BeBom) {
            encoding = TextEncoding::Utf16;
        } else {
            const QByteArray head = bytes.left(4096);
            int evenZeros = 0;
            int oddZeros = 0;
            for (qsizetype i = 0; i < head.size(); ++i) {
                if (head.at(i) == 0)
                    ++(i % 2 ? oddZeros : evenZeros);
            }
            if (oddZeros + evenZeros > head.size() / 8)
                return decodeUtf16(bytes,
                                   oddZeros >= evenZeros ? QStringDecoder::Utf16LE
                                                         : QStringDecoder::Utf16BE,
                                   false);
            if (firstInvalidUtf8Line(bytes) == 0) {
                encoding = TextEncoding::Utf8;
            } else {
                DecodedText best;
                Score bestScore{ INT_MAX, INT_MAX, 0 };
                for (TextEncoding candidate :
                     { TextEncoding::Windows1258, TextEncoding::Vni, TextEncoding::Tcvn3 }) {
                    const QString text = decodeSingleByte(bytes, candidate);
                    const Score score = scoreVietnamese(text);
                    if (score.hard < bestScore.hard
                        || (score.hard == bestScore.hard && score.soft < bestScore.soft)) {
                        bestScore = score;
                        best.text = text;
                        best.encoding = candidate;
                    }
                }
                best.invalidLine = bestScore.firstHardLine;
                return best;
            }
        }
    }

    DecodedText result;
    result.encoding = encoding;
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        result.hadByteOrderMark = utf8Bom;
        // A view, not a copy: a national file is 60 MB.
        const QByteArrayView body = utf8Bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        result.invalidLine = firstInvalidUtf8Line(body);
        result.text = QString::fromUtf8(body);
        result.text = std::move(result.text).normalized(QString::NormalizationForm_C);
        return result;
    }
    case TextEncoding::Utf16:
        return decodeUtf16(bytes, utf16BeBom ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
                           utf16LeBom || utf16BeBom);
    case TextEncoding::Windows1258:
    case TextEncoding::Tcvn3:
    case TextEncoding::Vni:
        result.text = decodeSingleByte(bytes, encoding);
        return result;
    }
    return result;
}

QByteArray encodeText(const QString &text, TextEncoding encoding)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        return nfc.toUtf8();
    case TextEncoding::Utf16: {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return encoder(nfc);
    }
    case TextEncoding::Windows1258:
    case TextEncoding::Tcvn3:
    case TextEncoding::Vni:
        break;
    }

    // Reverse of the byte table: single characters, and for VNI the mark
    // sequences (kept apart by case, since VNI's capital marks differ).
    QHash<QString, char> single;
    QHash<QString, char> lowerMarks;
    QHash<QString, char> upperMarks;
    for (int b = 0; b < 0x80; ++b)
        single.insert(QString(QChar(b)), char(b));
    if (encoding == TextEncoding::Windows1258) {
        for (int b = 0x80; b < 256; ++b) {
            if (windows1258High[b - 0x80] != 0xFFFD)
                single.insert(QString(QChar(windows1258High[b - 0x80])), char(b));
        }
    } else if (encoding == TextEncoding::Tcvn3) {
        for (const ByteLetter &entry : tcvn3Letters)
            single.insert(QString(QChar(entry.letter)), char(entry.byte));
    } else {
        for (const ByteSequence &entry : vniBytes) {
            QString sequence(QChar(entry.first));
            if (entry.second)
                sequence += QChar(entry.second);
            if (QChar(entry.first).category() != QChar::Mark_NonSpacing)
                single.insert(sequence, char(entry.byte));
            else
                (isUpperVniMark(entry.byte) ? upperMarks : lowerMarks)
                        .insert(sequence, char(entry.byte));
        }
    }

    QByteArray out;
    for (const QChar ch : nfc) {
        const QString letter(ch);
        if (const auto found = single.constFind(letter); found != single.constEnd()) {
            out += found.value();
            continue;
        }
        // Split into the base letter, its vowel mark (circumflex, breve, horn) and its tone.
        const QString decomposed = letter.normalized(QString::NormalizationForm_D);
        QString base(decomposed.at(0));
        QString vowelMarks;
        QChar tone;
        for (qsizetype i = 1; i < decomposed.size(); ++i) {
            const QChar part = decomposed.at(i);
            if (isTone(part))
                tone = part;
            else
                vowelMarks += part;
        }
        const bool upper = base.at(0).isUpper();
        if (encoding == TextEncoding::Tcvn3) {
            const auto lower = single.constFind(letter.toLower());
            out += lower != single.constEnd() ? lower.value() : '?';
            continue;
        }
        if (encoding == TextEncoding::Windows1258) {
            const auto composed = single.constFind(
                    QString(base + vowelMarks).normalized(QString::NormalizationForm_C));
            const auto toneByte =
                    tone.isNull() ? single.constEnd() : single.constFind(QString(tone));
            if (composed == single.constEnd()
                || (!tone.isNull() && toneByte == single.constEnd())) {
                out += '?';
                continue;
            }
            out += composed.value();
            if (!tone.isNull())
                out += toneByte.value();
            continue;
        }
        // VNI: ơ and ư are whole letters followed by a tone byte; the other
        // vowels are the ASCII base followed by one mark byte.
        if (vowelMarks == QString(QChar(horn))) {
            const auto whole = single.constFind(
                    QString(base + vowelMarks).normalized(QString::NormalizationForm_C));
            if (whole == single.constEnd()) {
                out += '?';
                continue;
            }
            out += whole.value();
            vowelMarks.clear();
        } else if (base.at(0).unicode() < 0x80) {
            out += base.at(0).toLatin1();
        } else {
            out += '?';
            continue;
        }
        QString marks = vowelMarks;
        if (!tone.isNull())
            marks += tone;
        if (!marks.isEmpty()) {
            const QHash<QString, char> &markTable = upper ? upperMarks : lowerMarks;
            const auto found = markTable.constFind(marks);
            out += found != markTable.constEnd() ? found.value() : '?';
        }
    }
    return out;
}

} // namespace cds::import
