#pragma once
// The Twofold side of the benchmark: writing the data set as a vault, and opening a vault
// step by step with each step timed, so the KDF can be reported apart from the rest.
#include "BenchData.h"

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

namespace twofold::bench {

// Creates a new vault at path (an existing file is refused) holding data, encrypted under
// password with params, and saves it. Entries with history get it through real password
// changes (Vault::updateEntry), oldest first.
Status writeTwofoldVault(const BenchData& data, const QString& path, const SecureBuffer& password,
                         const kdf::Params& params);

// Milliseconds spent in each step of opening a vault (what OpenVault::open does).
struct OpenTimes
{
    double readMs = 0;    // VaultFile::read: read the file, check magic, bounds, checksum
    double deriveMs = 0;  // derivePasswordKey: Argon2id, the KDF
    double unlockMs = 0;  // openAuthSection + unlockPasswordSlot: unwrap the vault key
    double decryptMs = 0; // decryptBody: decrypt, decode the CBOR body, build the search index
    double totalMs() const { return readMs + deriveMs + unlockMs + decryptMs; }
    double beyondKdfMs() const { return totalMs() - deriveMs; }
};

// Opens the vault at path with password, timing each step into times.
Result<Vault> openTimed(const QString& path, const SecureBuffer& password, OpenTimes* times);

// Milliseconds since timer start, from nanoseconds.
double elapsedMs(qint64 nsecs);

} // namespace twofold::bench
