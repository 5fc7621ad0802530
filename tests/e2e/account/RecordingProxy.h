#pragma once
// A loopback TCP proxy in front of the real twofold-server that records every byte clients send
// through it (request lines, headers and bodies), on a thread of its own so it keeps forwarding
// while the test waits for a twofold-cli process. stop() closes it: its port then refuses
// connections (a sign-in server that cannot be reached).
#include <QHostAddress>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

class RecordingProxy : public QThread
{
public:
    explicit RecordingProxy(quint16 upstreamPort) : m_upstream(upstreamPort) {}
    ~RecordingProxy() override { stop(); }

    // Starts listening; false when it could not.
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
    QByteArray recorded() const
    {
        QMutexLocker lock(&m_mutex);
        return m_recorded;
    }

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
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream] {
                    const QByteArray bytes = client->readAll();
                    {
                        QMutexLocker lock(&m_mutex);
                        m_recorded += bytes;
                    }
                    upstream->write(bytes);
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                                 [client, upstream] { client->write(upstream->readAll()); });
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
    const quint16 m_upstream;
    quint16 m_port = 0;
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    QByteArray m_recorded;
};
