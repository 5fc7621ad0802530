#pragma once
// AccountKey: the third thing a server-mode vault's password slot needs (DESIGN.md 10), besides
// the master password and the sign-in share the server releases. 20 random bytes made on the
// computer that creates the account, never sent to the server, kept in each enrolled
// computer's SecretStore and shown once, in the emergency kit, as
//   TF1-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
// eight groups of five base32 letters (RFC 4648 alphabet): the 20 bytes followed by a 5-byte
// check (BLAKE2b of the bytes, keyed "TF1 account key"), so a typo is caught before anything is
// tried. Immutable; move-only (the bytes are in secure memory).
#include "common/Random.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace twofold {

inline constexpr std::size_t kAccountKeyCheckBytes = 5;
inline constexpr int kAccountKeyGroups = 8;
inline constexpr int kAccountKeyGroupLength = 5;

class AccountKey
{
public:
    // A fresh key from random.
    static AccountKey generate(Random& random = systemRandom());
    // The key text names. Tolerant of what people type or paste: lower case, spaces and other
    // white space, dashes anywhere, the "TF1" prefix left out. Refuses (InvalidInput, with a
    // sentence) a character base32 does not have (naming it and its place), too few or too many
    // letters (saying how many there are and how many are needed), and a check that does not
    // match (a typo: "compare each group with your emergency kit").
    [[nodiscard]] static Result<AccountKey> parse(QStringView text);
    // The key whose bytes are bytes (kAccountKeyBytes, as kept in a SecretStore); InvalidInput
    // for any other length.
    [[nodiscard]] static Result<AccountKey> fromBytes(const SecureBuffer& bytes);

    AccountKey(AccountKey&&) noexcept = default;
    AccountKey& operator=(AccountKey&&) noexcept = default;
    AccountKey clone() const { return AccountKey(m_bytes.clone()); }

    // The kAccountKeyBytes bytes (for serverSecret() and the SecretStore).
    const SecureBuffer& bytes() const { return m_bytes; }
    // "TF1-XXXXX-…-XXXXX" as UTF-8 in secure memory, for the emergency kit and the CLI.
    SecureBuffer text() const;
    // Constant time.
    [[nodiscard]] bool equals(const AccountKey& other) const { return m_bytes.equals(other.m_bytes); }

private:
    explicit AccountKey(SecureBuffer bytes) : m_bytes(std::move(bytes)) {}
    SecureBuffer m_bytes;
};

} // namespace twofold
