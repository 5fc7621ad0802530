#pragma once
// QrMatrix: the modules of a QR code, with its quiet zone, made by nayuki's QR-Code-generator.
// An immutable value: painting it (crisply, at any size) is the GUI's job.
#include "common/Result.h"

#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace twofold::otp {

class QrMatrix final
{
public:
    // The light border every QR code needs for scanners to find it (ISO/IEC 18004).
    static constexpr int kQuietZoneModules = 4;

    // The QR code of text (bytes, usually UTF-8, sent in byte mode): medium error correction
    // (raised when that costs no extra size), the smallest version that fits, a quiet zone of
    // kQuietZoneModules. Refuses, with a sentence, text too long for any QR code.
    [[nodiscard]] static Result<QrMatrix> encode(QByteArrayView text);

    QrMatrix(const QrMatrix&) = default;
    QrMatrix(QrMatrix&&) noexcept = default;
    QrMatrix& operator=(const QrMatrix&) = default;
    QrMatrix& operator=(QrMatrix&&) noexcept = default;
    // Zeroes the modules (a setup QR code is as secret as its key).
    ~QrMatrix();

    // Modules per side, quiet zone included (21 + 4 × (version − 1) + 2 × kQuietZoneModules).
    int size() const { return m_size; }
    // Whether module (x, y) is dark; (0, 0) is the top-left corner of the quiet zone. False
    // in the quiet zone and outside the matrix.
    bool isDark(int x, int y) const;

    bool operator==(const QrMatrix& other) const = default;

private:
    QrMatrix(int size, std::vector<std::uint8_t> modules) : m_size(size), m_modules(std::move(modules)) {}

    int m_size = 0;
    std::vector<std::uint8_t> m_modules; // row-major, 1 = dark
};

} // namespace twofold::otp
