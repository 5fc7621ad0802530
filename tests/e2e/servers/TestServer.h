#pragma once
// Real servers on loopback for end-to-end tests: the Python servers next to this file
// (smtp_server.py with aiosmtpd, twilio_server.py with http.server) run by /usr/bin/python3,
// and a throwaway certificate authority made with the openssl command line.
// Nothing here sleeps: every wait is on a signal with a deadline.
#include <QByteArray>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace twofold::test {

// A certificate authority and a server certificate it signed, valid for a day, in a
// temporary folder removed with the object.
class TestCertificates
{
public:
    // Makes both with `openssl` (EC P-256). altNames are the server certificate's subject
    // alternative names. Null on failure, with the reason in *error.
    static std::unique_ptr<TestCertificates>
    make(const QStringList& altNames = {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"),
                                        QStringLiteral("IP:::1")},
         QString* error = nullptr);

    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); } // PEM, the CA to trust
    QString certificateFile() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("server.key")); }

private:
    TestCertificates() = default;
    QTemporaryDir m_dir;
};

// A message a server wrote: its file and its bytes.
struct ServerMessage
{
    QString path;
    QByteArray content;
};

class TestServer
{
public:
    // Starts smtp_server.py with args and --maildir set to a temporary folder; messages are
    // NNNN.eml files (the raw mail) next to NNNN.json (envelope: mail_from, rcpt_tos, login, tls).
    static std::unique_ptr<TestServer> startSmtp(const QStringList& args, QString* error = nullptr);
    // Starts twilio_server.py with args and --outdir set to a temporary folder; messages are
    // NNNN.json files.
    static std::unique_ptr<TestServer> startTwilio(const QStringList& args, QString* error = nullptr);

    // Closes the server's standard input (it exits), waits up to 5 s, then kills it.
    ~TestServer();

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString outputDir() const { return m_outputDir.path(); }
    // What the server wrote on standard error so far, for failure messages.
    QByteArray standardError();

    // Waits until the server has written a message that no earlier call returned (files are
    // written under a temporary name and renamed, so a file seen is complete); the oldest
    // first. Nothing after deadlineMs.
    std::optional<ServerMessage> waitForMessage(int deadlineMs = 5000);
    // How many messages the server has written.
    int messageCount() const;

private:
    TestServer() = default;
    static std::unique_ptr<TestServer> start(const QString& script, QStringList args,
                                             const QString& outputOption, const QString& suffix,
                                             QString* error);
    QStringList messageFiles() const;

    QProcess m_process;
    QTemporaryDir m_outputDir;
    QString m_suffix;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_stderr;
    QSet<QString> m_returned;
    std::unique_ptr<QFileSystemWatcher> m_watcher;
};

// The folder holding the Python servers.
QString serversDir();

} // namespace twofold::test
