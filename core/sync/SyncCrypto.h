#pragma once
// The keys and sealing of sync records (core/server/API.md "Sync"). The server stores the
// sealed bytes only; it never sees a title, a user name, a URL, notes or a password.
//
//   sync key = crypto_kdf_derive_from_key(32, id 4, "TFsync__", vault key)   (authenticates)
//   data     = nonce(24) ‖ XChaCha20-Poly1305(vault key, plaintext,
//                                             AD = "twofold-sync-1" ‖ vault id(16) ‖ record id(16))
// Record ids: an entry's or a group's QUuid as RFC 4122 bytes; the vault's settings: 16 zeros.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QUuid>

namespace twofold::sync {

inline constexpr std::size_t kSyncKeyBytes = 32;
inline constexpr std::size_t kRecordIdBytes = 16;
inline constexpr std::size_t kDigestBytes = 16;
inline constexpr qsizetype kMaxRecordDataBytes = 1 << 20; // the server's limit for one record

// The sync key of a vault key (kVaultKeyBytes). Only a computer that opened the vault has it.
SecureBuffer deriveSyncKey(const SecureBuffer& vaultKey);

// 16 bytes for id (zeros for the null id: the vault's settings), and back.
QByteArray recordIdBytes(const QUuid& id);
QUuid recordIdFrom(QByteArrayView bytes);

// Seals plaintext as the record id of vaultId (16 bytes) under vaultKey, with a fresh nonce.
QByteArray sealRecord(const SecureBuffer& vaultKey, QByteArrayView vaultId, const QUuid& id,
                      const unsigned char* plaintext, std::size_t size);
// The plaintext of a sealed record; FileDamaged (with a sentence) when it is too short, was
// changed, belongs to another record or vault, or was sealed under another key.
[[nodiscard]] Result<SecureBuffer> openRecord(const SecureBuffer& vaultKey, QByteArrayView vaultId,
                                              const QUuid& id, QByteArrayView data);

// BLAKE2b (kDigestBytes) of a record's plaintext: what SyncState remembers to see changes.
QByteArray recordDigest(const unsigned char* plaintext, std::size_t size);

} // namespace twofold::sync
