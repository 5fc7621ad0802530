#include "delivery/DeliverySettings.h"

#include "delivery/DeliveryText.h"
#include "delivery/MailMessage.h"
#include "delivery/SmsGateway.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace twofold {

namespace {

Error invalid(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}

Status checkCaFile(const QString& caFile)
{
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
        return invalid(
            DeliveryText::tr("The certificate authority (CA) file %1 does not exist.").arg(caFile));
    return {};
}

bool hasControlCharacter(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// https://, or http:// to this computer; a host; no user name or password in the URL.
Status checkGatewayUrl(const QString& text, const QString& what)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return invalid(
            DeliveryText::tr("\"%1\" is not a web address for the %2: it should start with https://.")
                .arg(text, what));
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return invalid(
            DeliveryText::tr(
                "The %1 must use https:// so its credentials and the codes travel encrypted (http:// is "
                "only allowed to this computer).")
                .arg(what));
    if (!url.userInfo().isEmpty())
        return invalid(
            DeliveryText::tr(
                "Put no user name or password in the %1's address: use the settings made for them.")
                .arg(what));
    return {};
}

bool isHeaderToken(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && !QStringView(u"!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

const char* securityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls:
        return "tls";
    case SmtpSecurity::None:
        return "none";
    default:
        return "starttls";
    }
}

const char* providerName(SmsProvider provider)
{
    switch (provider) {
    case SmsProvider::Twilio:
        return "twilio";
    case SmsProvider::Webhook:
        return "webhook";
    default:
        return "none";
    }
}

// QCborValue keeps its own copy of the bytes; the temporary one is wiped.
void insertSecret(QCborMap& map, const char* key, const SecureBuffer& secret)
{
    QByteArray bytes = secret.view().toByteArray();
    map.insert(QLatin1String(key), bytes);
    wipe(bytes);
}

// Reads typed values out of a CBOR map; any wrong type marks the whole read as damaged.
class Reader
{
public:
    explicit Reader(const QCborMap& map, bool& damaged) : m_map(map), m_damaged(damaged) {}

    QString string(const char* key, const QString& fallback = {}) const
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        m_damaged = m_damaged || !value.isString();
        return value.toString();
    }
    qint64 integer(const char* key, qint64 fallback) const
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        m_damaged = m_damaged || !value.isInteger();
        return value.toInteger();
    }
    SecureBuffer secret(const char* key) const
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        m_damaged = m_damaged || !value.isByteArray();
        QByteArray bytes = value.toByteArray();
        SecureBuffer out = SecureBuffer::fromBytes(bytes);
        wipe(bytes);
        return out;
    }
    QCborMap map(const char* key) const
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        m_damaged = m_damaged || !value.isMap();
        return value.toMap();
    }
    QCborArray array(const char* key) const
    {
        const QCborValue value = m_map.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        m_damaged = m_damaged || !value.isArray();
        return value.toArray();
    }

private:
    const QCborMap& m_map;
    bool& m_damaged;
};

} // namespace

bool isLoopbackHost(QStringView host)
{
    QString name = host.trimmed().toString().toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")) ||
        name == QLatin1String("::1") || name == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = name.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        bool ok = false;
        if (part.isEmpty() || part.size() > 3 || part.toUInt(&ok) > 255 || !ok)
            return false;
    }
    return parts.first() == QLatin1String("127");
}

quint16 SmtpSettings::defaultPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls:
        return 465;
    case SmtpSecurity::None:
        return 25;
    default:
        return 587;
    }
}

Status SmtpSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Error(
            ErrorCode::DeliveryNotConfigured,
            DeliveryText::tr("Email delivery is not set up: give the SMTP server in the delivery settings."));
    QUrl probe;
    probe.setHost(host, QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return invalid(DeliveryText::tr("\"%1\" is not a server name.").arg(host));
    if (port == 0)
        return invalid(
            DeliveryText::tr("Give the SMTP server's port: usually 587 for STARTTLS or 465 for TLS."));
    if (fromAddress.trimmed().isEmpty())
        return invalid(DeliveryText::tr("Give the address the codes are sent from."));
    if (Status from = checkEmailAddress(fromAddress); !from)
        return from;
    if (hasControlCharacter(fromName))
        return invalid(
            DeliveryText::tr("A mail header cannot contain a line break or other control character."));
    if (username.isEmpty() && !password.isEmpty())
        return invalid(DeliveryText::tr("Give the SMTP user name that goes with the password."));
    if (security == SmtpSecurity::None && !isLoopbackHost(host))
        return invalid(DeliveryText::tr(
            "Mail can only go unencrypted to a server on this computer: choose STARTTLS or TLS."));
    return checkCaFile(caFile);
}

SmtpSettings SmtpSettings::clone() const
{
    SmtpSettings copy;
    copy.host = host;
    copy.port = port;
    copy.security = security;
    copy.username = username;
    copy.password = password.clone();
    copy.fromAddress = fromAddress;
    copy.fromName = fromName;
    copy.caFile = caFile;
    return copy;
}

Status TwilioSettings::validate() const
{
    if (Status url = checkGatewayUrl(baseUrl, DeliveryText::tr("SMS gateway")); !url)
        return url;
    if (accountSid.isEmpty())
        return invalid(DeliveryText::tr("Give the SMS gateway's account SID (a Twilio one starts with AC)."));
    for (QChar c : accountSid) {
        if (!(c.unicode() < 0x80 && c.isLetterOrNumber()))
            return invalid(DeliveryText::tr("\"%1\" is not an account SID: it has letters and digits only.")
                               .arg(accountSid));
    }
    if (authToken.isEmpty())
        return invalid(DeliveryText::tr("Give the SMS gateway's auth token."));
    if (fromNumber.trimmed().isEmpty())
        return invalid(DeliveryText::tr("Give the number (or sender name) the codes are sent from."));
    if (hasControlCharacter(fromNumber))
        return invalid(
            DeliveryText::tr("\"%1\" cannot be a sender: it has a line break or other control character.")
                .arg(fromNumber.simplified()));
    return {};
}

TwilioSettings TwilioSettings::clone() const
{
    TwilioSettings copy;
    copy.baseUrl = baseUrl;
    copy.accountSid = accountSid;
    copy.authToken = authToken.clone();
    copy.fromNumber = fromNumber;
    return copy;
}

Status WebhookSettings::validate() const
{
    if (Status valid = checkGatewayUrl(url, DeliveryText::tr("SMS webhook")); !valid)
        return valid;
    for (const WebhookHeader& header : headers) {
        if (!isHeaderToken(header.name))
            return invalid(DeliveryText::tr(
                               "\"%1\" is not a header name: use letters, digits and dashes, like X-Api-Key.")
                               .arg(header.name));
        const QString lower = header.name.toLower();
        if (lower == QLatin1String("host") || lower == QLatin1String("content-length") ||
            lower == QLatin1String("transfer-encoding"))
            return invalid(
                DeliveryText::tr("Twofold sets the %1 header itself: remove it from the webhook's headers.")
                    .arg(header.name));
        for (unsigned char byte : header.value.view()) {
            if (byte < 0x20 && byte != '\t')
                return invalid(DeliveryText::tr(
                                   "The value of the %1 header cannot contain a line break or other control "
                                   "character.")
                                   .arg(header.name));
        }
    }
    // Every message the template will fill must make JSON, not one sample: a code with a
    // leading zero ({code} outside quotes is a number then, and 012345 is none) and the test
    // message, which has no code at all (found by fuzz_sms_reply).
    const QString to = QStringLiteral("+447123456789");
    for (const SmsMessage& sample :
         {signInCodeSms(to, u"123456", 10), signInCodeSms(to, u"012345", 10), testSms(to)}) {
        Result<QByteArray> body = WebhookGateway::expandTemplate(bodyTemplate, sample);
        if (!body)
            return body.error();
    }
    return {};
}

WebhookSettings WebhookSettings::clone() const
{
    WebhookSettings copy;
    copy.url = url;
    copy.bodyTemplate = bodyTemplate;
    for (const WebhookHeader& header : headers)
        copy.headers.push_back(WebhookHeader{header.name, header.value.clone()});
    return copy;
}

Status SmsSettings::validate() const
{
    switch (provider) {
    case SmsProvider::Twilio:
        if (Status valid = twilio.validate(); !valid)
            return valid;
        break;
    case SmsProvider::Webhook:
        if (Status valid = webhook.validate(); !valid)
            return valid;
        break;
    case SmsProvider::None:
        return {};
    }
    return checkCaFile(caFile);
}

SmsSettings SmsSettings::clone() const
{
    SmsSettings copy;
    copy.provider = provider;
    copy.twilio = twilio.clone();
    copy.webhook = webhook.clone();
    copy.caFile = caFile;
    return copy;
}

QCborMap DeliverySettings::toCbor() const
{
    QCborMap smtpMap;
    smtpMap.insert(QLatin1String("host"), smtp.host);
    smtpMap.insert(QLatin1String("port"), smtp.port);
    smtpMap.insert(QLatin1String("security"), QLatin1String(securityName(smtp.security)));
    smtpMap.insert(QLatin1String("username"), smtp.username);
    insertSecret(smtpMap, "password", smtp.password);
    smtpMap.insert(QLatin1String("from"), smtp.fromAddress);
    smtpMap.insert(QLatin1String("fromName"), smtp.fromName);
    smtpMap.insert(QLatin1String("caFile"), smtp.caFile);

    QCborMap twilioMap;
    twilioMap.insert(QLatin1String("baseUrl"), sms.twilio.baseUrl);
    twilioMap.insert(QLatin1String("accountSid"), sms.twilio.accountSid);
    insertSecret(twilioMap, "authToken", sms.twilio.authToken);
    twilioMap.insert(QLatin1String("from"), sms.twilio.fromNumber);

    QCborArray headers;
    for (const WebhookHeader& header : sms.webhook.headers) {
        QCborMap headerMap;
        headerMap.insert(QLatin1String("name"), header.name);
        insertSecret(headerMap, "value", header.value);
        headers.append(headerMap);
    }
    QCborMap webhookMap;
    webhookMap.insert(QLatin1String("url"), sms.webhook.url);
    webhookMap.insert(QLatin1String("headers"), headers);
    webhookMap.insert(QLatin1String("body"), sms.webhook.bodyTemplate);

    QCborMap smsMap;
    smsMap.insert(QLatin1String("provider"), QLatin1String(providerName(sms.provider)));
    smsMap.insert(QLatin1String("caFile"), sms.caFile);
    smsMap.insert(QLatin1String("twilio"), twilioMap);
    smsMap.insert(QLatin1String("webhook"), webhookMap);

    QCborMap map;
    map.insert(QLatin1String("version"), 1);
    map.insert(QLatin1String("smtp"), smtpMap);
    map.insert(QLatin1String("sms"), smsMap);
    return map;
}

Result<DeliverySettings> DeliverySettings::fromCbor(const QCborMap& map)
{
    bool damaged = false;
    DeliverySettings settings;
    const Reader top(map, damaged);
    damaged = damaged || top.integer("version", 1) != 1;

    const QCborMap smtpMap = top.map("smtp");
    const Reader smtp(smtpMap, damaged);
    settings.smtp.host = smtp.string("host");
    const qint64 port = smtp.integer("port", 587);
    damaged = damaged || port < 0 || port > 65535;
    settings.smtp.port = quint16(port);
    const QString security = smtp.string("security", QStringLiteral("starttls"));
    if (security == QLatin1String("starttls"))
        settings.smtp.security = SmtpSecurity::StartTls;
    else if (security == QLatin1String("tls"))
        settings.smtp.security = SmtpSecurity::ImplicitTls;
    else if (security == QLatin1String("none"))
        settings.smtp.security = SmtpSecurity::None;
    else
        damaged = true;
    settings.smtp.username = smtp.string("username");
    settings.smtp.password = smtp.secret("password");
    settings.smtp.fromAddress = smtp.string("from");
    settings.smtp.fromName = smtp.string("fromName");
    settings.smtp.caFile = smtp.string("caFile");

    const QCborMap smsMap = top.map("sms");
    const Reader sms(smsMap, damaged);
    const QString provider = sms.string("provider", QStringLiteral("none"));
    if (provider == QLatin1String("none"))
        settings.sms.provider = SmsProvider::None;
    else if (provider == QLatin1String("twilio"))
        settings.sms.provider = SmsProvider::Twilio;
    else if (provider == QLatin1String("webhook"))
        settings.sms.provider = SmsProvider::Webhook;
    else
        damaged = true;
    settings.sms.caFile = sms.string("caFile");

    const QCborMap twilioMap = sms.map("twilio");
    const Reader twilio(twilioMap, damaged);
    settings.sms.twilio.baseUrl = twilio.string("baseUrl", settings.sms.twilio.baseUrl);
    settings.sms.twilio.accountSid = twilio.string("accountSid");
    settings.sms.twilio.authToken = twilio.secret("authToken");
    settings.sms.twilio.fromNumber = twilio.string("from");

    const QCborMap webhookMap = sms.map("webhook");
    const Reader webhook(webhookMap, damaged);
    settings.sms.webhook.url = webhook.string("url");
    settings.sms.webhook.bodyTemplate = webhook.string("body");
    for (const QCborValue& value : webhook.array("headers")) {
        damaged = damaged || !value.isMap();
        const QCborMap headerMap = value.toMap();
        const Reader header(headerMap, damaged);
        settings.sms.webhook.headers.push_back(WebhookHeader{header.string("name"), header.secret("value")});
    }

    if (damaged)
        return Error(
            ErrorCode::FileDamaged,
            DeliveryText::tr(
                "The delivery settings stored in this vault are damaged: set email and SMS delivery up "
                "again."));
    return settings;
}

DeliverySettings DeliverySettings::clone() const
{
    DeliverySettings copy;
    copy.smtp = smtp.clone();
    copy.sms = sms.clone();
    return copy;
}

} // namespace twofold
