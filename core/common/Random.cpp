#include "common/Random.h"

#include "common/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace twofold {

namespace {
class SodiumRandom final : public Random
{
public:
    void fill(void* out, std::size_t size) override { randombytes_buf(out, size); }
    quint32 uniform(quint32 upperBound) override { return randombytes_uniform(upperBound); }
};
} // namespace

QUuid randomUuid()
{
    ensureSodium();
    thread_local unsigned char pool[256 * 16];
    thread_local std::size_t used = sizeof pool;
    if (used == sizeof pool) {
        randombytes_buf(pool, sizeof pool);
        used = 0;
    }
    unsigned char* raw = pool + used;
    used += 16;
    raw[6] = static_cast<unsigned char>((raw[6] & 0x0F) | 0x40); // version 4
    raw[8] = static_cast<unsigned char>((raw[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QUuid id = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(raw), 16));
    sodium_memzero(raw, 16);
    return id;
}

Random& systemRandom()
{
    ensureSodium();
    static SodiumRandom random;
    return random;
}

SeededRandom::SeededRandom(quint64 seed)
{
    ensureSodium();
    std::memset(m_seed, 0, sizeof m_seed);
    std::memcpy(m_seed, &seed, sizeof seed);
}

void SeededRandom::fill(void* out, std::size_t size)
{
    // Each call draws from its own stream: the counter is part of the seed.
    std::memcpy(m_seed + 8, &m_counter, sizeof m_counter);
    ++m_counter;
    randombytes_buf_deterministic(out, size, m_seed);
}

quint32 SeededRandom::uniform(quint32 upperBound)
{
    if (upperBound < 2)
        return 0;
    // Rejection sampling, as randombytes_uniform does.
    const quint32 min = (1U + ~upperBound) % upperBound;
    quint32 r;
    do {
        fill(&r, sizeof r);
    } while (r < min);
    return r % upperBound;
}

} // namespace twofold
