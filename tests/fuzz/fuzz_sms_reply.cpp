// Fuzz target: what the SMS gateways make of a gateway's answer (core/delivery). The input's
// first two bytes are the HTTP status (big-endian, modulo 1000), the rest the body. The
// Twilio gateway reads the body's JSON error (TwilioGateway::errorForResponse); the webhook
// gateway reads the status alone (WebhookGateway::errorForStatus). The body is also tried as
// a webhook's body template (WebhookGateway::expandTemplate), the other text from outside
// these files read. Besides never crashing:
//   - every answer becomes a sentence, and a delivery code a caller can act on: 401 is the
//     credentials and 429 the rate limit (for Twilio, unless its own code says credentials);
//   - a template the delivery settings accept (WebhookSettings::validate) expands to JSON for
//     every message: a real sign-in code, a code with a leading zero and the test message, to
//     other numbers;
//   - the default template carries any text through to valid JSON, unchanged.
#include "FuzzTarget.h"

#include "delivery/DeliverySettings.h"
#include "delivery/SmsGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdlib>

using namespace twofold;

namespace {

bool isDeliveryCode(ErrorCode code)
{
    return code == ErrorCode::DeliveryFailed || code == ErrorCode::DeliveryAuthFailed ||
           code == ErrorCode::DeliveryRateLimited;
}

void checkTwilio(long status, const QByteArray& body)
{
    TwilioSettings settings;
    settings.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    settings.authToken = SecureBuffer::fromUtf8(QStringLiteral("token"));
    settings.fromNumber = QStringLiteral("+15005550006");
    const SmsMessage message = signInCodeSms(QStringLiteral("+447123456789"), u"123456", 10);
    const Error e = TwilioGateway::errorForResponse(status, body, message, settings);
    if (e.message.isEmpty() || !isDeliveryCode(e.code))
        std::abort();
    if (status == 401 && e.code != ErrorCode::DeliveryAuthFailed)
        std::abort();
    if (status == 429 && e.code != ErrorCode::DeliveryRateLimited && e.code != ErrorCode::DeliveryAuthFailed)
        std::abort();
}

void checkWebhookStatus(long status)
{
    const Error e = WebhookGateway::errorForStatus(status);
    if (e.message.isEmpty() || !isDeliveryCode(e.code))
        std::abort();
    const bool auth = status == 401 || status == 403;
    if (auth != (e.code == ErrorCode::DeliveryAuthFailed) ||
        (status == 429) != (e.code == ErrorCode::DeliveryRateLimited))
        std::abort();
}

void checkTemplate(const QString& bodyTemplate)
{
    // What the delivery settings accept as a template, every message it fills must send.
    WebhookSettings webhook;
    webhook.url = QStringLiteral("https://sms.example.com/send");
    webhook.bodyTemplate = bodyTemplate;
    const Status checked = webhook.validate();
    if (!checked) {
        if (checked.error().code != ErrorCode::InvalidInput || checked.error().message.isEmpty())
            std::abort();
        return;
    }
    const SmsMessage sent[] = {
        signInCodeSms(QStringLiteral("+15005550006"), u"987654", 5),
        signInCodeSms(QStringLiteral("+4915123456789"), u"012345", 10),
        testSms(QStringLiteral("+33612345678")),
    };
    for (const SmsMessage& message : sent)
        if (!WebhookGateway::expandTemplate(bodyTemplate, message))
            std::abort(); // validated, yet a real message cannot be sent with it
}

void checkDefaultTemplate(const QString& text)
{
    SmsMessage message;
    message.to = QStringLiteral("+447123456789");
    message.body = text;
    message.code = text;
    Result<QByteArray> json = WebhookGateway::expandTemplate({}, message);
    if (!json)
        std::abort();
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(*json, &error).object();
    if (error.error != QJsonParseError::NoError || object.value(QLatin1String("body")).toString() != text ||
        object.value(QLatin1String("to")).toString() != message.to)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const long status = long((unsigned(data[0]) << 8 | unsigned(data[1])) % 1000);
    const QByteArray body(reinterpret_cast<const char*>(data) + 2, qsizetype(size - 2));
    checkTwilio(status, body);
    checkWebhookStatus(status);
    const QString text = QString::fromUtf8(body);
    checkTemplate(text);
    checkDefaultTemplate(text);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    auto reply = [](int status, const QByteArray& body) {
        QByteArray out;
        out += char(status >> 8);
        out += char(status & 0xff);
        return out + body;
    };
    auto twilio = [&](int status, int code, const char* message) {
        return reply(status, QByteArray(R"({"code": )") + QByteArray::number(code) + R"(, "message": ")" +
                                 message + R"(", "more_info": "https://www.twilio.com/docs/errors/)" +
                                 QByteArray::number(code) + R"(", "status": )" + QByteArray::number(status) +
                                 '}');
    };
    return {
        twilio(401, 20003, "Authenticate"),
        twilio(400, 21211, "The 'To' number +15005550001 is not a valid phone number."),
        twilio(400, 21608, "The number +15005550002 is unverified."),
        twilio(400, 21610, "Attempt to send to unsubscribed recipient"),
        twilio(400, 21408, "Permission to send an SMS has not been enabled for the region"),
        twilio(400, 21612, "The 'To' phone number is not currently reachable"),
        twilio(400, 21614, "'To' number is not a valid mobile number"),
        twilio(400, 21212, "The 'From' number is not a valid phone number"),
        twilio(400, 21606, "The 'From' phone number provided is not a valid message-capable number"),
        twilio(400, 21659, "Source number is not allowed"),
        twilio(404, 20404, "The requested resource was not found"),
        twilio(429, 20429, "Too Many Requests"),
        twilio(400, 30001, "Queue overflow \\u00e9 \\n\\t"),
        reply(503, "<html><body><h1>503 Service Unavailable</h1></body></html>"),
        reply(403, ""),
        reply(405, "Method Not Allowed"),
        reply(302, "Location: https://example.com/"),
        reply(200, R"({"to": "{to}", "text": "{body}", "code": "{code}", "from": "Twofold"})"),
        reply(200, R"({"messages": [{"destination": "{to}", "content": "{body}"}], "ref": "{{to}}"})"),
        reply(200, "\"{body}\""),
    };
}
