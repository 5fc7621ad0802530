#pragma once
// SyncHost: the sync routes of core/server/API.md ("Sync": POST /v1/sync/pull, /v1/sync/push,
// /v1/sync/wait) over RecordStore. Every request names the account by email and carries the
// sync key, which the host checks in constant time against BLAKE2b(key = pepper, "sync" ‖ key);
// a wrong key and an unknown email get the same bytes back (WrongPassword) after the same work.
// The host never sees what a record holds. One Database per host (QtSql's one-thread rule).
#include "auth/Messages.h"
#include "server/storage/AuthKeyHasher.h"
#include "server/storage/RecordStore.h"
#include "server/verifier/ServerVerifierHost.h"

#include <QCborMap>

namespace twofold::server {

inline constexpr qsizetype kSyncKeyBytes = 32;
inline constexpr qsizetype kRecordIdBytes = 16;
inline constexpr qsizetype kMaxSyncBodyBytes = 16 * 1024 * 1024;

struct SyncLimits
{
    int maxPullRecords = 5000;                // pull's limit: 1 … this, the default
    qsizetype maxPageBytes = 4 * 1024 * 1024; // a pull page stops after about this much data
    int maxPushRecords = 5000;                // records in one push
    qsizetype maxRecordBytes = 1024 * 1024;   // one record's data
    qint64 maxRecordsPerAccount = 1'000'000;  // records (tombstones too) one account keeps
};

// The request bodies, read strictly (exactly the keys of API.md, each of its type and size).
// A version other than 1 is VersionMismatch; anything else wrong is NotUnderstood.
struct SyncCredentials
{
    QString email; // normalised; empty when the address is not one (it then matches no account)
    QByteArray syncKey;
};
struct SyncPullRequest
{
    SyncCredentials who;
    qint64 since = 0;
    int limit = 0;
};
struct SyncPushRequest
{
    SyncCredentials who;
    qint64 base = 0;
    QList<PushRecord> records;
};
struct SyncWaitRequest
{
    SyncCredentials who;
    qint64 since = 0;
};
Answer<SyncPullRequest> readSyncPull(const QCborMap& map, const SyncLimits& limits = {});
Answer<SyncPushRequest> readSyncPush(const QCborMap& map, const SyncLimits& limits = {});
Answer<SyncWaitRequest> readSyncWait(const QCborMap& map);

// A route's answer and what the caller must do next: wake the account's waiters after a push
// (pushed), or hold the request open until the revision passes since (waits).
struct SyncOutcome
{
    HostReply reply;
    qint64 accountId = 0;
    qint64 revision = 0; // the account's revision as the host last read it
    qint64 since = 0;    // waits: the revision the client has
    bool pushed = false;
    bool waits = false;
    QHash<qint64, qint64> revisions; // the revisions a waiters' poll read
};

class SyncHost
{
public:
    // db and hasher must outlive the host.
    SyncHost(Database& db, const AuthKeyHasher& hasher, SyncLimits limits = {});

    SyncOutcome pull(const QCborMap& request);
    SyncOutcome push(const QCborMap& request);
    // Answers at once when the revision is past since (or the request is refused); otherwise
    // waits = true and the caller holds the request (SyncWaiters).
    SyncOutcome startWait(const QCborMap& request);
    // The current revisions of the waiting accounts (SyncWaiters' poll).
    Result<QHash<qint64, qint64>> revisions(const QList<qint64>& accountIds)
    {
        return m_records.revisions(accountIds);
    }

    // What the accounts table keeps for a sync key: BLAKE2b(key = pepper, "sync" ‖ key).
    QByteArray syncKeyHash(QByteArrayView key) const;
    const SyncLimits& limits() const { return m_limits; }

private:
    // The account, when the key fits (constant time); nullopt for a wrong key or an unknown
    // email, after the same work. An error when the database cannot answer.
    Result<std::optional<SyncAccount>> authenticate(const SyncCredentials& who);

    Database& m_db;
    const AuthKeyHasher& m_hasher;
    SyncLimits m_limits;
    RecordStore m_records;
    QByteArray m_dummyHash;
};

} // namespace twofold::server
