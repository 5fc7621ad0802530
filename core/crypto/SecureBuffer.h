#pragma once
// SecureBuffer: bytes in sodium_malloc'd memory (guard pages, mlock'd, out of core dumps,
// wiped on release). Buffers up to 2 KiB share pooled regions (crypto/SecurePool.h).
// Move-only, so a secret is never copied by accident. Use for keys, passwords, codes.
//
// WARNING: compare secrets with equals() (sodium_memcmp, constant time), never memcmp or ==.
// Each buffer still costs a lock and a free-list entry: keep many small secrets in one
// buffer (see vault/SecretArena.h), not one buffer each.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace twofold {

class SecureBuffer
{
public:
    SecureBuffer() = default;
    // size zero-initialised bytes. Aborts when secure memory cannot be had.
    explicit SecureBuffer(std::size_t size);
    // size bytes of unspecified content: for buffers about to be overwritten.
    SecureBuffer(std::size_t size, Qt::Initialization);
    // A copy of bytes[0..size) in secure memory.
    static SecureBuffer fromBytes(const void* bytes, std::size_t size);
    static SecureBuffer fromBytes(QByteArrayView bytes) { return fromBytes(bytes.data(), bytes.size()); }
    // The UTF-8 bytes of text. The temporary UTF-8 copy is wiped before returning; the
    // caller still owns (and should clear) text itself.
    static SecureBuffer fromUtf8(QStringView text);

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    ~SecureBuffer();

    // An explicit copy, still in secure memory.
    SecureBuffer clone() const { return fromBytes(m_data, m_size); }

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char*>(m_data), qsizetype(m_size));
    }

    // Constant-time equality of content (sizes are not secret).
    [[nodiscard]] bool equals(const SecureBuffer& other) const;
    [[nodiscard]] bool equals(QByteArrayView other) const;

    // Wipes and frees; the buffer becomes empty.
    void clear();

    // A QString of the UTF-8 content. Known leak (QString is not wiped): keep it short-lived.
    QString toStringUnsafe() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray's bytes with zeros (it must not be shared).
void wipe(QByteArray& bytes);
// Overwrites a QString's characters with zeros (it must not be shared).
void wipe(QString& text);

} // namespace twofold
