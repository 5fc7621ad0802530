#include "vault/DrainableBuffer.h"

#include <sodium.h>

#include <algorithm>

#include <sys/mman.h>
#include <unistd.h>

namespace twofold {

namespace {
std::size_t pageSize()
{
    static const std::size_t size = std::size_t(::sysconf(_SC_PAGESIZE));
    return size;
}
} // namespace

DrainableBuffer::DrainableBuffer(std::size_t size) : m_size(size)
{
    const std::size_t page = pageSize();
    m_mapped = (std::max<std::size_t>(size, 1) + page - 1) / page * page;
    void* p = ::mmap(nullptr, m_mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        m_mapped = 0;
        return;
    }
    // As sodium_malloc does: lock when the limit allows (failure is not fatal), no core dump.
    (void)sodium_mlock(p, m_mapped);
#ifdef MADV_DONTDUMP
    (void)::madvise(p, m_mapped, MADV_DONTDUMP);
#endif
    m_handle = p;
    m_data = static_cast<unsigned char*>(p);
}

DrainableBuffer::~DrainableBuffer()
{
    if (!m_data || m_drained == m_mapped)
        return;
    // sodium_munlock wipes before unlocking.
    unsigned char* rest = static_cast<unsigned char*>(m_handle) + m_drained;
    (void)sodium_munlock(rest, m_mapped - m_drained);
    ::munmap(rest, m_mapped - m_drained);
}

void DrainableBuffer::drain(std::size_t upTo)
{
    if (!m_data)
        return;
    const std::size_t page = pageSize();
    const std::size_t end = std::min(upTo, m_size) / page * page; // whole pages only
    if (end <= m_drained)
        return;
    (void)sodium_munlock(m_data + m_drained, end - m_drained); // wipes, then unlocks
    ::munmap(m_data + m_drained, end - m_drained);
    m_drained = end;
}

} // namespace twofold
