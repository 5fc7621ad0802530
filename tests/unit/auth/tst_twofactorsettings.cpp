// TwoFactorSettings on real vault files: the password again, turning methods on and off, the
// policy, recovery codes, app passwords, the master password and delivery settings.
#include "AuthFixture.h"

#include "auth/Verifier.h"
#include "otp/OtpUri.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSysInfo>

using namespace twofold;
using namespace twofold::test;

namespace {

using Codes = TwoFactorSettings::RecoveryCodes;

// Runs call(callback) and waits for the callback's value.
template <typename T, typename Call> T await(Call call)
{
    Catcher<T> catcher;
    call(catcher.callback());
    if (!QTest::qWaitFor([&] { return catcher.done(); }, 10'000))
        qFatal("a TwoFactorSettings callback never came");
    return std::move(catcher.value());
}

struct Open
{
    Env env;
    std::unique_ptr<OpenVault> vault;
    std::unique_ptr<TwoFactorSettings> settings;

    explicit Open(std::optional<Policy> policy = std::nullopt)
    {
        if (policy)
            env.policy = *policy;
        vault = OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
        settings = std::make_unique<TwoFactorSettings>(*vault, TwoFactorStatus(), env.settingsOptions(),
                                                       env.clock, env.random);
    }
};

QString message(const Status& s)
{
    return s.ok() ? QString() : s.error().message;
}
template <typename T> QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestTwoFactorSettings : public QObject
{
    Q_OBJECT

private slots:
    void changesNeedThePasswordForFiveMinutes()
    {
        Open o;
        Result<AuthenticatorSetup> early = o.settings->beginAuthenticator();
        QCOMPARE(early.error().code, ErrorCode::WrongPassword);
        QCOMPARE(early.error().message,
                 QStringLiteral("Enter your master password again to change the two-factor settings."));
        const Status wrong =
            await<Status>([&](auto cb) { o.settings->confirmPassword(pw("wrong password"), cb); });
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QVERIFY(!o.settings->passwordConfirmed());
        confirm(*o.settings);
        QVERIFY(o.settings->passwordConfirmed());
        QCOMPARE(o.settings->passwordValidUntilMs(), o.env.clock.nowMs() + 5 * 60'000);
        o.env.clock.advanceSeconds(5 * 60 - 1);
        QVERIFY(o.settings->beginAuthenticator().ok());
        o.env.clock.advanceSeconds(1);
        QVERIFY(!o.settings->passwordConfirmed());
        QCOMPARE(o.settings->beginAuthenticator().error().code, ErrorCode::WrongPassword);
        QCOMPARE(o.settings->deliverySettings().error().code, ErrorCode::WrongPassword);
    }

    void theAuthenticatorAccountIsNeverTheWordVault()
    {
        Open o; // a vault with no name, at the default file name vault.twofold
        QCOMPARE(QFileInfo(o.vault->path()).completeBaseName(), QStringLiteral("vault"));
        confirm(*o.settings);
        Result<AuthenticatorSetup> setup = o.settings->beginAuthenticator();
        QVERIFY(setup.ok());
        QVERIFY2(setup->account != QStringLiteral("vault") && !setup->account.isEmpty(),
                 qPrintable(setup->account));
        QVERIFY(setup->account.contains(QSysInfo::machineHostName()));
        Result<otp::OtpParams> link = otp::parseUri(setup->uri); // what a QR reader gives the app
        QVERIFY(link.ok());
        QCOMPARE(link->account, setup->account);
        o.settings->cancelSetup();
    }

    void turningOnTheAuthenticator()
    {
        Open o;
        o.vault->vault().setName(QStringLiteral("Personal"));
        confirm(*o.settings);
        Result<AuthenticatorSetup> setup = o.settings->beginAuthenticator();
        QVERIFY(setup.ok());
        QCOMPARE(setup->issuer, QStringLiteral("Twofold"));
        QCOMPARE(setup->account, QStringLiteral("Personal"));
        QVERIFY2(setup->uri.startsWith(QStringLiteral("otpauth://totp/Twofold:Personal?secret=")),
                 qPrintable(setup->uri));
        QVERIFY(setup->uri.contains(QStringLiteral("issuer=Twofold")));
        QVERIFY(setup->uri.contains(QStringLiteral("algorithm=SHA1&digits=6&period=30")));
        QVERIFY2(QRegularExpression(QStringLiteral("^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$"))
                     .match(setup->setupKey)
                     .hasMatch(),
                 qPrintable(setup->setupKey)); // 160 bits: 32 characters
        Result<otp::OtpParams> params = otp::parseUri(setup->uri);
        QVERIFY(params.ok());
        QCOMPARE(params->secret.size(), std::size_t(20));

        const QString now = totpAt(params->secret, o.env.clock.nowMs());
        const Result<Codes> wrong = await<Result<Codes>>([&](auto cb) {
            o.settings->confirmAuthenticator(pw(now == QStringLiteral("000000") ? "111111" : "000000"), cb);
        });
        QCOMPARE(wrong.error().code, ErrorCode::WrongCode);
        QVERIFY(!o.settings->status().on);

        QSignalSpy changed(o.settings.get(), &TwoFactorSettings::changed);
        Result<Codes> codes =
            await<Result<Codes>>([&](auto cb) { o.settings->confirmAuthenticator(pw(now), cb); });
        QVERIFY2(codes.ok(), qPrintable(message(codes)));
        QCOMPARE(codes->size(), std::size_t(10));
        QVERIFY(changed.size() >= 1);
        QVERIFY(o.settings->status().on);
        QVERIFY(o.settings->status().method(SignInMethod::Authenticator).on);
        QCOMPARE(o.settings->status().method(SignInMethod::Authenticator).target, QStringLiteral("Personal"));
        QCOMPARE(o.settings->status().method(SignInMethod::Authenticator).addedMs, o.env.clock.nowMs());
        QCOMPARE(o.settings->status().recoveryCodesLeft, 10);
        QVERIFY(o.vault->header().passwordSlot()->needsShare);
        // Saved: the file on disk needs the share now.
        QCOMPARE(OpenVault::open(o.env.path, pw(kPassword), OpenMode::ReadOnly).error().code,
                 ErrorCode::CodeRequired);
    }

    void emailAndSmsAreCheckedBeforeTheyAreOn()
    {
        Open o;
        confirm(*o.settings);
        const Result<SendCodeReply> bad = await<Result<SendCodeReply>>(
            [&](auto cb) { o.settings->beginEmail(QStringLiteral("not an address"), cb); });
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        const Result<SendCodeReply> landline = await<Result<SendCodeReply>>([&](auto cb) {
            o.settings->beginSms(QStringLiteral("020 7946 0000"), QStringLiteral("GB"), cb);
        });
        QCOMPARE(landline.error().code, ErrorCode::InvalidInput);
        QCOMPARE(o.env.sender->count(), 0);

        const Result<SendCodeReply> sent = await<Result<SendCodeReply>>([&](auto cb) {
            o.settings->beginSms(QStringLiteral("07123 456 789"), QStringLiteral("GB"), cb);
        });
        QVERIFY2(sent.ok(), qPrintable(message(sent)));
        QCOMPARE(sent->maskedTarget, QStringLiteral("+44 •••• ••6789"));
        QCOMPARE(o.env.sender->last().target, QStringLiteral("+447123456789"));
        QCOMPARE(o.env.sender->last().lifetimeMinutes, 10);
        const Result<SendCodeReply> early =
            await<Result<SendCodeReply>>([&](auto cb) { o.settings->resendSetupCode(cb); });
        QCOMPARE(early.error().code, ErrorCode::DeliveryRateLimited);
        o.env.clock.advanceSeconds(30);
        QVERIFY(await<Result<SendCodeReply>>([&](auto cb) { o.settings->resendSetupCode(cb); }).ok());
        QCOMPARE(o.env.sender->count(), 2);
        const Result<Codes> codes = await<Result<Codes>>(
            [&](auto cb) { o.settings->confirmSetupCode(pw(o.env.sender->last().code), cb); });
        QVERIFY2(codes.ok(), qPrintable(message(codes)));
        QCOMPARE(codes->size(), std::size_t(10));
        QCOMPARE(o.settings->status().defaultMethod, SignInMethod::Sms);
    }

    void turningTheLastMethodOffNeedsNoShare()
    {
        Open o;
        confirm(*o.settings);
        enableAuthenticator(o.env, *o.settings);
        QVERIFY(o.vault->header().passwordSlot()->needsShare);
        QVERIFY(o.settings->canTurnOff(SignInMethod::Authenticator));
        const Status off =
            await<Status>([&](auto cb) { o.settings->disable(SignInMethod::Authenticator, cb); });
        QVERIFY2(off.ok(), qPrintable(message(off)));
        QVERIFY(!o.settings->status().on);
        QVERIFY(!o.vault->header().passwordSlot()->needsShare);
        o.vault.reset();
        QVERIFY(OpenVault::open(o.env.path, pw(kPassword)).ok());
    }

    void thePolicyDecides()
    {
        Policy required;
        required.twoFactor = TwoFactorRequirement::Required;
        required.allowedMethods = QList<SignInMethod>(1, SignInMethod::Authenticator);
        Open o(required);
        confirm(*o.settings);
        QVERIFY(!o.settings->canTurnOn(SignInMethod::Email));
        const Result<SendCodeReply> email = await<Result<SendCodeReply>>(
            [&](auto cb) { o.settings->beginEmail(QStringLiteral("me@example.com"), cb); });
        QCOMPARE(email.error().code, ErrorCode::PolicyRefused);
        QCOMPARE(email.error().message,
                 QStringLiteral("Your administrator does not allow Email for signing in."));
        enableAuthenticator(o.env, *o.settings);
        QVERIFY(!o.settings->canTurnOff(SignInMethod::Authenticator));
        const Status off =
            await<Status>([&](auto cb) { o.settings->disable(SignInMethod::Authenticator, cb); });
        QCOMPARE(off.error().code, ErrorCode::PolicyRefused);
        QVERIFY(o.settings->status().on);

        Policy none;
        none.twoFactor = TwoFactorRequirement::Off;
        Open p(none);
        confirm(*p.settings);
        QCOMPARE(p.settings->beginAuthenticator().error().message,
                 QStringLiteral("Your administrator has turned two-factor sign-in off on this computer."));
    }

    void recoveryCodesCanBeRenewed()
    {
        Open o;
        confirm(*o.settings);
        enableAuthenticator(o.env, *o.settings);
        Result<Codes> fresh = await<Result<Codes>>([&](auto cb) { o.settings->regenerateRecoveryCodes(cb); });
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->size(), std::size_t(10));
        QVERIFY(!fresh->front().equals(o.env.recoveryCodes.front()));
        o.vault.reset();
        // The old set no longer signs in; the new one does.
        auto s = o.env.session();
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_VERIFY(!s->isBusy());
        QVERIFY(s->submitRecoveryCode(o.env.recoveryCodes.front().clone()));
        QTRY_VERIFY(!s->isBusy());
        QCOMPARE(s->state(), SignInSession::State::NeedSecondFactor);
        QVERIFY(s->submitRecoveryCode(fresh->back().clone()));
        QTRY_VERIFY(!s->isBusy());
        QCOMPARE(s->state(), SignInSession::State::Unlocked);
    }

    void appPasswordsOpenTheVaultUntilRevoked()
    {
        Open o;
        confirm(*o.settings);
        enableAuthenticator(o.env, *o.settings);
        Result<SecureBuffer> secret = await<Result<SecureBuffer>>(
            [&](auto cb) { o.settings->addAppPassword(QStringLiteral("backup script"), cb); });
        QVERIFY2(secret.ok(), qPrintable(message(secret)));
        const QString text = secret->toStringUnsafe();
        QVERIFY2(QRegularExpression(QStringLiteral("^([a-z2-9]{4}-){5}[a-z2-9]{4}$")).match(text).hasMatch(),
                 qPrintable(text));
        QCOMPARE(o.settings->appPasswords().size(), 1);
        QCOMPARE(o.settings->appPasswords().first().name, QStringLiteral("backup script"));
        QCOMPARE(o.settings->appPasswords().first().createdMs, o.env.clock.nowMs());
        const Result<SecureBuffer> twice = await<Result<SecureBuffer>>(
            [&](auto cb) { o.settings->addAppPassword(QStringLiteral("backup script"), cb); });
        QCOMPARE(twice.error().code, ErrorCode::InvalidInput);

        // An app password needs no second factor: that is what it is for.
        QVERIFY(OpenVault::openWithAppPassword(o.env.path, *secret, OpenMode::ReadOnly).ok());
        QVERIFY(await<Status>([&](auto cb) {
                    o.settings->revokeAppPassword(QStringLiteral("backup script"), cb);
                }).ok());
        QVERIFY(o.settings->appPasswords().isEmpty());
        QCOMPARE(OpenVault::openWithAppPassword(o.env.path, *secret, OpenMode::ReadOnly).error().code,
                 ErrorCode::WrongPassword);
        QCOMPARE(await<Status>(
                     [&](auto cb) { o.settings->revokeAppPassword(QStringLiteral("backup script"), cb); })
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void aWeakNewPasswordIsRefused()
    {
        Open o;
        confirm(*o.settings);
        const Status weak =
            await<Status>([&](auto cb) { o.settings->changeMasterPassword(pw("password"), cb); });
        QCOMPARE(weak.error().code, ErrorCode::InvalidInput);
        QVERIFY(!weak.error().message.isEmpty());
        o.vault.reset();
        QVERIFY(OpenVault::open(o.env.path, pw(kPassword)).ok());
    }

    void deliverySettingsAreKeptSealed()
    {
        Open o;
        confirm(*o.settings);
        const QByteArray blob = QByteArrayLiteral("\xa1\x64smtp\xa0 and a secret: hunter2");
        QVERIFY(await<Status>([&](auto cb) {
                    o.settings->setDeliverySettings(SecureBuffer::fromBytes(blob), cb);
                }).ok());
        QVERIFY(o.settings->status().deliveryConfigured);
        QVERIFY(o.settings->deliverySettings()->equals(blob));
        QVERIFY(!readAllFile(o.env.path).contains("hunter2"));
        // A new controller reads them back after the password.
        TwoFactorSettings again(*o.vault, TwoFactorStatus(), o.env.settingsOptions(), o.env.clock,
                                o.env.random);
        confirm(again);
        QVERIFY(again.deliverySettings()->equals(blob));
    }

    void signInStateWrittenMeanwhileIsKept()
    {
        Open o;
        confirm(*o.settings);
        enableAuthenticator(o.env, *o.settings);
        // Another Twofold process counts two wrong codes while this vault is open.
        auto s = o.env.session(OpenMode::ReadOnly);
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_VERIFY(!s->isBusy());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(s->submitCode(pw(o.env.wrongTotpNow())));
            QTRY_VERIFY(!s->isBusy());
        }
        QVERIFY(
            await<Status>([&](auto cb) { o.settings->setPrompt(SecondFactorPrompt::EverySignIn, cb); }).ok());
        Result<VaultFile> file = VaultFile::read(o.env.path);
        Result<VerifierState> state = VerifierState::decode(
            file->openAuthSection(file->derivePasswordKey(pw(kPassword)).value()).value());
        QCOMPARE(state->failures, 2);
        QCOMPARE(state->prompt, SecondFactorPrompt::EverySignIn);
    }

    void noBackupOpensUnderTheOldRules()
    {
        // Issue 11, local-mode holes: right after 2FA is turned on, the password changed or the
        // recovery codes regenerated, the .bak must not open under the old rules.
        Open o;
        EntryFields kept;
        kept.title = QStringLiteral("Kept");
        QVERIFY(o.vault->vault().addEntry(std::move(kept)).ok());
        QVERIFY(o.vault->save().ok()); // a .bak that opens with the password alone
        const QString bak = o.env.path + QStringLiteral(".bak");
        QVERIFY(OpenVault::open(bak, pw(kPassword), OpenMode::ReadOnly).ok());
        confirm(*o.settings);
        enableAuthenticator(o.env, *o.settings);
        Result<std::unique_ptr<OpenVault>> alone = OpenVault::open(bak, pw(kPassword), OpenMode::ReadOnly);
        QCOMPARE(alone.error().code, ErrorCode::CodeRequired);
        QCOMPARE(readAllFile(bak), readAllFile(o.env.path));

        Result<Codes> fresh = await<Result<Codes>>([&](auto cb) { o.settings->regenerateRecoveryCodes(cb); });
        QVERIFY2(fresh.ok(), qPrintable(message(fresh)));
        QCOMPARE(readAllFile(bak), readAllFile(o.env.path)); // the old codes' state is gone from it too

        const char* newPassword = "a brand new and rather long passphrase";
        QVERIFY(await<Status>([&](auto cb) { o.settings->changeMasterPassword(pw(newPassword), cb); }).ok());
        Result<VaultFile> file = VaultFile::read(bak);
        QVERIFY(file.ok());
        QCOMPARE(file->openAuthSection(file->derivePasswordKey(pw(kPassword)).value()).error().code,
                 ErrorCode::WrongPassword); // the old password opens nothing in it
        QVERIFY(file->openAuthSection(file->derivePasswordKey(pw(newPassword)).value()).ok());
    }

private:
    static QByteArray readAllFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestTwoFactorSettings)
#include "tst_twofactorsettings.moc"
