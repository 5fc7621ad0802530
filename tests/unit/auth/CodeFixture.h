#pragma once
// Shared helpers for the verifier's tests (they link twofold_verifier only): a CodeSender that
// records what it is given (the delivery code has its own tests against real servers), a way
// to wait for callbacks, codes computed from secrets, and tiny KDF parameters.
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "crypto/Kdf.h"
#include "otp/OtpParams.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QDateTime>
#include <QMutex>
#include <QTest>

#include <algorithm>
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

// A TOTP code of secret that a verifier on the real clock (window ±1 step) takes for at least
// the next 30 seconds: for a step after *lastStep (codes are used once), never the step before
// the current one (it could expire the moment it is sent). A step two ahead waits for the
// clock to reach the one before it. Empty if the clock does not get there in 40 seconds.
inline QString nextRealTimeCode(const SecureBuffer& secret, qint64* lastStep)
{
    const auto currentStep = [] { return QDateTime::currentMSecsSinceEpoch() / 30'000; };
    const qint64 step = std::max(*lastStep + 1, currentStep());
    if (!QTest::qWaitFor([&] { return currentStep() >= step - 1; }, 40'000))
        return {};
    *lastStep = step;
    return totpAt(secret, step * 30'000);
}

} // namespace twofold::test
