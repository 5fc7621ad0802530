#pragma once
// The sync routes' messages (core/server/API.md "Sync"): requests the client sends and the
// strict readers of the server's replies (fuzzed: tests/fuzz/fuzz_sync.cpp).
//
//   pull {since, limit?}      -> {ok, revision, records: [{id, rev, data} | {id, rev, gone}], more}
//   push {base, records: [{id, data} | {id, gone}]} -> {ok, revision, revs}
//        stale: {ok: false, refusal: {code 506, reason 37}, revision}
//   wait {since}              -> {ok, revision}
// Every request also carries the envelope {v: 1, account, sync} (syncEnvelope).
#include "auth/Messages.h"
#include "crypto/SecureBuffer.h"

#include <QCborMap>
#include <QUuid>

#include <optional>
#include <vector>

namespace twofold::sync {

inline constexpr int kMaxPullLimit = 5000;
inline constexpr int kMaxPushRecords = 5000;
inline constexpr qsizetype kMaxPushBodyBytes = 12 << 20; // under the server's 16 MiB, leaving room
// The refusal a push based on an older revision gets (API.md).
inline constexpr RefusalReason kSyncStale = RefusalReason::SyncStale;

// One record as the server holds it.
struct RemoteRecord
{
    QUuid id; // null: the vault's settings
    quint64 rev = 0;
    QByteArray data;   // sealed (SyncCrypto); empty when gone
    bool gone = false; // removed for good
};

// One record to push: data, or gone.
struct OutgoingRecord
{
    QUuid id;
    QByteArray data;
    bool gone = false;
};

// request with v, account (the email as UTF-8) and the sync key added.
QCborMap syncEnvelope(QCborMap request, const QString& account, const SecureBuffer& syncKey);

QCborMap pullRequest(quint64 since, int limit = kMaxPullLimit);
QCborMap pushRequest(quint64 base, const std::vector<OutgoingRecord>& records);
QCborMap waitRequest(quint64 since);
// The bytes one record adds to a push body (about), to keep a push under kMaxPushBodyBytes.
qsizetype pushedSize(const OutgoingRecord& record);

struct PullReply
{
    quint64 revision = 0;
    std::vector<RemoteRecord> records; // ascending rev, each at most revision
    bool more = false;
    // Refuses a reply that is not exactly this shape: records out of order, a rev above the
    // revision, an id not 16 bytes, data and gone together or neither, data over 1 MiB.
    static Result<PullReply> fromCbor(const QCborMap& map);
};

struct PushReply
{
    quint64 revision = 0;
    std::vector<quint64> revs; // one per pushed record, in order
    static Result<PushReply> fromCbor(const QCborMap& map);
};

struct WaitReply
{
    quint64 revision = 0;
    static Result<WaitReply> fromCbor(const QCborMap& map);
};

// A stale push's refusal carries the server's revision beside it; nullopt for other replies.
std::optional<quint64> staleRevision(const QCborMap& reply);

} // namespace twofold::sync
