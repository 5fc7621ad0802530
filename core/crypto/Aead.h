#pragma once
// XChaCha20-Poly1305 (IETF) through libsodium. 32-byte keys, 24-byte random nonces.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace twofold::aead {

inline constexpr std::size_t kKeyBytes = 32;
inline constexpr std::size_t kNonceBytes = 24;
inline constexpr std::size_t kTagBytes = 16;

// A fresh random nonce.
QByteArray randomNonce();

// Encrypts plaintext under key (kKeyBytes) with nonce (kNonceBytes), authenticating
// associatedData too. Returns ciphertext || tag (plaintext size + kTagBytes).
QByteArray encrypt(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView plaintext,
                   QByteArrayView associatedData = {});

// Decrypts and checks; refuses (FileDamaged / WrongPassword chosen by the caller through
// failureCode) when the key is wrong or any byte of ciphertext, nonce or associatedData
// changed. The plaintext is returned in secure memory.
[[nodiscard]] Result<SecureBuffer> decrypt(const SecureBuffer& key, QByteArrayView nonce,
                                           QByteArrayView ciphertext, QByteArrayView associatedData,
                                           const Error& failure);

// nonce || encrypt(...): convenient for small sealed blobs.
QByteArray seal(const SecureBuffer& key, QByteArrayView plaintext, QByteArrayView associatedData = {});
[[nodiscard]] Result<SecureBuffer> open(const SecureBuffer& key, QByteArrayView sealed,
                                        QByteArrayView associatedData, const Error& failure);

} // namespace twofold::aead
