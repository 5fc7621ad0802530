#include "server/http/GuardedServers.h"

#include "server/ServerSentences.h"
#include "server/http/HttpTypes.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace twofold::server {

namespace {

// The guard's state for one connection, a child of its socket.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket* socket, ConnectionLimits limits)
        : QObject(socket), m_socket(socket), m_limits(std::move(limits))
    {
        m_bodyLimit = m_limits.maxBodyBytes;
        setObjectName(QStringLiteral("twofold-connection-guard"));
        m_idle.setSingleShot(true);
        m_idle.setInterval(ConnectionLimits::kIdleMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(socket, &QIODevice::readyRead, this, [this] { inspect(); });
        m_idle.start();
    }

    void reset()
    {
        m_head.clear();
        m_headDone = false;
        m_bodySeen = 0;
        m_contentLength = 0;
        m_bodyLimit = m_limits.maxBodyBytes;
        m_idle.start();
    }

private:
    void inspect()
    {
        if (m_refused)
            return;
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        if (m_headDone) {
            m_bodySeen += available;
            if (m_bodySeen > m_contentLength + 4) // a few stray line ends are tolerated
                refuse(413);
            return;
        }
        const qsizetype before = m_head.size();
        m_head += m_socket->peek(std::min<qint64>(available, ConnectionLimits::kMaxHeaderBytes + 4));
        qsizetype end = m_head.indexOf("\r\n\r\n");
        qsizetype endLength = 4;
        if (end < 0) {
            end = m_head.indexOf("\n\n");
            endLength = 2;
        }
        if (end < 0) {
            if (m_head.size() > ConnectionLimits::kMaxHeaderBytes)
                refuse(431);
            return;
        }
        m_headDone = true;
        m_bodyLimit = m_limits.maxBodyBytes;
        if (m_limits.maxBodyFor) {
            // "POST /v1/sync/push?x HTTP/1.1": the path is the second word, up to any query.
            const QByteArray line = m_head.left(m_head.indexOf('\n')).trimmed();
            const QList<QByteArray> words = line.split(' ');
            if (words.size() >= 2) {
                const QByteArray target = words.at(1);
                const qsizetype query = target.indexOf('?');
                m_bodyLimit =
                    m_limits.maxBodyFor(QString::fromLatin1(query < 0 ? target : target.left(query)));
            }
        }
        const QByteArray head = m_head.left(end).toLower();
        if (head.contains("\ntransfer-encoding:")) {
            refuse(411);
            return;
        }
        const qsizetype at = head.indexOf("\ncontent-length:");
        if (at >= 0) {
            const qsizetype lineEnd = head.indexOf('\n', at + 1);
            bool ok = false;
            m_contentLength =
                head.mid(at + 16, lineEnd < 0 ? -1 : lineEnd - at - 16).trimmed().toLongLong(&ok);
            if (!ok || m_contentLength < 0 || m_contentLength > m_bodyLimit) {
                refuse(413);
                return;
            }
        }
        m_bodySeen = available - (end + endLength - before);
        if (m_bodySeen > m_contentLength + 4)
            refuse(413);
    }

    void refuse(int status)
    {
        m_refused = true;
        // The HTTP parser must not see the rest: it would buffer it whole.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        const QString message = status == 411 ? sentences::httpLengthRequired()
                                : status == 431
                                    ? sentences::httpHeadersTooLarge(ConnectionLimits::kMaxHeaderBytes)
                                    : sentences::httpTooLarge(m_bodyLimit);
        const char* code = status == 411   ? "length-required"
                           : status == 431 ? "headers-too-large"
                                           : "body-too-large";
        m_socket->write(serialise(HttpResponse::error(status, QString::fromLatin1(code), message), false));
        if (m_limits.onRefused)
            m_limits.onRefused(status, m_socket->peerAddress().toString());
        m_socket->disconnectFromHost();
        m_idle.start(); // closes for good if the peer never reads the answer
    }

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_refused = false;
    qint64 m_bodySeen = 0;
    qint64 m_contentLength = 0;
    qsizetype m_bodyLimit = 0;
};

} // namespace

void guardConnection(QTcpSocket* socket, const ConnectionLimits& limits)
{
    if (socket)
        new ConnectionGuard(socket, limits);
}

void requestParsed(QTcpSocket* socket)
{
    if (!socket)
        return;
    if (QObject* guard = socket->findChild<QObject*>(QStringLiteral("twofold-connection-guard"),
                                                     Qt::FindDirectChildrenOnly))
        static_cast<ConnectionGuard*>(guard)->reset();
}

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    guardConnection(socket, m_limits);
    return socket;
}

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    guardConnection(socket, m_limits);
    return socket;
}

} // namespace twofold::server
