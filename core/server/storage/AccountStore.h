#pragma once
// Accounts and their verifier state. The verifier's state is an opaque blob to the server
// (core/auth encodes it); every verifier step runs through withAccountLocked, one transaction
// holding the account's row lock, so lockouts, replay and send caps hold across threads and
// server processes.
#include "common/Clock.h"
#include "common/Result.h"
#include "server/storage/AuthKeyHasher.h"
#include "server/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace twofold::server {

struct AccountRecord
{
    qint64 id = 0;
    QString email; // normalised: trimmed, lower case
    std::optional<qint64> organisationId;
    QString organisationName; // empty when none
    qint64 createdMs = 0;
    QStringList methods; // the turned-on methods, as the verifier host last wrote them
    bool resetRequested = false;
};

// The password slot's public parts (POST /v1/prelogin) and the account's keyset.
struct PasswordSlotRecord
{
    QByteArray salt;       // empty for an account made before migration 3
    quint32 memoryKiB = 0; // Argon2id limits
    quint32 iterations = 0;
    QByteArray keyset; // opaque CBOR from the client
};

// What a locked step sees.
struct LockedAccountState
{
    QByteArray verifierState;    // empty for a new account
    qint64 revision = 0;         // +1 on every change
    bool resetRequested = false; // an administrator asked to reset the second factor
};

// What a locked step changes; unset fields stay as they are.
struct AccountStateChange
{
    std::optional<QByteArray> verifierState;
    std::optional<QStringList> methods;
    bool resetDone = false; // clears resetRequested
};

// Everything one verifier step needs, read with the account's row lock in one statement.
struct LockedAccount
{
    AccountRecord account;
    LockedAccountState state;
    QByteArray authKeyHash; // empty for an account with none
    QByteArray keyset;
};

class AccountStore
{
public:
    AccountStore(Database& db, Clock& clock = systemClock());

    // email trimmed and lower-cased; refuses (InvalidInput) anything that is not one address.
    static Result<QString> normaliseEmail(const QString& email);

    // Creates an account. Refuses an address already used (InvalidInput) or an unknown
    // organisation id. Returns the new account's id.
    Result<qint64> create(const QString& email, std::optional<qint64> organisationId,
                          const QByteArray& authKeyHash, const QByteArray& verifierState = {},
                          const PasswordSlotRecord& slot = {});
    // The account with email (NotFound when there is none).
    Result<AccountRecord> findByEmail(const QString& email);
    Result<AccountRecord> find(qint64 accountId);
    // Every account, or those of one organisation, by email.
    Result<QList<AccountRecord>> list(std::optional<qint64> organisationId = std::nullopt);
    Status setOrganisation(qint64 accountId, std::optional<qint64> organisationId);

    // True when authKey matches the account's stored hash (constant time). False for an
    // account with no hash. NotFound for an unknown account.
    Result<bool> checkAuthKey(qint64 accountId, QByteArrayView authKey, const AuthKeyHasher& hasher);
    Status setAuthKeyHash(qint64 accountId, const QByteArray& hash);
    Result<PasswordSlotRecord> passwordSlot(qint64 accountId);
    // Writes the slot's parts and, when authKeyHash is not empty, the proof's hash too (a new
    // master password). Joins the caller's transaction.
    Status setPasswordSlot(qint64 accountId, const PasswordSlotRecord& slot,
                           const QByteArray& authKeyHash = {});

    using LockedStep = std::function<Result<AccountStateChange>(const LockedAccountState&)>;
    // Runs step inside one transaction that holds the account's row lock (PostgreSQL: SELECT …
    // FOR UPDATE; SQLite: BEGIN IMMEDIATE), writes the change it returns (revision + 1 when the
    // state changes) and commits. When step fails, nothing is written and its error returned.
    // A refusal the verifier wants persisted (a wrong code counted) is a success with a change,
    // carried back to the caller by the step itself. Statements step runs on the same Database
    // join the transaction. Returns the state as committed. NotFound for an unknown account.
    Result<LockedAccountState> withAccountLocked(qint64 accountId, const LockedStep& step);

    // Inside the caller's transaction (Database::inTransaction): the account with email
    // (normalised) and its row lock (PostgreSQL: FOR UPDATE; SQLite: the transaction's
    // BEGIN IMMEDIATE), with its state, proof hash and keyset. Empty when there is none.
    Result<std::optional<LockedAccount>> lockByEmail(const QString& normalEmail);
    // Inside the caller's transaction: writes change to the account (revision + 1 when the
    // verifier state changes) and updates state to match. Nothing when change is empty.
    Status writeChange(qint64 accountId, const AccountStateChange& change, LockedAccountState& state);

    // Marks the account for a second-factor reset (the verifier host applies it inside the next
    // locked step and reports resetDone).
    Status requestSecondFactorReset(qint64 accountId);

private:
    Result<QList<AccountRecord>> select(const QString& where, const QVariantList& values);

    Database& m_db;
    Clock& m_clock;
};

} // namespace twofold::server
