#include "ui/otp/QrImageDecoder.h"

#include <QByteArrayAlgorithms>
#include <QCoreApplication>

#include <ZXing/ReadBarcode.h>

#include <cstring>

namespace twofold {

bool canDecodeQrImages()
{
    return true;
}

Result<SecureBuffer> decodeQrImage(const QImage& image)
{
    const Error notFound(
        ErrorCode::NotFound,
        QCoreApplication::translate("Twofold::QrImageDecoder", "No QR code was found in the picture."));
    if (image.isNull())
        return notFound;
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    std::memset(grey.bits(), 0xff, std::size_t(grey.sizeInBytes()));

    const ZXing::Result* chosen = nullptr;
    for (const ZXing::Result& result : results) {
        if (!result.isValid())
            continue;
        const ZXing::ByteArray& bytes = result.bytes();
        const bool isOtpauth = bytes.size() >= 10 &&
                               qstrnicmp(reinterpret_cast<const char*>(bytes.data()), "otpauth://", 10) == 0;
        if (!chosen || isOtpauth)
            chosen = &result;
        if (isOtpauth)
            break;
    }
    if (!chosen)
        return notFound;
    return SecureBuffer::fromBytes(chosen->bytes().data(), chosen->bytes().size());
}

} // namespace twofold
