#include "otp/QrMatrix.h"

#include <QCoreApplication>

#include <qrcodegen.hpp>

#include <sodium.h>

#include <stdexcept>

namespace twofold::otp {

Result<QrMatrix> QrMatrix::encode(QByteArrayView text)
{
    std::vector<std::uint8_t> bytes(text.begin(), text.end());
    try {
        const qrcodegen::QrCode code = qrcodegen::QrCode::encodeBinary(bytes, qrcodegen::QrCode::Ecc::MEDIUM);
        if (!bytes.empty())
            sodium_memzero(bytes.data(), bytes.size());
        const int inner = code.getSize();
        const int size = inner + 2 * kQuietZoneModules;
        std::vector<std::uint8_t> modules(std::size_t(size) * std::size_t(size), 0);
        for (int y = 0; y < inner; ++y)
            for (int x = 0; x < inner; ++x)
                modules[std::size_t(y + kQuietZoneModules) * std::size_t(size) +
                        std::size_t(x + kQuietZoneModules)] = code.getModule(x, y) ? 1 : 0;
        return QrMatrix(size, std::move(modules));
    } catch (const qrcodegen::data_too_long&) {
        if (!bytes.empty())
            sodium_memzero(bytes.data(), bytes.size());
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "Twofold::Otp", "This text is too long for a QR code: it has %1 bytes, and a QR "
                                         "code holds at most 2331.")
                         .arg(text.size()));
    }
}

QrMatrix::~QrMatrix()
{
    if (!m_modules.empty())
        sodium_memzero(m_modules.data(), m_modules.size());
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    const std::size_t index = std::size_t(y) * std::size_t(m_size) + std::size_t(x);
    return index < m_modules.size() && m_modules[index] != 0;
}

} // namespace twofold::otp
