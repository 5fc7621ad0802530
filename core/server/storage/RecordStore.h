#pragma once
// The sync records of API.md "Sync" (DESIGN.md 11): per account a revision and a set of
// records, each opaque client-encrypted bytes or a tombstone (removed for good: no data), and
// the hash of the account's sync key. A push is one transaction holding the account's row
// lock, so two computers (or two server processes) pushing at once get distinct revisions and
// exactly one of two pushes on the same base is written.
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace twofold::server {

struct SyncRecord
{
    QByteArray id;                  // 16 bytes
    qint64 rev = 0;                 // the revision it was last written at
    std::optional<QByteArray> data; // nullopt: a tombstone
};

// What the sync routes need to know of an account.
struct SyncAccount
{
    qint64 id = 0;
    QByteArray syncKeyHash; // empty while the account has no sync key
    qint64 revision = 0;
};

struct SyncPage
{
    qint64 revision = 0;       // the account's revision the page was read at
    QList<SyncRecord> records; // since < rev ≤ revision, ascending rev
    bool more = false;         // records with a higher rev (≤ revision) were left out
};

struct PushRecord
{
    QByteArray id;
    std::optional<QByteArray> data; // nullopt: make it a tombstone
};

struct PushOutcome
{
    enum class Kind { Written, Stale, BaseAhead, TooManyRecords };
    Kind kind = Kind::Written;
    qint64 revision = 0; // the account's revision after the push (Written) or as found
    QList<qint64> revs;  // Written: one per record, in request order
};

class RecordStore
{
public:
    explicit RecordStore(Database& db);

    // The account with this normalised email, or nullopt.
    Result<std::optional<SyncAccount>> findByEmail(const QString& email);
    // Writes the sync key's stored hash. Joins the caller's transaction.
    Status setSyncKeyHash(qint64 accountId, const QByteArray& hash);
    // The stored hash (empty when none). NotFound for an unknown account.
    Result<QByteArray> syncKeyHash(qint64 accountId);
    // The revisions of the accounts in ids that exist (one query per 64 ids).
    Result<QHash<qint64, qint64>> revisions(const QList<qint64>& ids);

    // The records written after since, ascending rev: at most limit, and no more once their
    // data passes maxBytes (at least one record when there is one).
    Result<SyncPage> pull(qint64 accountId, qint64 since, int limit, qsizetype maxBytes);
    // When base is the account's revision: writes records in one transaction, each with the
    // next revision, in order. Stale (base older) and BaseAhead (newer) write nothing;
    // TooManyRecords (the account would keep more than maxRecords) writes nothing either.
    Result<PushOutcome> push(qint64 accountId, qint64 base, const QList<PushRecord>& records,
                             qint64 maxRecords);

private:
    Database& m_db;
};

} // namespace twofold::server
