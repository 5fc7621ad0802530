#pragma once
// What the 2fa, trusted, app-password and delivery commands share: signing in, then the
// TwoFactorSettings controller with the master password confirmed again by the password
// already given (DESIGN.md 9: the first line satisfies the re-entry), and waiting for its
// asynchronous answers.
#include "SignIn.h"
#include "auth/TwoFactorSettings.h"

#include <memory>

namespace twofold::cli {

struct SettingsSession
{
    SignedIn signedIn;
    std::unique_ptr<TwoFactorSettings> settings;
};

// Signs in (mode ReadWrite for changes) and confirms the password to a TwoFactorSettings, so
// its full status is read. Refuses as signInKeepingPassword does (gate: see SetupGate).
[[nodiscard]] Result<SettingsSession> openSettings(Context& ctx, OpenMode mode = OpenMode::ReadWrite,
                                                   SetupGate gate = SetupGate::Refuse);

// Waits for a TwoFactorSettings call that reports through a Done callback.
[[nodiscard]] Status awaitDone(const std::function<void(TwoFactorSettings::Done)>& start);

// The method named by a command argument ("authenticator", "email", "sms"); refuses anything
// else with a sentence.
[[nodiscard]] Result<SignInMethod> methodArgument(const QString& word);

// Prints fresh recovery codes on standard output, one a line, and a word about them on
// standard error.
void printRecoveryCodes(const TwoFactorSettings::RecoveryCodes& codes);

} // namespace twofold::cli
