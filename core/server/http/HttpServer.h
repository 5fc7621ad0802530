#pragma once
// twofold-server's HTTP(S) front: QtHttpServer's connection handling and request parser, our
// route table, a per-client token bucket in the database, metrics and a JSON log line per
// request. HTTPS with the configured certificate; plain HTTP only where the caller allowed it
// (ServerConfig refuses --insecure-http off loopback).
#include "common/Result.h"
#include "server/http/GuardedServers.h"
#include "server/http/JsonLog.h"
#include "server/http/Metrics.h"
#include "server/http/RouteTable.h"
#include "server/storage/TokenBucketStore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

namespace twofold::server {

// The TLS configuration of certificateFile (PEM, a chain allowed: the first is ours) and
// keyFile (PEM RSA or EC, unencrypted): TLS 1.2 or newer. Refuses unreadable or invalid files.
Result<QSslConfiguration> loadTlsConfiguration(const QString& certificateFile, const QString& keyFile);

class HttpServer final : public QAbstractHttpServer
{
public:
    // routes, metrics and log must outlive the server; buckets may be null (no rate limit).
    HttpServer(const RouteTable& routes, Metrics& metrics, JsonLog& log, TokenBucketStore* buckets,
               qsizetype maxBodyBytes, QObject* parent = nullptr);

    // Listens on address:port, with TLS when tls is given. Returns the port (useful with 0).
    Result<quint16> start(const QHostAddress& address, quint16 port,
                          const std::optional<QSslConfiguration>& tls);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void dispatch(const RouteTable::Match& match, HttpRequest request, Reply reply);

    const RouteTable& m_routes;
    Metrics& m_metrics;
    JsonLog& m_log;
    TokenBucketStore* m_buckets;
    qsizetype m_maxBodyBytes;
};

} // namespace twofold::server
