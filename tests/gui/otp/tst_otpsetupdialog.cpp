// OtpSetupDialog: typing a setup key, pasting a link, reading a QR code from a picture file
// and from the screen; every bad input shows core's sentence and keeps OK disabled.
#include "ui/otp/OtpSetupDialog.h"

#include "otp/OtpUri.h"
#include "otp/Totp.h"
#include "ui/otp/QrCodeWidget.h"
#include "ui/otp/QrImageDecoder.h"
#include "ui/otp/TotpCodeWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace twofold;
using namespace Qt::StringLiterals;

namespace {
const QString kUri = u"otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"
                     u"&algorithm=SHA1&digits=6&period=30"_s;
const QByteArrayView kExampleKey("Hello!\xde\xad\xbe\xef");

QPushButton* okButton(OtpSetupDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

template <typename T> T* child(QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

otp::OtpParams parsedUri(const OtpSetupDialog& dialog)
{
    Result<otp::OtpParams> p = otp::parseUri(dialog.uri());
    if (!p)
        qFatal("uri() does not parse: %s", qPrintable(p.error().message));
    return std::move(p).value();
}
} // namespace

class TestOtpSetupDialog : public QObject
{
    Q_OBJECT
private slots:
    void startsWithOkDisabledAndNoComplaint()
    {
        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.hasValidInput());
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(dialog.uri().isEmpty());
    }

    void typingAKeyEnablesOk()
    {
        ManualClock clock(30'000);
        OtpSetupDialog dialog(clock);
        dialog.setSuggestedAccount(u"Example"_s, u"alice"_s);
        dialog.showPage(OtpSetupDialog::Page::Key);
        QTest::keyClicks(child<QLineEdit>(dialog, u"setupKey"_s), u"jbsw y3dp-ehpk 3pxp"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.errorText(), QString());

        const otp::OtpParams p = parsedUri(dialog);
        QVERIFY(p.secret.equals(kExampleKey));
        QCOMPARE(p.issuer, u"Example"_s);
        QCOMPARE(p.account, u"alice"_s);
        QCOMPARE(p.type, otp::Type::Totp);
        QCOMPARE(p.digits, 6);
        QCOMPARE(p.period, 30);

        // The preview shows the code of that key now, to compare with the website.
        auto* preview = child<TotpCodeWidget>(dialog, u"preview"_s);
        QCOMPARE(preview->code(), otp::generate(p, 30));
        QSignalSpy copied(&dialog, &OtpSetupDialog::copyRequested);
        QTest::mouseClick(child<QPushButton>(*preview, u"copyCode"_s), Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), otp::generate(p, 30));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void advancedOptionsGoIntoTheUri()
    {
        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        dialog.showPage(OtpSetupDialog::Page::Key);
        auto* toggle = child<QToolButton>(dialog, u"advanced"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(toggle->isChecked());
        QTest::keyClicks(child<QLineEdit>(dialog, u"setupKey"_s), u"JBSWY3DPEHPK3PXP"_s);
        auto* algorithm = child<QComboBox>(dialog, u"algorithm"_s);
        algorithm->setCurrentIndex(algorithm->findData(int(otp::Algorithm::Sha512)));
        child<QSpinBox>(dialog, u"digits"_s)->setValue(8);
        child<QSpinBox>(dialog, u"period"_s)->setValue(60);
        otp::OtpParams p = parsedUri(dialog);
        QCOMPARE(p.algorithm, otp::Algorithm::Sha512);
        QCOMPARE(p.digits, 8);
        QCOMPARE(p.period, 60);

        auto* type = child<QComboBox>(dialog, u"type"_s);
        type->setCurrentIndex(type->findData(int(otp::Type::Hotp)));
        child<QSpinBox>(dialog, u"counter"_s)->setValue(12);
        p = parsedUri(dialog);
        QCOMPARE(p.type, otp::Type::Hotp);
        QCOMPARE(p.counter, quint64(12));
    }

    void badKeyShowsTheSentence_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("a digit 1")
            << u"JBSW1"_s
            << u"The setup key has “1” at character 5, but setup keys use only the letters A "
               u"to Z and the digits 2 to 7. The 1 is probably the letter I or L."_s;
        QTest::newRow("too short") << u"J"_s
                                   << u"The setup key is too short: check that you typed all of it."_s;
    }
    void badKeyShowsTheSentence()
    {
        QFETCH(QString, typed);
        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        dialog.show();
        dialog.showPage(OtpSetupDialog::Page::Key);
        QTest::keyClicks(child<QLineEdit>(dialog, u"setupKey"_s), typed);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTEST(dialog.errorText(), "sentence");
        QVERIFY(child<QLabel>(dialog, u"error"_s)->isVisible());
        QVERIFY(dialog.uri().isEmpty());
    }

    void pastingALink_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("sentence"); // empty: accepted
        QTest::newRow("valid") << kUri << QString();
        QTest::newRow("with spaces around") << u"  "_s + kUri + u"\n"_s << QString();
        QTest::newRow("9 digits")
            << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=9"_s
            << u"The link asks for codes of “9” digits, but codes have 6, 7 or 8 digits."_s;
        QTest::newRow("a web address")
            << u"https://example.com/2fa"_s
            << u"This is not a two-factor link: such links start with otpauth://."_s;
        QTest::newRow("a setup key pasted as a link")
            << u"JBSW Y3DP EHPK 3PXP"_s
            << u"This looks like a setup key, not a link: type or paste it "
               u"under “Type the Setup Key”."_s;
    }
    void pastingALink()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, sentence);
        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        QCOMPARE(dialog.currentPage(), OtpSetupDialog::Page::Link);
        child<QLineEdit>(dialog, u"uri"_s)->setText(pasted); // as a paste does
        QCOMPARE(okButton(dialog)->isEnabled(), sentence.isEmpty());
        QCOMPARE(dialog.errorText(), sentence);
        if (sentence.isEmpty())
            QCOMPARE(QString::fromUtf8(dialog.uri().view()), kUri);
    }

    void readsAQrCodeFromAPictureFile()
    {
        if (!canDecodeQrImages())
            QSKIP("This build has no QR reader");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"setup.png"_s);
        QrCodeWidget qr;
        QVERIFY(qr.setText(kUri.toUtf8()).ok());
        QVERIFY(qr.savePng(path, 4).ok());

        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        dialog.showPage(OtpSetupDialog::Page::QrCode);
        QVERIFY(dialog.readQrImageFile(path).ok());
        QCOMPARE(child<QLineEdit>(dialog, u"uri"_s)->text(), kUri);
        QCOMPARE(dialog.currentPage(), OtpSetupDialog::Page::Link);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.qrStatusText(), u"QR code read."_s);
        QCOMPARE(QString::fromUtf8(dialog.uri().view()), kUri);
    }

    void qrRefusals()
    {
        if (!canDecodeQrImages())
            QSKIP("This build has no QR reader");
        QTemporaryDir dir;
        ManualClock clock(0);
        OtpSetupDialog dialog(clock);

        const QString notPicture = dir.filePath(u"notes.png"_s);
        QFile file(notPicture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        Status s = dialog.readQrImageFile(notPicture);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(QDir::toNativeSeparators(notPicture) +
                                              u" could not be opened as a picture ("_s),
                 qPrintable(s.error().message));

        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        s = dialog.readQrImage(blank);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, u"No QR code was found in the picture."_s);
        QCOMPARE(dialog.qrStatusText(), u"No QR code was found in the picture."_s);

        QrCodeWidget qr;
        QVERIFY(qr.setText("https://example.com/").ok());
        s = dialog.readQrImage(QrCodeWidget::renderImage(*qr.matrix(), 4));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message,
                 u"The QR code was read, but it does not hold a usable two-factor link. This is "
                 u"not a two-factor link: such links start with otpauth://."_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog, u"uri"_s)->text(), QString());
    }

    // Under the offscreen platform the "screen" is the windows Qt composes: show a QR code in
    // one and read it from the screen.
    void readsAQrCodeFromTheScreen()
    {
        if (!canDecodeQrImages())
            QSKIP("This build has no QR reader");
        QrCodeWidget qr;
        QVERIFY(qr.setText(kUri.toUtf8()).ok());
        qr.resize(300, 300);
        qr.move(0, 0);
        qr.show();
        QVERIFY(QTest::qWaitForWindowExposed(&qr));

        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        const Status read = dialog.readScreen();
        if (!read.ok() &&
            read.error().message.startsWith(u"Twofold could not take a picture of the screen"_s))
            QSKIP("This platform plugin cannot capture the screen");
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(QString::fromUtf8(dialog.uri().view()), kUri);
    }

    void editingAnExistingUri()
    {
        ManualClock clock(0);
        OtpSetupDialog dialog(clock);
        dialog.showPage(OtpSetupDialog::Page::Key);
        dialog.setUri(SecureBuffer::fromUtf8(kUri));
        QCOMPARE(dialog.currentPage(), OtpSetupDialog::Page::Link);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(parsedUri(dialog).account, u"alice@example.com"_s);
    }
};

QTEST_MAIN(TestOtpSetupDialog)
#include "tst_otpsetupdialog.moc"
