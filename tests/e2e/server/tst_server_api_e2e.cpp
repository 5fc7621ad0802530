// The verifier routes of API.md against the real twofold-server executable on loopback
// (--insecure-http, SQLite in a temporary data folder) and a real SMTP server (aiosmtpd):
// accounts, prelogin (known and unknown emails answer with the same shape), begin, the
// authenticator turned on and its codes accepted, wrong, replayed, the lockout, email codes
// delivered by the server with its own settings and their send caps, remembered computers as
// device records (listed, used, forgotten, revoked by an administrator), the "new sign-in"
// mail, organisation policy, and the HTTP edges (CBOR only, 400, 413, 429 with Retry-After).
#include "ServerProcess.h"
#include "TestServer.h"
#include "auth/Messages.h"
#include "otp/Totp.h"

#include <QCborArray>
#include <QCborValue>
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

QByteArray randomBytes(int n, char seed)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        bytes[i] = char(seed * 31 + i * 7 + 1);
    return bytes;
}

QCborMap kdfMap(qint64 m, qint64 t)
{
    QCborMap map;
    map.insert(k("m"), m);
    map.insert(k("t"), t);
    return map;
}

} // namespace

class TestServerApiE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestServer> m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    QString m_data;

    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
    }

    struct Reply
    {
        int status = 0;
        QCborMap map;
        QByteArray bytes;
    };
    Reply call(const QString& path, const QCborMap& body)
    {
        const HttpResult result = post(m_network, url(path), body.toCborValue().toCbor());
        return Reply{result.status, parseMessage(result.body), result.body};
    }
    Reply verifier(const QString& email, const QByteArray& proof, QCborMap request)
    {
        return call(QStringLiteral("/v1/verifier"), envelope(std::move(request), email.toUtf8(), proof));
    }
    QCborMap createBody(const QString& email, const QByteArray& proof, const QByteArray& salt)
    {
        QCborMap body;
        body.insert(k("email"), email);
        body.insert(k("proof"), proof);
        body.insert(k("salt"), salt);
        body.insert(k("kdf"), kdfMap(65536, 4));
        body.insert(k("keyset"), QByteArrayLiteral("\xa2\x62id\x41\x01\x64slot\x41\x02"));
        return body;
    }
    Reply create(const QString& email, const QByteArray& proof)
    {
        return call(QStringLiteral("/v1/accounts"), createBody(email, proof, randomBytes(16, 's')));
    }
    static RefusalReason reasonOf(const Reply& answer)
    {
        return RefusalReason(answer.map.value(k("refusal")).toMap().value(k("reason")).toInteger());
    }
    ProcessResult admin(const QStringList& words)
    {
        return runServer(QStringList{QStringLiteral("admin"), QStringLiteral("--data"), m_data} + words);
    }
    // The six digits of the next mail the SMTP server took, and its text.
    QString nextCode(QByteArray* mail = nullptr)
    {
        const std::optional<ServerMessage> message = m_smtp->waitForMessage(20'000);
        if (!message)
            return {};
        if (mail)
            *mail = message->content;
        const QByteArray body = message->content.mid(message->content.indexOf("\r\n\r\n"));
        const QRegularExpressionMatch found =
            QRegularExpression(QStringLiteral("(?<!\\d)(\\d{6})(?!\\d)")).match(QString::fromUtf8(body));
        return found.hasMatch() ? found.captured(1) : QString();
    }
    static QString totp(const QByteArray& secret, int stepsFromNow)
    {
        otp::OtpParams params;
        params.secret = SecureBuffer::fromBytes(secret);
        return otp::generate(params, QDateTime::currentSecsSinceEpoch() + 30 * stepsFromNow);
    }
    static QCborMap checkCode(const QString& code, bool remember = false, const QString& computer = {},
                              SignInMethod method = SignInMethod::Authenticator,
                              const QByteArray& computerId = {})
    {
        CheckCodeRequest r;
        r.method = method;
        r.code = SecureBuffer::fromUtf8(code);
        r.rememberComputer = remember;
        r.computerName = computer;
        r.computerId = computerId;
        return r.toCbor();
    }
    // Turns the authenticator on for email with secret (a code one step back, so the next
    // two steps stay free for sign-ins).
    void enableAuthenticator(const QString& email, const QByteArray& proof, const QByteArray& secret,
                             std::vector<SecureBuffer>* recoveryCodes = nullptr)
    {
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(secret);
        enable.name = email;
        enable.code = SecureBuffer::fromUtf8(totp(secret, -1));
        const Reply on = verifier(email, proof, enable.toCbor());
        QCOMPARE(on.status, 200);
        Result<SettingsReply> reply = SettingsReply::fromCbor(on.map);
        QVERIFY2(on.map.value(k("ok")).toBool(),
                 on.map.toCborValue().toDiagnosticNotation().toUtf8().constData());
        QVERIFY(reply.ok());
        QCOMPARE(int(reply->recoveryCodes.size()), 10);
        QVERIFY(reply->status.method(SignInMethod::Authenticator).on);
        if (recoveryCodes)
            *recoveryCodes = std::move(reply->recoveryCodes);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_smtp = TestServer::startSmtp({}, &error);
        QVERIFY2(m_smtp, qPrintable(error));
        m_data = m_dir.filePath(QStringLiteral("data"));
        // Mail settings live in the server's config file (0600), never on its command line.
        const QString config = m_dir.filePath(QStringLiteral("twofold-server.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(
                "smtp-url = smtp://127.0.0.1:%1\nsmtp-security = none\nsmtp-from = signin@example.org\n")
                .arg(m_smtp->port())
                .toUtf8());
        file.close();
        QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray why;
        m_server = ServerProcess::start({QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http"),
                                         QStringLiteral("--config"), config,
                                         QStringLiteral("--rate-capacity"), QStringLiteral("1000"),
                                         QStringLiteral("--rate-per-second"), QStringLiteral("100")},
                                        &why);
        QVERIFY2(m_server, why.constData());
    }

    void preloginAnswersTheSameShapeForUnknownEmails()
    {
        const QByteArray salt = randomBytes(16, 'p');
        const Reply created = call(QStringLiteral("/v1/accounts"),
                                   createBody(QStringLiteral("pre@example.org"), randomBytes(32, 'a'), salt));
        QVERIFY(created.map.value(k("ok")).toBool());

        QCborMap ask;
        ask.insert(k("email"), QStringLiteral("Pre@Example.org"));
        const Reply known = call(QStringLiteral("/v1/prelogin"), ask);
        ask.insert(k("email"), QStringLiteral("nobody@example.org"));
        const Reply unknown = call(QStringLiteral("/v1/prelogin"), ask);
        const Reply unknownAgain = call(QStringLiteral("/v1/prelogin"), ask);
        ask.insert(k("email"), QStringLiteral("someone-else@example.org"));
        const Reply other = call(QStringLiteral("/v1/prelogin"), ask);

        QCOMPARE(known.status, 200);
        QCOMPARE(unknown.status, 200);
        QCOMPARE(known.map.value(k("salt")).toByteArray(), salt);
        QCOMPARE(known.map.value(k("kdf")).toMap(), kdfMap(65536, 4));
        // Same keys, same types, same sizes: nothing tells the two apart but the values.
        QCOMPARE(unknown.map.keys(), known.map.keys());
        QCOMPARE(unknown.map.value(k("kdf")).toMap().keys(), known.map.value(k("kdf")).toMap().keys());
        QCOMPARE(unknown.map.value(k("salt")).toByteArray().size(), 16);
        QCOMPARE(unknown.bytes.size(), known.bytes.size()); // both limits take 4-byte integers
        QCOMPARE(unknown.map.value(k("kdf")).toMap(), kdfMap(256 * 1024, 3));
        // Stable for one email (a second ask does not reveal a random answer), different between emails.
        QCOMPARE(unknownAgain.map.value(k("salt")).toByteArray(), unknown.map.value(k("salt")).toByteArray());
        QVERIFY(other.map.value(k("salt")).toByteArray() != unknown.map.value(k("salt")).toByteArray());

        // Wrong proof and unknown email: the same refusal, byte for byte.
        const Reply wrong =
            verifier(QStringLiteral("pre@example.org"), randomBytes(32, 'x'), BeginRequest().toCbor());
        const Reply nobody =
            verifier(QStringLiteral("nobody@example.org"), randomBytes(32, 'x'), BeginRequest().toCbor());
        QCOMPARE(wrong.status, 200);
        QCOMPARE(reasonOf(wrong), RefusalReason::WrongPassword);
        QCOMPARE(nobody.bytes, wrong.bytes);
    }

    void accountsAreMadeOnce()
    {
        const Reply made = create(QStringLiteral("once@example.org"), randomBytes(32, 'o'));
        QCOMPARE(made.status, 200);
        QVERIFY(made.map.value(k("ok")).toBool());
        QCOMPARE(made.map.value(k("share")).toByteArray().size(), 32);
        QCOMPARE(made.map.value(k("policy")).toMap().value(k("mode")).toString(), QStringLiteral("optional"));
        const Reply again = create(QStringLiteral("ONCE@example.org"), randomBytes(32, 'p'));
        QCOMPARE(again.status, 200);
        QCOMPARE(reasonOf(again), RefusalReason::AccountExists);
        QCborMap bad =
            createBody(QStringLiteral("not an address"), randomBytes(32, 'o'), randomBytes(16, 'o'));
        QCOMPARE(call(QStringLiteral("/v1/accounts"), bad).status, 400);
        bad = createBody(QStringLiteral("limits@example.org"), randomBytes(32, 'o'), randomBytes(16, 'o'));
        bad.insert(k("kdf"), kdfMap(4 * 1024 * 1024, 3)); // 4 GiB: over kdf::withinBounds
        QCOMPARE(call(QStringLiteral("/v1/accounts"), bad).status, 400);
    }

    void authenticatorCodesAreCheckedByTheServer()
    {
        const QString email = QStringLiteral("ann@example.org");
        const QByteArray proof = randomBytes(32, 'n');
        const Reply made = create(email, proof);
        const QByteArray share = made.map.value(k("share")).toByteArray();

        // No second factor yet: the proof alone releases the share.
        Reply begin = verifier(email, proof, BeginRequest().toCbor());
        Answer<BeginReply> first = readReply<BeginReply>(begin.map);
        QVERIFY(first.ok());
        QVERIFY(!first->twoFactorOn);
        QVERIFY(first->share.equals(share));
        QCOMPARE(begin.map.value(k("policy")).toMap().value(k("mode")).toString(),
                 QStringLiteral("optional"));

        const QByteArray secret = randomBytes(20, 'T');
        enableAuthenticator(email, proof, secret);
        if (QTest::currentTestFailed())
            return;
        begin = verifier(email, proof, BeginRequest().toCbor());
        Answer<BeginReply> second = readReply<BeginReply>(begin.map);
        QVERIFY(second.ok());
        QVERIFY(second->twoFactorOn);
        QVERIFY(second->share.isEmpty());
        QCOMPARE(second->methods.first().method, SignInMethod::Authenticator);

        // Right, then replayed.
        const QString code = totp(secret, 0);
        const Reply right = verifier(email, proof, checkCode(code, true, QStringLiteral("Ann's laptop")));
        Answer<ReleaseReply> released = readReply<ReleaseReply>(right.map);
        QVERIFY2(released.ok(), right.map.toCborValue().toDiagnosticNotation().toUtf8().constData());
        QVERIFY(released->share.equals(share));
        QCOMPARE(released->keyset, QByteArrayLiteral("\xa2\x62id\x41\x01\x64slot\x41\x02"));
        QVERIFY(!released->trustedToken.isEmpty());
        const Reply replayed = verifier(email, proof, checkCode(code));
        QCOMPARE(reasonOf(replayed), RefusalReason::CodeReplayed);

        // A code from a computer the account had not seen: a mail to the account.
        QByteArray mail;
        (void)nextCode(&mail);
        QVERIFY2(mail.contains("Subject: New sign-in to your Twofold vault"), mail.constData());
        QVERIFY(mail.contains("To: ann@example.org") || mail.contains("To: <ann@example.org>"));
        QVERIFY(mail.contains("Ann's laptop"));

        // The remembered computer: a device record, in Status and for the administrator.
        const Reply status = verifier(email, proof, SettingsRequest(SettingsOp::Status).toCbor());
        Answer<SettingsReply> listed = readReply<SettingsReply>(status.map);
        QVERIFY(listed.ok());
        QCOMPARE(listed->status.trustedComputers.size(), 1);
        QCOMPARE(listed->status.trustedComputers.first().name, QStringLiteral("Ann's laptop"));
        ProcessResult devices = admin({QStringLiteral("device"), QStringLiteral("list"), email});
        QCOMPARE(devices.exitCode, 0);
        QVERIFY2(devices.out.contains("Ann's laptop"), devices.out.constData());

        CheckTrustedRequest trusted{released->trustedToken};
        Answer<ReleaseReply> again = readReply<ReleaseReply>(verifier(email, proof, trusted.toCbor()).map);
        QVERIFY(again.ok());
        QVERIFY(again->share.equals(share));
        QVERIFY(!again->keyset.isEmpty());

        // Forgotten from Status: the token stops working and the device record is revoked.
        SettingsRequest forget(SettingsOp::ForgetTrusted);
        forget.challenge = listed->status.trustedComputers.first().id;
        QVERIFY(verifier(email, proof, forget.toCbor()).map.value(k("ok")).toBool());
        QCOMPARE(reasonOf(verifier(email, proof, trusted.toCbor())), RefusalReason::ComputerForgotten);
        devices = admin({QStringLiteral("device"), QStringLiteral("list"), email});
        QVERIFY2(devices.out.contains("revoked"), devices.out.constData());

        // Delivery belongs to the server's configuration.
        QCOMPARE(reasonOf(verifier(email, proof, SettingsRequest(SettingsOp::GetDelivery).toCbor())),
                 RefusalReason::ServerManaged);
    }

    // A new computer is known by its id (auth/ComputerId.h), not by the name it gives: the same
    // computer under another name is not new, and another computer under a known name is.
    void newComputersAreKnownByTheirIdNotTheirName()
    {
        const QString email = QStringLiteral("seen@example.org");
        const QByteArray proof = randomBytes(32, 's');
        QVERIFY(create(email, proof).map.value(k("ok")).toBool());
        const QByteArray secret = randomBytes(20, 'S');
        std::vector<SecureBuffer> recovery;
        enableAuthenticator(email, proof, secret, &recovery);
        if (QTest::currentTestFailed())
            return;
        const QByteArray desk = randomBytes(16, 'd'), other = randomBytes(16, 'e');

        QVERIFY(verifier(email, proof,
                         checkCode(totp(secret, 0), true, QStringLiteral("Desk"), SignInMethod::Authenticator,
                                   desk))
                    .map.value(k("ok"))
                    .toBool());
        QByteArray mail;
        (void)nextCode(&mail);
        QVERIFY2(mail.contains("Subject: New sign-in") && mail.contains("Desk"), mail.constData());

        // The same computer, renamed: no mail. Another computer calling itself "Desk" (the
        // remembered computer's name): a mail. So the next mail is the second one's.
        QVERIFY(verifier(email, proof,
                         checkCode(totp(secret, 1), false, QStringLiteral("Renamed desk"),
                                   SignInMethod::Authenticator, desk))
                    .map.value(k("ok"))
                    .toBool());
        QVERIFY(verifier(email, proof,
                         checkCode(QString::fromUtf8(recovery.front().view()), false, QStringLiteral("Desk"),
                                   SignInMethod::RecoveryCode, other))
                    .map.value(k("ok"))
                    .toBool());
        (void)nextCode(&mail);
        QVERIFY2(mail.contains("Subject: New sign-in") && mail.contains("Desk") && !mail.contains("Renamed"),
                 mail.constData());

        // An id of the wrong size is not taken.
        QCborMap bad =
            checkCode(totp(secret, 1), false, QStringLiteral("Desk"), SignInMethod::Authenticator, other);
        bad.insert(k("computerId"), QByteArray(15, 'x'));
        QVERIFY(!verifier(email, proof, bad).map.value(k("ok")).toBool());
    }

    // The computer that made the account is not new at its first sign-in.
    void theCreatingComputerIsNotNew()
    {
        const QString email = QStringLiteral("maker@example.org");
        const QByteArray proof = randomBytes(32, 'm');
        const QByteArray maker = randomBytes(16, 'k'), other = randomBytes(16, 'l');
        QCborMap body = createBody(email, proof, randomBytes(16, 'm'));
        body.insert(k("computerId"), maker);
        QVERIFY(call(QStringLiteral("/v1/accounts"), body).map.value(k("ok")).toBool());
        const QByteArray secret = randomBytes(20, 'M');
        enableAuthenticator(email, proof, secret);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(verifier(email, proof,
                         checkCode(totp(secret, 0), false, QStringLiteral("Maker"),
                                   SignInMethod::Authenticator, maker))
                    .map.value(k("ok"))
                    .toBool());
        QVERIFY(verifier(email, proof,
                         checkCode(totp(secret, 1), false, QStringLiteral("Second"),
                                   SignInMethod::Authenticator, other))
                    .map.value(k("ok"))
                    .toBool());
        QByteArray mail;
        (void)nextCode(&mail);
        QVERIFY2(mail.contains("Second") && !mail.contains("Maker"), mail.constData());
    }

    void anAdministratorRevokesARememberedComputer()
    {
        const QString email = QStringLiteral("rev@example.org");
        const QByteArray proof = randomBytes(32, 'r');
        QVERIFY(create(email, proof).map.value(k("ok")).toBool());
        const QByteArray secret = randomBytes(20, 'R');
        enableAuthenticator(email, proof, secret);
        if (QTest::currentTestFailed())
            return;
        Answer<ReleaseReply> released = readReply<ReleaseReply>(
            verifier(email, proof, checkCode(totp(secret, 0), true, QStringLiteral("Desk"))).map);
        QVERIFY(released.ok());
        (void)nextCode(); // the new sign-in mail
        ProcessResult devices = admin({QStringLiteral("device"), QStringLiteral("list"), email});
        const QString id = QString::fromUtf8(devices.out).section(QLatin1Char('\t'), 0, 0).trimmed();
        QVERIFY2(!id.isEmpty(), devices.out.constData());
        QCOMPARE(admin({QStringLiteral("device"), QStringLiteral("revoke"), id}).exitCode, 0);
        CheckTrustedRequest trusted{released->trustedToken};
        QCOMPARE(reasonOf(verifier(email, proof, trusted.toCbor())), RefusalReason::ComputerForgotten);
        Answer<SettingsReply> status = readReply<SettingsReply>(
            verifier(email, proof, SettingsRequest(SettingsOp::Status).toCbor()).map);
        QVERIFY(status.ok());
        QVERIFY(status->status.trustedComputers.isEmpty());
    }

    void fiveWrongCodesLockTheAccount()
    {
        const QString email = QStringLiteral("lock@example.org");
        const QByteArray proof = randomBytes(32, 'l');
        QVERIFY(create(email, proof).map.value(k("ok")).toBool());
        const QByteArray secret = randomBytes(20, 'L');
        enableAuthenticator(email, proof, secret);
        if (QTest::currentTestFailed())
            return;
        const QString right = totp(secret, 0);
        const QString wrong =
            QStringLiteral("%1").arg((right.toInt() + 500'000) % 1'000'000, 6, 10, QLatin1Char('0'));
        for (int i = 0; i < 4; ++i) {
            const Reply refused = verifier(email, proof, checkCode(wrong));
            QVERIFY(!refused.map.value(k("ok")).toBool());
            QVERIFY(reasonOf(refused) != RefusalReason::LockedOut);
        }
        const Reply fifth = verifier(email, proof, checkCode(wrong));
        QVERIFY(fifth.map.value(k("refusal")).toMap().value(k("lockedNow")).toBool());
        // Locked: even the right code is refused now.
        const Reply locked = verifier(email, proof, checkCode(right));
        QCOMPARE(reasonOf(locked), RefusalReason::LockedOut);
        QVERIFY(locked.map.value(k("refusal")).toMap().value(k("lockedFor")).toInteger() > 0);
        Answer<BeginReply> begin = readReply<BeginReply>(verifier(email, proof, BeginRequest().toCbor()).map);
        QVERIFY(begin.ok());
        QVERIFY(begin->lockedForMs > 0);
    }

    void emailCodesAreSentByTheServerWithinTheirCaps()
    {
        const QString email = QStringLiteral("mail@example.org");
        const QByteArray proof = randomBytes(32, 'm');
        QVERIFY(create(email, proof).map.value(k("ok")).toBool());

        // Turning email on: a setup code to the address, with the server's own mail settings.
        SettingsRequest send(SettingsOp::SendSetupCode);
        send.method = SignInMethod::Email;
        send.target = email;
        send.challenge = QByteArrayLiteral("setup");
        Reply sent = verifier(email, proof, send.toCbor());
        QVERIFY2(sent.map.value(k("ok")).toBool(),
                 sent.map.toCborValue().toDiagnosticNotation().toUtf8().constData());
        const QString setupCode = nextCode();
        QVERIFY(!setupCode.isEmpty());
        SettingsRequest confirm(SettingsOp::ConfirmSetupCode);
        confirm.method = SignInMethod::Email;
        confirm.code = SecureBuffer::fromUtf8(setupCode);
        QVERIFY(verifier(email, proof, confirm.toCbor()).map.value(k("ok")).toBool());

        // Five sign-in sends an hour; a resend within 30 s of one attempt is refused first.
        const int mailsBefore = m_smtp->messageCount();
        QString last;
        for (int i = 0; i < 5; ++i) {
            Answer<BeginReply> begin =
                readReply<BeginReply>(verifier(email, proof, BeginRequest().toCbor()).map);
            QVERIFY(begin.ok());
            SendCodeRequest code{SignInMethod::Email, begin->challenge};
            const Reply out = verifier(email, proof, code.toCbor());
            QVERIFY2(out.map.value(k("ok")).toBool(),
                     out.map.toCborValue().toDiagnosticNotation().toUtf8().constData());
            last = nextCode();
            QVERIFY(!last.isEmpty());
            if (i == 0)
                QCOMPARE(reasonOf(verifier(email, proof, code.toCbor())), RefusalReason::ResendTooSoon);
        }
        Answer<BeginReply> begin = readReply<BeginReply>(verifier(email, proof, BeginRequest().toCbor()).map);
        const Reply sixth =
            verifier(email, proof, SendCodeRequest{SignInMethod::Email, begin->challenge}.toCbor());
        QCOMPARE(reasonOf(sixth), RefusalReason::HourlyLimit);
        QVERIFY(sixth.map.value(k("refusal")).toMap().value(k("retryAfter")).toInteger() > 0);
        QCOMPARE(m_smtp->messageCount(), mailsBefore + 5); // the refused ones sent nothing

        // The last code sent opens; it is used once.
        Answer<ReleaseReply> released = readReply<ReleaseReply>(
            verifier(email, proof, checkCode(last, false, {}, SignInMethod::Email)).map);
        QVERIFY(released.ok());
        (void)nextCode(); // the new sign-in mail
        QVERIFY(!verifier(email, proof, checkCode(last, false, {}, SignInMethod::Email))
                     .map.value(k("ok"))
                     .toBool());
    }

    void organisationPolicyIsEnforced()
    {
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("Acme")}).exitCode,
                 0);
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("domains"), QStringLiteral("Acme"),
                        QStringLiteral("acme.test")})
                     .exitCode,
                 0);
        QCOMPARE(
            admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Acme"),
                   QStringLiteral("required"), QStringLiteral("--methods"), QStringLiteral("authenticator")})
                .exitCode,
            0);
        const QString email = QStringLiteral("bob@acme.test");
        const QByteArray proof = randomBytes(32, 'b');
        const Reply made = create(email, proof);
        const QCborMap policy = made.map.value(k("policy")).toMap();
        QCOMPARE(policy.value(k("mode")).toString(), QStringLiteral("required"));
        QCOMPARE(policy.value(k("methods")).toArray(), QCborArray{QStringLiteral("authenticator")});
        const Reply begin = verifier(email, proof, BeginRequest().toCbor());
        QVERIFY(begin.map.value(k("setupDue")).toBool());

        SettingsRequest send(SettingsOp::SendSetupCode);
        send.method = SignInMethod::Email;
        send.target = email;
        const Reply forbidden = verifier(email, proof, send.toCbor());
        QCOMPARE(reasonOf(forbidden), RefusalReason::PolicyForbids);
        QCOMPARE(Refusal::fromCbor(forbidden.map.value(k("refusal")).toMap()).sentence(),
                 QStringLiteral("Your administrator does not allow Email for signing in."));

        enableAuthenticator(email, proof, randomBytes(20, 'B'));
        if (QTest::currentTestFailed())
            return;
        SettingsRequest off(SettingsOp::Disable);
        off.method = SignInMethod::Authenticator;
        QCOMPARE(reasonOf(verifier(email, proof, off.toCbor())), RefusalReason::PolicyRequires);
        ProcessResult users = admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--org"),
                                     QStringLiteral("Acme")});
        QVERIFY2(users.out.contains("bob@acme.test\tAcme\t") && users.out.contains("authenticator"),
                 users.out.constData());
    }

    void bodiesAreCborMapsWithinTheLimit()
    {
        QCborMap ask;
        ask.insert(k("email"), QStringLiteral("x@example.org"));
        HttpResult json =
            post(m_network, url(QStringLiteral("/v1/prelogin")),
                 QByteArrayLiteral("{\"email\":\"x@example.org\"}"), QByteArrayLiteral("application/json"));
        QCOMPARE(json.status, 400);
        QCOMPARE(
            RefusalReason(parseMessage(json.body).value(k("refusal")).toMap().value(k("reason")).toInteger()),
            RefusalReason::NotUnderstood);
        QByteArray truncated = ask.toCborValue().toCbor();
        truncated.chop(3);
        QCOMPARE(post(m_network, url(QStringLiteral("/v1/prelogin")), truncated).status, 400);
        QByteArray trailing = ask.toCborValue().toCbor() + QByteArray(1, '\0');
        QCOMPARE(post(m_network, url(QStringLiteral("/v1/prelogin")), trailing).status, 400);
        ask.insert(k("extra"), 1);
        QCOMPARE(call(QStringLiteral("/v1/prelogin"), ask).status, 400);
        QCborMap big;
        big.insert(k("email"), QString(70 * 1024, QLatin1Char('a')));
        const int tooBig = call(QStringLiteral("/v1/prelogin"), big).status;
        QVERIFY2(tooBig == 413 || tooBig == 0,
                 QByteArray::number(tooBig).constData()); // the peer may see the close first
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(QStringLiteral("/healthz"))).status, 200);

        const QByteArray metrics =
            request(m_network, QStringLiteral("GET"), url(QStringLiteral("/metrics"))).body;
        QVERIFY2(metrics.contains("twofold_verifier_events_total{event=\"checkCode.ok\"}"),
                 metrics.constData());
        QVERIFY(metrics.contains("twofold_http_requests_total{route=\"/v1/verifier\",status=\"200\"}"));
        // The log names routes and outcomes, never a secret.
        const QByteArray log = m_server->log();
        QVERIFY(log.contains("\"outcome\":\"checkCode.refused\""));
        QVERIFY(!log.contains("ann@example.org"));
    }

    void theTestClockIsRefusedOffLoopbackHttp()
    {
        QString error;
        auto certificates = TestCertificates::make({QStringLiteral("IP:127.0.0.1")}, &error);
        QVERIFY2(certificates, qPrintable(error));
        const ProcessResult refused = runServer(
            {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("tls")), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), certificates->certificateFile(),
             QStringLiteral("--tls-key"), certificates->keyFile(), QStringLiteral("--test-clock"),
             QStringLiteral("0:1000")});
        QVERIFY(refused.finished);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--test-clock ANCHOR_MS:SPEED is for tests on loopback only"),
                 refused.err.constData());
        QVERIFY(m_server->log().contains("\"testClock\":false"));
    }

    void anEmptyBucketAnswers429InCbor()
    {
        QByteArray why;
        auto small = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("small")),
                                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                           QStringLiteral("--insecure-http"),
                                           QStringLiteral("--rate-capacity"), QStringLiteral("2"),
                                           QStringLiteral("--rate-per-second"), QStringLiteral("0.01")},
                                          &why);
        QVERIFY2(small, why.constData());
        const QUrl prelogin(QStringLiteral("http://127.0.0.1:%1/v1/prelogin").arg(small->port()));
        QCborMap ask;
        ask.insert(k("email"), QStringLiteral("x@example.org"));
        QCOMPARE(post(m_network, prelogin, ask.toCborValue().toCbor()).status, 200);
        QCOMPARE(post(m_network, prelogin, ask.toCborValue().toCbor()).status, 200);
        const HttpResult refused = post(m_network, prelogin, ask.toCborValue().toCbor());
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter.toInt() >= 1);
        const Refusal why429 = Refusal::fromCbor(parseMessage(refused.body).value(k("refusal")).toMap());
        QCOMPARE(why429.reason, RefusalReason::ServerRefused);
        QCOMPARE(why429.retryAfterMs, refused.retryAfter.toInt() * 1000);
    }
};

QTEST_GUILESS_MAIN(TestServerApiE2e)
#include "tst_server_api_e2e.moc"
