#include "auth/SignInSession.h"

#include "auth/Async.h"
#include "auth/AuthSentences.h"
#include "auth/AuthText.h"
#include "auth/ComputerId.h"
#include "auth/DeliveryCodeSender.h"
#include "auth/LocalVerifierHost.h"
#include "auth/ServerLink.h"
#include "auth/VerifierLink.h"
#include "platform/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <limits>

namespace twofold {

namespace {

Error notUnderstood()
{
    return Error(
        ErrorCode::FileDamaged,
        AuthText::tr("This vault needs a second factor, but its two-factor settings have no method turned "
                     "on. Try the backup copy of the vault (the same name ending in .bak)."));
}

// What the sign-in page knows of the settings from the verifier's first answer.
TwoFactorStatus statusOf(const BeginReply& begin)
{
    TwoFactorStatus s;
    s.on = begin.twoFactorOn;
    s.recoveryCodesLeft = begin.recoveryCodesLeft;
    s.prompt = begin.prompt;
    if (!begin.methods.isEmpty())
        s.defaultMethod = begin.methods.first().method;
    for (SignInMethod m : kSignInMethods) {
        MethodStatus ms;
        ms.method = m;
        for (const OfferedMethod& offered : begin.methods) {
            if (offered.method == m) {
                ms.on = true;
                ms.maskedTarget = offered.maskedTarget;
            }
        }
        ms.isDefault = ms.on && m == s.defaultMethod;
        s.methods.append(ms);
    }
    return s;
}

Error accountKeyMissing()
{
    return Error(
        ErrorCode::CodeRequired,
        AuthText::tr("This computer does not have the account key of this vault. Give the account key "
                     "from your emergency kit (TF1-…), or sign in to the account again on this computer."));
}

Error accountKeyWrong()
{
    return Error(
        ErrorCode::WrongPassword,
        AuthText::tr("The sign-in server accepted the password and the code, but the account key does not "
                     "fit this vault: give the account key from this account's emergency kit."));
}

Error preloginUnreadable(const QString& server)
{
    Refusal refusal(ErrorCode::ServerRefused, RefusalReason::ServerRefused);
    refusal.name = server;
    return refusal.error();
}

} // namespace

// The salt and limits of a prelogin reply; nullopt when it is not one.
std::optional<std::pair<QByteArray, kdf::Params>> preloginOf(const QCborMap& reply)
{
    const QByteArray salt = reply.value(QLatin1StringView("salt")).toByteArray();
    const QCborMap limits = reply.value(QLatin1StringView("kdf")).toMap();
    const kdf::Params params{
        quint32(std::clamp<qint64>(limits.value(QLatin1StringView("t")).toInteger(), 0, 1 << 30)),
        quint32(std::clamp<qint64>(limits.value(QLatin1StringView("m")).toInteger(), 0, 1 << 30))};
    if (salt.size() != qsizetype(kdf::kSaltBytes) || !kdf::withinBounds(params))
        return std::nullopt;
    return std::make_pair(salt, params);
}

struct SignInSession::PasswordOutcome
{
    std::optional<Error> error;
    Policy policy;
    std::unique_ptr<OpenVault> vault; // two-factor sign-in off: unlocked already
    std::shared_ptr<VerifierLink> link;
    std::shared_ptr<const PasswordKey> key;
    QByteArray vaultId;
    QString serverUrl;                      // server mode
    std::shared_ptr<SecureBuffer> password; // server mode: kept until the server takes the proof
    QByteArray localSalt;                   // server mode: the file's slot salt
};

SignInSession::SignInSession(QString path, SignInOptions options, Clock& clock, Random& random,
                             QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_options(std::move(options)), m_clock(clock),
      m_random(random)
{
    m_sender =
        m_options.sender ? m_options.sender : std::make_shared<DeliveryCodeSender>(clock, systemRandom());
    if (!m_options.connector)
        m_options.connector = std::make_shared<DefaultVerifierConnector>(m_sender, clock, random);
    m_accountKey = m_options.accountKey;
    if (!m_accountKey && m_options.newComputer)
        m_accountKey = m_options.newComputer->accountKey;
    m_accountKeyTyped = bool(m_accountKey);
    if (m_options.newComputer)
        m_serverUrl = ServerEndpoint::normalised(m_options.newComputer->server.url);
    if (m_options.computerName.isEmpty())
        m_options.computerName = QSysInfo::machineHostName();
    m_lockoutTimer.setSingleShot(true);
    connect(&m_lockoutTimer, &QTimer::timeout, this, &SignInSession::armLockoutTimer);
    if (m_options.secretStore)
        connect(m_options.secretStore, &SecretStore::fallbackInUse, this, &SignInSession::warning);
}

SignInSession::~SignInSession() = default;

void SignInSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SignInSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SignInSession::fail(const Error& error)
{
    setBusy(false);
    emit failed(error);
}

QString SignInSession::maskedTarget() const
{
    for (const OfferedMethod& m : m_methods) {
        if (m.method == m_method)
            return m.maskedTarget;
    }
    return {};
}

int SignInSession::secondsLeftForCode() const
{
    constexpr qint64 period = 30;
    const qint64 seconds = m_clock.nowSeconds();
    return int(period - ((seconds % period) + period) % period);
}

bool SignInSession::canRememberComputer() const
{
    return m_options.secretStore && m_status.prompt == SecondFactorPrompt::UnrememberedComputers;
}

bool SignInSession::twoFactorSetupRequired() const
{
    return m_state == State::Unlocked && m_policy.twoFactor == TwoFactorRequirement::Required && !m_status.on;
}

QString SignInSession::secretStoreService()
{
    return QStringLiteral("Twofold");
}

QString SignInSession::trustedTokenKey(const QByteArray& vaultId)
{
    return QStringLiteral("trusted-computer/") + QString::fromLatin1(vaultId.toHex());
}

bool SignInSession::submitPassword(SecureBuffer password)
{
    if (m_state != State::NeedPassword || m_busy)
        return false;
    if (m_options.newComputer)
        return submitPasswordNewComputer(std::move(password));
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    const quint64 generation = m_generation;
    runOffThread(
        this,
        [path = m_path, policy = m_options.policy, mode = m_options.mode, clock = &m_clock,
         connector = m_options.connector, secret] {
            auto outcome = std::make_shared<PasswordOutcome>();
            auto fail = [&](const Error& e) {
                outcome->error = e;
                return outcome;
            };
            Result<Policy> loaded = policy ? Result<Policy>(*policy) : Policy::load();
            if (!loaded)
                return fail(loaded.error());
            outcome->policy = *loaded;
            Result<VaultFile> file = VaultFile::read(path);
            if (!file)
                return fail(file.error());
            // The one Argon2id of this sign-in (two when the slot turns out older than the
            // account's password: then the password is needed again, so it is kept until then).
            Result<PasswordKey> derived = file->derivePasswordKey(*secret);
            if (file->header().serverMode() && derived) {
                outcome->password = secret;
                outcome->localSalt = file->header().passwordSlot()->salt;
            } else {
                secret->clear();
            }
            if (!derived)
                return fail(derived.error());
            outcome->key = std::make_shared<const PasswordKey>(std::move(derived).value());
            outcome->vaultId = file->header().vaultId;
            // The verifier checks the password's key (locally: it must open the auth section).
            Answer<std::shared_ptr<VerifierLink>> link = connector->connect(path, *file, outcome->key);
            if (!link)
                return fail(link.refusal().error());
            outcome->link = std::move(link).value();
            outcome->serverUrl = file->header().serverUrl;
            const KeySlot* slot = file->header().passwordSlot();
            if (!slot->needsShare && !file->header().serverMode()) {
                Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*outcome->key);
                if (!vaultKey)
                    return fail(vaultKey.error());
                Result<std::unique_ptr<OpenVault>> vault = OpenVault::fromUnlockedFile(
                    path, std::move(*file), std::move(vaultKey).value(), mode, *clock);
                if (!vault)
                    return fail(vault.error());
                outcome->vault = std::move(vault).value();
            }
            return outcome;
        },
        [this, generation](std::shared_ptr<PasswordOutcome> outcome) {
            if (generation == m_generation)
                onPassword(std::move(outcome));
        });
    return true;
}

bool SignInSession::submitPasswordNewComputer(SecureBuffer password)
{
    const NewComputerSignIn& target = *m_options.newComputer;
    const auto refuse = [this](Error error) {
        setBusy(true);
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, error, generation] {
                if (generation == m_generation)
                    fail(error);
            },
            Qt::QueuedConnection);
        return true;
    };
    if (QFileInfo::exists(m_path))
        return refuse(
            Error(ErrorCode::FileWriteFailed,
                  AuthText::tr("There is already a file at %1: sign in to it, or choose another place for "
                               "this account's vault.")
                      .arg(QDir::toNativeSeparators(m_path))));
    if (Status valid = target.server.check(); !valid)
        return refuse(valid.error());
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    auto link = std::make_shared<HttpVerifierLink>(target.server, target.email);
    const quint64 generation = m_generation;
    QCborMap prelogin;
    prelogin.insert(QLatin1StringView("email"), target.email);
    // The salt and limits first (the same answer for an email with no account), then Argon2id.
    link->post(
        QStringLiteral("/v1/prelogin"), prelogin, this, [this, generation, link, secret](QCborMap reply) {
            if (generation != m_generation)
                return;
            if (!reply.value(QLatin1StringView("ok")).toBool())
                return fail(Refusal::fromCbor(reply.value(QLatin1StringView("refusal")).toMap()).error());
            const std::optional<std::pair<QByteArray, kdf::Params>> limits = preloginOf(reply);
            if (!limits)
                return fail(preloginUnreadable(link->endpoint().displayName()));
            const QByteArray salt = limits->first;
            const kdf::Params params = limits->second;
            runOffThread(
                this,
                [policy = m_options.policy, secret, salt, params, link] {
                    auto outcome = std::make_shared<PasswordOutcome>();
                    Result<Policy> loaded = policy ? Result<Policy>(*policy) : Policy::load();
                    if (!loaded) {
                        outcome->error = loaded.error();
                        return outcome;
                    }
                    outcome->policy = *loaded;
                    Result<SecureBuffer> base = kdf::derive(*secret, salt, params);
                    secret->clear();
                    if (!base) {
                        outcome->error = base.error();
                        return outcome;
                    }
                    outcome->key = std::make_shared<const PasswordKey>(
                        VaultFile::passwordKeyFromBase(std::move(base).value()));
                    outcome->serverUrl = link->endpoint().displayName();
                    return outcome;
                },
                [this, generation, link](std::shared_ptr<PasswordOutcome> outcome) {
                    if (generation != m_generation)
                        return;
                    if (!outcome->error) {
                        link->setKey(outcome->key);
                        outcome->link = link;
                    }
                    onPassword(std::move(outcome));
                });
        });
    return true;
}

bool SignInSession::setAccountKey(std::shared_ptr<const AccountKey> accountKey)
{
    if (m_busy || m_state != State::NeedPassword)
        return false;
    m_accountKey = std::move(accountKey);
    m_accountKeyTyped = bool(m_accountKey);
    return true;
}

void SignInSession::ask(const QCborMap& request, std::function<void(QCborMap)> reply)
{
    const quint64 generation = m_generation;
    m_link->request(envelope(request, m_vaultId), this, [this, generation, reply](QCborMap answer) {
        if (generation == m_generation)
            reply(std::move(answer));
    });
}

void SignInSession::onPassword(std::shared_ptr<PasswordOutcome> outcome)
{
    if (outcome->error)
        return fail(*outcome->error);
    m_policy = outcome->policy;
    m_vaultId = outcome->vaultId;
    m_key = outcome->key;
    m_link = outcome->link;
    m_retryPassword = outcome->password;
    m_localSalt = outcome->localSalt;
    if (!outcome->serverUrl.isEmpty())
        m_serverUrl = outcome->serverUrl;
    if (outcome->vault) {
        m_vault = std::move(outcome->vault);
        return finishUnlock();
    }
    const auto begin = [this] {
        ask(BeginRequest().toCbor(), [this](QCborMap reply) { onBegin(std::move(reply)); });
    };
    // Server mode: the account key must be here before the server is asked for anything (a new
    // computer learns the vault id, and so where its key would be kept, only from the keyset).
    if (!serverMode() || m_accountKey || m_options.newComputer)
        return begin();
    const quint64 generation = m_generation;
    loadAccountKey(m_vaultId, [this, generation, begin](bool found) {
        if (generation == m_generation && found)
            begin();
    });
}

void SignInSession::retryWithServerSalt()
{
    auto password = std::exchange(m_retryPassword, nullptr);
    auto http = std::dynamic_pointer_cast<HttpVerifierLink>(m_link);
    const auto wrong = [this, password] {
        password->clear();
        reset();
        fail(Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword).error());
    };
    if (!http)
        return wrong();
    QCborMap prelogin;
    prelogin.insert(QLatin1StringView("email"), http->email());
    const quint64 generation = m_generation;
    http->post(
        QStringLiteral("/v1/prelogin"), prelogin, this,
        [this, generation, http, password, wrong](QCborMap reply) {
            if (generation != m_generation)
                return;
            if (!reply.value(QLatin1StringView("ok")).toBool()) {
                password->clear();
                reset();
                return fail(Refusal::fromCbor(reply.value(QLatin1StringView("refusal")).toMap()).error());
            }
            const std::optional<std::pair<QByteArray, kdf::Params>> limits = preloginOf(reply);
            if (!limits || limits->first == m_localSalt)
                return wrong(); // the same salt: the password itself is wrong
            runOffThread(
                this,
                [password, limits] {
                    auto key = std::make_shared<Result<SecureBuffer>>(
                        kdf::derive(*password, limits->first, limits->second));
                    password->clear();
                    return key;
                },
                [this, generation, http](std::shared_ptr<Result<SecureBuffer>> base) {
                    if (generation != m_generation)
                        return;
                    if (!*base) {
                        reset();
                        return fail(base->error());
                    }
                    m_key = std::make_shared<const PasswordKey>(
                        VaultFile::passwordKeyFromBase(std::move(*base).value()));
                    http->setKey(m_key);
                    ask(BeginRequest().toCbor(), [this](QCborMap answer) { onBegin(std::move(answer)); });
                });
        });
}

void SignInSession::loadAccountKey(const QByteArray& vaultId, std::function<void(bool found)> then)
{
    const auto missing = [this, then] {
        reset();
        fail(accountKeyMissing());
        emit accountKeyNeeded();
        then(false);
    };
    if (!m_options.secretStore)
        return missing();
    m_options.secretStore->load(secretStoreService(), accountKeyStoreKey(vaultId), this,
                                [this, then, missing](Result<SecureBuffer> stored) {
                                    if (!stored)
                                        return missing();
                                    Result<AccountKey> key = AccountKey::fromBytes(*stored);
                                    if (!key)
                                        return missing();
                                    m_accountKey = std::make_shared<const AccountKey>(std::move(key).value());
                                    m_accountKeyTyped = false;
                                    then(true);
                                });
}

void SignInSession::finishUnlock()
{
    // The full settings for Preferences > Security, while the verifier still takes requests.
    const auto unlock = [this] {
        m_lockoutTimer.stop();
        m_link.reset();
        setBusy(false);
        setState(State::Unlocked);
        emit unlocked();
    };
    if (!m_link)
        return unlock();
    SettingsRequest status{SettingsOp::Status};
    ask(status.toCbor(), [this, unlock](QCborMap reply) {
        if (Answer<SettingsReply> answer = readReply<SettingsReply>(reply); answer.ok())
            m_status = answer->status;
        unlock();
    });
}

void SignInSession::onBegin(QCborMap reply)
{
    Answer<BeginReply> answer = readReply<BeginReply>(reply);
    if (serverMode() && !answer.ok() && answer.refusal().reason == RefusalReason::WrongPassword &&
        m_retryPassword && !m_options.newComputer)
        return retryWithServerSalt();
    if (m_retryPassword) {
        m_retryPassword->clear();
        m_retryPassword.reset();
    }
    if (serverMode()) {
        // The organisation's policy, as the server enforces it, rules over a local policy file.
        if (std::optional<Policy> policy = serverPolicyOf(reply); policy)
            m_policy = *policy;
    }
    if (serverMode() && answer.ok() && !answer.value().twoFactorOn && !answer.value().share.isEmpty()) {
        // An account with no second factor: the server released the share on the proof alone.
        m_status = statusOf(answer.value());
        m_keyset = reply.value(QLatin1StringView("keyset")).toByteArray();
        return unlockWithShare(std::move(answer.value().share));
    }
    if (!answer.ok() || !answer.value().twoFactorOn || answer.value().methods.isEmpty()) {
        const Error error = answer.ok() ? notUnderstood() : answer.refusal().error();
        reset();
        return fail(error);
    }
    BeginReply& begin = answer.value();
    m_challenge = begin.challenge;
    m_status = statusOf(begin);
    m_lockedUntilMs = begin.lockedForMs > 0 ? m_clock.nowMs() + begin.lockedForMs : 0;
    // Methods the policy no longer allows are not offered, unless no other is on.
    m_methods.clear();
    for (const OfferedMethod& m : begin.methods) {
        if (m_policy.allows(m.method))
            m_methods.append(m);
    }
    if (m_methods.isEmpty())
        m_methods = begin.methods;

    if (!canRememberComputer() || m_vaultId.isEmpty())
        return askForCode();
    const quint64 generation = m_generation;
    m_options.secretStore->load(
        secretStoreService(), trustedTokenKey(m_vaultId), this,
        [this, generation](Result<SecureBuffer> token) {
            if (generation != m_generation)
                return;
            if (!token)
                return askForCode();
            CheckTrustedRequest request{
                QByteArray(reinterpret_cast<const char*>(token->data()), qsizetype(token->size()))};
            ask(request.toCbor(), [this](QCborMap reply) {
                if (Answer<ReleaseReply> answer = readReply<ReleaseReply>(reply); answer.ok()) {
                    m_keyset = answer.value().keyset;
                    return unlockWithShare(std::move(answer.value().share));
                }
                // Forgotten or expired: drop the token and ask for a code.
                m_options.secretStore->remove(secretStoreService(), trustedTokenKey(m_vaultId), this,
                                              [](Status) {});
                askForCode();
            });
        });
}

void SignInSession::askForCode()
{
    setBusy(false);
    SignInMethod first = m_methods.first().method;
    for (const OfferedMethod& m : m_methods) {
        if (m_options.firstMethod == m.method)
            first = m.method;
    }
    if (m_lockedUntilMs > m_clock.nowMs()) {
        m_method = first;
        setState(State::LockedOut);
        emit lockedOut(m_lockedUntilMs);
        armLockoutTimer();
        return;
    }
    enterMethod(first);
}

void SignInSession::enterMethod(SignInMethod method)
{
    m_method = method;
    m_triesLeft = -1;
    setState(State::NeedSecondFactor);
    if (m_options.sendCodeOnEntry && methodNeedsSend(method) && !m_sent.contains(method))
        sendCode();
}

void SignInSession::armLockoutTimer()
{
    if (m_state != State::LockedOut)
        return;
    const qint64 left = m_lockedUntilMs - m_clock.nowMs();
    if (left <= 0) {
        m_lockedUntilMs = 0;
        return enterMethod(m_method);
    }
    m_lockoutTimer.start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));
}

bool SignInSession::showMethodChooser()
{
    if (m_state != State::NeedSecondFactor || m_busy)
        return false;
    setState(State::ChooseMethod);
    return true;
}

bool SignInSession::chooseMethod(SignInMethod method)
{
    const bool lockoutOver = m_state == State::LockedOut && m_lockedUntilMs <= m_clock.nowMs();
    if (m_busy || !(m_state == State::NeedSecondFactor || m_state == State::ChooseMethod || lockoutOver))
        return false;
    if (std::none_of(m_methods.begin(), m_methods.end(),
                     [&](const OfferedMethod& m) { return m.method == method; }))
        return false;
    m_lockoutTimer.stop();
    enterMethod(method);
    return true;
}

bool SignInSession::sendCode()
{
    if (m_state != State::NeedSecondFactor || m_busy || !methodNeedsSend(m_method))
        return false;
    setBusy(true);
    const SignInMethod method = m_method;
    ask(SendCodeRequest{method, m_challenge}.toCbor(), [this, method](QCborMap reply) {
        Answer<SendCodeReply> answer = readReply<SendCodeReply>(reply);
        if (!answer.ok())
            return refused(answer.refusal());
        setBusy(false);
        const SendCodeReply& sent = answer.value().anchor(m_clock.nowMs());
        m_sent.insert(method, Sent{sent.maskedTarget, sent.resendAtMs});
        emit codeSent(sent.maskedTarget, sent.resendAtMs);
    });
    return true;
}

bool SignInSession::submitCode(SecureBuffer code, bool rememberComputer)
{
    if (m_busy || (m_state != State::NeedSecondFactor && m_state != State::LockedOut))
        return false;
    CheckCodeRequest request;
    request.method = m_method;
    request.code = std::move(code);
    request.rememberComputer = rememberComputer && canRememberComputer();
    request.computerName = m_options.computerName;
    checkCode(std::move(request));
    return true;
}

bool SignInSession::submitRecoveryCode(SecureBuffer code)
{
    if (m_busy ||
        (m_state != State::NeedSecondFactor && m_state != State::ChooseMethod && m_state != State::LockedOut))
        return false;
    CheckCodeRequest request;
    request.method = SignInMethod::RecoveryCode;
    request.code = std::move(code);
    checkCode(std::move(request));
    return true;
}

void SignInSession::checkCode(CheckCodeRequest request)
{
    setBusy(true);
    if (auto http = std::dynamic_pointer_cast<HttpVerifierLink>(m_link))
        request.computerId = signInComputerId(http->endpoint().url, http->email());
    const SignInMethod method = request.method;
    ask(request.toCbor(), [this, method](QCborMap reply) { onReleased(std::move(reply), method); });
}

void SignInSession::refused(const Refusal& refusal)
{
    m_triesLeft = refusal.triesLeft;
    if (refusal.code == ErrorCode::DeliveryRateLimited && refusal.retryAfterMs > 0)
        m_sendBlockedUntil.insert(refusal.method.value_or(m_method), m_clock.nowMs() + refusal.retryAfterMs);
    if (refusal.code == ErrorCode::LockedOut) {
        m_lockedUntilMs = m_clock.nowMs() + refusal.lockedForMs;
        setState(State::LockedOut);
        emit lockedOut(m_lockedUntilMs);
        armLockoutTimer();
    } else if (m_state == State::LockedOut) {
        m_lockoutTimer.stop();
        m_lockedUntilMs = 0;
        setState(State::NeedSecondFactor);
    }
    fail(refusal.error());
}

void SignInSession::onReleased(QCborMap reply, SignInMethod method)
{
    Answer<ReleaseReply> answer = readReply<ReleaseReply>(reply);
    if (!answer.ok())
        return refused(answer.refusal());
    ReleaseReply& release = answer.value();
    m_keyset = release.keyset;
    if (m_options.newComputer && m_vaultId.isEmpty()) {
        // The vault id (where this computer keeps its token and account key) comes with the keyset.
        if (Result<Keyset> keyset = Keyset::decode(m_keyset); keyset.ok())
            m_vaultId = keyset->vaultId;
    }
    if (method == SignInMethod::RecoveryCode) {
        m_status.recoveryCodesLeft = release.recoveryCodesLeft;
        m_status.trustedComputers.clear();
        emit recoveryCodeUsed(release.recoveryCodesLeft);
    }
    SecretStore* store = m_options.secretStore;
    if (store && release.computersForgotten && !m_vaultId.isEmpty())
        store->remove(secretStoreService(), trustedTokenKey(m_vaultId), this, [](Status) {});
    if (!store || release.trustedToken.isEmpty() || m_vaultId.isEmpty())
        return unlockWithShare(std::move(release.share));
    auto share = std::make_shared<SecureBuffer>(std::move(release.share));
    const qint64 until = m_clock.nowMs() + release.trustedForMs;
    const quint64 generation = m_generation;
    store->store(
        secretStoreService(), trustedTokenKey(m_vaultId), SecureBuffer::fromBytes(release.trustedToken), this,
        [this, generation, share, until](Status stored) {
            if (generation != m_generation)
                return;
            if (stored)
                emit computerRemembered(until);
            else
                emit warning(
                    AuthText::tr("This computer could not be remembered: %1").arg(stored.error().message));
            unlockWithShare(std::move(*share));
        });
}

void SignInSession::unlockWithShare(SecureBuffer share)
{
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(share));
    if (!serverMode())
        return openWithSecret(std::move(secret));
    if (m_options.newComputer) {
        Result<Keyset> keyset = Keyset::decode(m_keyset);
        if (!keyset) {
            reset();
            return fail(keyset.error());
        }
        m_vaultId = keyset->vaultId;
    }
    // Server mode: the slot's key needs share ‖ account key.
    const auto withAccountKey = [this, secret] {
        *secret = serverSecret(*secret, m_accountKey->bytes());
        openWithSecret(secret);
    };
    if (m_accountKey)
        return withAccountKey();
    const quint64 generation = m_generation;
    loadAccountKey(m_vaultId, [this, generation, withAccountKey](bool found) {
        if (generation == m_generation && found)
            withAccountKey();
    });
}

void SignInSession::openWithSecret(std::shared_ptr<SecureBuffer> secret)
{
    const quint64 generation = m_generation;
    std::optional<NewComputerSignIn> newComputer = m_options.newComputer;
    runOffThread(
        this,
        [path = m_path, key = m_key, secret, mode = m_options.mode, clock = &m_clock, newComputer,
         keysetBytes = m_keyset,
         serverMode = serverMode()]() -> std::shared_ptr<Result<std::unique_ptr<OpenVault>>> {
            using Opened = Result<std::unique_ptr<OpenVault>>;
            const auto refused = [serverMode](const Error& e) {
                // The server took the password (and the code): the account key is what does not fit.
                return std::make_shared<Opened>(
                    serverMode && e.code == ErrorCode::WrongPassword ? accountKeyWrong() : e);
            };
            // Server mode: share ‖ account key, kept by the opened vault for later changes.
            SecureBuffer kept = serverMode ? secret->clone() : SecureBuffer();
            if (newComputer) {
                // The vault file this computer lacks, from the server's keyset: its one key slot,
                // the server's address and the account; an empty body (entries are not synced).
                Result<Keyset> keyset = Keyset::decode(keysetBytes);
                if (!keyset)
                    return std::make_shared<Opened>(keyset.error());
                Result<SecureBuffer> vaultKey =
                    VaultFile::unlockSlot(keyset->slot, keyset->vaultId, *key, secret.get());
                secret->clear();
                if (!vaultKey)
                    return refused(vaultKey.error());
                VaultHeader header;
                header.vaultId = keyset->vaultId;
                header.createdMs = keyset->slot.createdMs;
                header.keySlots.push_back(keyset->slot);
                header.serverUrl = ServerEndpoint::normalised(newComputer->server.url);
                header.serverAccount = newComputer->email;
                auto opened = std::make_shared<Opened>(OpenVault::createWithHeader(
                    path, std::move(header), std::move(vaultKey).value(), *clock));
                if (*opened)
                    (**opened)->setServerSecret(std::move(kept));
                return opened;
            }
            // Read again: the verifier may have rewritten the auth section since.
            Result<VaultFile> file = VaultFile::read(path);
            if (!file)
                return std::make_shared<Opened>(file.error());
            Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key, secret.get());
            // Server mode: the master password was changed on another computer; the server's
            // keyset holds the account's slot now.
            std::optional<KeySlot> newer;
            if (!vaultKey && serverMode && vaultKey.error().code == ErrorCode::WrongPassword) {
                if (Result<Keyset> keyset = Keyset::decode(keysetBytes);
                    keyset && keyset->vaultId == file->header().vaultId) {
                    if (Result<SecureBuffer> fromKeyset =
                            VaultFile::unlockSlot(keyset->slot, keyset->vaultId, *key, secret.get());
                        fromKeyset) {
                        vaultKey = std::move(fromKeyset);
                        newer = keyset->slot;
                    }
                }
            }
            secret->clear();
            if (!vaultKey)
                return refused(vaultKey.error());
            auto opened = std::make_shared<Opened>(OpenVault::fromUnlockedFile(
                path, std::move(*file), std::move(vaultKey).value(), mode, *clock));
            if (*opened && serverMode) {
                OpenVault& vault = ***opened;
                vault.setServerSecret(std::move(kept));
                if (newer) {
                    // This file's slot from now on (best effort: the vault's next save writes it too).
                    *vault.header().passwordSlot() = *newer;
                    if (mode == OpenMode::ReadWrite)
                        (void)vault.save(BackupPolicy::ReplaceWithNew);
                }
            }
            return opened;
        },
        [this, generation](std::shared_ptr<Result<std::unique_ptr<OpenVault>>> opened) {
            if (generation != m_generation)
                return;
            if (!opened->ok()) {
                const Error error = opened->error();
                const bool keyWrong = serverMode() && error.code == ErrorCode::WrongPassword;
                if (keyWrong && !m_accountKeyTyped && m_options.secretStore && !m_vaultId.isEmpty())
                    m_accountKey.reset(); // the stored one does not fit: ask the user
                reset();
                fail(error);
                if (keyWrong)
                    emit accountKeyNeeded();
                return;
            }
            m_vault = std::move(*opened).value();
            if (!serverMode() || !m_accountKeyTyped || !m_options.secretStore)
                return finishUnlock();
            // A typed account key that opened the vault: this computer keeps it from now on.
            m_options.secretStore->store(
                secretStoreService(), accountKeyStoreKey(m_vaultId), m_accountKey->bytes().clone(), this,
                [this, generation](Status stored) {
                    if (generation != m_generation)
                        return;
                    if (!stored)
                        emit warning(AuthText::tr("This computer could not keep the account "
                                                  "key: %1")
                                         .arg(stored.error().message));
                    m_accountKeyTyped = false;
                    finishUnlock();
                });
        });
}

std::unique_ptr<OpenVault> SignInSession::takeVault()
{
    return m_state == State::Unlocked ? std::move(m_vault) : nullptr;
}

std::shared_ptr<const PasswordKey> SignInSession::takePasswordKey()
{
    return m_state == State::Unlocked ? std::exchange(m_key, nullptr) : nullptr;
}

void SignInSession::reset()
{
    ++m_generation;
    m_lockoutTimer.stop();
    m_link.reset();
    m_key.reset();
    m_vault.reset();
    m_vaultId.clear();
    m_challenge.clear();
    m_status = TwoFactorStatus();
    m_methods.clear();
    m_sent.clear();
    m_sendBlockedUntil.clear();
    m_lockedUntilMs = 0;
    m_triesLeft = -1;
    m_keyset.clear();
    if (m_retryPassword) {
        m_retryPassword->clear();
        m_retryPassword.reset();
    }
    m_localSalt.clear();
    if (!m_options.newComputer)
        m_serverUrl.clear();
    setBusy(false);
    setState(State::NeedPassword);
}

} // namespace twofold
