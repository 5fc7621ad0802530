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

bool AuthKeyHasher::matches(QByteArrayView authKey, QByteArrayView stored) const
{
    if (stored.size() != qsizetype(kHashBytes))
        return false;
    const QByteArray computed = hash(authKey);
    return sodium_memcmp(computed.constData(), stored.data(), kHashBytes) == 0;
}

} // namespace twofold::server
