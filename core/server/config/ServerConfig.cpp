#include "server/config/ServerConfig.h"

#include "common/Random.h"
#include "server/ServerSentences.h"
#include "server/config/ConfigFile.h"
#include "server/storage/AuthKeyHasher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace twofold::server {

namespace {

constexpr quint16 kDefaultPort = 8443;

using Values = QMap<QString, QString>;

// The merged value of key, or fallback.
QString pick(const Values& cli, const Values& env, const Values& file, const QString& key,
             const QString& fallback = {})
{
    if (cli.contains(key))
        return cli.value(key);
    if (env.contains(key))
        return env.value(key);
    return file.value(key, fallback);
}

Result<double> positiveNumber(const QString& key, const QString& text, double fallback)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return sentences::configValue(key, sentences::whyNotNumber());
    if (!(value > 0))
        return sentences::configValue(key, sentences::whyNotPositive());
    return value;
}

Result<bool> flag(const QString& key, const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("false") || text == QLatin1String("no") ||
        text == QLatin1String("0"))
        return false;
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1"))
        return true;
    return sentences::configValue(key, sentences::whyNotFlag());
}

Status readDelivery(const Values& cli, const Values& env, const Values& file, DeliverySettings& delivery)
{
    auto get = [&](const char* key) { return pick(cli, env, file, QString::fromLatin1(key)); };
    const QString smtpUrl = get("smtp-url");
    if (!smtpUrl.isEmpty()) {
        const QUrl url(smtpUrl, QUrl::StrictMode);
        SmtpSettings& smtp = delivery.smtp;
        if (url.scheme() == QLatin1String("smtps"))
            smtp.security = SmtpSecurity::ImplicitTls;
        else if (url.scheme() == QLatin1String("smtp"))
            smtp.security = SmtpSecurity::StartTls;
        else
            return sentences::configValue(QStringLiteral("smtp-url"), sentences::whyNotSmtpUrl());
        const QString security = get("smtp-security");
        if (security == QLatin1String("none"))
            smtp.security = SmtpSecurity::None;
        else if (security == QLatin1String("tls"))
            smtp.security = SmtpSecurity::ImplicitTls;
        else if (!security.isEmpty() && security != QLatin1String("starttls"))
            return sentences::configValue(QStringLiteral("smtp-security"), sentences::whyNotSmtpSecurity());
        smtp.host = url.host();
        smtp.port = quint16(url.port(SmtpSettings::defaultPort(smtp.security)));
        smtp.username = get("smtp-user");
        smtp.password = SecureBuffer::fromUtf8(get("smtp-password"));
        smtp.fromAddress = get("smtp-from");
        smtp.fromName = get("smtp-from-name");
        smtp.caFile = get("smtp-ca-file");
        if (Status valid = smtp.validate(); !valid)
            return valid;
    }
    const QString provider = get("sms-provider");
    SmsSettings& sms = delivery.sms;
    sms.caFile = get("sms-ca-file");
    if (provider.isEmpty() || provider == QLatin1String("none")) {
        sms.provider = SmsProvider::None;
    } else if (provider == QLatin1String("twilio")) {
        sms.provider = SmsProvider::Twilio;
        if (const QString base = get("twilio-url"); !base.isEmpty())
            sms.twilio.baseUrl = base;
        sms.twilio.accountSid = get("twilio-account-sid");
        sms.twilio.authToken = SecureBuffer::fromUtf8(get("twilio-auth-token"));
        sms.twilio.fromNumber = get("twilio-from");
    } else if (provider == QLatin1String("webhook")) {
        sms.provider = SmsProvider::Webhook;
        sms.webhook.url = get("webhook-url");
        sms.webhook.bodyTemplate = get("webhook-body");
        if (const QString auth = get("webhook-authorization"); !auth.isEmpty())
            sms.webhook.headers.push_back(
                WebhookHeader{QStringLiteral("Authorization"), SecureBuffer::fromUtf8(auth)});
    } else {
        return sentences::configValue(QStringLiteral("sms-provider"), sentences::whyNotSmsProvider());
    }
    return sms.validate();
}

Result<ServerConfig> loadCommon(const Values& cli, const QProcessEnvironment& processEnv, bool forServing)
{
    Values env;
    for (const QString& key : ServerConfig::fileKeys())
        if (processEnv.contains(ServerConfig::environmentName(key)))
            env.insert(key, processEnv.value(ServerConfig::environmentName(key)));
    ServerConfig config;
    QString configFile =
        cli.value(QStringLiteral("config"), processEnv.value(QStringLiteral("TWOFOLD_SERVER_CONFIG")));
    if (configFile.isEmpty() && processEnv.contains(QStringLiteral("CREDENTIALS_DIRECTORY"))) {
        const QString credential = QDir(processEnv.value(QStringLiteral("CREDENTIALS_DIRECTORY")))
                                       .filePath(QStringLiteral("config"));
        if (QFileInfo::exists(credential))
            configFile = credential;
    }
    Values file;
    if (!configFile.isEmpty()) {
        Result<Values> loaded = ConfigFile::load(configFile, ServerConfig::fileKeys());
        if (!loaded)
            return loaded.error();
        file = *loaded;
        config.configFile = configFile;
    }

    config.dataDir =
        pick(cli, env, file, QStringLiteral("data"), processEnv.value(QStringLiteral("STATE_DIRECTORY")));
    const QString database = pick(cli, env, file, QStringLiteral("database"));
    if (database.isEmpty()) {
        if (config.dataDir.isEmpty())
            return sentences::dataFolderNeeded();
        config.database = DatabaseUrl::sqliteIn(config.dataDir);
    } else {
        Result<DatabaseUrl> url = DatabaseUrl::parse(database);
        if (!url)
            return url.error();
        config.database = *url;
    }
    config.databasePassword = SecureBuffer::fromUtf8(
        env.value(QStringLiteral("database-password"), file.value(QStringLiteral("database-password"))));
    const QString pepper = env.value(QStringLiteral("pepper"), file.value(QStringLiteral("pepper")));
    if (!pepper.isEmpty()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(pepper.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != qsizetype(AuthKeyHasher::kPepperBytes))
            return sentences::configValue(QStringLiteral("pepper"), sentences::whyBadPepper());
        config.pepper = SecureBuffer::fromBytes(decoded.decoded);
    }
    if (!forServing)
        return config;

    if (config.dataDir.isEmpty())
        return sentences::dataFolderNeeded();
    Result<ListenAddress> listen = ListenAddress::parse(
        pick(cli, env, file, QStringLiteral("listen"), QStringLiteral("127.0.0.1:%1").arg(kDefaultPort)));
    if (!listen)
        return listen.error();
    config.listen = *listen;
    Result<bool> insecure =
        flag(QStringLiteral("insecure-http"), pick(cli, env, file, QStringLiteral("insecure-http")));
    if (!insecure)
        return insecure.error();
    config.insecureHttp = *insecure;
    config.tlsCertificateFile = pick(cli, env, file, QStringLiteral("tls-cert"));
    config.tlsKeyFile = pick(cli, env, file, QStringLiteral("tls-key"));
    if (config.insecureHttp) {
        if (!config.listen.address.isLoopback())
            return sentences::insecureNeedsLoopback(config.listen.text);
    } else if (config.tlsCertificateFile.isEmpty() || config.tlsKeyFile.isEmpty()) {
        return sentences::tlsNeeded();
    }
    Result<double> capacity = positiveNumber(QStringLiteral("rate-capacity"),
                                             pick(cli, env, file, QStringLiteral("rate-capacity")), 60);
    if (!capacity)
        return capacity.error();
    Result<double> refill = positiveNumber(QStringLiteral("rate-per-second"),
                                           pick(cli, env, file, QStringLiteral("rate-per-second")), 1);
    if (!refill)
        return refill.error();
    if (*capacity < 1)
        return sentences::configValue(QStringLiteral("rate-capacity"), sentences::whyNotPositive());
    config.rate = TokenBucketRule{*capacity, *refill};
    Result<double> body = positiveNumber(QStringLiteral("max-body-bytes"),
                                         pick(cli, env, file, QStringLiteral("max-body-bytes")), 64 * 1024);
    if (!body)
        return body.error();
    config.maxBodyBytes = qsizetype(std::min(*body, 16.0 * 1024 * 1024));
    if (Status delivery = readDelivery(cli, env, file, config.delivery); !delivery)
        return delivery.error();
    return config;
}

} // namespace

Result<ListenAddress> ListenAddress::parse(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return sentences::listenInvalid(text);
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) // 0: any free port (tests read the port from the log)
        return sentences::listenInvalid(text);
    ListenAddress result;
    result.port = quint16(port);
    result.text = text;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
        if (!result.address.setAddress(host) || result.address.protocol() != QAbstractSocket::IPv6Protocol)
            return sentences::listenInvalid(text);
    } else if (host == QLatin1String("localhost")) {
        result.address = QHostAddress(QHostAddress::LocalHost);
    } else if (host == QLatin1String("*")) {
        result.address = QHostAddress(QHostAddress::Any);
    } else if (!result.address.setAddress(host) ||
               result.address.protocol() != QAbstractSocket::IPv4Protocol) {
        return sentences::listenInvalid(text);
    }
    return result;
}

QStringList ServerConfig::commandLineKeys()
{
    return {
        QStringLiteral("data"),          QStringLiteral("listen"),          QStringLiteral("database"),
        QStringLiteral("tls-cert"),      QStringLiteral("tls-key"),         QStringLiteral("insecure-http"),
        QStringLiteral("rate-capacity"), QStringLiteral("rate-per-second"), QStringLiteral("max-body-bytes")};
}

QStringList ServerConfig::secretKeys()
{
    return {QStringLiteral("database-password"), QStringLiteral("pepper"), QStringLiteral("smtp-password"),
            QStringLiteral("twilio-auth-token"), QStringLiteral("webhook-authorization")};
}

QStringList ServerConfig::fileKeys()
{
    return commandLineKeys() + secretKeys() +
           QStringList{QStringLiteral("smtp-url"),           QStringLiteral("smtp-security"),
                       QStringLiteral("smtp-user"),          QStringLiteral("smtp-from"),
                       QStringLiteral("smtp-from-name"),     QStringLiteral("smtp-ca-file"),
                       QStringLiteral("sms-provider"),       QStringLiteral("twilio-url"),
                       QStringLiteral("twilio-account-sid"), QStringLiteral("twilio-from"),
                       QStringLiteral("webhook-url"),        QStringLiteral("webhook-body"),
                       QStringLiteral("sms-ca-file")};
}

QString ServerConfig::environmentName(const QString& key)
{
    return QStringLiteral("TWOFOLD_SERVER_") +
           QString(key).replace(QLatin1Char('-'), QLatin1Char('_')).toUpper();
}

Result<ServerConfig> ServerConfig::load(const QMap<QString, QString>& commandLine,
                                        const QProcessEnvironment& env)
{
    return loadCommon(commandLine, env, true);
}

Result<ServerConfig> ServerConfig::loadForAdmin(const QMap<QString, QString>& commandLine,
                                                const QProcessEnvironment& env)
{
    return loadCommon(commandLine, env, false);
}

Status ensureDataFolder(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists()) {
        if (!QDir().mkpath(dir) ||
            !QFile::setPermissions(dir,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return sentences::dataFolderUnusable(dir);
    } else if (!info.isDir() || !info.isWritable()) {
        return sentences::dataFolderUnusable(dir);
    }
    return {};
}

Result<SecureBuffer> loadPepper(const ServerConfig& config)
{
    if (config.pepper)
        return config.pepper->clone();
    const QString path = QDir(config.dataDir).filePath(QStringLiteral("pepper"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return sentences::pepperInvalid(path);
        QByteArray text = file.read(1024).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        wipe(text);
        if (!decoded || decoded.decoded.size() != qsizetype(AuthKeyHasher::kPepperBytes))
            return sentences::pepperInvalid(path);
        QByteArray bytes = decoded.decoded;
        SecureBuffer pepper = SecureBuffer::fromBytes(bytes);
        wipe(bytes);
        return pepper;
    }
    if (Status folder = ensureDataFolder(config.dataDir); !folder)
        return folder.error();
    SecureBuffer pepper(AuthKeyHasher::kPepperBytes);
    systemRandom().fill(pepper.data(), pepper.size());
    QByteArray text =
        QByteArray(reinterpret_cast<const char*>(pepper.data()), qsizetype(pepper.size())).toBase64() + '\n';
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(text) == text.size() && file.flush();
    wipe(text);
    if (!written)
        return sentences::dataFolderUnusable(config.dataDir);
    return pepper;
}

} // namespace twofold::server
