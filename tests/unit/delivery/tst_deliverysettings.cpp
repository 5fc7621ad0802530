#include "delivery/DeliverySettings.h"
#include "delivery/SmsGateway.h"

#include <QCborArray>
#include <QCborValue>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

namespace {

DeliverySettings everythingSet()
{
    DeliverySettings settings;
    settings.smtp.host = QStringLiteral("smtp.example.com");
    settings.smtp.port = 465;
    settings.smtp.security = SmtpSecurity::ImplicitTls;
    settings.smtp.username = QStringLiteral("codes@example.com");
    settings.smtp.password = SecureBuffer::fromUtf8(u"pässword ✓");
    settings.smtp.fromAddress = QStringLiteral("codes@example.com");
    settings.smtp.fromName = QStringLiteral("Zoë's Twofold");
    settings.smtp.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    settings.sms.provider = SmsProvider::Webhook;
    settings.sms.caFile = QStringLiteral("/etc/ssl/gateway-ca.pem");
    settings.sms.twilio.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    settings.sms.twilio.accountSid = QStringLiteral("ACabc");
    settings.sms.twilio.authToken = SecureBuffer::fromUtf8(u"twilio-token");
    settings.sms.twilio.fromNumber = QStringLiteral("+15005550006");
    settings.sms.webhook.url = QStringLiteral("https://sms.example.com/send");
    settings.sms.webhook.bodyTemplate = QStringLiteral("{\"to\":\"{to}\",\"text\":\"{body}\"}");
    settings.sms.webhook.headers.push_back(
        {QStringLiteral("Authorization"), SecureBuffer::fromUtf8(u"Bearer abc")});
    settings.sms.webhook.headers.push_back({QStringLiteral("X-Tenant"), SecureBuffer::fromUtf8(u"7")});
    return settings;
}

void compareSettings(const DeliverySettings& a, const DeliverySettings& b)
{
    QCOMPARE(a.smtp.host, b.smtp.host);
    QCOMPARE(a.smtp.port, b.smtp.port);
    QCOMPARE(a.smtp.security, b.smtp.security);
    QCOMPARE(a.smtp.username, b.smtp.username);
    QVERIFY(a.smtp.password.equals(b.smtp.password));
    QCOMPARE(a.smtp.fromAddress, b.smtp.fromAddress);
    QCOMPARE(a.smtp.fromName, b.smtp.fromName);
    QCOMPARE(a.smtp.caFile, b.smtp.caFile);
    QCOMPARE(a.sms.provider, b.sms.provider);
    QCOMPARE(a.sms.caFile, b.sms.caFile);
    QCOMPARE(a.sms.twilio.baseUrl, b.sms.twilio.baseUrl);
    QCOMPARE(a.sms.twilio.accountSid, b.sms.twilio.accountSid);
    QVERIFY(a.sms.twilio.authToken.equals(b.sms.twilio.authToken));
    QCOMPARE(a.sms.twilio.fromNumber, b.sms.twilio.fromNumber);
    QCOMPARE(a.sms.webhook.url, b.sms.webhook.url);
    QCOMPARE(a.sms.webhook.bodyTemplate, b.sms.webhook.bodyTemplate);
    QCOMPARE(a.sms.webhook.headers.size(), b.sms.webhook.headers.size());
    for (std::size_t i = 0; i < a.sms.webhook.headers.size(); ++i) {
        QCOMPARE(a.sms.webhook.headers[i].name, b.sms.webhook.headers[i].name);
        QVERIFY(a.sms.webhook.headers[i].value.equals(b.sms.webhook.headers[i].value));
    }
}

SmtpSettings goodSmtp()
{
    SmtpSettings smtp;
    smtp.host = QStringLiteral("smtp.example.com");
    smtp.username = QStringLiteral("jo");
    smtp.password = SecureBuffer::fromUtf8(u"secret");
    smtp.fromAddress = QStringLiteral("codes@example.com");
    return smtp;
}

} // namespace

class TestDeliverySettings : public QObject
{
    Q_OBJECT
private slots:
    void cborRoundTrip()
    {
        const DeliverySettings original = everythingSet();
        const QByteArray encoded = QCborValue(original.toCbor()).toCbor();
        const Result<DeliverySettings> decoded =
            DeliverySettings::fromCbor(QCborValue::fromCbor(encoded).toMap());
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        compareSettings(*decoded, original);
        compareSettings(original.clone(), original);

        for (SmtpSecurity security : {SmtpSecurity::StartTls, SmtpSecurity::None}) {
            DeliverySettings other = original.clone();
            other.smtp.security = security;
            other.sms.provider = security == SmtpSecurity::None ? SmsProvider::None : SmsProvider::Twilio;
            const Result<DeliverySettings> again = DeliverySettings::fromCbor(other.toCbor());
            QVERIFY(again.ok());
            compareSettings(*again, other);
        }
    }

    void emptyMapGivesDefaults()
    {
        const Result<DeliverySettings> decoded = DeliverySettings::fromCbor(QCborMap());
        QVERIFY(decoded.ok());
        QVERIFY(!decoded->smtp.isConfigured());
        QCOMPARE(decoded->smtp.port, quint16(587));
        QCOMPARE(decoded->smtp.security, SmtpSecurity::StartTls);
        QCOMPARE(decoded->sms.provider, SmsProvider::None);
        QCOMPARE(decoded->sms.twilio.baseUrl, QStringLiteral("https://api.twilio.com"));
    }

    void damagedMapsAreRefused_data()
    {
        QTest::addColumn<QCborMap>("map");
        const auto with = [](const char* section, const char* key, const QCborValue& value) {
            QCborMap map = everythingSet().toCbor();
            QCborMap inner = map.value(QLatin1String(section)).toMap();
            inner.insert(QLatin1String(key), value);
            map.insert(QLatin1String(section), inner);
            return map;
        };
        QCborMap future = everythingSet().toCbor();
        future.insert(QLatin1String("version"), 2);
        QTest::newRow("newer version") << future;
        QTest::newRow("port as text") << with("smtp", "port", QStringLiteral("587"));
        QTest::newRow("port out of range") << with("smtp", "port", 70000);
        QTest::newRow("unknown security") << with("smtp", "security", QStringLiteral("ssl3"));
        QTest::newRow("password as text") << with("smtp", "password", QStringLiteral("secret"));
        QTest::newRow("unknown provider") << with("sms", "provider", QStringLiteral("carrier-pigeon"));
        QTest::newRow("twilio not a map") << with("sms", "twilio", 1);
        QTest::newRow("headers not maps")
            << with("sms", "webhook", QCborMap{{QLatin1String("headers"), QCborArray{1}}});
    }
    void damagedMapsAreRefused()
    {
        QFETCH(QCborMap, map);
        const Result<DeliverySettings> decoded = DeliverySettings::fromCbor(map);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::FileDamaged);
        QCOMPARE(decoded.error().message,
                 QStringLiteral(
                     "The delivery settings stored in this vault are damaged: set email and SMS delivery "
                     "up again."));
    }

    void smtpValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sentence"); // empty: valid
        QTest::newRow("good") << ""
                              << ""
                              << "";
        QTest::newRow("no host")
            << "host"
            << ""
            << "Email delivery is not set up: give the SMTP server in the delivery settings.";
        QTest::newRow("host with a space") << "host"
                                           << "smtp example.com"
                                           << "\"smtp example.com\" is not a server name.";
        QTest::newRow("no port") << "port"
                                 << "0"
                                 << "Give the SMTP server's port: usually 587 for STARTTLS or 465 for TLS.";
        QTest::newRow("no from") << "from"
                                 << ""
                                 << "Give the address the codes are sent from.";
        QTest::newRow("bad from")
            << "from"
            << "codes"
            << "\"codes\" is not an email address: it should look like name@example.com.";
        QTest::newRow("password without user") << "username"
                                               << ""
                                               << "Give the SMTP user name that goes with the password.";
        QTest::newRow("plain to a remote host")
            << "security"
            << "none"
            << "Mail can only go unencrypted to a server on this computer: choose "
               "STARTTLS or TLS.";
        QTest::newRow("plain to this computer") << "plain-local"
                                                << ""
                                                << "";
        QTest::newRow("missing CA file")
            << "caFile"
            << "/nonexistent/ca.pem"
            << "The certificate authority (CA) file /nonexistent/ca.pem does not exist.";
        QTest::newRow("name with a line break")
            << "fromName"
            << "Twofold\r\nBcc: x@example.net"
            << "A mail header cannot contain a line break or other control "
               "character.";
    }
    void smtpValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, sentence);
        SmtpSettings smtp = goodSmtp();
        if (field == QLatin1String("host"))
            smtp.host = value;
        else if (field == QLatin1String("port"))
            smtp.port = quint16(value.toUInt());
        else if (field == QLatin1String("from"))
            smtp.fromAddress = value;
        else if (field == QLatin1String("username"))
            smtp.username = value;
        else if (field == QLatin1String("security"))
            smtp.security = SmtpSecurity::None;
        else if (field == QLatin1String("plain-local")) {
            smtp.security = SmtpSecurity::None;
            smtp.host = QStringLiteral("127.0.0.1");
        } else if (field == QLatin1String("caFile"))
            smtp.caFile = value;
        else if (field == QLatin1String("fromName"))
            smtp.fromName = value;
        const Status status = smtp.validate();
        QCOMPARE(status.ok(), sentence.isEmpty());
        if (!status.ok())
            QCOMPARE(status.error().message, sentence);
    }

    void smsValidation_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("twilio") << "https://api.twilio.com"
                                << "ACabc"
                                << "";
        QTest::newRow("local http") << "http://127.0.0.1:8080"
                                    << "ACabc"
                                    << "";
        QTest::newRow("localhost http") << "http://localhost:8080/sms"
                                        << "ACabc"
                                        << "";
        QTest::newRow("remote http")
            << "http://sms.example.com"
            << "ACabc"
            << "The SMS gateway must use https:// so its credentials and the codes travel "
               "encrypted (http:// is only allowed to this computer).";
        QTest::newRow("not a URL")
            << "api.twilio.com"
            << "ACabc"
            << "\"api.twilio.com\" is not a web address for the SMS gateway: it should start "
               "with https://.";
        QTest::newRow("credentials in URL")
            << "https://AC:tok@api.twilio.com"
            << "ACabc"
            << "Put no user name or password in the SMS gateway's address: use the "
               "settings made for them.";
        QTest::newRow("no SID") << "https://api.twilio.com"
                                << ""
                                << "Give the SMS gateway's account SID (a Twilio one starts with AC).";
        QTest::newRow("SID with a slash")
            << "https://api.twilio.com"
            << "AC/../x"
            << "\"AC/../x\" is not an account SID: it has letters and digits only.";
    }
    void smsValidation()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, sid);
        QFETCH(QString, sentence);
        SmsSettings sms;
        sms.provider = SmsProvider::Twilio;
        sms.twilio.baseUrl = baseUrl;
        sms.twilio.accountSid = sid;
        sms.twilio.authToken = SecureBuffer::fromUtf8(u"token");
        sms.twilio.fromNumber = QStringLiteral("+15005550006");
        const Status status = sms.validate();
        QCOMPARE(status.ok(), sentence.isEmpty());
        if (!status.ok())
            QCOMPARE(status.error().message, sentence);
    }

    void webhookHeadersAreChecked()
    {
        WebhookSettings webhook;
        webhook.url = QStringLiteral("https://sms.example.com/send");
        QVERIFY(webhook.validate().ok()); // the default template
        webhook.headers.push_back({QStringLiteral("X-Api-Key"), SecureBuffer::fromUtf8(u"abc\r\nX-Evil: 1")});
        QCOMPARE(
            webhook.validate().error().message,
            QStringLiteral("The value of the X-Api-Key header cannot contain a line break or other control "
                           "character."));
        webhook.headers.back() = {QStringLiteral("X Api Key"), SecureBuffer::fromUtf8(u"abc")};
        QCOMPARE(webhook.validate().error().message,
                 QStringLiteral(
                     "\"X Api Key\" is not a header name: use letters, digits and dashes, like X-Api-Key."));
        webhook.headers.back() = {QStringLiteral("Content-Length"), SecureBuffer::fromUtf8(u"1")};
        QCOMPARE(webhook.validate().error().message,
                 QStringLiteral(
                     "Twofold sets the Content-Length header itself: remove it from the webhook's headers."));
        webhook.headers.clear();
        webhook.bodyTemplate = QStringLiteral("{body}");
        QCOMPARE(webhook.validate().error().code, ErrorCode::InvalidInput);
    }

    // A template is refused unless every message it will fill makes JSON: valid for the code
    // 123456 alone is not enough (found by fuzz_sms_reply).
    void webhookTemplateHoldsForEveryMessage_data()
    {
        QTest::addColumn<QString>("bodyTemplate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("each field quoted")
            << QStringLiteral("{\"to\": \"{to}\", \"code\": \"{code}\"}") << true;
        QTest::newRow("the code as a number (012345 is none)")
            << QStringLiteral("{\"to\": \"{to}\", \"code\": {code}}") << false;
        QTest::newRow("an escape the code completes (the test message has none)")
            << QStringLiteral("{\"to\": \"{to}\", \"text\": \"\\u20{code}\"}") << false;
    }
    void webhookTemplateHoldsForEveryMessage()
    {
        QFETCH(QString, bodyTemplate);
        QFETCH(bool, valid);
        WebhookSettings webhook;
        webhook.url = QStringLiteral("https://sms.example.com/send");
        webhook.bodyTemplate = bodyTemplate;
        const Status status = webhook.validate();
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QCOMPARE(status.error().code, ErrorCode::InvalidInput);
            QVERIFY(status.error().message.contains(QStringLiteral("inside quotes")));
        }
        // What validate() accepts, every message expands to JSON.
        if (valid) {
            const QString to = QStringLiteral("+447123456789");
            for (const SmsMessage& m :
                 {signInCodeSms(to, u"000000", 10), signInCodeSms(to, u"987654", 10), testSms(to)})
                QVERIFY(WebhookGateway::expandTemplate(bodyTemplate, m).ok());
        }
    }

    void caFileMustExist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        SmtpSettings smtp = goodSmtp();
        smtp.caFile = path;
        QVERIFY(!smtp.validate().ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(smtp.validate().ok());
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("[::1]") << "[::1]" << true;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("127.0.0.1.example.com") << "127.0.0.1.example.com" << false;
        QTest::newRow("127.0.0.256") << "127.0.0.256" << false;
        QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QTEST(isLoopbackHost(host), "loopback");
    }
};

QTEST_GUILESS_MAIN(TestDeliverySettings)
#include "tst_deliverysettings.moc"
