// SignInSession in server mode (DESIGN.md 10), with the server's side played by a scripted
// verifier behind the real InProcessLink: the account key comes from the secret store, or is
// asked for (accountKeyNeeded) and kept once it opens the vault; a wrong key is named as such;
// the password is checked by the server's proof; an account with no second factor opens with
// the share of its begin reply.
#include "auth/AccountKey.h"
#include "auth/ServerAccount.h"
#include "auth/SignInSession.h"
#include "auth/VerifierLink.h"
#include "platform/FileSecretStore.h"
#include "vault/OpenVault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

namespace {
const char* const kPassword = "correct horse battery staple";

SecureBuffer pw(const char* text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}

// The server: checks the proof, releases the share at begin (no second factor on the account).
class ScriptedServer final : public VerifierService
{
public:
    ScriptedServer(SecureBuffer proof, SecureBuffer share)
        : m_proof(std::move(proof)), m_share(std::move(share))
    {
    }
    QCborMap handle(const QCborMap& request) override
    {
        ++requests;
        if (!m_proof.equals(request.value(QLatin1StringView("proof")).toByteArray()))
            return refusedReply(Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword));
        const QString op = requestOp(request);
        if (op == QLatin1StringView("begin")) {
            BeginReply begin;
            begin.share = m_share.clone();
            return okReply(begin.toCbor());
        }
        if (op == QLatin1StringView("settings"))
            return okReply(SettingsReply().toCbor());
        return refusedReply(Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood));
    }
    std::atomic<int> requests{0};

private:
    SecureBuffer m_proof, m_share;
};

// A link whose requests carry the proof of the key derived at sign-in, as HttpVerifierLink's do.
class ProofLink final : public VerifierLink
{
public:
    ProofLink(std::shared_ptr<VerifierService> server, std::shared_ptr<const PasswordKey> key)
        : m_link(std::move(server)), m_key(std::move(key))
    {
    }
    void request(const QCborMap& request, QObject* context, Reply reply) override
    {
        m_link.request(envelope(request, "ann@example.org", m_key->serverProof().view().toByteArray()),
                       context, std::move(reply));
    }

private:
    InProcessLink m_link;
    std::shared_ptr<const PasswordKey> m_key;
};

class ScriptedConnector final : public VerifierConnector
{
public:
    explicit ScriptedConnector(std::shared_ptr<ScriptedServer> server) : m_server(std::move(server)) {}
    Answer<std::shared_ptr<VerifierLink>> connect(const QString&, const VaultFile&,
                                                  std::shared_ptr<const PasswordKey> key) override
    {
        return std::shared_ptr<VerifierLink>(std::make_shared<ProofLink>(m_server, std::move(key)));
    }

private:
    std::shared_ptr<ScriptedServer> m_server;
};
} // namespace

class TestSignInSessionServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_vaultId = QByteArray(16, 'v');
    std::optional<AccountKey> m_accountKey;
    std::shared_ptr<ScriptedServer> m_server;

    std::unique_ptr<SignInSession> session(FileSecretStore& store,
                                           std::shared_ptr<const AccountKey> typed = nullptr)
    {
        SignInOptions o;
        o.policy = Policy();
        o.secretStore = &store;
        o.connector = std::make_shared<ScriptedConnector>(m_server);
        o.accountKey = std::move(typed);
        return std::make_unique<SignInSession>(m_path, std::move(o));
    }
    static Result<SecureBuffer> stored(FileSecretStore& store, const QByteArray& vaultId)
    {
        std::optional<Result<SecureBuffer>> out;
        store.load(SignInSession::secretStoreService(), accountKeyStoreKey(vaultId), &store,
                   [&](Result<SecureBuffer> r) { out.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out ? std::move(*out) : Result<SecureBuffer>(Error());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("server.twofold"));
        SeededRandom random(4);
        m_accountKey = AccountKey::generate(random);
        const SecureBuffer share = SecureBuffer::fromBytes(QByteArray(32, 's'));
        const SecureBuffer secret = serverSecret(share, m_accountKey->bytes());
        SecureBuffer vaultKey = SecureBuffer::fromBytes(QByteArray(32, 'k'));
        PasswordKey key;
        Result<KeySlot> slot =
            VaultFile::makePasswordSlot(pw(kPassword), kdf::Params{1, 8}, m_vaultId, vaultKey, &secret, &key);
        QVERIFY(slot.ok());
        VaultHeader header;
        header.vaultId = m_vaultId;
        header.keySlots.push_back(*slot);
        header.serverUrl = QStringLiteral("https://sign-in.example.org");
        header.serverAccount = QStringLiteral("ann@example.org");
        Result<std::unique_ptr<OpenVault>> created =
            OpenVault::createWithHeader(m_path, header, std::move(vaultKey));
        QVERIFY(created.ok());
        created->reset();
        m_server = std::make_shared<ScriptedServer>(key.serverProof(), share.clone());
    }

    void withoutTheKeyItIsAskedFor()
    {
        FileSecretStore store(m_dir.filePath(QStringLiteral("computer-1")));
        auto s = session(store);
        QSignalSpy failed(s.get(), &SignInSession::failed);
        QSignalSpy needed(s.get(), &SignInSession::accountKeyNeeded);
        const int before = m_server->requests;
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(s->state(), SignInSession::State::NeedPassword);
        const Error e = failed.first().first().value<Error>();
        QVERIFY2(e.message.contains(QStringLiteral("account key")), qPrintable(e.message));
        QCOMPARE(m_server->requests, before); // the server was not asked for anything
        // Given the key, it opens, and this computer keeps it from then on.
        QVERIFY(s->setAccountKey(std::make_shared<const AccountKey>(m_accountKey->clone())));
        QSignalSpy unlocked(s.get(), &SignInSession::unlocked);
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
        QVERIFY(s->serverMode());
        QCOMPARE(s->serverUrl(), QStringLiteral("https://sign-in.example.org"));
        QVERIFY(s->takeVault());
        Result<SecureBuffer> kept = stored(store, m_vaultId);
        QVERIFY(kept.ok());
        QVERIFY(kept->equals(m_accountKey->bytes()));
        // The next sign-in on this computer needs only the password.
        auto next = session(store);
        QSignalSpy nextUnlocked(next.get(), &SignInSession::unlocked);
        QSignalSpy nextNeeded(next.get(), &SignInSession::accountKeyNeeded);
        QVERIFY(next->submitPassword(pw(kPassword)));
        QTRY_COMPARE_WITH_TIMEOUT(nextUnlocked.count(), 1, 20000);
        QCOMPARE(nextNeeded.count(), 0);
    }

    void aWrongKeyIsNamedAndNotKept()
    {
        FileSecretStore store(m_dir.filePath(QStringLiteral("computer-2")));
        SeededRandom random(99);
        auto s = session(store, std::make_shared<const AccountKey>(AccountKey::generate(random)));
        QSignalSpy failed(s.get(), &SignInSession::failed);
        QSignalSpy needed(s.get(), &SignInSession::accountKeyNeeded);
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.code, ErrorCode::WrongPassword);
        QVERIFY2(e.message.contains(QStringLiteral("account key does not fit")), qPrintable(e.message));
        QCOMPARE(needed.count(), 1);
        QVERIFY(!s->takeVault());
        QCOMPARE(stored(store, m_vaultId).error().code, ErrorCode::NotFound);
    }

    void aWrongPasswordIsRefusedByTheServer()
    {
        FileSecretStore store(m_dir.filePath(QStringLiteral("computer-3")));
        auto s = session(store, std::make_shared<const AccountKey>(m_accountKey->clone()));
        QSignalSpy failed(s.get(), &SignInSession::failed);
        QVERIFY(s->submitPassword(pw("not the password")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::WrongPassword);
        QCOMPARE(s->state(), SignInSession::State::NeedPassword);
    }
};

QTEST_GUILESS_MAIN(TestSignInSessionServer)
#include "tst_signinsession_server.moc"
