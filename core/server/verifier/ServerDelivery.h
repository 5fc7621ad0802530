#pragma once
// How twofold-server sends what the verifier asks for: codes with the delivery settings of the
// server's own configuration (users never hold mail or SMS credentials in server mode), and
// the "New sign-in to your Twofold vault" notice.
#include "auth/CodeSender.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "delivery/DeliverySettings.h"
#include "delivery/MailMessage.h"

namespace twofold::server {

class ServerCodeSender final : public CodeSender
{
public:
    // settings, clock and random must outlive the sender.
    ServerCodeSender(const DeliverySettings& settings, Clock& clock = systemClock(),
                     Random& random = systemRandom());
    // Sends with the server's settings, whatever the delivery carried.
    Status send(const CodeDelivery& delivery) override;

private:
    SecureBuffer m_settings; // DeliverySettings::toCbor() bytes
    Clock& m_clock;
    Random& m_random;
};

// The notice mail: which account, from which computer, when (UTC); carries no secret.
MailContent newSignInMail(const QString& toAddress, const QString& computerName, qint64 atMs);
// Sends it with settings' mail server; Ok and nothing sent when none is configured.
Status sendNewSignInMail(const DeliverySettings& settings, const QString& toAddress,
                         const QString& computerName, qint64 atMs, Clock& clock = systemClock(),
                         Random& random = systemRandom());

} // namespace twofold::server
