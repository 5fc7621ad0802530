#pragma once
// The vault body: CBOR, encoded straight into secure memory and decoded from it without
// copying secrets into ordinary heap memory.
//
//   map { "v": 1, "name": text,
//         "groups":  [ [id(16 bytes), name, parent(0 or 16 bytes)], ... ],
//         "entries": [ [id, title, username, url, notes, [tags...], group(0|16 bytes),
//                       createdMs, modifiedMs, password(bytes), otpUri(bytes),
//                       [[oldPassword(bytes), retiredMs], ...], trashedMs(0 = not in trash),
//                       kind(0 login, 1 note, 2 card, 3 identity), [extraUrl...],
//                       [[name, type(0 text, 1 hidden, 2 URL), value(text; bytes when hidden)], ...]
//                     ], ... ] }
// Version 3 adds to every entry a 17th item, [version...] (whole older versions kept by a
// sync merge, each an entry array of 16 items with the entry's id), and a fifth key
//   "sync": [revision, [[record id(0|16 bytes), rev, digest(16 bytes)], ...]]  (SyncState)
// Version 4 adds to every entry, versions included, a last item: its attachments,
//   [[id(16 bytes), name, size, addedMs, key(32 bytes)], ...]  (Entry.h, Attachment)
// Version 3 files (and sync records of version-3 entries) are read without attachments.
// Version 2 files are read (no versions, an empty sync state) and written back as version 4.
// Version 1 (before entry kinds) lacks the last three items of an entry; it is read and
// written back as version 2 on the next save.
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <functional>

namespace twofold::codec {

inline constexpr int kBodyVersion = 4;
inline constexpr int kOldestBodyVersion = 1;

// The body of vault as CBOR, in secure memory.
SecureBuffer encodeBody(const Vault& vault);

// A vault from a body; FileDamaged (with a sentence) when anything is malformed.
Result<Vault> decodeBody(const SecureBuffer& body, Clock& clock);

// The same from size bytes at data. drained, when set, is called now and then (about every
// MiB) with how many leading bytes are decoded and will never be read again, so that the
// caller can wipe and free them while the rest is decoded (see DrainableBuffer).
Result<Vault> decodeBody(const unsigned char* data, std::size_t size, Clock& clock,
                         const std::function<void(std::size_t)>& drained = {});

// ---- sync records (core/sync encrypts these; core/server/API.md "Sync") ----
// A record's plaintext is [kind, content]: kind 0 an entry (the body's entry array, versions
// included), 1 a group ([id, name, parent]), 2 the vault's settings ([name]).
enum class RecordKind : quint8 { Entry = 0, Group = 1, Settings = 2 };

struct RecordContent
{
    RecordKind kind = RecordKind::Entry;
    Entry entry;       // kind Entry; its secrets are in secrets
    Group group;       // kind Group
    QString vaultName; // kind Settings
    SecretArena secrets;
};

// The plaintext of a record, written into scratch from its start (grown when needed, so one
// buffer serves many records without a secure allocation each); returns its length.
// entry's secrets are in secrets (a vault's: Vault::secrets()).
std::size_t encodeEntryRecord(const SecretArena& secrets, const Entry& entry, SecureBuffer& scratch);
std::size_t encodeGroupRecord(const Group& group, SecureBuffer& scratch);
std::size_t encodeSettingsRecord(const Vault& vault, SecureBuffer& scratch);

// A record's content from its plaintext; FileDamaged (with a sentence) for anything that is
// not exactly one canonical record of a known kind.
[[nodiscard]] Result<RecordContent> decodeRecord(const unsigned char* data, std::size_t size);

} // namespace twofold::codec
