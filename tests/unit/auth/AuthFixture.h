#pragma once
// Shared helpers for the sign-in tests: CodeFixture.h, plus a vault with two-factor sign-in set
// up through the real TwoFactorSettings.
#include "CodeFixture.h"

#include "auth/SignInSession.h"
#include "auth/TwoFactorSettings.h"
#include "platform/FileSecretStore.h"
#include "vault/OpenVault.h"

#include <QTemporaryDir>

namespace twofold::test {

// ---- a vault with two-factor sign-in, set up through the real TwoFactorSettings ----

inline const char* const kPassword = "correct horse battery staple";

struct Env
{
    QTemporaryDir dir;
    ManualClock clock{kStartMs};
    SeededRandom random{11};
    std::shared_ptr<RecordingSender> sender = std::make_shared<RecordingSender>();
    FileSecretStore store{dir.filePath(QStringLiteral("secrets"))};
    Policy policy;
    QString path = dir.filePath(QStringLiteral("vault.twofold"));
    SecureBuffer totpSecret;
    std::vector<SecureBuffer> recoveryCodes;

    TwoFactorSettingsOptions settingsOptions()
    {
        TwoFactorSettingsOptions o;
        o.policy = policy;
        o.secretStore = &store;
        o.sender = sender;
        return o;
    }
    std::unique_ptr<SignInSession> session(OpenMode mode = OpenMode::ReadWrite, bool withStore = true)
    {
        SignInOptions o;
        o.mode = mode;
        o.policy = policy;
        o.secretStore = withStore ? &store : nullptr;
        o.sender = sender;
        o.computerName = QStringLiteral("test-pc");
        return std::make_unique<SignInSession>(path, std::move(o), clock, random);
    }
    QString totpNow() const { return totpAt(totpSecret, clock.nowMs()); }
    QString wrongTotpNow() const
    {
        return totpNow() == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    }
};

// Confirms the master password on settings.
inline void confirm(TwoFactorSettings& settings, const char* password = kPassword)
{
    Catcher<Status> confirmed;
    settings.confirmPassword(pw(password), confirmed.callback());
    QTRY_VERIFY(confirmed.done());
    QVERIFY2(confirmed.value().ok(),
             confirmed.value().ok() ? "" : qPrintable(confirmed.value().error().message));
}

// Turns the authenticator on through settings; keeps its secret (and the recovery codes, when
// it is the first method) in env, then moves the clock to the next step.
inline void enableAuthenticator(Env& env, TwoFactorSettings& settings)
{
    Result<AuthenticatorSetup> setup = settings.beginAuthenticator();
    QVERIFY2(setup.ok(), setup.ok() ? "" : qPrintable(setup.error().message));
    Result<otp::OtpParams> params = otp::parseUri(setup->uri);
    QVERIFY(params.ok());
    env.totpSecret = params->secret.clone();
    Catcher<Result<TwoFactorSettings::RecoveryCodes>> codes;
    settings.confirmAuthenticator(pw(env.totpNow()), codes.callback());
    QTRY_VERIFY(codes.done());
    QVERIFY2(codes.value().ok(), codes.value().ok() ? "" : qPrintable(codes.value().error().message));
    if (!codes.value()->empty())
        env.recoveryCodes = std::move(codes.value()).value();
    env.clock.advanceSeconds(30);
}

// A new vault at env.path with the authenticator on; closed again.
inline void createWithAuthenticator(Env& env)
{
    Result<std::unique_ptr<OpenVault>> vault =
        OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock);
    QVERIFY(vault.ok());
    TwoFactorSettings settings(**vault, TwoFactorStatus(), env.settingsOptions(), env.clock, env.random);
    confirm(settings);
    if (QTest::currentTestFailed())
        return;
    enableAuthenticator(env, settings);
}

} // namespace twofold::test
