#include "auth/ServerAccount.h"

#include "auth/Async.h"
#include "auth/AuthText.h"
#include "auth/ComputerId.h"
#include "auth/SignInSession.h"
#include "crypto/PasswordStrength.h"
#include "platform/SecretStore.h"
#include "vault/OpenVault.h"
#include "vault/VaultFile.h"

#include <QCborArray>
#include <QDir>
#include <QFileInfo>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray bytesOf(const SecureBuffer& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

// The policy a server reply carries ({mode, methods}); Optional with every method when absent.
Policy policyOf(const QCborMap& map)
{
    Policy policy;
    const QString mode = map.value(k("mode")).toString();
    if (mode == QLatin1StringView("off"))
        policy.twoFactor = TwoFactorRequirement::Off;
    else if (mode == QLatin1StringView("required"))
        policy.twoFactor = TwoFactorRequirement::Required;
    if (map.value(k("methods")).isArray()) {
        policy.allowedMethods.clear();
        for (const QCborValue& m : map.value(k("methods")).toArray()) {
            if (std::optional<SignInMethod> method = methodFromKey(m.toString()); method)
                policy.allowedMethods.append(*method);
        }
    }
    return policy;
}

bool plausibleEmail(const QString& email)
{
    const qsizetype at = email.indexOf(u'@');
    return at > 0 && at == email.lastIndexOf(u'@') && at < email.size() - 1 && !email.contains(u' ') &&
           email.size() <= 320;
}

} // namespace

std::optional<Policy> serverPolicyOf(const QCborMap& reply)
{
    if (!reply.value(k("policy")).isMap())
        return std::nullopt;
    return policyOf(reply.value(k("policy")).toMap());
}

QString accountKeyStoreKey(const QByteArray& vaultId)
{
    return QStringLiteral("account-key/") + QString::fromLatin1(vaultId.toHex());
}

struct ServerAccountCreation::Prepared
{
    std::optional<Error> error;
    std::shared_ptr<const PasswordKey> key;
    QByteArray salt;
    kdf::Params params;
    QByteArray vaultId;
    SecureBuffer vaultKey;
    std::optional<AccountKey> accountKey;
    SecureBuffer share;
    KeySlot slot;
    QByteArray keyset;
};

ServerAccountCreation::ServerAccountCreation(ServerAccountOptions options, Clock& clock, Random& random,
                                             QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_random(random)
{
    m_options.email = m_options.email.trimmed();
    if (m_options.secretStore)
        connect(m_options.secretStore, &SecretStore::fallbackInUse, this, &ServerAccountCreation::warning);
}

ServerAccountCreation::~ServerAccountCreation() = default;

void ServerAccountCreation::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ServerAccountCreation::fail(const Error& error)
{
    setBusy(false);
    emit failed(error);
}

SecureBuffer ServerAccountCreation::takeAccountKeyText()
{
    return std::exchange(m_accountKeyText, SecureBuffer());
}

bool ServerAccountCreation::create(SecureBuffer password)
{
    if (m_busy || m_done)
        return false;
    const auto refuse = [this](Error error) {
        setBusy(true);
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return true;
    };
    if (Status valid = m_options.server.check(); !valid)
        return refuse(valid.error());
    if (!plausibleEmail(m_options.email))
        return refuse(
            Error(ErrorCode::InvalidInput,
                  AuthText::tr("\"%1\" is not an email address: the account is named by one, such as "
                               "name@example.org.")
                      .arg(m_options.email)));
    if (!m_options.secretStore)
        return refuse(
            Error(ErrorCode::Unsupported,
                  AuthText::tr("This computer has no place to keep the account key, so no account can be "
                               "made here.")));
    if (QFileInfo::exists(m_options.vaultPath))
        return refuse(
            Error(ErrorCode::FileWriteFailed,
                  AuthText::tr("There is already a file at %1. Choose another place for the new vault.")
                      .arg(QDir::toNativeSeparators(m_options.vaultPath))));
    {
        QString text = password.toStringUnsafe(); // known leak, short-lived: zxcvbn needs the text
        const PasswordStrength strength = ratePassword(text, {m_options.email});
        wipe(text);
        if (!strength.acceptable)
            return refuse(Error(ErrorCode::InvalidInput, strength.verdict));
    }

    setBusy(true);
    m_link = std::make_shared<HttpVerifierLink>(m_options.server, m_options.email);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    runOffThread(
        this,
        [secret, params = m_options.kdf, random = &m_random, clock = &m_clock] {
            auto prepared = std::make_shared<Prepared>();
            prepared->params = params ? *params : kdf::calibrate();
            prepared->salt = kdf::randomSalt();
            Result<SecureBuffer> base = kdf::derive(*secret, prepared->salt, prepared->params);
            secret->clear();
            if (!base) {
                prepared->error = base.error();
                return prepared;
            }
            prepared->key =
                std::make_shared<const PasswordKey>(VaultFile::passwordKeyFromBase(std::move(base).value()));
            prepared->vaultId = QByteArray(16, Qt::Uninitialized);
            random->fill(prepared->vaultId.data(), std::size_t(prepared->vaultId.size()));
            prepared->vaultKey = SecureBuffer(kVaultKeyBytes);
            random->fill(prepared->vaultKey.data(), prepared->vaultKey.size());
            prepared->accountKey = AccountKey::generate(*random);
            // The share is made here and sent once, with everything else, in the one request
            // that makes the account (API.md): the keyset can then be wrapped before it.
            prepared->share = SecureBuffer(kSignInShareBytes);
            random->fill(prepared->share.data(), prepared->share.size());
            // The password slot: the vault key under BLAKE2b(key = base, share ‖ account key).
            KeySlot slot;
            slot.kind = KeySlot::Kind::Password;
            slot.id = QByteArray(16, Qt::Uninitialized);
            random->fill(slot.id.data(), std::size_t(slot.id.size()));
            slot.createdMs = clock->nowMs();
            slot.kdf = prepared->params;
            slot.salt = prepared->salt;
            const SecureBuffer wrapping = serverSecret(prepared->share, prepared->accountKey->bytes());
            prepared->slot = VaultFile::rewrapPasswordSlot(std::move(slot), *prepared->key, prepared->vaultId,
                                                           prepared->vaultKey, &wrapping);
            prepared->keyset = Keyset{prepared->vaultId, prepared->slot}.encode();
            return prepared;
        },
        [this](std::shared_ptr<Prepared> prepared) {
            if (prepared->error)
                return fail(*prepared->error);
            m_link->setKey(prepared->key);
            QCborMap limits;
            limits.insert(k("m"), qint64(prepared->params.memoryKiB));
            limits.insert(k("t"), qint64(prepared->params.iterations));
            QCborMap request;
            request.insert(k("email"), m_options.email);
            request.insert(k("proof"), bytesOf(prepared->key->serverProof()));
            request.insert(k("salt"), prepared->salt);
            request.insert(k("kdf"), limits);
            request.insert(k("keyset"), prepared->keyset);
            request.insert(k("share"), bytesOf(prepared->share));
            prepared->share.clear();
            // The sync key, so this computer (and every one that opens the vault) can sync at once.
            request.insert(k("sync"), bytesOf(syncKeyOf(prepared->vaultKey)));
            // This computer's id, so its first sign-in does not mail the account as a new one.
            request.insert(k("computerId"), signInComputerId(m_link->endpoint().url, m_options.email));
            m_link->post(QStringLiteral("/v1/accounts"), request, this,
                         [this, prepared](QCborMap reply) { onAccount(prepared, std::move(reply)); });
        });
    return true;
}

void ServerAccountCreation::onAccount(std::shared_ptr<Prepared> prepared, QCborMap reply)
{
    if (!reply.value(k("ok")).toBool())
        return fail(Refusal::fromCbor(reply.value(k("refusal")).toMap()).error());
    m_policy = policyOf(reply.value(k("policy")).toMap());
    const QString path = m_options.vaultPath;
    const QString serverUrl = ServerEndpoint::normalised(m_options.server.url);
    const QString email = m_options.email;
    runOffThread(
        this,
        [prepared, path, serverUrl, email, clock = &m_clock]() -> std::shared_ptr<Status> {
            VaultHeader header;
            header.vaultId = prepared->vaultId;
            header.createdMs = prepared->slot.createdMs;
            header.keySlots.push_back(prepared->slot);
            header.serverUrl = serverUrl;
            header.serverAccount = email;
            Result<std::unique_ptr<OpenVault>> created =
                OpenVault::createWithHeader(path, std::move(header), prepared->vaultKey.clone(), *clock);
            prepared->vaultKey.clear();
            if (!created)
                return std::make_shared<Status>(created.error());
            return std::make_shared<Status>();
        },
        [this, prepared, serverUrl](std::shared_ptr<Status> written) {
            const auto madeButNot = [this, serverUrl](const QString& why) {
                return Error(
                    ErrorCode::FileWriteFailed,
                    AuthText::tr("The account %1 was made on %2, but %3 Sign in to it with \"account "
                                 "sign-in\" on this computer once that is fixed.")
                        .arg(m_options.email, serverUrl, why));
            };
            if (!*written)
                return fail(madeButNot(written->error().message));
            m_options.secretStore->store(
                SignInSession::secretStoreService(), accountKeyStoreKey(prepared->vaultId),
                prepared->accountKey->bytes().clone(), this, [this, prepared, madeButNot](Status stored) {
                    if (!stored)
                        return fail(madeButNot(stored.error().message));
                    m_accountKeyText = prepared->accountKey->text();
                    prepared->accountKey.reset();
                    m_done = true;
                    m_link.reset();
                    setBusy(false);
                    emit created();
                });
        });
}

} // namespace twofold
