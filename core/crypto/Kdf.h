#pragma once
// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13): master password -> 32-byte key.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <functional>

namespace twofold::kdf {

inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kKeyBytes = 32;
// Bounds checked on every header before Argon2 runs (a damaged or hostile header must not
// make us allocate gigabytes or spin for hours).
// Twofold never writes more than these, so a header asking for more was changed by someone.
inline constexpr quint32 kMinMemoryKiB = 8;
inline constexpr quint32 kMaxMemoryKiB = 1024u * 1024u; // 1 GiB
inline constexpr quint32 kMinIterations = 1;
inline constexpr quint32 kMaxIterations = 64; // what calibrate() ever picks
// The time bound: memory x iterations of one derivation (KiB passes), 16 GiB in all, e.g.
// 256 MiB x 64 or 1 GiB x 16; calibrate() keeps within it, so every vault it made opens.
inline constexpr quint64 kMaxWorkKiB = quint64(16) * 1024u * 1024u;
inline constexpr quint32 kPreferredMemoryMiB = 256;
// Limits for high-entropy secrets (app passwords): libsodium's "interactive" figures.
inline constexpr quint32 kInteractiveMemoryKiB = 64 * 1024;
inline constexpr quint32 kInteractiveIterations = 2;

struct Params
{
    quint32 iterations = 3;         // Argon2 time cost (opslimit)
    quint32 memoryKiB = 256 * 1024; // Argon2 memory cost
    bool operator==(const Params&) const = default;
};

// True when params lie within the bounds above (memory, iterations and their product).
bool withinBounds(const Params& params);

// The work of one derivation with params: memory (KiB) times iterations.
constexpr quint64 workKiB(const Params& params)
{
    return quint64(params.memoryKiB) * params.iterations;
}

// A fresh random salt.
QByteArray randomSalt();

// Argon2id(password, salt, params) -> kKeyBytes in secure memory. Refuses params out of
// bounds (FileDamaged) and memory that cannot be had (Internal, with a sentence).
[[nodiscard]] Result<SecureBuffer> derive(const SecureBuffer& password, QByteArrayView salt,
                                          const Params& params);

// Picks params for this machine: kPreferredMemoryMiB where it can be had (halving down to
// 32 MiB otherwise), iterations raised until one derivation takes about targetMs, never
// beyond kMaxIterations or kMaxWorkKiB.
// measureMs runs one derivation and returns its duration; injectable for tests.
Params calibrate(int targetMs = 750, const std::function<qint64(const Params&)>& measureMs = {});

} // namespace twofold::kdf
