#include "auth/ServerLink.h"

#include "auth/LocalVerifierHost.h"
#include "vault/VaultFile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QCborMap refusedBy(RefusalReason reason, const QString& server, qint64 retryAfterMs = 0)
{
    const ErrorCode code =
        reason == RefusalReason::ServerUnreachable ? ErrorCode::ServerUnreachable : ErrorCode::ServerRefused;
    Refusal refusal(code, reason);
    refusal.name = server;
    refusal.retryAfterMs = retryAfterMs;
    return refusedReply(refusal);
}

// Retry-After in seconds (the HTTP-date form is not used by twofold-server): ms, 0 when absent.
qint64 retryAfterMsOf(const QByteArray& header)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (!ok || seconds <= 0)
        return 0;
    return std::min<qint64>(seconds, 24 * 3600) * 1000;
}

// A server's own refusal about itself names it, so the sentence does.
QCborMap named(QCborMap reply, const QString& server, qint64 retryAfterMs)
{
    if (reply.value(k("ok")).toBool())
        return reply;
    Refusal refusal = Refusal::fromCbor(reply.value(k("refusal")).toMap());
    if (refusal.reason == RefusalReason::ServerRefused ||
        refusal.reason == RefusalReason::ServerUnreachable) {
        if (refusal.name.isEmpty())
            refusal.name = server;
        if (refusal.retryAfterMs <= 0)
            refusal.retryAfterMs = retryAfterMs;
        if (refusal.code != ErrorCode::ServerUnreachable)
            refusal.code = ErrorCode::ServerRefused;
        return refusedReply(refusal);
    }
    return reply;
}

} // namespace

QCborMap HttpVerifierLink::replyFor(int httpStatus, const QByteArray& body, const QByteArray& retryAfter,
                                    bool timedOut, bool networkError, const QString& server, bool tlsFailed)
{
    if (tlsFailed && httpStatus == 0) {
        // Nothing was sent: the certificate did not verify, which more tries will not change.
        Refusal refusal(ErrorCode::ServerUnreachable, RefusalReason::ServerNotTrusted);
        refusal.name = server;
        return refusedReply(refusal);
    }
    if (timedOut || (networkError && httpStatus == 0))
        return refusedBy(RefusalReason::ServerUnreachable, server);
    const qint64 retryAfterMs = retryAfterMsOf(retryAfter);
    if (httpStatus == 200 || httpStatus == 400) {
        QCborMap reply = parseMessage(body);
        if (reply.isEmpty() || !reply.value(k("ok")).isBool())
            return refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::NotUnderstood));
        // A 400 always refuses, whatever its body says.
        if (httpStatus == 400 && reply.value(k("ok")).toBool())
            return refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::NotUnderstood));
        return named(std::move(reply), server, retryAfterMs);
    }
    if (httpStatus == 429 || httpStatus == 503) {
        const QCborMap reply = parseMessage(body);
        if (!reply.isEmpty() && !reply.value(k("ok")).toBool() && reply.value(k("refusal")).isMap()) {
            Refusal refusal = Refusal::fromCbor(reply.value(k("refusal")).toMap());
            if (refusal.reason == RefusalReason::ServerRefused) {
                refusal.code = ErrorCode::ServerRefused;
                if (refusal.name.isEmpty())
                    refusal.name = server;
                if (refusal.retryAfterMs <= 0)
                    refusal.retryAfterMs = retryAfterMs;
                return refusedReply(refusal);
            }
        }
        return refusedBy(RefusalReason::ServerRefused, server, retryAfterMs);
    }
    // A redirect (never followed), 404 (not a twofold-server), 413, 500, …
    return refusedBy(RefusalReason::ServerRefused, server);
}

HttpVerifierLink::HttpVerifierLink(ServerEndpoint endpoint, QString email,
                                   std::shared_ptr<const PasswordKey> key)
    : m_endpoint(std::move(endpoint)), m_email(std::move(email)), m_key(std::move(key))
{
}

HttpVerifierLink::~HttpVerifierLink()
{
    if (m_network)
        m_network->deleteLater();
}

void HttpVerifierLink::setKey(std::shared_ptr<const PasswordKey> key)
{
    m_key = std::move(key);
}

QNetworkAccessManager* HttpVerifierLink::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager;
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_network->setStrictTransportSecurityEnabled(false);
    }
    return m_network;
}

void HttpVerifierLink::request(const QCborMap& request, QObject* context, Reply reply)
{
    QByteArray proof;
    if (m_key) {
        const SecureBuffer p = m_key->serverProof();
        proof = QByteArray(reinterpret_cast<const char*>(p.data()), qsizetype(p.size()));
    }
    QCborMap message = envelope(request, m_email.toUtf8(), proof);
    wipe(proof);
    post(QStringLiteral("/v1/verifier"), message, context, std::move(reply));
}

void HttpVerifierLink::post(const QString& path, const QCborMap& body, QObject* context, Reply reply)
{
    const QString server = m_endpoint.displayName();
    if (const Status valid = m_endpoint.check(); !valid) {
        QMetaObject::invokeMethod(
            context, [reply, server] { reply(refusedBy(RefusalReason::ServerRefused, server)); },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = m_endpoint.url;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    request.setRawHeader("Accept", "application/cbor");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_endpoint.caCertificates.isEmpty())
            tls.setCaCertificates(m_endpoint.caCertificates);
        request.setSslConfiguration(tls);
    }

    QByteArray bytes = body.toCborValue().toCbor();
    if (m_recorder)
        m_recorder(path, bytes);

    // The manager lives on the thread of the first request; a request from another thread gets
    // one of its own, dropped with its reply.
    QNetworkAccessManager* manager = network();
    QNetworkAccessManager* own = nullptr;
    if (manager->thread() != QThread::currentThread()) {
        own = new QNetworkAccessManager;
        own->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager = own;
    }
    QNetworkReply* answer = manager->post(request, bytes);
    wipe(bytes);
    auto tooBig = std::make_shared<bool>(false);
    const qint64 limit = m_replyLimit;
    QObject::connect(answer, &QNetworkReply::downloadProgress, answer,
                     [answer, tooBig, limit](qint64 received, qint64 total) {
                         if (received > limit || total > limit) {
                             *tooBig = true;
                             answer->abort();
                         }
                     });
    QObject::connect(answer, &QNetworkReply::finished, answer, [answer, own] {
        answer->deleteLater();
        if (own)
            own->deleteLater();
    });
    QObject::connect(answer, &QNetworkReply::finished, context, [answer, reply, server, tooBig, limit] {
        if (*tooBig)
            return reply(refusedBy(RefusalReason::ServerRefused, server));
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = answer->error();
        const bool timedOut = error == QNetworkReply::TimeoutError ||
                              (error == QNetworkReply::OperationCanceledError && status == 0);
        const bool networkError = error != QNetworkReply::NoError && status == 0;
        const QByteArray body = answer->read(limit + 1);
        reply(replyFor(status, body, answer->rawHeader("Retry-After"), timedOut, networkError, server,
                       error == QNetworkReply::SslHandshakeFailedError));
    });
}

ServerVerifierConnector::ServerVerifierConnector(QList<QSslCertificate> caCertificates)
    : m_caCertificates(std::move(caCertificates))
{
}

Answer<std::shared_ptr<VerifierLink>> ServerVerifierConnector::connect(const QString&, const VaultFile& file,
                                                                       std::shared_ptr<const PasswordKey> key)
{
    const VaultHeader& header = file.header();
    if (!header.serverMode())
        return Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood);
    ServerEndpoint endpoint = ServerEndpoint::forHeaderUrl(header.serverUrl);
    if (!m_caCertificates.isEmpty())
        endpoint.caCertificates = m_caCertificates;
    if (const Status valid = endpoint.check(); !valid) {
        Refusal refusal(ErrorCode::ServerRefused, RefusalReason::ServerRefused);
        refusal.name = header.serverUrl;
        return refusal;
    }
    return std::shared_ptr<VerifierLink>(
        std::make_shared<HttpVerifierLink>(std::move(endpoint), header.serverAccount, std::move(key)));
}

DefaultVerifierConnector::DefaultVerifierConnector(std::shared_ptr<CodeSender> sender, Clock& clock,
                                                   Random& random, QList<QSslCertificate> caCertificates)
    : m_local(std::make_shared<LocalVerifierConnector>(std::move(sender), clock, random)),
      m_server(std::make_shared<ServerVerifierConnector>(std::move(caCertificates)))
{
}

Answer<std::shared_ptr<VerifierLink>>
DefaultVerifierConnector::connect(const QString& path, const VaultFile& file,
                                  std::shared_ptr<const PasswordKey> key)
{
    return (file.header().serverMode() ? m_server : m_local)->connect(path, file, std::move(key));
}

} // namespace twofold
