#pragma once
// Reading QR codes from pictures (an image file, a screenshot). One interface, one file per
// reader chosen in CMake: QrImageDecoder_zxing.cpp with zxing-cpp, QrImageDecoder_none.cpp
// in builds without it.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QImage>

namespace twofold {

// Whether this build can read QR codes at all.
bool canDecodeQrImages();

// The text of a QR code in image, as the bytes it holds: of several codes, the first whose
// text starts with otpauth:// (any case), else the first. Rotated, small or photographed codes
// are looked for too. Refuses with a sentence: no QR code found, a null image, or a build
// without a QR reader. The text is returned in secure memory (a setup code holds a secret).
[[nodiscard]] Result<SecureBuffer> decodeQrImage(const QImage& image);

} // namespace twofold
