#include "delivery/SmsGateway.h"

#include "delivery/CurlSupport.h"
#include "delivery/DeliveryText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace twofold {

SmsMessage signInCodeSms(const QString& toE164, QStringView code, int lifetimeMinutes)
{
    SmsMessage message;
    message.to = toE164;
    message.code = code.toString();
    message.body = DeliveryText::tr("Your Twofold sign-in code is %1.").arg(code) + u' ' +
                   DeliveryText::tr("It expires in %n minutes.", nullptr, lifetimeMinutes);
    return message;
}

SmsMessage testSms(const QString& toE164)
{
    SmsMessage message;
    message.to = toE164;
    message.body = DeliveryText::tr("This is a test message from Twofold: your SMS delivery settings work.");
    return message;
}

Result<std::unique_ptr<SmsGateway>> SmsGateway::create(const SmsSettings& settings, DeliveryTimeouts timeouts)
{
    if (!settings.isConfigured())
        return Error(
            ErrorCode::DeliveryNotConfigured,
            DeliveryText::tr("SMS delivery is not set up: choose an SMS gateway in the delivery settings."));
    if (Status valid = settings.validate(); !valid)
        return valid.error();
    std::unique_ptr<SmsGateway> gateway;
    if (settings.provider == SmsProvider::Twilio)
        gateway = std::make_unique<TwilioGateway>(settings.twilio.clone(), settings.caFile, timeouts);
    else
        gateway = std::make_unique<WebhookGateway>(settings.webhook.clone(), settings.caFile, timeouts);
    return gateway;
}

QFuture<Status> SmsGateway::send(const SmsMessage& message) const
{
    std::shared_ptr<const SmsGateway> copy = clone();
    return curl::runOffThread([copy, message] { return copy->sendBlocking(message); });
}

Status SmsGateway::checkMessage(const SmsMessage& message)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    if (!e164.match(message.to).hasMatch())
        return Error(
            ErrorCode::InvalidInput,
            DeliveryText::tr("\"%1\" is not a phone number in international form, like +447123456789.")
                .arg(message.to));
    if (message.body.isEmpty())
        return Error(ErrorCode::InvalidInput, DeliveryText::tr("An SMS needs some text."));
    return {};
}

} // namespace twofold
