#pragma once
// The stored form of a client's auth key (DESIGN.md 10): BLAKE2b(key = server pepper,
// message = authKey), 32 bytes. The pepper lives outside the database (config file or the
// data folder), so a stolen database alone does not let anyone test guesses offline.
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace twofold::server {

class AuthKeyHasher
{
public:
    static constexpr std::size_t kPepperBytes = 32;
    static constexpr std::size_t kHashBytes = 32;

    // pepper must be kPepperBytes long (the caller checks; a wrong size aborts).
    explicit AuthKeyHasher(SecureBuffer pepper);

    // The stored hash of authKey.
    QByteArray hash(QByteArrayView authKey) const;
    // True when authKey hashes to stored, compared in constant time (sodium_memcmp). A stored
    // value of the wrong size never matches.
    [[nodiscard]] bool matches(QByteArrayView authKey, QByteArrayView stored) const;

    // A 32-byte key for one purpose, BLAKE2b(key = pepper, "twofold-server:" ‖ purpose), in
    // secure memory (the key the verifier states are sealed under at rest).
    SecureBuffer deriveKey(QByteArrayView purpose) const;

private:
    SecureBuffer m_pepper;
};

} // namespace twofold::server
