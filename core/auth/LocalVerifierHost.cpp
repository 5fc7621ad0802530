#include "auth/LocalVerifierHost.h"

#include "auth/DeliveryCodeSender.h"
#include "auth/Verifier.h"

namespace twofold {

namespace {

constexpr char kAppPasswordAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // 32: 5 bits each
constexpr int kAppPasswordGroups = 6;
constexpr int kAppPasswordGroupLength = 4; // 6 x 4 x 5 = 120 bits

Refusal refusalFor(const Error& error, RefusalReason reason = RefusalReason::Unspecified)
{
    return Refusal(error.code, reason);
}

template <typename T> QCborMap replyOf(const Answer<T>& answer)
{
    return answer.ok() ? okReply(answer.value().toCbor()) : refusedReply(answer.refusal());
}

QList<AppPasswordInfo> appPasswordsOf(const VaultHeader& header)
{
    QList<AppPasswordInfo> list;
    for (const KeySlot& slot : header.keySlots) {
        if (slot.kind == KeySlot::Kind::AppPassword)
            list.append(AppPasswordInfo{slot.name, slot.createdMs, slot.lastUsedMs});
    }
    return list;
}

} // namespace

SecureBuffer newAppPasswordSecret(Random& random)
{
    SecureBuffer secret{std::size_t(kAppPasswordGroups * kAppPasswordGroupLength + kAppPasswordGroups - 1)};
    for (std::size_t i = 0; i < secret.size(); ++i) {
        const bool dash = (i + 1) % (kAppPasswordGroupLength + 1) == 0;
        secret.data()[i] = dash ? '-' : kAppPasswordAlphabet[random.uniform(sizeof kAppPasswordAlphabet - 1)];
    }
    return secret;
}

struct LocalVerifierHost::Step
{
    VaultFile file;
    VerifierState state;
    std::optional<VaultHeader> newHeader;      // key slots changed: the body is encrypted again
    std::shared_ptr<const PasswordKey> newKey; // ChangePassword: the key the state is sealed under
    QByteArray newSalt;
    SecureBuffer vaultKey; // known when newHeader is set
    bool changed = false;  // something to write
};

LocalVerifierHost::LocalVerifierHost(QString path, QByteArray vaultId, std::shared_ptr<const PasswordKey> key,
                                     QByteArray salt, std::shared_ptr<CodeSender> sender, Clock& clock,
                                     Random& random)
    : m_path(std::move(path)), m_vaultId(std::move(vaultId)), m_key(std::move(key)), m_salt(std::move(salt)),
      m_sender(std::move(sender)), m_clock(clock), m_random(random)
{
}

Answer<std::shared_ptr<LocalVerifierHost>> LocalVerifierHost::open(const QString& path, const VaultFile& file,
                                                                   std::shared_ptr<const PasswordKey> key,
                                                                   std::shared_ptr<CodeSender> sender,
                                                                   Clock& clock, Random& random)
{
    const KeySlot* slot = file.header().passwordSlot();
    if (!slot)
        return Refusal(ErrorCode::FileDamaged, RefusalReason::Unspecified);
    // The key proves the password: it opens the auth section, or (never set up) the slot.
    if (file.header().authSection.isEmpty()) {
        if (slot->needsShare)
            return Refusal(ErrorCode::FileDamaged, RefusalReason::Unspecified);
        if (Result<SecureBuffer> vaultKey = file.unlockPasswordSlot(*key); !vaultKey)
            return Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword);
    } else if (Result<SecureBuffer> plain = file.openAuthSection(*key); !plain) {
        return Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword);
    }
    if (!sender)
        sender = std::make_shared<DeliveryCodeSender>(clock, random);
    return std::make_shared<LocalVerifierHost>(path, file.header().vaultId, std::move(key), slot->salt,
                                               std::move(sender), clock, random);
}

Answer<LocalVerifierHost::Step> LocalVerifierHost::load(const VaultOnDisk& disk)
{
    const Result<VaultFile>& file = disk.file();
    if (!file)
        return refusalFor(file.error());
    const KeySlot* slot = file->header().passwordSlot();
    if (!slot || file->header().vaultId != m_vaultId)
        return Refusal(ErrorCode::FileChanged, RefusalReason::WrongAccount);
    if (slot->salt != m_salt)
        return Refusal(ErrorCode::FileChanged, RefusalReason::PasswordChanged);
    Result<SecureBuffer> plain = file->openAuthSection(*m_key);
    if (!plain)
        return Refusal(ErrorCode::FileChanged, RefusalReason::PasswordChanged);
    Result<VerifierState> state = VerifierState::decode(*plain);
    if (!state)
        return refusalFor(state.error());
    Step step{*file, std::move(state).value(), std::nullopt, nullptr, {}, {}, false};
    return step;
}

Answer<QByteArray> LocalVerifierHost::store(Step& step)
{
    if (!step.changed)
        return QByteArray();
    const PasswordKey& key = step.newKey ? *step.newKey : *m_key;
    const QByteArray sealed = VaultFile::sealAuthSection(key, m_vaultId, step.state.encode().view());
    if (!step.newHeader)
        return step.file.withAuthSection(sealed);
    step.newHeader->authSection = sealed;
    Result<QByteArray> rewritten = step.file.withHeader(*step.newHeader, step.vaultKey);
    if (!rewritten)
        return refusalFor(rewritten.error());
    return std::move(rewritten).value();
}

namespace {
// Settings changes that change what opens the file: the write replaces the .bak with the new
// file, so no backup opens under the old rules (a password alone, an old password, old codes).
bool changesRules(const QCborMap& request)
{
    const qint64 op = request.value(QLatin1StringView("change")).toInteger();
    return op == int(SettingsOp::EnableAuthenticator) || op == int(SettingsOp::ConfirmSetupCode) ||
           op == int(SettingsOp::Disable) || op == int(SettingsOp::RegenerateRecoveryCodes) ||
           op == int(SettingsOp::ChangePassword) || op == int(SettingsOp::AddAppPassword) ||
           op == int(SettingsOp::RevokeAppPassword);
}
} // namespace

QCborMap LocalVerifierHost::handle(const QCborMap& request)
{
    QMutexLocker lock(&m_mutex);
    Answer<Envelope> envelope = readEnvelope(request);
    if (!envelope)
        return refusedReply(envelope.refusal());
    if (envelope->account != m_vaultId)
        return refusedReply(Refusal(ErrorCode::Internal, RefusalReason::WrongAccount));
    const bool settings = envelope->op == QLatin1StringView("settings");

    std::optional<QCborMap> reply;
    std::shared_ptr<const PasswordKey> newKey;
    QByteArray newSalt;
    VaultUpdateOptions options;
    options.backup =
        settings && changesRules(request) ? BackupPolicy::ReplaceWithNew : BackupPolicy::LeaveAsIs;
    options.faults = m_faults;
    options.beforeWrite = m_betweenReadAndWrite;
    const Status written = updateVaultFile(
        m_path,
        [&](const VaultOnDisk& disk) -> Result<QByteArray> {
            Answer<Step> step = load(disk);
            if (!step) {
                reply = refusedReply(step.refusal());
                return QByteArray();
            }
            if (settings) {
                reply = handleSettings(step.value(), request);
            } else {
                Verifier verifier(std::move(step->state), m_clock, m_random);
                reply = verifier.handle(request, *m_sender);
                step->changed = verifier.takeChanged();
                step->state = verifier.releaseState();
            }
            Answer<QByteArray> bytes = store(step.value());
            if (!bytes) {
                reply = refusedReply(bytes.refusal());
                return QByteArray();
            }
            newKey = step->newKey;
            newSalt = step->newSalt;
            return std::move(bytes).value();
        },
        options);
    // A step that cannot be recorded is refused: a code is never taken without its use (or a
    // failure) being written down, so a read-only copy cannot be tried endlessly.
    if (!written)
        return refusedReply(Refusal(written.error().code, RefusalReason::NotRecorded));
    if (newKey) {
        m_key = newKey;
        m_salt = newSalt;
    }
    return reply ? *reply : refusedReply(Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood));
}

QCborMap LocalVerifierHost::handleSettings(Step& step, const QCborMap& request)
{
    Result<SettingsRequest> parsed = SettingsRequest::fromCbor(request);
    if (!parsed)
        return refusedReply(Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood));
    SettingsRequest& r = parsed.value();
    const bool wasOn = step.state.twoFactorOn();
    const KeySlot& passwordSlot = *step.file.header().passwordSlot();
    // The vault key, for changes of the key slots: opened now, with the share the slot was
    // made with (turning the last method off drops it from the state).
    Result<SecureBuffer> vaultKey =
        step.file.unlockPasswordSlot(*m_key, passwordSlot.needsShare ? &step.state.share : nullptr);
    if (!vaultKey)
        return refusedReply(Refusal(ErrorCode::FileChanged, RefusalReason::PasswordChanged));
    step.vaultKey = std::move(vaultKey).value();
    const auto newHeader = [&]() -> VaultHeader& {
        if (!step.newHeader)
            step.newHeader = step.file.header();
        return *step.newHeader;
    };

    Verifier verifier(std::move(step.state), m_clock, m_random);
    SettingsReply reply;
    std::optional<Refusal> refused;
    bool rulesChanged = false;
    const auto take = [&](auto answer) {
        if (!answer.ok())
            refused = answer.refusal();
        return answer;
    };

    switch (r.op) {
    case SettingsOp::Status:
        break;
    case SettingsOp::EnableAuthenticator:
        if (auto codes = take(verifier.enableAuthenticator(r.secret.clone(), r.name, r.code)); codes.ok())
            reply.recoveryCodes = std::move(codes).value();
        break;
    case SettingsOp::SendSetupCode:
        if (auto sent = take(verifier.sendSetupCode(r.method, r.target, r.challenge, *m_sender)); sent.ok())
            reply.sent = std::move(sent).value();
        break;
    case SettingsOp::ConfirmSetupCode:
        if (auto codes = take(verifier.confirmSetupCode(r.method, r.code)); codes.ok())
            reply.recoveryCodes = std::move(codes).value();
        break;
    case SettingsOp::Disable:
        (void)take(verifier.disable(r.method));
        break;
    case SettingsOp::SetDefault:
        (void)take(verifier.setDefaultMethod(r.method));
        break;
    case SettingsOp::SetPrompt:
        verifier.setPrompt(r.prompt);
        break;
    case SettingsOp::RegenerateRecoveryCodes:
        if (auto codes = take(verifier.regenerateRecoveryCodes()); codes.ok()) {
            reply.recoveryCodes = std::move(codes).value();
            rulesChanged = true;
        }
        break;
    case SettingsOp::ForgetTrusted:
        if (!r.secret.isEmpty())
            (void)take(verifier.forgetTrustedByToken(r.secret)); // this computer, by its own token
        else if (r.challenge.isEmpty())
            verifier.forgetTrustedComputers();
        else
            (void)take(verifier.forgetTrustedComputer(r.challenge));
        break;
    case SettingsOp::GetDelivery:
        reply.secret = verifier.state().deliverySettings.clone();
        break;
    case SettingsOp::SetDelivery: {
        // Settings that the only way to get a code depends on are tried first: a wrong token
        // saved here would leave the next sign-in needing a recovery code.
        const VerifierState& s = verifier.state();
        const bool onlyDelivered = s.twoFactorOn() && !s.authenticator;
        if (onlyDelivered || r.checkSend) {
            const SignInMethod method = s.isOn(s.defaultMethod) && methodNeedsSend(s.defaultMethod)
                                            ? s.defaultMethod
                                            : (s.email ? SignInMethod::Email : SignInMethod::Sms);
            if (s.isOn(method)) {
                SecureBuffer code{std::size_t(kOneTimeCodeDigits)};
                for (std::size_t i = 0; i < code.size(); ++i)
                    code.data()[i] = static_cast<unsigned char>('0' + m_random.uniform(10));
                const Status sent = m_sender->send(CodeDelivery{
                    method, s.target(method), std::move(code), int(kCodeLifetimeMs / 60000), r.secret.clone(),
                    /*setup*/ true});
                if (!sent) {
                    Refusal failed(sent.error().code, RefusalReason::DeliveryCheckFailed);
                    failed.method = method;
                    refused = failed;
                    break;
                }
            }
        }
        verifier.setDeliverySettings(r.secret.clone());
        break;
    }
    case SettingsOp::AddAppPassword: {
        const QString name = r.name.trimmed();
        const QList<AppPasswordInfo> existing = appPasswordsOf(step.file.header());
        if (name.isEmpty() || std::any_of(existing.begin(), existing.end(),
                                          [&](const AppPasswordInfo& a) { return a.name == name; })) {
            refused = Refusal(ErrorCode::InvalidInput, RefusalReason::InvalidName);
            refused->name = name;
            break;
        }
        if (int(step.file.header().keySlots.size()) >= kMaxKeySlots) {
            refused = Refusal(ErrorCode::InvalidInput, RefusalReason::TooManySlots);
            break;
        }
        SecureBuffer secret = newAppPasswordSecret(m_random);
        Result<KeySlot> slot =
            VaultFile::makeAppPasswordSlot(name, secret, m_vaultId, step.vaultKey, m_clock);
        if (!slot) {
            refused = refusalFor(slot.error());
            break;
        }
        newHeader().keySlots.push_back(std::move(slot).value());
        reply.secret = std::move(secret);
        break;
    }
    case SettingsOp::RevokeAppPassword: {
        const std::vector<KeySlot>& keySlots = step.file.header().keySlots;
        const auto found = std::find_if(keySlots.begin(), keySlots.end(), [&](const KeySlot& s) {
            return s.kind == KeySlot::Kind::AppPassword && s.name == r.name.trimmed();
        });
        if (found == keySlots.end()) {
            refused = Refusal(ErrorCode::NotFound, RefusalReason::NotFound);
            break;
        }
        const auto at = found - keySlots.begin();
        newHeader().keySlots.erase(newHeader().keySlots.begin() + at);
        break;
    }
    case SettingsOp::ChangePassword: {
        if (r.secret.size() != m_key->slotBase.size() || r.salt.size() != passwordSlot.salt.size()) {
            refused = Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood);
            break;
        }
        verifier.forgetTrustedComputers(); // a new password forgets every remembered computer
        step.newKey = std::make_shared<const PasswordKey>(VaultFile::passwordKeyFromBase(r.secret.clone()));
        step.newSalt = r.salt;
        rulesChanged = true;
        break;
    }
    case SettingsOp::SetSyncKey:
        // The sync key is for a sign-in server's sync routes: a local vault has nothing to sync with.
        refused = Refusal(ErrorCode::Unsupported, RefusalReason::NotUnderstood);
        break;
    }

    const bool stateChanged = verifier.takeChanged();
    step.state = verifier.releaseState();
    const bool isOn = step.state.twoFactorOn();
    if (!refused && (wasOn != isOn || step.newKey)) {
        // The first method makes the password slot need the share, the last one off drops it,
        // a new password wraps it under the new key: salt, limits and id stay, no Argon2id runs.
        KeySlot* slot = newHeader().passwordSlot();
        KeySlot rewrapped = *slot;
        if (step.newKey)
            rewrapped.salt = step.newSalt;
        *slot = VaultFile::rewrapPasswordSlot(std::move(rewrapped), step.newKey ? *step.newKey : *m_key,
                                              m_vaultId, step.vaultKey, isOn ? &step.state.share : nullptr);
        rulesChanged = true;
    }
    const bool readOnlyOp = r.op == SettingsOp::Status || r.op == SettingsOp::GetDelivery;
    (void)rulesChanged; // the backup policy was chosen from the request (changesRules)
    if (refused) {
        // A refused change may still have changed the state (one try fewer on a setup code).
        step.newHeader.reset();
        step.newKey.reset();
        step.changed = stateChanged;
        return refusedReply(*refused);
    }
    step.changed = !readOnlyOp;
    reply.status = step.state.status(m_clock.nowMs());
    reply.status.appPasswords = appPasswordsOf(step.newHeader ? *step.newHeader : step.file.header());
    return okReply(reply.toCbor());
}

LocalVerifierConnector::LocalVerifierConnector(std::shared_ptr<CodeSender> sender, Clock& clock,
                                               Random& random)
    : m_sender(std::move(sender)), m_clock(clock), m_random(random)
{
}

Answer<std::shared_ptr<VerifierLink>> LocalVerifierConnector::connect(const QString& path,
                                                                      const VaultFile& file,
                                                                      std::shared_ptr<const PasswordKey> key)
{
    Answer<std::shared_ptr<LocalVerifierHost>> host =
        LocalVerifierHost::open(path, file, std::move(key), m_sender, m_clock, m_random);
    if (!host)
        return host.refusal();
    return std::shared_ptr<VerifierLink>(std::make_shared<InProcessLink>(std::move(host).value()));
}

} // namespace twofold
