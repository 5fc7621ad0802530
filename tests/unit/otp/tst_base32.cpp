// Base32 (RFC 4648): the RFC's vectors, forgiving reading of what people type, and the
// sentence for what cannot be read.
#include "otp/Base32.h"

#include <QTest>

using namespace twofold;
using namespace twofold::otp;
using namespace Qt::StringLiterals;

class TestBase32 : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4648 §10 "Test Vectors", BASE32 (page 13).
    void rfc4648_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("RFC 4648 §10: empty") << QByteArray() << QString();
        QTest::newRow("RFC 4648 §10: f") << QByteArray("f") << u"MY======"_s;
        QTest::newRow("RFC 4648 §10: fo") << QByteArray("fo") << u"MZXQ===="_s;
        QTest::newRow("RFC 4648 §10: foo") << QByteArray("foo") << u"MZXW6==="_s;
        QTest::newRow("RFC 4648 §10: foob") << QByteArray("foob") << u"MZXW6YQ="_s;
        QTest::newRow("RFC 4648 §10: fooba") << QByteArray("fooba") << u"MZXW6YTB"_s;
        QTest::newRow("RFC 4648 §10: foobar") << QByteArray("foobar") << u"MZXW6YTBOI======"_s;
    }
    void rfc4648()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(base32Encode(bytes), text);
        Result<SecureBuffer> decoded = base32Decode(text);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->equals(bytes));
    }

    void unpaddedForUris()
    {
        QCOMPARE(base32Encode("foobar", Base32Padding::NoPad), u"MZXW6YTBOI"_s);
        QCOMPARE(base32Encode("fooba", Base32Padding::NoPad), u"MZXW6YTB"_s);
    }

    // What people paste or type: any case, spaces, dashes, padding present, partial or absent.
    void forgiving_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("lower case") << u"mzxw6ytboi======"_s;
        QTest::newRow("no padding") << u"MZXW6YTBOI"_s;
        QTest::newRow("partial padding") << u"MZXW6YTBOI==="_s;
        QTest::newRow("groups of four") << u"MZXW 6YTB OI"_s;
        QTest::newRow("groups with dashes") << u"mzxw-6ytb-oi"_s;
        QTest::newRow("tabs, new lines, no-break spaces") << u"\tMZXW\u00a06YTB\nOI \r\n"_s;
        QTest::newRow("en dashes from formatted text") << u"MZXW\u20136YTB\u2013OI"_s;
        QTest::newRow("mixed case and spaces in padding") << u"MzXw6yTbOi == ==  =="_s;
    }
    void forgiving()
    {
        QFETCH(QString, typed);
        Result<SecureBuffer> decoded = base32Decode(typed);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QVERIFY(decoded->equals(QByteArrayView("foobar")));
    }

    // Leftover bits after the last whole byte are dropped, as authenticator apps do: keys of
    // any length in characters are read.
    void leftoverBitsDropped()
    {
        Result<SecureBuffer> decoded = base32Decode(u"MZXW6YTBO"); // 45 bits: 5 bytes + 5 bits
        QVERIFY(decoded.ok());
        QVERIFY(decoded->equals(QByteArrayView("fooba")));
        Result<SecureBuffer> one = base32Decode(u"M");
        QVERIFY(one.ok());
        QVERIFY(one->isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sentence");
        const QString rule = u"but setup keys use only the letters A to Z and the digits 2 to 7."_s;
        QTest::newRow("digit 1") << u"MZXW1YTB"_s
                                 << u"The setup key has “1” at character 5, "_s + rule +
                                        u" The 1 is probably the letter I or L."_s;
        QTest::newRow("digit 0") << u"0ZXW"_s
                                 << u"The setup key has “0” at character 1, "_s + rule +
                                        u" The 0 is probably the letter O."_s;
        QTest::newRow("digit 8") << u"mzx8"_s
                                 << u"The setup key has “8” at character 4, "_s + rule +
                                        u" The 8 is probably the letter B."_s;
        QTest::newRow("digit 9") << u"mzx9"_s << u"The setup key has “9” at character 4, "_s + rule;
        QTest::newRow("punctuation, counted with the spaces")
            << u"MZXW 6YT!"_s << u"The setup key has “!” at character 9, "_s + rule;
        QTest::newRow("accented letter") << u"MZXÉ"_s << u"The setup key has “É” at character 4, "_s + rule;
        QTest::newRow("control character")
            << u"MZ\u0001X"_s << u"The setup key has U+0001 at character 3, "_s + rule;
        QTest::newRow("first bad character named")
            << u"MZ!?"_s << u"The setup key has “!” at character 3, "_s + rule;
        QTest::newRow("padding in the middle")
            << u"MZ==XW"_s
            << u"The setup key has “=” at character 3, before its end; “=” may "
               u"only come at the end of a key."_s;
    }
    void refusals()
    {
        QFETCH(QString, typed);
        Result<SecureBuffer> decoded = base32Decode(typed);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
        QTEST(decoded.error().message, "sentence");
    }

    void groupedSetupKeyReadsBack()
    {
        const SecureBuffer secret = SecureBuffer::fromBytes(QByteArrayView("Hello!\xde\xad\xbe\xef"));
        QCOMPARE(groupedSetupKey(secret), u"JBSW Y3DP EHPK 3PXP"_s);
        QCOMPARE(groupedSetupKey(SecureBuffer::fromBytes(QByteArrayView("foobar"))), u"MZXW 6YTB OI"_s);
        Result<SecureBuffer> back = base32Decode(groupedSetupKey(secret));
        QVERIFY(back.ok());
        QVERIFY(back->equals(secret));
    }

    void roundTripEveryLength()
    {
        for (int length = 0; length <= 64; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i)
                bytes[i] = char(i * 37 + length * 11);
            for (Base32Padding padding : {Base32Padding::Pad, Base32Padding::NoPad}) {
                const QString text = base32Encode(bytes, padding);
                if (padding == Base32Padding::Pad)
                    QCOMPARE(text.size() % 8, 0);
                Result<SecureBuffer> back = base32Decode(text);
                QVERIFY(back.ok());
                QVERIFY2(back->equals(bytes), qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
