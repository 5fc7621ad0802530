// The Verifier's sign-in rules: begin, send, check, remembered computers, the lockout.
// Changing the settings is in VerifierSetup.cpp.
#include "auth/Verifier.h"

#include "common/Sodium.h"
#include "common/StrictCbor.h"
#include "crypto/Aead.h"
#include "otp/Totp.h"

#include <QCborMap>
#include <QCborValue>

#include <sodium.h>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

const QByteArray kTokenAssociatedData = QByteArrayLiteral("twofold-trusted-computer-v1");
constexpr char kRecoveryAlphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";
constexpr int kRecoveryHalfLength = 5;

otp::OtpParams totpParams(const SecureBuffer& secret)
{
    otp::OtpParams params;
    params.secret = secret.clone();
    return params; // TOTP, SHA-1, 6 digits, 30 s: the defaults
}

SecureBuffer randomBytes(Random& random, std::size_t size)
{
    SecureBuffer out{size};
    random.fill(out.data(), out.size());
    return out;
}

QByteArray randomId(Random& random)
{
    QByteArray id(16, Qt::Uninitialized);
    random.fill(id.data(), std::size_t(id.size()));
    return id;
}

// A refusal that says how many wrong codes remain before a lockout (recordFailure fills it in).
Refusal counted(Refusal r)
{
    r.triesBeforeLockout = 0;
    return r;
}

bool sameHash(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

} // namespace

Refusal methodOff(SignInMethod method)
{
    Refusal r(ErrorCode::NotFound, RefusalReason::MethodOff);
    r.method = method;
    return r;
}

qint64 lockoutDurationMs(int failures)
{
    if (failures < kFailuresBeforeLockout)
        return 0;
    const int doublings = failures - kFailuresBeforeLockout;
    if (doublings >= 16)
        return kMaxLockoutMs;
    return std::min(kFirstLockoutMs << doublings, kMaxLockoutMs);
}

std::vector<SecureBuffer> makeRecoveryCodes(Random& random)
{
    constexpr quint32 alphabetSize = sizeof kRecoveryAlphabet - 1;
    std::vector<SecureBuffer> codes;
    for (int i = 0; i < kRecoveryCodeCount; ++i) {
        SecureBuffer code{std::size_t(2 * kRecoveryHalfLength + 1)};
        for (std::size_t j = 0; j < code.size(); ++j)
            code.data()[j] = j == kRecoveryHalfLength ? '-' : kRecoveryAlphabet[random.uniform(alphabetSize)];
        codes.push_back(std::move(code));
    }
    return codes;
}

SecureBuffer normaliseCode(const SecureBuffer& typed)
{
    const auto skipped = [](unsigned char c) {
        return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r';
    };
    std::size_t kept = 0;
    for (std::size_t i = 0; i < typed.size(); ++i)
        kept += skipped(typed.data()[i]) ? 0 : 1;
    SecureBuffer out{kept};
    std::size_t o = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (!skipped(c))
            out.data()[o++] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    }
    return out;
}

Verifier::Verifier(VerifierState state, Clock& clock, Random& random)
    : m_state(std::move(state)), m_clock(clock), m_random(random)
{
    ensureSodium();
}

bool Verifier::takeChanged()
{
    return std::exchange(m_changed, false);
}

void Verifier::pruneExpired(qint64 nowMs, bool pendingCodes)
{
    if (pendingCodes)
        std::erase_if(m_state.pending, [nowMs](const PendingCode& p) { return p.expiresMs <= nowMs; });
    m_state.sends.removeIf([nowMs](const SendRecord& r) { return r.atMs <= nowMs - kSendWindowMs; });
    std::erase_if(m_state.trusted, [nowMs](const TrustedComputer& t) { return t.expiresMs <= nowMs; });
}

QByteArray Verifier::hashCode(SignInMethod method, const SecureBuffer& normalisedCode)
{
    if (m_state.hashKey.size() != crypto_generichash_KEYBYTES) {
        m_state.hashKey = randomBytes(m_random, crypto_generichash_KEYBYTES);
        m_changed = true;
    }
    crypto_generichash_state st;
    crypto_generichash_init(&st, m_state.hashKey.data(), m_state.hashKey.size(), crypto_generichash_BYTES);
    const QByteArray context = methodKey(method).toUtf8() + '\0';
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(context.constData()),
                              std::size_t(context.size()));
    crypto_generichash_update(&st, normalisedCode.data(), normalisedCode.size());
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char*>(out.data()), std::size_t(out.size()));
    sodium_memzero(&st, sizeof st);
    return out;
}

Refusal Verifier::lockedOutRefusal(qint64 nowMs) const
{
    Refusal r(ErrorCode::LockedOut, RefusalReason::LockedOut);
    r.lockedForMs = m_state.lockedUntilMs - nowMs;
    return r;
}

Refusal Verifier::recordFailure(Refusal refusal)
{
    const qint64 now = m_clock.nowMs();
    ++m_state.failures;
    m_changed = true;
    if (const qint64 lockout = lockoutDurationMs(m_state.failures); lockout > 0) {
        m_state.lockedUntilMs = now + lockout;
        refusal.code = ErrorCode::LockedOut;
        refusal.lockedNow = true;
        refusal.lockedForMs = lockout;
        refusal.triesBeforeLockout = -1;
    } else if (refusal.triesBeforeLockout == 0) {
        // The authenticator and recovery codes say how many wrong codes remain before a lockout.
        refusal.triesBeforeLockout = kFailuresBeforeLockout - m_state.failures;
    }
    return refusal;
}

void Verifier::rotateTrustedKey()
{
    m_state.trustedKey = randomBytes(m_random, aead::kKeyBytes);
    m_state.trusted.clear();
    m_changed = true;
}

BeginReply Verifier::begin()
{
    const qint64 now = m_clock.nowMs();
    pruneExpired(now);
    BeginReply r;
    r.twoFactorOn = m_state.twoFactorOn();
    if (m_state.isOn(m_state.defaultMethod))
        r.methods.append(OfferedMethod{
            m_state.defaultMethod, maskTarget(m_state.defaultMethod, m_state.target(m_state.defaultMethod))});
    for (SignInMethod m : kSignInMethods) {
        if (m != m_state.defaultMethod && m_state.isOn(m))
            r.methods.append(OfferedMethod{m, maskTarget(m, m_state.target(m))});
    }
    r.recoveryCodesLeft = int(m_state.recoveryHashes.size());
    r.prompt = m_state.prompt;
    r.challenge = randomId(m_random);
    r.lockedForMs = m_state.lockedUntilMs > now ? m_state.lockedUntilMs - now : 0;
    return r;
}

Answer<SendCodeReply> Verifier::deliver(PendingCode pending, CodeSender& sender)
{
    const qint64 now = m_clock.nowMs();
    pruneExpired(now);
    auto previous = std::find_if(m_state.pending.begin(), m_state.pending.end(), [&](const PendingCode& p) {
        return p.method == pending.method && p.setup == pending.setup;
    });
    if (previous != m_state.pending.end() && !pending.challenge.isEmpty() &&
        previous->challenge == pending.challenge && now < previous->sentMs + kResendAfterMs) {
        Refusal r(ErrorCode::DeliveryRateLimited, RefusalReason::ResendTooSoon);
        r.method = pending.method;
        r.retryAfterMs = previous->sentMs + kResendAfterMs - now;
        return r;
    }
    // Five sends an hour, counted per method and apart for setup checks: turning on email and
    // SMS one after the other does not use up the sign-in sends of either.
    QList<qint64> sends;
    for (const SendRecord& record : m_state.sends) {
        if (record.method == pending.method && record.setup == pending.setup)
            sends.append(record.atMs);
    }
    if (sends.size() >= kMaxSendsPerHour) {
        Refusal r(ErrorCode::DeliveryRateLimited, RefusalReason::HourlyLimit);
        r.method = pending.method;
        r.retryAfterMs = sends.first() + kSendWindowMs - now;
        return r;
    }
    SecureBuffer code{std::size_t(kOneTimeCodeDigits)};
    for (std::size_t i = 0; i < code.size(); ++i)
        code.data()[i] = static_cast<unsigned char>('0' + m_random.uniform(10));
    pending.hash = hashCode(pending.method, code);
    pending.sentMs = now;
    pending.expiresMs = now + kCodeLifetimeMs;
    pending.triesLeft = kTriesPerCode;
    // A new code voids the old one; the old one comes back if the new one cannot be sent.
    std::optional<PendingCode> voided;
    if (previous != m_state.pending.end()) {
        voided = *previous;
        m_state.pending.erase(previous);
    }
    m_state.pending.push_back(pending);
    m_state.sends.append(SendRecord{pending.method, pending.setup, now});
    m_changed = true;

    const Status sent = sender.send(CodeDelivery{pending.method, pending.target, std::move(code),
                                                 int(kCodeLifetimeMs / 60000),
                                                 m_state.deliverySettings.clone(), pending.setup});
    if (!sent) {
        m_state.pending.pop_back();
        m_state.sends.removeLast();
        if (voided)
            m_state.pending.push_back(*voided);
        Refusal r(sent.error().code, RefusalReason::DeliveryRefused);
        r.method = pending.method;
        return r;
    }
    SendCodeReply reply;
    reply.method = pending.method;
    reply.maskedTarget = maskTarget(pending.method, pending.target);
    reply.resendAfterMs = kResendAfterMs;
    reply.expiresInMs = kCodeLifetimeMs;
    return reply;
}

Answer<SendCodeReply> Verifier::sendCode(const SendCodeRequest& request, CodeSender& sender)
{
    if (!methodNeedsSend(request.method))
        return Refusal(ErrorCode::InvalidInput, RefusalReason::NothingToSend);
    if (!m_state.isOn(request.method))
        return methodOff(request.method);
    if (m_state.lockedUntilMs > m_clock.nowMs())
        return lockedOutRefusal(m_clock.nowMs());
    PendingCode pending;
    pending.method = request.method;
    pending.target = m_state.target(request.method);
    pending.challenge = request.challenge;
    return deliver(std::move(pending), sender);
}

Answer<ReleaseReply> Verifier::checkCode(const CheckCodeRequest& request)
{
    const qint64 now = m_clock.nowMs();
    pruneExpired(now, /*pendingCodes*/ false); // an expired code gets its own sentence
    if (m_state.lockedUntilMs > now)
        return lockedOutRefusal(now);
    if (!m_state.twoFactorOn())
        return Refusal(ErrorCode::InvalidInput, RefusalReason::TwoFactorOff);
    const SecureBuffer code = normaliseCode(request.code);

    if (request.method == SignInMethod::Authenticator) {
        if (!m_state.authenticator)
            return methodOff(request.method);
        const otp::OtpParams params = totpParams(m_state.authenticator->secret);
        QString typed = code.toStringUnsafe(); // known leak, short-lived: otp takes a QStringView
        const std::optional<qint64> step = otp::matchStep(params, typed, now / 1000);
        std::optional<qint64> skew;
        if (!step)
            skew = otp::findClockSkew(params, typed, now / 1000);
        wipe(typed);
        if (step && *step <= m_state.authenticator->lastStep)
            return recordFailure(counted(Refusal(ErrorCode::WrongCode, RefusalReason::CodeReplayed)));
        if (!step) {
            Refusal r(ErrorCode::WrongCode,
                      skew ? RefusalReason::ClockSkew : RefusalReason::WrongAuthenticatorCode);
            r.skewSeconds = skew.value_or(0);
            return recordFailure(counted(std::move(r)));
        }
        m_state.authenticator->lastStep = *step;
    } else if (methodNeedsSend(request.method)) {
        if (!m_state.isOn(request.method))
            return methodOff(request.method);
        auto pending =
            std::find_if(m_state.pending.begin(), m_state.pending.end(),
                         [&](const PendingCode& p) { return p.method == request.method && !p.setup; });
        if (pending == m_state.pending.end()) {
            Refusal r(ErrorCode::WrongCode, RefusalReason::NoCodeSent);
            r.method = request.method;
            return r;
        }
        if (pending->expiresMs <= now) {
            m_state.pending.erase(pending);
            m_changed = true;
            return Refusal(ErrorCode::WrongCode, RefusalReason::CodeExpired);
        }
        if (!sameHash(hashCode(request.method, code), pending->hash)) {
            --pending->triesLeft;
            Refusal r(ErrorCode::WrongCode,
                      pending->triesLeft > 0 ? RefusalReason::WrongCode : RefusalReason::CodeTriedTooOften);
            r.triesLeft = pending->triesLeft;
            if (pending->triesLeft <= 0)
                m_state.pending.erase(pending);
            return recordFailure(std::move(r));
        }
        m_state.pending.erase(pending); // single use
    } else {
        const QByteArray hash = hashCode(SignInMethod::RecoveryCode, code);
        qsizetype found = -1;
        for (qsizetype i = 0; i < m_state.recoveryHashes.size(); ++i) {
            const bool same = sameHash(hash, m_state.recoveryHashes[i]); // every one is compared
            found = (same && found < 0) ? i : found;
        }
        if (found < 0)
            return recordFailure(counted(Refusal(ErrorCode::WrongCode, RefusalReason::WrongRecoveryCode)));
        m_state.recoveryHashes.removeAt(found);
        rotateTrustedKey(); // a recovery code forgets every remembered computer
    }

    m_state.failures = 0;
    m_state.lockedUntilMs = 0;
    m_changed = true;
    Answer<ReleaseReply> answer = release(request.rememberComputer, request.computerName);
    if (answer.ok() && request.method == SignInMethod::RecoveryCode) {
        answer.value().recoveryCodesLeft = int(m_state.recoveryHashes.size());
        answer.value().computersForgotten = true;
    }
    return answer;
}

Answer<ReleaseReply> Verifier::release(bool remember, const QString& computerName)
{
    ReleaseReply r;
    r.share = m_state.share.clone();
    if (!remember || m_state.prompt == SecondFactorPrompt::EverySignIn)
        return r;
    if (m_state.trustedKey.size() != aead::kKeyBytes)
        rotateTrustedKey();
    const qint64 now = m_clock.nowMs();
    TrustedComputer computer{randomId(m_random), computerName, now, now + kTrustedLifetimeMs, now};
    QCborMap payload;
    payload.insert(k("id"), computer.id);
    payload.insert(k("expires"), computer.expiresMs);
    payload.insert(k("share"),
                   QByteArray(reinterpret_cast<const char*>(r.share.data()), qsizetype(r.share.size())));
    QByteArray plain = payload.toCborValue().toCbor();
    r.trustedToken = aead::seal(m_state.trustedKey, plain, kTokenAssociatedData);
    wipe(plain);
    r.trustedForMs = kTrustedLifetimeMs;
    m_state.trusted.push_back(std::move(computer));
    m_changed = true;
    return r;
}

std::optional<QCborMap> Verifier::openTrustedToken(QByteArrayView token) const
{
    if (m_state.trustedKey.size() != aead::kKeyBytes)
        return std::nullopt;
    Result<SecureBuffer> plain = aead::open(m_state.trustedKey, token, kTokenAssociatedData, Error());
    if (!plain)
        return std::nullopt;
    return strictCborMap(
        QByteArrayView(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size())));
}

Answer<void> Verifier::forgetTrustedByToken(const SecureBuffer& token)
{
    const std::optional<QCborMap> payload = openTrustedToken(
        QByteArrayView(reinterpret_cast<const char*>(token.data()), qsizetype(token.size())));
    if (!payload)
        return Refusal(ErrorCode::NotFound, RefusalReason::NotFound);
    return forgetTrustedComputer(payload->value(k("id")).toByteArray());
}

Answer<ReleaseReply> Verifier::checkTrusted(const CheckTrustedRequest& request)
{
    const qint64 now = m_clock.nowMs();
    pruneExpired(now);
    if (m_state.prompt == SecondFactorPrompt::EverySignIn)
        return Refusal(ErrorCode::NotFound, RefusalReason::EverySignIn);
    if (!m_state.twoFactorOn() || m_state.trustedKey.size() != aead::kKeyBytes)
        return Refusal(ErrorCode::NotFound, RefusalReason::ComputerForgotten);
    const std::optional<QCborMap> opened = openTrustedToken(request.token);
    if (!opened)
        return Refusal(ErrorCode::NotFound, RefusalReason::ComputerForgotten);
    const QCborMap& payload = *opened;
    const QByteArray id = payload.value(k("id")).toByteArray();
    auto computer = std::find_if(m_state.trusted.begin(), m_state.trusted.end(),
                                 [&](const TrustedComputer& t) { return t.id == id; });
    QByteArray share = payload.value(k("share")).toByteArray();
    const bool sameShare = m_state.share.equals(share);
    wipe(share);
    if (computer == m_state.trusted.end() || payload.value(k("expires")).toInteger() <= now || !sameShare)
        return Refusal(ErrorCode::NotFound, RefusalReason::ComputerForgotten);
    computer->lastUsedMs = now;
    m_changed = true;
    ReleaseReply r;
    r.share = m_state.share.clone();
    r.trustedForMs = computer->expiresMs - now;
    return r;
}

QCborMap Verifier::handle(const QCborMap& request, CodeSender& sender)
{
    const auto reply = [](auto answer) {
        return answer.ok() ? okReply(answer.value().toCbor()) : refusedReply(answer.refusal());
    };
    const QString op = requestOp(request);
    if (op == QLatin1StringView("begin"))
        return okReply(begin().toCbor());
    if (op == QLatin1StringView("sendCode")) {
        if (Result<SendCodeRequest> r = SendCodeRequest::fromCbor(request))
            return reply(sendCode(*r, sender));
    } else if (op == QLatin1StringView("checkCode")) {
        if (Result<CheckCodeRequest> r = CheckCodeRequest::fromCbor(request))
            return reply(checkCode(*r));
    } else if (op == QLatin1StringView("checkTrusted")) {
        if (Result<CheckTrustedRequest> r = CheckTrustedRequest::fromCbor(request))
            return reply(checkTrusted(*r));
    }
    return refusedReply(Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood));
}

} // namespace twofold
