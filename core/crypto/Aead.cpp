#include "crypto/Aead.h"

#include "common/Sodium.h"

#include <sodium.h>

namespace twofold::aead {

static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

QByteArray randomNonce()
{
    ensureSodium();
    QByteArray nonce(qsizetype(kNonceBytes), Qt::Uninitialized);
    randombytes_buf(nonce.data(), kNonceBytes);
    return nonce;
}

QByteArray encrypt(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView plaintext,
                   QByteArrayView associatedData)
{
    Q_ASSERT(key.size() == kKeyBytes && std::size_t(nonce.size()) == kNonceBytes);
    QByteArray out(plaintext.size() + qsizetype(kTagBytes), Qt::Uninitialized);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data()), &outLen,
        reinterpret_cast<const unsigned char*>(plaintext.data()), std::size_t(plaintext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.data()), std::size_t(associatedData.size()),
        nullptr, reinterpret_cast<const unsigned char*>(nonce.data()), key.data());
    return out;
}

Result<SecureBuffer> decrypt(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView ciphertext,
                             QByteArrayView associatedData, const Error& failure)
{
    if (key.size() != kKeyBytes || std::size_t(nonce.size()) != kNonceBytes ||
        std::size_t(ciphertext.size()) < kTagBytes)
        return failure;
    SecureBuffer plain(std::size_t(ciphertext.size()) - kTagBytes, Qt::Uninitialized);
    unsigned long long plainLen = 0;
    unsigned char empty = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.isEmpty() ? &empty : plain.data(), &plainLen, nullptr,
            reinterpret_cast<const unsigned char*>(ciphertext.data()), std::size_t(ciphertext.size()),
            reinterpret_cast<const unsigned char*>(associatedData.data()), std::size_t(associatedData.size()),
            reinterpret_cast<const unsigned char*>(nonce.data()), key.data()) != 0)
        return failure;
    return plain;
}

QByteArray seal(const SecureBuffer& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    const QByteArray nonce = randomNonce();
    return nonce + encrypt(key, nonce, plaintext, associatedData);
}

Result<SecureBuffer> open(const SecureBuffer& key, QByteArrayView sealed, QByteArrayView associatedData,
                          const Error& failure)
{
    if (std::size_t(sealed.size()) < kNonceBytes + kTagBytes)
        return failure;
    return decrypt(key, sealed.first(qsizetype(kNonceBytes)), sealed.sliced(qsizetype(kNonceBytes)),
                   associatedData, failure);
}

} // namespace twofold::aead
