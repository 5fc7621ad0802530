#pragma once
// Shared helpers for the core/auth tests: a CodeSender that records what it is given (the
// delivery code has its own tests against real servers), a way to wait for callbacks, codes
// computed from secrets, and tiny KDF parameters so every test runs in milliseconds.
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/SignInSession.h"
#include "auth/TwoFactorSettings.h"
#include "otp/OtpParams.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"
#include "platform/FileSecretStore.h"
#include "vault/OpenVault.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <optional>
#include <vector>

namespace twofold::test {

inline const kdf::Params kFastKdf{1, 8};
inline constexpr qint64 kStartMs = 1'700'000'000'000; // a fixed moment, on a TOTP step boundary + 20 s

inline SecureBuffer pw(const char* text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}
inline SecureBuffer pw(const QString& text)
{
    return SecureBuffer::fromUtf8(text);
}

// Records every delivery; can be told to refuse.
class RecordingSender final : public CodeSender
{
public:
    struct Sent
    {
        SignInMethod method;
        QString target;
        QString code;
        int lifetimeMinutes;
    };

    Status send(const CodeDelivery& delivery) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_refuse)
            return Error(ErrorCode::DeliveryFailed, QStringLiteral("The mail server is down."));
        m_sent.push_back(
            Sent{delivery.method, delivery.target, delivery.code.toStringUnsafe(), delivery.lifetimeMinutes});
        return {};
    }
    void setRefuse(bool refuse)
    {
        QMutexLocker lock(&m_mutex);
        m_refuse = refuse;
    }
    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_sent.size());
    }
    Sent last() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sent.empty() ? Sent{} : m_sent.back();
    }

private:
    mutable QMutex m_mutex;
    std::vector<Sent> m_sent;
    bool m_refuse = false;
};

// Catches one callback's value: pass catcher.callback(), then QTRY_VERIFY(catcher.done()).
template <typename T> class Catcher
{
public:
    std::function<void(T)> callback()
    {
        return [this](T value) { m_value.emplace(std::move(value)); };
    }
    bool done() const { return m_value.has_value(); }
    T& value() { return *m_value; }
    void reset() { m_value.reset(); }

private:
    std::optional<T> m_value;
};

// The TOTP code of secret at ms.
inline QString totpAt(const SecureBuffer& secret, qint64 ms)
{
    otp::OtpParams params;
    params.secret = secret.clone();
    return otp::generate(params, ms / 1000);
}

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
