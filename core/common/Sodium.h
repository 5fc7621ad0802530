#pragma once
// libsodium is initialised once; a failure is fatal (nothing is safe without it).
namespace twofold {

// Calls sodium_init() once; aborts the process with a message if it fails. Thread-safe.
void ensureSodium();

} // namespace twofold
