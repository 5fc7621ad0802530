// ServerVerifierHost on a real database (SQLite here; PostgreSQL through the harness in the
// _postgres build), with a ManualClock and a sender that records the codes: states sealed at
// rest, the lockout and its expiry, authenticator replay and the email send caps over the
// hour, the same account worked on from two connections at once (no lost failure, one
// accepted code), a new password, an administrator's reset and device revocation, policy.
#include "TestDatabase.h"
#include "auth/Verifier.h"
#include "otp/Totp.h"
#include "server/storage/Migrations.h"
#include "server/verifier/ServerVerifierHost.h"

#include <QCborArray>
#include <QCborValue>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <functional>

using namespace twofold;
using namespace twofold::server;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

class RecordingSender final : public CodeSender
{
public:
    Status send(const CodeDelivery& delivery) override
    {
        QMutexLocker lock(&m_mutex);
        m_codes.append(delivery.code.toStringUnsafe());
        return {};
    }
    QString last()
    {
        QMutexLocker lock(&m_mutex);
        return m_codes.isEmpty() ? QString() : m_codes.last();
    }
    int count()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_codes.size());
    }

private:
    QMutex m_mutex;
    QStringList m_codes;
};

QByteArray bytes(int n, char seed)
{
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = char(seed + i * 13);
    return out;
}

RefusalReason reasonOf(const HostReply& reply)
{
    return RefusalReason(reply.body.value(k("refusal")).toMap().value(k("reason")).toInteger());
}

bool ok(const HostReply& reply)
{
    return reply.status == 200 && reply.body.value(k("ok")).toBool();
}

} // namespace

class TestServerVerifierHost : public QObject
{
    Q_OBJECT

    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'800'000'000'000};
    AuthKeyHasher m_hasher{SecureBuffer::fromBytes(QByteArray(32, 'p'))};
    RecordingSender m_sender;
    std::unique_ptr<ServerVerifierHost> m_host;
    const QByteArray m_secret = bytes(20, 'S');

    QCborMap createBody(const QString& email, const QByteArray& proof,
                        const QByteArray& keyset = QByteArrayLiteral("keyset-1"))
    {
        QCborMap body;
        body.insert(k("email"), email);
        body.insert(k("proof"), proof);
        body.insert(k("salt"), bytes(16, 'a'));
        QCborMap limits;
        limits.insert(k("m"), 65536);
        limits.insert(k("t"), 3);
        body.insert(k("kdf"), limits);
        body.insert(k("keyset"), keyset);
        return body;
    }
    HostReply run(ServerVerifierHost& host, const QString& email, const QByteArray& proof, QCborMap request)
    {
        return host.verifier(envelope(std::move(request), email.toUtf8(), proof),
                             QStringLiteral("192.0.2.1"));
    }
    HostReply run(const QString& email, const QByteArray& proof, QCborMap request)
    {
        return run(*m_host, email, proof, std::move(request));
    }
    QString totp(int stepsFromNow = 0) const
    {
        otp::OtpParams params;
        params.secret = SecureBuffer::fromBytes(m_secret);
        return otp::generate(params, m_clock.nowSeconds() + 30 * stepsFromNow);
    }
    static QCborMap code(const QString& text, SignInMethod method = SignInMethod::Authenticator,
                         bool remember = false, const QString& computer = QStringLiteral("Laptop"))
    {
        CheckCodeRequest r;
        r.method = method;
        r.code = SecureBuffer::fromUtf8(text);
        r.rememberComputer = remember;
        r.computerName = computer;
        return r.toCbor();
    }
    // An account with the authenticator on (its setup used the step before now).
    void makeAccount(const QString& email, const QByteArray& proof)
    {
        QVERIFY(ok(m_host->createAccount(createBody(email, proof), QStringLiteral("192.0.2.1"))));
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(m_secret);
        enable.name = email;
        enable.code = SecureBuffer::fromUtf8(totp(-1));
        QVERIFY(ok(run(email, proof, enable.toCbor())));
    }
    QString wrongCode() const
    {
        return QStringLiteral("%1").arg((totp().toInt() + 500'000) % 1'000'000, 6, 10, QLatin1Char('0'));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_databases.setUp(&error), qPrintable(error));
    }

    void init()
    {
        m_url = m_databases.freshUrl();
        m_db = test::TestDatabase::open(m_url);
        QVERIFY(Migrations::migrate(*m_db).ok());
        m_host = std::make_unique<ServerVerifierHost>(*m_db, m_hasher, m_sender, m_clock);
    }

    void cleanup()
    {
        m_host.reset();
        m_db.reset();
    }

    void theStateIsSealedAtRest()
    {
        const QByteArray proof = bytes(32, 'x');
        const HostReply made = m_host->createAccount(createBody(QStringLiteral("a@example.org"), proof), {});
        QVERIFY(ok(made));
        const QByteArray share = made.body.value(k("share")).toByteArray();
        QCOMPARE(share.size(), 32);
        Result<QSqlQuery> row =
            m_db->exec(QStringLiteral("SELECT verifier_state, auth_key_hash FROM accounts"));
        QVERIFY(row.ok() && row->next());
        const QByteArray stored = row->value(0).toByteArray();
        QVERIFY(!stored.contains(share));
        QVERIFY(!row->value(1).toByteArray().contains(proof));
        QVERIFY(m_host->openState(QStringLiteral("a@example.org"), stored).ok());
        // Bound to the account and to the pepper.
        QVERIFY(!m_host->openState(QStringLiteral("b@example.org"), stored).ok());
        AuthKeyHasher otherPepper(SecureBuffer::fromBytes(QByteArray(32, 'q')));
        ServerVerifierHost other(*m_db, otherPepper, m_sender, m_clock);
        QVERIFY(!other.openState(QStringLiteral("a@example.org"), stored).ok());
        // The proof alone releases the share while no method is on.
        Answer<BeginReply> begin =
            readReply<BeginReply>(run(QStringLiteral("a@example.org"), proof, BeginRequest().toCbor()).body);
        QVERIFY(begin.ok());
        QVERIFY(begin->share.equals(share));
    }

    // The client may make the share itself (it wraps the keyset under it before the one request
    // that creates the account): kept exactly, released after the code; a share of the wrong
    // size is refused and makes no account.
    void aShareTheClientMadeIsKeptAsGiven()
    {
        const QByteArray proof = bytes(32, 'c');
        const QByteArray share = bytes(32, 'Z');
        QCborMap body =
            createBody(QStringLiteral("client@example.org"), proof, QByteArrayLiteral("keyset-c"));
        QCborMap shortShare = body;
        shortShare.insert(k("share"), bytes(31, 'Z'));
        QCOMPARE(m_host->createAccount(shortShare, {}).status, 400);
        QCOMPARE(m_host
                     ->prelogin([] {
                         QCborMap m;
                         m.insert(k("email"), QStringLiteral("client@example.org"));
                         return m;
                     }())
                     .body.value(k("salt"))
                     .toByteArray(),
                 m_host->unknownSalt(QStringLiteral("client@example.org"))); // no account was made
        body.insert(k("share"), share);
        const HostReply made = m_host->createAccount(body, {});
        QVERIFY(ok(made));
        QCOMPARE(made.body.value(k("share")).toByteArray(), share);
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(m_secret);
        enable.code = SecureBuffer::fromUtf8(totp(-1));
        QVERIFY(ok(run(QStringLiteral("client@example.org"), proof, enable.toCbor())));
        Answer<ReleaseReply> released =
            readReply<ReleaseReply>(run(QStringLiteral("client@example.org"), proof, code(totp())).body);
        QVERIFY(released.ok());
        QCOMPARE(released->share.view().toByteArray(), share);
        QCOMPARE(released->keyset, QByteArrayLiteral("keyset-c"));
    }

    void turningMethodsOnAndOffKeepsTheShare()
    {
        const QByteArray proof = bytes(32, 'k');
        const HostReply made =
            m_host->createAccount(createBody(QStringLiteral("keep@example.org"), proof), {});
        const QByteArray share = made.body.value(k("share")).toByteArray();
        makeAccount(QStringLiteral("other@example.org"), bytes(32, 'o')); // a second account, untouched below
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(m_secret);
        enable.code = SecureBuffer::fromUtf8(totp(-1));
        QVERIFY(ok(run(QStringLiteral("keep@example.org"), proof, enable.toCbor())));
        Answer<ReleaseReply> released =
            readReply<ReleaseReply>(run(QStringLiteral("keep@example.org"), proof, code(totp())).body);
        QVERIFY(released.ok());
        QVERIFY(released->share.equals(share)); // not a fresh one: the vault is wrapped under it
        QCOMPARE(released->keyset, QByteArrayLiteral("keyset-1"));
        SettingsRequest off(SettingsOp::Disable);
        off.method = SignInMethod::Authenticator;
        QVERIFY(ok(run(QStringLiteral("keep@example.org"), proof, off.toCbor())));
        Answer<BeginReply> begin = readReply<BeginReply>(
            run(QStringLiteral("keep@example.org"), proof, BeginRequest().toCbor()).body);
        QVERIFY(begin.ok());
        QVERIFY(!begin->twoFactorOn);
        QVERIFY(begin->share.equals(share));
    }

    void theLockoutEndsOnTheClock()
    {
        const QString email = QStringLiteral("lock@example.org");
        const QByteArray proof = bytes(32, 'l');
        makeAccount(email, proof);
        for (int i = 0; i < kFailuresBeforeLockout; ++i)
            QCOMPARE(reasonOf(run(email, proof, code(wrongCode()))), RefusalReason::WrongAuthenticatorCode);
        QCOMPARE(reasonOf(run(email, proof, code(totp()))), RefusalReason::LockedOut);
        Result<QSqlQuery> methods =
            m_db->exec(QStringLiteral("SELECT methods FROM accounts WHERE email = ?"), {email});
        QVERIFY(methods.ok() && methods->next());
        QCOMPARE(methods->value(0).toString(), QStringLiteral("authenticator"));
        m_clock.advanceMs(kFirstLockoutMs + 1);
        QVERIFY(ok(run(email, proof, code(totp()))));
        // A used step is refused, also after the lockout.
        QCOMPARE(reasonOf(run(email, proof, code(totp()))), RefusalReason::CodeReplayed);
        m_clock.advanceSeconds(30);
        QVERIFY(ok(run(email, proof, code(totp()))));
    }

    void emailSendsAreCappedForAnHour()
    {
        const QString email = QStringLiteral("mail@example.org");
        const QByteArray proof = bytes(32, 'm');
        QVERIFY(ok(m_host->createAccount(createBody(email, proof), {})));
        SettingsRequest send(SettingsOp::SendSetupCode);
        send.method = SignInMethod::Email;
        send.target = email;
        QVERIFY(ok(run(email, proof, send.toCbor())));
        SettingsRequest confirm(SettingsOp::ConfirmSetupCode);
        confirm.method = SignInMethod::Email;
        confirm.code = SecureBuffer::fromUtf8(m_sender.last());
        QVERIFY(ok(run(email, proof, confirm.toCbor())));
        const int before = m_sender.count();
        for (int i = 0; i < kMaxSendsPerHour; ++i) {
            Answer<BeginReply> begin = readReply<BeginReply>(run(email, proof, BeginRequest().toCbor()).body);
            QVERIFY(ok(run(email, proof, SendCodeRequest{SignInMethod::Email, begin->challenge}.toCbor())));
            m_clock.advanceSeconds(60);
        }
        Answer<BeginReply> begin = readReply<BeginReply>(run(email, proof, BeginRequest().toCbor()).body);
        const HostReply sixth =
            run(email, proof, SendCodeRequest{SignInMethod::Email, begin->challenge}.toCbor());
        QCOMPARE(reasonOf(sixth), RefusalReason::HourlyLimit);
        QCOMPARE(m_sender.count(), before + kMaxSendsPerHour);
        m_clock.advanceMs(kSendWindowMs - 5 * 60'000 + 1); // the first send is an hour old
        QVERIFY(ok(run(email, proof, SendCodeRequest{SignInMethod::Email, begin->challenge}.toCbor())));
        QVERIFY(ok(run(email, proof, code(m_sender.last(), SignInMethod::Email))));
    }

    // Runs body on two threads at once, each with its own connection and host.
    void race(const std::function<void(ServerVerifierHost&, int)>& body)
    {
        QSemaphore ready, go;
        QThread* threads[2];
        for (int t = 0; t < 2; ++t) {
            threads[t] = QThread::create([&, t] {
                auto db = test::TestDatabase::open(m_url);
                ServerVerifierHost host(*db, m_hasher, m_sender, m_clock);
                ready.release();
                go.acquire();
                body(host, t);
            });
            threads[t]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60'000));
            delete thread;
        }
    }

    int failuresOf(const QString& email)
    {
        Result<QSqlQuery> row =
            m_db->exec(QStringLiteral("SELECT verifier_state FROM accounts WHERE email = ?"), {email});
        if (!row.ok() || !row->next())
            return -1;
        Result<VerifierState> state = m_host->openState(email, row->value(0).toByteArray());
        return state.ok() ? state->failures : -1;
    }

    void twoConnectionsLoseNoFailureAndAcceptACodeOnce()
    {
        const QString email = QStringLiteral("race@example.org");
        const QByteArray proof = bytes(32, 'r');
        makeAccount(email, proof);
        const QString wrong = wrongCode();
        race([&](ServerVerifierHost& host, int) {
            for (int i = 0; i < 2; ++i)
                (void)run(host, email, proof, code(wrong));
        });
        QCOMPARE(failuresOf(email), 4); // none lost between the two connections
        int accepted[2] = {0, 0};
        const QString right = totp();
        race([&](ServerVerifierHost& host, int t) {
            if (ok(run(host, email, proof, code(right))))
                ++accepted[t];
        });
        QCOMPARE(accepted[0] + accepted[1], 1); // one code, two connections at once: accepted once
    }

    void aNewPasswordReplacesProofSaltLimitsAndKeyset()
    {
        const QString email = QStringLiteral("pw@example.org");
        const QByteArray proof = bytes(32, 'w');
        makeAccount(email, proof);
        QVERIFY(
            ok(run(email, proof, code(totp(), SignInMethod::Authenticator, true, QStringLiteral("Desk")))));
        SettingsRequest change(SettingsOp::ChangePassword);
        const QByteArray newProof = bytes(32, 'N');
        change.secret = SecureBuffer::fromBytes(newProof);
        change.salt = bytes(16, 'n');
        QCborMap map = change.toCbor();
        QCborMap limits;
        limits.insert(k("m"), 131072);
        limits.insert(k("t"), 2);
        map.insert(k("kdf"), limits);
        // Without a keyset it is not understood, and nothing changes.
        QCOMPARE(reasonOf(run(email, proof, map)), RefusalReason::NotUnderstood);
        map.insert(k("keyset"), QByteArrayLiteral("keyset-2"));
        const HostReply changed = run(email, proof, map);
        QVERIFY(ok(changed));
        Answer<SettingsReply> status = readReply<SettingsReply>(changed.body);
        QVERIFY(status.ok());
        QVERIFY(status->status.trustedComputers.isEmpty()); // every remembered computer forgotten
        QCOMPARE(reasonOf(run(email, proof, BeginRequest().toCbor())), RefusalReason::WrongPassword);
        QVERIFY(ok(run(email, newProof, BeginRequest().toCbor())));
        QCborMap ask;
        ask.insert(k("email"), email);
        const HostReply pre = m_host->prelogin(ask);
        QCOMPARE(pre.body.value(k("salt")).toByteArray(), bytes(16, 'n'));
        QCOMPARE(pre.body.value(k("kdf")).toMap(), limits);
        m_clock.advanceSeconds(30);
        Answer<ReleaseReply> released = readReply<ReleaseReply>(run(email, newProof, code(totp())).body);
        QVERIFY(released.ok());
        QCOMPARE(released->keyset, QByteArrayLiteral("keyset-2"));
        DeviceStore devices(*m_db);
        const qint64 id = AccountStore(*m_db).findByEmail(email)->id;
        QVERIFY(devices.list(id)->first().isRevoked());
    }

    void anAdministratorsResetAndRevocationTakeEffect()
    {
        const QString email = QStringLiteral("reset@example.org");
        const QByteArray proof = bytes(32, 'z');
        const HostReply made = m_host->createAccount(createBody(email, proof), {});
        const QByteArray share = made.body.value(k("share")).toByteArray();
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(m_secret);
        enable.code = SecureBuffer::fromUtf8(totp(-1));
        QVERIFY(ok(run(email, proof, enable.toCbor())));
        Answer<ReleaseReply> released = readReply<ReleaseReply>(
            run(email, proof, code(totp(), SignInMethod::Authenticator, true, QStringLiteral("Desk"))).body);
        QVERIFY(released.ok());
        const qint64 id = AccountStore(*m_db).findByEmail(email)->id;
        DeviceStore devices(*m_db, m_clock);
        QList<DeviceRecord> list = devices.list(id).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("Desk"));
        QVERIFY(!list.first().isRevoked());
        m_clock.advanceSeconds(60);
        QVERIFY(ok(run(email, proof, CheckTrustedRequest{released->trustedToken}.toCbor())));
        QCOMPARE(devices.list(id).value().first().lastUsedMs.value_or(0), m_clock.nowMs());

        QVERIFY(devices.revoke(list.first().id).ok()); // `admin device revoke`
        QCOMPARE(reasonOf(run(email, proof, CheckTrustedRequest{released->trustedToken}.toCbor())),
                 RefusalReason::ComputerForgotten);

        QVERIFY(AccountStore(*m_db).requestSecondFactorReset(id).ok()); // `admin user reset-2fa`
        Answer<BeginReply> begin = readReply<BeginReply>(run(email, proof, BeginRequest().toCbor()).body);
        QVERIFY(begin.ok());
        QVERIFY(!begin->twoFactorOn);
        QVERIFY(begin->share.equals(share));
        QVERIFY(!AccountStore(*m_db).find(id)->resetRequested);
        QVERIFY(AccountStore(*m_db).find(id)->methods.isEmpty());
    }

    void theOrganisationsPolicyIsEnforced()
    {
        OrganisationStore organisations(*m_db, m_clock);
        QVERIFY(organisations.create(QStringLiteral("Closed")).ok());
        QVERIFY(organisations.setDomains(QStringLiteral("Closed"), {QStringLiteral("Closed.Example")}).ok());
        QVERIFY(
            organisations.setPolicy(QStringLiteral("Closed"), OrganisationPolicy::Off, std::nullopt).ok());
        const QString email = QStringLiteral("c@closed.example");
        const QByteArray proof = bytes(32, 'c');
        const HostReply made = m_host->createAccount(createBody(email, proof), {});
        QVERIFY(ok(made));
        QCOMPARE(made.body.value(k("policy")).toMap().value(k("mode")).toString(), QStringLiteral("off"));
        QVERIFY(made.body.value(k("policy")).toMap().value(k("methods")).toArray().isEmpty());
        QCOMPARE(AccountStore(*m_db).findByEmail(email)->organisationName, QStringLiteral("Closed"));
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(m_secret);
        enable.code = SecureBuffer::fromUtf8(totp());
        QCOMPARE(reasonOf(run(email, proof, enable.toCbor())), RefusalReason::PolicyForbids);

        QVERIFY(organisations
                    .setPolicy(QStringLiteral("Closed"), OrganisationPolicy::Required,
                               QStringList{QStringLiteral("authenticator")})
                    .ok());
        const HostReply begin = run(email, proof, BeginRequest().toCbor());
        QVERIFY(begin.body.value(k("setupDue")).toBool());
        QVERIFY(ok(run(email, proof, enable.toCbor())));
        SettingsRequest off(SettingsOp::Disable);
        off.method = SignInMethod::Authenticator;
        QCOMPARE(reasonOf(run(email, proof, off.toCbor())), RefusalReason::PolicyRequires);
        QCOMPARE(reasonOf(run(email, proof, SettingsRequest(SettingsOp::SetDelivery).toCbor())),
                 RefusalReason::ServerManaged);
    }

    void unknownEmailsLookLikeWrongPasswords()
    {
        QVERIFY(
            ok(m_host->createAccount(createBody(QStringLiteral("real@example.org"), bytes(32, 'e')), {})));
        const HostReply wrong =
            run(QStringLiteral("real@example.org"), bytes(32, 'f'), BeginRequest().toCbor());
        const HostReply unknown =
            run(QStringLiteral("ghost@example.org"), bytes(32, 'f'), BeginRequest().toCbor());
        const HostReply garbage =
            run(QStringLiteral("not an address"), bytes(32, 'f'), BeginRequest().toCbor());
        QCOMPARE(reasonOf(wrong), RefusalReason::WrongPassword);
        QCOMPARE(unknown.body, wrong.body);
        QCOMPARE(unknown.status, wrong.status);
        QCOMPARE(garbage.body, wrong.body);
        QCborMap ask;
        ask.insert(k("email"), QStringLiteral("ghost@example.org"));
        const HostReply pre = m_host->prelogin(ask);
        QCOMPARE(pre.body.value(k("salt")).toByteArray(),
                 m_host->unknownSalt(QStringLiteral("ghost@example.org")));
        QCOMPARE(pre.body.value(k("kdf")).toMap().value(k("m")).toInteger(),
                 qint64(ServerVerifierHost::defaultKdf().memoryKiB));
    }
};

QTEST_GUILESS_MAIN(TestServerVerifierHost)
#include "tst_server_verifier_host.moc"
