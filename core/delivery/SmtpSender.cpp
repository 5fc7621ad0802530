#include "delivery/SmtpSender.h"

#include "delivery/CurlSupport.h"
#include "delivery/DeliveryText.h"
#include "delivery/SmtpError.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstring>
#include <memory>

namespace twofold {

namespace {

struct Upload
{
    const QByteArray* message = nullptr;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const qsizetype left = upload->message->size() - upload->offset;
    const qsizetype chunk = qMin(left, qsizetype(size * count));
    std::memcpy(buffer, upload->message->constData() + upload->offset, size_t(chunk));
    upload->offset += chunk;
    return size_t(chunk);
}

bool startsWith(const char* text, const char* prefix)
{
    return std::strncmp(text, prefix, std::strlen(prefix)) == 0;
}

} // namespace

namespace detail {

// The sentence for a failed SMTP exchange; what is not about mail goes to transferError().
Error smtpError(CURLcode code, const char* errorBuffer, long reply, const SmtpSettings& settings,
                const QString& toAddress)
{
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return Error(
            ErrorCode::DeliveryAuthFailed,
            DeliveryText::tr("The mail server refused the sign-in: check the SMTP user name and password."));
    case CURLE_USE_SSL_FAILED:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "%1 does not offer STARTTLS, so the mail would travel unencrypted: choose TLS (usually "
                "port 465) if the server has it, or ask its administrator to turn STARTTLS on.")
                .arg(settings.host));
    case CURLE_SEND_ERROR:
        if (reply == 530 || reply == 535)
            return Error(
                ErrorCode::DeliveryAuthFailed,
                DeliveryText::tr(
                    "The mail server wants a sign-in before it sends mail: enter the SMTP user name and "
                    "password in the delivery settings."));
        if (startsWith(errorBuffer, "MAIL failed"))
            return Error(
                ErrorCode::DeliveryFailed,
                DeliveryText::tr(
                    "The mail server refused the sender address %1: many servers only accept the address "
                    "of the account you sign in with.")
                    .arg(settings.fromAddress));
        if (startsWith(errorBuffer, "RCPT failed"))
            return Error(ErrorCode::DeliveryFailed,
                         DeliveryText::tr("The mail server refused to deliver to %1: check the address.")
                             .arg(toAddress));
        if (startsWith(errorBuffer, "DATA failed"))
            return Error(
                ErrorCode::DeliveryFailed,
                DeliveryText::tr(
                    "The mail server refused the message: try again later, or ask its administrator."));
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        if (reply >= 400)
            return Error(
                ErrorCode::DeliveryFailed,
                DeliveryText::tr(
                    "The mail server refused the message: try again later, or ask its administrator."));
        break;
    default:
        break;
    }
    return curl::transferError(code, errorBuffer, settings.host, settings.port);
}

} // namespace detail

namespace {

Status transfer(const SmtpSettings& settings, const DeliveryTimeouts& timeouts, const QByteArray& message,
                const QString& toAddress)
{
    char errorBuffer[CURL_ERROR_SIZE];
    curl::Easy easy = curl::makeEasy(timeouts, settings.caFile, "smtp,smtps", errorBuffer);
    if (!easy)
        return curl::transferError(CURLE_OUT_OF_MEMORY, "", settings.host, settings.port);
    CURL* h = easy.get();

    QUrl url;
    url.setScheme(settings.security == SmtpSecurity::ImplicitTls ? QStringLiteral("smtps")
                                                                 : QStringLiteral("smtp"));
    url.setHost(settings.host);
    url.setPort(settings.port);
    const QByteArray encodedUrl = url.toEncoded();
    curl_easy_setopt(h, CURLOPT_URL, encodedUrl.constData());
    curl_easy_setopt(h, CURLOPT_USE_SSL,
                     long(settings.security == SmtpSecurity::StartTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));

    SecureBuffer user;
    SecureBuffer password;
    if (!settings.username.isEmpty()) {
        user = curl::cString(settings.username);
        password = curl::cString(settings.password);
        curl_easy_setopt(h, CURLOPT_USERNAME, reinterpret_cast<const char*>(user.data()));
        curl_easy_setopt(h, CURLOPT_PASSWORD, reinterpret_cast<const char*>(password.data()));
    }

    const QByteArray from = '<' + settings.fromAddress.toLatin1() + '>';
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl::StringList recipients;
    if (!recipients.append(('<' + toAddress.toLatin1() + '>').constData()))
        return curl::transferError(CURLE_OUT_OF_MEMORY, "", settings.host, settings.port);
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());

    Upload upload{&message, 0};
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));

    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK)
        return {};
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    return detail::smtpError(code, errorBuffer, reply, settings, toAddress);
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings, DeliveryTimeouts timeouts, Clock& clock, Random& random)
    : m_settings(std::move(settings)), m_timeouts(timeouts), m_clock(clock), m_random(random)
{
}

Status SmtpSender::sendBlocking(const MailContent& mail) const
{
    if (Status valid = m_settings.validate(); !valid)
        return valid;
    Result<QByteArray> message =
        buildMailMessage(m_settings.fromAddress, m_settings.fromName, mail, m_clock.nowMs(), m_random);
    if (!message)
        return message.error();
    Status sent = transfer(m_settings, m_timeouts, *message, mail.toAddress);
    wipe(*message);
    return sent;
}

QFuture<Status> SmtpSender::send(const MailContent& mail) const
{
    Status valid = m_settings.validate();
    Result<QByteArray> message =
        valid ? buildMailMessage(m_settings.fromAddress, m_settings.fromName, mail, m_clock.nowMs(), m_random)
              : Result<QByteArray>(valid.error());
    if (!message)
        return curl::readyFuture(message.error());
    struct Job
    {
        SmtpSettings settings;
        DeliveryTimeouts timeouts;
        QByteArray message;
        QString toAddress;
    };
    auto job =
        std::make_shared<Job>(Job{m_settings.clone(), m_timeouts, std::move(*message), mail.toAddress});
    return curl::runOffThread([job] {
        Status sent = transfer(job->settings, job->timeouts, job->message, job->toAddress);
        wipe(job->message);
        return sent;
    });
}

} // namespace twofold
