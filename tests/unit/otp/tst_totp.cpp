// TOTP (RFC 6238) known answers for all three hashes, the time arithmetic, verification
// within the ±1-step window and the wider search that tells a person their clock is off.
#include "otp/Totp.h"

#include <QTest>

using namespace twofold;
using namespace twofold::otp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(twofold::otp::Algorithm)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace QTest {
template <> inline char* toString(const std::optional<qint64>& step)
{
    return step ? QTest::toString(*step) : qstrdup("nullopt");
}
} // namespace QTest

namespace {
// RFC 6238 Appendix A/B: each hash has its own seed, the ASCII digits repeated to its size.
SecureBuffer rfc6238Seed(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return SecureBuffer::fromBytes(QByteArrayView("12345678901234567890"));
    case Algorithm::Sha256:
        return SecureBuffer::fromBytes(QByteArrayView("12345678901234567890123456789012"));
    case Algorithm::Sha512:
        return SecureBuffer::fromBytes(
            QByteArrayView("1234567890123456789012345678901234567890123456789012345678901234"));
    }
    return {};
}

OtpParams totp(Algorithm algorithm = Algorithm::Sha1, int digits = 6, int period = 30)
{
    OtpParams p;
    p.secret = rfc6238Seed(algorithm);
    p.algorithm = algorithm;
    p.digits = digits;
    p.period = period;
    return p;
}

// A fixed "now" in the middle of a 30-second step (step 56,666,666 starts at 1,699,999,980).
constexpr qint64 kNow = 1'700'000'000;
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 6238 Appendix B "Test Vectors" (page 15): T0 = 0, X = 30, 8 digits.
    void rfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QString>("code");
        const struct
        {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } vectors[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto& v : vectors) {
            QTest::addRow("RFC 6238 B, %lld s, SHA1", v.time)
                << v.time << Algorithm::Sha1 << QString::fromLatin1(v.sha1);
            QTest::addRow("RFC 6238 B, %lld s, SHA256", v.time)
                << v.time << Algorithm::Sha256 << QString::fromLatin1(v.sha256);
            QTest::addRow("RFC 6238 B, %lld s, SHA512", v.time)
                << v.time << Algorithm::Sha512 << QString::fromLatin1(v.sha512);
        }
    }
    void rfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(Algorithm, algorithm);
        QTEST(generate(totp(algorithm, 8), time), "code");
    }

    void timeArithmetic_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("period");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<int>("remaining");
        QTest::newRow("epoch") << qint64(0) << 30 << qint64(0) << 30;
        QTest::newRow("last second of step 0") << qint64(29) << 30 << qint64(0) << 1;
        QTest::newRow("first second of step 1") << qint64(30) << 30 << qint64(1) << 30;
        QTest::newRow("RFC 6238 B: 59 s is step 1") << qint64(59) << 30 << qint64(1) << 1;
        QTest::newRow("RFC 6238 B: 1111111109 s") << qint64(1111111109) << 30 << qint64(0x23523EC) << 1;
        QTest::newRow("RFC 6238 B: 20000000000 s") << qint64(20000000000) << 30 << qint64(0x27BC86AA) << 10;
        QTest::newRow("60-second period") << qint64(125) << 60 << qint64(2) << 55;
        QTest::newRow("before the epoch: floor") << qint64(-1) << 30 << qint64(-1) << 1;
        QTest::newRow("period 0 counts as 30") << qint64(45) << 0 << qint64(1) << 15;
    }
    void timeArithmetic()
    {
        QFETCH(qint64, time);
        QFETCH(int, period);
        QFETCH(qint64, step);
        QCOMPARE(timeStep(time, period), step);
        OtpParams p = totp();
        p.period = period;
        QTEST(secondsRemaining(p, time), "remaining");
    }

    void codeChangesExactlyAtTheStepBoundary()
    {
        const OtpParams p = totp();
        // RFC 4226 D counts 1 and 2: the 6-digit codes of steps 1 and 2.
        QCOMPARE(generate(p, 30), QStringLiteral("287082"));
        QCOMPARE(generate(p, 59), QStringLiteral("287082"));
        QCOMPARE(generate(p, 60), QStringLiteral("359152"));
    }

    void hotpIgnoresTime()
    {
        OtpParams p = totp();
        p.type = Type::Hotp;
        p.counter = 3;
        QCOMPARE(generate(p, 0), QStringLiteral("969429")); // RFC 4226 D, count 3
        QCOMPARE(generate(p, kNow), QStringLiteral("969429"));
        QCOMPARE(secondsRemaining(p, kNow), 0);
    }

    // The window is the current step ±1; the step that matched is reported, so the sign-in
    // code can refuse a step at or before the last one it accepted.
    void matchStepWindow_data()
    {
        QTest::addColumn<int>("stepsAway");
        QTest::addColumn<std::optional<qint64>>("matched");
        const qint64 now = timeStep(kNow, 30);
        QTest::newRow("current step") << 0 << std::optional<qint64>(now);
        QTest::newRow("previous step") << -1 << std::optional<qint64>(now - 1);
        QTest::newRow("next step") << 1 << std::optional<qint64>(now + 1);
        QTest::newRow("two steps back: refused") << -2 << std::optional<qint64>();
        QTest::newRow("two steps ahead: refused") << 2 << std::optional<qint64>();
    }
    void matchStepWindow()
    {
        QFETCH(int, stepsAway);
        const OtpParams p = totp();
        const QString code = generate(p, kNow + qint64(stepsAway) * 30);
        QTEST(matchStep(p, code, kNow), "matched");
    }

    void matchStepInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        const QString code = generate(totp(), kNow);
        QTest::newRow("as shown") << code << true;
        QTest::newRow("grouped with a space") << code.left(3) + u' ' + code.mid(3) << true;
        QTest::newRow("surrounding spaces") << u"  "_s + code + u"\n"_s << true;
        QTest::newRow("one digit short") << code.left(5) << false;
        QTest::newRow("one digit more") << code + u'0' << false;
        QTest::newRow("a letter") << code.left(5) + u'x' << false;
        QTest::newRow("empty") << QString() << false;
    }
    void matchStepInput()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QCOMPARE(matchStep(totp(), typed, kNow).has_value(), accepted);
    }

    void matchStepHotpLooksAhead()
    {
        OtpParams p = totp();
        p.type = Type::Hotp;
        p.counter = 4;
        QCOMPARE(matchStep(p, u"338314", 0), std::optional<qint64>(4)); // count 4
        QCOMPARE(matchStep(p, u"254676", 0), std::optional<qint64>(5)); // count 5: one ahead
        QCOMPARE(matchStep(p, u"287922", 0), std::optional<qint64>());  // count 6: too far
        QCOMPARE(matchStep(p, u"969429", 0), std::optional<qint64>());  // count 3: used
        QCOMPARE(matchStep(p, u"287922", 0, 2), std::optional<qint64>(6));
    }

    // A code from a clock up to ten minutes away is found, with how far away that clock is.
    void clockSkew_data()
    {
        QTest::addColumn<qint64>("phoneOffset");
        QTest::addColumn<std::optional<qint64>>("skew");
        QTest::newRow("in step") << qint64(0) << std::optional<qint64>(0);
        QTest::newRow("phone 90 s ahead") << qint64(90) << std::optional<qint64>(90);
        QTest::newRow("phone 5 min behind") << qint64(-300) << std::optional<qint64>(-300);
        QTest::newRow("phone 10 min ahead: the edge") << qint64(600) << std::optional<qint64>(600);
        QTest::newRow("phone 10 min behind: the edge") << qint64(-600) << std::optional<qint64>(-600);
        QTest::newRow("phone 10.5 min ahead: too far") << qint64(630) << std::optional<qint64>();
        QTest::newRow("phone an hour behind") << qint64(-3600) << std::optional<qint64>();
    }
    void clockSkew()
    {
        QFETCH(qint64, phoneOffset);
        const OtpParams p = totp();
        QTEST(findClockSkew(p, generate(p, kNow + phoneOffset), kNow), "skew");
    }

    void clockSkewIsNotForHotp()
    {
        OtpParams p = totp();
        p.type = Type::Hotp;
        QCOMPARE(findClockSkew(p, generate(p, kNow), kNow), std::optional<qint64>());
    }

    void clockSkewSentence_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("slow")
            << qint64(180)
            << u"That code is for another time: your computer's clock seems 3 minutes slow. Set the "
               u"clock right, then enter a new code."_s;
        QTest::newRow("fast, a minute")
            << qint64(-60)
            << u"That code is for another time: your computer's clock seems a minute "
               u"fast. Set the clock right, then enter a new code."_s;
        QTest::newRow("under a minute rounds up to one")
            << qint64(-30)
            << u"That code is for another time: your computer's clock "
               u"seems a minute fast. Set the clock right, then enter a "
               u"new code."_s;
    }
    void clockSkewSentence()
    {
        QFETCH(qint64, skew);
        QTEST(describeClockSkew(skew), "sentence");
    }

    void newSecretsAre160RandomBits()
    {
        SeededRandom a(1), b(1), c(2);
        const SecureBuffer first = newSecret(a);
        QCOMPARE(first.size(), std::size_t(20));
        QVERIFY(first.equals(newSecret(b))); // the injected Random decides
        QVERIFY(!first.equals(newSecret(c)));
        QVERIFY(!newSecret().equals(newSecret())); // the system's

        SeededRandom d(1);
        const OtpParams p = newTotpParams(u"Twofold"_s, u"ann@example.com"_s, d);
        QVERIFY(p.secret.equals(first));
        QCOMPARE(p.type, Type::Totp);
        QCOMPARE(p.algorithm, Algorithm::Sha1);
        QCOMPARE(p.digits, 6);
        QCOMPARE(p.period, 30);
        QCOMPARE(p.issuer, u"Twofold"_s);
        QCOMPARE(p.account, u"ann@example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
