#pragma once
// Where sign-in codes go out: the user's SMTP relay and SMS gateway, secrets included.
// Kept inside the vault's encrypted auth section (DESIGN.md 4, 9), never in QSettings.
// Values are move-only because they hold secrets; clone() makes an explicit copy.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCborMap>
#include <QString>

#include <vector>

namespace twofold {

// How long a delivery may take before it is given up with ErrorCode::DeliveryTimeout.
struct DeliveryTimeouts
{
    int connectMs = 10'000; // name lookup, TCP and TLS set-up
    int totalMs = 30'000;   // the whole exchange
};

enum class SmtpSecurity {
    StartTls,    // smtp://, STARTTLS required (the mail never goes out unencrypted)
    ImplicitTls, // smtps://, TLS from the first byte
    None,        // no TLS at all: refused unless the host is this computer (tests, local relays)
};

struct SmtpSettings
{
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username;      // empty: no AUTH
    SecureBuffer password; // UTF-8
    QString fromAddress;   // the envelope sender and the From address
    QString fromName;      // shown as the sender's name; may be empty
    QString caFile;        // PEM file of extra trusted CAs (private relays); empty: the system's

    // The usual port for a security choice: 587, 465 or 25.
    static quint16 defaultPort(SmtpSecurity security);
    // True once a host is set.
    bool isConfigured() const { return !host.isEmpty(); }
    // Refuses, with a sentence, a setting that cannot work: no host, a bad port or From
    // address, a password without a user name, SmtpSecurity::None off this computer, a CA file
    // that does not exist.
    Status validate() const;
    SmtpSettings clone() const;
};

struct TwilioSettings
{
    QString baseUrl = QStringLiteral("https://api.twilio.com"); // http:// only for this computer
    QString accountSid;
    SecureBuffer authToken; // UTF-8
    QString fromNumber;     // E.164 number or alphanumeric sender ID

    // Refuses, with a sentence: a base URL that is not https:// (or http:// to this computer),
    // an empty or odd account SID, no auth token, no sender.
    Status validate() const;
    TwilioSettings clone() const;
};

struct WebhookHeader
{
    QString name;
    SecureBuffer value; // headers often carry an API key
};

struct WebhookSettings
{
    QString url; // https://, or http:// to this computer
    std::vector<WebhookHeader> headers;
    // JSON with {to}, {body} and {code} placeholders, replaced by JSON-escaped text, e.g.
    // {"to": "{to}", "text": "{body}"}.
    QString bodyTemplate;

    // Refuses, with a sentence: a bad URL, a header name that is not a token or a value with a
    // line break, a template that is not valid JSON once filled in.
    Status validate() const;
    WebhookSettings clone() const;
};

enum class SmsProvider { None, Twilio, Webhook };

struct SmsSettings
{
    SmsProvider provider = SmsProvider::None;
    TwilioSettings twilio;
    WebhookSettings webhook;
    QString caFile; // PEM file of extra trusted CAs for a private gateway; empty: the system's

    bool isConfigured() const { return provider != SmsProvider::None; }
    // Validates the chosen provider's settings (None is valid) and the CA file.
    Status validate() const;
    SmsSettings clone() const;
};

struct DeliverySettings
{
    SmtpSettings smtp;
    SmsSettings sms;

    // A CBOR map of everything, secrets included as byte strings: encrypt it before it
    // touches a disk. The map's copies of secrets are not wiped (QCborValue cannot be).
    QCborMap toCbor() const;
    // Reads what toCbor() wrote. Missing keys take their defaults; wrong types or unknown
    // choices are refused with ErrorCode::FileDamaged.
    static Result<DeliverySettings> fromCbor(const QCborMap& map);
    DeliverySettings clone() const;
};

// True when host names this computer: localhost, 127.0.0.0/8 or ::1.
bool isLoopbackHost(QStringView host);

} // namespace twofold
