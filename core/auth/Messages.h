#pragma once
// The messages between a SignInSession and a Verifier (DESIGN.md 4.1): plain values, each to
// and from a QCborMap, so the verifier can run in this process (InProcessLink) or later on a
// server (an HTTP link) with neither side changing.
//   request: {"op": "begin" | "sendCode" | "checkCode" | "checkTrusted", ...fields}
//   reply:   {"ok": true, ...fields}  or  {"ok": false, "refusal": {code, message, ...}}
// Known leak: a QCborMap keeps its own copies of the code and the share it carries, which are
// not wiped; keep messages short-lived.
#include "auth/SignInMethod.h"
#include "common/Error.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <cstdlib>
#include <variant>

namespace twofold {

// When the second factor is asked (a visible setting, DESIGN.md 4.2).
enum class SecondFactorPrompt : quint8 {
    EverySignIn = 1,           // always, even on a remembered computer (nothing is remembered)
    UnrememberedComputers = 2, // only on computers not remembered in the last 30 days
};

// Why the verifier said no, in a sentence, with what a window needs to show around it.
struct Refusal
{
    ErrorCode code = ErrorCode::Internal;
    QString message;          // one translated sentence (or two)
    int triesLeft = -1;       // a wrong email/SMS code: tries left on it; -1 when not applicable
    qint64 lockedUntilMs = 0; // LockedOut: when codes are taken again (verifier's clock)
    qint64 retryAtMs = 0;     // a refused send: when another may be asked for

    Refusal() = default;
    Refusal(ErrorCode c, QString m) : code(c), message(std::move(m)) {}
    Error error() const { return Error(code, message); }
    QCborMap toCbor() const;
    static Refusal fromCbor(const QCborMap& map);
};

// A verifier's answer: a value, or a Refusal. value() on a refusal aborts.
template <typename T> class [[nodiscard]] Answer : public Result<T, Refusal>
{
public:
    using Result<T, Refusal>::Result;
    const Refusal& refusal() const { return this->error(); }
};

struct OfferedMethod
{
    SignInMethod method = SignInMethod::Authenticator;
    QString maskedTarget; // "j•••@example.com", "+44 •••• ••6789"; empty for the authenticator
};

// Starts a sign-in attempt once the password is known to be right.
struct BeginRequest
{
    QCborMap toCbor() const;
    static Result<BeginRequest> fromCbor(const QCborMap& map);
};
struct BeginReply
{
    bool twoFactorOn = false;
    QList<OfferedMethod> methods; // the default method first
    int recoveryCodesLeft = 0;
    SecondFactorPrompt prompt = SecondFactorPrompt::UnrememberedComputers;
    QByteArray challenge;     // names this attempt: Resend waits 30 s within one attempt
    qint64 lockedUntilMs = 0; // > now: codes are refused until then

    QCborMap toCbor() const;
    static Result<BeginReply> fromCbor(const QCborMap& map);
};

// Asks for a code by email or SMS (a new code voids the one before).
struct SendCodeRequest
{
    SignInMethod method = SignInMethod::Email;
    QByteArray challenge; // from BeginReply

    QCborMap toCbor() const;
    static Result<SendCodeRequest> fromCbor(const QCborMap& map);
};
struct SendCodeReply
{
    SignInMethod method = SignInMethod::Email;
    QString maskedTarget;   // where it went
    qint64 resendAtMs = 0;  // Resend is offered from then on
    qint64 expiresAtMs = 0; // the code is taken until then

    QCborMap toCbor() const;
    static Result<SendCodeReply> fromCbor(const QCborMap& map);
};

// A code to check: the authenticator's, an email or SMS code, or a recovery code.
struct CheckCodeRequest
{
    SignInMethod method = SignInMethod::Authenticator;
    SecureBuffer code; // UTF-8, as typed (spaces and dashes are ignored)
    bool rememberComputer = false;
    QString computerName; // shown in the list of remembered computers

    QCborMap toCbor() const;
    static Result<CheckCodeRequest> fromCbor(const QCborMap& map);
};

// A remembered computer's token, from the secret store.
struct CheckTrustedRequest
{
    QByteArray token;

    QCborMap toCbor() const;
    static Result<CheckTrustedRequest> fromCbor(const QCborMap& map);
};

// What a right code (or a valid token) releases.
struct ReleaseReply
{
    SecureBuffer share;              // the sign-in share the password slot needs
    QByteArray trustedToken;         // rememberComputer: keep it in the secret store; empty otherwise
    qint64 trustedUntilMs = 0;       // when the token stops working
    int recoveryCodesLeft = -1;      // a recovery code was used: how many are left; -1 otherwise
    bool computersForgotten = false; // every remembered computer was forgotten (recovery code)

    QCborMap toCbor() const;
    static Result<ReleaseReply> fromCbor(const QCborMap& map);
};

// The op a request names ("begin", ...); empty when there is none.
QString requestOp(const QCborMap& request);
// {"ok": true} + fields.
QCborMap okReply(QCborMap fields);
// {"ok": false, "refusal": ...}.
QCborMap refusedReply(const Refusal& refusal);

// The answer a reply carries: T, the refusal, or (a reply that cannot be read) a refusal
// saying so.
template <typename T> Answer<T> readReply(const QCborMap& reply)
{
    if (!reply.value(QLatin1StringView("ok")).toBool())
        return Refusal::fromCbor(reply.value(QLatin1StringView("refusal")).toMap());
    Result<T> value = T::fromCbor(reply);
    if (!value)
        return Refusal(value.error().code, value.error().message);
    return std::move(value).value();
}

} // namespace twofold
