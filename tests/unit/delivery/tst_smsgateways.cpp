#include "delivery/SmsGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace twofold;

namespace {

SmsMessage message(const QString& body = QStringLiteral("Your code is 123456."))
{
    return SmsMessage{QStringLiteral("+447123456789"), body, QStringLiteral("123456")};
}

TwilioSettings twilioSettings()
{
    TwilioSettings settings;
    settings.baseUrl = QStringLiteral("https://api.twilio.com");
    settings.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    settings.authToken = SecureBuffer::fromUtf8(u"token");
    settings.fromNumber = QStringLiteral("+15005550006");
    return settings;
}

QByteArray twilioError(int status, int code, const char* text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("message"), QString::fromUtf8(text)},
                                     {QStringLiteral("more_info"),
                                      QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                                     {QStringLiteral("status"), status}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSmsGateways : public QObject
{
    Q_OBJECT
private slots:
    void signInCodeSmsText()
    {
        const SmsMessage sms = signInCodeSms(QStringLiteral("+447123456789"), u"042042", 10);
        QCOMPARE(sms.body, QStringLiteral("Your Twofold sign-in code is 042042. It expires in 10 minutes."));
        QCOMPARE(sms.code, QStringLiteral("042042"));
        QCOMPARE(sms.to, QStringLiteral("+447123456789"));
        QVERIFY(testSms(sms.to).code.isEmpty());
    }

    void twilioUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::newRow("twilio") << "https://api.twilio.com"
                                << "https://api.twilio.com/2010-04-01/Accounts/ACabc/Messages.json";
        QTest::newRow("trailing slash") << "https://api.twilio.com/"
                                        << "https://api.twilio.com/2010-04-01/Accounts/ACabc/Messages.json";
        QTest::newRow("local gateway with prefix")
            << "http://127.0.0.1:8080/sms"
            << "http://127.0.0.1:8080/sms/2010-04-01/Accounts/ACabc/Messages.json";
    }
    void twilioUrl()
    {
        QFETCH(QString, base);
        QTEST(TwilioGateway::messagesUrl(base, QStringLiteral("ACabc")).toString(), "url");
    }

    void twilioFormBodyEncodesEverything()
    {
        const QByteArray body = TwilioGateway::formBody(message(QStringLiteral("Code: 1 2+3&x=ü")),
                                                        QStringLiteral("+15005550006"));
        QCOMPARE(body,
                 QByteArray("To=%2B447123456789&From=%2B15005550006&Body=Code%3A%201%202%2B3%26x%3D%C3%BC"));
        const QUrlQuery decoded(QString::fromLatin1(body));
        QCOMPARE(decoded.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded),
                 QStringLiteral("Code: 1 2+3&x=ü"));
    }

    void twilioErrorsBecomeSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("sentence");
        const auto failed = ErrorCode::DeliveryFailed;
        QTest::newRow("401")
            << 401 << twilioError(401, 20003, "Authenticate") << ErrorCode::DeliveryAuthFailed
            << "The SMS gateway refused the account SID or auth token: check them in the delivery "
               "settings.";
        QTest::newRow("21211")
            << 400 << twilioError(400, 21211, "The 'To' number +447123456789 is not valid.") << failed
            << "The SMS gateway says +447123456789 is not a valid phone number: check the number.";
        QTest::newRow("21608")
            << 400 << twilioError(400, 21608, "The number is unverified.") << failed
            << "The SMS gateway account is a trial account, which only sends to verified numbers: "
               "verify +447123456789 with Twilio, or upgrade the account.";
        QTest::newRow("21610")
            << 400 << twilioError(400, 21610, "Attempt to send to unsubscribed recipient") << failed
            << "+447123456789 has replied STOP to the sender number: send START to it from that "
               "phone, then try again.";
        QTest::newRow("21408")
            << 400 << twilioError(400, 21408, "Permission to send an SMS has not been enabled") << failed
            << "The SMS gateway account may not send to +447123456789's country: allow it in the "
               "account's geographic permissions.";
        QTest::newRow("21614")
            << 400 << twilioError(400, 21614, "'To' number is not a valid mobile number") << failed
            << "+447123456789 is not a mobile number, so it cannot receive SMS: use a mobile "
               "number.";
        QTest::newRow("21606")
            << 400 << twilioError(400, 21606, "The From phone number is not valid") << failed
            << "The SMS gateway cannot send from +15005550006 with this account: check the sender "
               "number in the delivery settings.";
        QTest::newRow("404")
            << 404 << twilioError(404, 20404, "The requested resource was not found") << failed
            << "The SMS gateway does not know this account: check the base URL and the account SID.";
        QTest::newRow("429")
            << 429 << twilioError(429, 20429, "Too Many Requests") << ErrorCode::DeliveryRateLimited
            << "The SMS gateway is getting too many messages from this account: try again in a "
               "minute.";
        QTest::newRow("500, not JSON")
            << 500 << QByteArray("<html>oops</html>") << failed
            << "The SMS gateway has a problem on its side: try again in a few minutes.";
        QTest::newRow("other, quoted")
            << 400 << twilioError(400, 30007, "Message filtered as spam.") << failed
            << "The SMS gateway refused the message: Message filtered as spam.";
        QTest::newRow("other, no JSON")
            << 400 << QByteArray() << failed
            << "The SMS gateway refused the message: check the SMS settings, then try "
               "again.";
    }
    void twilioErrorsBecomeSentences()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const Error error = TwilioGateway::errorForResponse(status, body, message(), twilioSettings());
        QTEST(error.code, "code");
        QTEST(error.message, "sentence");
    }

    void webhookTemplateEscapesValues_data()
    {
        QTest::addColumn<QString>("bodyTemplate");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("expanded");
        QTest::newRow("default template")
            << ""
            << "Code 1" << QByteArray("{\"to\": \"+447123456789\", \"body\": \"Code 1\"}");
        QTest::newRow("all three")
            << "{\"phone\":\"{to}\",\"text\":\"{body}\",\"otp\":\"{code}\",\"n\":1}"
            << "hi" << QByteArray("{\"phone\":\"+447123456789\",\"text\":\"hi\",\"otp\":\"123456\",\"n\":1}");
        QTest::newRow("quotes and backslashes")
            << "{\"t\":\"{body}\"}"
            << "say \"hi\" \\o/" << QByteArray("{\"t\":\"say \\\"hi\\\" \\\\o/\"}");
        QTest::newRow("control characters") << "{\"t\":\"{body}\"}"
                                            << "a\nb\tc\x01" << QByteArray("{\"t\":\"a\\nb\\tc\\u0001\"}");
        QTest::newRow("line separator")
            << "{\"t\":\"{body}\"}" << QStringLiteral("a\u2028b") << QByteArray("{\"t\":\"a\\u2028b\"}");
        QTest::newRow("UTF-8 kept") << "{\"t\":\"{body}\"}" << QStringLiteral("Zoë ✓")
                                    << QStringLiteral("{\"t\":\"Zoë ✓\"}").toUtf8();
        QTest::newRow("placeholder in a value is not expanded again")
            << "{\"t\":\"{body}\",\"c\":\"{code}\"}"
            << "{code}" << QByteArray("{\"t\":\"{code}\",\"c\":\"123456\"}");
        QTest::newRow("unknown placeholders stay") << "{\"t\":\"{body}\",\"x\":\"{other}\"}"
                                                   << "hi" << QByteArray("{\"t\":\"hi\",\"x\":\"{other}\"}");
    }
    void webhookTemplateEscapesValues()
    {
        QFETCH(QString, bodyTemplate);
        QFETCH(QString, body);
        const Result<QByteArray> expanded = WebhookGateway::expandTemplate(bodyTemplate, message(body));
        QVERIFY2(expanded.ok(), expanded.ok() ? "" : qPrintable(expanded.error().message));
        QTEST(*expanded, "expanded");
    }

    void webhookTemplateMustGiveJson_data()
    {
        QTest::addColumn<QString>("bodyTemplate");
        QTest::newRow("unquoted placeholder") << "{\"t\": {body}}";
        QTest::newRow("not JSON") << "to={to}&body={body}";
        QTest::newRow("unbalanced") << "{\"t\": \"{body}\"";
    }
    void webhookTemplateMustGiveJson()
    {
        QFETCH(QString, bodyTemplate);
        const Result<QByteArray> expanded = WebhookGateway::expandTemplate(bodyTemplate, message());
        QVERIFY(!expanded.ok());
        QCOMPARE(expanded.error().code, ErrorCode::InvalidInput);
        QCOMPARE(
            expanded.error().message,
            QStringLiteral("The SMS webhook's body template does not make valid JSON: check its quotes and "
                           "braces, and put each {to}, {body} and {code} inside quotes."));
    }

    void webhookStatusesBecomeSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("401") << 401 << ErrorCode::DeliveryAuthFailed;
        QTest::newRow("403") << 403 << ErrorCode::DeliveryAuthFailed;
        QTest::newRow("404") << 404 << ErrorCode::DeliveryFailed;
        QTest::newRow("429") << 429 << ErrorCode::DeliveryRateLimited;
        QTest::newRow("503") << 503 << ErrorCode::DeliveryFailed;
        QTest::newRow("400") << 400 << ErrorCode::DeliveryFailed;
    }
    void webhookStatusesBecomeSentences()
    {
        QFETCH(int, status);
        const Error error = WebhookGateway::errorForStatus(status);
        QTEST(error.code, "code");
        QVERIFY(error.message.endsWith(u'.'));
        QVERIFY(!error.message.contains(QString::number(status))); // a sentence, never a code
    }

    // Nothing leaves the computer for a message that cannot be right.
    void refusesBadRecipientsBeforeSending_data()
    {
        QTest::addColumn<QString>("to");
        QTest::newRow("national") << "07123456789";
        QTest::newRow("spaces") << "+44 7123 456789";
        QTest::newRow("empty") << "";
    }
    void refusesBadRecipientsBeforeSending()
    {
        QFETCH(QString, to);
        TwilioSettings settings = twilioSettings();
        settings.baseUrl = QStringLiteral("http://127.0.0.1:9"); // would be refused if it were ever reached
        const TwilioGateway gateway(std::move(settings));
        const Status sent = gateway.sendBlocking(SmsMessage{to, QStringLiteral("hi"), {}});
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
        QCOMPARE(sent.error().message,
                 QStringLiteral("\"%1\" is not a phone number in international form, like +447123456789.")
                     .arg(to));
    }

    void createRefusesNone()
    {
        const auto gateway = SmsGateway::create(SmsSettings{});
        QVERIFY(!gateway.ok());
        QCOMPARE(gateway.error().code, ErrorCode::DeliveryNotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestSmsGateways)
#include "tst_smsgateways.moc"
