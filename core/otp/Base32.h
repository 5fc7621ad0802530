#pragma once
// Base32 (RFC 4648 §6), the encoding of TOTP setup keys. Strict when writing; forgiving when
// reading what people paste or type.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace twofold::otp {

enum class Base32Padding { Pad, NoPad };

// The RFC 4648 base32 text of bytes: upper case, padded with '=' to a multiple of eight
// characters unless padding is NoPad (otpauth:// URIs leave the padding out).
QString base32Encode(QByteArrayView bytes, Base32Padding padding = Base32Padding::Pad);

// The bytes text encodes. Forgiving: lower case is read as upper case; spaces (any white
// space) and dashes are ignored; '=' padding may be present, partial or missing; bits left
// over after the last whole byte are dropped (as authenticator apps do). Refuses, with a
// sentence naming the first bad character and where it is, any other character, and '='
// anywhere but at the end. An empty (or all-space) text gives an empty buffer.
[[nodiscard]] Result<SecureBuffer> base32Decode(QStringView text);

// secret as unpadded base32 in groups of four ("JBSW Y3DP EHPK 3PXP"), for people typing a
// setup key by hand. Reads back with base32Decode. Known leak: a QString of the secret.
QString groupedSetupKey(const SecureBuffer& secret);

} // namespace twofold::otp
