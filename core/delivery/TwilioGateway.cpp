#include "delivery/CurlSupport.h"
#include "delivery/DeliveryText.h"
#include "delivery/SmsGateway.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace twofold {

namespace {

// Twilio error codes, https://www.twilio.com/docs/api/errors
enum TwilioError {
    kAuthenticate = 20003,
    kNotFound = 20404,
    kTooManyRequests = 20429,
    kRegionNotEnabled = 21408,
    kInvalidFrom = 21212,
    kInvalidTo = 21211,
    kFromNotSmsCapable = 21606,
    kUnverifiedTo = 21608,
    kUnsubscribed = 21610,
    kCannotRoute = 21612,
    kNotMobile = 21614,
    kFromNotAllowed = 21659,
};

} // namespace

TwilioGateway::TwilioGateway(TwilioSettings settings, QString caFile, DeliveryTimeouts timeouts)
    : m_settings(std::move(settings)), m_caFile(std::move(caFile)), m_timeouts(timeouts)
{
}

std::unique_ptr<SmsGateway> TwilioGateway::clone() const
{
    return std::make_unique<TwilioGateway>(m_settings.clone(), m_caFile, m_timeouts);
}

QUrl TwilioGateway::messagesUrl(const QString& baseUrl, const QString& accountSid)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + QStringLiteral("/2010-04-01/Accounts/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(accountSid)) +
                    QStringLiteral("/Messages.json"),
                QUrl::StrictMode);
}

QByteArray TwilioGateway::formBody(const SmsMessage& message, const QString& fromNumber)
{
    return "To=" + QUrl::toPercentEncoding(message.to) + "&From=" + QUrl::toPercentEncoding(fromNumber) +
           "&Body=" + QUrl::toPercentEncoding(message.body);
}

Error TwilioGateway::errorForResponse(long httpStatus, const QByteArray& body, const SmsMessage& message,
                                      const TwilioSettings& settings)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const int code = error.value(QLatin1String("code")).toInt();
    const QString twilioMessage = error.value(QLatin1String("message")).toString().trimmed();

    if (httpStatus == 401 || code == kAuthenticate)
        return Error(ErrorCode::DeliveryAuthFailed,
                     DeliveryText::tr(
                         "The SMS gateway refused the account SID or auth token: check them in the delivery "
                         "settings."));
    if (httpStatus == 429 || code == kTooManyRequests)
        return Error(
            ErrorCode::DeliveryRateLimited,
            DeliveryText::tr(
                "The SMS gateway is getting too many messages from this account: try again in a minute."));
    switch (code) {
    case kInvalidTo:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr("The SMS gateway says %1 is not a valid phone number: check the number.")
                .arg(message.to));
    case kUnverifiedTo:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The SMS gateway account is a trial account, which only sends to verified numbers: verify "
                "%1 with Twilio, or upgrade the account.")
                .arg(message.to));
    case kUnsubscribed:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "%1 has replied STOP to the sender number: send START to it from that phone, then try "
                "again.")
                .arg(message.to));
    case kRegionNotEnabled:
    case kCannotRoute:
        return Error(ErrorCode::DeliveryFailed,
                     DeliveryText::tr(
                         "The SMS gateway account may not send to %1's country: allow it in the account's "
                         "geographic permissions.")
                         .arg(message.to));
    case kNotMobile:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr("%1 is not a mobile number, so it cannot receive SMS: use a mobile number.")
                .arg(message.to));
    case kInvalidFrom:
    case kFromNotSmsCapable:
    case kFromNotAllowed:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The SMS gateway cannot send from %1 with this account: check the sender number in the "
                "delivery settings.")
                .arg(settings.fromNumber));
    case kNotFound:
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The SMS gateway does not know this account: check the base URL and the account SID."));
    default:
        break;
    }
    if (httpStatus == 404)
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The SMS gateway does not know this account: check the base URL and the account SID."));
    if (httpStatus >= 500)
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr("The SMS gateway has a problem on its side: try again in a few minutes."));
    if (!twilioMessage.isEmpty())
        return Error(ErrorCode::DeliveryFailed,
                     DeliveryText::tr("The SMS gateway refused the message: %1").arg(twilioMessage));
    return Error(
        ErrorCode::DeliveryFailed,
        DeliveryText::tr("The SMS gateway refused the message: check the SMS settings, then try again."));
}

Status TwilioGateway::sendBlocking(const SmsMessage& message) const
{
    if (Status valid = m_settings.validate(); !valid)
        return valid;
    if (Status valid = checkMessage(message); !valid)
        return valid;
    curl::HttpPost request;
    request.url = messagesUrl(m_settings.baseUrl, m_settings.accountSid);
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formBody(message, m_settings.fromNumber);
    request.basicUser = m_settings.accountSid;
    request.basicPassword = &m_settings.authToken;
    request.caFile = m_caFile;
    Result<curl::HttpResponse> response = curl::httpPost(request, m_timeouts);
    wipe(request.body);
    if (!response)
        return response.error();
    if (response->status >= 200 && response->status < 300)
        return {};
    return errorForResponse(response->status, response->body, message, m_settings);
}

} // namespace twofold
