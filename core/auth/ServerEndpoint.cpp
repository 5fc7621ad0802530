#include "auth/AuthText.h"
#include "auth/ServerLink.h"

#include <QFile>
#include <QHostAddress>

namespace twofold {

namespace {
Error invalidServer(const QString& why)
{
    return Error(ErrorCode::InvalidInput, why);
}

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString ServerEndpoint::normalised(const QUrl& url)
{
    QString text = url.toString(QUrl::FullyEncoded);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QString ServerEndpoint::displayName() const
{
    return normalised(url);
}

Status ServerEndpoint::check() const
{
    const QString shown = url.toString();
    if (!url.isValid() || url.host().isEmpty())
        return invalidServer(AuthText::tr("\"%1\" is not the address of a sign-in server: give it as "
                                          "https://host or https://host:port.")
                                 .arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
        return invalidServer(
            AuthText::tr("The sign-in server's address must start with https:// (\"%1\" does not).")
                .arg(shown));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalidServer(
            AuthText::tr("The sign-in server's address may not carry a user name, a password, a "
                         "query or a fragment: give it as https://host or https://host:port."));
    if (scheme == QLatin1StringView("http") && !isLoopback(url.host()))
        return invalidServer(
            AuthText::tr("The sign-in server %1 would be reached without encryption: use https:// "
                         "(plain http:// is only allowed on this computer's own address).")
                .arg(shown));
    return Status();
}

Result<QList<QSslCertificate>> ServerEndpoint::loadCaFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::FileNotFound,
            AuthText::tr("The certificate file %1 could not be read: %2").arg(path, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(4 << 20), QSsl::Pem);
    if (certificates.isEmpty())
        return invalidServer(
            AuthText::tr("The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path));
    return certificates;
}

ServerEndpoint ServerEndpoint::forHeaderUrl(const QString& url)
{
    ServerEndpoint endpoint;
    endpoint.url = QUrl(url);
    if (const QString ca = qEnvironmentVariable("TWOFOLD_SERVER_CA"); !ca.isEmpty()) {
        if (Result<QList<QSslCertificate>> loaded = loadCaFile(ca); loaded.ok())
            endpoint.caCertificates = loaded.value();
    }
    return endpoint;
}

} // namespace twofold
