#include "crypto/SecurePool.h"

#include <sodium.h>

#include <array>
#include <cstring>
#include <mutex>
#include <vector>

namespace twofold::securepool {

namespace {

constexpr std::size_t kRegionBytes = 64 * 1024;
constexpr std::size_t kMinBlock = 16;
// Block sizes 16, 32, …, kMaxPooledBytes.
constexpr std::size_t kClasses = 8;
static_assert(kMinBlock << (kClasses - 1) == kMaxPooledBytes);

std::size_t classOf(std::size_t size)
{
    std::size_t c = 0;
    while ((kMinBlock << c) < size)
        ++c;
    return c;
}

class Pool
{
public:
    unsigned char* allocate(std::size_t size)
    {
        const std::size_t c = classOf(size);
        const std::size_t block = kMinBlock << c;
        std::lock_guard lock(m_mutex);
        std::vector<unsigned char*>& free = m_free[c];
        if (free.empty()) {
            // sodium_malloc puts the region's end against a guard page; the whole region is
            // handed out in blocks of this class (their addresses aligned to the block size
            // within it, since kRegionBytes is a multiple of every block size).
            auto* region = static_cast<unsigned char*>(sodium_malloc(kRegionBytes));
            if (!region)
                return nullptr;
            sodium_memzero(region, kRegionBytes);
            ++m_regions;
            free.reserve(free.size() + kRegionBytes / block);
            for (std::size_t at = kRegionBytes; at >= block; at -= block)
                free.push_back(region + at - block);
        }
        unsigned char* p = free.back();
        free.pop_back();
        ++m_inUse;
        return p;
    }

    void release(unsigned char* p, std::size_t size)
    {
        const std::size_t c = classOf(size);
        sodium_memzero(p, kMinBlock << c); // every block is zero while free
        std::lock_guard lock(m_mutex);
        m_free[c].push_back(p);
        --m_inUse;
    }

    Stats stats()
    {
        std::lock_guard lock(m_mutex);
        return Stats{m_inUse, m_regions};
    }

private:
    std::mutex m_mutex;
    std::array<std::vector<unsigned char*>, kClasses> m_free;
    std::size_t m_inUse = 0;
    std::size_t m_regions = 0;
};

// Never destroyed: a SecureBuffer in a static object may be released after main returns.
Pool& pool()
{
    static Pool* const instance = new Pool;
    return *instance;
}

} // namespace

unsigned char* allocate(std::size_t size, bool zero)
{
    if (size > kMaxPooledBytes) {
        auto* p = static_cast<unsigned char*>(sodium_malloc(size));
        if (p && zero)
            std::memset(p, 0, size);
        return p;
    }
    return pool().allocate(size); // free blocks are zero already
}

void release(unsigned char* p, std::size_t size)
{
    if (size > kMaxPooledBytes)
        sodium_free(p); // wipes before freeing
    else
        pool().release(p, size);
}

Stats stats()
{
    return pool().stats();
}

} // namespace twofold::securepool
