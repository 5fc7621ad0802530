#pragma once
// SMS gateways: one interface, a class per wire format (Twilio's Messages API, a generic JSON
// webhook). Sending blocks the calling thread; send() runs it on the delivery thread pool.
#include "common/Result.h"
#include "delivery/DeliverySettings.h"

#include <QFuture>
#include <QString>

#include <memory>

namespace twofold {

struct SmsMessage
{
    QString to;   // E.164, "+447123456789" (PhoneNumber::e164())
    QString body; // the text the phone shows
    QString code; // the code alone, for webhook templates; empty for a test message
};

// "Your Twofold sign-in code is 123456. It expires in 10 minutes."
SmsMessage signInCodeSms(const QString& toE164, QStringView code, int lifetimeMinutes);
// The message `delivery test` sends: says the settings work, carries no code.
SmsMessage testSms(const QString& toE164);

class SmsGateway
{
public:
    virtual ~SmsGateway() = default;

    // Makes the gateway settings.provider names, after settings.validate(). Refuses
    // SmsProvider::None with ErrorCode::DeliveryNotConfigured and invalid settings with their
    // sentence.
    static Result<std::unique_ptr<SmsGateway>> create(const SmsSettings& settings,
                                                      DeliveryTimeouts timeouts = {});

    // Sends message on the calling thread, blocking for at most the timeouts. Refuses a "to"
    // that is not E.164 (InvalidInput) and turns every failure into a sentence a person can
    // act on: DeliveryAuthFailed when the gateway refuses the credentials, DeliveryTimeout,
    // DeliveryRateLimited, DeliveryFailed for the rest (with what to check).
    virtual Status sendBlocking(const SmsMessage& message) const = 0;

    // A copy, secrets included, that a send off the calling thread can own.
    virtual std::unique_ptr<SmsGateway> clone() const = 0;

    // sendBlocking() on the delivery thread pool. The gateway may be destroyed before the
    // future finishes.
    QFuture<Status> send(const SmsMessage& message) const;

protected:
    SmsGateway() = default;
    SmsGateway(const SmsGateway&) = default;
    SmsGateway& operator=(const SmsGateway&) = default;

    // Refuses a "to" that is not E.164 and an empty body.
    static Status checkMessage(const SmsMessage& message);
};

// Twilio's Messages API, or any gateway that speaks it: POST
// BASE/2010-04-01/Accounts/{sid}/Messages.json, form-encoded To, From and Body, HTTP Basic
// auth with the account SID and auth token. Success is any 2xx answer.
class TwilioGateway final : public SmsGateway
{
public:
    TwilioGateway(TwilioSettings settings, QString caFile = {}, DeliveryTimeouts timeouts = {});

    Status sendBlocking(const SmsMessage& message) const override;
    std::unique_ptr<SmsGateway> clone() const override;

    // BASE/2010-04-01/Accounts/{sid}/Messages.json (a trailing "/" on BASE is dropped).
    static QUrl messagesUrl(const QString& baseUrl, const QString& accountSid);
    // To=…&From=…&Body=…, every value percent-encoded ("+" as %2B).
    static QByteArray formBody(const SmsMessage& message, const QString& fromNumber);
    // The sentence for a non-2xx answer, read from Twilio's JSON error {code, message,
    // more_info, status}: 401 and 20003 name the credentials; 21211, 21608, 21610, 21612,
    // 21614, 21408, 21212, 21606 and 21659 say what is wrong with the To or From number; 429
    // and 20429 are DeliveryRateLimited; 5xx asks to try later; others quote Twilio's message.
    static Error errorForResponse(long httpStatus, const QByteArray& body, const SmsMessage& message,
                                  const TwilioSettings& settings);

private:
    TwilioSettings m_settings;
    QString m_caFile;
    DeliveryTimeouts m_timeouts;
};

// A generic JSON webhook: POST the filled-in body template to the URL with the extra headers
// and Content-Type: application/json. Success is any 2xx answer.
class WebhookGateway final : public SmsGateway
{
public:
    // Used when WebhookSettings::bodyTemplate is empty.
    static constexpr char16_t kDefaultTemplate[] = u"{\"to\": \"{to}\", \"body\": \"{body}\"}";

    WebhookGateway(WebhookSettings settings, QString caFile = {}, DeliveryTimeouts timeouts = {});

    Status sendBlocking(const SmsMessage& message) const override;
    std::unique_ptr<SmsGateway> clone() const override;

    // The template with each {to}, {body} and {code} replaced by its value escaped for a JSON
    // string (quotes, backslashes, control characters, U+2028/9); replaced text is not looked
    // at again. Refuses with InvalidInput when the result is not valid JSON.
    static Result<QByteArray> expandTemplate(QStringView bodyTemplate, const SmsMessage& message);
    // The sentence for a non-2xx answer: 401/403 name the headers, 404 the URL, 429 is
    // DeliveryRateLimited, 5xx asks to try later.
    static Error errorForStatus(long httpStatus);

private:
    WebhookSettings m_settings;
    QString m_caFile;
    DeliveryTimeouts m_timeouts;
};

} // namespace twofold
