#include "vault/SecretArena.h"

#include <sodium.h>

#include <cstring>

namespace twofold {

namespace {
constexpr std::size_t kInitialArenaBytes = 4096;
}

void SecretArena::reserve(std::size_t extra)
{
    if (m_used + extra <= m_buffer.size())
        return;
    // Reclaim holes first when they are at least half of what is written.
    if (m_holes > 0 && m_holes * 2 >= m_used) {
        compact(extra);
        if (m_used + extra <= m_buffer.size())
            return;
    }
    std::size_t capacity = std::max(kInitialArenaBytes, m_buffer.size());
    while (capacity < m_used + extra)
        capacity *= 2;
    SecureBuffer bigger(capacity);
    if (m_used)
        std::memcpy(bigger.data(), m_buffer.data(), m_used);
    m_buffer = std::move(bigger); // the old buffer is wiped by sodium_free
}

void SecretArena::compact(std::size_t extra)
{
    SecureBuffer fresh(std::max(kInitialArenaBytes, (m_used - m_holes + extra) * 2));
    std::size_t at = 0;
    for (Slot& slot : m_slots) {
        if (!slot.live)
            continue;
        if (slot.length)
            std::memcpy(fresh.data() + at, m_buffer.data() + slot.offset, slot.length);
        slot.offset = quint32(at);
        at += slot.length;
    }
    m_buffer = std::move(fresh);
    m_used = at;
    m_holes = 0;
}

SecretId SecretArena::store(QByteArrayView bytes)
{
    const std::size_t length = std::size_t(bytes.size());
    reserve(length);
    Slot slot{quint32(m_used), quint32(length), true};
    if (length)
        std::memcpy(m_buffer.data() + m_used, bytes.data(), length);
    m_used += length;
    ++m_live;
    if (!m_free.empty()) {
        const SecretId id = m_free.back();
        m_free.pop_back();
        m_slots[id] = slot;
        return id;
    }
    m_slots.push_back(slot);
    return SecretId(m_slots.size() - 1);
}

SecretId SecretArena::storeUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    const SecretId id = store(utf8);
    wipe(utf8);
    return id;
}

void SecretArena::release(SecretId id)
{
    if (id == kNoSecret || id >= m_slots.size() || !m_slots[id].live)
        return;
    Slot& slot = m_slots[id];
    if (slot.length)
        sodium_memzero(m_buffer.data() + slot.offset, slot.length);
    m_holes += slot.length;
    slot = Slot{};
    --m_live;
    m_free.push_back(id);
}

QByteArrayView SecretArena::view(SecretId id) const
{
    if (id == kNoSecret || id >= m_slots.size() || !m_slots[id].live || m_slots[id].length == 0)
        return {};
    const Slot& slot = m_slots[id];
    return QByteArrayView(reinterpret_cast<const char*>(m_buffer.data() + slot.offset),
                          qsizetype(slot.length));
}

SecureBuffer SecretArena::copy(SecretId id) const
{
    const QByteArrayView v = view(id);
    return SecureBuffer::fromBytes(v.data(), std::size_t(v.size()));
}

QString SecretArena::toStringUnsafe(SecretId id) const
{
    const QByteArrayView v = view(id);
    return QString::fromUtf8(v.data(), v.size());
}

bool SecretArena::equals(SecretId id, QByteArrayView other) const
{
    const QByteArrayView v = view(id);
    if (v.size() != other.size())
        return false;
    return v.isEmpty() || sodium_memcmp(v.data(), other.data(), std::size_t(v.size())) == 0;
}

void SecretArena::clear()
{
    m_buffer.clear();
    m_slots.clear();
    m_free.clear();
    m_used = m_holes = m_live = 0;
}

} // namespace twofold
