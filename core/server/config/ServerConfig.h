#pragma once
// Everything twofold-server is told, merged in one place. Each setting comes from, in order
// of precedence: the command line (never secrets: they would show in ps), the environment
// (TWOFOLD_SERVER_<KEY>, e.g. TWOFOLD_SERVER_SMTP_PASSWORD), the config file (0600), a default.
//
// Keys (the same names on the command line, as --KEY, for the non-secret ones):
//   data, listen, database, tls-cert, tls-key, insecure-http (true/false),
//   database-password*, pepper* (32 bytes, base64), rate-capacity, rate-per-second,
//   max-body-bytes, smtp-url (smtp://HOST[:PORT] with STARTTLS, smtps://HOST[:PORT]),
//   smtp-security (starttls/tls/none), smtp-user, smtp-password*, smtp-from, smtp-from-name,
//   smtp-ca-file, sms-provider (none/twilio/webhook), twilio-url, twilio-account-sid,
//   twilio-auth-token*, twilio-from, webhook-url, webhook-body, webhook-authorization*,
//   sms-ca-file.                                                   (* secret: file or env only)
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "delivery/DeliverySettings.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/TokenBucketStore.h"

#include <QHostAddress>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace twofold::server {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
    QString text; // as given, for messages

    // "HOST:PORT" with HOST an IPv4 address, [IPv6], localhost or * (every address); port 0
    // takes any free port.
    static Result<ListenAddress> parse(const QString& text);
};

struct ServerConfig
{
    QString dataDir;
    ListenAddress listen;
    bool insecureHttp = false;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    DatabaseUrl database;
    SecureBuffer databasePassword;
    std::optional<SecureBuffer> pepper; // from the config; otherwise the data folder's (loadPepper)
    TokenBucketRule rate;
    qsizetype maxBodyBytes = 64 * 1024;
    DeliverySettings delivery;
    QString configFile; // empty when none was read

    // Every key the config file may hold, and those that may also be given on the command line.
    static QStringList fileKeys();
    static QStringList commandLineKeys();
    static QStringList secretKeys();

    // Merges commandLine (key → value, keys of commandLineKeys()), env and the config file
    // (commandLine["config"], else env TWOFOLD_SERVER_CONFIG, else $CREDENTIALS_DIRECTORY/config
    // when it exists: systemd's LoadCredential). Refuses, with a sentence: a config file that is
    // unsafe or malformed, a bad value, no data folder, neither TLS nor --insecure-http,
    // --insecure-http on an address that is not loopback, delivery settings that cannot work.
    static Result<ServerConfig> load(const QMap<QString, QString>& commandLine,
                                     const QProcessEnvironment& env);
    // The same, for admin commands: only what finds the database (no listen or TLS checks).
    static Result<ServerConfig> loadForAdmin(const QMap<QString, QString>& commandLine,
                                             const QProcessEnvironment& env);

    // The environment variable that sets key.
    static QString environmentName(const QString& key);
};

// Creates dir (and parents) 0700 when missing; refuses one that cannot be made or written.
Status ensureDataFolder(const QString& dir);
// The pepper: config.pepper when set, else DATA/pepper (base64), made from 32 random bytes
// (0600) the first time. Refuses a pepper file that is damaged.
Result<SecureBuffer> loadPepper(const ServerConfig& config);

} // namespace twofold::server
