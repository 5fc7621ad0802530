#pragma once
// The real twofold-server (TWOFOLD_BIN_DIR/server/twofold-server) for end-to-end tests:
// started with QProcess on "127.0.0.1:0", its port read from the JSON "listening" log line;
// requests made with QNetworkAccessManager. Nothing sleeps: every wait is on a signal or a
// condition with a deadline.
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include <memory>

namespace twofold::test {

inline QString serverProgram()
{
    return qEnvironmentVariable("TWOFOLD_BIN_DIR") + QStringLiteral("/server/twofold-server");
}

struct ProcessResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs twofold-server args to the end (admin commands, refusals at start-up).
inline ProcessResult runServer(const QStringList& args,
                               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(serverProgram(), args);
    ProcessResult result;
    result.finished = process.waitForFinished(60'000) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished)
        process.kill(), process.waitForFinished();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The server runs in a QProcess owned by a thread of its own, whose event loop reads the
// server's stderr as it comes: the pipe never fills, so the server never blocks on a log line
// however long a test runs without an event loop of its own (waiting for a CLI, say).
class ServerProcess
{
public:
    // Starts twofold-server args (which should listen on 127.0.0.1:0) and waits up to 30 s for
    // it to listen. Null when it exits first or never listens; *why holds its stderr.
    static std::unique_ptr<ServerProcess> start(const QStringList& args, QByteArray* why = nullptr)
    {
        std::unique_ptr<ServerProcess> server(new ServerProcess);
        server->m_reader = new Reader(server->m_shared);
        server->m_reader->moveToThread(&server->m_thread);
        QObject::connect(&server->m_thread, &QThread::finished, server->m_reader, &QObject::deleteLater);
        server->m_thread.start();
        QMetaObject::invokeMethod(
            server->m_reader, [reader = server->m_reader, args] { reader->start(args); },
            Qt::QueuedConnection);
        Shared& shared = *server->m_shared;
        {
            std::unique_lock lock(shared.mutex);
            shared.changed.wait_for(lock, std::chrono::seconds(30),
                                    [&shared] { return shared.port != 0 || shared.exited; });
            if (shared.port != 0) {
                server->m_port = shared.port;
                server->m_pid = shared.pid;
                return server;
            }
            if (why)
                *why = shared.err.isEmpty() && !shared.exited
                           ? QByteArray("the server did not listen within 30 s")
                           : shared.err;
        }
        return nullptr;
    }

    ~ServerProcess()
    {
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader] { reader->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_pid; }
    // Everything the server wrote on stderr so far.
    QByteArray log()
    {
        std::lock_guard lock(m_shared->mutex);
        return m_shared->err;
    }

private:
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable changed;
        QByteArray err;
        quint16 port = 0;
        qint64 pid = 0;
        bool exited = false;
    };

    // Lives in m_thread: owns the process and reads its stderr there.
    class Reader : public QObject
    {
    public:
        explicit Reader(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}

        void start(const QStringList& args)
        {
            m_process = new QProcess(this);
            connect(m_process, &QProcess::readyReadStandardError, this, &Reader::read);
            connect(m_process, &QProcess::finished, this, &Reader::exited);
            connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart)
                    exited();
            });
            m_process->start(serverProgram(), args);
            std::lock_guard lock(m_shared->mutex);
            m_shared->pid = m_process->processId();
        }

        void stop()
        {
            if (!m_process)
                return;
            if (m_process->state() != QProcess::NotRunning) {
                m_process->terminate();
                if (!m_process->waitForFinished(10'000))
                    m_process->kill(), m_process->waitForFinished();
            }
            read();
        }

    private:
        void read()
        {
            const QByteArray more = m_process->readAllStandardError();
            std::lock_guard lock(m_shared->mutex);
            m_shared->err += more;
            if (m_shared->port == 0) {
                m_pending += more;
                qsizetype end;
                while ((end = m_pending.indexOf('\n')) >= 0) {
                    const QJsonObject event = QJsonDocument::fromJson(m_pending.left(end)).object();
                    m_pending.remove(0, end + 1);
                    if (event.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                        m_shared->port = quint16(event.value(QStringLiteral("port")).toInt());
                        m_pending.clear();
                        break;
                    }
                }
            }
            m_shared->changed.notify_all();
        }

        void exited()
        {
            read();
            std::lock_guard lock(m_shared->mutex);
            m_shared->exited = true;
            m_shared->changed.notify_all();
        }

        std::shared_ptr<Shared> m_shared;
        QProcess* m_process = nullptr;
        QByteArray m_pending;
    };

    ServerProcess() = default;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QThread m_thread;
    Reader* m_reader = nullptr;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection or TLS failure)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A request and its answer, waited for with a 20 s deadline.
inline HttpResult request(QNetworkAccessManager& network, const QString& method, const QUrl& url,
                          const QByteArray& body = {},
                          const std::optional<QSslConfiguration>& tls = std::nullopt)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(20'000);
    if (tls)
        req.setSslConfiguration(*tls);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(req, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

// A POST of body with contentType (application/cbor by default) and its answer, with a 20 s
// deadline. Used for the CBOR routes of API.md.
inline HttpResult post(QNetworkAccessManager& network, const QUrl& url, const QByteArray& body,
                       const QByteArray& contentType = QByteArrayLiteral("application/cbor"))
{
    QNetworkRequest req(url);
    req.setTransferTimeout(20'000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = network.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

} // namespace twofold::test
