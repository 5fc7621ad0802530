#pragma once
// What changes hands in a sync, and the merge rules (DESIGN.md 11). Pure functions over a
// Vault and its SyncState: no network, no file (SyncEngine does those).
//
// Pending here (changed, not pushed): a record whose plaintext differs from the one last
// pulled or pushed, one the server does not know yet, or one the server knows that is gone
// from this vault (a tombstone: an entry deleted from the trash here, a group removed here).
//
// Merge rules for a record pulled from the server:
//   not changed here                 → the server's is taken (added, changed, removed);
//   entry changed on both            → the newer (modifiedMs; equal: the larger digest) is
//                                      current, the other is kept whole in the entry's
//                                      versions, and the result is pushed; reported as merged;
//   deleted here, changed there      → the server's is taken: the edit survives;
//   gone there, changed here         → the local one stays and is pushed again;
//   group or vault name changed on both → the server's is taken (the first pushed wins), so
//                                      every computer ends with the same tree.
// Nothing a user typed is lost in any of these.
#include "common/Result.h"
#include "sync/SyncMessages.h"
#include "vault/Vault.h"
#include "vault/VaultCodec.h"

#include <QList>
#include <QString>

#include <vector>

namespace twofold::sync {

// One change that came in or went out, for the user ("added "Mail"").
struct SyncChange
{
    enum class What : quint8 { Added, Changed, Removed };
    codec::RecordKind kind = codec::RecordKind::Entry;
    What what = What::Changed;
    QUuid id;
    QString title; // an entry's title, a group's path, the vault's name
};

struct MergeReport
{
    std::vector<SyncChange> received;
    std::vector<SyncChange> merged; // entries changed on both computers (kind Entry)
    int unreadable = 0;             // records that did not open with this vault's key (skipped)
};

// A pending record, sealed and ready to push, with the digest of the plaintext it seals.
struct PendingRecord
{
    OutgoingRecord record;
    QByteArray digest; // empty when gone
    SyncChange change;
};

// How many records are pending (for "Offline — 3 changes waiting").
int pendingCount(const Vault& vault);

// Every pending record, sealed under vaultKey for vaultId: the vault's settings first, then
// groups (parents before children), entries, and the removals last.
std::vector<PendingRecord> collectPending(const Vault& vault, const SecureBuffer& vaultKey,
                                          QByteArrayView vaultId);

// Applies one page of pulled records (ascending rev) by the rules above and records each
// record's rev and digest in the vault's sync state; the state's revision is not changed
// (the engine sets it once a page is applied). Groups of the page go first, so entries find
// them. Records that do not open or decode are skipped and counted in report.unreadable.
void applyPulled(Vault& vault, const SecureBuffer& vaultKey, QByteArrayView vaultId,
                 const std::vector<RemoteRecord>& records, MergeReport& report);

// After a whole pull: entries and groups whose group is still missing go to the top level.
void finishPull(Vault& vault);

// After a push the server took: each record's new rev and digest (gone ones are forgotten).
void markPushed(Vault& vault, const std::vector<PendingRecord>& pushed, const std::vector<quint64>& revs);

} // namespace twofold::sync
