#include "TestServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace twofold::test {

namespace {

constexpr int kReadyDeadlineMs = 15'000; // Python start-up on a busy CI machine
constexpr int kOpensslDeadlineMs = 20'000;
constexpr int kExitDeadlineMs = 5'000;

bool runOpenssl(const QString& folder, const QStringList& args, QString* error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(kOpensslDeadlineMs) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        if (error)
            *error =
                QStringLiteral("openssl %1 failed: %2 %3")
                    .arg(args.join(u' '), openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

// Runs the event loop until process has a whole line on standard output, it ends, or the
// deadline passes. True when a line is there.
bool waitForLine(QProcess& process, int deadlineMs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(deadlineMs);
    while (!process.canReadLine()) {
        if (!deadline.isActive() || process.state() == QProcess::NotRunning)
            return false;
        loop.exec();
    }
    return true;
}

} // namespace

QString serversDir()
{
    return QStringLiteral(TWOFOLD_TEST_SERVERS_DIR);
}

std::unique_ptr<TestCertificates> TestCertificates::make(const QStringList& altNames, QString* error)
{
    std::unique_ptr<TestCertificates> certificates(new TestCertificates);
    if (!certificates->m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary folder");
        return nullptr;
    }
    const QString folder = certificates->m_dir.path();
    QFile extensions(certificates->m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        if (error)
            *error = extensions.errorString();
        return nullptr;
    }
    extensions.write("basicConstraints=critical,CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n"
                     "subjectAltName=" +
                     altNames.join(u',').toUtf8() + "\n");
    extensions.close();

    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const bool made =
        runOpenssl(folder,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                       QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                   QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                                   QStringLiteral("1"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=Twofold Test CA"), QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error) &&
        runOpenssl(folder,
                   QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=Twofold test server")},
                   error) &&
        runOpenssl(folder,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                   error);
    return made ? std::move(certificates) : nullptr;
}

std::unique_ptr<TestServer> TestServer::startSmtp(const QStringList& args, QString* error)
{
    return start(QStringLiteral("smtp_server.py"), args, QStringLiteral("--maildir"), QStringLiteral(".eml"),
                 error);
}

std::unique_ptr<TestServer> TestServer::startTwilio(const QStringList& args, QString* error)
{
    return start(QStringLiteral("twilio_server.py"), args, QStringLiteral("--outdir"),
                 QStringLiteral(".json"), error);
}

std::unique_ptr<TestServer> TestServer::start(const QString& script, QStringList args,
                                              const QString& outputOption, const QString& suffix,
                                              QString* error)
{
    std::unique_ptr<TestServer> server(new TestServer);
    server->m_suffix = suffix;
    server->m_watcher = std::make_unique<QFileSystemWatcher>(QStringList{server->m_outputDir.path()});
    TestServer* raw = server.get();
    QObject::connect(&raw->m_process, &QProcess::readyReadStandardError,
                     [raw] { raw->m_stderr += raw->m_process.readAllStandardError(); });

    args.prepend(QDir(serversDir()).filePath(script));
    args << outputOption << server->m_outputDir.path();
    server->m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!waitForLine(server->m_process, kReadyDeadlineMs)) {
        if (error)
            *error = QStringLiteral("%1 did not get ready: %2 %3")
                         .arg(script, server->m_process.errorString(),
                              QString::fromLocal8Bit(server->standardError()));
        return nullptr;
    }
    const QList<QByteArray> ready = server->m_process.readLine().trimmed().split(' ');
    bool portOk = false;
    if (ready.size() == 3 && ready[0] == "READY")
        server->m_port = quint16(ready[2].toUInt(&portOk));
    if (!portOk) {
        if (error)
            *error = QStringLiteral("%1 said something other than READY host port").arg(script);
        return nullptr;
    }
    server->m_host = QString::fromLatin1(ready[1]);
    return server;
}

TestServer::~TestServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(kExitDeadlineMs)) {
        m_process.kill();
        m_process.waitForFinished(kExitDeadlineMs);
    }
}

QByteArray TestServer::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QStringList TestServer::messageFiles() const
{
    QStringList files = QDir(m_outputDir.path()).entryList({QLatin1Char('*') + m_suffix}, QDir::Files);
    files.removeIf([](const QString& name) { return name.startsWith(u'.'); }); // still being written
    std::sort(files.begin(), files.end());
    return files;
}

int TestServer::messageCount() const
{
    return int(messageFiles().size());
}

std::optional<ServerMessage> TestServer::waitForMessage(int deadlineMs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(deadlineMs);
    for (;;) {
        for (const QString& name : messageFiles()) {
            if (m_returned.contains(name))
                continue;
            QFile file(QDir(m_outputDir.path()).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            m_returned.insert(name);
            return ServerMessage{file.fileName(), file.readAll()};
        }
        if (!deadline.isActive())
            return std::nullopt;
        loop.exec();
    }
}

} // namespace twofold::test
