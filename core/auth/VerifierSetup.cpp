// The Verifier's settings changes: turning methods on (after a real code) and off, the default
// method, recovery codes, remembered computers, the prompt setting and delivery settings.
// The sign-in rules are in Verifier.cpp.
#include "auth/Verifier.h"
#include "crypto/Aead.h"
#include "otp/Totp.h"

#include <sodium.h>

namespace twofold {

Answer<SendCodeReply> Verifier::sendSetupCode(SignInMethod method, const QString& target,
                                              const QByteArray& challenge, CodeSender& sender)
{
    if (!methodNeedsSend(method))
        return Refusal(ErrorCode::InvalidInput, RefusalReason::NothingToSend);
    PendingCode pending;
    pending.method = method;
    pending.setup = true;
    pending.target = target;
    pending.challenge = challenge;
    return deliver(std::move(pending), sender);
}

Answer<std::vector<SecureBuffer>> Verifier::confirmSetupCode(SignInMethod method, const SecureBuffer& code)
{
    const qint64 now = m_clock.nowMs();
    pruneExpired(now, /*pendingCodes*/ false);
    auto pending = std::find_if(m_state.pending.begin(), m_state.pending.end(),
                                [&](const PendingCode& p) { return p.method == method && p.setup; });
    if (pending == m_state.pending.end()) {
        Refusal r(ErrorCode::WrongCode, RefusalReason::NoCodeSent);
        r.method = method;
        return r;
    }
    if (pending->expiresMs <= now) {
        m_state.pending.erase(pending);
        m_changed = true;
        return Refusal(ErrorCode::WrongCode, RefusalReason::CodeExpired);
    }
    const QByteArray hash = hashCode(method, normaliseCode(code));
    if (hash.size() != pending->hash.size() ||
        sodium_memcmp(hash.constData(), pending->hash.constData(), std::size_t(hash.size())) != 0) {
        --pending->triesLeft;
        Refusal r(ErrorCode::WrongCode,
                  pending->triesLeft > 0 ? RefusalReason::WrongSetupCode : RefusalReason::CodeTriedTooOften);
        r.triesLeft = pending->triesLeft;
        if (pending->triesLeft <= 0)
            m_state.pending.erase(pending);
        m_changed = true;
        return r;
    }
    const bool wasOn = m_state.twoFactorOn();
    DeliveredMethodConfig config{pending->target, now};
    m_state.pending.erase(pending);
    (method == SignInMethod::Email ? m_state.email : m_state.sms) = std::move(config);
    if (!wasOn)
        m_state.defaultMethod = method;
    return turnedOn(wasOn);
}

Answer<std::vector<SecureBuffer>> Verifier::enableAuthenticator(SecureBuffer secret, const QString& account,
                                                                const SecureBuffer& code)
{
    const qint64 now = m_clock.nowMs();
    otp::OtpParams params;
    params.secret = secret.clone();
    QString typed = normaliseCode(code).toStringUnsafe(); // known leak, short-lived
    const std::optional<qint64> step = otp::matchStep(params, typed, now / 1000);
    const std::optional<qint64> skew = step ? std::nullopt : otp::findClockSkew(params, typed, now / 1000);
    wipe(typed);
    if (!step) {
        Refusal r(ErrorCode::WrongCode,
                  skew ? RefusalReason::ClockSkew : RefusalReason::WrongNewAuthenticatorCode);
        r.skewSeconds = skew.value_or(0);
        return r;
    }
    const bool wasOn = m_state.twoFactorOn();
    m_state.authenticator = AuthenticatorConfig{std::move(secret), account, now, *step};
    if (!wasOn)
        m_state.defaultMethod = SignInMethod::Authenticator;
    return turnedOn(wasOn);
}

Answer<std::vector<SecureBuffer>> Verifier::turnedOn(bool wasOn)
{
    rotateTrustedKey(); // any method change forgets every remembered computer
    if (wasOn)
        return std::vector<SecureBuffer>();
    // The first method: a fresh sign-in share and a first set of recovery codes.
    m_state.share = SecureBuffer{kShareBytes};
    m_random.fill(m_state.share.data(), m_state.share.size());
    m_state.failures = 0;
    m_state.lockedUntilMs = 0;
    return regenerateRecoveryCodes().value();
}

Answer<void> Verifier::disable(SignInMethod method)
{
    if (method == SignInMethod::RecoveryCode || !m_state.isOn(method))
        return methodOff(method);
    if (method == SignInMethod::Authenticator)
        m_state.authenticator.reset();
    else
        (method == SignInMethod::Email ? m_state.email : m_state.sms).reset();
    std::erase_if(m_state.pending, [method](const PendingCode& p) { return p.method == method; });
    rotateTrustedKey();
    if (!m_state.twoFactorOn()) {
        m_state.share.clear();
        m_state.recoveryHashes.clear();
        m_state.trustedKey.clear();
        m_state.failures = 0;
        m_state.lockedUntilMs = 0;
    } else if (m_state.defaultMethod == method) {
        for (SignInMethod m : kSignInMethods) {
            if (m_state.isOn(m)) {
                m_state.defaultMethod = m;
                break;
            }
        }
    }
    return {};
}

Answer<void> Verifier::setDefaultMethod(SignInMethod method)
{
    if (method == SignInMethod::RecoveryCode || !m_state.isOn(method))
        return methodOff(method);
    m_state.defaultMethod = method;
    m_changed = true;
    return {};
}

Answer<std::vector<SecureBuffer>> Verifier::regenerateRecoveryCodes()
{
    if (!m_state.twoFactorOn())
        return Refusal(ErrorCode::InvalidInput, RefusalReason::TwoFactorOff);
    std::vector<SecureBuffer> codes = makeRecoveryCodes(m_random);
    m_state.recoveryHashes.clear();
    for (const SecureBuffer& code : codes)
        m_state.recoveryHashes.append(hashCode(SignInMethod::RecoveryCode, normaliseCode(code)));
    m_changed = true;
    return codes;
}

void Verifier::forgetTrustedComputers()
{
    if (m_state.twoFactorOn())
        rotateTrustedKey();
}

Answer<void> Verifier::forgetTrustedComputer(const QByteArray& id)
{
    const auto removed = std::erase_if(m_state.trusted, [&](const TrustedComputer& t) { return t.id == id; });
    if (removed == 0)
        return Refusal(ErrorCode::NotFound, RefusalReason::NotFound);
    m_changed = true;
    return {};
}

void Verifier::setPrompt(SecondFactorPrompt prompt)
{
    m_state.prompt = prompt;
    if (prompt == SecondFactorPrompt::EverySignIn)
        forgetTrustedComputers();
    m_changed = true;
}

void Verifier::setDeliverySettings(SecureBuffer settings)
{
    m_state.deliverySettings = std::move(settings);
    m_changed = true;
}

} // namespace twofold
