#pragma once
// The messages between a client (SignInSession, TwoFactorSettings) and a Verifier (DESIGN.md
// 4.1, 10): plain values, each to and from a QCborMap, so the verifier can run in this process
// (InProcessLink over LocalVerifierHost) or on a server (an HTTP link) with neither side
// changing. They are wire-safe:
//   - every request carries the protocol version "v", the account it is for (locally the
//     vault id) and the op; `begin` also carries the first-factor proof (empty locally, where
//     the host was given the password's key; the server checks an auth key there);
//   - refusals carry a code, a reason and numbers (tries left, waits, clock skew), never a
//     sentence: the client renders the sentence (Refusal::sentence, AuthSentences) in its own
//     language;
//   - times travel as durations (a wait of 30 s, a code valid 10 minutes), never as instants
//     of the verifier's clock; the client anchors them to its own clock on receipt.
//   request: {"v": 1, "account": bytes, "op": "begin" | …, ...fields}
//   reply:   {"ok": true, ...fields}  or  {"ok": false, "refusal": {code, reason, ...}}
// Known leak: a QCborMap keeps its own copies of the codes and the share it carries, which are
// not wiped; keep messages short-lived.
#include "auth/SignInMethod.h"
#include "auth/TwoFactorStatus.h"
#include "common/Error.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace twofold {

inline constexpr int kProtocolVersion = 1;

// Why the verifier said no. The client turns it, with the numbers, into a sentence.
enum class RefusalReason : quint8 {
    Unspecified = 0,       // only the code is known (a delivery or file error, …)
    MethodOff = 1,         // the method is not turned on
    NothingToSend = 2,     // a send asked for the authenticator
    LockedOut = 3,         // too many wrong codes in a row (lockedForMs)
    ResendTooSoon = 4,     // within 30 s of the last send in this challenge (retryAfterMs)
    HourlyLimit = 5,       // five sends of this method in the last hour (retryAfterMs)
    WrongCode = 6,         // a wrong email/SMS code (triesLeft)
    CodeTriedTooOften = 7, // tried three times: ask for a new one
    CodeExpired = 8,
    NoCodeSent = 9,    // no email/SMS code is waiting (method)
    CodeReplayed = 10, // an authenticator step used already
    WrongAuthenticatorCode = 11,
    ClockSkew = 12, // an authenticator code right for another time (skewSeconds)
    WrongRecoveryCode = 13,
    ComputerForgotten = 14, // a remembered-computer token no longer works
    EverySignIn = 15,       // the vault asks at every sign-in: nothing is remembered
    TwoFactorOff = 16,
    WrongSetupCode = 17, // a wrong code while turning email/SMS on (triesLeft)
    WrongNewAuthenticatorCode = 18,
    DeliveryRefused = 19,     // the mail server or SMS gateway refused or was not reached (code)
    NotRecorded = 20,         // the verifier could not record the step (code: the file error)
    NotUnderstood = 21,       // a request the verifier cannot read
    WrongAccount = 22,        // the request names another account (vault)
    VersionMismatch = 23,     // another protocol version
    PasswordChanged = 24,     // the master password was changed elsewhere
    WrongPassword = 25,       // the first-factor proof does not fit
    NotFound = 26,            // a named remembered computer or app password does not exist
    InvalidName = 27,         // an app password name that is empty or taken (name)
    TooManySlots = 28,        // the vault holds as many app passwords as it can
    DeliveryCheckFailed = 29, // new delivery settings failed their test send (code)
    ReadOnly = 30,            // the vault is open read-only
    ServerManaged = 31,       // a sign-in server keeps this setting (delivery): ask its administrator
    AccountExists = 32,       // a server account with this email exists already
    ServerUnreachable = 33,   // the sign-in server did not answer (code: the network error)
    ServerRefused = 34,       // the sign-in server answered with an error of its own (retryAfterMs when busy)
    PolicyForbids = 35,       // the organisation's policy does not allow this method (method)
    PolicyRequires = 36,      // the organisation requires two-factor sign-in: the last method stays on
    SyncStale = 37, // a sync push based on an older revision than the server's: pull, merge, push again
    ServerNotTrusted = 38, // client side only: the server's TLS certificate is not trusted here (name)
};

struct Refusal
{
    ErrorCode code = ErrorCode::Internal;
    RefusalReason reason = RefusalReason::Unspecified;
    std::optional<SignInMethod> method; // the method it is about, where that matters
    int triesLeft = -1;                 // a wrong email/SMS code: tries left on it; -1: not applicable
    int triesBeforeLockout = -1;        // wrong codes still allowed before a lockout; -1: not applicable
    bool lockedNow = false;             // this refusal started a lockout (its reason says why)
    qint64 lockedForMs = 0;             // LockedOut: codes are taken again after this wait
    qint64 retryAfterMs = 0;            // a refused send: another may be asked for after this wait
    qint64 skewSeconds = 0;             // ClockSkew: how far off the computer's clock seems
    QString name;                       // InvalidName: the name given

    Refusal() = default;
    Refusal(ErrorCode c, RefusalReason r) : code(c), reason(r) {}
    // The sentence to show, rendered here (AuthSentences), in the client's language.
    QString sentence() const;
    Error error() const { return Error(code, sentence()); }
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

// ---- the envelope ----
// request with the version, the account and (begin) the first-factor proof added.
QCborMap envelope(QCborMap request, const QByteArray& account, const QByteArray& proof = {});
// What a host reads first: refusals for another version (VersionMismatch) or a missing op.
struct Envelope
{
    QString op;
    QByteArray account;
    QByteArray proof;
};
Answer<Envelope> readEnvelope(const QCborMap& request);

// ---- signing in ----
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
    QByteArray challenge;   // names this attempt: Resend waits 30 s within one attempt
    qint64 lockedForMs = 0; // > 0: codes are refused for this long
    // Server mode, an account with no second factor: the share, released on the password's
    // proof alone (the file still needs the account key too). Empty otherwise.
    SecureBuffer share;

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
    QString maskedTarget;     // where it went
    qint64 resendAfterMs = 0; // Resend is offered after this wait
    qint64 expiresInMs = 0;   // the code is taken for this long
    // Filled by anchor() on the client, on its own clock; not sent.
    qint64 resendAtMs = 0;
    qint64 expiresAtMs = 0;

    // Sets resendAtMs and expiresAtMs from nowMs, the client's clock when the reply came.
    SendCodeReply& anchor(qint64 nowMs);
    QCborMap toCbor() const;
    static Result<SendCodeReply> fromCbor(const QCborMap& map);
};

// The size of a computer's id for an account (CheckCodeRequest::computerId, auth/ComputerId.h).
inline constexpr qsizetype kComputerIdBytes = 16;

// A code to check: the authenticator's, an email or SMS code, or a recovery code.
struct CheckCodeRequest
{
    SignInMethod method = SignInMethod::Authenticator;
    SecureBuffer code; // UTF-8, as typed (spaces and dashes are ignored)
    bool rememberComputer = false;
    QString computerName; // shown in the list of remembered computers
    // Server mode: this computer's id for the account (ComputerId.h, kComputerIdBytes), so the
    // server mails the account about a computer it has not seen; empty in local mode.
    QByteArray computerId;

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
    qint64 trustedForMs = 0;         // how long the token works
    int recoveryCodesLeft = -1;      // a recovery code was used: how many are left; -1 otherwise
    bool computersForgotten = false; // every remembered computer was forgotten (recovery code)
    QByteArray keyset; // server mode: the account's keyset (ServerProtocol.h) for a new computer

    QCborMap toCbor() const;
    static Result<ReleaseReply> fromCbor(const QCborMap& map);
};

// ---- changing the settings (after the first factor; DESIGN.md 4.2) ----
enum class SettingsOp : quint8 {
    Status = 1,                  // -> status
    EnableAuthenticator = 2,     // secret, name (account), code -> status, recoveryCodes
    SendSetupCode = 3,           // method, target, challenge -> status, sent
    ConfirmSetupCode = 4,        // method, code -> status, recoveryCodes
    Disable = 5,                 // method -> status
    SetDefault = 6,              // method -> status
    SetPrompt = 7,               // prompt -> status
    RegenerateRecoveryCodes = 8, // -> status, recoveryCodes
    ForgetTrusted = 9,           // id (empty: every computer), or secret: this computer's token -> status
    GetDelivery = 10,            // -> secret (the delivery settings' CBOR)
    SetDelivery = 11,            // secret (settings), checkSend -> status
    AddAppPassword = 12,         // name -> status, secret (the app password, shown once)
    RevokeAppPassword = 13,      // name -> status
    ChangePassword = 14,         // secret (the new password's derived key), salt -> status
    SetSyncKey = 15,             // secret (the 32-byte sync key, server mode; API.md "Sync") -> status
};

struct SettingsRequest
{
    SettingsRequest() = default;
    explicit SettingsRequest(SettingsOp o) : op(o) {}

    SettingsOp op = SettingsOp::Status;
    SignInMethod method = SignInMethod::Authenticator;
    QString target;       // SendSetupCode: the address or E.164 number
    QString name;         // EnableAuthenticator: the account label; app passwords: the name
    QByteArray challenge; // SendSetupCode; ForgetTrusted: the computer's id
    SecureBuffer secret;  // EnableAuthenticator: the TOTP secret; SetDelivery; ChangePassword
    SecureBuffer code;    // EnableAuthenticator, ConfirmSetupCode
    SecondFactorPrompt prompt = SecondFactorPrompt::UnrememberedComputers;
    QByteArray salt;        // ChangePassword: the salt the new key was derived with
    kdf::Params kdf;        // ChangePassword (server mode): the new slot's Argon2id limits
    QByteArray keyset;      // ChangePassword (server mode): the new keyset (VaultFile.h Keyset)
    bool checkSend = false; // SetDelivery: send a test code to the method that uses them first

    QCborMap toCbor() const;
    static Result<SettingsRequest> fromCbor(const QCborMap& map);
};

struct SettingsReply
{
    TwoFactorStatus status;
    std::vector<SecureBuffer> recoveryCodes; // to show once; empty when none were made
    SecureBuffer secret;                     // GetDelivery, AddAppPassword
    std::optional<SendCodeReply> sent;       // SendSetupCode

    QCborMap toCbor() const;
    static Result<SettingsReply> fromCbor(const QCborMap& map);
};

// A message's bytes, as read from a network, as a map: empty (which every reader refuses) when
// they are not exactly one well-formed CBOR map. Never hand unchecked bytes to
// QCborValue::fromCbor and use the result: Qt 6.4 returns a map from a truncated encoding that
// crashes when read (found by fuzz_messages).
QCborMap parseMessage(QByteArrayView bytes);

// "settings" for a SettingsRequest, the op otherwise ("begin", …); empty when there is none.
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
        return Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood);
    return std::move(value).value();
}

} // namespace twofold
