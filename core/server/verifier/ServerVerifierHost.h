#pragma once
// ServerVerifierHost: the Verifier of core/auth hosted by twofold-server, behind the routes of
// core/server/API.md (POST /v1/prelogin, /v1/accounts, /v1/verifier). Every verifier request is
// one step:
//   check the proof (AuthKeyHasher, constant time; an unknown email does the same work and gets
//   the same WrongPassword) → inside AccountStore::withAccountLocked (one transaction holding
//   the account's row lock): open the sealed state → apply an administrator's reset and device
//   revocations → run the Verifier op → keep the account's share → record remembered computers
//   as device records → seal and write the state,
// so wrong codes, used authenticator steps and send caps hold across threads and server
// processes on one database. The state is sealed at rest (XChaCha20-Poly1305) under a key
// derived from the pepper, bound to the account's email: a stolen database alone opens nothing.
// Nothing is cached between requests. One Database per host (QtSql's one-thread rule).
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/VerifierState.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "crypto/Kdf.h"
#include "server/storage/AccountStore.h"
#include "server/storage/AuditLog.h"
#include "server/storage/AuthKeyHasher.h"
#include "server/storage/Database.h"
#include "server/storage/DeviceStore.h"
#include "server/storage/OrganisationStore.h"
#include "server/storage/RecordStore.h"

#include <QCborMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace twofold {
class Verifier;
}

namespace twofold::server {

// What a route sends back: the HTTP status and the CBOR map (API.md), plus a fixed word for
// the metrics and the log ("checkCode.ok", "checkCode.refused", …; never user data).
struct HostReply
{
    int status = 200;
    QCborMap body;
    QString event;
    int retryAfterSeconds = 0; // 429: the Retry-After header
};

// An organisation's rule as the client sees it: {mode: "off"|"optional"|"required", methods: [...]}.
struct AccountPolicy
{
    OrganisationPolicy mode = OrganisationPolicy::Optional;
    QStringList methods = OrganisationStore::everyMethod();

    bool allows(SignInMethod method) const;
    QCborMap toCbor() const;
};

// A code accepted from a computer the account had not seen: the host asks for a notice mail.
struct NewSignIn
{
    QString email;
    QString computerName;
    qint64 atMs = 0;
};
using NewSignInNotifier = std::function<void(const NewSignIn&)>;

// The request bodies, read strictly (the fuzz target calls these too).
struct PreloginRequest
{
    QString email; // normalised
};
struct CreateAccountRequest
{
    QString email; // normalised
    QByteArray proof;
    QByteArray salt;
    kdf::Params kdf;
    QByteArray keyset;
    QByteArray share;      // the sign-in share the client made (kShareBytes); empty: none sent
    QByteArray sync;       // optional: the account's sync key (API.md "Sync"), 32 bytes
    QByteArray computerId; // optional: the creating computer's id (auth/ComputerId.h), 16 bytes
};
struct PasswordChange // SettingsOp::ChangePassword's server fields
{
    QByteArray proof;
    QByteArray salt;
    kdf::Params kdf;
    QByteArray keyset;
};
inline constexpr qsizetype kProofBytes = 32;
inline constexpr qsizetype kMaxKeysetBytes = 16 * 1024;
Result<PreloginRequest> readPrelogin(const QCborMap& map);
Result<CreateAccountRequest> readCreateAccount(const QCborMap& map);
Result<PasswordChange> readPasswordChange(const QCborMap& map);
// {m, t} within kdf::withinBounds.
Result<kdf::Params> readKdf(const QCborValue& value);

class ServerVerifierHost
{
public:
    // sender delivers email and SMS codes (the server's own delivery settings); all references
    // must outlive the host.
    ServerVerifierHost(Database& db, const AuthKeyHasher& hasher, CodeSender& sender,
                       Clock& clock = systemClock(), Random& random = systemRandom());

    void setNewSignInNotifier(NewSignInNotifier notifier) { m_notify = std::move(notifier); }

    // The default Argon2id limits handed out for an email without an account.
    static kdf::Params defaultKdf() { return kdf::Params{}; }

    // POST /v1/prelogin, /v1/accounts, /v1/verifier. client: the caller's address (audit log).
    HostReply prelogin(const QCborMap& request);
    HostReply createAccount(const QCborMap& request, const QString& client);
    HostReply verifier(const QCborMap& request, const QString& client);

    // The state as stored: sealed under the pepper's state key, bound to email. Public for tests.
    QByteArray sealState(const QString& email, const VerifierState& state) const;
    Result<VerifierState> openState(const QString& email, QByteArrayView sealed) const;
    // What the devices table keeps for a remembered computer's id.
    QByteArray deviceHash(const QByteArray& trustedId) const;
    // What seen_computers keeps for a computer's id: BLAKE2b(key = pepper, "computer" ‖ id).
    QByteArray computerHash(const QByteArray& computerId) const;
    // What the accounts table keeps for a sync key: BLAKE2b(key = pepper, "sync" ‖ key).
    QByteArray syncKeyHash(QByteArrayView syncKey) const;
    // The salt an email without an account is given: BLAKE2b(key = pepper, "salt" ‖ email), 16 bytes.
    QByteArray unknownSalt(const QString& email) const;

private:
    struct Outcome;
    Result<AccountPolicy> policyOf(const AccountRecord& account);
    Result<AccountStateChange> step(const LockedAccount& account, const QCborMap& request, const QString& op,
                                    const QString& client, Outcome& outcome);
    QCborMap settings(const AccountRecord& account, Verifier& verifier, const AccountPolicy& policy,
                      const QCborMap& request, Outcome& outcome);
    HostReply unavailable(const Error& error, const QString& event);

    Database& m_db;
    const AuthKeyHasher& m_hasher;
    CodeSender& m_sender;
    Clock& m_clock;
    Random& m_random;
    AccountStore m_accounts;
    OrganisationStore m_organisations;
    DeviceStore m_devices;
    AuditLog m_audit;
    RecordStore m_records;
    SecureBuffer m_stateKey;
    QByteArray m_dummyHash; // compared against for an unknown email: the same work
    NewSignInNotifier m_notify;
};

} // namespace twofold::server
