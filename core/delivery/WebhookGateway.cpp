#include "delivery/CurlSupport.h"
#include "delivery/DeliveryText.h"
#include "delivery/SmsGateway.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace twofold {

namespace {

// text escaped for the inside of a JSON string (RFC 8259 section 7), UTF-8.
QByteArray jsonEscaped(QStringView text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20 || byte == 0x7f) {
                out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
            } else if (byte == 0xe2 && i + 2 < utf8.size() &&
                       static_cast<unsigned char>(utf8[i + 1]) == 0x80 &&
                       (static_cast<unsigned char>(utf8[i + 2]) == 0xa8 ||
                        static_cast<unsigned char>(utf8[i + 2]) == 0xa9)) {
                out += static_cast<unsigned char>(utf8[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029"; // breaks JS
                i += 2;
            } else {
                out += char(byte);
            }
        }
    }
    return out;
}

} // namespace

WebhookGateway::WebhookGateway(WebhookSettings settings, QString caFile, DeliveryTimeouts timeouts)
    : m_settings(std::move(settings)), m_caFile(std::move(caFile)), m_timeouts(timeouts)
{
}

std::unique_ptr<SmsGateway> WebhookGateway::clone() const
{
    return std::make_unique<WebhookGateway>(m_settings.clone(), m_caFile, m_timeouts);
}

Result<QByteArray> WebhookGateway::expandTemplate(QStringView bodyTemplate, const SmsMessage& message)
{
    const QStringView source = bodyTemplate.isEmpty() ? QStringView(kDefaultTemplate) : bodyTemplate;
    const struct
    {
        QStringView placeholder;
        const QString& value;
    } fields[] = {{u"{to}", message.to}, {u"{body}", message.body}, {u"{code}", message.code}};

    QByteArray out;
    qsizetype copiedUpTo = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i] != u'{')
            continue;
        for (const auto& field : fields) {
            if (source.mid(i).startsWith(field.placeholder)) {
                out += source.mid(copiedUpTo, i - copiedUpTo).toUtf8() + jsonEscaped(field.value);
                i += field.placeholder.size() - 1;
                copiedUpTo = i + 1;
                break;
            }
        }
    }
    out += source.mid(copiedUpTo).toUtf8();

    QJsonParseError parseError;
    QJsonDocument::fromJson(out, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(
            ErrorCode::InvalidInput,
            DeliveryText::tr(
                "The SMS webhook's body template does not make valid JSON: check its quotes and braces, and "
                "put each {to}, {body} and {code} inside quotes."));
    return out;
}

Error WebhookGateway::errorForStatus(long httpStatus)
{
    if (httpStatus == 401 || httpStatus == 403)
        return Error(
            ErrorCode::DeliveryAuthFailed,
            DeliveryText::tr(
                "The SMS webhook refused access: check the headers (such as its API key) in the delivery "
                "settings."));
    if (httpStatus == 404 || httpStatus == 405)
        return Error(
            ErrorCode::DeliveryFailed,
            DeliveryText::tr(
                "The SMS webhook's address does not take messages: check the URL in the delivery settings."));
    if (httpStatus == 429)
        return Error(
            ErrorCode::DeliveryRateLimited,
            DeliveryText::tr("The SMS webhook is getting too many messages: try again in a minute."));
    if (httpStatus >= 500)
        return Error(ErrorCode::DeliveryFailed,
                     DeliveryText::tr("The SMS webhook has a problem on its side: try again in a few "
                                      "minutes, or ask whoever runs it."));
    return Error(
        ErrorCode::DeliveryFailed,
        DeliveryText::tr(
            "The SMS webhook refused the message: check its URL, headers and body template in the delivery "
            "settings."));
}

Status WebhookGateway::sendBlocking(const SmsMessage& message) const
{
    if (Status valid = m_settings.validate(); !valid)
        return valid;
    if (Status valid = checkMessage(message); !valid)
        return valid;
    Result<QByteArray> body = expandTemplate(m_settings.bodyTemplate, message);
    if (!body)
        return body.error();
    curl::HttpPost request;
    request.url = QUrl(m_settings.url.trimmed(), QUrl::StrictMode);
    request.contentType = "application/json";
    request.body = std::move(*body);
    request.headers = &m_settings.headers;
    request.caFile = m_caFile;
    Result<curl::HttpResponse> response = curl::httpPost(request, m_timeouts);
    wipe(request.body);
    if (!response)
        return response.error();
    if (response->status >= 200 && response->status < 300)
        return {};
    return errorForStatus(response->status);
}

} // namespace twofold
