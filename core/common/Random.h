#pragma once
// Chance is injected: anything that draws random numbers takes a Random&, with
// systemRandom() (libsodium's randombytes) as the production default.
#include <QUuid>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace twofold {

class Random
{
public:
    virtual ~Random() = default;
    // Fills out[0..size) with random bytes.
    virtual void fill(void* out, std::size_t size) = 0;
    // A uniformly distributed number in [0, upperBound); upperBound > 0.
    virtual quint32 uniform(quint32 upperBound) = 0;
};

// libsodium's CSPRNG.
Random& systemRandom();

// A random (version 4) UUID from libsodium's CSPRNG, drawn 256 at a time: QUuid::createUuid
// asks the system for every one (a tenth of a 100,000-entry import went there).
QUuid randomUuid();

// A deterministic generator for tests (not for secrets): a seeded ChaCha20 stream.
class SeededRandom final : public Random
{
public:
    explicit SeededRandom(quint64 seed);
    void fill(void* out, std::size_t size) override;
    quint32 uniform(quint32 upperBound) override;

private:
    unsigned char m_seed[32];
    quint64 m_counter = 0;
};

} // namespace twofold
