// The master password asked again, the authenticator app turned on by reading the setup key
// off the dialog and typing the code it gives, and the recovery codes shown once.
#include "TwoFactorUiFixture.h"

#include "otp/Base32.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/common/SecretClipboard.h"
#include "ui/otp/QrCodeWidget.h"
#include "ui/twofactor/RecoveryCodesPanel.h"
#include "ui/twofactor/TwoFactorDialogs.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

// The TOTP code of the setup key a person reads off the dialog, at ms.
QString codeFromSetupKey(const QString& shownKey, qint64 ms)
{
    QString bare = shownKey;
    bare.remove(u' ');
    Result<SecureBuffer> secret = otp::base32Decode(bare);
    if (!secret)
        qFatal("the setup key does not decode: %s", qPrintable(secret.error().message));
    return totpAt(*secret, ms);
}

void confirmThroughDialog(TwoFactorSettings& settings)
{
    auto* dialog = new ConfirmPasswordDialog(settings);
    QPointer<ConfirmPasswordDialog> guard(dialog);
    dialog->open();
    QTest::keyClicks(dialog->passwordField()->lineEdit(), QString::fromLatin1(kPassword));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10'000); // accepted and deleted
    QVERIFY(settings.passwordConfirmed());
}

// The password dialog open on parent (a closed one may wait for its deferred deletion).
ConfirmPasswordDialog* openPasswordDialog(QWidget& parent)
{
    for (ConfirmPasswordDialog* dialog : parent.findChildren<ConfirmPasswordDialog*>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

class TestAuthenticatorSetup : public QObject
{
    Q_OBJECT

private slots:
    void wrongPasswordStaysThenRightOneAccepts()
    {
        SettingsEnv s;
        auto* dialog = new ConfirmPasswordDialog(*s.settings);
        QPointer<ConfirmPasswordDialog> guard(dialog);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->open();
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing typed yet

        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("not the password"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::keyClick(dialog->passwordField()->lineEdit(), Qt::Key_Return);
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10'000);
        QVERIFY(!dialog->message().isEmpty());
        QVERIFY(!dialog->message().contains(QStringLiteral("200"))); // a sentence, not a code
        QVERIFY(dialog->isVisible());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!s.settings->passwordConfirmed());

        // The wrong text is selected: typing replaces it.
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QString::fromLatin1(kPassword));
        QVERIFY(dialog->message().isEmpty()); // the sentence goes once people type again
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.count() == 1, 10'000);
        QVERIFY(s.settings->passwordConfirmed());
        QTRY_VERIFY(guard.isNull()); // WA_DeleteOnClose
    }

    void withConfirmedPasswordAsksOnlyWhenNeeded()
    {
        SettingsEnv s;
        QWidget parent;
        parent.show();
        int ran = 0;
        withConfirmedPassword(*s.settings, &parent, [&] { ++ran; });
        QCOMPARE(ran, 0);
        ConfirmPasswordDialog* dialog = openPasswordDialog(parent);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QString::fromLatin1(kPassword));
        QTest::keyClick(dialog->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(ran, 1, 10'000);

        // Confirmed: runs at once, no dialog.
        withConfirmedPassword(*s.settings, &parent, [&] { ++ran; });
        QCOMPARE(ran, 2);

        // Cancelled: nothing runs.
        s.settings->forgetPassword();
        withConfirmedPassword(*s.settings, &parent, [&] { ++ran; });
        QVERIFY(openPasswordDialog(parent));
        openPasswordDialog(parent)->cancelButton()->click();
        QVERIFY(!openPasswordDialog(parent));
        QCOMPARE(ran, 2);
    }

    void authenticatorTurnsOnWithTheCodeOfTheShownKey()
    {
        SettingsEnv s;
        confirmThroughDialog(*s.settings);
        QWidget parent;
        QVERIFY(!openMethodSetup(SignInMethod::RecoveryCode, *s.settings, &parent)); // not a method to set up
        QDialog* opened = openMethodSetup(SignInMethod::Authenticator, *s.settings, &parent);
        auto* dialog = qobject_cast<AuthenticatorSetupDialog*>(opened);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QSignalSpy finished(dialog, &QDialog::finished);
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));

        // The QR code is there, large, described; the key is grouped in fours; account + issuer.
        QVERIFY(dialog->qrCode()->matrix().has_value());
        QVERIFY(dialog->qrCode()->minimumWidth() >= 220);
        QVERIFY(!dialog->qrCode()->accessibleDescription().isEmpty());
        const QString shownKey = dialog->setupKeyLabel()->text();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$")).match(shownKey).hasMatch(),
            qPrintable(shownKey));
        QVERIFY(dialog->accountLabel()->text().contains(QStringLiteral("Issuer: Twofold")));
        QVERIFY(dialog->setupKeyLabel()->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(!dialog->verifyButton()->isEnabled());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->doneButton()->isVisible()); // Cancel only, until it is on
        QVERIFY(dialog->cancelButton()->isVisible());

        // Copy puts the key (without spaces) on the clipboard as a secret.
        dialog->copyKeyButton()->click();
        QVERIFY(dialog->clipboard()->holdsSecret());
        QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, QString(shownKey).remove(u' '));

        // The code typed with a space, as people read it off the phone.
        QString code = codeFromSetupKey(shownKey, s.env.clock.nowMs());
        code.insert(3, u' ');
        QTest::keyClicks(dialog->codeField(), code);
        QVERIFY(dialog->verifyButton()->isEnabled());
        QTest::keyClick(dialog->codeField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isTurnedOn(), 10'000);
        QVERIFY(dialog->successText().contains(QStringLiteral("Authenticator app turned on")));
        QVERIFY(s.settings->status().method(SignInMethod::Authenticator).on);

        // The secret is gone from the dialog and the clipboard.
        QVERIFY(dialog->setupKeyLabel()->text().isEmpty());
        QVERIFY(!dialog->qrCode()->matrix().has_value());
        QVERIFY(!dialog->clipboard()->holdsSecret());

        // First method: ten codes; Done only once they are marked saved; closing refused.
        RecoveryCodesPanel* codes = dialog->recoveryCodes();
        QVERIFY(codes->isVisible());
        QCOMPARE(codes->codeCount(), 10);
        QCOMPARE(codes->shownCodes().size(), 10);
        QVERIFY(dialog->doneButton()->isVisible());
        QVERIFY(!dialog->cancelButton()->isVisible());
        QVERIFY(!dialog->doneButton()->isEnabled());
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->message().isEmpty());
        QCOMPARE(finished.count(), 0);
        codes->savedCheckBox()->click();
        QVERIFY(dialog->doneButton()->isEnabled());
        dialog->doneButton()->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
        QTRY_VERIFY(guard.isNull());
    }

    void theAccountIsTheVaultsName()
    {
        // The phone lists the codes under the vault's name, not under "vault" (the file's).
        SettingsEnv s;
        s.vault->vault().setName(QStringLiteral("Family"));
        confirmThroughDialog(*s.settings);
        QWidget parent;
        auto* dialog = qobject_cast<AuthenticatorSetupDialog*>(
            openMethodSetup(SignInMethod::Authenticator, *s.settings, &parent));
        QVERIFY(dialog);
        QVERIFY2(dialog->accountLabel()->text().startsWith(QStringLiteral("Account: Family ")),
                 qPrintable(dialog->accountLabel()->text()));
        QTest::keyClicks(dialog->codeField(),
                         codeFromSetupKey(dialog->setupKeyLabel()->text(), s.env.clock.nowMs()));
        QTest::keyClick(dialog->codeField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isTurnedOn(), 10'000);
        // What Security lists under "Codes go to".
        QCOMPARE(s.settings->status().method(SignInMethod::Authenticator).target, QStringLiteral("Family"));
        dialog->recoveryCodes()->savedCheckBox()->click();
        dialog->doneButton()->click();
    }

    void wrongCodeShowsASentenceAndStays()
    {
        SettingsEnv s;
        confirm(*s.settings);
        AuthenticatorSetupDialog dialog(*s.settings);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        const QString right = codeFromSetupKey(dialog.setupKeyLabel()->text(), s.env.clock.nowMs());
        const QString wrong =
            right == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        QTest::keyClicks(dialog.codeField(), wrong);
        dialog.verifyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000);
        QVERIFY(!dialog.isTurnedOn());
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.setupKeyLabel()->text().isEmpty()); // still there to try again
        QVERIFY(!s.settings->status().method(SignInMethod::Authenticator).on);

        // The field takes digits, spaces and dashes only, six digits at most.
        dialog.codeField()->clear();
        QTest::keyClicks(dialog.codeField(), QStringLiteral("12a3-45 6789"));
        QCOMPARE(dialog.codeField()->digitCount(), 6);

        // Cancelling drops the setup: the code is no use any more.
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        Catcher<Result<TwoFactorSettings::RecoveryCodes>> late;
        s.settings->confirmAuthenticator(pw(right), late.callback());
        QTRY_VERIFY(late.done());
        QVERIFY(!late.value().ok());
    }

    void withoutAConfirmedPasswordTheSentenceSaysSo()
    {
        SettingsEnv s;
        AuthenticatorSetupDialog dialog(*s.settings);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(!dialog.qrCode()->matrix().has_value());
        QVERIFY(!dialog.codeField()->isEnabled());
    }

    void secondMethodShowsNoRecoveryCodes()
    {
        SettingsEnv s; // codes "sent" to the recording sender
        confirm(*s.settings);
        Catcher<Result<SendCodeReply>> sent;
        s.settings->beginEmail(QStringLiteral("alice@example.org"), sent.callback());
        QTRY_VERIFY(sent.done());
        QVERIFY(sent.value().ok());
        Catcher<Result<TwoFactorSettings::RecoveryCodes>> first;
        s.settings->confirmSetupCode(pw(s.env.sender->last().code), first.callback());
        QTRY_VERIFY(first.done());
        QVERIFY(first.value().ok());
        QCOMPARE(first.value()->size(), size_t(10));

        AuthenticatorSetupDialog dialog(*s.settings);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QTest::keyClicks(dialog.codeField(),
                         codeFromSetupKey(dialog.setupKeyLabel()->text(), s.env.clock.nowMs()));
        dialog.verify();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isTurnedOn(), 10'000);
        QVERIFY(!dialog.recoveryCodes()->isVisible());
        QVERIFY(dialog.doneButton()->isEnabled());
        dialog.reject(); // closing once it is on means done
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestAuthenticatorSetup)
#include "tst_authenticatorsetup.moc"
