#pragma once
// Shared helpers for the two-factor dialog tests: a real vault (tiny KDF) with a real
// TwoFactorSettings on a ManualClock, in a temporary folder; children found by object name.
#include "unit/auth/AuthFixture.h"

#include <QWidget>

namespace twofold::test {

struct SettingsEnv
{
    Env env;
    std::unique_ptr<OpenVault> vault;
    std::unique_ptr<TwoFactorSettings> settings;

    // withRealSender: codes go out through DeliveryCodeSender (the vault's delivery
    // settings) instead of env.sender.
    explicit SettingsEnv(bool withRealSender = false)
    {
        vault = OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
        TwoFactorSettingsOptions options = env.settingsOptions();
        if (withRealSender)
            options.sender = nullptr;
        settings = std::make_unique<TwoFactorSettings>(*vault, TwoFactorStatus(), std::move(options),
                                                       env.clock, env.random);
    }
};

template <typename T> T* child(QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace twofold::test
