#include "server/verifier/ServerVerifierHost.h"

#include "auth/Verifier.h"
#include "crypto/Aead.h"

#include <QCborArray>
#include <QCborValue>
#include <QHash>
#include <QSet>

#include <sodium.h>

namespace twofold::server {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray bytesOf(const SecureBuffer& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

Error unreadable()
{
    return Error(ErrorCode::InvalidInput, QString());
}

Refusal notUnderstood()
{
    return Refusal(ErrorCode::InvalidInput, RefusalReason::NotUnderstood);
}

Refusal wrongPassword()
{
    return Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword);
}

// Only these keys, each once (QCborMap keeps the last of a repeated key; parseMessage already
// refused anything that is not one map).
bool onlyKeys(const QCborMap& map, std::initializer_list<const char*> keys)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return false;
        const QString key = it.key().toString();
        if (std::none_of(keys.begin(), keys.end(),
                         [&](const char* allowed) { return key == QLatin1StringView(allowed); }))
            return false;
    }
    return true;
}

Result<QString> emailOf(const QCborValue& value)
{
    if (!value.isString())
        return unreadable();
    Result<QString> normal = AccountStore::normaliseEmail(value.toString());
    if (!normal)
        return unreadable();
    return normal;
}

Result<QByteArray> bytesField(const QCborMap& map, const char* key, qsizetype minSize, qsizetype maxSize)
{
    const QCborValue value = map.value(k(key));
    if (!value.isByteArray())
        return unreadable();
    QByteArray bytes = value.toByteArray();
    if (bytes.size() < minSize || bytes.size() > maxSize)
        return unreadable();
    return bytes;
}

const QByteArray kStateAssociatedData = QByteArrayLiteral("twofold-server verifier state v1\n");

QStringList methodsOf(const VerifierState& state)
{
    QStringList on;
    for (SignInMethod m : kSignInMethods)
        if (m != SignInMethod::RecoveryCode && state.isOn(m))
            on.append(methodKey(m));
    return on;
}

int methodsOn(const VerifierState& state)
{
    return int(methodsOf(state).size());
}

} // namespace

// ---- the bodies ----

Result<kdf::Params> readKdf(const QCborValue& value)
{
    if (!value.isMap())
        return unreadable();
    const QCborMap map = value.toMap();
    if (map.size() != 2 || !onlyKeys(map, {"m", "t"}) || !map.value(k("m")).isInteger() ||
        !map.value(k("t")).isInteger())
        return unreadable();
    const qint64 m = map.value(k("m")).toInteger();
    const qint64 t = map.value(k("t")).toInteger();
    if (m <= 0 || t <= 0 || m > 0xffffffffLL || t > 0xffffffffLL)
        return unreadable();
    kdf::Params params{quint32(t), quint32(m)};
    if (!kdf::withinBounds(params))
        return unreadable();
    return params;
}

Result<PreloginRequest> readPrelogin(const QCborMap& map)
{
    if (!onlyKeys(map, {"email"}))
        return unreadable();
    Result<QString> email = emailOf(map.value(k("email")));
    if (!email)
        return email.error();
    return PreloginRequest{*email};
}

Result<CreateAccountRequest> readCreateAccount(const QCborMap& map)
{
    if (!onlyKeys(map, {"email", "proof", "salt", "kdf", "keyset", "share", "sync", "computerId"}))
        return unreadable();
    CreateAccountRequest r;
    if (map.contains(k("computerId"))) {
        Result<QByteArray> computer = bytesField(map, "computerId", kComputerIdBytes, kComputerIdBytes);
        if (!computer)
            return unreadable();
        r.computerId = *computer;
    }
    if (map.contains(k("sync"))) {
        Result<QByteArray> sync = bytesField(map, "sync", kProofBytes, kProofBytes); // 32 bytes as well
        if (!sync)
            return unreadable();
        r.sync = *sync;
    }
    Result<QString> email = emailOf(map.value(k("email")));
    Result<QByteArray> proof = bytesField(map, "proof", kProofBytes, kProofBytes);
    Result<QByteArray> salt = bytesField(map, "salt", qsizetype(kdf::kSaltBytes), qsizetype(kdf::kSaltBytes));
    Result<kdf::Params> params = readKdf(map.value(k("kdf")));
    Result<QByteArray> keyset = bytesField(map, "keyset", 1, kMaxKeysetBytes);
    Result<QByteArray> share = map.contains(k("share"))
                                   ? bytesField(map, "share", qsizetype(kShareBytes), qsizetype(kShareBytes))
                                   : Result<QByteArray>(QByteArray());
    if (!email || !proof || !salt || !params || !keyset || !share)
        return unreadable();
    r.email = *email;
    r.share = *share;
    r.proof = *proof;
    r.salt = *salt;
    r.kdf = *params;
    r.keyset = *keyset;
    return r;
}

Result<PasswordChange> readPasswordChange(const QCborMap& map)
{
    Result<QByteArray> proof = bytesField(map, "secret", kProofBytes, kProofBytes);
    Result<QByteArray> salt = bytesField(map, "salt", qsizetype(kdf::kSaltBytes), qsizetype(kdf::kSaltBytes));
    Result<kdf::Params> params = readKdf(map.value(k("kdf")));
    Result<QByteArray> keyset = bytesField(map, "keyset", 1, kMaxKeysetBytes);
    if (!proof || !salt || !params || !keyset)
        return unreadable();
    return PasswordChange{*proof, *salt, *params, *keyset};
}

// ---- policy ----

bool AccountPolicy::allows(SignInMethod method) const
{
    if (method == SignInMethod::RecoveryCode)
        return true;
    return mode != OrganisationPolicy::Off && methods.contains(methodKey(method));
}

QCborMap AccountPolicy::toCbor() const
{
    QCborMap map;
    map.insert(k("mode"), OrganisationStore::policyName(mode));
    QCborArray list;
    if (mode != OrganisationPolicy::Off)
        for (const QString& m : methods)
            list.append(m);
    map.insert(k("methods"), list);
    return map;
}

// ---- the host ----

struct ServerVerifierHost::Outcome
{
    std::optional<QCborMap> reply;
    std::optional<NewSignIn> notice;
    QString event;
};

ServerVerifierHost::ServerVerifierHost(Database& db, const AuthKeyHasher& hasher, CodeSender& sender,
                                       Clock& clock, Random& random)
    : m_db(db), m_hasher(hasher), m_sender(sender), m_clock(clock), m_random(random), m_accounts(db, clock),
      m_organisations(db, clock), m_devices(db, clock), m_audit(db, clock), m_records(db),
      m_stateKey(hasher.deriveKey("verifier-state")),
      m_dummyHash(hasher.hash("twofold-server: no such account"))
{
}

QByteArray ServerVerifierHost::sealState(const QString& email, const VerifierState& state) const
{
    const SecureBuffer plain = state.encode();
    return aead::seal(m_stateKey, plain.view(), kStateAssociatedData + email.toUtf8());
}

Result<VerifierState> ServerVerifierHost::openState(const QString& email, QByteArrayView sealed) const
{
    Result<SecureBuffer> plain = aead::open(
        m_stateKey, sealed, kStateAssociatedData + email.toUtf8(),
        Error(ErrorCode::FileDamaged, QStringLiteral("the verifier state of an account does not open")));
    if (!plain)
        return plain.error();
    return VerifierState::decode(*plain);
}

QByteArray ServerVerifierHost::deviceHash(const QByteArray& trustedId) const
{
    return m_hasher.hash(QByteArrayLiteral("device") + trustedId);
}

QByteArray ServerVerifierHost::computerHash(const QByteArray& computerId) const
{
    return m_hasher.hash(QByteArrayLiteral("computer") + computerId);
}

QByteArray ServerVerifierHost::syncKeyHash(QByteArrayView syncKey) const
{
    return m_hasher.hash(QByteArrayLiteral("sync") + syncKey.toByteArray());
}

QByteArray ServerVerifierHost::unknownSalt(const QString& email) const
{
    return m_hasher.hash(QByteArrayLiteral("salt") + email.toUtf8()).left(qsizetype(kdf::kSaltBytes));
}

HostReply ServerVerifierHost::unavailable(const Error& error, const QString& event)
{
    (void)error; // the route logs the failure; the client only learns the server could not answer
    return HostReply{503, refusedReply(Refusal(ErrorCode::DeliveryFailed, RefusalReason::ServerRefused)),
                     event + QStringLiteral(".unavailable")};
}

Result<AccountPolicy> ServerVerifierHost::policyOf(const AccountRecord& account)
{
    AccountPolicy policy;
    if (!account.organisationId)
        return policy;
    Result<std::optional<OrganisationRecord>> org = m_organisations.findById(*account.organisationId);
    if (!org)
        return org.error();
    if (*org) {
        policy.mode = (*org)->policy;
        policy.methods = (*org)->allowedMethods;
    }
    return policy;
}

HostReply ServerVerifierHost::prelogin(const QCborMap& request)
{
    Result<PreloginRequest> r = readPrelogin(request);
    if (!r)
        return HostReply{400, refusedReply(notUnderstood()), QStringLiteral("prelogin.refused")};
    QByteArray salt = unknownSalt(r->email);
    kdf::Params params = defaultKdf();
    Result<AccountRecord> account = m_accounts.findByEmail(r->email);
    if (!account && account.error().code != ErrorCode::NotFound)
        return unavailable(account.error(), QStringLiteral("prelogin"));
    if (account) {
        Result<PasswordSlotRecord> slot = m_accounts.passwordSlot(account->id);
        if (!slot)
            return unavailable(slot.error(), QStringLiteral("prelogin"));
        const kdf::Params stored{slot->iterations, slot->memoryKiB};
        if (slot->salt.size() == qsizetype(kdf::kSaltBytes) && kdf::withinBounds(stored)) {
            salt = slot->salt;
            params = stored;
        }
    }
    QCborMap limits;
    limits.insert(k("m"), qint64(params.memoryKiB));
    limits.insert(k("t"), qint64(params.iterations));
    QCborMap fields;
    fields.insert(k("salt"), salt);
    fields.insert(k("kdf"), limits);
    return HostReply{200, okReply(fields), QStringLiteral("prelogin.ok")};
}

HostReply ServerVerifierHost::createAccount(const QCborMap& request, const QString& client)
{
    Result<CreateAccountRequest> r = readCreateAccount(request);
    if (!r)
        return HostReply{400, refusedReply(notUnderstood()), QStringLiteral("account.refused")};
    const QString domain = r->email.section(QLatin1Char('@'), -1);
    Result<std::optional<OrganisationRecord>> org = m_organisations.findByDomain(domain);
    if (!org)
        return unavailable(org.error(), QStringLiteral("account"));
    AccountPolicy policy;
    if (*org) {
        policy.mode = (*org)->policy;
        policy.methods = (*org)->allowedMethods;
    }
    // The share: the client's when it sent one (it wrapped the keyset under it), kept as it is;
    // else made here.
    VerifierState state;
    if (!r->share.isEmpty()) {
        state.share = SecureBuffer::fromBytes(r->share);
    } else {
        state.share = SecureBuffer{kShareBytes};
        m_random.fill(state.share.data(), state.share.size());
    }
    const QByteArray share = bytesOf(state.share);
    PasswordSlotRecord slot{r->salt, r->kdf.memoryKiB, r->kdf.iterations, r->keyset};
    Result<AccountRecord> existing = m_accounts.findByEmail(r->email);
    if (existing)
        return HostReply{200, refusedReply(Refusal(ErrorCode::InvalidInput, RefusalReason::AccountExists)),
                         QStringLiteral("account.exists")};
    if (existing.error().code != ErrorCode::NotFound)
        return unavailable(existing.error(), QStringLiteral("account"));
    Result<qint64> id = m_accounts.create(r->email, *org ? std::optional<qint64>((*org)->id) : std::nullopt,
                                          m_hasher.hash(r->proof), sealState(r->email, state), slot);
    if (!id) {
        // Two creations racing for one address: the loser sees the address taken.
        if (m_accounts.findByEmail(r->email).ok())
            return HostReply{200,
                             refusedReply(Refusal(ErrorCode::InvalidInput, RefusalReason::AccountExists)),
                             QStringLiteral("account.exists")};
        return unavailable(id.error(), QStringLiteral("account"));
    }
    if (!r->sync.isEmpty())
        if (Status keyed = m_records.setSyncKeyHash(*id, syncKeyHash(r->sync)); !keyed)
            return unavailable(keyed.error(), QStringLiteral("account"));
    // The computer that made the account is not a new one at its first sign-in.
    if (!r->computerId.isEmpty())
        if (Result<bool> seen = m_devices.markSeen(*id, computerHash(r->computerId)); !seen)
            return unavailable(seen.error(), QStringLiteral("account"));
    (void)m_audit.append(*id, client, QStringLiteral("account.created"));
    QCborMap fields;
    fields.insert(k("share"), share);
    fields.insert(k("policy"), policy.toCbor());
    return HostReply{200, okReply(fields), QStringLiteral("account.created")};
}

HostReply ServerVerifierHost::verifier(const QCborMap& request, const QString& client)
{
    Answer<Envelope> envelope = readEnvelope(request);
    if (!envelope) {
        const bool version = envelope.refusal().reason == RefusalReason::VersionMismatch;
        return HostReply{version ? 200 : 400, refusedReply(envelope.refusal()),
                         QStringLiteral("verifier.refused")};
    }
    const QString op = envelope->op;
    static const QSet<QString> kOps = {QStringLiteral("begin"), QStringLiteral("sendCode"),
                                       QStringLiteral("checkCode"), QStringLiteral("checkTrusted"),
                                       QStringLiteral("settings")};
    if (!kOps.contains(op))
        return HostReply{400, refusedReply(notUnderstood()), QStringLiteral("verifier.refused")};
    const QString event = op;

    // One transaction: the account, its state, proof hash and keyset in one locked read, the
    // proof checked, the op run, the change written. An unknown email gets the same answer as a
    // wrong proof for a real account, and about the same work: the same read (finding nothing),
    // a constant-time comparison and an audit line.
    const Result<QString> email = AccountStore::normaliseEmail(QString::fromUtf8(envelope->account));
    Outcome outcome;
    Status done = m_db.inTransaction([&]() -> Status {
        outcome = Outcome();
        std::optional<LockedAccount> locked;
        if (email) {
            Result<std::optional<LockedAccount>> found = m_accounts.lockByEmail(*email);
            if (!found)
                return found.error();
            locked = std::move(*found);
        }
        if (!locked) {
            (void)m_hasher.matches(envelope->proof, m_dummyHash);
            outcome.reply = refusedReply(wrongPassword());
            outcome.event = event + QStringLiteral(".wrong-password");
            return m_audit.append(std::nullopt, client, QStringLiteral("signin.unknown-account"));
        }
        if (!m_hasher.matches(envelope->proof, locked->authKeyHash)) {
            outcome.reply = refusedReply(wrongPassword());
            outcome.event = event + QStringLiteral(".wrong-password");
            return m_audit.append(locked->account.id, client, QStringLiteral("signin.password-wrong"));
        }
        Result<AccountStateChange> change = step(*locked, request, op, client, outcome);
        if (!change)
            return change.error();
        return m_accounts.writeChange(locked->account.id, *change, locked->state);
    });
    if (!done)
        return unavailable(done.error(), event);
    if (outcome.notice && m_notify)
        m_notify(*outcome.notice);
    return HostReply{200, outcome.reply ? *outcome.reply : refusedReply(notUnderstood()), outcome.event};
}

Result<AccountStateChange> ServerVerifierHost::step(const LockedAccount& lockedAccount,
                                                    const QCborMap& request, const QString& op,
                                                    const QString& client, Outcome& outcome)
{
    const AccountRecord& account = lockedAccount.account;
    const LockedAccountState& locked = lockedAccount.state;
    Result<VerifierState> opened = openState(account.email, locked.verifierState);
    if (!opened)
        return opened.error();
    VerifierState state = std::move(opened).value();
    AccountStateChange change;
    bool dirty = false;
    // The account's share lives as long as the account: the Verifier makes a new one when a
    // first method is turned on and drops it with the last (local mode), but here the vault's
    // password slot is wrapped under this one from the start.
    const SecureBuffer share = state.share.clone();

    if (locked.resetRequested) {
        // An administrator reset the second factor: every method, recovery code and
        // remembered computer goes; the share and the password stay.
        VerifierState fresh;
        fresh.share = share.clone();
        state = std::move(fresh);
        if (Result<int> revoked = m_devices.revokeAll(account.id); !revoked)
            return revoked.error();
        if (Status logged = m_audit.append(account.id, client, QStringLiteral("admin.reset-2fa-applied"));
            !logged)
            return logged.error();
        change.resetDone = true;
        dirty = true;
    }

    Result<AccountPolicy> policy = policyOf(account);
    if (!policy)
        return policy.error();

    // Remembered computers: a device record each. One revoked elsewhere (by the user from
    // another computer, or by an administrator) is forgotten here before the op runs.
    Result<QList<DeviceRecord>> devices = m_devices.list(account.id);
    if (!devices)
        return devices.error();
    QHash<QByteArray, DeviceRecord> active;
    QSet<QString> seenNames;
    for (const DeviceRecord& d : *devices) {
        seenNames.insert(d.name);
        if (!d.isRevoked())
            active.insert(d.tokenHash, d);
    }
    const std::size_t trustedBefore = state.trusted.size();
    std::erase_if(state.trusted,
                  [&](const TrustedComputer& t) { return !active.contains(deviceHash(t.id)); });
    dirty = dirty || state.trusted.size() != trustedBefore;

    Verifier verifier(std::move(state), m_clock, m_random);
    if (op == QLatin1StringView("settings")) {
        QCborMap reply = settings(account, verifier, *policy, request, outcome);
        if (reply.isEmpty())
            return Error(ErrorCode::Internal, QStringLiteral("the password change could not be written"));
        outcome.reply = std::move(reply);
    } else {
        QCborMap reply = verifier.handle(request, m_sender);
        const bool ok = reply.value(k("ok")).toBool();
        outcome.event = op + (ok ? QStringLiteral(".ok") : QStringLiteral(".refused"));
        if (ok && op == QLatin1StringView("begin")) {
            const bool on = verifier.state().twoFactorOn();
            if (!on) {
                // No second factor: the share on the proof alone, and the keyset with it, so a
                // new computer can build its file (as after a code).
                reply.insert(k("share"), bytesOf(share));
                if (!lockedAccount.keyset.isEmpty())
                    reply.insert(k("keyset"), lockedAccount.keyset);
            }
            reply.insert(k("policy"), policy->toCbor());
            reply.insert(k("setupDue"), !on && policy->mode == OrganisationPolicy::Required);
        }
        if (ok && (op == QLatin1StringView("checkCode") || op == QLatin1StringView("checkTrusted"))) {
            if (!lockedAccount.keyset.isEmpty())
                reply.insert(k("keyset"), lockedAccount.keyset);
        }
        if (ok && op == QLatin1StringView("checkCode")) {
            // A new computer mails the account: known by its id (auth/ComputerId.h) when the
            // client sends one, else (an older client) by the names of remembered computers.
            const QString name = request.value(k("computer")).toString().simplified();
            const QByteArray computerId = request.value(k("computerId")).toByteArray();
            bool isNew = false;
            if (!computerId.isEmpty()) {
                Result<bool> marked = m_devices.markSeen(account.id, computerHash(computerId));
                if (!marked)
                    return marked.error();
                isNew = *marked;
            } else {
                isNew = !seenNames.contains(name.isEmpty() ? QStringLiteral("Computer") : name.left(100));
            }
            if (isNew)
                outcome.notice = NewSignIn{account.email, name, m_clock.nowMs()};
        }
        if (op != QLatin1StringView("begin")) {
            QString detail = QStringLiteral("ok");
            if (!ok)
                detail = QStringLiteral("refused:%1")
                             .arg(reply.value(k("refusal")).toMap().value(k("reason")).toInteger());
            if (Status logged = m_audit.append(account.id, client, QStringLiteral("signin.") + op, detail);
                !logged)
                return logged.error();
        }
        outcome.reply = std::move(reply);
    }
    dirty = verifier.takeChanged() || dirty || outcome.event.startsWith(QStringLiteral("settings.ok"));
    VerifierState after = verifier.releaseState();
    if (!after.share.equals(share)) {
        after.share = share.clone();
        dirty = true;
    }

    // The device records follow the verifier's list: new remembered computers are recorded,
    // a use is stamped, forgotten ones (ForgetTrusted, a recovery code, a new password, a
    // method change, expiry) are revoked.
    QSet<QByteArray> kept;
    for (const TrustedComputer& t : after.trusted) {
        const QByteArray hash = deviceHash(t.id);
        kept.insert(hash);
        const auto found = active.constFind(hash);
        if (found == active.constEnd()) {
            Result<qint64> added = m_devices.add(account.id, t.name, hash);
            if (!added)
                return added.error();
        } else if (t.lastUsedMs > t.addedMs && found->lastUsedMs.value_or(0) < t.lastUsedMs) {
            if (Status touched = m_devices.touch(found->id); !touched)
                return touched.error();
        }
    }
    for (auto it = active.constBegin(); it != active.constEnd(); ++it) {
        if (!kept.contains(it.key()))
            if (Result<DeviceRecord> revoked = m_devices.revoke(it->id); !revoked)
                return revoked.error();
    }

    if (dirty) {
        change.methods = methodsOf(after);
        change.verifierState = sealState(account.email, after);
    }
    return change;
}

QCborMap ServerVerifierHost::settings(const AccountRecord& account, Verifier& verifier,
                                      const AccountPolicy& policy, const QCborMap& request, Outcome& outcome)
{
    Result<SettingsRequest> parsed = SettingsRequest::fromCbor(request);
    if (!parsed) {
        outcome.event = QStringLiteral("settings.refused");
        return refusedReply(notUnderstood());
    }
    const SettingsRequest& r = *parsed;
    SettingsReply reply;
    std::optional<Refusal> refused;
    const auto take = [&](auto answer) {
        if (!answer.ok())
            refused = answer.refusal();
        return answer;
    };
    const auto forbidden = [&](SignInMethod method) {
        Refusal no(ErrorCode::PolicyRefused, RefusalReason::PolicyForbids);
        no.method = method;
        refused = no;
    };
    bool readOnly = false;

    switch (r.op) {
    case SettingsOp::Status:
        readOnly = true;
        break;
    case SettingsOp::EnableAuthenticator:
        if (!policy.allows(SignInMethod::Authenticator)) {
            forbidden(SignInMethod::Authenticator);
            break;
        }
        if (auto codes = take(verifier.enableAuthenticator(r.secret.clone(), r.name, r.code)); codes.ok())
            reply.recoveryCodes = std::move(codes).value();
        break;
    case SettingsOp::SendSetupCode:
        if (!policy.allows(r.method)) {
            forbidden(r.method);
            break;
        }
        if (auto sent = take(verifier.sendSetupCode(r.method, r.target, r.challenge, m_sender)); sent.ok())
            reply.sent = std::move(sent).value();
        break;
    case SettingsOp::ConfirmSetupCode:
        if (!policy.allows(r.method)) {
            forbidden(r.method);
            break;
        }
        if (auto codes = take(verifier.confirmSetupCode(r.method, r.code)); codes.ok())
            reply.recoveryCodes = std::move(codes).value();
        break;
    case SettingsOp::Disable:
        if (policy.mode == OrganisationPolicy::Required && verifier.state().isOn(r.method) &&
            methodsOn(verifier.state()) == 1) {
            refused = Refusal(ErrorCode::PolicyRefused, RefusalReason::PolicyRequires);
            break;
        }
        (void)take(verifier.disable(r.method));
        break;
    case SettingsOp::SetDefault:
        (void)take(verifier.setDefaultMethod(r.method));
        break;
    case SettingsOp::SetPrompt:
        verifier.setPrompt(r.prompt);
        break;
    case SettingsOp::RegenerateRecoveryCodes:
        if (auto codes = take(verifier.regenerateRecoveryCodes()); codes.ok())
            reply.recoveryCodes = std::move(codes).value();
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
    case SettingsOp::SetDelivery:
        refused = Refusal(ErrorCode::PolicyRefused, RefusalReason::ServerManaged);
        break;
    case SettingsOp::AddAppPassword:
    case SettingsOp::RevokeAppPassword:
        // App passwords are local slots of the vault file (they also need the account key).
        refused = Refusal(ErrorCode::Unsupported, RefusalReason::NotUnderstood);
        break;
    case SettingsOp::SetSyncKey: {
        // Set once (API.md "Sync"): the same key again is fine, another one is refused.
        if (r.secret.size() != std::size_t(kProofBytes)) {
            refused = notUnderstood();
            break;
        }
        const QByteArray hash = syncKeyHash(
            QByteArrayView(reinterpret_cast<const char*>(r.secret.data()), qsizetype(r.secret.size())));
        Result<QByteArray> stored = m_records.syncKeyHash(account.id);
        if (!stored)
            return {};
        if (!stored->isEmpty()) {
            if (stored->size() != hash.size() ||
                sodium_memcmp(stored->constData(), hash.constData(), std::size_t(hash.size())) != 0)
                refused = Refusal(ErrorCode::InvalidInput, RefusalReason::AccountExists);
            break;
        }
        if (Status written = m_records.setSyncKeyHash(account.id, hash); !written)
            return {};
        break;
    }
    case SettingsOp::ChangePassword: {
        Result<PasswordChange> change = readPasswordChange(request);
        if (!change) {
            refused = notUnderstood();
            break;
        }
        PasswordSlotRecord slot{change->salt, change->kdf.memoryKiB, change->kdf.iterations, change->keyset};
        if (Status written = m_accounts.setPasswordSlot(account.id, slot, m_hasher.hash(change->proof));
            !written)
            return {};                     // the step fails (and rolls back) on an empty map
        verifier.forgetTrustedComputers(); // a new password forgets every remembered computer
        break;
    }
    }

    if (refused) {
        outcome.event = QStringLiteral("settings.refused");
        return refusedReply(*refused);
    }
    outcome.event = readOnly ? QStringLiteral("settings.status") : QStringLiteral("settings.ok");
    reply.status = verifier.state().status(m_clock.nowMs());
    QCborMap map = okReply(reply.toCbor());
    map.insert(k("policy"), policy.toCbor());
    return map;
}

} // namespace twofold::server
