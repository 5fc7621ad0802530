#pragma once
// A loopback TCP proxy in front of the real twofold-server, on a thread of its own, for the sync
// tests. It forwards everything, and:
//   - blockSync: a connection that carries a request to /v1/sync/ is cut (the sign-in server
//     answers, its sync does not: the "offline" of a computer whose sync cannot get through);
//   - armKill(pid, bytes): once a sync request has passed, counts the bytes going either way
//     and SIGKILLs pid just before forwarding the chunk that crosses bytes — a crash at an
//     instant chosen by the traffic, not by a clock.
#include <QHostAddress>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

#include <signal.h>
#include <sys/types.h>

class SyncProxy : public QThread
{
public:
    explicit SyncProxy(quint16 upstreamPort) : m_upstream(upstreamPort) {}
    ~SyncProxy() override { stop(); }

    bool begin()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    void stop()
    {
        if (isRunning()) {
            quit();
            wait();
        }
    }
    quint16 port() const { return m_port; }

    std::atomic<bool> blockSync{false};
    std::atomic<qint64> syncBytes{0}; // sync traffic forwarded, both ways (figures)

    void armKill(qint64 pid, qint64 afterBytes)
    {
        m_killPid = pid;
        m_killAfter = afterBytes;
        m_counting = false;
        m_killed = false;
    }
    void disarm() { m_killPid = 0; }
    bool killed() const { return m_killed; }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* client = server.nextPendingConnection()) {
                auto* upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
                auto isSync = std::make_shared<bool>(false);
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, isSync] {
                    const QByteArray bytes = client->readAll();
                    if (bytes.contains("POST /v1/sync/")) {
                        *isSync = true;
                        if (blockSync) {
                            client->abort();
                            return;
                        }
                        m_counting = true;
                    }
                    if (!pass(bytes.size(), *isSync))
                        return;
                    upstream->write(bytes);
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, isSync] {
                    const QByteArray bytes = upstream->readAll();
                    if (pass(bytes.size(), *isSync))
                        client->write(bytes);
                });
                QObject::connect(upstream, &QTcpSocket::disconnected, client,
                                 [client] { client->disconnectFromHost(); });
                QObject::connect(client, &QTcpSocket::disconnected, client,
                                 [client] { client->deleteLater(); });
            }
        });
        m_ready.release();
        exec();
    }

private:
    // Counts size bytes; false when the kill fired (the chunk is not forwarded).
    bool pass(qint64 size, bool sync)
    {
        if (sync)
            syncBytes += size;
        if (m_killPid == 0 || !m_counting || m_killed)
            return true;
        m_killAfter -= size;
        if (m_killAfter > 0)
            return true;
        ::kill(pid_t(qint64(m_killPid)), SIGKILL);
        m_killed = true;
        return false;
    }

    const quint16 m_upstream;
    quint16 m_port = 0;
    QSemaphore m_ready;
    std::atomic<qint64> m_killPid{0};
    std::atomic<qint64> m_killAfter{0};
    std::atomic<bool> m_counting{false};
    std::atomic<bool> m_killed{false};
};
