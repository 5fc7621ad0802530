// HttpVerifierLink (core/auth/ServerLink.h): how every way a sign-in server can fail becomes a
// refusal naming the server, over real loopback sockets (a port nobody listens on, a server that
// never answers, a redirect to another host), and what the link puts in each request.
#include "auth/AuthSentences.h"
#include "auth/ServerLink.h"
#include "vault/VaultFile.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace twofold;

namespace {
const QString kServer = QStringLiteral("https://sign-in.example.org");

Refusal refusalOf(const QCborMap& reply)
{
    return Refusal::fromCbor(reply.value(QLatin1StringView("refusal")).toMap());
}

// A loopback HTTP server that answers every request with one canned response (or never).
class CannedServer : public QObject
{
public:
    explicit CannedServer(QByteArray response) : m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_response.isEmpty() && m_received.contains("\r\n\r\n"))
                        socket->write(m_response);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_received;
};

QCborMap ask(HttpVerifierLink& link, const QCborMap& request)
{
    QObject context;
    std::optional<QCborMap> answer;
    link.request(request, &context, [&](QCborMap reply) { answer = std::move(reply); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000); }();
    return answer.value_or(QCborMap());
}
} // namespace

class TestServerLink : public QObject
{
    Q_OBJECT

private slots:
    void statusesMapToRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<int>("reason");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<bool>("tlsFailed");

        Refusal busy(ErrorCode::ServerRefused, RefusalReason::ServerRefused);
        busy.retryAfterMs = 2500;
        const QByteArray busyBody = refusedReply(busy).toCborValue().toCbor();
        const QByteArray wrongPassword =
            refusedReply(Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword))
                .toCborValue()
                .toCbor();
        const QByteArray okBody = okReply({}).toCborValue().toCbor();
        const int unreachable = int(RefusalReason::ServerUnreachable),
                  refused = int(RefusalReason::ServerRefused);

        QTest::newRow("no answer") << 0 << QByteArray() << QByteArray() << false << true << unreachable
                                   << qint64(0) << false;
        QTest::newRow("timeout") << 0 << QByteArray() << QByteArray() << true << true << unreachable
                                 << qint64(0) << false;
        QTest::newRow("429, Retry-After only")
            << 429 << QByteArray() << QByteArray("7") << false << false << refused << qint64(7000) << false;
        QTest::newRow("429, the body's wait")
            << 429 << busyBody << QByteArray("7") << false << false << refused << qint64(2500) << false;
        QTest::newRow("503") << 503 << busyBody << QByteArray() << false << false << refused << qint64(2500)
                             << false;
        QTest::newRow("503 without a body")
            << 503 << QByteArray() << QByteArray() << false << false << refused << qint64(0) << false;
        QTest::newRow("redirect") << 302 << QByteArray() << QByteArray() << false << false << refused
                                  << qint64(0) << false;
        QTest::newRow("404, not a twofold-server")
            << 404 << QByteArray("<html>") << QByteArray() << false << false << refused << qint64(0) << false;
        QTest::newRow("500") << 500 << okBody << QByteArray() << false << false << refused << qint64(0)
                             << false;
        QTest::newRow("200, not CBOR") << 200 << QByteArray("{\"ok\":true}") << QByteArray() << false << false
                                       << int(RefusalReason::NotUnderstood) << qint64(0) << false;
        QTest::newRow("200, two maps") << 200 << okBody + okBody << QByteArray() << false << false
                                       << int(RefusalReason::NotUnderstood) << qint64(0) << false;
        QTest::newRow("400 claiming ok") << 400 << okBody << QByteArray() << false << false
                                         << int(RefusalReason::NotUnderstood) << qint64(0) << false;
        QTest::newRow("certificate not trusted") << 0 << QByteArray() << QByteArray() << false << true
                                                 << int(RefusalReason::ServerNotTrusted) << qint64(0) << true;
        QTest::newRow("200, the verifier's refusal")
            << 200 << wrongPassword << QByteArray() << false << false << int(RefusalReason::WrongPassword)
            << qint64(0) << false;
    }
    void statusesMapToRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, timedOut);
        QFETCH(bool, networkError);
        QFETCH(int, reason);
        QFETCH(qint64, retryAfterMs);
        QFETCH(bool, tlsFailed);
        const QCborMap reply =
            HttpVerifierLink::replyFor(status, body, retryAfter, timedOut, networkError, kServer, tlsFailed);
        QCOMPARE(reply.value(QLatin1StringView("ok")).toBool(), false);
        const Refusal refusal = refusalOf(reply);
        QCOMPARE(int(refusal.reason), reason);
        QCOMPARE(refusal.retryAfterMs, retryAfterMs);
        if (refusal.reason == RefusalReason::ServerRefused ||
            refusal.reason == RefusalReason::ServerUnreachable ||
            refusal.reason == RefusalReason::ServerNotTrusted) {
            QCOMPARE(refusal.name, kServer);
            QVERIFY2(refusal.sentence().contains(kServer), qPrintable(refusal.sentence()));
            QCOMPARE(exitStatusFor(refusal.code), 5);
        }
    }

    void aRightReplyPassesThrough()
    {
        BeginReply begin;
        begin.share = SecureBuffer::fromBytes(QByteArray(32, 's'));
        const QCborMap reply = HttpVerifierLink::replyFor(200, okReply(begin.toCbor()).toCborValue().toCbor(),
                                                          {}, false, false, kServer);
        Answer<BeginReply> read = readReply<BeginReply>(reply);
        QVERIFY(read.ok());
        QVERIFY(read->share.equals(QByteArray(32, 's')));
    }

    void addressesThatAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("taken");
        QTest::newRow("https") << QStringLiteral("https://sign-in.example.org") << true;
        QTest::newRow("https with a port and prefix")
            << QStringLiteral("https://example.org:8443/twofold") << true;
        QTest::newRow("http on loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http on localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http elsewhere") << QStringLiteral("http://sign-in.example.org") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << false;
        QTest::newRow("a user name") << QStringLiteral("https://me:pw@example.org") << false;
        QTest::newRow("a query") << QStringLiteral("https://example.org/?x=1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("not a URL") << QStringLiteral("sign-in server") << false;
    }
    void addressesThatAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, taken);
        ServerEndpoint endpoint;
        endpoint.url = QUrl(url);
        const Status checked = endpoint.check();
        QCOMPARE(checked.ok(), taken);
        if (!taken)
            QVERIFY(checked.error().message.endsWith(u'.'));
    }

    // A port nobody listens on: ServerUnreachable, naming the address.
    void nobodyListening()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        ServerEndpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        HttpVerifierLink link(endpoint, QStringLiteral("me@example.org"));
        const Refusal refusal = refusalOf(ask(link, BeginRequest().toCbor()));
        QCOMPARE(refusal.reason, RefusalReason::ServerUnreachable);
        QCOMPARE(refusal.code, ErrorCode::ServerUnreachable);
        QVERIFY(refusal.sentence().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }

    // A server that takes the connection and never answers: the link's timeout ends it.
    void aServerThatNeverAnswers()
    {
        CannedServer silent{QByteArray()};
        ServerEndpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.port()));
        endpoint.timeoutMs = 300;
        HttpVerifierLink link(endpoint, QStringLiteral("me@example.org"));
        QCOMPARE(refusalOf(ask(link, BeginRequest().toCbor())).reason, RefusalReason::ServerUnreachable);
    }

    // A redirect, even to another server that would answer: not followed.
    void redirectsAreNotFollowed()
    {
        CannedServer elsewhere{
            QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/cbor\r\nContent-Length: 3\r\n\r\n") +
            okReply({}).toCborValue().toCbor().left(3)};
        CannedServer redirecting{
            QByteArrayLiteral("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:") +
            QByteArray::number(elsewhere.port()) +
            QByteArrayLiteral("/v1/verifier\r\nContent-Length: 0\r\n\r\n")};
        ServerEndpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirecting.port()));
        HttpVerifierLink link(endpoint, QStringLiteral("me@example.org"));
        QCOMPARE(refusalOf(ask(link, BeginRequest().toCbor())).reason, RefusalReason::ServerRefused);
        QVERIFY(elsewhere.received().isEmpty());
    }

    // What goes out: a CBOR POST to /v1/verifier with the email as the account and the proof,
    // never the password's other keys.
    void requestCarriesAccountAndProofOnly()
    {
        CannedServer server{QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")};
        ServerEndpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1/prefix/").arg(server.port()));
        auto key = std::make_shared<PasswordKey>(
            VaultFile::passwordKeyFromBase(SecureBuffer::fromBytes(QByteArray(32, 'b'))));
        HttpVerifierLink link(endpoint, QStringLiteral("me@example.org"), key);
        QByteArray sent;
        QString path;
        link.setRecorder([&](const QString& p, const QByteArray& body) {
            path = p;
            sent = body;
        });
        (void)ask(link, envelope(BeginRequest().toCbor(), QByteArrayLiteral("local-vault-id")));
        QCOMPARE(path, QStringLiteral("/v1/verifier"));
        QVERIFY(server.received().startsWith("POST /prefix/v1/verifier HTTP/1.1\r\n"));
        QVERIFY(server.received().contains("application/cbor"));
        const QCborMap map = parseMessage(sent);
        QCOMPARE(map.value(QLatin1StringView("account")).toByteArray(), QByteArrayLiteral("me@example.org"));
        QVERIFY(key->serverProof().equals(map.value(QLatin1StringView("proof")).toByteArray()));
        QVERIFY(!sent.contains(QByteArray(32, 'b')));
        QVERIFY(!sent.contains(key->authKey.view().toByteArray()));
        QVERIFY(!sent.contains("local-vault-id"));
    }
};

QTEST_GUILESS_MAIN(TestServerLink)
#include "tst_serverlink.moc"
