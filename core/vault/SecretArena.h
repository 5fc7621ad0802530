#pragma once
// SecretArena: every entry secret (passwords, password history, otpauth URIs) of a vault in
// ONE secure-memory region, addressed by SecretId. sodium_malloc per secret would cost four
// mappings each and fail after ~16k; one arena holds 100k entries' secrets cheaply.
// Released secrets are wiped at once; space is compacted when half of it is holes.
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace twofold {

using SecretId = quint32;
inline constexpr SecretId kNoSecret = 0xFFFFFFFFu;

class SecretArena
{
public:
    SecretArena() = default;
    SecretArena(SecretArena&&) noexcept = default;
    SecretArena& operator=(SecretArena&&) noexcept = default;

    // Stores a copy of bytes; returns its id. Empty bytes are stored too (an empty password).
    SecretId store(QByteArrayView bytes);
    SecretId storeUtf8(QStringView text);
    // Wipes and forgets id (kNoSecret is ignored).
    void release(SecretId id);
    // The bytes of id; valid until the next store/release. Empty for kNoSecret.
    QByteArrayView view(SecretId id) const;
    SecureBuffer copy(SecretId id) const;
    // A QString copy: a known leak (QString is not wiped), keep it short-lived.
    QString toStringUnsafe(SecretId id) const;
    // Constant-time comparison with other bytes.
    [[nodiscard]] bool equals(SecretId id, QByteArrayView other) const;
    // Number of live secrets and bytes in use (for tests and benchmarks).
    std::size_t liveCount() const { return m_live; }
    std::size_t bytesUsed() const { return m_used; }
    // Wipes everything.
    void clear();

private:
    struct Slot
    {
        quint32 offset = 0;
        quint32 length = 0;
        bool live = false;
    };
    void reserve(std::size_t extra);
    void compact(std::size_t extra);

    SecureBuffer m_buffer;
    std::size_t m_used = 0;  // bytes written, holes included
    std::size_t m_holes = 0; // bytes of released secrets
    std::size_t m_live = 0;
    std::vector<Slot> m_slots;
    std::vector<SecretId> m_free;
};

} // namespace twofold
