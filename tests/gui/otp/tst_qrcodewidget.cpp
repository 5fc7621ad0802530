// QrCodeWidget: painted crisply (whole device pixels a module, pure black and white, also at
// a fractional scale factor: this suite also runs with QT_SCALE_FACTOR=1.5), readable by a
// scanner, and saved as PNG and SVG pictures that read back to the same text.
#include "ui/otp/QrCodeWidget.h"
#include "ui/otp/QrImageDecoder.h"

#include <QAction>
#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

namespace {
const QByteArray kUri("otpauth://totp/Twofold:ann%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                      "&issuer=Twofold&algorithm=SHA1&digits=6&period=30");

QByteArray readBack(const QImage& image)
{
    Result<SecureBuffer> text = decodeQrImage(image);
    return text ? text->view().toByteArray()
                : QByteArray("(nothing read: ") + text.error().message.toUtf8() + ')';
}
} // namespace

class TestQrCodeWidget : public QObject
{
    Q_OBJECT
private slots:
    void paintsWholePixelModules_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("small") << 120;
        QTest::newRow("not a multiple of the module count") << 301;
        QTest::newRow("large") << 640;
    }
    void paintsWholePixelModules()
    {
        QFETCH(int, side);
        QrCodeWidget widget;
        QVERIFY(widget.setText(kUri).ok());
        widget.resize(side, side);
        const otp::QrMatrix& matrix = *widget.matrix();
        const qreal ratio = widget.devicePixelRatioF();
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")) // the scaled run really is scaled
            QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
        const int module = widget.modulePixels();
        QCOMPARE(module, std::max(1, int(side * ratio) / matrix.size()));

        const QImage shot = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int origin = (int(side * ratio) - module * matrix.size()) / 2; // centred, as the widget does
        // Every device pixel of every module is exactly black or exactly white, as the module.
        for (int y = 0; y < matrix.size(); ++y)
            for (int x = 0; x < matrix.size(); ++x)
                for (int py = 0; py < module; ++py)
                    for (int px = 0; px < module; ++px) {
                        const QRgb pixel = shot.pixel(origin + x * module + px, origin + y * module + py);
                        const QRgb expected = matrix.isDark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                        if (pixel != expected)
                            QFAIL(qPrintable(QStringLiteral("module (%1, %2) pixel (%3, %4) is %5")
                                                 .arg(x)
                                                 .arg(y)
                                                 .arg(px)
                                                 .arg(py)
                                                 .arg(pixel, 8, 16)));
                    }
        if (canDecodeQrImages())
            QCOMPARE(readBack(shot), kUri);
    }

    void savesAPngThatReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.png"));
        QrCodeWidget widget;
        QVERIFY(widget.setText(kUri).ok());
        QVERIFY(widget.savePng(path, 6).ok());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(widget.matrix()->size() * 6, widget.matrix()->size() * 6));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        if (!canDecodeQrImages())
            QSKIP("This build has no QR reader");
        QCOMPARE(readBack(image), kUri);
    }

    void savesAnSvgThatReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.svg"));
        QrCodeWidget widget;
        QVERIFY(widget.setText(kUri).ok());
        QVERIFY(widget.saveSvg(path).ok());
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const int modules = widget.matrix()->size();
        QCOMPARE(renderer.viewBox(), QRect(0, 0, modules, modules));
        QImage image(modules * 4, modules * 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255)); // the quiet zone is painted white
        if (!canDecodeQrImages())
            QSKIP("This build has no QR reader");
        QCOMPARE(readBack(image), kUri);
    }

    void refusalsHaveSentences()
    {
        QrCodeWidget widget;
        QTemporaryDir dir;
        const Status nothing = widget.savePng(dir.filePath(QStringLiteral("x.png")));
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().message, QStringLiteral("There is no QR code to save."));

        QVERIFY(widget.setText(kUri).ok());
        const Status tooLong = widget.setText(QByteArray(3000, 'a'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().message,
                 QStringLiteral("This text is too long for a QR code: it has 3000 bytes, "
                                "and a QR code holds at most 2331."));
        QVERIFY(!widget.matrix().has_value()); // shows nothing rather than a stale code

        QVERIFY(widget.setText(kUri).ok());
        const Status noFolder = widget.saveSvg(dir.filePath(QStringLiteral("missing/x.svg")));
        QVERIFY(!noFolder.ok());
        QVERIFY(noFolder.error().message.startsWith(QStringLiteral("The QR code could not be saved to ")));
    }

    void contextMenuOffersBothFormats()
    {
        QrCodeWidget widget;
        QCOMPARE(widget.contextMenuPolicy(), Qt::ActionsContextMenu);
        auto* png = widget.findChild<QAction*>(QStringLiteral("savePng"));
        auto* svg = widget.findChild<QAction*>(QStringLiteral("saveSvg"));
        QVERIFY(png && svg);
        QVERIFY(widget.actions().contains(png) && widget.actions().contains(svg));
        QVERIFY(!png->isEnabled()); // nothing to save yet
        QVERIFY(widget.setText(kUri).ok());
        QVERIFY(png->isEnabled() && svg->isEnabled());
        QVERIFY(!widget.accessibleName().isEmpty());
        widget.clear();
        QVERIFY(!png->isEnabled());
    }

    void sizeFollowsTheCode()
    {
        QrCodeWidget widget;
        QVERIFY(widget.setText(kUri).ok());
        QVERIFY(widget.hasHeightForWidth());
        QCOMPARE(widget.heightForWidth(200), 200);
        QVERIFY(widget.minimumSizeHint().width() >= widget.matrix()->size());
    }
};

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"
