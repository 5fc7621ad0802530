// Fuzz target: reading a QR code from a picture the user picked (ui/otp/QrImageDecoder.h,
// zxing-cpp). The input is the picture file's bytes, in whatever format Qt recognises (PNG,
// BMP, PGM, GIF, JPEG, …), loaded as the import wizard loads it (QImage::fromData) and decoded.
// Pictures over kMaxSide pixels a side are left out before decoding, so that the fuzzer spends
// its time in the parsers rather than in allocating and scanning huge blank pictures. Besides
// never crashing:
//   - a refusal is NotFound, with a sentence;
//   - the text read from any picture, made into a QR code again (otp::QrMatrix, drawn as
//     QrCodeWidget saves it), reads back unchanged.
// The seeds are QR codes this target draws itself (PNG, BMP, PGM, PBM, JPEG); corpus/qr_image
// adds hand-made pictures that claim huge sizes.
#include "FuzzTarget.h"

#include "otp/QrMatrix.h"
#include "ui/otp/QrCodeWidget.h"
#include "ui/otp/QrImageDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTransform>

#include <algorithm>
#include <cstdlib>
#include <cstring>

using namespace twofold;

namespace {

constexpr int kMaxSide = 4096;

QByteArray bytesOf(const SecureBuffer& b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
}

// Qt's readers warn of every broken picture ("Corrupt JPEG data: …", "libpng warning: IDAT:
// incorrect data check"): thousands of lines in a run. Critical and fatal messages still go
// out (libpng's own errors go to stderr past Qt: those stay).
QtMessageHandler defaultHandler = nullptr;

void dropWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

#ifdef TWOFOLD_LIBFUZZER
// Image format plugins are found through the application, as in FuzzRegression.cpp's main().
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = [] {
        defaultHandler = qInstallMessageHandler(&dropWarnings);
        return true;
    }();
    (void)quiet;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize side = reader.size();
        if (side.isValid() && (side.width() > kMaxSide || side.height() > kMaxSide))
            return 0;
    }
    const QImage image = QImage::fromData(bytes);
    if (image.width() > kMaxSide || image.height() > kMaxSide)
        return 0; // a format that did not tell its size beforehand
    Result<SecureBuffer> text = decodeQrImage(image);
    if (!text) {
        if (text.error().code != ErrorCode::NotFound || text.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray found = bytesOf(*text);
    Result<otp::QrMatrix> matrix = otp::QrMatrix::encode(found);
    if (!matrix)
        return 0; // more than a medium-error-correction code holds
    Result<SecureBuffer> again = decodeQrImage(QrCodeWidget::renderImage(*matrix, 3));
    if (!again || bytesOf(*again) != found)
        std::abort(); // what was read is not what the code holds
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    auto picture = [](const QByteArray& text, int pixelsPerModule, const char* format, int degrees = 0) {
        QImage image = QrCodeWidget::renderImage(*otp::QrMatrix::encode(text), pixelsPerModule);
        if (degrees != 0)
            image = image.transformed(QTransform().rotate(degrees));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        if (!writer.write(image))
            std::abort();
        return buffer.data();
    };
    // Two codes in one picture: the otpauth:// one is chosen although it comes second.
    auto pair = [] {
        const QImage first =
            QrCodeWidget::renderImage(*otp::QrMatrix::encode("https://example.com/not-a-setup-code"), 2);
        const QImage second = QrCodeWidget::renderImage(
            *otp::QrMatrix::encode("otpauth://totp/Example:bob?secret=GEZDGNBVGY3TQOJQ&issuer=Example"), 2);
        QImage both(first.width() + second.width(), std::max(first.height(), second.height()),
                    QImage::Format_Grayscale8);
        both.fill(Qt::white);
        for (int y = 0; y < first.height(); ++y)
            std::memcpy(both.scanLine(y), first.constScanLine(y), std::size_t(first.width()));
        for (int y = 0; y < second.height(); ++y)
            std::memcpy(both.scanLine(y) + first.width(), second.constScanLine(y),
                        std::size_t(second.width()));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!QImageWriter(&buffer, "png").write(both))
            std::abort();
        return buffer.data();
    };
    const QByteArray setup =
        "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example";
    return {
        picture(setup, 2, "png"),
        picture(setup, 3, "png", 90),
        picture("otpauth-migration://"
                "offline?data=CjEKCkhlbGxvId6tvu8SGGFsaWNlQGV4YW1wbGUuY29tGgdFeGFtcGxlIAEoATACEAEYASAA",
                2, "png"),
        picture("otpauth://hotp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&counter=7", 2, "pgm"),
        picture("hello", 2, "bmp"),
        picture("otpauth://totp/Shop?secret=MFRGGZDFMZTWQ2LK", 1, "pbm"),
        picture(setup, 2, "jpg"),
        pair(),
    };
}
