#include "vault/DrainableBuffer.h"

#include "crypto/SecureBuffer.h"

#include <sodium.h>

#include <algorithm>

// Windows: a plain SecureBuffer; drain() wipes what has been read but gives no page back
// before the end (the peak-memory figure is measured on Linux).

namespace twofold {

DrainableBuffer::DrainableBuffer(std::size_t size) : m_size(size)
{
    auto* buffer = new SecureBuffer(std::max<std::size_t>(size, 1), Qt::Uninitialized);
    m_handle = buffer;
    m_mapped = buffer->size();
    m_data = buffer->data();
}

DrainableBuffer::~DrainableBuffer()
{
    delete static_cast<SecureBuffer*>(m_handle); // wiped by sodium_free
}

void DrainableBuffer::drain(std::size_t upTo)
{
    const std::size_t end = std::min(upTo, m_size);
    if (end <= m_drained)
        return;
    sodium_memzero(m_data + m_drained, end - m_drained);
    m_drained = end;
}

} // namespace twofold
