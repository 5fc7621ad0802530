#pragma once
// The real twofold-server (TWOFOLD_BIN_DIR/server/twofold-server) for end-to-end tests:
// started with QProcess on "127.0.0.1:0", its port read from the JSON "listening" log line;
// requests made with QNetworkAccessManager. Nothing sleeps: every wait is on a signal with a
// deadline.
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTimer>

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
inline ProcessResult runServer(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
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

class ServerProcess
{
public:
    // Starts twofold-server args (which should listen on 127.0.0.1:0) and waits up to 30 s for
    // it to listen. Null when it exits first or never listens; *why holds its stderr.
    static std::unique_ptr<ServerProcess> start(const QStringList& args, QByteArray* why = nullptr)
    {
        std::unique_ptr<ServerProcess> server(new ServerProcess);
        server->m_process.setReadChannel(QProcess::StandardError); // what waitForReadyRead waits for
        server->m_process.start(serverProgram(), args);
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            if (server->m_process.state() == QProcess::NotRunning)
                break;
            server->m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
            server->m_stderr += server->m_process.readAllStandardError();
            for (const QByteArray& line : server->m_stderr.split('\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (event.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                    server->m_port = quint16(event.value(QStringLiteral("port")).toInt());
                    return server;
                }
            }
        }
        server->m_stderr += server->m_process.readAllStandardError();
        if (why)
            *why = server->m_stderr;
        return nullptr;
    }

    ~ServerProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill(), m_process.waitForFinished();
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // Everything the server wrote on stderr so far.
    QByteArray log()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }

private:
    ServerProcess() = default;
    QProcess m_process;
    QByteArray m_stderr;
    quint16 m_port = 0;
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
inline HttpResult request(QNetworkAccessManager& network, const QString& method, const QUrl& url, const QByteArray& body = {},
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
