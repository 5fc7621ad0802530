// TwoFactorSettings: the master password again, the link to the verifier, and every change
// but turning methods on (TwoFactorSetup.cpp): each is one SettingsRequest.
#include "auth/TwoFactorSettings.h"

#include "auth/Async.h"
#include "auth/AuthSentences.h"
#include "auth/AuthText.h"
#include "auth/LocalVerifierHost.h"
#include "auth/ServerAccount.h"
#include "auth/ServerLink.h"
#include "auth/SignInSession.h"
#include "auth/VerifierLink.h"
#include "crypto/Kdf.h"
#include "crypto/PasswordStrength.h"
#include "platform/SecretStore.h"

namespace twofold {

namespace {

Error passwordNeeded()
{
    return Error(ErrorCode::WrongPassword,
                 AuthText::tr("Enter your master password again to change the two-factor settings."));
}

Error busy()
{
    return Error(ErrorCode::InvalidInput, AuthText::tr("Wait for the change being made to finish."));
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

// What the settings link needs once the password is known: the link and the first status.
struct Connected
{
    std::optional<Error> error;
    std::shared_ptr<VerifierLink> link;
};

} // namespace

TwoFactorSettings::TwoFactorSettings(OpenVault& vault, TwoFactorStatus status,
                                     TwoFactorSettingsOptions options, Clock& clock, Random& random,
                                     QObject* parent)
    : QObject(parent), m_vault(vault), m_options(std::move(options)),
      m_policy(m_options.policy ? *m_options.policy : defaultPolicy()), m_clock(clock), m_random(random),
      m_status(std::move(status))
{
    m_connector = m_options.connector
                      ? m_options.connector
                      : std::make_shared<DefaultVerifierConnector>(m_options.sender, clock, random);
    if (m_status.appPasswords.isEmpty())
        takeLocalAppPasswords();
    m_forgetTimer.setSingleShot(true);
    connect(&m_forgetTimer, &QTimer::timeout, this, &TwoFactorSettings::forgetPassword);
}

TwoFactorSettings::~TwoFactorSettings()
{
    forgetPassword();
}

bool TwoFactorSettings::serverMode() const
{
    return m_vault.header().serverMode();
}

QString TwoFactorSettings::serverUrl() const
{
    return m_vault.header().serverUrl;
}

namespace {
Error serverManagedError()
{
    return Error(ErrorCode::PolicyRefused, sentences::serverManaged());
}
} // namespace

void TwoFactorSettings::takeLocalAppPasswords()
{
    m_status.appPasswords.clear();
    for (const KeySlot& slot : m_vault.header().keySlots) {
        if (slot.kind == KeySlot::Kind::AppPassword)
            m_status.appPasswords.append(AppPasswordInfo{slot.name, slot.createdMs, slot.lastUsedMs});
    }
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
    return m_status.appPasswords;
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
    return m_link && m_clock.nowMs() < m_confirmedUntilMs;
}

void TwoFactorSettings::forgetPassword()
{
    m_forgetTimer.stop();
    m_link.reset(); // the host, and the derived key it holds, go with it
    m_delivery.clear();
    m_pendingSecret.clear();
    m_confirmedUntilMs = 0;
}

void TwoFactorSettings::confirmPassword(SecureBuffer password, Done done)
{
    if (m_busy)
        return later([done] { done(busy()); });
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    runOffThread(
        this,
        [path = m_vault.path(), secret] {
            auto key = std::make_shared<Result<std::shared_ptr<const PasswordKey>>>(Error());
            Result<VaultFile> file = VaultFile::read(path);
            Result<PasswordKey> derived =
                file ? file->derivePasswordKey(*secret) : Result<PasswordKey>(file.error());
            secret->clear();
            if (derived)
                *key = std::make_shared<const PasswordKey>(std::move(derived).value());
            else
                *key = derived.error();
            return key;
        },
        [this, done](std::shared_ptr<Result<std::shared_ptr<const PasswordKey>>> key) {
            setBusy(false);
            if (!key->ok())
                return done(key->error());
            connectWithKey(key->value(), done);
        });
}

void TwoFactorSettings::adoptPasswordKey(std::shared_ptr<const PasswordKey> key, Done done)
{
    if (m_busy)
        return later([done] { done(busy()); });
    if (!key)
        return later([done] { done(passwordNeeded()); });
    connectWithKey(std::move(key), std::move(done));
}

void TwoFactorSettings::connectWithKey(std::shared_ptr<const PasswordKey> key, Done done)
{
    setBusy(true);
    runOffThread(
        this,
        [path = m_vault.path(), connector = m_connector, key] {
            auto connected = std::make_shared<Connected>();
            Result<VaultFile> file = VaultFile::read(path);
            if (!file) {
                connected->error = file.error();
                return connected;
            }
            Answer<std::shared_ptr<VerifierLink>> link = connector->connect(path, *file, key);
            if (!link)
                connected->error = link.refusal().error();
            else
                connected->link = std::move(link).value();
            return connected;
        },
        [this, done](std::shared_ptr<Connected> connected) {
            setBusy(false);
            if (connected->error)
                return done(*connected->error);
            m_link = connected->link;
            m_confirmedUntilMs = m_clock.nowMs() + kPasswordConfirmationMs;
            m_forgetTimer.start(int(kPasswordConfirmationMs));
            // The full settings, then the delivery settings (kept while the password is confirmed).
            exchange(SettingsRequest{SettingsOp::Status}, [this, done](Result<SettingsReply> reply) {
                if (!reply) {
                    forgetPassword();
                    return done(reply.error());
                }
                if (serverMode()) // the server's administrator keeps the delivery settings
                    return done({});
                exchange(SettingsRequest{SettingsOp::GetDelivery},
                         [this, done](Result<SettingsReply> delivery) {
                             if (!delivery) {
                                 forgetPassword();
                                 return done(delivery.error());
                             }
                             m_delivery = std::move(delivery->secret);
                             done({});
                         });
            });
        });
}

Status TwoFactorSettings::checkReady(bool needsPassword)
{
    if (m_busy)
        return busy();
    if (needsPassword && !passwordConfirmed()) {
        forgetPassword();
        return passwordNeeded();
    }
    if (m_vault.mode() == OpenMode::ReadOnly)
        return Error(
            ErrorCode::ReadOnly,
            AuthText::tr("This vault was opened read-only, so its two-factor settings cannot be changed."));
    return {};
}

void TwoFactorSettings::exchange(SettingsRequest request, std::function<void(Result<SettingsReply>)> done)
{
    if (!m_link)
        return later([done] { done(passwordNeeded()); });
    const bool changes = request.op != SettingsOp::Status && request.op != SettingsOp::GetDelivery;
    setBusy(true);
    m_link->request(envelope(request.toCbor(), m_vault.header().vaultId), this,
                    [this, done, changes](QCborMap map) {
                        setBusy(false);
                        Answer<SettingsReply> answer = readReply<SettingsReply>(map);
                        if (!answer)
                            return done(answer.refusal().error());
                        if (changes && !serverMode()) {
                            // The verifier rewrote the file (its auth section, maybe its key
                            // slots): this vault's next save builds on that.
                            if (Status adopted = m_vault.adoptRewrittenHeader(); !adopted)
                                return done(adopted.error());
                        }
                        m_status = answer->status;
                        if (serverMode())
                            takeLocalAppPasswords();
                        if (serverMode()) {
                            if (std::optional<Policy> policy = serverPolicyOf(map); policy)
                                m_policy = *policy; // the server's, which it enforces
                        }
                        emit changed();
                        done(std::move(answer).value());
                    });
}

void TwoFactorSettings::forgetOwnToken()
{
    if (m_options.secretStore)
        m_options.secretStore->remove(SignInSession::secretStoreService(),
                                      SignInSession::trustedTokenKey(m_vault.header().vaultId), this,
                                      [](Status) {});
}

namespace {
// The reply reduced to "it worked".
std::function<void(Result<SettingsReply>)> toStatus(TwoFactorSettings::Done done)
{
    return [done](Result<SettingsReply> reply) { done(reply ? Status() : Status(reply.error())); };
}
} // namespace

void TwoFactorSettings::disable(SignInMethod method, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    if (!canTurnOff(method) && m_status.method(method).on)
        return later([done] {
            done(Error(
                ErrorCode::PolicyRefused,
                AuthText::tr("Your administrator requires two-factor sign-in, so the last method cannot be "
                             "turned off. Turn on another method first.")));
        });
    SettingsRequest request{SettingsOp::Disable};
    request.method = method;
    forgetOwnToken();
    exchange(std::move(request), toStatus(std::move(done)));
}

void TwoFactorSettings::setDefaultMethod(SignInMethod method, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    SettingsRequest request{SettingsOp::SetDefault};
    request.method = method;
    exchange(std::move(request), toStatus(std::move(done)));
}

void TwoFactorSettings::regenerateRecoveryCodes(Then<RecoveryCodes> done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s.error()); });
    exchange(SettingsRequest{SettingsOp::RegenerateRecoveryCodes}, [done](Result<SettingsReply> reply) {
        if (!reply)
            return done(reply.error());
        done(std::move(reply->recoveryCodes));
    });
}

void TwoFactorSettings::setPrompt(SecondFactorPrompt prompt, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    SettingsRequest request{SettingsOp::SetPrompt};
    request.prompt = prompt;
    exchange(std::move(request), toStatus(std::move(done)));
}

void TwoFactorSettings::forgetTrustedComputers(Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    forgetOwnToken();
    exchange(SettingsRequest{SettingsOp::ForgetTrusted}, toStatus(std::move(done)));
}

void TwoFactorSettings::forgetTrustedComputer(const QByteArray& id, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    if (id.isEmpty())
        return later(
            [done] { done(Error(ErrorCode::NotFound, AuthText::tr("No remembered computer was chosen."))); });
    SettingsRequest request{SettingsOp::ForgetTrusted};
    request.challenge = id;
    exchange(std::move(request), toStatus(std::move(done)));
}

void TwoFactorSettings::forgetTrustedByToken(SecureBuffer token, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    if (token.isEmpty())
        return later(
            [done] { done(Error(ErrorCode::NotFound, AuthText::tr("No remembered computer was chosen."))); });
    SettingsRequest request{SettingsOp::ForgetTrusted};
    request.secret = std::move(token);
    exchange(std::move(request), toStatus(std::move(done)));
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
    if (serverMode())
        return serverManagedError();
    if (!passwordConfirmed())
        return passwordNeeded();
    return m_delivery.clone();
}

void TwoFactorSettings::setDeliverySettings(SecureBuffer settings, Done done)
{
    if (serverMode())
        return later([done] { done(serverManagedError()); });
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    SettingsRequest request{SettingsOp::SetDelivery};
    auto saved = std::make_shared<SecureBuffer>(settings.clone());
    request.secret = std::move(settings);
    exchange(std::move(request), [this, saved, done](Result<SettingsReply> reply) {
        if (reply)
            m_delivery = std::move(*saved);
        done(reply ? Status() : Status(reply.error()));
    });
}

void TwoFactorSettings::addAppPassword(const QString& name, Then<SecureBuffer> done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s.error()); });
    if (serverMode())
        return addServerAppPassword(name.trimmed(), std::move(done));
    SettingsRequest request{SettingsOp::AddAppPassword};
    request.name = name.trimmed();
    exchange(std::move(request), [done](Result<SettingsReply> reply) {
        if (!reply)
            return done(reply.error());
        done(std::move(reply->secret));
    });
}

void TwoFactorSettings::revokeAppPassword(const QString& name, Done done)
{
    if (Status s = checkReady(); !s)
        return later([done, s] { done(s); });
    if (serverMode())
        return revokeServerAppPassword(name.trimmed(), std::move(done));
    SettingsRequest request{SettingsOp::RevokeAppPassword};
    request.name = name.trimmed();
    exchange(std::move(request), [done, name](Result<SettingsReply> reply) {
        if (!reply && reply.error().code == ErrorCode::NotFound)
            return done(Error(ErrorCode::NotFound,
                              AuthText::tr("No app password is named \"%1\".").arg(name.trimmed())));
        done(reply ? Status() : Status(reply.error()));
    });
}

void TwoFactorSettings::changeMasterPassword(SecureBuffer newPassword, Done done)
{
    Status s = checkReady();
    if (s) {
        QString text = newPassword.toStringUnsafe(); // known leak, short-lived: zxcvbn needs the text
        QStringList context{m_vault.vault().name()};
        if (serverMode())
            context.append(m_vault.header().serverAccount); // as when the account was made
        const PasswordStrength strength = ratePassword(text, context);
        wipe(text);
        if (!strength.acceptable)
            s = Error(ErrorCode::InvalidInput, strength.verdict);
    }
    if (!s)
        return later([done, s] { done(s); });
    if (serverMode())
        return changeServerPassword(std::move(newPassword), std::move(done));
    // Argon2id of the new password with a new salt and the slot's limits, off this thread; the
    // verifier wraps the slot under it and seals its state under its auth key.
    const kdf::Params params = m_vault.header().passwordSlot()->kdf;
    auto password = std::make_shared<SecureBuffer>(std::move(newPassword));
    struct Derived
    {
        QByteArray salt;
        Result<SecureBuffer> base = Error();
    };
    setBusy(true);
    runOffThread(
        this,
        [password, params] {
            auto derived = std::make_shared<Derived>();
            derived->salt = kdf::randomSalt();
            derived->base = kdf::derive(*password, derived->salt, params);
            password->clear();
            return derived;
        },
        [this, done](std::shared_ptr<Derived> derived) {
            setBusy(false);
            if (!derived->base)
                return done(derived->base.error());
            SettingsRequest request{SettingsOp::ChangePassword};
            request.secret = std::move(derived->base).value();
            request.salt = derived->salt;
            forgetOwnToken();
            exchange(std::move(request), toStatus(done));
        });
}

} // namespace twofold
