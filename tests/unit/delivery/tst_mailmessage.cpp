#include "common/Random.h"
#include "delivery/MailMessage.h"

#include <QRegularExpression>
#include <QTest>

using namespace twofold;

namespace {

constexpr qint64 kTuesday5March2024At140309 = 1709647389000; // 2024-03-05T14:03:09Z

struct Parsed
{
    QList<QByteArray> headerLines; // unfolded
    QByteArray body;
};

Parsed parse(const QByteArray& message)
{
    Parsed parsed;
    const qsizetype end = message.indexOf("\r\n\r\n");
    parsed.body = message.mid(end + 4);
    for (const QByteArray& line : message.left(end).split('\n')) {
        const QByteArray withoutCr = line.endsWith('\r') ? line.chopped(1) : line;
        if (withoutCr.startsWith(' ') && !parsed.headerLines.isEmpty())
            parsed.headerLines.last() += withoutCr;
        else
            parsed.headerLines.append(withoutCr);
    }
    return parsed;
}

QList<QByteArray> header(const Parsed& parsed, const QByteArray& name)
{
    QList<QByteArray> values;
    for (const QByteArray& line : parsed.headerLines) {
        if (line.startsWith(name + ": "))
            values.append(line.mid(name.size() + 2));
    }
    return values;
}

// Every line ends in CRLF: no bare LF, no bare CR.
bool onlyCrlf(const QByteArray& message)
{
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r'))
            return false;
        if (message[i] == '\r' && (i + 1 == message.size() || message[i + 1] != '\n'))
            return false;
    }
    return message.endsWith("\r\n");
}

QByteArray build(const QString& fromName, const MailContent& mail, quint64 seed = 1)
{
    SeededRandom random(seed);
    Result<QByteArray> message = buildMailMessage(QStringLiteral("codes@example.com"), fromName, mail,
                                                  kTuesday5March2024At140309, random);
    if (!message.ok())
        qFatal("%s", qPrintable(message.error().message));
    return *message;
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT
private slots:
    void signInCodeMailIsWellFormed()
    {
        const MailContent mail = signInCodeMail(QStringLiteral("jo@example.org"), u"123456", 10);
        const QByteArray message = build(QStringLiteral("Twofold"), mail);
        QVERIFY(onlyCrlf(message));
        const Parsed parsed = parse(message);

        QCOMPARE(header(parsed, "Date"), QList<QByteArray>{"Tue, 05 Mar 2024 14:03:09 +0000"});
        const QList<QByteArray> id = header(parsed, "Message-ID");
        QCOMPARE(id.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^<[0-9a-f]{32}@example\\.com>$"))
                     .match(QString::fromLatin1(id.first()))
                     .hasMatch(),
                 id.first().constData());
        QCOMPARE(header(parsed, "From"), QList<QByteArray>{"Twofold <codes@example.com>"});
        QCOMPARE(header(parsed, "To"), QList<QByteArray>{"jo@example.org"});
        QCOMPARE(header(parsed, "Subject"), QList<QByteArray>{"Your Twofold sign-in code"});
        QCOMPARE(header(parsed, "MIME-Version"), QList<QByteArray>{"1.0"});
        QCOMPARE(header(parsed, "Content-Type"), QList<QByteArray>{"text/plain; charset=utf-8"});
        QCOMPARE(header(parsed, "Content-Transfer-Encoding"), QList<QByteArray>{"7bit"});
        QCOMPARE(header(parsed, "Auto-Submitted"), QList<QByteArray>{"auto-generated"});

        QCOMPARE(parsed.body, QByteArray("Your Twofold sign-in code is 123456.\r\n\r\n"
                                         "It expires in 10 minutes.\r\n\r\n"
                                         "If you did not try to sign in, change your master password.\r\n"));
        // DESIGN.md section 9: the code is the first 6-digit number in the body.
        const QRegularExpressionMatch first =
            QRegularExpression(QStringLiteral("\\b\\d{6}\\b")).match(QString::fromUtf8(parsed.body));
        QCOMPARE(first.captured(), QStringLiteral("123456"));
    }

    void setupCodeMailSaysItIsASetupCheck()
    {
        const MailContent mail = setupCodeMail(QStringLiteral("jo@example.org"), u"123456", 10);
        const Parsed parsed = parse(build(QStringLiteral("Twofold"), mail));
        QCOMPARE(header(parsed, "Subject"), QList<QByteArray>{"Your Twofold setup code"});
        QCOMPARE(parsed.body,
                 QByteArray("Your code to turn on sign-in codes by email in Twofold is 123456.\r\n\r\n"
                            "It expires in 10 minutes.\r\n\r\n"
                            "This is a setup check, not a sign-in. If you are not setting up "
                            "Twofold, ignore this message.\r\n"));
    }

    void messageIdsDiffer()
    {
        const MailContent mail = testMail(QStringLiteral("jo@example.org"));
        QVERIFY(header(parse(build({}, mail, 1)), "Message-ID") !=
                header(parse(build({}, mail, 2)), "Message-ID"));
        QCOMPARE(header(parse(build({}, mail)), "From"), QList<QByteArray>{"codes@example.com"});
    }

    void datesFollowRfc5322_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QByteArray>("date");
        QTest::newRow("epoch") << qint64(0) << QByteArray("Thu, 01 Jan 1970 00:00:00 +0000");
        QTest::newRow("leap day") << qint64(1709164799000) << QByteArray("Wed, 28 Feb 2024 23:59:59 +0000");
        QTest::newRow("december") << qint64(1735516800000) << QByteArray("Mon, 30 Dec 2024 00:00:00 +0000");
    }
    void datesFollowRfc5322()
    {
        QFETCH(qint64, ms);
        QTEST(mail::rfc5322Date(ms), "date");
    }

    void bareLineFeedsBecomeCrlf()
    {
        MailContent mail{QStringLiteral("jo@example.org"), QStringLiteral("Hi"),
                         QStringLiteral("one\ntwo\r\nthree\rfour\n.\n.five")};
        const QByteArray message = build({}, mail);
        QVERIFY(onlyCrlf(message));
        QCOMPARE(parse(message).body, QByteArray("one\r\ntwo\r\nthree\r\nfour\r\n.\r\n.five\r\n"));
    }

    void nonAsciiIsEncoded()
    {
        MailContent mail{QStringLiteral("jo@example.org"),
                         QStringLiteral("Votre code de connexion à Twofold"),
                         QStringLiteral("Votre code est 654321. Il expire dans 10 minutes = bientôt.\n")};
        const QByteArray message = build(QStringLiteral("Zoë Ångström"), mail);
        QVERIFY(onlyCrlf(message));
        const Parsed parsed = parse(message);
        QCOMPARE(header(parsed, "From"),
                 QList<QByteArray>{"=?utf-8?Q?Zo=C3=AB_=C3=85ngstr=C3=B6m?= <codes@example.com>"});
        QCOMPARE(header(parsed, "Subject"),
                 QList<QByteArray>{"=?utf-8?Q?Votre_code_de_connexion_=C3=A0_Twofold?="});
        QCOMPARE(header(parsed, "Content-Transfer-Encoding"), QList<QByteArray>{"quoted-printable"});
        QCOMPARE(parsed.body,
                 QByteArray("Votre code est 654321. Il expire dans 10 minutes =3D bient=C3=B4t.\r\n"));
        for (char c : message)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }

    void longEncodedWordsFold()
    {
        const QByteArray encoded = mail::encodeUnstructured(QString(40, QChar(0x00e9))); // 40 × é
        for (const QByteArray& line : encoded.split('\n')) {
            QVERIFY(line.size() <= 62);
            QVERIFY(line.trimmed().startsWith("=?utf-8?Q?") && line.trimmed().endsWith("?="));
        }
        QVERIFY(!encoded.contains("=C3?=\r\n =?utf-8?Q?=A9")); // no character split between words
    }

    void displayNamesAreQuotedWhenNeeded_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("atoms") << "Twofold Codes" << QByteArray("Twofold Codes");
        QTest::newRow("specials") << "Twofold, Inc." << QByteArray("\"Twofold, Inc.\"");
        QTest::newRow("quotes") << "The \"Vault\"" << QByteArray("\"The \\\"Vault\\\"\"");
        QTest::newRow("non-ASCII") << "Café" << QByteArray("=?utf-8?Q?Caf=C3=A9?=");
    }
    void displayNamesAreQuotedWhenNeeded()
    {
        QFETCH(QString, name);
        QTEST(mail::encodeDisplayName(name), "encoded");
    }

    void quotedPrintableKeepsLinesShort()
    {
        const QByteArray long80 = QByteArray(80, 'a') + "\r\nend = \r\n";
        const QByteArray encoded = mail::quotedPrintable(long80);
        QCOMPARE(encoded, QByteArray(75, 'a') + "=\r\n" + QByteArray(5, 'a') + "\r\nend =3D=20\r\n");
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        const QString ok = QStringLiteral("jo@example.org");
        QTest::newRow("subject") << "" << ok << "Code\r\nBcc: victim@example.net";
        QTest::newRow("subject LF") << "" << ok << "Code\nBcc: victim@example.net";
        QTest::newRow("name") << "Twofold\r\nBcc: victim@example.net" << ok << "Code";
        QTest::newRow("to") << ""
                            << "jo@example.org\r\nBcc: victim@example.net"
                            << "Code";
        QTest::newRow("to, unicode line separator") << ""
                                                    << "jo@example.org\u2028Bcc: x@example.net"
                                                    << "Code";
    }
    void headerInjectionIsRefused()
    {
        QFETCH(QString, fromName);
        QFETCH(QString, to);
        QFETCH(QString, subject);
        SeededRandom random(1);
        const Result<QByteArray> message =
            buildMailMessage(QStringLiteral("codes@example.com"), fromName,
                             MailContent{to, subject, QStringLiteral("body")}, 0, random);
        QVERIFY(!message.ok());
        QCOMPARE(message.error().code, ErrorCode::InvalidInput);
        QCOMPARE(message.error().message,
                 QStringLiteral("A mail header cannot contain a line break or other control character."));
    }

    void addressesAreChecked_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("sentence"); // empty: accepted
        const auto notAnAddress = [](const char* a) {
            return QStringLiteral("\"%1\" is not an email address: it should look like name@example.com.")
                .arg(QLatin1String(a));
        };
        QTest::newRow("plain") << "jo@example.org"
                               << "";
        QTest::newRow("plus and dots") << "jo.smith+codes@mail.example.co.uk"
                                       << "";
        QTest::newRow("single-label domain") << "root@localhost"
                                             << "";
        QTest::newRow("empty") << ""
                               << "Enter an email address.";
        QTest::newRow("no at") << "jo.example.org" << notAnAddress("jo.example.org");
        QTest::newRow("no domain") << "jo@" << notAnAddress("jo@");
        QTest::newRow("space") << "jo smith@example.org" << notAnAddress("jo smith@example.org");
        QTest::newRow("angle brackets") << "<jo@example.org>" << notAnAddress("<jo@example.org>");
        QTest::newRow("double dot") << "jo..s@example.org" << notAnAddress("jo..s@example.org");
        QTest::newRow("bad domain") << "jo@-example.org" << notAnAddress("jo@-example.org");
        QTest::newRow("non-ASCII")
            << "zoë@example.org"
            << "\"zoë@example.org\" has letters Twofold cannot send to: use an address written "
               "with Latin letters, digits and punctuation only.";
    }
    void addressesAreChecked()
    {
        QFETCH(QString, address);
        QFETCH(QString, sentence);
        const Status status = checkEmailAddress(address);
        QCOMPARE(status.ok(), sentence.isEmpty());
        if (!status.ok())
            QCOMPARE(status.error().message, sentence);
    }

    void masksAddresses()
    {
        QCOMPARE(maskEmailAddress(u"jo@example.com"), QStringLiteral("j•••@example.com"));
        QCOMPARE(maskEmailAddress(u"nobody"), QString());
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
