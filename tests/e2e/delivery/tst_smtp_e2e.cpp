// SmtpSender against a real SMTP server (aiosmtpd) on loopback: STARTTLS, implicit TLS, AUTH,
// a throwaway CA, and the sentences people see when something is wrong.
#include "AwaitStatus.h"
#include "TestServer.h"
#include "delivery/SmtpSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("correct horse");
const QString kFrom = QStringLiteral("codes@example.com");
const QString kTo = QStringLiteral("jo@example.org");

// Short enough that a broken test fails fast, long enough for a loaded CI machine.
constexpr DeliveryTimeouts kTimeouts{5'000, 10'000};

SmtpSettings settingsFor(const TestServer& server, SmtpSecurity security, const QString& caFile,
                         const QString& password = kPassword)
{
    SmtpSettings settings;
    settings.host = server.host();
    settings.port = server.port();
    settings.security = security;
    settings.username = kUser;
    settings.password = SecureBuffer::fromUtf8(password);
    settings.fromAddress = kFrom;
    settings.fromName = QStringLiteral("Twofold");
    settings.caFile = caFile;
    return settings;
}

QString firstSixDigitNumber(const QByteArray& mail)
{
    const QByteArray body = mail.mid(mail.indexOf("\r\n\r\n") + 4);
    return QRegularExpression(QStringLiteral("\\b\\d{6}\\b")).match(QString::fromUtf8(body)).captured();
}

QJsonObject envelopeOf(const ServerMessage& message)
{
    QFile file(QString(message.path).replace(QStringLiteral(".eml"), QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSmtpEndToEnd : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestCertificates> m_certificates;
    QStringList m_tls; // --cert C --key K

    std::unique_ptr<TestServer> startServer(const QStringList& args)
    {
        QString error;
        std::unique_ptr<TestServer> server = TestServer::startSmtp(args, &error);
        if (!server)
            qWarning("%s", qPrintable(error));
        return server;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_certificates =
            TestCertificates::make({QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}, &error);
        QVERIFY2(m_certificates, qPrintable(error));
        m_tls = {QStringLiteral("--cert"), m_certificates->certificateFile(), QStringLiteral("--key"),
                 m_certificates->keyFile()};
    }

    void startTlsWithAuthDeliversTheCode()
    {
        auto server = startServer(
            QStringList{QStringLiteral("--starttls"), QStringLiteral("--auth"), kUser + u':' + kPassword} +
            m_tls);
        QVERIFY(server);
        const SmtpSender sender(settingsFor(*server, SmtpSecurity::StartTls, m_certificates->caFile()),
                                kTimeouts);
        const Status sent = awaitStatus(sender.send(signInCodeMail(kTo, u"482913", 10)));
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));

        const std::optional<ServerMessage> mail = server->waitForMessage();
        QVERIFY2(mail, server->standardError().constData());
        QCOMPARE(firstSixDigitNumber(mail->content), QStringLiteral("482913"));
        QVERIFY(mail->content.contains("\r\nTo: jo@example.org\r\n"));
        QVERIFY(mail->content.contains("\r\nFrom: Twofold <codes@example.com>\r\n"));
        QVERIFY(mail->content.contains("\r\nSubject: Your Twofold sign-in code\r\n"));
        QVERIFY(mail->content.startsWith("Date: "));
        const QJsonObject envelope = envelopeOf(*mail);
        QCOMPARE(envelope.value(QStringLiteral("mail_from")).toString(), kFrom);
        QCOMPARE(envelope.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{kTo});
        QCOMPARE(envelope.value(QStringLiteral("login")).toString(), kUser);
        QVERIFY(envelope.value(QStringLiteral("tls")).toBool());
    }

    void implicitTlsDeliversOnTheCallingThreadToo()
    {
        auto server = startServer(QStringList{QStringLiteral("--implicit-tls"), QStringLiteral("--auth"),
                                              kUser + u':' + kPassword} +
                                  m_tls);
        QVERIFY(server);
        const SmtpSender sender(settingsFor(*server, SmtpSecurity::ImplicitTls, m_certificates->caFile()),
                                kTimeouts);
        const Status sent = sender.sendBlocking(signInCodeMail(kTo, u"105117", 10));
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        const std::optional<ServerMessage> mail = server->waitForMessage();
        QVERIFY(mail);
        QCOMPARE(firstSixDigitNumber(mail->content), QStringLiteral("105117"));
        QVERIFY(envelopeOf(*mail).value(QStringLiteral("tls")).toBool());
    }

    void plainSmtpOnlyToThisComputer()
    {
        auto server = startServer({});
        QVERIFY(server);
        SmtpSettings settings = settingsFor(*server, SmtpSecurity::None, {});
        settings.username.clear();
        settings.password.clear();
        const Status sent = awaitStatus(SmtpSender(std::move(settings), kTimeouts).send(testMail(kTo)));
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        const std::optional<ServerMessage> mail = server->waitForMessage();
        QVERIFY(mail);
        QVERIFY(!envelopeOf(*mail).value(QStringLiteral("tls")).toBool());
        QVERIFY(firstSixDigitNumber(mail->content).isEmpty()); // a test message carries no code
    }

    void failuresBecomeSentences_data()
    {
        QTest::addColumn<QStringList>("serverArgs");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<QString>("to");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("sentence");

        const QStringList auth{QStringLiteral("--auth"), kUser + u':' + kPassword};
        const QStringList startTls = QStringList{QStringLiteral("--starttls")} + m_tls;
        const int viaStartTls = int(SmtpSecurity::StartTls);
        QTest::newRow("wrong password")
            << startTls + auth << viaStartTls << "wrong" << true << kTo << ErrorCode::DeliveryAuthFailed
            << "The mail server refused the sign-in: check the SMTP user name and password.";
        QTest::newRow("no password where one is needed")
            << startTls + auth << viaStartTls << "" << true << kTo << ErrorCode::DeliveryAuthFailed
            << "The mail server wants a sign-in before it sends mail: enter the SMTP user name and password "
               "in the "
               "delivery settings.";
        QTest::newRow("STARTTLS not offered")
            << auth << viaStartTls << kPassword << true << kTo << ErrorCode::DeliveryFailed
            << "127.0.0.1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually "
               "port "
               "465) if the server has it, or ask its administrator to turn STARTTLS on.";
        QTest::newRow("certificate not trusted")
            << startTls + auth << viaStartTls << kPassword << false << kTo << ErrorCode::DeliveryFailed
            << "The certificate of 127.0.0.1 is not trusted: if it is a private server, give the file of its "
               "certificate authority (CA) in the delivery settings.";
        QTest::newRow("implicit TLS to a STARTTLS port")
            << startTls + auth << int(SmtpSecurity::ImplicitTls) << kPassword << true << kTo
            << ErrorCode::DeliveryFailed
            << QStringLiteral(
                   "Could not set up an encrypted connection with 127.0.0.1 on port %1: check the port and "
                   "the security setting.");
        QTest::newRow("recipient refused")
            << startTls + auth +
                   QStringList{QStringLiteral("--reject-rcpt"), QStringLiteral("nobody@example.org")}
            << viaStartTls << kPassword << true << "nobody@example.org" << ErrorCode::DeliveryFailed
            << "The mail server refused to deliver to nobody@example.org: check the address.";
        QTest::newRow("no answer")
            << QStringList{QStringLiteral("--hang")} << viaStartTls << kPassword << true << kTo
            << ErrorCode::DeliveryTimeout
            << "127.0.0.1 did not answer in time: check the server name, port and security "
               "setting, then try again.";
    }
    void failuresBecomeSentences()
    {
        QFETCH(QStringList, serverArgs);
        QFETCH(int, security);
        QFETCH(QString, password);
        QFETCH(bool, trustCa);
        QFETCH(QString, to);
        QFETCH(ErrorCode, code);
        QFETCH(QString, sentence);

        auto server = startServer(serverArgs);
        QVERIFY(server);
        SmtpSettings settings = settingsFor(*server, SmtpSecurity(security),
                                            trustCa ? m_certificates->caFile() : QString(), password);
        if (password.isEmpty())
            settings.username.clear();
        const DeliveryTimeouts timeouts =
            serverArgs.contains(QStringLiteral("--hang")) ? DeliveryTimeouts{1'000, 1'500} : kTimeouts;
        const Status sent =
            awaitStatus(SmtpSender(std::move(settings), timeouts).send(signInCodeMail(to, u"111222", 10)));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().message,
                 sentence.contains(QStringLiteral("%1")) ? sentence.arg(server->port()) : sentence);
        QCOMPARE(sent.error().code, code);
        QCOMPARE(server->messageCount(), 0);
    }

    void certificateForAnotherName()
    {
        QString error;
        const auto otherName = TestCertificates::make({QStringLiteral("DNS:mail.example.org")}, &error);
        QVERIFY2(otherName, qPrintable(error));
        auto server =
            startServer({QStringLiteral("--starttls"), QStringLiteral("--cert"), otherName->certificateFile(),
                         QStringLiteral("--key"), otherName->keyFile()});
        QVERIFY(server);
        const Status sent = awaitStatus(
            SmtpSender(settingsFor(*server, SmtpSecurity::StartTls, otherName->caFile()), kTimeouts)
                .send(testMail(kTo)));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().message,
                 QStringLiteral(
                     "The certificate of 127.0.0.1 is for another server name: use the name the certificate "
                     "was made for."));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            auto server = startServer({});
            QVERIFY(server);
            port = server->port();
        } // stopped: nothing listens on its port now
        SmtpSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.security = SmtpSecurity::StartTls;
        settings.fromAddress = kFrom;
        const Status sent = awaitStatus(SmtpSender(std::move(settings), kTimeouts).send(testMail(kTo)));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().message,
                 QStringLiteral("127.0.0.1 refused the connection on port %1: check the port, "
                                "and that the server is running.")
                     .arg(port));
    }

    void invalidSettingsNeverConnect()
    {
        SmtpSettings settings;
        settings.host = QStringLiteral("smtp.example.com");
        settings.security = SmtpSecurity::None;
        settings.fromAddress = kFrom;
        const Status sent = awaitStatus(SmtpSender(std::move(settings), kTimeouts).send(testMail(kTo)));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSmtpEndToEnd)
#include "tst_smtp_e2e.moc"
