#pragma once
// Small secrets share secure regions. sodium_malloc costs four memory mappings (and the
// mprotect/munmap calls that go with them, each a TLB flush on every core) per buffer, and
// the process runs out of mappings after ~16k buffers. Buffers of up to kMaxPooledBytes are
// carved from 64 KiB sodium_malloc regions instead (guard pages around each region, locked
// against swapping, left out of core dumps) and wiped with sodium_memzero when released; the
// regions are kept for reuse until the process ends. Larger buffers get a sodium_malloc each.
// Thread-safe. Used only by SecureBuffer.
#include <cstddef>

namespace twofold::securepool {

inline constexpr std::size_t kMaxPooledBytes = 2048;

// size bytes (0 < size), zeroed when zero is true. Null when secure memory cannot be had.
unsigned char* allocate(std::size_t size, bool zero);
// Wipes size bytes at p (allocated by allocate(size, …)) and releases them.
void release(unsigned char* p, std::size_t size);

// For tests: the number of blocks in use and of regions taken from sodium_malloc so far.
struct Stats
{
    std::size_t blocksInUse = 0;
    std::size_t regions = 0;
};
Stats stats();

} // namespace twofold::securepool
