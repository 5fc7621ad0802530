#pragma once
// Listening sockets that guard each connection before QtHttpServer reads from it:
// QtHttpServer 6.4 buffers a whole request, whatever its size, so the guard (connected to
// readyRead before the HTTP parser) refuses a request whose headers pass kMaxHeaderBytes or
// whose Content-Length or body passes the body limit (the path's own, see maxBodyFor), with 413 or 431 and
// the connection closed, and a chunked body with 411. A connection that has not completed a request within
// kIdleMs is closed (slow clients cannot hold sockets open).
#include <QSslServer>
#include <QTcpServer>

#include <functional>

namespace twofold::server {

struct ConnectionLimits
{
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr int kIdleMs = 30'000;
    qsizetype maxBodyBytes = 64 * 1024;
    // The limit for a request to path (from the request line, without the query) when it is not
    // maxBodyBytes; unset: maxBodyBytes for every path.
    std::function<qsizetype(QStringView path)> maxBodyFor;
    // Told of each refusal the guard sends itself (status), for metrics and logs.
    std::function<void(int status, const QString& client)> onRefused;
};

// Call for every new socket, before the HTTP server connects its own slots.
void guardConnection(QTcpSocket* socket, const ConnectionLimits& limits);
// Call when the socket's request has been parsed completely (the next one starts afresh).
void requestParsed(QTcpSocket* socket);

class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionLimits limits, QObject* parent)
        : QTcpServer(parent), m_limits(std::move(limits))
    {
    }
    QTcpSocket* nextPendingConnection() override;

private:
    ConnectionLimits m_limits;
};

class GuardedSslServer final : public QSslServer
{
public:
    GuardedSslServer(ConnectionLimits limits, QObject* parent)
        : QSslServer(parent), m_limits(std::move(limits))
    {
    }
    QTcpSocket* nextPendingConnection() override;

private:
    ConnectionLimits m_limits;
};

} // namespace twofold::server
