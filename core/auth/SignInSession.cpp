#include "auth/SignInSession.h"

#include "auth/Async.h"
#include "auth/AuthText.h"
#include "auth/DeliveryCodeSender.h"
#include "auth/LocalVerifierHost.h"
#include "auth/VerifierLink.h"
#include "platform/SecretStore.h"

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

} // namespace

struct SignInSession::PasswordOutcome
{
    std::optional<Error> error;
    Policy policy;
    std::unique_ptr<OpenVault> vault; // two-factor sign-in off: unlocked already
    std::shared_ptr<LocalVerifierHost> host;
    std::shared_ptr<const PasswordKey> key;
    QByteArray vaultId;
    TwoFactorStatus status;
};

SignInSession::SignInSession(QString path, SignInOptions options, Clock& clock, Random& random,
                             QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_options(std::move(options)), m_clock(clock),
      m_random(random)
{
    m_sender =
        m_options.sender ? m_options.sender : std::make_shared<DeliveryCodeSender>(clock, systemRandom());
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
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    const quint64 generation = m_generation;
    runOffThread(
        this,
        [path = m_path, policy = m_options.policy, mode = m_options.mode, clock = &m_clock,
         random = &m_random, sender = m_sender, secret] {
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
            Result<PasswordKey> key = file->derivePasswordKey(*secret);
            secret->clear();
            if (!key)
                return fail(key.error());
            outcome->key = std::make_shared<const PasswordKey>(std::move(key).value());
            Result<SecureBuffer> plain = file->openAuthSection(*outcome->key);
            if (!plain)
                return fail(plain.error());
            Result<VerifierState> state = VerifierState::decode(*plain);
            if (!state)
                return fail(state.error());
            outcome->status = state->status(clock->nowMs());
            outcome->vaultId = file->header().vaultId;
            const KeySlot* slot = file->header().passwordSlot();
            if (!slot->needsShare) {
                Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*outcome->key);
                if (!vaultKey)
                    return fail(vaultKey.error());
                Result<std::unique_ptr<OpenVault>> vault =
                    OpenVault::fromUnlockedFile(path, std::move(*file), std::move(vaultKey).value(), mode, *clock);
                if (!vault)
                    return fail(vault.error());
                outcome->vault = std::move(vault).value();
                return outcome;
            }
            outcome->host =
                std::make_shared<LocalVerifierHost>(path, std::move(file).value(), outcome->key,
                                                    std::move(state).value(), sender, *clock, *random);
            return outcome;
        },
        [this, generation](std::shared_ptr<PasswordOutcome> outcome) {
            if (generation == m_generation)
                onPassword(std::move(outcome));
        });
    return true;
}

void SignInSession::onPassword(std::shared_ptr<PasswordOutcome> outcome)
{
    if (outcome->error)
        return fail(*outcome->error);
    m_policy = outcome->policy;
    m_status = outcome->status;
    m_vaultId = outcome->vaultId;
    if (outcome->vault) {
        m_vault = std::move(outcome->vault);
        m_keptKey = outcome->key;
        setBusy(false);
        setState(State::Unlocked);
        emit unlocked();
        return;
    }
    m_key = outcome->key;
    m_link = std::make_shared<InProcessLink>(outcome->host);
    const quint64 generation = m_generation;
    m_link->request(BeginRequest().toCbor(), this, [this, generation](QCborMap reply) {
        if (generation == m_generation)
            onBegin(std::move(reply));
    });
}

void SignInSession::onBegin(QCborMap reply)
{
    Answer<BeginReply> answer = readReply<BeginReply>(reply);
    if (!answer.ok() || !answer.value().twoFactorOn || answer.value().methods.isEmpty()) {
        const Error error = answer.ok() ? notUnderstood() : answer.refusal().error();
        reset();
        return fail(error);
    }
    BeginReply& begin = answer.value();
    m_challenge = begin.challenge;
    m_status.prompt = begin.prompt;
    m_status.recoveryCodesLeft = begin.recoveryCodesLeft;
    m_lockedUntilMs = begin.lockedUntilMs;
    // Methods the policy no longer allows are not offered, unless no other is on.
    m_methods.clear();
    for (const OfferedMethod& m : begin.methods) {
        if (m_policy.allows(m.method))
            m_methods.append(m);
    }
    if (m_methods.isEmpty())
        m_methods = begin.methods;

    if (!canRememberComputer())
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
            m_link->request(request.toCbor(), this, [this, generation](QCborMap reply) {
                if (generation != m_generation)
                    return;
                if (Answer<ReleaseReply> answer = readReply<ReleaseReply>(reply); answer.ok())
                    return unlockWithShare(std::move(answer.value().share));
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
    const quint64 generation = m_generation;
    const SignInMethod method = m_method;
    m_link->request(SendCodeRequest{method, m_challenge}.toCbor(), this,
                    [this, generation, method](QCborMap reply) {
                        if (generation != m_generation)
                            return;
                        Answer<SendCodeReply> answer = readReply<SendCodeReply>(reply);
                        if (!answer.ok())
                            return refused(answer.refusal());
                        setBusy(false);
                        m_sent.insert(method, Sent{answer.value().maskedTarget, answer.value().resendAtMs});
                        emit codeSent(answer.value().maskedTarget, answer.value().resendAtMs);
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
    const quint64 generation = m_generation;
    const SignInMethod method = request.method;
    m_link->request(request.toCbor(), this, [this, generation, method](QCborMap reply) {
        if (generation == m_generation)
            onReleased(std::move(reply), method);
    });
}

void SignInSession::refused(const Refusal& refusal)
{
    m_triesLeft = refusal.triesLeft;
    if (refusal.code == ErrorCode::LockedOut) {
        m_lockedUntilMs = refusal.lockedUntilMs;
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
    if (method == SignInMethod::RecoveryCode) {
        m_status.recoveryCodesLeft = release.recoveryCodesLeft;
        m_status.trustedComputers.clear();
        emit recoveryCodeUsed(release.recoveryCodesLeft);
    }
    SecretStore* store = m_options.secretStore;
    if (store && release.computersForgotten)
        store->remove(secretStoreService(), trustedTokenKey(m_vaultId), this, [](Status) {});
    if (!store || release.trustedToken.isEmpty())
        return unlockWithShare(std::move(release.share));
    auto share = std::make_shared<SecureBuffer>(std::move(release.share));
    const qint64 until = release.trustedUntilMs;
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
    const quint64 generation = m_generation;
    runOffThread(
        this,
        [path = m_path, key = m_key, secret, mode = m_options.mode,
         clock = &m_clock]() -> std::shared_ptr<Result<std::unique_ptr<OpenVault>>> {
            using Opened = Result<std::unique_ptr<OpenVault>>;
            // Read again: the verifier may have rewritten the auth section since.
            Result<VaultFile> file = VaultFile::read(path);
            if (!file)
                return std::make_shared<Opened>(file.error());
            Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key, secret.get());
            secret->clear();
            if (!vaultKey)
                return std::make_shared<Opened>(vaultKey.error());
            return std::make_shared<Opened>(
                OpenVault::fromUnlockedFile(path, std::move(*file), std::move(vaultKey).value(), mode, *clock));
        },
        [this, generation](std::shared_ptr<Result<std::unique_ptr<OpenVault>>> opened) {
            if (generation != m_generation)
                return;
            if (!opened->ok()) {
                const Error error = opened->error();
                reset();
                return fail(error);
            }
            m_vault = std::move(*opened).value();
            m_lockoutTimer.stop();
            // The verifier is not needed once the vault is open; the password's key is kept
            // for takePasswordKey().
            m_keptKey = std::move(m_key);
            m_link.reset();
            setBusy(false);
            setState(State::Unlocked);
            emit unlocked();
        });
}

std::shared_ptr<const PasswordKey> SignInSession::takePasswordKey()
{
    return m_state == State::Unlocked ? std::move(m_keptKey) : nullptr;
}

std::unique_ptr<OpenVault> SignInSession::takeVault()
{
    return m_state == State::Unlocked ? std::move(m_vault) : nullptr;
}

void SignInSession::reset()
{
    ++m_generation;
    m_lockoutTimer.stop();
    m_link.reset();
    m_key.reset();
    m_keptKey.reset();
    m_vault.reset();
    m_vaultId.clear();
    m_challenge.clear();
    m_status = TwoFactorStatus();
    m_methods.clear();
    m_sent.clear();
    m_lockedUntilMs = 0;
    m_triesLeft = -1;
    setBusy(false);
    setState(State::NeedPassword);
}

} // namespace twofold
