#pragma once
// CodeSender: how the verifier hands an email or SMS code to the delivery code. One small
// interface, so the verifier does not know about SMTP or gateways: DeliveryCodeSender adapts
// core/delivery; tests of the rules use a sender that records what it was given (the delivery
// code has its own tests against real servers, and the end-to-end tests wire the real one).
#include "auth/SignInMethod.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace twofold {

struct CodeDelivery
{
    SignInMethod method = SignInMethod::Email; // Email or Sms
    QString target;                            // the address, or the number in E.164
    SecureBuffer code;                         // UTF-8 digits
    int lifetimeMinutes = 10;
    SecureBuffer deliverySettings; // DeliverySettings::toCbor() bytes; empty: none saved
    bool setup = false;            // checks a target being turned on, not a sign-in
};

class CodeSender
{
public:
    virtual ~CodeSender() = default;
    // Sends delivery.code to delivery.target and returns once it was handed over or refused.
    // Blocks the calling thread (the verifier runs off the GUI thread); may be called from any
    // thread, one call at a time per verifier. Refusals are sentences a person can act on
    // (DeliveryNotConfigured, DeliveryAuthFailed, DeliveryTimeout, DeliveryFailed, ...).
    virtual Status send(const CodeDelivery& delivery) = 0;
};

} // namespace twofold
