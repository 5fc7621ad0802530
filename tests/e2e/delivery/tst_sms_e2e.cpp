// The SMS gateways against a loopback HTTP server that speaks Twilio's Messages API exactly,
// and against a recording JSON webhook.
#include "AwaitStatus.h"
#include "TestServer.h"
#include "delivery/SmsGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("twilio-auth-token");
const QString kFrom = QStringLiteral("+15005550006");
const QString kTo = QStringLiteral("+447123456789");
constexpr DeliveryTimeouts kTimeouts{5'000, 10'000};

QString baseUrl(const TestServer& server)
{
    return QStringLiteral("http://%1:%2").arg(server.host()).arg(server.port());
}

SmsSettings twilioSettings(const TestServer& server, const QString& token = kToken)
{
    SmsSettings settings;
    settings.provider = SmsProvider::Twilio;
    settings.twilio.baseUrl = baseUrl(server);
    settings.twilio.accountSid = kSid;
    settings.twilio.authToken = SecureBuffer::fromUtf8(token);
    settings.twilio.fromNumber = kFrom;
    return settings;
}

QJsonObject json(const ServerMessage& message)
{
    return QJsonDocument::fromJson(message.content).object();
}

} // namespace

class TestSmsEndToEnd : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_twilio;

    Status sendTwilio(const SmsMessage& message, const QString& token = kToken)
    {
        auto gateway = SmsGateway::create(twilioSettings(*m_twilio, token), kTimeouts);
        if (!gateway)
            return gateway.error();
        return awaitStatus((*gateway)->send(message));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_twilio = TestServer::startTwilio({QStringLiteral("--sid"), kSid, QStringLiteral("--token"), kToken,
                                            QStringLiteral("--unverified"), QStringLiteral("+447700900123")},
                                           &error);
        QVERIFY2(m_twilio, qPrintable(error));
    }

    void twilioMessageArrivesWithExactFields()
    {
        const Status sent = sendTwilio(signInCodeSms(kTo, u"482913", 10));
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        const std::optional<ServerMessage> message = m_twilio->waitForMessage();
        QVERIFY2(message, m_twilio->standardError().constData());
        const QJsonObject recorded = json(*message);
        QCOMPARE(recorded.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kSid));
        QCOMPARE(recorded.value(QStringLiteral("content_type")).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        const QJsonObject expected{
            {QStringLiteral("To"), kTo},
            {QStringLiteral("From"), kFrom},
            {QStringLiteral("Body"), QStringLiteral("Your Twofold sign-in code is 482913. It "
                                                    "expires in 10 minutes.")}};
        QCOMPARE(recorded.value(QStringLiteral("fields")).toObject(), expected);
    }

    void twilioRefusalsBecomeSentences_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("token");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("401 wrong token")
            << kTo << "not-the-token" << ErrorCode::DeliveryAuthFailed
            << "The SMS gateway refused the account SID or auth token: check them in the "
               "delivery settings.";
        QTest::newRow("21211 invalid To")
            << "+15005550001" << kToken << ErrorCode::DeliveryFailed
            << "The SMS gateway says +15005550001 is not a valid phone number: check the "
               "number.";
        QTest::newRow("21608 unverified")
            << "+447700900123" << kToken << ErrorCode::DeliveryFailed
            << "The SMS gateway account is a trial account, which only sends to verified "
               "numbers: verify +447700900123 with Twilio, or upgrade the account.";
        QTest::newRow("21610 unsubscribed")
            << "+15005550004" << kToken << ErrorCode::DeliveryFailed
            << "+15005550004 has replied STOP to the sender number: send START to it "
               "from that phone, then try again.";
        QTest::newRow("21614 not mobile")
            << "+15005550009" << kToken << ErrorCode::DeliveryFailed
            << "+15005550009 is not a mobile number, so it cannot receive SMS: use a "
               "mobile number.";
    }
    void twilioRefusalsBecomeSentences()
    {
        QFETCH(QString, to);
        QFETCH(QString, token);
        const int before = m_twilio->messageCount();
        const Status sent = sendTwilio(signInCodeSms(to, u"111222", 10), token);
        QVERIFY(!sent.ok());
        QTEST(sent.error().code, "code");
        QTEST(sent.error().message, "sentence");
        QCOMPARE(m_twilio->messageCount(), before);
    }

    void twilioUnknownAccount()
    {
        SmsSettings settings = twilioSettings(*m_twilio);
        settings.twilio.baseUrl += QStringLiteral("/elsewhere");
        auto gateway = SmsGateway::create(settings, kTimeouts);
        QVERIFY(gateway.ok());
        const Status sent = awaitStatus((*gateway)->send(testSms(kTo)));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().message,
                 QStringLiteral(
                     "The SMS gateway does not know this account: check the base URL and the account SID."));
    }

    void webhookPostsTheFilledTemplate()
    {
        QString error;
        auto server = TestServer::startTwilio({QStringLiteral("--webhook")}, &error);
        QVERIFY2(server, qPrintable(error));
        SmsSettings settings;
        settings.provider = SmsProvider::Webhook;
        settings.webhook.url = baseUrl(*server) + QStringLiteral("/hooks/sms?tenant=7");
        settings.webhook.headers.push_back(
            {QStringLiteral("Authorization"), SecureBuffer::fromUtf8(u"Bearer s3cret")});
        settings.webhook.bodyTemplate = QStringLiteral(
            "{\"phone\": \"{to}\", \"message\": \"{body}\", \"otp\": \"{code}\", \"channel\": \"sms\"}");
        auto gateway = SmsGateway::create(settings, kTimeouts);
        QVERIFY2(gateway.ok(), gateway.ok() ? "" : qPrintable(gateway.error().message));
        const Status sent = awaitStatus((*gateway)->send(
            SmsMessage{kTo, QStringLiteral("Code \"482913\"\nbye"), QStringLiteral("482913")}));
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));

        const std::optional<ServerMessage> message = server->waitForMessage();
        QVERIFY(message);
        const QJsonObject recorded = json(*message);
        QCOMPARE(recorded.value(QStringLiteral("path")).toString(), QStringLiteral("/hooks/sms?tenant=7"));
        const QJsonObject headers = recorded.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(), QStringLiteral("Bearer s3cret"));
        QCOMPARE(headers.value(QStringLiteral("Content-Type")).toString(),
                 QStringLiteral("application/json"));
        const QJsonObject body =
            QJsonDocument::fromJson(recorded.value(QStringLiteral("body")).toString().toUtf8()).object();
        const QJsonObject expected{{QStringLiteral("phone"), kTo},
                                   {QStringLiteral("message"), QStringLiteral("Code \"482913\"\nbye")},
                                   {QStringLiteral("otp"), QStringLiteral("482913")},
                                   {QStringLiteral("channel"), QStringLiteral("sms")}};
        QCOMPARE(body, expected);
    }

    void webhookRefusalsBecomeSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("401")
            << 401 << ErrorCode::DeliveryAuthFailed
            << "The SMS webhook refused access: check the headers (such as its API key) in the "
               "delivery settings.";
        QTest::newRow("503")
            << 503 << ErrorCode::DeliveryFailed
            << "The SMS webhook has a problem on its side: try again in a few minutes, or ask whoever "
               "runs it.";
    }
    void webhookRefusalsBecomeSentences()
    {
        QFETCH(int, status);
        QString error;
        auto server = TestServer::startTwilio(
            {QStringLiteral("--webhook"), QStringLiteral("--status"), QString::number(status)}, &error);
        QVERIFY2(server, qPrintable(error));
        SmsSettings settings;
        settings.provider = SmsProvider::Webhook;
        settings.webhook.url = baseUrl(*server) + QStringLiteral("/send");
        auto gateway = SmsGateway::create(settings, kTimeouts);
        QVERIFY(gateway.ok());
        const Status sent = awaitStatus((*gateway)->send(testSms(kTo)));
        QVERIFY(!sent.ok());
        QTEST(sent.error().code, "code");
        QTEST(sent.error().message, "sentence");
    }
};

QTEST_GUILESS_MAIN(TestSmsEndToEnd)
#include "tst_sms_e2e.moc"
