// UnlockPage, the password page and the authenticator code: the sentence a person sees for each
// refusal, the vault handed over on success, recent vaults, the Caps Lock warning, the code page
// for the authenticator (wrong code, lockout, Back, remembering this computer). Real vault files
// (tiny KDF parameters), the real SignInSession, real widgets; waits on conditions, and the
// ManualClock is moved by hand.
#include "SignInPageFixture.h"

#include "auth/AuthSentences.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ElidedLabel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>

using namespace twofold;
using namespace twofold::test;

using State = SignInSession::State;

class TestUnlockPage : public QObject
{
    Q_OBJECT
private:
    // A vault without two-factor sign-in, with one entry.
    static void createPlain(Env& env)
    {
        auto made = OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock);
        QVERIFY(made.ok());
        EntryFields f;
        f.title = QStringLiteral("Mail");
        QVERIFY((*made)->vault().addEntry(std::move(f)).ok());
        QVERIFY((*made)->save().ok());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString& path : appSettings().recentVaults())
            appSettings().removeRecentVault(path);
    }

    void wrongPasswordSaysSoAndSelectsTheField()
    {
        Env env;
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typePassword(*page, QStringLiteral("wrong horse"));
        QCOMPARE(page->message(), QStringLiteral("That password is not right for this vault."));
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!page->isShowingSecondFactor());
        QCOMPARE(page->passwordField()->lineEdit()->selectedText(), QStringLiteral("wrong horse"));
        QVERIFY(page->passwordField()->lineEdit()->isEnabled());
        QVERIFY(page->passwordField()->lineEdit()->hasFocus());
    }

    void withoutTwoFactorThePasswordHandsTheVaultOver()
    {
        Env env;
        createPlain(env);
        auto page = makePage(env, signInOptions(env));
        QVERIFY(page->recentButton()->isHidden()); // nothing opened yet
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typePassword(*page);
        QCOMPARE(unlocked.count(), 1);
        auto vault = unlocked.at(0).at(0).value<std::shared_ptr<OpenVault>>();
        QVERIFY(vault);
        QCOMPARE(vault->vault().entryCount(), 1);
        QVERIFY(!unlocked.at(0).at(1).value<TwoFactorStatus>().on);
        QVERIFY(!page->twoFactorSetupRequired());
        QVERIFY(page->message().isEmpty());
        QVERIFY(page->passwordField()->isEmpty()); // nothing left in the field
        // Now a recent vault, offered in the menu.
        QCOMPARE(appSettings().recentVaults().value(0), QFileInfo(env.path).absoluteFilePath());
        QVERIFY(!page->recentButton()->isHidden());
        QCOMPARE(page->recentButton()->menu()->actions().size(), 1);
    }

    void busyWhileTheKdfRuns()
    {
        Env env;
        createPlain(env);
        auto page = makePage(env, signInOptions(env));
        QTest::keyClicks(page->passwordField()->lineEdit(), QString::fromUtf8(kPassword));
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        page->unlock();
        QVERIFY(page->isBusy());
        QVERIFY(!page->unlockButton()->isEnabled());
        QVERIFY(!page->passwordField()->lineEdit()->isEnabled());
        QVERIFY(unlocked.wait(10000));
        QVERIFY(!page->isBusy());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a vault") << QByteArray("hello, this is a text file");
        QTest::newRow("truncated") << QByteArray("TWOFOLD\0\1", 9);
        QTest::newRow("missing") << QByteArray();
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        Env env;
        if (!content.isEmpty()) {
            QFile file(env.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        auto page = makePage(env, signInOptions(env));
        QTest::keyClicks(page->passwordField()->lineEdit(), QStringLiteral("whatever"));
        page->unlock();
        QSignalSpy failed(page->session(), &SignInSession::failed);
        QVERIFY(failed.wait(10000));
        const Error error = failed.at(0).at(0).value<Error>();
        QVERIFY(error.code != ErrorCode::WrongPassword);
        QCOMPARE(page->message(), error.message); // the core's sentence, never a code
        QVERIFY(!page->message().isEmpty());
        QVERIFY(!page->message().contains(QString::number(int(error.code))));
    }

    void recentVaultsSwitchTheVault()
    {
        Env one;
        Env two;
        createPlain(one);
        createPlain(two);
        appSettings().addRecentVault(one.path);
        appSettings().addRecentVault(two.path);
        auto page = makePage(one, signInOptions(one));
        QList<QAction*> actions = page->recentButton()->menu()->actions();
        QVERIFY(actions.size() >= 2);
        // The most recent first; the one shown is checked.
        QCOMPARE(actions.at(0)->data().toString(), QFileInfo(two.path).absoluteFilePath());
        QVERIFY(actions.at(1)->isChecked());
        QCOMPARE(unnamedControls(page.get()), QStringList());
        QTest::keyClicks(page->passwordField()->lineEdit(), QStringLiteral("typed"));
        actions.at(0)->trigger();
        QCOMPARE(page->vaultPath(), QFileInfo(two.path).absoluteFilePath());
        QVERIFY(page->passwordField()->isEmpty());
    }

    void aPolicyThatRequiresTwoFactorIsPassedOn()
    {
        Env env;
        env.policy.twoFactor = TwoFactorRequirement::Required;
        createPlain(env);
        auto page = makePage(env, signInOptions(env));
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typePassword(*page);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(page->twoFactorSetupRequired()); // the window leads to turning a method on
    }

    void capsLockWarning()
    {
        PasswordField field;
        field.show();
        QLineEdit* edit = field.lineEdit();
        QVERIFY(!field.isCapsLockWarningShown());
        QTest::keyClick(edit, 'A'); // upper case without Shift
        QVERIFY(field.isCapsLockWarningShown());
        QVERIFY(field.capsLockLabel()->isVisible());
        QCOMPARE(field.capsLockLabel()->text(), QStringLiteral("Caps Lock is on"));
        QTest::keyClick(edit, '7'); // no evidence either way
        QVERIFY(field.isCapsLockWarningShown());
        QTest::keyClick(edit, 'b'); // lower case without Shift: Caps Lock is off
        QVERIFY(!field.capsLockLabel()->isVisible());
        QTest::keyClick(edit, 'c', Qt::ShiftModifier); // lower case with Shift
        QVERIFY(field.isCapsLockWarningShown());
        QTest::keyClick(edit, 'D', Qt::ShiftModifier);
        QVERIFY(!field.isCapsLockWarningShown());
    }

    void anAuthenticatorCodeOpensTheVault()
    {
        Env env;
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typePassword(*page);
        QVERIFY(page->isShowingSecondFactor());
        QVERIFY(page->passwordField()->isEmpty()); // the password is not kept around
        SecondFactorPage* second = page->secondFactorPage();
        QCOMPARE(second->instruction(), QStringLiteral("Enter the 6-digit code from your authenticator app"));
        QCOMPARE(second->timeLeftText(), QStringLiteral("The code in your app changes in 10 s"));
        env.clock.advanceSeconds(3);
        second->refresh();
        QCOMPARE(second->timeLeftText(), QStringLiteral("The code in your app changes in 7 s"));
        QCOMPARE(second->promptText(),
                 QStringLiteral("This vault asks for a code only on computers it does not remember."));
        QVERIFY(second->resendButton()->isHidden());
        QVERIFY(second->otherMethodButton()->isHidden()); // one method only
        QTRY_VERIFY(second->codeField()->hasFocus());
        QCOMPARE(unnamedControls(page.get()), QStringList());

        // Pasted with a space, as authenticator apps show it.
        const QString code = env.totpNow();
        typeCode(*page, code.left(3) + u' ' + code.mid(3));
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(unlocked.at(0).at(0).value<std::shared_ptr<OpenVault>>());
        const auto status = unlocked.at(0).at(1).value<TwoFactorStatus>();
        QVERIFY(status.on);
        QCOMPARE(status.recoveryCodesLeft, 10);
        QVERIFY(!page->twoFactorSetupRequired());
        QVERIFY(!page->isShowingSecondFactor()); // ready for the next sign-in
    }

    void aWrongCodeKeepsThePageAndBackReturns()
    {
        Env env;
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        typeCode(*page, env.wrongTotpNow());
        QVERIFY(page->isShowingSecondFactor());
        // The authenticator page says how many wrong codes remain before a lockout.
        QCOMPARE(second->message(),
                 sentences::wrongAuthenticatorCode() + QLatin1Char(' ') +
                     QStringLiteral("After 4 more wrong codes, sign-in is locked for a while."));
        QVERIFY(second->codeField()->text().isEmpty());
        QTRY_VERIFY(second->codeField()->hasFocus());

        // Back: the password again, from scratch.
        QTest::mouseClick(second->backButton(), Qt::LeftButton);
        QVERIFY(!page->isShowingSecondFactor());
        QCOMPARE(stateOf(*page), State::NeedPassword);
        QTRY_VERIFY(page->passwordField()->lineEdit()->hasFocus());
        QCOMPARE(unnamedControls(page.get()), QStringList());

        // Esc on the code page does the same.
        typePassword(*page);
        QVERIFY(page->isShowingSecondFactor());
        QTest::keyClick(second->codeField(), Qt::Key_Escape);
        QVERIFY(!page->isShowingSecondFactor());

        // And signing in still works.
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typePassword(*page);
        typeCode(*page, env.totpNow());
        QCOMPARE(unlocked.count(), 1);
    }

    void fiveWrongCodesLockOutUntilTheTimeIsUp()
    {
        Env env;
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        for (int i = 0; i < 5; ++i)
            typeCode(*page, env.wrongTotpNow());
        QCOMPARE(stateOf(*page), State::LockedOut);
        QCOMPARE(second->lockoutText(), QStringLiteral("Too many wrong codes. Try again in 0:30"));
        QVERIFY(!second->codeField()->isEnabled());
        QVERIFY(!second->verifyButton()->isEnabled());

        env.clock.advanceSeconds(2);
        second->refresh();
        QCOMPARE(second->lockoutText(), QStringLiteral("Too many wrong codes. Try again in 0:28"));
        QVERIFY(!second->codeField()->isEnabled());

        env.clock.advanceSeconds(28);
        second->refresh();
        QCOMPARE(stateOf(*page), State::NeedSecondFactor);
        QVERIFY(second->lockoutText().isEmpty());
        QVERIFY(second->codeField()->isEnabled());
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typeCode(*page, env.totpNow());
        QCOMPARE(unlocked.count(), 1);
    }

    void aRememberedComputerSkipsTheCode()
    {
        Env env;
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        QVERIFY(second->rememberBox()->isVisible());
        QCOMPARE(second->rememberBox()->text().remove(u'&'),
                 QStringLiteral("Remember this computer for 30 days"));
        second->rememberBox()->setChecked(true);
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typeCode(*page, env.totpNow());
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(page->bannerText().isEmpty()); // remembered without a warning
        unlocked.clear();                      // the spy's copy kept the vault open

        // The next sign-in, on a new page as after a restart: the password is enough.
        env.clock.advanceSeconds(3600);
        auto again = makePage(env, signInOptions(env));
        QSignalSpy unlockedAgain(again.get(), &UnlockPage::unlocked);
        typePassword(*again);
        QCOMPARE(unlockedAgain.count(), 1);
        QVERIFY(!again->isShowingSecondFactor());
        QCOMPARE(unlockedAgain.at(0).at(1).value<TwoFactorStatus>().trustedComputers.size(), 1);
        unlockedAgain.clear();

        // Without a secret store nothing can be remembered, and nothing is offered.
        auto noStore = makePage(env, signInOptions(env, /*withStore*/ false));
        typePassword(*noStore);
        QVERIFY(noStore->isShowingSecondFactor());
        QVERIFY(noStore->secondFactorPage()->rememberBox()->isHidden());
    }

    void aStoreThatFailsWarnsAndSignInGoesOn()
    {
        Env env;
        createWithAuthenticator(env);
        // A folder that cannot be made: its parent is a file.
        QFile blocker(env.dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        FileSecretStore broken(env.dir.filePath(QStringLiteral("blocker/secrets")));
        SignInOptions options = signInOptions(env);
        options.secretStore = &broken;
        auto page = makePage(env, std::move(options));
        typePassword(*page);
        page->secondFactorPage()->rememberBox()->setChecked(true);
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typeCode(*page, env.totpNow());
        QCOMPARE(unlocked.count(), 1);
        QVERIFY2(page->bannerText().startsWith(QStringLiteral("This computer could not be remembered")),
                 qPrintable(page->bannerText()));
    }

    void aLongPathKeepsItsFileName()
    {
        Env env;
        UnlockPage page(env.clock, env.random);
        page.resize(520, 420);
        const QString path = QDir::toNativeSeparators(env.dir.filePath(
            QStringLiteral("Documents/Passwords and other secrets/Family/shared with the whole "
                           "family/our household.twofold")));
        page.setVaultPath(path);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ElidedLabel* label = page.pathLabel();
        const QString shown = label->text();
        QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown)); // the middle left out
        QVERIFY2(shown.endsWith(QStringLiteral("household.twofold")), qPrintable(shown));
        QVERIFY2(shown.startsWith(path.left(4)), qPrintable(shown));
        QCOMPARE(label->toolTip(), path);
        QCOMPARE(label->fullText(), path);
        QVERIFY(label->fontMetrics().horizontalAdvance(shown) <= label->contentsRect().width());
        QVERIFY(!label->wordWrap()); // one line: the file name is never wrapped away
    }
};

QTEST_MAIN(TestUnlockPage)
#include "tst_unlockpage.moc"
