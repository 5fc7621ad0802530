#include "SettingsSession.h"

#include "Console.h"
#include "EventWait.h"

#include <QCoreApplication>

namespace twofold::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};
} // namespace

Status awaitDone(const std::function<void(TwoFactorSettings::Done)>& start)
{
    return awaitResult<void>([&](TwoFactorSettings::Done done) { start(std::move(done)); });
}

Result<SettingsSession> openSettings(Context& ctx, OpenMode mode, SetupGate gate)
{
    Result<SignedIn> signedIn = signInKeepingPassword(ctx, mode, gate);
    if (!signedIn)
        return signedIn.error();
    SettingsSession session;
    session.signedIn = std::move(signedIn).value();
    session.settings = std::make_unique<TwoFactorSettings>(*session.signedIn.vault, session.signedIn.status);
    TwoFactorSettings& settings = *session.settings;
    const SecureBuffer& password = session.signedIn.password;
    std::shared_ptr<const PasswordKey> key = std::move(session.signedIn.key);
    Status confirmed = awaitDone([&](TwoFactorSettings::Done done) {
        if (key) // the key the sign-in derived: no second Argon2id
            settings.adoptPasswordKey(std::move(key), std::move(done));
        else
            settings.confirmPassword(password.clone(), std::move(done));
    });
    if (!confirmed)
        return confirmed.error();
    return session;
}

Result<SignInMethod> methodArgument(const QString& word)
{
    const std::optional<SignInMethod> method = methodFromKey(word);
    if (!method || *method == SignInMethod::RecoveryCode)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("\"%1\" is not a sign-in method: say authenticator, email or sms.").arg(word));
    return *method;
}

void printRecoveryCodes(const TwoFactorSettings::RecoveryCodes& codes)
{
    if (codes.empty())
        return;
    console::err(Text::tr("Your recovery codes follow, one a line. Keep them somewhere safe: each signs in "
                          "once when no other method can, and they are not shown again."));
    for (const SecureBuffer& code : codes)
        console::outSecret(code);
}

} // namespace twofold::cli
