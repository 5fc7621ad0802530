#pragma once
// Verifier: checks second factors and releases the sign-in share (DESIGN.md 4.1, 4.2). It holds
// a VerifierState and applies every rule of the 4.2 table; it knows nothing about windows,
// files or where it runs (this process, later a server): hosts load and persist its state
// (LocalVerifierHost) and carry its messages (Messages.h). Time and chance are injected.
// Not thread-safe: a host serialises calls.
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/VerifierState.h"
#include "common/Clock.h"
#include "common/Random.h"

#include <QCborMap>

#include <optional>
#include <vector>

namespace twofold {

inline constexpr int kOneTimeCodeDigits = 6;
inline constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;
inline constexpr int kTriesPerCode = 3;
inline constexpr qint64 kResendAfterMs = 30 * 1000;
inline constexpr int kMaxSendsPerHour = 5;
inline constexpr qint64 kSendWindowMs = 60 * 60 * 1000;
inline constexpr int kFailuresBeforeLockout = 5;
inline constexpr qint64 kFirstLockoutMs = 30 * 1000;
inline constexpr qint64 kMaxLockoutMs = 15 * 60 * 1000;
inline constexpr int kRecoveryCodeCount = 10;
inline constexpr qint64 kTrustedLifetimeMs = qint64(30) * 24 * 60 * 60 * 1000;
inline constexpr std::size_t kShareBytes = 32;

// How long codes are refused after failures wrong codes in a row: nothing below
// kFailuresBeforeLockout; then 30 s, doubling with every further failure, at most 15 minutes.
qint64 lockoutDurationMs(int failures);

// The refusal for a method that is not turned on.
Refusal methodOff(SignInMethod method);

// Ten recovery codes "xxxxx-xxxxx" from an unambiguous lower-case alphabet (no 0/o, 1/l/i),
// UTF-8 in secure memory.
std::vector<SecureBuffer> makeRecoveryCodes(Random& random);
// A code as typed, normalised for comparison: lower case, spaces and dashes dropped.
SecureBuffer normaliseCode(const SecureBuffer& typed);

class Verifier
{
public:
    explicit Verifier(VerifierState state, Clock& clock = systemClock(), Random& random = systemRandom());

    const VerifierState& state() const { return m_state; }
    // Hands the state over (the verifier is left empty).
    VerifierState releaseState()
    {
        m_changed = false;
        return std::move(m_state);
    }
    // Replaces the state (a newer one written by another process); nothing is left to persist.
    void replaceState(VerifierState state)
    {
        m_state = std::move(state);
        m_changed = false;
    }
    // True once something worth persisting changed since the last takeChanged().
    bool takeChanged();
    TwoFactorStatus status() const { return m_state.status(m_clock.nowMs()); }

    // ---- signing in (DESIGN.md 4.2) ----
    // The methods offered (default first, targets masked), the setting, a fresh challenge.
    BeginReply begin();
    // Makes a new code for an email or SMS method that is on (voiding the one before) and has
    // sender deliver it (blocking). Refuses: a method that is off or cannot be sent
    // (NotFound); locked out (LockedOut); a resend within 30 s in the same challenge and a 6th
    // send within an hour (DeliveryRateLimited, with retryAtMs); the sender's refusal (the
    // code is then voided and the send not counted).
    Answer<SendCodeReply> sendCode(const SendCodeRequest& request, CodeSender& sender);
    // Checks a code in constant time and releases the share. Authenticator: the current step
    // ±1, never a step at or before the last accepted (replay), and a sentence naming the clock
    // skew for a code right within ±10 minutes. Email/SMS: the pending code, within 10 minutes,
    // once, 3 tries. Recovery codes: once each; using one forgets every remembered computer.
    // Refusals count towards the lockout (5 in a row: 30 s, doubling to 15 min) and say how
    // many tries are left (WrongCode) or until when codes are refused (LockedOut).
    Answer<ReleaseReply> checkCode(const CheckCodeRequest& request);
    // Releases the share for a remembered computer's token: sealed by this verifier, not
    // expired, not forgotten, and remembering allowed by the setting. Refusals (NotFound) do not
    // count as failures.
    Answer<ReleaseReply> checkTrusted(const CheckTrustedRequest& request);
    // One request map in, one reply map out (Messages.h), using the typed calls above.
    QCborMap handle(const QCborMap& request, CodeSender& sender);

    // ---- changing the settings (after unlock; the caller has checked the master password
    // and the policy) ----
    // Sends a code to target to prove it can receive one (the same rules as sendCode: new code
    // voids old, Resend after 30 s in one challenge, 5 sends an hour).
    Answer<SendCodeReply> sendSetupCode(SignInMethod method, const QString& target,
                                        const QByteArray& challenge, CodeSender& sender);
    // Turns method on for the target its setup code was sent to, when code is that code.
    // Returns the recovery codes to show once when it is the first method (empty otherwise).
    // Every remembered computer is forgotten.
    Answer<std::vector<SecureBuffer>> confirmSetupCode(SignInMethod method, const SecureBuffer& code);
    // Turns the authenticator on with secret when code is its current code (±1 step).
    // Returns the recovery codes as confirmSetupCode does.
    Answer<std::vector<SecureBuffer>> enableAuthenticator(SecureBuffer secret, const QString& account,
                                                          const SecureBuffer& code);
    // Turns method off (NotFound when it is not on). The last one off also drops the share,
    // the recovery codes and the remembered computers. Every remembered computer is forgotten.
    Answer<void> disable(SignInMethod method);
    // NotFound when method is not on.
    Answer<void> setDefaultMethod(SignInMethod method);
    // A new set of ten, voiding the old (InvalidInput when two-factor sign-in is off).
    Answer<std::vector<SecureBuffer>> regenerateRecoveryCodes();
    void forgetTrustedComputers();
    // NotFound when no remembered computer has id.
    Answer<void> forgetTrustedComputer(const QByteArray& id);
    // Forgets the computer that holds token (its CheckTrustedRequest token): how a computer
    // forgets itself without knowing its id. NotFound when token is none of this verifier's.
    Answer<void> forgetTrustedByToken(const SecureBuffer& token);
    void setPrompt(SecondFactorPrompt prompt);
    void setDeliverySettings(SecureBuffer settings);

private:
    Refusal lockedOutRefusal(qint64 nowMs) const;
    Refusal recordFailure(Refusal refusal);
    Answer<ReleaseReply> release(bool remember, const QString& computerName);
    QByteArray hashCode(SignInMethod method, const SecureBuffer& normalisedCode);
    Answer<SendCodeReply> deliver(PendingCode pending, CodeSender& sender);
    Answer<std::vector<SecureBuffer>> turnedOn(bool wasOn);
    void pruneExpired(qint64 nowMs, bool pendingCodes = true);
    void rotateTrustedKey();
    // The payload (id, expires, share) of a token this verifier sealed; nullopt otherwise.
    std::optional<QCborMap> openTrustedToken(QByteArrayView token) const;

    VerifierState m_state;
    Clock& m_clock;
    Random& m_random;
    bool m_changed = false;
};

} // namespace twofold
