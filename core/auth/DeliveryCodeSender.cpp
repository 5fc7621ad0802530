#include "auth/DeliveryCodeSender.h"

#include "auth/AuthText.h"
#include "common/StrictCbor.h"
#include "delivery/DeliverySettings.h"
#include "delivery/MailMessage.h"
#include "delivery/SmsGateway.h"
#include "delivery/SmtpSender.h"

#include <QCborValue>

namespace twofold {

DeliveryCodeSender::DeliveryCodeSender(Clock& clock, Random& random) : m_clock(clock), m_random(random) {}

Status DeliveryCodeSender::send(const CodeDelivery& delivery)
{
    Result<DeliverySettings> settings = DeliverySettings();
    if (!delivery.deliverySettings.isEmpty()) {
        settings = DeliverySettings::fromCbor(
            strictCborMap(QByteArrayView(reinterpret_cast<const char*>(delivery.deliverySettings.data()),
                                         qsizetype(delivery.deliverySettings.size()))));
        if (!settings)
            return settings.error();
    }
    QString code = delivery.code.toStringUnsafe(); // known leak, short-lived: the mail text needs it
    Status result;
    if (delivery.method == SignInMethod::Email) {
        if (!settings->smtp.isConfigured())
            result =
                Error(ErrorCode::DeliveryNotConfigured,
                      AuthText::tr("Codes cannot be sent by email yet: set up the mail server first "
                                   "(Preferences > Security > Delivery, or twofold-cli delivery set smtp)."));
        else
            result = SmtpSender(settings->smtp.clone(), {}, m_clock, m_random)
                         .sendBlocking(delivery.setup
                                           ? setupCodeMail(delivery.target, code, delivery.lifetimeMinutes)
                                           : signInCodeMail(delivery.target, code, delivery.lifetimeMinutes));
    } else {
        if (!settings->sms.isConfigured()) {
            result =
                Error(ErrorCode::DeliveryNotConfigured,
                      AuthText::tr("Codes cannot be sent by text message yet: set up the SMS gateway first "
                                   "(Preferences > Security > Delivery, or twofold-cli delivery set sms)."));
        } else {
            Result<std::unique_ptr<SmsGateway>> gateway = SmsGateway::create(settings->sms);
            result =
                gateway
                    ? (*gateway)->sendBlocking(signInCodeSms(delivery.target, code, delivery.lifetimeMinutes))
                    : Status(gateway.error());
        }
    }
    wipe(code);
    return result;
}

} // namespace twofold
