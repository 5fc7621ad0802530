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
// Version 1 (before entry kinds) lacks the last three items of an entry; it is read and
// written back as version 2 on the next save.
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <functional>

namespace twofold::codec {

inline constexpr int kBodyVersion = 2;
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

} // namespace twofold::codec
