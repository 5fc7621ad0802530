#pragma once
// Sends mail through the user's SMTP relay with libcurl: smtp:// with STARTTLS required,
// smtps://, or (this computer only) plain; AUTH with the user name and password when given.
#include "common/Clock.h"
#include "common/Random.h"
#include "common/Result.h"
#include "delivery/DeliverySettings.h"
#include "delivery/MailMessage.h"

#include <QFuture>

namespace twofold {

class SmtpSender final
{
public:
    // clock dates the message and random makes its Message-ID; both must outlive the sender.
    explicit SmtpSender(SmtpSettings settings, DeliveryTimeouts timeouts = {}, Clock& clock = systemClock(),
                        Random& random = systemRandom());

    // Sends mail on the calling thread, blocking for at most the timeouts. Refuses settings
    // that SmtpSettings::validate() refuses and mail that buildMailMessage() refuses, and turns
    // every failure into a sentence a person can act on: DeliveryAuthFailed when the server
    // refuses the user name or password (or wants one and none is set), DeliveryTimeout when
    // it does not answer in time, DeliveryFailed for the rest (the host cannot be found, the
    // connection is refused, STARTTLS is required but not offered, the certificate is not
    // trusted, the sender or the recipient is refused, the message is refused).
    Status sendBlocking(const MailContent& mail) const;

    // The same off the calling thread (Date and Message-ID are made now, on this thread): the
    // future finishes with the Status. The sender may be destroyed before it does.
    QFuture<Status> send(const MailContent& mail) const;

    const SmtpSettings& settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    DeliveryTimeouts m_timeouts;
    Clock& m_clock;
    Random& m_random;
};

} // namespace twofold
