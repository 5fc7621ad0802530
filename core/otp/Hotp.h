#pragma once
// HOTP (RFC 4226): a one-time code from a secret and a counter. The HMAC is QtCore's
// QMessageAuthenticationCode (libsodium has no SHA-1; DESIGN §2 allows this one exception).
#include "otp/OtpParams.h"

#include <QByteArrayView>
#include <QString>

namespace twofold::otp {

// RFC 4226 §5.3 dynamic truncation: the 31-bit number at the offset the last nibble of
// hmacResult names. hmacResult must be at least 20 bytes (any SHA-1/256/512 HMAC).
quint32 dynamicTruncate(QByteArrayView hmacResult);

// The HOTP code for counter: HMAC(secret, counter as 8 big-endian bytes) with algorithm,
// truncated, modulo 10^digits, zero-padded to exactly digits characters. digits is clamped
// to 1..10 (URIs allow 6..8); any secret length works, including empty.
QString hotp(const SecureBuffer& secret, quint64 counter, Algorithm algorithm = Algorithm::Sha1,
             int digits = kDefaultDigits);

} // namespace twofold::otp
