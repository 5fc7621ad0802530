#include "server/verifier/ServerDelivery.h"

#include "auth/DeliveryCodeSender.h"
#include "delivery/SmtpSender.h"
#include "server/ServerText.h"

#include <QCborValue>
#include <QDateTime>

namespace twofold::server {

ServerCodeSender::ServerCodeSender(const DeliverySettings& settings, Clock& clock, Random& random)
    : m_clock(clock), m_random(random)
{
    QByteArray bytes = settings.toCbor().toCborValue().toCbor();
    m_settings = SecureBuffer::fromBytes(bytes);
    wipe(bytes);
}

Status ServerCodeSender::send(const CodeDelivery& delivery)
{
    CodeDelivery mine{delivery.method,          delivery.target,    delivery.code.clone(),
                      delivery.lifetimeMinutes, m_settings.clone(), delivery.setup};
    return DeliveryCodeSender(m_clock, m_random).send(mine);
}

MailContent newSignInMail(const QString& toAddress, const QString& computerName, qint64 atMs)
{
    const QString when =
        QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
        QStringLiteral(" UTC");
    const QString computer =
        computerName.isEmpty() ? ServerText::tr("a computer without a name") : computerName;
    MailContent mail;
    mail.toAddress = toAddress;
    mail.subject = ServerText::tr("New sign-in to your Twofold vault");
    mail.body =
        ServerText::tr("Your Twofold account %1 was signed in to from a computer it had not seen before "
                       "(“%2”) at %3.\n\n"
                       "If this was you, there is nothing to do. If it was not, change your master password "
                       "now and ask your administrator to revoke that computer.\n")
            .arg(toAddress, computer, when);
    return mail;
}

Status sendNewSignInMail(const DeliverySettings& settings, const QString& toAddress,
                         const QString& computerName, qint64 atMs, Clock& clock, Random& random)
{
    if (!settings.smtp.isConfigured())
        return {};
    return SmtpSender(settings.smtp.clone(), {}, clock, random)
        .sendBlocking(newSignInMail(toAddress, computerName, atMs));
}

} // namespace twofold::server
