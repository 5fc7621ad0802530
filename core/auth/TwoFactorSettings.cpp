// TwoFactorSettings: the master password again, reading and saving the settings, rewrapping
// the password slot, app passwords and the master password. Turning methods on is in
// TwoFactorSetup.cpp.
#include "auth/TwoFactorSettings.h"

#include "auth/Async.h"
#include "auth/AuthSentences.h"
#include "auth/AuthText.h"
#include "auth/DeliveryCodeSender.h"
#include "auth/SignInSession.h"
#include "auth/Verifier.h"
#include "crypto/PasswordStrength.h"
#include "platform/SecretStore.h"

#include <QFileInfo>

namespace twofold {

namespace {

Error passwordNeeded()
{
    return Error(ErrorCode::WrongPassword,
                 AuthText::tr("Enter your master password again to change the two-factor settings."));
}

Error changedElsewhere()
{
    return Error(
        ErrorCode::FileChanged,
        AuthText::tr("The vault's master password was changed in another program. Close the vault and sign "
                     "in again."));
}

bool samePasswordSlot(const VaultHeader& a, const VaultHeader& b)
{
    const KeySlot* x = a.passwordSlot();
    const KeySlot* y = b.passwordSlot();
    return x && y && x->salt == y->salt && x->wrappedKey == y->wrappedKey;
}

Policy defaultPolicy()
{
    // An unreadable policy file refuses sign-in; should one appear since, assume the strict
    // reading (the last method cannot be turned off) rather than "optional".
    Result<Policy> loaded = Policy::load();
    if (loaded)
        return *loaded;
    Policy strict;
    strict.twoFactor = TwoFactorRequirement::Required;
    return strict;
}

constexpr char kAppPasswordAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // 32: 5 bits each
constexpr int kAppPasswordGroups = 6;
constexpr int kAppPasswordGroupLength = 4; // 6 x 4 x 5 = 120 bits

} // namespace

struct TwoFactorSettings::NewSlot
{
    KeySlot slot;
    PasswordKey key;
};

TwoFactorSettings::TwoFactorSettings(OpenVault& vault, TwoFactorStatus status,
                                     TwoFactorSettingsOptions options, Clock& clock, Random& random,
                                     QObject* parent)
    : QObject(parent), m_vault(vault), m_options(std::move(options)),
      m_policy(m_options.policy ? *m_options.policy : defaultPolicy()), m_clock(clock), m_random(random),
      m_status(std::move(status))
{
    m_sender =
        m_options.sender ? m_options.sender : std::make_shared<DeliveryCodeSender>(clock, systemRandom());
    m_forgetTimer.setSingleShot(true);
    connect(&m_forgetTimer, &QTimer::timeout, this, &TwoFactorSettings::forgetPassword);
}

TwoFactorSettings::~TwoFactorSettings()
{
    forgetPassword();
}

void TwoFactorSettings::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QList<AppPasswordInfo> TwoFactorSettings::appPasswords() const
{
    QList<AppPasswordInfo> list;
    for (const KeySlot& slot : m_vault.header().keySlots) {
        if (slot.kind == KeySlot::Kind::AppPassword)
            list.append(AppPasswordInfo{slot.name, slot.createdMs, slot.lastUsedMs});
    }
    return list;
}

bool TwoFactorSettings::canTurnOn(SignInMethod method) const
{
    return method != SignInMethod::RecoveryCode && m_policy.allows(method) && !m_status.method(method).on;
}

bool TwoFactorSettings::canTurnOff(SignInMethod method) const
{
    const auto on = std::count_if(m_status.methods.begin(), m_status.methods.end(),
                                  [](const MethodStatus& m) { return m.on; });
    return m_status.method(method).on && !(m_policy.twoFactor == TwoFactorRequirement::Required && on == 1);
}

bool TwoFactorSettings::passwordConfirmed() const
{
    return m_key && m_clock.nowMs() < m_confirmedUntilMs;
}

void TwoFactorSettings::forgetPassword()
{
    m_forgetTimer.stop();
    m_key.reset();
    m_password.clear();
    m_pendingSecret.clear();
    m_confirmedUntilMs = 0;
}

void TwoFactorSettings::confirmPassword(SecureBuffer password, Done done)
{
    if (m_busy)
        return later([done] {
            done(Error(ErrorCode::InvalidInput, AuthText::tr("Wait for the change being made to "
                                                             "finish.")));
        });
    struct Outcome
    {
        std::optional<Error> error;
        std::shared_ptr<const PasswordKey> key;
        VerifierState state;
        QByteArray sealed;
    };
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    runOffThread(
        this,
        [path = m_vault.path(), header = m_vault.header(), secret] {
            auto outcome = std::make_shared<Outcome>();
            Result<VaultFile> file = VaultFile::read(path);
            if (!file || !samePasswordSlot(file->header(), header)) {
                outcome->error = file ? changedElsewhere() : file.error();
                return outcome;
            }
            Result<PasswordKey> key = file->derivePasswordKey(*secret);
            Result<SecureBuffer> plain =
                key ? file->openAuthSection(*key) : Result<SecureBuffer>(key.error());
            // With no auth section yet, the password slot proves the password.
            if (plain && file->header().authSection.isEmpty() && !file->header().passwordSlot()->needsShare) {
                if (Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key); !vaultKey)
                    plain = vaultKey.error();
            }
            Result<VerifierState> state =
                plain ? VerifierState::decode(*plain) : Result<VerifierState>(plain.error());
            if (!state) {
                outcome->error = state.error();
                return outcome;
            }
            outcome->key = std::make_shared<const PasswordKey>(std::move(key).value());
            outcome->state = std::move(state).value();
            outcome->sealed = file->header().authSection;
            return outcome;
        },
        [this, secret, done](std::shared_ptr<Outcome> outcome) {
            setBusy(false);
            if (outcome->error) {
                secret->clear();
                return done(*outcome->error);
            }
            m_key = outcome->key;
            m_password = std::move(*secret);
            m_state = std::move(outcome->state);
            m_lastAuth = outcome->sealed;
            m_confirmedUntilMs = m_clock.nowMs() + kPasswordConfirmationMs;
            m_forgetTimer.start(int(kPasswordConfirmationMs));
            m_status = m_state.status(m_clock.nowMs());
            emit changed();
            done({});
        });
}

void TwoFactorSettings::adoptConfirmedKey(std::shared_ptr<const PasswordKey> key, SecureBuffer password,
                                          Done done)
{
    auto refuse = [this, done](const Error& e) { later([done, e] { done(e); }); };
    if (m_busy)
        return refuse(
            Error(ErrorCode::InvalidInput, AuthText::tr("Wait for the change being made to finish.")));
    if (!key)
        return refuse(passwordNeeded());
    Result<VaultFile> file = VaultFile::read(m_vault.path());
    if (!file)
        return refuse(file.error());
    if (!samePasswordSlot(file->header(), m_vault.header()))
        return refuse(changedElsewhere());
    Result<SecureBuffer> plain = file->openAuthSection(*key);
    Result<VerifierState> state =
        plain ? VerifierState::decode(*plain) : Result<VerifierState>(plain.error());
    if (!state)
        return refuse(state.error());
    m_key = std::move(key);
    m_password = std::move(password);
    m_state = std::move(state).value();
    m_lastAuth = file->header().authSection;
    m_confirmedUntilMs = m_clock.nowMs() + kPasswordConfirmationMs;
    m_forgetTimer.start(int(kPasswordConfirmationMs));
    m_status = m_state.status(m_clock.nowMs());
    emit changed();
    later([done] { done({}); });
}

Status TwoFactorSettings::checkReady(bool needsPassword)
{
    if (m_busy)
        return Error(ErrorCode::InvalidInput, AuthText::tr("Wait for the change being made to finish."));
    if (needsPassword && !passwordConfirmed()) {
        forgetPassword();
        return passwordNeeded();
    }
    if (m_vault.mode() == OpenMode::ReadOnly)
        return Error(
            ErrorCode::ReadOnly,
            AuthText::tr("This vault was opened read-only, so its two-factor settings cannot be changed."));
    return refreshState();
}

Status TwoFactorSettings::refreshState()
{
    // Sign-in state written since by another Twofold process (failures, used codes) is kept.
    Result<VaultHeader> onDisk = VaultFile::readHeader(m_vault.path());
    if (!onDisk || onDisk->authSection == m_lastAuth)
        return {};
    if (!samePasswordSlot(*onDisk, m_vault.header()))
        return changedElsewhere();
    Result<VaultFile> file = VaultFile::read(m_vault.path());
    if (!file)
        return {};
    Result<SecureBuffer> plain = file->openAuthSection(*m_key);
    if (!plain)
        return changedElsewhere();
    Result<VerifierState> state = VerifierState::decode(*plain);
    if (!state)
        return state.error();
    m_state = std::move(state).value();
    m_lastAuth = file->header().authSection;
    return {};
}

Status TwoFactorSettings::commit(VerifierState state, NewSlot* slot)
{
    VaultHeader& header = m_vault.header();
    VaultHeader before = header;
    const PasswordKey& key = slot ? slot->key : *m_key;
    if (slot)
        *header.passwordSlot() = slot->slot;
    header.authSection = VaultFile::sealAuthSection(key, header.vaultId, state.encode().view());
    if (Status s = m_vault.save(); !s) {
        header = std::move(before); // the file still holds the old settings
        return s;
    }
    if (slot)
        m_key = std::make_shared<const PasswordKey>(std::move(slot->key));
    m_state = std::move(state);
    m_lastAuth = header.authSection;
    m_status = m_state.status(m_clock.nowMs());
    emit changed();
    return {};
}

void TwoFactorSettings::commitRewrapped(VerifierState state, bool withShare, const SecureBuffer& newPassword,
                                        std::function<void(Status)> then)
{
    // The password slot is made again (Argon2id: off the calling thread), with or without the
    // share, and the settings are sealed under the new slot's key.
    const KeySlot* current = m_vault.header().passwordSlot();
    auto password = std::make_shared<SecureBuffer>(newPassword.clone());
    auto vaultKey = std::make_shared<SecureBuffer>(m_vault.vaultKey().clone());
    auto share = std::make_shared<SecureBuffer>(withShare ? state.share.clone() : SecureBuffer());
    auto pending = std::make_shared<VerifierState>(std::move(state));
    setBusy(true);
    runOffThread(
        this,
        [password, vaultKey, share, withShare, params = current->kdf, vaultId = m_vault.header().vaultId,
         clock = &m_clock] {
            auto slot = std::make_shared<NewSlot>();
            Result<KeySlot> made = VaultFile::makePasswordSlot(
                *password, params, vaultId, *vaultKey, withShare ? share.get() : nullptr, &slot->key, *clock);
            password->clear();
            vaultKey->clear();
            if (!made)
                return std::make_shared<Result<std::shared_ptr<NewSlot>>>(made.error());
            slot->slot = std::move(made).value();
            return std::make_shared<Result<std::shared_ptr<NewSlot>>>(slot);
        },
        [this, pending, then](std::shared_ptr<Result<std::shared_ptr<NewSlot>>> made) {
            setBusy(false);
            if (!made->ok())
                return then(made->error());
            then(commit(std::move(*pending), made->value().get()));
        });
}

void TwoFactorSettings::forgetOwnToken()
{
    if (m_options.secretStore)
        m_options.secretStore->remove(SignInSession::secretStoreService(),
                                      SignInSession::trustedTokenKey(m_vault.header().vaultId), this,
                                      [](Status) {});
}

void TwoFactorSettings::disable(SignInMethod method, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    if (!canTurnOff(method) && m_state.isOn(method))
        return later([done] {
            done(Error(
                ErrorCode::PolicyRefused,
                AuthText::tr("Your administrator requires two-factor sign-in, so the last method cannot be "
                             "turned off. Turn on another method first.")));
        });
    Verifier verifier(m_state.clone(), m_clock, m_random);
    if (Status s = verifier.disable(method); !s)
        return later([done, s] { done(s); });
    VerifierState state = verifier.releaseState();
    forgetOwnToken();
    if (!state.twoFactorOn())
        return commitRewrapped(std::move(state), false, m_password, done);
    const Status s = commit(std::move(state));
    later([done, s] { done(s); });
}

void TwoFactorSettings::setDefaultMethod(SignInMethod method, Done done)
{
    Status s = checkReady();
    Verifier verifier(m_state.clone(), m_clock, m_random);
    if (s)
        s = verifier.setDefaultMethod(method);
    if (s)
        s = commit(verifier.releaseState());
    later([done, s] { done(s); });
}

void TwoFactorSettings::regenerateRecoveryCodes(Then<RecoveryCodes> done)
{
    Status s = checkReady();
    Verifier verifier(m_state.clone(), m_clock, m_random);
    Result<RecoveryCodes> codes = s ? verifier.regenerateRecoveryCodes() : Result<RecoveryCodes>(s.error());
    if (codes) {
        if (Status saved = commit(verifier.releaseState()); !saved)
            codes = saved.error();
    }
    auto result = std::make_shared<Result<RecoveryCodes>>(std::move(codes));
    later([done, result] { done(std::move(*result)); });
}

void TwoFactorSettings::setPrompt(SecondFactorPrompt prompt, Done done)
{
    Status s = checkReady();
    if (s) {
        Verifier verifier(m_state.clone(), m_clock, m_random);
        verifier.setPrompt(prompt);
        s = commit(verifier.releaseState());
    }
    later([done, s] { done(s); });
}

void TwoFactorSettings::forgetTrustedComputers(Done done)
{
    Status s = checkReady();
    if (s) {
        Verifier verifier(m_state.clone(), m_clock, m_random);
        verifier.forgetTrustedComputers();
        s = commit(verifier.releaseState());
        forgetOwnToken();
    }
    later([done, s] { done(s); });
}

void TwoFactorSettings::forgetTrustedComputer(const QByteArray& id, Done done)
{
    Status s = checkReady();
    Verifier verifier(m_state.clone(), m_clock, m_random);
    if (s)
        s = verifier.forgetTrustedComputer(id);
    if (s)
        s = commit(verifier.releaseState());
    later([done, s] { done(s); });
}

void TwoFactorSettings::forgetThisComputer(Done done)
{
    if (!m_options.secretStore)
        return later([done] { done({}); });
    m_options.secretStore->remove(SignInSession::secretStoreService(),
                                  SignInSession::trustedTokenKey(m_vault.header().vaultId), this, done);
}

Result<SecureBuffer> TwoFactorSettings::deliverySettings() const
{
    if (!passwordConfirmed())
        return passwordNeeded();
    return m_state.deliverySettings.clone();
}

void TwoFactorSettings::setDeliverySettings(SecureBuffer settings, Done done)
{
    Status s = checkReady();
    if (s) {
        Verifier verifier(m_state.clone(), m_clock, m_random);
        verifier.setDeliverySettings(std::move(settings));
        s = commit(verifier.releaseState());
    }
    later([done, s] { done(s); });
}

void TwoFactorSettings::addAppPassword(const QString& name, Then<SecureBuffer> done)
{
    const QString trimmed = name.trimmed();
    Status s = checkReady();
    if (s && trimmed.isEmpty())
        s = Error(ErrorCode::InvalidInput,
                  AuthText::tr("Give the app password a name, such as the script that uses it."));
    for (const AppPasswordInfo& info : appPasswords()) {
        if (s && info.name == trimmed)
            s = Error(ErrorCode::InvalidInput,
                      AuthText::tr("An app password named \"%1\" exists already.").arg(trimmed));
    }
    if (s && int(m_vault.header().keySlots.size()) >= kMaxKeySlots)
        s = Error(ErrorCode::InvalidInput,
                  AuthText::tr("This vault has as many app passwords as it can hold: revoke one first."));
    if (!s)
        return later([done, s] { done(s.error()); });

    auto secret = std::make_shared<SecureBuffer>(
        std::size_t(kAppPasswordGroups * kAppPasswordGroupLength + kAppPasswordGroups - 1));
    for (std::size_t i = 0; i < secret->size(); ++i) {
        const bool dash = (i + 1) % (kAppPasswordGroupLength + 1) == 0;
        secret->data()[i] =
            dash ? '-' : kAppPasswordAlphabet[m_random.uniform(sizeof kAppPasswordAlphabet - 1)];
    }
    auto vaultKey = std::make_shared<SecureBuffer>(m_vault.vaultKey().clone());
    setBusy(true);
    runOffThread(
        this,
        [trimmed, secret, vaultKey, vaultId = m_vault.header().vaultId, clock = &m_clock] {
            auto slot = std::make_shared<Result<KeySlot>>(
                VaultFile::makeAppPasswordSlot(trimmed, *secret, vaultId, *vaultKey, *clock));
            vaultKey->clear();
            return slot;
        },
        [this, secret, done](std::shared_ptr<Result<KeySlot>> slot) {
            setBusy(false);
            if (!slot->ok())
                return done(slot->error());
            m_vault.header().keySlots.push_back(slot->value());
            if (Status s = m_vault.save(); !s) {
                m_vault.header().keySlots.pop_back();
                return done(s.error());
            }
            emit changed();
            done(std::move(*secret));
        });
}

void TwoFactorSettings::revokeAppPassword(const QString& name, Done done)
{
    Status s = checkReady();
    std::vector<KeySlot>& keySlots = m_vault.header().keySlots;
    const auto found = std::find_if(keySlots.begin(), keySlots.end(), [&](const KeySlot& slot) {
        return slot.kind == KeySlot::Kind::AppPassword && slot.name == name.trimmed();
    });
    if (s && found == keySlots.end())
        s = Error(ErrorCode::NotFound, AuthText::tr("No app password is named \"%1\".").arg(name.trimmed()));
    if (s) {
        const KeySlot removed = *found;
        const auto at = found - keySlots.begin();
        keySlots.erase(found);
        s = m_vault.save();
        if (!s)
            keySlots.insert(keySlots.begin() + at, removed);
        else
            emit changed();
    }
    later([done, s] { done(s); });
}

void TwoFactorSettings::changeMasterPassword(SecureBuffer newPassword, Done done)
{
    Status s = checkReady();
    if (s) {
        QString text = newPassword.toStringUnsafe(); // known leak, short-lived: zxcvbn needs the text
        const PasswordStrength strength = ratePassword(text, {m_vault.vault().name()});
        wipe(text);
        if (!strength.acceptable)
            s = Error(ErrorCode::InvalidInput, strength.verdict);
    }
    if (!s)
        return later([done, s] { done(s); });
    Verifier verifier(m_state.clone(), m_clock, m_random);
    verifier.forgetTrustedComputers();
    VerifierState state = verifier.releaseState();
    const bool withShare = state.twoFactorOn();
    forgetOwnToken();
    auto password = std::make_shared<SecureBuffer>(std::move(newPassword));
    commitRewrapped(std::move(state), withShare, *password, [this, password, done](Status s) {
        if (s)
            m_password = std::move(*password); // the new password is the one that stays confirmed
        done(s);
    });
}

} // namespace twofold
