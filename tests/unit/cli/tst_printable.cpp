// What twofold-cli prints of vault text: control, bidirectional and line-breaking characters
// escaped, everything else as it is; and the UTF-8 and "can a keyboard type it" checks of
// what it reads.
#include "Printable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace twofold::cli;
using namespace Qt::StringLiterals;

class TestPrintable : public QObject
{
    Q_OBJECT
private slots:
    // One row per character class: the text as stored, and as printed on one line.
    void escapes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("printed");
        QTest::newRow("plain ASCII") << u"Mail (work)"_s << u"Mail (work)"_s;
        QTest::newRow("backslash kept") << u"C:\\Users\\e"_s << u"C:\\Users\\e"_s;
        QTest::newRow("accents, CJK, emoji kept")
            << u"Café 東京 😀 👩‍💻"_s << u"Café 東京 😀 👩‍💻"_s;
        QTest::newRow("ESC of a colour sequence") << u"\x1b[31mred"_s << u"\\e[31mred"_s;
        QTest::newRow("BEL") << u"ding\a"_s << u"ding\\a"_s;
        QTest::newRow("CR that rewrites the line") << u"bank\rfake"_s << u"bank\\rfake"_s;
        QTest::newRow("line feed") << u"two\nlines"_s << u"two\\nlines"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
        QTest::newRow("backspace, vertical tab, form feed") << u"\b\v\f"_s << u"\\b\\v\\f"_s;
        QTest::newRow("NUL") << QString(QChar(0)) + u"x"_s << u"\\x00x"_s;
        QTest::newRow("other C0 control") << u"\x01\x1f"_s << u"\\x01\\x1f"_s;
        QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
        QTest::newRow("C1 CSI U+009B") << u"\u009b31m"_s << u"\\u009b31m"_s;
        QTest::newRow("C1 first and last") << u"\u0080\u009f"_s << u"\\u0080\\u009f"_s;
        QTest::newRow("U+00A0 is not C1") << u"a\u00a0b"_s << u"a\u00a0b"_s;
        QTest::newRow("right-to-left override U+202E")
            << u"invoice\u202efdp.exe"_s << u"invoice\\u202efdp.exe"_s;
        QTest::newRow("bidi embeddings and isolates")
            << u"\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069"_s
            << u"\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069"_s;
        QTest::newRow("bidi marks") << u"\u200e\u200f\u061c"_s << u"\\u200e\\u200f\\u061c"_s;
        QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u"x"_s << u"\\ud83dx"_s;
        QTest::newRow("lone low surrogate at the end") << u"x"_s + QChar(0xde00) << u"x\\ude00"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void escapes()
    {
        QFETCH(QString, stored);
        QFETCH(QString, printed);
        QCOMPARE(printable(stored), printed);
        // The byte form (secrets, arguments) says the same of the same text, when it is UTF-8.
        if (!printed.contains(u"\\ud"_s))
            QCOMPARE(QString::fromUtf8(printableBytes(stored.toUtf8())), printed);
    }

    void nothingLeftThatDrivesATerminal()
    {
        for (char32_t c = 0; c < 0x3000; ++c) {
            const QString once = printable(QString::fromUcs4(&c, 1));
            for (QChar q : once)
                QVERIFY2(q.unicode() >= 0x20 && q.unicode() != 0x7f &&
                             !(q.unicode() >= 0x80 && q.unicode() < 0xa0),
                         qPrintable(QStringLiteral("U+%1").arg(uint(c), 4, 16)));
            QCOMPARE(printable(once), once); // escaping twice changes nothing
        }
    }

    void layoutKeptLeavesLineFeedsAndTabs()
    {
        QCOMPARE(printable(u"Notes: a\n  b\tc\r\x1b"_s, Layout::Kept), u"Notes: a\n  b\tc\\r\\e"_s);
        QCOMPARE(printableBytes("a\nb\tc\r", Layout::Kept), QByteArray("a\nb\tc\\r"));
    }

    // Bytes that are not UTF-8 (a stored secret could hold them): each byte escaped.
    void invalidBytesEscaped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("printed");
        QTest::newRow("stray continuation byte") << QByteArray("a\x80z") << QByteArray("a\\x80z");
        QTest::newRow("0xff") << QByteArray("\xff") << QByteArray("\\xff");
        QTest::newRow("cut short at the end") << QByteArray("ok\xe2\x82") << QByteArray("ok\\xe2\\x82");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\\xc0\\xaf");
        QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xed\\xa0\\x80");
        QTest::newRow("C1 in UTF-8") << QByteArray("\xc2\x9b") << QByteArray("\\u009b");
        QTest::newRow("four-byte emoji kept")
            << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\xf0\x9f\x98\x80");
    }
    void invalidBytesEscaped()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, printed);
        QCOMPARE(printableBytes(bytes), printed);
    }

    void secretsGoOutInPieces()
    {
        // Runs of plain bytes are handed over as they are: no whole copy of the secret is made.
        QList<QByteArray> pieces;
        writePrintable("ab\x1b"
                       "cd",
                       [&pieces](QByteArrayView p) { pieces << p.toByteArray(); });
        QCOMPARE(pieces, (QList<QByteArray>{"ab", "\\e", "cd"}));
    }

    void firstInvalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("at"); // -1: valid
        QTest::newRow("ASCII") << QByteArray("hello") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("all lengths") << QByteArray("\x7f\xc2\x80\xe2\x82\xac\xf4\x8f\xbf\xbf") << -1;
        QTest::newRow("Latin-1 e acute") << QByteArray("caf\xe9") << 3;
        QTest::newRow("stray continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("overlong NUL") << QByteArray("x\xc0\x80") << 1;
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << 0;
        QTest::newRow("surrogate D800") << QByteArray("ab\xed\xa0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("F5 lead") << QByteArray("\xf5\x80\x80\x80") << 0;
        QTest::newRow("cut short") << QByteArray("ok\xe2\x82") << 2;
        QTest::newRow("lead then ASCII") << QByteArray("\xc3(") << 0;
    }
    void firstInvalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, at);
        const std::optional<qsizetype> found = firstInvalidUtf8(bytes);
        QCOMPARE(found ? int(*found) : -1, at);
    }

    void untypable_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<uint>("first"); // 0xffffffff: none
        const uint none = 0xffffffffu;
        QTest::newRow("ordinary") << QByteArray("correct horse battery staple") << none;
        QTest::newRow("accents and symbols") << QByteArray("Zürich€ß!~") << none;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x94\x91 key") << none;
        QTest::newRow("ESC") << QByteArray("pass\x1bword") << 0x1bu;
        QTest::newRow("NUL") << QByteArray("pass\0word", 9) << 0u;
        QTest::newRow("tab") << QByteArray("pass\tword") << 0x09u;
        QTest::newRow("CR") << QByteArray("pass\rword") << 0x0du;
        QTest::newRow("DEL") << QByteArray("pass\x7f") << 0x7fu;
        QTest::newRow("C1 U+0085") << QByteArray("pass\xc2\x85") << 0x85u;
        QTest::newRow("noncharacter U+FFFE") << QByteArray("pass\xef\xbf\xbe") << 0xfffeu;
        QTest::newRow("noncharacter U+FDD0") << QByteArray("pass\xef\xb7\x90") << 0xfdd0u;
        QTest::newRow("noncharacter U+10FFFF") << QByteArray("pass\xf4\x8f\xbf\xbf") << 0x10ffffu;
        QTest::newRow("U+FFFD is typable") << QByteArray("pass\xef\xbf\xbd") << none;
    }
    void untypable()
    {
        QFETCH(QByteArray, password);
        QFETCH(uint, first);
        const std::optional<char32_t> found = firstUntypable(password);
        QCOMPARE(found ? uint(*found) : 0xffffffffu, first);
    }

    // Random bytes, mostly outside ASCII, against Qt's own validator (an independent one): the
    // two agree on what is UTF-8, and what is printed of any of them is UTF-8 with no control
    // byte left.
    void agreesWithQtOnRandomBytes()
    {
        QRandomGenerator random(15); // fixed seed: the same inputs every run
        const unsigned char interesting[] = {0x00, 0x1b, 0x7f, 0x80, 0x9b, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
                                             0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 'a',  '\n'};
        for (int run = 0; run < 20000; ++run) {
            QByteArray bytes;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                bytes += char(random.bounded(2) ? interesting[random.bounded(int(sizeof interesting))]
                                                : random.bounded(256));
            QCOMPARE(firstInvalidUtf8(bytes).has_value(), !QByteArrayView(bytes).isValidUtf8());
            const QByteArray printed = printableBytes(bytes);
            QVERIFY2(QByteArrayView(printed).isValidUtf8(), bytes.toHex().constData());
            for (const char c : printed)
                QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, bytes.toHex().constData());
        }
    }

    void codePointNames()
    {
        QCOMPARE(codePointName(0x1b), u"U+001B"_s);
        QCOMPARE(codePointName(0xfffe), u"U+FFFE"_s);
        QCOMPARE(codePointName(0x10ffff), u"U+10FFFF"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
