#pragma once
// OtpParams: everything needed to make one account's one-time codes — what an otpauth:// URI
// carries (Google's Key Uri Format). Move-only, because the secret is.
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>

#include <utility>

namespace twofold::otp {

enum class Algorithm { Sha1, Sha256, Sha512 };
enum class Type { Totp, Hotp };

inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 8;
inline constexpr int kDefaultDigits = 6;
inline constexpr int kDefaultPeriodSeconds = 30;
// New secrets: 160 random bits, what RFC 4226 recommends and every authenticator app accepts.
inline constexpr int kNewSecretBytes = 20;

struct OtpParams
{
    Type type = Type::Totp;
    SecureBuffer secret; // raw key bytes (decoded base32)
    Algorithm algorithm = Algorithm::Sha1;
    int digits = kDefaultDigits;        // 6..8
    int period = kDefaultPeriodSeconds; // seconds, > 0 (TOTP)
    quint64 counter = 0;                // HOTP
    QString issuer, account;
    QList<std::pair<QString, QString>> unknownParameters; // kept, ignored

    // An explicit copy (the secret is copied into new secure memory).
    OtpParams clone() const;
};

// Field-by-field equality; the secrets are compared in constant time.
bool operator==(const OtpParams& a, const OtpParams& b);

// "SHA1", "SHA256" or "SHA512": the spelling of the URI's algorithm parameter.
QString algorithmName(Algorithm algorithm);

} // namespace twofold::otp
