// The Security pane on a real vault and TwoFactorSettings (ManualClock): the password asked
// once per five minutes, app passwords, the master password, methods turned off and made the
// default, recovery codes, the policy, and every control reachable with Tab.
#include "PreferencesFixture.h"

#include "ui/common/AppSettings.h"
#include "ui/common/MessageBanner.h"
#include "ui/preferences/AppPasswordDialog.h"
#include "ui/preferences/ChangeMasterPasswordDialog.h"
#include "ui/preferences/DeliverySettingsDialog.h"
#include "ui/preferences/InlineConfirmation.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/preferences/SecurityPane.h"
#include "ui/preferences/TurnOnMethod.h"
#include "ui/twofactor/AuthenticatorSetupDialog.h"
#include "ui/twofactor/RecoveryCodesDialog.h"
#include "ui/twofactor/RecoveryCodesPanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace twofold;
using namespace twofold::test;

namespace {

const char* const kNewPassword = "violet tractor hums over 42 lakes";

// Clicks a radio button on its label (a click past the text is not on the button).
void clickRadio(QRadioButton* radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

template <typename T> T* child(QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

struct Window
{
    AppSettings app;
    std::unique_ptr<PreferencesDialog> dialog;
    SecurityPane* pane = nullptr;

    explicit Window(SecurityFixture& f)
    {
        dialog = std::make_unique<PreferencesDialog>(app, f.settings.get(), nullptr, f.env.clock);
        dialog->setCurrentPane(PreferencesDialog::Pane::Security);
        dialog->show();
        pane = dialog->securityPane();
    }
    void click(const char* name) { QTest::mouseClick(child<QPushButton>(*pane, name), Qt::LeftButton); }
    bool asksPassword() const { return openDialog<ConfirmPasswordDialog>(dialog.get()) != nullptr; }
};

} // namespace

class TestSecurityPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TwofoldTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_securitypane"));
        QSettings().clear();
    }

    void saysWhatItProtects()
    {
        SecurityFixture f;
        f.open();
        Window w(f);
        QVERIFY(w.pane->summaryText().contains(QStringLiteral("off")));
        QCOMPARE(
            child<QLabel>(*w.pane, "localNote")->text(),
            QStringLiteral("Codes are checked on this computer: they guard Twofold itself, not a copy of the "
                           "file."));
        QCOMPARE(w.pane->methodStateText(SignInMethod::Authenticator), QStringLiteral("Off"));
        QCOMPARE(w.pane->confirmationText(), QString());
        QVERIFY(!child<QPushButton>(*w.pane, "regenerate")->isEnabled());
    }

    void thePasswordIsAskedOnceInFiveMinutes()
    {
        SecurityFixture f;
        f.open(Policy(), true);
        Window w(f);
        QVERIFY(w.pane->summaryText().contains(QStringLiteral("on")));
        clickRadio(child<QRadioButton>(*w.pane, "askEverySignIn"));
        // A wrong password: the core's sentence, the dialog stays, nothing changes.
        QPointer<ConfirmPasswordDialog> asking = answerPassword(w.dialog.get(), "not the password");
        QVERIFY(asking);
        QTRY_VERIFY(!asking->isBusy() && !asking->message().isEmpty());
        QVERIFY(asking->isVisible());
        QVERIFY2(asking->message().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(asking->message()));
        QCOMPARE(f.settings->status().prompt, SecondFactorPrompt::UnrememberedComputers);
        QVERIFY(!child<QRadioButton>(*w.pane, "askEverySignIn")->isChecked());

        QVERIFY(answerPassword(w.dialog.get()));
        QTRY_COMPARE(f.settings->status().prompt, SecondFactorPrompt::EverySignIn);
        QTRY_VERIFY(child<QRadioButton>(*w.pane, "askEverySignIn")->isChecked());
        QCOMPARE(w.pane->confirmationText(), QStringLiteral("Password confirmed for 5 more minutes."));

        // Within five minutes: no question.
        f.env.clock.advanceSeconds(4 * 60);
        QTRY_VERIFY(!w.asksPassword());
        clickRadio(child<QRadioButton>(*w.pane, "askUnremembered"));
        QVERIFY(!w.asksPassword());
        QTRY_COMPARE(f.settings->status().prompt, SecondFactorPrompt::UnrememberedComputers);
        QCOMPARE(w.pane->confirmationText(), QStringLiteral("Password confirmed for one more minute."));

        // Past five minutes: asked again.
        f.env.clock.advanceSeconds(61);
        clickRadio(child<QRadioButton>(*w.pane, "askEverySignIn"));
        QVERIFY(w.asksPassword());
        QVERIFY(answerPassword(w.dialog.get()));
        QTRY_COMPARE(f.settings->status().prompt, SecondFactorPrompt::EverySignIn);
    }

    void anAppPasswordIsShownOnceAndOpensTheVault()
    {
        SecurityFixture f;
        f.open(Policy(), true);
        Window w(f);
        w.click("addAppPassword");
        QVERIFY(answerPassword(w.dialog.get()));
        AppPasswordDialog* add = nullptr;
        QTRY_VERIFY((add = openDialog<AppPasswordDialog>(w.dialog.get())) != nullptr);
        QVERIFY(!child<QPushButton>(*add, "create")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(*add, "appPasswordName"), QStringLiteral("backup script"));
        QTest::mouseClick(child<QPushButton>(*add, "create"), Qt::LeftButton);
        QTRY_VERIFY(add->showsSecret());
        auto* secretField = child<QLineEdit>(*add, "appPasswordSecret");
        QVERIFY(secretField->isReadOnly());
        QVERIFY(child<QLabel>(*add, "shownOnce")->text().contains(QStringLiteral("will not be shown again")));
        const SecureBuffer secret = SecureBuffer::fromUtf8(secretField->text());
        QVERIFY(OpenVault::openWithAppPassword(f.env.path, secret, OpenMode::ReadOnly).ok());
        QTest::mouseClick(child<QPushButton>(*add, "done"), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<AppPasswordDialog>(w.dialog.get()));

        QTreeWidget* list = w.pane->appPasswordsView();
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("backup script"));

        // The same name again is refused with a sentence.
        w.click("addAppPassword");
        QTRY_VERIFY((add = openDialog<AppPasswordDialog>(w.dialog.get())) != nullptr);
        QTest::keyClicks(child<QLineEdit>(*add, "appPasswordName"), QStringLiteral("backup script"));
        QTest::mouseClick(child<QPushButton>(*add, "create"), Qt::LeftButton);
        QTRY_VERIFY(!add->errorText().isEmpty());
        QVERIFY(!add->showsSecret());
        add->reject();

        // Revoke, after the inline question.
        list->setCurrentItem(list->topLevelItem(0));
        w.click("revokeAppPassword");
        QVERIFY(w.pane->confirmation()->question().contains(QStringLiteral("backup script")));
        QTest::mouseClick(w.pane->confirmation()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(OpenVault::openWithAppPassword(f.env.path, secret, OpenMode::ReadOnly).error().code,
                 ErrorCode::WrongPassword);
    }

    void theMasterPasswordChanges()
    {
        SecurityFixture f;
        f.open();
        Window w(f);
        w.click("changeMasterPassword");
        QVERIFY(answerPassword(w.dialog.get()));
        ChangeMasterPasswordDialog* change = nullptr;
        QTRY_VERIFY((change = openDialog<ChangeMasterPasswordDialog>(w.dialog.get())) != nullptr);
        QTest::keyClicks(change->newPassword()->lineEdit(), QString::fromUtf8(kNewPassword));
        QTest::keyClicks(change->repeatPassword()->lineEdit(), QStringLiteral("something else"));
        QCOMPARE(change->errorText(), QStringLiteral("The two passwords are not the same."));
        QVERIFY(!change->changeButton()->isEnabled());
        change->repeatPassword()->lineEdit()->clear();
        QTest::keyClicks(change->repeatPassword()->lineEdit(), QString::fromUtf8(kNewPassword));
        QCOMPARE(change->errorText(), QString());
        QVERIFY(change->changeButton()->isEnabled());
        QTest::mouseClick(change->changeButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<ChangeMasterPasswordDialog>(w.dialog.get()));
        QTRY_VERIFY(w.pane->messageText().contains(QStringLiteral("master password was changed")));

        QVERIFY(OpenVault::open(f.env.path, pw(kNewPassword), OpenMode::ReadOnly).ok());
        QCOMPARE(OpenVault::open(f.env.path, pw(kPassword), OpenMode::ReadOnly).error().code,
                 ErrorCode::WrongPassword);
    }

    void tabGoesFromTheNewPasswordToTypingItAgain()
    {
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        ChangeMasterPasswordDialog change(*f.settings);
        change.show();
        QApplication::setActiveWindow(&change);
        QVERIFY(QTest::qWaitForWindowActive(&change));
        change.newPassword()->lineEdit()->setFocus();
        QTest::keyClick(change.newPassword()->lineEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), change.repeatPassword()->lineEdit()); // not the eye button
    }

    void aWeakNewPasswordCannotBeChosen()
    {
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        ChangeMasterPasswordDialog change(*f.settings);
        QTest::keyClicks(change.newPassword()->lineEdit(), QStringLiteral("password"));
        QTest::keyClicks(change.repeatPassword()->lineEdit(), QStringLiteral("password"));
        QVERIFY(!change.changeButton()->isEnabled());
    }

    void theDefaultMethodAndTurningOff()
    {
        SecurityFixture f;
        f.open(Policy(), true, true);
        Window w(f);
        QCOMPARE(f.settings->status().defaultMethod, SignInMethod::Authenticator);
        QTreeWidget* methods = w.pane->methodsView();
        QCOMPARE(methods->topLevelItem(0)->text(1), QStringLiteral("On"));
        QCOMPARE(methods->topLevelItem(0)->text(4), QStringLiteral("Default"));
        QCOMPARE(methods->topLevelItem(1)->text(2), QStringLiteral("j•••@example.com"));
        // The authenticator's codes go to the account the app lists them under (the file is
        // "vault.twofold", a name that says nothing: user@computer).
        const QString account = methods->topLevelItem(0)->text(2);
        QCOMPARE(account, f.settings->status().method(SignInMethod::Authenticator).target);
        QVERIFY2(!account.isEmpty() && account != QStringLiteral("vault"), qPrintable(account));
        QVERIFY(!methods->topLevelItem(1)->text(3).isEmpty()); // date added

        w.pane->selectMethod(SignInMethod::Email);
        w.click("makeDefault");
        QVERIFY(answerPassword(w.dialog.get()));
        QTRY_COMPARE(f.settings->status().defaultMethod, SignInMethod::Email);
        QTRY_COMPARE(methods->topLevelItem(1)->text(4), QStringLiteral("Default"));
        QCOMPARE(methods->topLevelItem(0)->text(4), QString());

        w.pane->selectMethod(SignInMethod::Authenticator);
        w.click("turnOff");
        QVERIFY(w.pane->confirmation()->question().startsWith(QStringLiteral("Turn off Authenticator app?")));
        QTest::mouseClick(w.pane->confirmation()->cancelButton(), Qt::LeftButton);
        QVERIFY(f.settings->status().method(SignInMethod::Authenticator).on);
        w.click("turnOff");
        QTest::mouseClick(w.pane->confirmation()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(!f.settings->status().method(SignInMethod::Authenticator).on);
        QTRY_COMPARE(w.pane->methodStateText(SignInMethod::Authenticator), QStringLiteral("Off"));
        QTRY_COMPARE(w.pane->messageText(), QStringLiteral("Authenticator app is off."));
    }

    void regeneratingShowsTenCodes()
    {
        SecurityFixture f;
        f.open(Policy(), true);
        Window w(f);
        QCOMPARE(child<QLabel>(*w.pane, "recoveryLeft")->text(), QStringLiteral("10 recovery codes left."));
        w.click("regenerate");
        QTest::mouseClick(w.pane->confirmation()->actionButton(), Qt::LeftButton);
        QVERIFY(answerPassword(w.dialog.get()));
        RecoveryCodesDialog* shown = nullptr;
        QTRY_VERIFY((shown = openDialog<RecoveryCodesDialog>(w.dialog.get())) != nullptr);
        QCOMPARE(shown->findChild<RecoveryCodesPanel*>()->codeCount(), 10);
        QVERIFY(!f.env.recoveryCodes.empty());
    }

    void aForbiddenMethodIsShownAsNotAllowed()
    {
        Policy policy;
        policy.allowedMethods = {SignInMethod::Authenticator};
        SecurityFixture f;
        f.open(policy);
        Window w(f);
        QCOMPARE(w.pane->methodStateText(SignInMethod::Email),
                 QStringLiteral("Not allowed by your organisation"));
        QCOMPARE(w.pane->methodsView()->topLevelItem(2)->text(1),
                 QStringLiteral("Not allowed by your organisation"));
        QCOMPARE(w.pane->methodStateText(SignInMethod::Authenticator), QStringLiteral("Off"));
        w.pane->selectMethod(SignInMethod::Sms);
        QVERIFY(!child<QPushButton>(*w.pane, "turnOn")->isEnabled());
        w.pane->selectMethod(SignInMethod::Authenticator);
        QVERIFY(child<QPushButton>(*w.pane, "turnOn")->isEnabled());
    }

    void controlsWaitWhileBusy()
    {
        SecurityFixture f;
        f.open(Policy(), true);
        Window w(f);
        Catcher<Status> confirmed;
        f.settings->confirmPassword(pw(kPassword), confirmed.callback());
        QVERIFY(f.settings->isBusy());
        QVERIFY(!w.pane->methodsView()->isEnabled());
        QVERIFY(!child<QPushButton>(*w.pane, "changeMasterPassword")->isEnabled());
        QTRY_VERIFY(confirmed.done());
        QVERIFY(w.pane->methodsView()->isEnabled());
        QVERIFY(child<QPushButton>(*w.pane, "changeMasterPassword")->isEnabled());
    }

    void emailWithoutDeliverySettingsAsksForThemFirst()
    {
        SecurityFixture f;
        f.open();
        Window w(f);
        std::optional<bool> result;
        turnOnMethod(SignInMethod::Email, *f.settings, w.dialog.get(), [&](bool on) { result = on; });
        QVERIFY(answerPassword(w.dialog.get()));
        DeliverySettingsDialog* delivery = nullptr;
        QTRY_VERIFY((delivery = openDialog<DeliverySettingsDialog>(w.dialog.get())) != nullptr);
        QVERIFY(child<QLabel>(*delivery, "reason")->text().contains(QStringLiteral("mail server")));
        delivery->reject();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, false);

        // Cancelling the password question ends it too.
        f.settings->forgetPassword();
        result.reset();
        turnOnMethod(SignInMethod::Authenticator, *f.settings, w.dialog.get(), [&](bool on) { result = on; });
        ConfirmPasswordDialog* asking = nullptr;
        QTRY_VERIFY((asking = openDialog<ConfirmPasswordDialog>(w.dialog.get())) != nullptr);
        QTest::mouseClick(asking->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, false);
    }

    void rememberedComputersAreListedAndForgotten()
    {
        SecurityFixture f;
        f.openRemembered();
        QCOMPARE(f.settings->status().trustedComputers.size(), 1);
        Window w(f);
        QTreeWidget* trusted = w.pane->trustedView();
        QCOMPARE(trusted->topLevelItemCount(), 1);
        QCOMPARE(trusted->topLevelItem(0)->text(0), QStringLiteral("test-pc"));
        QVERIFY(!trusted->topLevelItem(0)->text(3).isEmpty()); // remembered until
        w.click("forgetAll");
        QTest::mouseClick(w.pane->confirmation()->actionButton(), Qt::LeftButton);
        QVERIFY(answerPassword(w.dialog.get()));
        QTRY_VERIFY(f.settings->status().trustedComputers.isEmpty());
        QTRY_COMPARE(trusted->topLevelItem(0)->text(0), QStringLiteral("No computer is remembered."));
        QVERIFY(!child<QPushButton>(*w.pane, "forgetAll")->isEnabled());
    }

    void aRememberedComputerIsRevokedFromItsRow()
    {
        SecurityFixture f;
        f.openRemembered();
        Window w(f);
        QCOMPARE(w.pane->checkedWhereText(),
                 QStringLiteral("Codes are checked on this computer: they guard Twofold "
                                "itself, not a copy of the file."));
        QPushButton* revoke = w.pane->revokeButton(QStringLiteral("test-pc"));
        QVERIFY(revoke);
        QCOMPARE(revoke->accessibleName(), QStringLiteral("Revoke test-pc"));
        QVERIFY(revoke->isVisible());
        QVERIFY(revoke->width() >= revoke->sizeHint().width()); // not cut in its cell
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(w.pane->confirmation()->question(),
                 QStringLiteral("Revoke test-pc? It will be asked for a code at its next sign-in."));
        QTest::mouseClick(w.pane->confirmation()->cancelButton(), Qt::LeftButton); // nothing happens
        QCOMPARE(f.settings->status().trustedComputers.size(), 1);
        QTest::mouseClick(w.pane->revokeButton(QStringLiteral("test-pc")), Qt::LeftButton);
        QTest::mouseClick(w.pane->confirmation()->actionButton(), Qt::LeftButton);
        QVERIFY(answerPassword(w.dialog.get()));
        QTRY_VERIFY(f.settings->status().trustedComputers.isEmpty());
        QTRY_VERIFY(w.pane->revokeButton(QStringLiteral("test-pc")) == nullptr);
        QCOMPARE(w.pane->messageText(), QStringLiteral("test-pc is no longer remembered."));
    }

    void turnOnOpensTheMethodsSetup()
    {
        SecurityFixture f;
        f.open();
        Window w(f);
        w.pane->selectMethod(SignInMethod::Authenticator);
        w.click("turnOn");
        QVERIFY(answerPassword(w.dialog.get()));
        AuthenticatorSetupDialog* setup = nullptr;
        QTRY_VERIFY((setup = openDialog<AuthenticatorSetupDialog>(w.dialog.get())) != nullptr);
        setup->reject();
        QTRY_VERIFY(!openDialog<AuthenticatorSetupDialog>(w.dialog.get()));
        QVERIFY(!f.settings->status().on);
        QCOMPARE(w.pane->messageText(), QString());
    }

    void tabReachesEveryControl()
    {
        SecurityFixture f;
        f.open(Policy(), true, true);
        Window w(f);
        QVERIFY(QTest::qWaitForWindowActive(w.dialog.get()));
        QSet<QWidget*> reached;
        w.dialog->paneList()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 300; ++i) {
            QWidget* focused = QApplication::focusWidget();
            if (!focused || reached.contains(focused))
                break;
            reached.insert(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        int controls = 0;
        for (QWidget* widget : w.pane->findChildren<QWidget*>()) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            ++controls;
            QVERIFY2(reached.contains(widget), qPrintable(widget->objectName() + u' ' +
                                                          QLatin1String(widget->metaObject()->className())));
        }
        QVERIFY2(controls >= 8, qPrintable(QString::number(controls)));
    }
};

QTEST_MAIN(TestSecurityPane)
#include "tst_securitypane.moc"
