// The recovery codes shown once (copy, save with 0600, Done only once saved, wiped on close)
// and the first-run offer (the methods the policy allows, authenticator first).
#include "TwoFactorUiFixture.h"

#include "ui/common/PasswordField.h"

#include "ui/common/SecretClipboard.h"
#include "ui/twofactor/RecoveryCodesPanel.h"
#include "ui/twofactor/TwoFactorDialogs.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

TwoFactorSettings::RecoveryCodes makeCodes()
{
    TwoFactorSettings::RecoveryCodes codes;
    for (int i = 0; i < 10; ++i)
        codes.push_back(SecureBuffer::fromUtf8(QStringLiteral("%1abcd-efgh%1").arg(i)));
    return codes;
}

} // namespace

class TestRecoveryCodes : public QObject
{
    Q_OBJECT

private slots:
    void doneOnlyOnceTheCodesAreSaved()
    {
        QWidget parent;
        parent.show();
        QDialog* opened = openRecoveryCodes(makeCodes(), &parent);
        auto* dialog = qobject_cast<RecoveryCodesDialog*>(opened);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        RecoveryCodesPanel* panel = dialog->panel();
        QCOMPARE(panel->codeCount(), 10);
        QCOMPARE(panel->shownCodes().first(), QStringLiteral("0abcd-efgh0"));
        QCOMPARE(panel->shownCodes().last(), QStringLiteral("9abcd-efgh9"));

        QVERIFY(!dialog->doneButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape); // refused: shown only once
        QVERIFY(dialog->isVisible());
        panel->savedCheckBox()->click();
        QVERIFY(dialog->doneButton()->isEnabled());
        panel->savedCheckBox()->click();
        QVERIFY(!dialog->doneButton()->isEnabled());
        QTest::keyClick(panel->savedCheckBox(), Qt::Key_Space); // the keyboard works too
        QVERIFY(dialog->doneButton()->isEnabled());

        QSignalSpy finished(dialog, &QDialog::finished);
        dialog->doneButton()->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
        QCOMPARE(panel->codeCount(), 0); // wiped on close
        QTRY_VERIFY(guard.isNull());
    }

    void saveToFileWritesTheCodesReadableByTheOwnerOnly()
    {
        QTemporaryDir dir;
        RecoveryCodesPanel panel;
        const QString path = dir.filePath(QStringLiteral("codes.txt"));
        QVERIFY(!panel.saveToFile(path).ok()); // nothing to save yet
        QVERIFY(!QFile::exists(path));

        panel.setCodes(makeCodes());
        const Status saved = panel.saveToFile(path);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (int i = 0; i < 10; ++i)
            QVERIFY(text.contains(QStringLiteral("%1abcd-efgh%1\n").arg(i)));
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QVERIFY(!panel.saveToFile(dir.filePath(QStringLiteral("no/such/folder/codes.txt"))).ok());
    }

    void copyAllPutsEveryCodeOnTheSecretClipboard()
    {
        RecoveryCodesPanel panel;
        panel.setCodes(makeCodes());
        panel.copyButton()->click();
        QVERIFY(panel.clipboard()->holdsSecret());
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines, panel.shownCodes());
        QVERIFY(!panel.message().isEmpty());
        panel.wipeCodes();
        QCOMPARE(panel.shownCodes().size(), 0);
    }

    void turnOnOffer_data()
    {
        QTest::addColumn<QList<SignInMethod>>("allowed");
        QTest::addColumn<QList<SignInMethod>>("offered");
        QTest::addColumn<SignInMethod>("pick");
        const QList<SignInMethod> all{SignInMethod::Authenticator, SignInMethod::Email, SignInMethod::Sms};
        QTest::newRow("every method, authenticator first") << all << all << SignInMethod::Authenticator;
        QTest::newRow("email picked") << all << all << SignInMethod::Email;
        QTest::newRow("policy: sms and email only")
            << QList<SignInMethod>{SignInMethod::Sms, SignInMethod::Email}
            << QList<SignInMethod>{SignInMethod::Email, SignInMethod::Sms} << SignInMethod::Sms;
    }

    void turnOnOffer()
    {
        QFETCH(QList<SignInMethod>, allowed);
        QFETCH(QList<SignInMethod>, offered);
        QFETCH(SignInMethod, pick);
        Env env;
        env.policy.allowedMethods = allowed;
        std::unique_ptr<OpenVault> vault =
            OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
        TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock, env.random);

        auto* dialog = new TurnOnTwoFactorDialog(settings);
        QPointer<QDialog> guard(dialog);
        QSignalSpy chosen(dialog, &TurnOnTwoFactorDialog::methodChosen);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->open();
        QCOMPARE(dialog->offeredMethods(), offered);
        QPushButton* authenticator = dialog->methodButton(SignInMethod::Authenticator);
        if (allowed.contains(SignInMethod::Authenticator)) {
            QVERIFY(authenticator->text().contains(QStringLiteral("recommended")));
            QVERIFY(authenticator->isDefault());
        } else {
            QVERIFY(!authenticator);
        }
        for (SignInMethod method : offered)
            QVERIFY(!dialog->methodButton(method)->accessibleName().isEmpty());

        dialog->methodButton(pick)->setFocus();
        QTest::keyClick(dialog->methodButton(pick), Qt::Key_Space);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<SignInMethod>(), pick);
        QCOMPARE(accepted.count(), 1);
        QTRY_VERIFY(guard.isNull());
    }

    // Every control a person can use in every dialog has an accessible name and takes Tab.
    void everyControlIsNamedAndReachable()
    {
        SettingsEnv s;
        confirm(*s.settings);
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(new ConfirmPasswordDialog(*s.settings));
        dialogs.emplace_back(new AuthenticatorSetupDialog(*s.settings));
        dialogs.emplace_back(new EmailSetupDialog(*s.settings, nullptr, s.env.clock));
        dialogs.emplace_back(new SmsSetupDialog(*s.settings, nullptr, s.env.clock));
        dialogs.emplace_back(new RecoveryCodesDialog(makeCodes()));
        dialogs.emplace_back(new TurnOnTwoFactorDialog(*s.settings));
        for (const std::unique_ptr<QDialog>& dialog : dialogs) {
            dialog->setAttribute(Qt::WA_DeleteOnClose, false);
            dialog->show();
            QList<QWidget*> controls;
            for (QAbstractButton* w : dialog->findChildren<QAbstractButton*>())
                controls.append(w);
            for (QLineEdit* w : dialog->findChildren<QLineEdit*>())
                controls.append(w);
            for (QComboBox* w : dialog->findChildren<QComboBox*>())
                controls.append(w);
            for (QWidget* control : std::as_const(controls)) {
                if (!control->isVisibleTo(dialog.get()))
                    continue;
                const QString where =
                    QStringLiteral("%1: %2 %3")
                        .arg(QString::fromLatin1(dialog->metaObject()->className()),
                             QString::fromLatin1(control->metaObject()->className()), control->objectName());
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(where));
                // A password field's eye button is reached with Ctrl+H from the field, not by Tab.
                const bool eye = qobject_cast<PasswordField*>(control->parentWidget()) != nullptr;
                QVERIFY2(eye || (control->focusPolicy() & Qt::TabFocus), qPrintable(where));
            }
            dialog->hide();
        }
        s.settings->cancelSetup();
    }

    void notNowRejects()
    {
        Env env;
        std::unique_ptr<OpenVault> vault =
            OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
        TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock, env.random);
        TurnOnTwoFactorDialog dialog(settings);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy chosen(&dialog, &TurnOnTwoFactorDialog::methodChosen);
        dialog.open();
        dialog.notNowButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(chosen.count(), 0);
    }
};

QTEST_MAIN(TestRecoveryCodes)
#include "tst_recoverycodes.moc"
