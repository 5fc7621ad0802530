// otpauth:// URIs (Google's Key Uri Format): reading what authenticator setups give, building
// the canonical form, round trips, and the sentence for every malformed URI.
#include "otp/OtpUri.h"

#include "otp/Base32.h"

#include <QTest>

#include <functional>

using namespace twofold;
using namespace twofold::otp;
using namespace Qt::StringLiterals;

namespace {
// "Hello!\xde\xad\xbe\xef", the Key Uri Format page's example key.
const QByteArrayView kExampleKey("Hello!\xde\xad\xbe\xef");

OtpParams params(Type type, Algorithm algorithm, int digits, int period, quint64 counter,
                 const QString& issuer, const QString& account,
                 QList<std::pair<QString, QString>> unknown = {})
{
    OtpParams p;
    p.type = type;
    p.secret = SecureBuffer::fromBytes(kExampleKey);
    p.algorithm = algorithm;
    p.digits = digits;
    p.period = period;
    p.counter = counter;
    p.issuer = issuer;
    p.account = account;
    p.unknownParameters = std::move(unknown);
    return p;
}

// Row data must be copyable: the round-trip rows carry a factory.
using ParamsFactory = std::function<OtpParams()>;
} // namespace

Q_DECLARE_METATYPE(ParamsFactory)

class TestOtpUri : public QObject
{
    Q_OBJECT
private slots:
    // The example of Google's Key Uri Format page.
    void readsTheKeyUriFormatExample()
    {
        Result<OtpParams> p =
            parseUri(u"otpauth://totp/"
                     u"ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co"
                     u"&algorithm=SHA1&digits=6&period=30"_s);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->type, Type::Totp);
        QCOMPARE(p->issuer, u"ACME Co"_s);
        QCOMPARE(p->account, u"john.doe@email.com"_s);
        QCOMPARE(p->algorithm, Algorithm::Sha1);
        QCOMPARE(p->digits, 6);
        QCOMPARE(p->period, 30);
        QCOMPARE(base32Encode(p->secret.view(), Base32Padding::NoPad), u"HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"_s);
        QVERIFY(p->unknownParameters.isEmpty());
    }

    void defaultsWhenOnlyTheSecretIsGiven()
    {
        Result<OtpParams> p = parseUri(u"otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP");
        QVERIFY(p.ok());
        QVERIFY(p->secret.equals(kExampleKey));
        QCOMPARE(p->issuer, QString());
        QCOMPARE(p->account, u"alice"_s);
        QCOMPARE(p->algorithm, Algorithm::Sha1);
        QCOMPARE(p->digits, 6);
        QCOMPARE(p->period, 30);

        Result<OtpParams> h = parseUri(u"otpauth://hotp/?secret=JBSWY3DPEHPK3PXP");
        QVERIFY(h.ok());
        QCOMPARE(h->type, Type::Hotp);
        QCOMPARE(h->counter, quint64(0));
        QCOMPARE(h->account, QString());
    }

    void buildsTheCanonicalForm()
    {
        QCOMPARE(
            buildUri(params(Type::Totp, Algorithm::Sha1, 6, 30, 0, u"Example"_s, u"alice@google.com"_s)),
            u"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1"
            u"&digits=6&period=30"_s);
        QCOMPARE(
            buildUri(
                params(Type::Hotp, Algorithm::Sha512, 8, 30, 42, {}, u"bob"_s, {{u"image"_s, u"a b"_s}})),
            u"otpauth://hotp/bob?secret=JBSWY3DPEHPK3PXP&algorithm=SHA512&digits=8&counter=42&image=a%20b"_s);
        QCOMPARE(buildUri(params(Type::Totp, Algorithm::Sha256, 7, 60, 0, u"Ünï Cörp: R&D"_s, u"ann b"_s)),
                 u"otpauth://totp/%C3%9Cn%C3%AF%20C%C3%B6rp%3A%20R%26D:ann%20b?secret=JBSWY3DPEHPK3PXP"
                 u"&issuer=%C3%9Cn%C3%AF%20C%C3%B6rp%3A%20R%26D&algorithm=SHA256&digits=7&period=60"_s);
    }

    void roundTrip_data()
    {
        QTest::addColumn<ParamsFactory>("make");
        QTest::newRow("authenticator-app defaults") << ParamsFactory(
            [] { return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, u"Twofold"_s, u"ann@example.com"_s); });
        QTest::newRow("SHA256, 8 digits, 60 s") << ParamsFactory(
            [] { return params(Type::Totp, Algorithm::Sha256, 8, 60, 0, u"Bank"_s, u"12345"_s); });
        QTest::newRow("SHA512, 7 digits, 15 s")
            << ParamsFactory([] { return params(Type::Totp, Algorithm::Sha512, 7, 15, 0, u"X"_s, u"y"_s); });
        QTest::newRow("HOTP, large counter") << ParamsFactory([] {
            return params(Type::Hotp, Algorithm::Sha1, 6, 30, 18446744073709551615ull, u"Yubi"_s, u"key"_s);
        });
        QTest::newRow("no issuer") << ParamsFactory(
            [] { return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, {}, u"just-me"_s); });
        QTest::newRow("no issuer, account with a colon")
            << ParamsFactory([] { return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, {}, u"urn:me"_s); });
        QTest::newRow("issuer and account with colons, spaces, unicode") << ParamsFactory(
            [] { return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, u"Ünï: Cörp"_s, u"a:b c@d.e"_s); });
        QTest::newRow("reserved characters") << ParamsFactory(
            [] { return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, u"A&B=C?D#E%F+G/H"_s, u"x%20y+z"_s); });
        QTest::newRow("no account") << ParamsFactory(
            [] { return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, u"OnlyIssuer"_s, {}); });
        QTest::newRow("unknown parameters, in order") << ParamsFactory([] {
            return params(Type::Totp, Algorithm::Sha1, 6, 30, 0, u"I"_s, u"a"_s,
                          {{u"image"_s, u"https://example.com/logo.png?s=1&t=2"_s},
                           {u"color"_s, u"#ff0000"_s},
                           {u"empty"_s, {}}});
        });
    }
    void roundTrip()
    {
        QFETCH(ParamsFactory, make);
        const OtpParams original = make();
        const QString uri = buildUri(original);
        Result<OtpParams> back = parseUri(uri);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QVERIFY2(*back == original, qPrintable(uri));
        QCOMPARE(buildUri(*back), uri); // canonical: building again changes nothing
    }

    void readsEquivalentSpellings_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::newRow("issuer parameter wins over the label")
            << u"otpauth://totp/Label%20Inc:alice?secret=JBSWY3DPEHPK3PXP&issuer=Param%20Inc"_s
            << u"Param Inc"_s << u"alice"_s;
        QTest::newRow("label prefix when no issuer parameter")
            << u"otpauth://totp/Label:alice?secret=JBSWY3DPEHPK3PXP"_s << u"Label"_s << u"alice"_s;
        QTest::newRow("empty issuer parameter: label prefix kept")
            << u"otpauth://totp/Label:alice?secret=JBSWY3DPEHPK3PXP&issuer="_s << u"Label"_s << u"alice"_s;
        QTest::newRow("colon encoded as %3A")
            << u"otpauth://totp/Big%3Abob@x.org?secret=JBSWY3DPEHPK3PXP"_s << u"Big"_s << u"bob@x.org"_s;
        QTest::newRow("lower-case %3a, spaces after it")
            << u"otpauth://totp/Big%3a%20%20bob?secret=JBSWY3DPEHPK3PXP"_s << u"Big"_s << u"bob"_s;
        QTest::newRow("'+' in a parameter is a space")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=Big+Bank"_s << u"Big Bank"_s << u"a"_s;
        QTest::newRow("'+' in the label is itself")
            << u"otpauth://totp/a+b?secret=JBSWY3DPEHPK3PXP"_s << QString() << u"a+b"_s;
        QTest::newRow("UTF-8 escapes")
            << u"otpauth://totp/M%C3%BCller:j%C3%B6rg?secret=JBSWY3DPEHPK3PXP"_s << u"Müller"_s << u"jörg"_s;
        QTest::newRow("scheme, type and names in any case")
            << u"OTPAUTH://TOTP/I:a?SECRET=jbswy3dpehpk3pxp&Issuer=I&ALGORITHM=sha1"_s << u"I"_s << u"a"_s;
        QTest::newRow("white space around, #fragment ignored")
            << u"  otpauth://totp/I:a?secret=JBSWY3DPEHPK3PXP#top \n"_s << u"I"_s << u"a"_s;
        QTest::newRow("secret with padding and escaped spaces")
            << u"otpauth://totp/a?secret=JBSW%20Y3DP%20EHPK%203PXP%3D%3D%3D"_s << QString() << u"a"_s;
        QTest::newRow("no label at all")
            << u"otpauth://totp?secret=JBSWY3DPEHPK3PXP&issuer=I"_s << u"I"_s << QString();
    }
    void readsEquivalentSpellings()
    {
        QFETCH(QString, uri);
        Result<OtpParams> p = parseUri(uri);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QVERIFY(p->secret.equals(kExampleKey));
        QTEST(p->issuer, "issuer");
        QTEST(p->account, "account");
    }

    void unknownParametersAreKeptAndIgnored()
    {
        Result<OtpParams> p = parseUri(
            u"otpauth://totp/I:a?image=https%3A%2F%2Fx.org%2Fi.png&secret=JBSWY3DPEHPK3PXP&counter=7&flag&digits=8"_s);
        QVERIFY(p.ok());
        QCOMPARE(p->digits, 8);
        QCOMPARE(p->counter, quint64(0)); // a totp URI's counter means nothing: kept, not used
        const QList<std::pair<QString, QString>> kept = {
            {u"image"_s, u"https://x.org/i.png"_s}, {u"counter"_s, u"7"_s}, {u"flag"_s, QString()}};
        QCOMPARE(p->unknownParameters, kept);

        Result<OtpParams> h = parseUri(u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=7&period=0"_s);
        QVERIFY(h.ok()); // a hotp URI's period means nothing, even 0
        QCOMPARE(h->counter, quint64(7));
        QCOMPARE(h->unknownParameters, (QList<std::pair<QString, QString>>{{u"period"_s, u"0"_s}}));
    }

    void readsASecureBuffer()
    {
        const SecureBuffer uri =
            SecureBuffer::fromUtf8(u"otpauth://totp/I:%C3%A5?secret=JBSWY3DPEHPK3PXP&digits=7");
        Result<OtpParams> p = parseUri(uri);
        QVERIFY(p.ok());
        QCOMPARE(p->account, u"å"_s);
        QCOMPARE(p->digits, 7);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("sentence");
        const QString notLink = u"This is not a two-factor link: such links start with otpauth://."_s;
        const QString noSecret =
            u"The link has no secret (the setup key), so no codes can be made from it."_s;
        QTest::newRow("empty") << u"  "_s << u"The link is empty."_s;
        QTest::newRow("wrong scheme") << u"https://totp/a?secret=JBSWY3DPEHPK3PXP"_s << notLink;
        QTest::newRow("no scheme: a bare key") << u"JBSWY3DPEHPK3PXP"_s << notLink;
        QTest::newRow("otpauth without //") << u"otpauth:totp/a?secret=JBSWY3DPEHPK3PXP"_s << notLink;
        QTest::newRow("wrong type")
            << u"otpauth://motp/a?secret=JBSWY3DPEHPK3PXP"_s
            << u"The link is for “motp” codes, but Twofold makes only totp (time-based) and "
               u"hotp (counter-based) codes."_s;
        QTest::newRow("no type") << u"otpauth:///a?secret=JBSWY3DPEHPK3PXP"_s
                                 << u"The link does not say which kind of codes it makes: otpauth:// must be "
                                    u"followed by totp or hotp."_s;
        QTest::newRow("missing secret") << u"otpauth://totp/a?issuer=I"_s << noSecret;
        QTest::newRow("empty secret") << u"otpauth://totp/a?secret=&issuer=I"_s << noSecret;
        QTest::newRow("secret of spaces") << u"otpauth://totp/a?secret=%20%20"_s << noSecret;
        QTest::newRow("secret too short for a byte")
            << u"otpauth://totp/a?secret=M"_s << u"The link's secret is too short to be a setup key."_s;
        QTest::newRow("bad base32")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PX1"_s
            << u"The link's secret is not a valid setup key. The setup key has “1” at "
               u"character 16, but setup keys use only the letters A to Z and the digits 2 "
               u"to 7. The 1 is probably the letter I or L."_s;
        QTest::newRow("unsupported algorithm")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5"_s
            << u"The link asks for the algorithm “MD5”, which Twofold does not "
               u"support: only SHA1, SHA256 and SHA512 are."_s;
        const QString digitsSentence =
            u"The link asks for codes of “%1” digits, but codes have 6, 7 or 8 digits."_s;
        QTest::newRow("5 digits") << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=5"_s
                                  << digitsSentence.arg(5);
        QTest::newRow("9 digits") << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=9"_s
                                  << digitsSentence.arg(9);
        QTest::newRow("digits not a number")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=six"_s << digitsSentence.arg(u"six"_s);
        QTest::newRow("digits signed")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=%2B6"_s << digitsSentence.arg(u"+6"_s);
        const QString periodSentence =
            u"The link's period “%1” is not a whole number of seconds greater than zero."_s;
        QTest::newRow("period 0") << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=0"_s
                                  << periodSentence.arg(0);
        QTest::newRow("period negative")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=-30"_s << periodSentence.arg(-30);
        QTest::newRow("period too large") << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=99999999999"_s
                                          << periodSentence.arg(u"99999999999"_s);
        QTest::newRow("period empty")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period="_s << periodSentence.arg(QString());
        QTest::newRow("counter not a number")
            << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1e3"_s
            << u"The link's counter “1e3” is not a whole number of zero or more."_s;
        QTest::newRow("counter past 64 bits")
            << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551616"_s
            << u"The link's counter “18446744073709551616” is not a whole number "
               u"of zero or more."_s;
        QTest::newRow("secret twice")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&secret=MZXW6YTBOI"_s
            << u"The link gives “secret” more than once, so it is not clear which to use."_s;
        QTest::newRow("digits twice, different case")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=6&DIGITS=8"_s
            << u"The link gives “digits” more than once, so it is not clear "
               u"which to use."_s;
        QTest::newRow("broken escape in label")
            << u"otpauth://totp/a%2?secret=JBSWY3DPEHPK3PXP"_s
            << u"The link has a broken %-escape: “%2”. A “%” must be followed by "
               u"two hexadecimal digits."_s;
        QTest::newRow("broken escape in a value")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=%ZZtop"_s
            << u"The link has a broken %-escape: “%ZZ”. A “%” must be followed "
               u"by two hexadecimal digits."_s;
    }
    void refusals()
    {
        QFETCH(QString, uri);
        Result<OtpParams> p = parseUri(uri);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::InvalidInput);
        QTEST(p.error().message, "sentence");
    }
};

QTEST_GUILESS_MAIN(TestOtpUri)
#include "tst_otpuri.moc"
