// Two real twofold-server processes on one real PostgreSQL (the harness), with one real SMTP
// server: the lockout, authenticator replay and the email send caps hold across them, because
// every verifier step runs under the account's row lock in the shared database.
#include "PostgresHarness.h"
#include "ServerProcess.h"
#include "TestServer.h"
#include "auth/Messages.h"
#include "otp/Totp.h"

#include <QCborValue>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray bytes(int n, char seed)
{
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = char(seed + i * 11);
    return out;
}

} // namespace

class TestServerApiPostgresE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresHarness> m_postgres;
    std::unique_ptr<TestServer> m_smtp;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerProcess> m_servers[2];
    const QByteArray m_secret = bytes(20, 'T');

    QCborMap call(int server, const QString& path, const QCborMap& body)
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_servers[server]->port()).arg(path));
        const HttpResult result = post(m_network, url, body.toCborValue().toCbor());
        return parseMessage(result.body);
    }
    QCborMap verifier(int server, const QString& email, const QByteArray& proof, QCborMap request)
    {
        return call(server, QStringLiteral("/v1/verifier"),
                    envelope(std::move(request), email.toUtf8(), proof));
    }
    static RefusalReason reasonOf(const QCborMap& reply)
    {
        return RefusalReason(reply.value(k("refusal")).toMap().value(k("reason")).toInteger());
    }
    QString totp(int stepsFromNow) const
    {
        otp::OtpParams params;
        params.secret = SecureBuffer::fromBytes(m_secret);
        return otp::generate(params, QDateTime::currentSecsSinceEpoch() + 30 * stepsFromNow);
    }
    static QCborMap checkCode(const QString& code, SignInMethod method = SignInMethod::Authenticator)
    {
        CheckCodeRequest r;
        r.method = method;
        r.code = SecureBuffer::fromUtf8(code);
        r.computerName = QStringLiteral("Laptop");
        return r.toCbor();
    }
    void createAccount(const QString& email, const QByteArray& proof)
    {
        QCborMap body;
        body.insert(k("email"), email);
        body.insert(k("proof"), proof);
        body.insert(k("salt"), bytes(16, 's'));
        QCborMap limits;
        limits.insert(k("m"), 65536);
        limits.insert(k("t"), 3);
        body.insert(k("kdf"), limits);
        body.insert(k("keyset"), QByteArrayLiteral("keyset"));
        QVERIFY(call(0, QStringLiteral("/v1/accounts"), body).value(k("ok")).toBool());
    }
    void enableAuthenticator(int server, const QString& email, const QByteArray& proof)
    {
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(m_secret);
        enable.name = email;
        enable.code = SecureBuffer::fromUtf8(totp(-1));
        QVERIFY(verifier(server, email, proof, enable.toCbor()).value(k("ok")).toBool());
    }
    QString nextCode()
    {
        const std::optional<ServerMessage> message = m_smtp->waitForMessage(20'000);
        if (!message)
            return {};
        const QByteArray body = message->content.mid(message->content.indexOf("\r\n\r\n"));
        const QRegularExpressionMatch found =
            QRegularExpression(QStringLiteral("(?<!\\d)(\\d{6})(?!\\d)")).match(QString::fromUtf8(body));
        return found.hasMatch() ? found.captured(1) : QString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_postgres = PostgresHarness::start(&error);
        QVERIFY2(m_postgres, qPrintable(error));
        m_smtp = TestServer::startSmtp({}, &error);
        QVERIFY2(m_smtp, qPrintable(error));
        const QString database = m_postgres->createDatabase(QStringLiteral("api"), &error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        // One pepper for both processes (as behind a load balancer), in their config file.
        const QString config = m_dir.filePath(QStringLiteral("twofold-server.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pepper = " + QByteArray(32, 'P').toBase64() + "\n");
        file.write(
            QStringLiteral(
                "smtp-url = smtp://127.0.0.1:%1\nsmtp-security = none\nsmtp-from = signin@example.org\n")
                .arg(m_smtp->port())
                .toUtf8());
        file.close();
        QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        for (int i = 0; i < 2; ++i) {
            QByteArray why;
            m_servers[i] = ServerProcess::start(
                {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data-%1").arg(i)),
                 QStringLiteral("--database"), database, QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http"), QStringLiteral("--config"),
                 config, QStringLiteral("--rate-capacity"), QStringLiteral("1000"),
                 QStringLiteral("--rate-per-second"), QStringLiteral("100")},
                &why);
            QVERIFY2(m_servers[i], why.constData());
        }
    }

    void theLockoutCountsWrongCodesFromBothProcesses()
    {
        const QString email = QStringLiteral("lock@example.org");
        const QByteArray proof = bytes(32, 'l');
        createAccount(email, proof);
        enableAuthenticator(1, email, proof);
        if (QTest::currentTestFailed())
            return;
        const QString right = totp(0);
        const QString wrong =
            QStringLiteral("%1").arg((right.toInt() + 500'000) % 1'000'000, 6, 10, QLatin1Char('0'));
        for (int i = 0; i < 4; ++i) {
            const QCborMap refused = verifier(i % 2, email, proof, checkCode(wrong));
            QVERIFY(!refused.value(k("ok")).toBool());
            QCOMPARE(refused.value(k("refusal")).toMap().value(k("beforeLockout")).toInteger(), 4 - i);
        }
        QVERIFY(verifier(0, email, proof, checkCode(wrong))
                    .value(k("refusal"))
                    .toMap()
                    .value(k("lockedNow"))
                    .toBool());
        QCOMPARE(reasonOf(verifier(1, email, proof, checkCode(right))), RefusalReason::LockedOut);
        QCOMPARE(reasonOf(verifier(0, email, proof, checkCode(right))), RefusalReason::LockedOut);
    }

    void aCodeAcceptedByOneProcessIsReplayedOnTheOther()
    {
        const QString email = QStringLiteral("replay@example.org");
        const QByteArray proof = bytes(32, 'r');
        createAccount(email, proof);
        enableAuthenticator(0, email, proof);
        if (QTest::currentTestFailed())
            return;
        const QString code = totp(0);
        QVERIFY(readReply<ReleaseReply>(verifier(0, email, proof, checkCode(code))).ok());
        QCOMPARE(reasonOf(verifier(1, email, proof, checkCode(code))), RefusalReason::CodeReplayed);
        (void)nextCode(); // the new sign-in mail
    }

    void sendCapsHoldAcrossProcesses()
    {
        const QString email = QStringLiteral("caps@example.org");
        const QByteArray proof = bytes(32, 'c');
        createAccount(email, proof);
        SettingsRequest send(SettingsOp::SendSetupCode);
        send.method = SignInMethod::Email;
        send.target = email;
        QVERIFY(verifier(0, email, proof, send.toCbor()).value(k("ok")).toBool());
        SettingsRequest confirm(SettingsOp::ConfirmSetupCode);
        confirm.method = SignInMethod::Email;
        confirm.code = SecureBuffer::fromUtf8(nextCode());
        QVERIFY(verifier(1, email, proof, confirm.toCbor()).value(k("ok")).toBool());
        for (int i = 0; i < 5; ++i) {
            Answer<BeginReply> begin =
                readReply<BeginReply>(verifier(i % 2, email, proof, BeginRequest().toCbor()));
            QVERIFY(begin.ok());
            QVERIFY(
                verifier(i % 2, email, proof, SendCodeRequest{SignInMethod::Email, begin->challenge}.toCbor())
                    .value(k("ok"))
                    .toBool());
            QVERIFY(!nextCode().isEmpty());
        }
        const int mails = m_smtp->messageCount();
        for (int server = 0; server < 2; ++server) {
            Answer<BeginReply> begin =
                readReply<BeginReply>(verifier(server, email, proof, BeginRequest().toCbor()));
            QCOMPARE(reasonOf(verifier(server, email, proof,
                                       SendCodeRequest{SignInMethod::Email, begin->challenge}.toCbor())),
                     RefusalReason::HourlyLimit);
        }
        QCOMPARE(m_smtp->messageCount(), mails); // nothing more was sent (a send is done before its reply)
    }
};

QTEST_GUILESS_MAIN(TestServerApiPostgresE2e)
#include "tst_server_api_postgres_e2e.moc"
