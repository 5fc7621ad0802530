#include "crypto/SecureBuffer.h"

#include "common/Sodium.h"
#include "crypto/SecurePool.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace twofold {

namespace {
unsigned char* allocateSecure(std::size_t size, bool zero = true)
{
    ensureSodium();
    if (size == 0)
        return nullptr;
    unsigned char* p = securepool::allocate(size, zero);
    if (!p) {
        std::fputs("Twofold ran out of secure memory.\n", stderr);
        std::abort();
    }
    return p;
}
} // namespace

SecureBuffer::SecureBuffer(std::size_t size) : m_data(allocateSecure(size)), m_size(size) {}

SecureBuffer::SecureBuffer(std::size_t size, Qt::Initialization)
    : m_data(allocateSecure(size, false)), m_size(size)
{
}

SecureBuffer SecureBuffer::fromBytes(const void* bytes, std::size_t size)
{
    SecureBuffer b(size, Qt::Uninitialized);
    if (size)
        std::memcpy(b.m_data, bytes, size);
    return b;
}

SecureBuffer SecureBuffer::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer b = fromBytes(utf8.constData(), std::size_t(utf8.size()));
    wipe(utf8);
    return b;
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

void SecureBuffer::clear()
{
    if (m_data)
        securepool::release(m_data, m_size); // wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

bool SecureBuffer::equals(QByteArrayView other) const
{
    if (m_size != std::size_t(other.size()))
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.data(), m_size) == 0;
}

QString SecureBuffer::toStringUnsafe() const
{
    return QString::fromUtf8(reinterpret_cast<const char*>(m_data), qsizetype(m_size));
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe another holder's copy
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.detach();
    if (!text.isEmpty())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace twofold
