#include "ui/otp/QrImageDecoder.h"

#include <QCoreApplication>

namespace twofold {

bool canDecodeQrImages()
{
    return false;
}

Result<SecureBuffer> decodeQrImage(const QImage&)
{
    return Error(
        ErrorCode::Unsupported,
        QCoreApplication::translate("Twofold::QrImageDecoder",
                                    "This copy of Twofold cannot read QR codes: paste the link or type the "
                                    "setup key instead."));
}

} // namespace twofold
