#include "otp/Hotp.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace twofold::otp {

namespace {
QCryptographicHash::Algorithm qtAlgorithm(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return QCryptographicHash::Sha1;
    case Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    case Algorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha1;
}
} // namespace

quint32 dynamicTruncate(QByteArrayView hmacResult)
{
    if (hmacResult.size() < 20)
        return 0;
    const auto byte = [&](qsizetype i) { return quint32(quint8(hmacResult[i])); };
    // The offset is the low nibble of the last byte (RFC 4226 §5.3; §5.4 uses byte 19 of a
    // SHA-1 HMAC, RFC 6238 the last byte of any). offset + 3 <= 15 + 3 < 20 always fits.
    const qsizetype offset = byte(hmacResult.size() - 1) & 0x0f;
    return ((byte(offset) & 0x7f) << 24) | (byte(offset + 1) << 16) | (byte(offset + 2) << 8) |
           byte(offset + 3);
}

QString hotp(const SecureBuffer& secret, quint64 counter, Algorithm algorithm, int digits)
{
    digits = std::clamp(digits, 1, 10);
    char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    // fromRawData: the key stays in secure memory on our side. Qt keeps its own padded copy
    // of the key while the object lives (an accepted leak: DESIGN §2's one exception).
    QMessageAuthenticationCode mac(
        qtAlgorithm(algorithm),
        QByteArray::fromRawData(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())));
    mac.addData(message, sizeof message);
    QByteArray result = mac.result();
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    const quint64 value = dynamicTruncate(result) % modulus;
    wipe(result);
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
}

} // namespace twofold::otp
