#include "crypto/Kdf.h"

#include "common/Sodium.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace twofold::kdf {

static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);

bool withinBounds(const Params& p)
{
    return p.memoryKiB >= kMinMemoryKiB && p.memoryKiB <= kMaxMemoryKiB && p.iterations >= kMinIterations &&
           p.iterations <= kMaxIterations && workKiB(p) <= kMaxWorkKiB;
}

QByteArray randomSalt()
{
    ensureSodium();
    QByteArray salt(qsizetype(kSaltBytes), Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltBytes);
    return salt;
}

Result<SecureBuffer> derive(const SecureBuffer& password, QByteArrayView salt, const Params& params)
{
    ensureSodium();
    if (!withinBounds(params) || std::size_t(salt.size()) != kSaltBytes)
        return Error(ErrorCode::FileDamaged,
                     QCoreApplication::translate("Twofold::Kdf",
                                                 "The vault's key settings are damaged or out of range."));
    SecureBuffer key(kKeyBytes);
    static const char empty = 0;
    const char* pw = password.isEmpty() ? &empty : reinterpret_cast<const char*>(password.data());
    if (crypto_pwhash(key.data(), key.size(), pw, password.size(),
                      reinterpret_cast<const unsigned char*>(salt.data()), params.iterations,
                      std::size_t(params.memoryKiB) * 1024u, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("Twofold::Kdf",
                                                 "This computer does not have enough free memory (%1 MiB) to "
                                                 "open the vault. Close other programs and try again.")
                         .arg(params.memoryKiB / 1024));
    return key;
}

static qint64 measureOnce(const Params& p)
{
    const SecureBuffer password = SecureBuffer::fromBytes("calibration", 11);
    const QByteArray salt(qsizetype(kSaltBytes), '\0');
    QElapsedTimer timer;
    timer.start();
    if (!derive(password, salt, p).ok())
        return -1;
    return timer.elapsed();
}

Params calibrate(int targetMs, const std::function<qint64(const Params&)>& measureMs)
{
    const auto measure = measureMs ? measureMs : measureOnce;
    Params p{1, kPreferredMemoryMiB * 1024};
    qint64 ms = measure(p);
    while (ms < 0 && p.memoryKiB > 32 * 1024) { // not enough memory: halve
        p.memoryKiB /= 2;
        ms = measure(p);
    }
    if (ms < 0)
        return Params{kInteractiveIterations, kInteractiveMemoryKiB};
    ms = std::max<qint64>(ms, 1);
    const double most = double(std::min<quint64>(kMaxIterations, kMaxWorkKiB / p.memoryKiB));
    const auto iterations = quint32(std::clamp<double>(std::floor(double(targetMs) / double(ms)), 1.0, most));
    p.iterations = iterations;
    return p;
}

} // namespace twofold::kdf
