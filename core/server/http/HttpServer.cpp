#include "server/http/HttpServer.h"

#include "server/ServerSentences.h"

#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSslKey>
#include <QTcpSocket>

namespace twofold::server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

// Answers on one connection leave in the order their requests came, even when a later one is
// ready first. A child of the socket: gone with it, so a late answer to a closed connection
// is dropped.
class ResponseQueue final : public QObject
{
public:
    explicit ResponseQueue(QTcpSocket* socket) : QObject(socket), m_socket(socket)
    {
        setObjectName(QStringLiteral("twofold-response-queue"));
    }
    static ResponseQueue* of(QTcpSocket* socket)
    {
        if (QObject* found = socket->findChild<QObject*>(QStringLiteral("twofold-response-queue"),
                                                         Qt::FindDirectChildrenOnly))
            return static_cast<ResponseQueue*>(found);
        return new ResponseQueue(socket);
    }
    quint64 enqueue() { return m_next++; }
    void answer(quint64 sequence, QByteArray bytes, bool close)
    {
        m_ready.insert(sequence, {std::move(bytes), close});
        while (m_ready.contains(m_written)) {
            const auto [data, closeAfter] = m_ready.take(m_written++);
            m_socket->write(data);
            if (closeAfter) {
                m_socket->disconnectFromHost();
                m_ready.clear();
                return;
            }
        }
    }

private:
    QTcpSocket* m_socket;
    quint64 m_next = 0;
    quint64 m_written = 0;
    QMap<quint64, QPair<QByteArray, bool>> m_ready;
};

} // namespace

Result<QSslConfiguration> loadTlsConfiguration(const QString& certificateFile, const QString& keyFile)
{
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return sentences::tlsFilesUnreadable(certificateFile);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return sentences::tlsCertificateInvalid(certificateFile);
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return sentences::tlsFilesUnreadable(keyFile);
    QByteArray pem = key.readAll();
    QSslKey privateKey(pem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    pem.fill('\0');
    if (privateKey.isNull())
        return sentences::tlsKeyInvalid(keyFile);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(chain.first());
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates
    return tls;
}

HttpServer::HttpServer(const RouteTable& routes, Metrics& metrics, JsonLog& log, TokenBucketStore* buckets,
                       qsizetype maxBodyBytes, QObject* parent)
    : QAbstractHttpServer(parent), m_routes(routes), m_metrics(metrics), m_log(log), m_buckets(buckets),
      m_maxBodyBytes(maxBodyBytes)
{
}

Result<quint16> HttpServer::start(const QHostAddress& address, quint16 port,
                                  const std::optional<QSslConfiguration>& tls)
{
    ConnectionLimits limits;
    limits.maxBodyBytes = m_maxBodyBytes;
    limits.maxBodyFor = [this](QStringView path) { return m_routes.maxBodyFor(path, m_maxBodyBytes); };
    limits.onRefused = [this](int status, const QString& client) {
        m_metrics.record(QStringLiteral("refused"), status, 0);
        m_log.warning(QStringLiteral("request-refused"),
                      {{QStringLiteral("status"), status}, {QStringLiteral("client"), client}});
    };
    QTcpServer* listener = nullptr;
    if (tls) {
        auto* ssl = new GuardedSslServer(limits, this);
        ssl->setSslConfiguration(*tls);
        ssl->setHandshakeTimeout(10'000);
        listener = ssl;
    } else {
        listener = new GuardedTcpServer(limits, this);
    }
    if (!listener->listen(address, port)) {
        const QString why = listener->errorString();
        delete listener;
        return sentences::listenFailed(QStringLiteral("%1:%2").arg(address.toString()).arg(port), why);
    }
    bind(listener);
    return listener->serverPort();
}

bool HttpServer::handleRequest(const QHttpServerRequest& raw, QTcpSocket* socket)
{
    requestParsed(socket);
    QElapsedTimer timer;
    timer.start();
    HttpRequest request;
    request.method = raw.method();
    request.path = raw.url().path();
    request.query = raw.query();
    request.headers = raw.headers();
    request.body = raw.body();
    request.client = raw.remoteAddress();
    request.maxBodyBytes = m_maxBodyBytes;
    request.connection = socket;
    const bool keepAlive = request.header("connection").toLower() != "close";

    const RouteTable::Match match = m_routes.match(request.method, request.path);
    const QString routeName = match.route ? match.route->pattern : QStringLiteral("unmatched");
    ResponseQueue* queue = ResponseQueue::of(socket);
    const quint64 sequence = queue->enqueue();
    const QString method = methodName(request.method);
    const QString client = request.clientKey();
    Reply reply = [this, queue = QPointer<ResponseQueue>(queue), sequence, keepAlive, timer, routeName,
                   method, client](HttpResponse response) {
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        m_metrics.record(routeName, response.status, seconds);
        QJsonObject fields{{QStringLiteral("method"), method},
                           {QStringLiteral("route"), routeName},
                           {QStringLiteral("status"), response.status},
                           {QStringLiteral("ms"), seconds * 1000.0},
                           {QStringLiteral("client"), client}};
        if (!response.event.isEmpty())
            fields.insert(QStringLiteral("outcome"), response.event);
        m_log.info(QStringLiteral("request"), fields);
        if (queue)
            queue->answer(sequence, serialise(response, keepAlive), !keepAlive);
    };
    request.pathParameters = match.parameters;
    dispatch(match, std::move(request), std::move(reply));
    return true;
}

void HttpServer::dispatch(const RouteTable::Match& match, HttpRequest request, Reply reply)
{
    if (!match.route) {
        if (match.pathKnown)
            reply(HttpResponse::error(405, QStringLiteral("method-not-allowed"),
                                      sentences::httpMethodNotAllowed()));
        else
            reply(HttpResponse::error(404, QStringLiteral("not-found"), sentences::httpNotFound()));
        return;
    }
    const qsizetype bodyLimit = match.route->maxBodyBytes > 0 ? match.route->maxBodyBytes : m_maxBodyBytes;
    if (request.body.size() > bodyLimit) {
        reply(HttpResponse::error(413, QStringLiteral("body-too-large"), sentences::httpTooLarge(bodyLimit)));
        return;
    }
    request.maxBodyBytes = bodyLimit;
    if (match.route->rateLimited && m_buckets) {
        Result<BucketDecision> decision = m_buckets->take(request.clientKey());
        if (!decision) {
            m_log.error(QStringLiteral("rate-limit-unavailable"),
                        {{QStringLiteral("message"), decision.error().message}});
            if (match.route->refusalBody) {
                reply(match.route->refusalBody(503, 0));
                return;
            }
            reply(HttpResponse::error(503, QStringLiteral("unavailable"), sentences::httpInternal()));
            return;
        }
        if (!decision->allowed) {
            HttpResponse refused =
                match.route->refusalBody
                    ? match.route->refusalBody(429, decision->retryAfterSeconds)
                    : HttpResponse::error(429, QStringLiteral("too-many-requests"),
                                          sentences::httpTooManyRequests(decision->retryAfterSeconds));
            refused.headers.append({"Retry-After", QByteArray::number(decision->retryAfterSeconds)});
            reply(std::move(refused));
            return;
        }
    }
    match.route->handler(request, std::move(reply));
}

void HttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // handleRequest answers every request itself (404 and 405 included).
}

} // namespace twofold::server
