#pragma once
// What a vault file remembers of its sync with the server (DESIGN.md 11, core/server/API.md
// "Sync"), saved in the body with the entries in the same atomic save, so a crash at any
// instant leaves state and content that belong together.
//
// Pending changes are not flags that every edit would have to remember to set: a record is
// pending when its plaintext now differs from the one last pulled or pushed (digest), when it
// is not known to the server yet, or — a tombstone — when the server knows it and it is gone
// from this vault (an entry deleted from the trash here, a group removed here). core/sync
// computes them (SyncPlan).
#include <QByteArray>
#include <QHash>
#include <QUuid>

namespace twofold {

struct SyncRecordState
{
    quint64 rev = 0;   // the server revision of the record this computer last pulled or pushed
    QByteArray digest; // 16 bytes: BLAKE2b of that record's plaintext
    bool operator==(const SyncRecordState&) const = default;
};

struct SyncState
{
    quint64 revision = 0;                  // the account's revision last pulled up to
    QHash<QUuid, SyncRecordState> records; // by record id (the null id: vault settings)
    bool operator==(const SyncState& o) const = default;
};

} // namespace twofold
