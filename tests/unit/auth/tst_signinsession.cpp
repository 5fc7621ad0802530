// SignInSession on real vault files: password, second factor, lockout, remembered computers,
// recovery codes; two-factor sign-in set up through the real TwoFactorSettings.
#include "AuthFixture.h"

#include "auth/AuthSentences.h"
#include "auth/Verifier.h"

#include <QFile>
#include <QSignalSpy>

using namespace twofold;
using namespace twofold::test;

using State = SignInSession::State;

namespace {

// Submits the password and waits until the session is no longer busy.
void submitPassword(SignInSession& s, const char* password = kPassword)
{
    QVERIFY(s.submitPassword(pw(password)));
    QVERIFY(s.isBusy());
    QTRY_VERIFY(!s.isBusy());
}

void submitCode(SignInSession& s, const QString& code, bool remember = false)
{
    QVERIFY(s.submitCode(pw(code), remember));
    QTRY_VERIFY(!s.isBusy());
}

Error lastError(const QSignalSpy& failed)
{
    return failed.isEmpty() ? Error() : failed.last().first().value<Error>();
}

} // namespace

class TestSignInSession : public QObject
{
    Q_OBJECT

private slots:
    void withoutTwoFactorThePasswordUnlocks()
    {
        Env env;
        QVERIFY(OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).ok());
        auto s = env.session();
        QSignalSpy states(s.get(), &SignInSession::stateChanged);
        QSignalSpy unlocked(s.get(), &SignInSession::unlocked);
        submitPassword(*s);
        QCOMPARE(s->state(), State::Unlocked);
        QCOMPARE(states.size(), 1);
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(!s->twoFactorStatus().on);
        QVERIFY(!s->twoFactorSetupRequired());
        std::unique_ptr<OpenVault> vault = s->takeVault();
        QVERIFY(vault);
        QCOMPARE(vault->mode(), OpenMode::ReadWrite);
        QVERIFY(!s->takeVault());
    }

    void aWrongPasswordIsRefused()
    {
        Env env;
        createWithAuthenticator(env);
        auto s = env.session();
        QSignalSpy failed(s.get(), &SignInSession::failed);
        submitPassword(*s, "not the password");
        QCOMPARE(s->state(), State::NeedPassword);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(lastError(failed).code, ErrorCode::WrongPassword);
        QCOMPARE(lastError(failed).message, QStringLiteral("That password is not right for this vault."));
        // The session can be used again.
        submitPassword(*s);
        QCOMPARE(s->state(), State::NeedSecondFactor);
    }

    // An auth section that opens with the password but holds no verifier state (written by
    // someone who knows the password, or damaged before it was sealed) is damage, not a wrong
    // password: the password was right.
    void garbageInTheVerifierSectionSaysDamagedNotWrongPassword_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("bytes that are no CBOR") << QByteArray("\xff\xfe not a verifier state");
        QTest::newRow("an empty CBOR map") << QByteArray("\xa0");
        QTest::newRow("nothing") << QByteArray();
    }
    void garbageInTheVerifierSectionSaysDamagedNotWrongPassword()
    {
        QFETCH(QByteArray, plaintext);
        Env env;
        createWithAuthenticator(env);
        {
            Result<VaultFile> file = VaultFile::read(env.path);
            QVERIFY(file.ok());
            Result<PasswordKey> key = file->derivePasswordKey(pw(kPassword));
            QVERIFY(key.ok());
            const QByteArray sealed = VaultFile::sealAuthSection(*key, file->header().vaultId, plaintext);
            QFile out(env.path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const QByteArray bytes = file->withAuthSection(sealed);
            QCOMPARE(out.write(bytes), bytes.size());
        }
        auto s = env.session();
        QSignalSpy failed(s.get(), &SignInSession::failed);
        submitPassword(*s);
        QCOMPARE(s->state(), State::NeedPassword);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(lastError(failed).code, ErrorCode::FileDamaged);
        QVERIFY2(lastError(failed).message.contains(QStringLiteral(".bak")),
                 qPrintable(lastError(failed).message));
        QVERIFY2(!lastError(failed).message.contains(QStringLiteral("password")),
                 qPrintable(lastError(failed).message));
    }

    void theShareIsReallyNeeded()
    {
        Env env;
        createWithAuthenticator(env);
        Result<std::unique_ptr<OpenVault>> plain = OpenVault::open(env.path, pw(kPassword));
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, ErrorCode::CodeRequired);

        Result<VaultFile> file = VaultFile::read(env.path);
        QVERIFY(file.ok());
        QVERIFY(file->header().passwordSlot()->needsShare);
        Result<PasswordKey> key = file->derivePasswordKey(pw(kPassword));
        QVERIFY(key.ok());
        QCOMPARE(file->unlockPasswordSlot(*key).error().code, ErrorCode::CodeRequired);
        SecureBuffer wrongShare{kShareBytes};
        QCOMPARE(file->unlockPasswordSlot(*key, &wrongShare).error().code, ErrorCode::WrongPassword);
        // The local verifier keeps the share sealed under the password (DESIGN.md 4.1): here
        // 2FA guards Twofold, not the file.
        Result<VerifierState> state = VerifierState::decode(file->openAuthSection(*key).value());
        QVERIFY(state.ok());
        QVERIFY(file->unlockPasswordSlot(*key, &state->share).ok());
    }

    void signInWithTheAuthenticator()
    {
        Env env;
        createWithAuthenticator(env);
        auto s = env.session();
        QSignalSpy failed(s.get(), &SignInSession::failed);
        submitPassword(*s);
        QCOMPARE(s->state(), State::NeedSecondFactor);
        QCOMPARE(s->method(), SignInMethod::Authenticator);
        QCOMPARE(s->methods().size(), 1);
        QCOMPARE(s->recoveryCodesLeft(), 10);
        QVERIFY(s->canRememberComputer());
        QVERIFY(s->twoFactorStatus().on);
        QCOMPARE(s->secondsLeftForCode(), 10); // kStartMs is 20 s into a step, plus 30 s
        QVERIFY(!s->sendCode());               // nothing to send for the authenticator

        submitCode(*s, env.wrongTotpNow());
        QCOMPARE(s->state(), State::NeedSecondFactor);
        QCOMPARE(lastError(failed).code, ErrorCode::WrongCode);
        QCOMPARE(lastError(failed).message,
                 sentences::wrongAuthenticatorCode() + QLatin1Char(' ') + sentences::triesBeforeLockout(4));

        const QString code = env.totpNow();
        submitCode(*s, code);
        QCOMPARE(s->state(), State::Unlocked);
        std::unique_ptr<OpenVault> vault = s->takeVault();
        QVERIFY(vault);
        QVERIFY(vault->header().passwordSlot()->needsShare);
        QVERIFY(vault->save().ok()); // the lock is ours, and the file unchanged since
        vault.reset();

        // The step used is kept in the file: the same code does not work twice.
        auto again = env.session();
        QSignalSpy failedAgain(again.get(), &SignInSession::failed);
        submitPassword(*again);
        submitCode(*again, code);
        QCOMPARE(again->state(), State::NeedSecondFactor);
        QCOMPARE(lastError(failedAgain).message,
                 sentences::codeReplayed() + QLatin1Char(' ') + sentences::triesBeforeLockout(4));
    }

    void theLockoutSurvivesARestart()
    {
        Env env;
        createWithAuthenticator(env);
        {
            auto s = env.session();
            QSignalSpy lockedOut(s.get(), &SignInSession::lockedOut);
            submitPassword(*s);
            for (int i = 0; i < 5; ++i)
                submitCode(*s, env.wrongTotpNow());
            QCOMPARE(s->state(), State::LockedOut);
            QCOMPARE(lockedOut.size(), 1);
            QCOMPARE(lockedOut.first().first().toLongLong(), env.clock.nowMs() + 30'000);
            QCOMPARE(s->lockedUntilMs(), env.clock.nowMs() + 30'000);
            QVERIFY(!s->chooseMethod(SignInMethod::Authenticator)); // not over yet
        }
        env.clock.advanceSeconds(10);
        auto s = env.session();
        QSignalSpy failed(s.get(), &SignInSession::failed);
        submitPassword(*s);
        QCOMPARE(s->state(), State::LockedOut);
        QCOMPARE(s->lockedUntilMs(), env.clock.nowMs() + 20'000);
        submitCode(*s, env.totpNow()); // even the right code waits
        QCOMPARE(s->state(), State::LockedOut);
        QCOMPARE(lastError(failed).code, ErrorCode::LockedOut);
        QCOMPARE(lastError(failed).message,
                 QStringLiteral("Too many wrong codes in a row. Try again in 20 seconds."));

        env.clock.advanceSeconds(20);
        QVERIFY(s->chooseMethod(SignInMethod::Authenticator));
        QCOMPARE(s->state(), State::NeedSecondFactor);
        submitCode(*s, env.totpNow());
        QCOMPARE(s->state(), State::Unlocked);
    }

    void aRememberedComputerSkipsTheCodeUntilThePasswordChanges()
    {
        Env env;
        createWithAuthenticator(env);
        {
            auto s = env.session();
            QSignalSpy remembered(s.get(), &SignInSession::computerRemembered);
            submitPassword(*s);
            submitCode(*s, env.totpNow(), true);
            QCOMPARE(s->state(), State::Unlocked);
            QCOMPARE(remembered.size(), 1);
            QCOMPARE(remembered.first().first().toLongLong(), env.clock.nowMs() + kTrustedLifetimeMs);
            const QString tokenKey = SignInSession::trustedTokenKey(VaultFile::readHeader(env.path)->vaultId);
            QVERIFY(env.store.loadNow(SignInSession::secretStoreService(), tokenKey).ok());
        }
        env.clock.advanceSeconds(3600);
        std::unique_ptr<OpenVault> vault;
        {
            auto s = env.session();
            QSignalSpy states(s.get(), &SignInSession::stateChanged);
            submitPassword(*s);
            QCOMPARE(s->state(), State::Unlocked);
            QCOMPARE(states.size(), 1); // straight from the password to Unlocked
            QCOMPARE(s->twoFactorStatus().trustedComputers.size(), 1);
            QCOMPARE(s->twoFactorStatus().trustedComputers.first().name, QStringLiteral("test-pc"));
            vault = s->takeVault();
        }
        // Changing the password forgets every remembered computer.
        {
            TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock,
                                       env.random);
            confirm(settings);
            Catcher<Status> changed;
            settings.changeMasterPassword(pw("a new and longer passphrase"), changed.callback());
            QTRY_VERIFY(changed.done());
            QVERIFY2(changed.value().ok(),
                     changed.value().ok() ? "" : qPrintable(changed.value().error().message));
            QVERIFY(settings.status().trustedComputers.isEmpty());
        }
        vault.reset();
        auto old = env.session();
        submitPassword(*old);
        QCOMPARE(old->state(), State::NeedPassword);
        auto s = env.session();
        submitPassword(*s, "a new and longer passphrase");
        QCOMPARE(s->state(), State::NeedSecondFactor);
        submitCode(*s, env.totpNow());
        QCOMPARE(s->state(), State::Unlocked); // the share was kept
    }

    void aRecoveryCodeSignsInAndForgetsComputers()
    {
        Env env;
        createWithAuthenticator(env);
        {
            auto s = env.session();
            submitPassword(*s);
            submitCode(*s, env.totpNow(), true);
            QCOMPARE(s->state(), State::Unlocked);
        }
        {
            auto s = env.session(OpenMode::ReadWrite, /*withStore*/ false);
            QSignalSpy used(s.get(), &SignInSession::recoveryCodeUsed);
            submitPassword(*s);
            QCOMPARE(s->state(), State::NeedSecondFactor);
            QVERIFY(s->submitRecoveryCode(pw(env.recoveryCodes[0].toStringUnsafe())));
            QTRY_VERIFY(!s->isBusy());
            QCOMPARE(s->state(), State::Unlocked);
            QCOMPARE(used.size(), 1);
            QCOMPARE(used.first().first().toInt(), 9);
            QCOMPARE(s->recoveryCodesLeft(), 9);
        }
        auto s = env.session();
        submitPassword(*s);
        QCOMPARE(s->state(), State::NeedSecondFactor); // this computer was forgotten
        const QString tokenKey = SignInSession::trustedTokenKey(VaultFile::readHeader(env.path)->vaultId);
        QCOMPARE(env.store.loadNow(SignInSession::secretStoreService(), tokenKey).error().code,
                 ErrorCode::NotFound);
    }

    void signInWithAnEmailCode()
    {
        Env env;
        createWithAuthenticator(env);
        {
            Result<std::unique_ptr<OpenVault>> vault = OpenVault::open(env.path, pw(kPassword));
            QCOMPARE(vault.error().code, ErrorCode::CodeRequired);
        }
        // Turn email on as well, and make it the default.
        {
            auto s = env.session();
            submitPassword(*s);
            submitCode(*s, env.totpNow());
            std::unique_ptr<OpenVault> vault = s->takeVault();
            TwoFactorSettings settings(*vault, s->twoFactorStatus(), env.settingsOptions(), env.clock,
                                       env.random);
            confirm(settings);
            Catcher<Result<SendCodeReply>> sent;
            settings.beginEmail(QStringLiteral("me@example.com"), sent.callback());
            QTRY_VERIFY(sent.done());
            QVERIFY(sent.value().ok());
            Catcher<Result<TwoFactorSettings::RecoveryCodes>> on;
            settings.confirmSetupCode(pw(env.sender->last().code), on.callback());
            QTRY_VERIFY(on.done());
            QVERIFY(on.value().ok());
            QVERIFY(on.value()->empty()); // not the first method
            Catcher<Status> def;
            settings.setDefaultMethod(SignInMethod::Email, def.callback());
            QTRY_VERIFY(def.done());
            QVERIFY(def.value().ok());
        }
        env.clock.advanceSeconds(60);
        auto s = env.session();
        QSignalSpy sent(s.get(), &SignInSession::codeSent);
        QSignalSpy failed(s.get(), &SignInSession::failed);
        submitPassword(*s);
        QTRY_COMPARE(sent.size(), 1); // sent on entering the page
        QTRY_VERIFY(!s->isBusy());
        QCOMPARE(s->state(), State::NeedSecondFactor);
        QCOMPARE(s->method(), SignInMethod::Email);
        QCOMPARE(s->methods().size(), 2);
        QCOMPARE(s->maskedTarget(), QStringLiteral("m•••@example.com"));
        QCOMPARE(sent.first().first().toString(), QStringLiteral("m•••@example.com"));
        QCOMPARE(s->resendAtMs(), env.clock.nowMs() + 30'000);
        QVERIFY(s->hasSentCode());
        QCOMPARE(env.sender->last().target, QStringLiteral("me@example.com"));
        const QString code = env.sender->last().code;
        QVERIFY(s->sendCode()); // Resend too early
        QTRY_VERIFY(!s->isBusy());
        QCOMPARE(lastError(failed).code, ErrorCode::DeliveryRateLimited);
        submitCode(*s, code);
        QCOMPARE(s->state(), State::Unlocked);

        // A sign-in may ask for another method first (twofold-cli --method): nothing is mailed.
        SignInOptions o;
        o.policy = env.policy;
        o.sender = env.sender;
        o.firstMethod = SignInMethod::Authenticator;
        SignInSession cli(env.path, std::move(o), env.clock, env.random);
        const int mailed = env.sender->count();
        submitPassword(cli);
        QCOMPARE(cli.state(), State::NeedSecondFactor);
        QCOMPARE(cli.method(), SignInMethod::Authenticator);
        QCOMPARE(env.sender->count(), mailed);
    }

    void anotherMethodCanBeChosen()
    {
        Env env;
        createWithAuthenticator(env);
        {
            auto s = env.session();
            submitPassword(*s);
            submitCode(*s, env.totpNow());
            std::unique_ptr<OpenVault> vault = s->takeVault();
            TwoFactorSettings settings(*vault, s->twoFactorStatus(), env.settingsOptions(), env.clock,
                                       env.random);
            confirm(settings);
            Catcher<Result<SendCodeReply>> sent;
            settings.beginSms(QStringLiteral("07123 456 789"), QStringLiteral("GB"), sent.callback());
            QTRY_VERIFY(sent.done());
            QVERIFY(sent.value().ok());
            Catcher<Result<TwoFactorSettings::RecoveryCodes>> on;
            settings.confirmSetupCode(pw(env.sender->last().code), on.callback());
            QTRY_VERIFY(on.done());
            QVERIFY(on.value().ok());
        }
        env.clock.advanceSeconds(60);
        auto s = env.session();
        QSignalSpy sent(s.get(), &SignInSession::codeSent);
        submitPassword(*s);
        QCOMPARE(s->method(), SignInMethod::Authenticator);
        QCOMPARE(sent.size(), 0);
        QVERIFY(s->showMethodChooser());
        QCOMPARE(s->state(), State::ChooseMethod);
        QVERIFY(s->chooseMethod(SignInMethod::Sms));
        QCOMPARE(s->state(), State::NeedSecondFactor);
        QCOMPARE(s->maskedTarget(), QStringLiteral("+44 •••• ••6789"));
        QTRY_COMPARE(sent.size(), 1);
        QTRY_VERIFY(!s->isBusy());
        QCOMPARE(env.sender->last().target, QStringLiteral("+447123456789"));
        submitCode(*s, env.sender->last().code);
        QCOMPARE(s->state(), State::Unlocked);
    }

    void aReadOnlySessionOpensReadOnly()
    {
        Env env;
        createWithAuthenticator(env);
        auto s = env.session(OpenMode::ReadOnly);
        submitPassword(*s);
        submitCode(*s, env.totpNow());
        QCOMPARE(s->state(), State::Unlocked);
        std::unique_ptr<OpenVault> vault = s->takeVault();
        QCOMPARE(vault->mode(), OpenMode::ReadOnly);
        QVERIFY(!QFile::exists(env.path + QStringLiteral(".lock")));
    }

    void anInvalidPolicyFileStopsSignIn()
    {
        Env env;
        QVERIFY(OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).ok());
        const QString policyPath = env.dir.filePath(QStringLiteral("policy.json"));
        QFile f(policyPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"twoFactor\": \"requierd\"}");
        f.close();
        qputenv("TWOFOLD_POLICY_FILE", policyPath.toLocal8Bit());
        SignInOptions o;
        o.sender = env.sender;
        SignInSession s(env.path, std::move(o), env.clock, env.random);
        QSignalSpy failed(&s, &SignInSession::failed);
        submitPassword(s);
        qunsetenv("TWOFOLD_POLICY_FILE");
        QCOMPARE(s.state(), State::NeedPassword);
        QCOMPARE(lastError(failed).code, ErrorCode::FileDamaged);
        QVERIFY(lastError(failed).message.contains(policyPath));
    }

    void requiredPolicyAsksForSetup()
    {
        Env env;
        env.policy.twoFactor = TwoFactorRequirement::Required;
        QVERIFY(OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).ok());
        auto s = env.session();
        submitPassword(*s);
        QCOMPARE(s->state(), State::Unlocked);
        QVERIFY(s->twoFactorSetupRequired());
    }
};

QTEST_GUILESS_MAIN(TestSignInSession)
#include "tst_signinsession.moc"
