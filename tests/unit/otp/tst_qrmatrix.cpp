// QR module matrices: made by QR-Code-generator, read back by zxing-cpp (a different
// implementation) to the same text, with the quiet zone and sizes the QR standard sets.
#include "otp/QrMatrix.h"

#include <QTest>

#include <ZXing/ReadBarcode.h>

#include <string>

using namespace twofold;
using namespace twofold::otp;

namespace {
// The matrix as an 8-bit grey image, pixelsPerModule pixels a module: what a scanner sees.
std::vector<std::uint8_t> render(const QrMatrix& m, int pixelsPerModule)
{
    const int side = m.size() * pixelsPerModule;
    std::vector<std::uint8_t> pixels(std::size_t(side) * std::size_t(side), 0xff);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            if (m.isDark(x / pixelsPerModule, y / pixelsPerModule))
                pixels[std::size_t(y) * std::size_t(side) + std::size_t(x)] = 0;
    return pixels;
}

QByteArray readBack(const QrMatrix& m)
{
    constexpr int kPixelsPerModule = 3;
    const std::vector<std::uint8_t> pixels = render(m, kPixelsPerModule);
    const int side = m.size() * kPixelsPerModule;
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result =
        ZXing::ReadBarcode({pixels.data(), side, side, ZXing::ImageFormat::Lum}, hints);
    if (!result.isValid())
        return {};
    const ZXing::ByteArray& bytes = result.bytes();
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}
} // namespace

class TestQrMatrix : public QObject
{
    Q_OBJECT
private slots:
    void decodesBackToTheSameText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("authenticator setup URI")
            << QByteArray("otpauth://totp/Twofold:ann%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                          "&issuer=Twofold&algorithm=SHA1&digits=6&period=30");
        QTest::newRow("short") << QByteArray("otpauth://hotp/a?secret=MZXW6YTBOI&counter=1");
        QTest::newRow("UTF-8") << QByteArray("otpauth://totp/M\xc3\xbcller:j\xc3\xb6rg?secret=MZXW6YTBOI");
        QTest::newRow("long: a high version")
            << QByteArray("otpauth://totp/x?secret=") + QByteArray(900, 'A');
    }
    void decodesBackToTheSameText()
    {
        QFETCH(QByteArray, text);
        Result<QrMatrix> m = QrMatrix::encode(text);
        QVERIFY(m.ok());
        QCOMPARE(readBack(*m), text);
    }

    void sizeAndQuietZone()
    {
        Result<QrMatrix> m = QrMatrix::encode("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP");
        QVERIFY(m.ok());
        const int inner = m->size() - 2 * QrMatrix::kQuietZoneModules;
        QVERIFY(inner >= 21);
        QCOMPARE((inner - 21) % 4, 0); // 21 + 4 × (version − 1)
        for (int i = 0; i < m->size(); ++i)
            for (int q = 0; q < QrMatrix::kQuietZoneModules; ++q) {
                QVERIFY(!m->isDark(i, q));
                QVERIFY(!m->isDark(q, i));
                QVERIFY(!m->isDark(i, m->size() - 1 - q));
                QVERIFY(!m->isDark(m->size() - 1 - q, i));
            }
        // The top-left finder pattern's corner is dark, just inside the quiet zone.
        QVERIFY(m->isDark(QrMatrix::kQuietZoneModules, QrMatrix::kQuietZoneModules));
        QVERIFY(!m->isDark(-1, 0));
        QVERIFY(!m->isDark(m->size(), 0));
    }

    // Medium error correction at least: version 3 (29 modules) holds 42 bytes at M (53 at L).
    void mediumErrorCorrection()
    {
        Result<QrMatrix> m42 = QrMatrix::encode(QByteArray(42, 'a'));
        Result<QrMatrix> m43 = QrMatrix::encode(QByteArray(43, 'a'));
        QVERIFY(m42.ok() && m43.ok());
        QCOMPARE(m42->size(), 29 + 2 * QrMatrix::kQuietZoneModules);
        QCOMPARE(m43->size(), 33 + 2 * QrMatrix::kQuietZoneModules);
    }

    void tooLongIsRefusedWithASentence()
    {
        Result<QrMatrix> m = QrMatrix::encode(QByteArray(2332, 'a'));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::InvalidInput);
        QCOMPARE(m.error().message,
                 QStringLiteral("This text is too long for a QR code: it has 2332 bytes, and a QR "
                                "code holds at most 2331."));
        QVERIFY(QrMatrix::encode(QByteArray(2331, 'a')).ok());
    }

    void valueSemantics()
    {
        Result<QrMatrix> a = QrMatrix::encode("same");
        Result<QrMatrix> b = QrMatrix::encode("same");
        Result<QrMatrix> c = QrMatrix::encode("other");
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(*a == *b);
        QVERIFY(!(*a == *c));
        const QrMatrix copy = *a;
        QVERIFY(copy == *a);
    }
};

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
