#include "server/storage/AuthKeyHasher.h"

#include "common/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace twofold::server {

AuthKeyHasher::AuthKeyHasher(SecureBuffer pepper) : m_pepper(std::move(pepper))
{
    ensureSodium();
    if (m_pepper.size() != kPepperBytes)
        std::abort();
}

QByteArray AuthKeyHasher::hash(QByteArrayView authKey) const
{
    QByteArray out(qsizetype(kHashBytes), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kHashBytes,
                       reinterpret_cast<const unsigned char*>(authKey.data()), std::size_t(authKey.size()),
                       m_pepper.data(), m_pepper.size());
    return out;
}

SecureBuffer AuthKeyHasher::deriveKey(QByteArrayView purpose) const
{
    static constexpr char kPrefix[] = "twofold-server:";
    SecureBuffer key{kHashBytes};
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_pepper.data(), m_pepper.size(), kHashBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kPrefix), sizeof kPrefix - 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(purpose.data()),
                              std::size_t(purpose.size()));
    crypto_generichash_final(&state, key.data(), key.size());
    sodium_memzero(&state, sizeof state);
    return key;
}

bool AuthKeyHasher::matches(QByteArrayView authKey, QByteArrayView stored) const
{
    if (stored.size() != qsizetype(kHashBytes))
        return false;
    const QByteArray computed = hash(authKey);
    return sodium_memcmp(computed.constData(), stored.data(), kHashBytes) == 0;
}

} // namespace twofold::server
