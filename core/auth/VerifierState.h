#pragma once
// VerifierState: everything the verifier keeps (DESIGN.md 4.1, 4.2, 9) — the methods and their
// secrets, the hashes of recovery codes and of codes waiting to be typed, the send log, the
// failure counter and lockout, the sign-in share, the trusted-computer key and list, the
// "when to ask" setting and the delivery settings (opaque CBOR from core/delivery).
// The local verifier keeps it, encoded as CBOR, as the plaintext of the vault's auth section.
// Secrets are SecureBuffers; codes are kept only as keyed BLAKE2b hashes.
#include "auth/TwoFactorStatus.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace twofold {

struct AuthenticatorConfig
{
    SecureBuffer secret; // TOTP, SHA-1, 6 digits, 30 s
    QString account;     // the label the authenticator app shows ("Twofold: <account>")
    qint64 addedMs = 0;
    qint64 lastStep = std::numeric_limits<qint64>::min(); // last accepted TOTP step (no replay)
};

struct DeliveredMethodConfig
{
    QString target; // the email address, or the phone number in E.164
    qint64 addedMs = 0;
};

// A code sent by email or SMS and not yet used.
struct PendingCode
{
    SignInMethod method = SignInMethod::Email;
    bool setup = false; // sent to turn the method on (target is the address being verified)
    QString target;
    QByteArray challenge; // the sign-in attempt it was sent in
    QByteArray hash;      // keyed BLAKE2b of the code; the code itself is never kept
    qint64 sentMs = 0;
    qint64 expiresMs = 0;
    int triesLeft = 0;
};

// One code sent, for the hourly caps.
struct SendRecord
{
    SignInMethod method = SignInMethod::Email;
    bool setup = false; // a setup check (turning the method on), capped apart from sign-in sends
    qint64 atMs = 0;
};

struct TrustedComputer
{
    QByteArray id; // 16 random bytes, inside the computer's token
    QString name;
    qint64 addedMs = 0;
    qint64 expiresMs = 0;
    qint64 lastUsedMs = 0;
};

struct VerifierState
{
    std::optional<AuthenticatorConfig> authenticator;
    std::optional<DeliveredMethodConfig> email;
    std::optional<DeliveredMethodConfig> sms;
    SignInMethod defaultMethod = SignInMethod::Authenticator;
    SecureBuffer hashKey; // 32 bytes keying the code and recovery-code hashes
    QList<QByteArray> recoveryHashes;
    QList<SendRecord> sends; // every code sent in the last hour (5 an hour per method, apart for setup)
    std::vector<PendingCode> pending;
    int failures = 0; // wrong codes in a row, all methods together
    qint64 lockedUntilMs = 0;
    SecureBuffer share;      // the sign-in share (32 bytes) while two-factor sign-in is on
    SecureBuffer trustedKey; // seals remembered-computer tokens; replaced to forget them all
    std::vector<TrustedComputer> trusted;
    SecondFactorPrompt prompt = SecondFactorPrompt::UnrememberedComputers;
    SecureBuffer deliverySettings; // DeliverySettings::toCbor() bytes; empty: none

    VerifierState() = default;
    VerifierState(VerifierState&&) noexcept = default;
    VerifierState& operator=(VerifierState&&) noexcept = default;

    // True when at least one method is on.
    bool twoFactorOn() const { return authenticator || email || sms; }
    bool isOn(SignInMethod method) const;
    // The address or number of an email or SMS method that is on; empty otherwise.
    QString target(SignInMethod method) const;
    // The summary a settings page shows; trusted computers that expired by nowMs are left out.
    TwoFactorStatus status(qint64 nowMs) const;

    // The CBOR bytes, in secure memory. Known leak: the QCborMap used to build them keeps
    // unwiped copies of the secrets while it lives (inside this call).
    SecureBuffer encode() const;
    // Reads what encode() wrote; an empty plaintext is the state of a vault that never had
    // two-factor settings. Refuses anything else that does not decode (FileDamaged).
    static Result<VerifierState> decode(const SecureBuffer& plaintext);
    VerifierState clone() const;
};

// "j•••@example.com" for an email address, "+44 •••• ••6789" for an E.164 number.
QString maskTarget(SignInMethod method, const QString& target);

} // namespace twofold
