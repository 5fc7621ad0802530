// HOTP (RFC 4226): the Appendix D known answers, row by row, and the truncation on its own.
#include "otp/Hotp.h"

#include <QTest>

using namespace twofold;
using namespace twofold::otp;

namespace {
// RFC 4226 Appendix D: the secret is the ASCII string "12345678901234567890".
const QByteArray kRfc4226Secret("12345678901234567890");
} // namespace

class TestHotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4226, Appendix D "HOTP Algorithm: Test Values" (page 32): for each count, the
    // HMAC-SHA-1, the truncated value in decimal and the 6-digit HOTP value.
    void rfc4226_data()
    {
        QTest::addColumn<quint64>("count");
        QTest::addColumn<QByteArray>("hmacHex");
        QTest::addColumn<quint32>("truncated");
        QTest::addColumn<QString>("code");
        QTest::newRow("RFC 4226 D, count 0")
            << quint64(0) << QByteArray("cc93cf18508d94934c64b65d8ba7667fb7cde4b0") << quint32(1284755224)
            << QStringLiteral("755224");
        QTest::newRow("RFC 4226 D, count 1")
            << quint64(1) << QByteArray("75a48a19d4cbe100644e8ac1397eea747a2d33ab") << quint32(1094287082)
            << QStringLiteral("287082");
        QTest::newRow("RFC 4226 D, count 2")
            << quint64(2) << QByteArray("0bacb7fa082fef30782211938bc1c5e70416ff44") << quint32(137359152)
            << QStringLiteral("359152");
        QTest::newRow("RFC 4226 D, count 3")
            << quint64(3) << QByteArray("66c28227d03a2d5529262ff016a1e6ef76557ece") << quint32(1726969429)
            << QStringLiteral("969429");
        QTest::newRow("RFC 4226 D, count 4")
            << quint64(4) << QByteArray("a904c900a64b35909874b33e61c5938a8e15ed1c") << quint32(1640338314)
            << QStringLiteral("338314");
        QTest::newRow("RFC 4226 D, count 5")
            << quint64(5) << QByteArray("a37e783d7b7233c083d4f62926c7a25f238d0316") << quint32(868254676)
            << QStringLiteral("254676");
        QTest::newRow("RFC 4226 D, count 6")
            << quint64(6) << QByteArray("bc9cd28561042c83f219324d3c607256c03272ae") << quint32(1918287922)
            << QStringLiteral("287922");
        QTest::newRow("RFC 4226 D, count 7")
            << quint64(7) << QByteArray("a4fb960c0bc06e1eabb804e5b397cdc4b45596fa") << quint32(82162583)
            << QStringLiteral("162583");
        QTest::newRow("RFC 4226 D, count 8")
            << quint64(8) << QByteArray("1b3c89f65e6c9e883012052823443f048b4332db") << quint32(673399871)
            << QStringLiteral("399871");
        QTest::newRow("RFC 4226 D, count 9")
            << quint64(9) << QByteArray("1637409809a679dc698207310c8c7fc07290d9e5") << quint32(645520489)
            << QStringLiteral("520489");
    }
    void rfc4226()
    {
        QFETCH(quint64, count);
        QFETCH(QByteArray, hmacHex);
        QFETCH(quint32, truncated);
        const SecureBuffer secret = SecureBuffer::fromBytes(kRfc4226Secret);
        QTEST(hotp(secret, count), "code");
        QCOMPARE(dynamicTruncate(QByteArray::fromHex(hmacHex)), truncated);
    }

    // RFC 4226 §5.4: the worked example, offset 0xa, DBC 0x50ef7f19 = 1357872921 -> 872921.
    void rfc4226WorkedExample()
    {
        const QByteArray hmac = QByteArray::fromHex("1f8698690e02ca16618550ef7f19da8e945b555a");
        QCOMPARE(dynamicTruncate(hmac), quint32(0x50ef7f19));
        QCOMPARE(dynamicTruncate(hmac) % 1000000, quint32(872921));
    }

    // More digits keep more of the truncated number, zero-padded (count 7: 82162583).
    void digits_data()
    {
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("code");
        QTest::newRow("6 digits") << 6 << QStringLiteral("162583");
        QTest::newRow("7 digits") << 7 << QStringLiteral("2162583");
        QTest::newRow("8 digits") << 8 << QStringLiteral("82162583");
        QTest::newRow("10 digits: zero-padded") << 10 << QStringLiteral("0082162583");
    }
    void digits()
    {
        QFETCH(int, digits);
        QTEST(hotp(SecureBuffer::fromBytes(kRfc4226Secret), 7, Algorithm::Sha1, digits), "code");
    }

    // Any secret length works (§9 of DESIGN: secrets of any non-zero length are accepted),
    // including keys longer than the hash's block, which HMAC hashes first.
    void anySecretLength()
    {
        for (int length : {1, 10, 20, 64, 65, 200}) {
            const SecureBuffer secret = SecureBuffer::fromBytes(QByteArray(length, 'k'));
            for (Algorithm a : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
                const QString code = hotp(secret, 42, a, 8);
                QCOMPARE(code.size(), 8);
                QCOMPARE(hotp(secret, 42, a, 8), code);
            }
        }
    }

    void shortHmacTruncatesToZero() { QCOMPARE(dynamicTruncate(QByteArray(19, '\xff')), quint32(0)); }
};

QTEST_GUILESS_MAIN(TestHotp)
#include "tst_hotp.moc"
