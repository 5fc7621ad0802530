#pragma once
// What the Preferences tests start from: a real vault (tiny KDF) in a temporary folder with a
// real TwoFactorSettings on a ManualClock, optionally with methods already on, and helpers that
// answer the dialogs the pane opens the way a person would (typing, clicking).
#include "unit/auth/AuthFixture.h"

#include "ui/common/PasswordField.h"
#include "ui/twofactor/ConfirmPasswordDialog.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace twofold::test {

struct SecurityFixture
{
    Env env;
    std::unique_ptr<OpenVault> vault;
    std::unique_ptr<TwoFactorSettings> settings;

    // A new vault with policy; then, when asked, the authenticator (and email) turned on through
    // the core. The password confirmation used for that is forgotten again, so the pane starts
    // as a person finds it.
    void open(const Policy& policy = Policy(), bool authenticator = false, bool email = false)
    {
        env.policy = policy;
        Result<std::unique_ptr<OpenVault>> made =
            OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock);
        QVERIFY(made.ok());
        vault = std::move(made).value();
        settings = std::make_unique<TwoFactorSettings>(*vault, TwoFactorStatus(), env.settingsOptions(),
                                                       env.clock, env.random);
        if (authenticator || email) {
            confirm(*settings);
            if (authenticator)
                enableAuthenticator(env, *settings);
            if (email) {
                Catcher<Result<SendCodeReply>> sent;
                settings->beginEmail(QStringLiteral("jo@example.com"), sent.callback());
                QTRY_VERIFY(sent.done());
                QVERIFY(sent.value().ok());
                Catcher<Result<TwoFactorSettings::RecoveryCodes>> on;
                settings->confirmSetupCode(pw(env.sender->last().code), on.callback());
                QTRY_VERIFY(on.done());
                QVERIFY2(on.value().ok(), on.value().ok() ? "" : qPrintable(on.value().error().message));
            }
            settings->forgetPassword();
        }
    }

    // A vault with the authenticator on, signed into with "Remember this computer", so one
    // computer is remembered; opened as the sign-in window hands it over.
    void openRemembered()
    {
        createWithAuthenticator(env);
        if (QTest::currentTestFailed())
            return;
        std::unique_ptr<SignInSession> session = env.session();
        QVERIFY(session->submitPassword(pw(kPassword)));
        QTRY_VERIFY(!session->isBusy());
        QCOMPARE(session->state(), SignInSession::State::NeedSecondFactor);
        QVERIFY(session->submitCode(pw(env.totpNow()), true));
        QTRY_VERIFY(!session->isBusy());
        QCOMPARE(session->state(), SignInSession::State::Unlocked);
        vault = session->takeVault();
        settings = std::make_unique<TwoFactorSettings>(*vault, session->twoFactorStatus(),
                                                       env.settingsOptions(), env.clock, env.random);
        confirm(*settings); // reads the full settings, the remembered computer included
        settings->forgetPassword();
    }
};

// The visible dialog of type T whose parent is window, or null.
template <typename T> T* openDialog(QWidget* window)
{
    const QList<T*> dialogs = window->findChildren<T*>();
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it) {
        if ((*it)->isVisible())
            return *it;
    }
    return nullptr;
}

// Waits for the password dialog on window, types password and presses OK.
inline ConfirmPasswordDialog* answerPassword(QWidget* window, const char* password = kPassword)
{
    ConfirmPasswordDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = openDialog<ConfirmPasswordDialog>(window)) != nullptr; },
                         5000))
        return nullptr;
    QLineEdit* edit = dialog->passwordField()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, QString::fromUtf8(password));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    return dialog;
}

} // namespace twofold::test
