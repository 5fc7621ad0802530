#pragma once
// DeliveryCodeSender: the real CodeSender — email through SmtpSender, SMS through the gateway
// the delivery settings name (core/delivery), with those settings read from each delivery.
#include "auth/CodeSender.h"
#include "common/Clock.h"
#include "common/Random.h"

namespace twofold {

class DeliveryCodeSender final : public CodeSender
{
public:
    // clock dates mail and random makes Message-IDs; both must outlive the sender.
    explicit DeliveryCodeSender(Clock& clock = systemClock(), Random& random = systemRandom());
    // Refuses with DeliveryNotConfigured (and where to set it) when the settings lack the mail
    // server or SMS gateway the method needs, FileDamaged when they do not decode, and every
    // refusal of SmtpSender / SmsGateway.
    Status send(const CodeDelivery& delivery) override;

private:
    Clock& m_clock;
    Random& m_random;
};

} // namespace twofold
