// The real twofold-server process on a loopback port: HTTPS with a throwaway certificate made
// by openssl, the loopback-only plain HTTP mode, /healthz, /metrics, the token bucket's 429
// with Retry-After, the request size guard, strict JSON logs without secrets, and the
// refusals at start-up (config file permissions, --insecure-http off loopback, no TLS).
#include "ServerProcess.h"
#include "TestServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold::test;

class TestServerHttpE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_folders = 0;

    QString freshData() { return m_dir.filePath(QStringLiteral("data-%1").arg(++m_folders)); }
    QStringList insecureArgs()
    {
        return {QStringLiteral("--data"), freshData(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http")};
    }
    static QUrl url(const ServerProcess& server, const QString& path,
                    const QString& scheme = QStringLiteral("http"))
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(server.port()).arg(path));
    }
    QString writeConfig(const QByteArray& text, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(QStringLiteral("config-%1").arg(++m_folders));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write the config");
        file.close();
        QFile::setPermissions(path, permissions);
        return path;
    }

private slots:
    void servesHealthAndMetricsOverLoopbackHttp()
    {
        QByteArray why;
        auto server = ServerProcess::start(insecureArgs(), &why);
        QVERIFY2(server, why.constData());
        HttpResult health =
            request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/healthz")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/v1/info")))
                     .json()
                     .value(QStringLiteral("service"))
                     .toString(),
                 QStringLiteral("twofold-server"));
        QCOMPARE(
            request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/no/such/thing"))).status,
            404);
        QCOMPARE(
            request(m_network, QStringLiteral("DELETE"), url(*server, QStringLiteral("/healthz"))).status,
            405);

        const HttpResult metrics =
            request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("# TYPE twofold_http_requests_total counter\n"));
        QVERIFY(metrics.body.contains("twofold_http_requests_total{route=\"/healthz\",status=\"200\"} 1\n"));
        QVERIFY(metrics.body.contains("twofold_http_requests_total{route=\"unmatched\",status=\"404\"} 1\n"));
        QVERIFY(metrics.body.contains("twofold_http_requests_total{route=\"unmatched\",status=\"405\"} 1\n"));
        QVERIFY(metrics.body.contains("twofold_http_request_duration_seconds_count{route=\"/v1/info\"} 1\n"));
        QVERIFY(!metrics.body.contains("/no/such/thing")); // paths never become labels
    }

    void logsAreJsonLinesWithoutSecrets()
    {
        const QByteArray pepper = QByteArray(32, 'S').toBase64();
        const QString config = writeConfig(
            "pepper = " + pepper +
                "\nsmtp-url = smtp://127.0.0.1:2525\nsmtp-security = none\n"
                "smtp-user = relay\nsmtp-password = hunter2-smtp\nsmtp-from = signin@example.org\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray why;
        auto server =
            ServerProcess::start(insecureArgs() + QStringList{QStringLiteral("--config"), config}, &why);
        QVERIFY2(server, why.constData());
        QCOMPARE(request(m_network, QStringLiteral("POST"), url(*server, QStringLiteral("/healthz")),
                         R"({"password":"hunter2-body"})")
                     .status,
                 405);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/healthz"))).status,
                 200);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log = server->log()).count("\"event\":\"request\"") >= 2, 10'000);
        for (const QByteArray& line : log.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error{};
            const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QVERIFY(event.contains(QStringLiteral("ts")) && event.contains(QStringLiteral("level")) &&
                    event.contains(QStringLiteral("event")));
        }
        QVERIFY(log.contains("\"route\":\"/healthz\""));
        for (const QByteArray& secret : {pepper, QByteArray("hunter2-smtp"), QByteArray("hunter2-body")})
            QVERIFY2(!log.contains(secret), secret.constData());
    }

    void servesHttpsWithTheConfiguredCertificate()
    {
        QString error;
        auto certificates = TestCertificates::make({QStringLiteral("IP:127.0.0.1")}, &error);
        QVERIFY2(certificates, qPrintable(error));
        QByteArray why;
        auto server = ServerProcess::start({QStringLiteral("--data"), freshData(), QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                            certificates->certificateFile(), QStringLiteral("--tls-key"),
                                            certificates->keyFile()},
                                           &why);
        QVERIFY2(server, why.constData());
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(certificates->caFile()));
        const HttpResult health =
            request(m_network, QStringLiteral("GET"),
                    url(*server, QStringLiteral("/healthz"), QStringLiteral("https")), {}, trusting);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // Without trusting the CA the handshake fails; plain HTTP on the TLS port gets no answer.
        m_network.clearConnectionCache();
        QCOMPARE(request(m_network, QStringLiteral("GET"),
                         url(*server, QStringLiteral("/healthz"), QStringLiteral("https")))
                     .status,
                 0);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/healthz"))).status,
                 0);
        QVERIFY(server->log().contains("\"tls\":true"));
    }

    void theTokenBucketRefusesWith429AndRetryAfter()
    {
        QByteArray why;
        auto server = ServerProcess::start(
            insecureArgs() + QStringList{QStringLiteral("--rate-capacity"), QStringLiteral("3"),
                                         QStringLiteral("--rate-per-second"), QStringLiteral("0.01")},
            &why);
        QVERIFY2(server, why.constData());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/v1/info"))).status,
                200);
        const HttpResult refused =
            request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/v1/info")));
        QCOMPARE(refused.status, 429);
        const int retryAfter = refused.retryAfter.toInt();
        QVERIFY2(retryAfter >= 90 && retryAfter <= 100,
                 refused.retryAfter.constData()); // one token per 100 s
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("too-many-requests"));
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/healthz"))).status,
                 200); // not limited
        QVERIFY(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/metrics")))
                    .body.contains("twofold_http_requests_total{route=\"/v1/info\",status=\"429\"} 1\n"));
    }

    void anOversizedRequestIsRefusedBeforeItIsRead()
    {
        QByteArray why;
        auto server = ServerProcess::start(
            insecureArgs() + QStringList{QStringLiteral("--max-body-bytes"), QStringLiteral("1024")}, &why);
        QVERIFY2(server, why.constData());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(10'000));
        socket.write("POST /v1/info HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                     "50000000\r\n\r\n{\"a\":");
        QByteArray answer;
        QDeadlineTimer deadline(10'000);
        while (!answer.contains("\r\n\r\n{") && !deadline.hasExpired() &&
               socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(10'000));
        // The server is still there.
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/healthz"))).status,
                 200);
        // A body over the limit with an honest length is refused the same way.
        const HttpResult big = request(m_network, QStringLiteral("POST"),
                                       url(*server, QStringLiteral("/v1/info")), QByteArray(2048, 'x'));
        QVERIFY(big.status == 413 || big.status == 0); // the peer may see the close first
    }

    void hugeHeadersAndChunkedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("headers over 16 KiB")
            << "GET /v1/info HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(20 * 1024, 'a')
            << QByteArray("HTTP/1.1 431 ");
        QTest::newRow("chunked")
            << QByteArray(
                   "POST /v1/info HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
            << QByteArray("HTTP/1.1 411 ");
    }
    void hugeHeadersAndChunkedBodiesAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, statusLine);
        QByteArray why;
        auto server = ServerProcess::start(insecureArgs(), &why);
        QVERIFY2(server, why.constData());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(10'000));
        socket.write(head);
        QByteArray answer;
        QDeadlineTimer deadline(10'000);
        while (!answer.contains("\r\n\r\n{") && !deadline.hasExpired() &&
               socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*server, QStringLiteral("/healthz"))).status,
                 200);
    }

    void aConfigFileOthersCanReadStopsTheStart()
    {
        const QString config =
            writeConfig("rate-capacity = 5\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const ProcessResult refused =
            runServer(insecureArgs() + QStringList{QStringLiteral("--config"), config});
        QVERIFY(refused.finished);
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(QString::fromUtf8(refused.err),
                 QStringLiteral("The config file %1 holds secrets but other users may read it (mode 0644): "
                                "run chmod 600 %1.\n")
                     .arg(config));
        QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray why;
        QVERIFY2(ServerProcess::start(insecureArgs() + QStringList{QStringLiteral("--config"), config}, &why),
                 why.constData());
    }

    void plainHttpOffLoopbackAndNoTlsAreRefused()
    {
        ProcessResult refused = runServer({QStringLiteral("--data"), freshData(), QStringLiteral("--listen"),
                                           QStringLiteral("0.0.0.0:0"), QStringLiteral("--insecure-http")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(
            QString::fromUtf8(refused.err),
            QStringLiteral(
                "--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this computer’s "
                "loopback address, not on 0.0.0.0:0.\n"));
        refused = runServer({QStringLiteral("--data"), freshData()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.startsWith("twofold-server needs --tls-cert and --tls-key"));
        refused = runServer({QStringLiteral("--data"), freshData(), QStringLiteral("--tls-cert"),
                             m_dir.filePath(QStringLiteral("none.pem")), QStringLiteral("--tls-key"),
                             m_dir.filePath(QStringLiteral("none.key"))});
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(QString::fromUtf8(refused.err), QStringLiteral("The TLS file %1 cannot be read.\n")
                                                     .arg(m_dir.filePath(QStringLiteral("none.pem"))));
        refused = runServer(
            {QStringLiteral("--data"), freshData(), QStringLiteral("--bogus"), QStringLiteral("1")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err,
                 QByteArray("twofold-server does not know the option --bogus: see twofold-server --help.\n"));
    }

    void theDataFolderIsMadePrivate()
    {
        const QString data = freshData() + QStringLiteral("/nested");
        QByteArray why;
        auto server = ServerProcess::start({QStringLiteral("--data"), data, QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http")},
                                           &why);
        QVERIFY2(server, why.constData());
        QCOMPARE(QFileInfo(data).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(QFileInfo(data + QStringLiteral("/twofold-server.sqlite")).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(data + QStringLiteral("/pepper")).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestServerHttpE2e)
#include "tst_server_http_e2e.moc"
