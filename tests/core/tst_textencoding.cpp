#include "import/CsvReader.h"
#include "import/TextEncoding.h"

#include <QStringDecoder>
#include <QTest>

using namespace cds::import;

// The legacy Vietnamese encodings, byte by byte, and RFC 4180 splitting.
class TextEncodingTest : public QObject
{
    Q_OBJECT

private slots:
    void hasAll134Letters();
    void roundTripsEveryLetter_data();
    void roundTripsEveryLetter();
    void tcvn3ToneCapitalsReadAsLowerCase();
    void windows1258MatchesIcu();
    void decodesKnownLegacyText_data();
    void decodesKnownLegacyText();
    void detectsByteOrderMarks();
    void storesNfc();
    void splitsRfc4180();
    void detectsSeparator();
};

void TextEncodingTest::hasAll134Letters()
{
    const QStringList &letters = vietnameseLetters();
    QCOMPARE(letters.size(), 134);
    QCOMPARE(QSet<QString>(letters.begin(), letters.end()).size(), 134);
    for (const QString &letter : letters) {
        QCOMPARE(letter.size(), 1);
        QCOMPARE(letter, letter.normalized(QString::NormalizationForm_C));
    }
    QVERIFY(letters.contains(QStringLiteral("ặ")));
    QVERIFY(letters.contains(QStringLiteral("Ỵ")));
    QVERIFY(letters.contains(QStringLiteral("Đ")));
}

void TextEncodingTest::roundTripsEveryLetter_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("windows-1258") << TextEncoding::Windows1258;
    QTest::newRow("vni") << TextEncoding::Vni;
    QTest::newRow("tcvn3") << TextEncoding::Tcvn3;
    QTest::newRow("utf-16") << TextEncoding::Utf16;
}

void TextEncodingTest::roundTripsEveryLetter()
{
    QFETCH(TextEncoding, encoding);
    // TCVN3 (ABC) has codes for the 67 lower-case letters and only seven
    // capitals (Ă Â Ê Ô Ơ Ư Đ); the other encodings hold all 134.
    static const QString tcvn3Capitals = QStringLiteral("ĂÂÊÔƠƯĐ");
    for (const QString &letter : vietnameseLetters()) {
        if (encoding == TextEncoding::Tcvn3 && letter.at(0).isUpper()
            && !tcvn3Capitals.contains(letter))
            continue;
        const QByteArray bytes = encodeText(letter, encoding);
        QVERIFY2(!bytes.contains('?'), qPrintable(letter));
        const DecodedText decoded = decodeText(bytes, encoding);
        QCOMPARE(decoded.text, letter);
        QCOMPARE(decoded.invalidLine, 0);
    }
    // The whole alphabet in one text, with an NFD copy: both decode to NFC.
    QString all = vietnameseLetters().join(u' ');
    if (encoding == TextEncoding::Tcvn3)
        all = vietnameseLetters().mid(0, 67).join(u' ') + u' ' + tcvn3Capitals;
    QCOMPARE(decodeText(encodeText(all, encoding), encoding).text, all);
    QCOMPARE(
            decodeText(encodeText(all.normalized(QString::NormalizationForm_D), encoding), encoding)
                    .text,
            all);
}

void TextEncodingTest::tcvn3ToneCapitalsReadAsLowerCase()
{
    QCOMPARE(decodeText(encodeText(QStringLiteral("Ấn"), TextEncoding::Tcvn3), TextEncoding::Tcvn3)
                     .text,
             QStringLiteral("ấn"));
}

void TextEncodingTest::windows1258MatchesIcu()
{
    QStringDecoder icu("windows-1258");
    if (!icu.isValid())
        QSKIP("This Qt has no ICU decoder for windows-1258");
    for (int byte = 0x80; byte < 0x100; ++byte) {
        const QByteArray one(1, char(byte));
        QStringDecoder reference("windows-1258");
        const QString expected = reference(one);
        const QString ours = decodeText(QByteArray("a") + one, TextEncoding::Windows1258)
                                     .text.normalized(QString::NormalizationForm_D)
                                     .mid(1);
        if (expected == QString(QChar(0xFFFD)) || ours == QString(QChar(0xFFFD)))
            continue; // unassigned bytes
        QCOMPARE(ours, expected.normalized(QString::NormalizationForm_D));
    }
}

void TextEncodingTest::decodesKnownLegacyText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");
    // As old .VnTime / VNI-Times documents show them in a Latin-1 font.
    QTest::newRow("tcvn3") << QByteArray(
            "Qu\xB6ng Ng\xB7i, Huy\xD6n S\xACn T\xDEnh, Ch\xAD\xACng tr\xD7nh")
                           << int(TextEncoding::Tcvn3)
                           << QStringLiteral("Quảng Ngãi, Huyện Sơn Tịnh, Chương trình");
    QTest::newRow("tcvn3-motto") << QByteArray(
            "\xA7\xE9\x63 l\xCBp - T\xF9 do - H\xB9nh ph\xF3\x63")
                                 << int(TextEncoding::Tcvn3)
                                 << QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    QTest::newRow("vni") << QByteArray(
            "Qua\xFBng Nga\xF5i, Co\xE4ng ho\xF8\x61, ng\xF6\xF4\xF8i, th\xF2 tra\xE1n")
                         << int(TextEncoding::Vni)
                         << QStringLiteral("Quảng Ngãi, Cộng hòa, người, thị trấn");
    QTest::newRow("vni-capitals") << QByteArray("VIE\xC4T NAM \xD1O\xC4\x43 LA\xC4P")
                                  << int(TextEncoding::Vni) << QStringLiteral("VIỆT NAM ĐỘC LẬP");
    QTest::newRow("windows-1258") << QByteArray("Qua\xD2ng Nga\xDEi, Vi\xEA\xF2t")
                                  << int(TextEncoding::Windows1258)
                                  << QStringLiteral("Quảng Ngãi, Việt");
}

void TextEncodingTest::decodesKnownLegacyText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    QCOMPARE(decodeText(bytes, TextEncoding(encoding)).text, text);
    const DecodedText detected = decodeText(bytes);
    QCOMPARE(int(detected.encoding), encoding);
    QCOMPARE(detected.text, text);
}

void TextEncodingTest::detectsByteOrderMarks()
{
    const QString text = QStringLiteral("Tên thôn\nThôn Đông");
    DecodedText decoded = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    QCOMPARE(decoded.encoding, TextEncoding::Utf8);
    QVERIFY(decoded.hadByteOrderMark);
    QCOMPARE(decoded.text, text);
    decoded = decodeText(encodeText(text, TextEncoding::Utf16));
    QCOMPARE(decoded.encoding, TextEncoding::Utf16);
    QVERIFY(decoded.hadByteOrderMark);
    QCOMPARE(decoded.text, text);
    QStringEncoder bigEndian(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QCOMPARE(decodeText(bigEndian(text)).text, text);
    QStringEncoder noMark(QStringEncoder::Utf16LE);
    QCOMPARE(decodeText(noMark(text)).text, text);
    // A UTF-8 mark over legacy bytes: line 2 is reported, not re-guessed.
    decoded = decodeText(QByteArray("\xEF\xBB\xBF") + "a\n"
                         + encodeText(QStringLiteral("Thôn"), TextEncoding::Tcvn3));
    QCOMPARE(decoded.invalidLine, 2);
}

void TextEncodingTest::storesNfc()
{
    const QString nfd = QStringLiteral("Quảng Ngãi").normalized(QString::NormalizationForm_D);
    QCOMPARE(decodeText(nfd.toUtf8()).text, QStringLiteral("Quảng Ngãi"));
}

void TextEncodingTest::splitsRfc4180()
{
    const CsvTable table =
            parseCsv(QStringLiteral("a;b\r\n\"x;\"\"y\"\"\r\nz\";2\r\n\r\n3;\"\"\n"));
    QCOMPARE(table.separator, QChar(u';'));
    QCOMPARE(table.badQuoteLine, 0);
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records[1].line, 2);
    QCOMPARE(table.records[1].fields,
             QStringList({ QStringLiteral("x;\"y\"\r\nz"), QStringLiteral("2") }));
    QCOMPARE(table.records[2].line, 5);
    QCOMPARE(table.records[2].fields, QStringList({ QStringLiteral("3"), QString() }));
    QCOMPARE(parseCsv(QStringLiteral("a,b\n\"open,1\n")).badQuoteLine, 2);
}

void TextEncodingTest::detectsSeparator()
{
    QCOMPARE(detectSeparator(QStringLiteral("a;b;c\n1,2;3")), QChar(u';'));
    QCOMPARE(detectSeparator(QStringLiteral("a\tb\n")), QChar(u'\t'));
    QCOMPARE(detectSeparator(QStringLiteral("\"a;b\",c")), QChar(u','));
    QCOMPARE(detectSeparator(QStringLiteral("abc")), QChar(u','));
}

QTEST_GUILESS_MAIN(TextEncodingTest)
#include "tst_textencoding.moc"
