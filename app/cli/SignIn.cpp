#include "SignIn.h"

#include "Arguments.h"
#include "Console.h"
#include "EventWait.h"
#include "auth/AuthSentences.h"
#include "auth/SignInSession.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace twofold::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

// The code line: a Prompter refusal (no terminal, input ended) becomes CodeRequired (exit 2).
Result<SecureBuffer> askCode(Context& ctx, const QString& prompt, const QString& what)
{
    Result<SecureBuffer> code = ctx.prompter.askCode(prompt, what);
    if (!code)
        return Error(ErrorCode::CodeRequired, code.error().message);
    return code;
}

Error lockedOutError(const SignInSession& session)
{
    return Error(ErrorCode::LockedOut,
                 sentences::lockedOut(std::max<qint64>(1, session.lockedUntilMs() - systemClock().nowMs())));
}

// Drives a SignInSession from the password to Unlocked, asking ctx.prompter for the code.
Result<std::unique_ptr<OpenVault>> signInWithSecondFactor(Context& ctx, const SecureBuffer& password,
                                                          OpenMode mode, TwoFactorStatus& status)
{
    std::optional<SignInMethod> wanted;
    if (ctx.args.has(QStringLiteral("method"))) {
        wanted = methodFromKey(ctx.args.value(QStringLiteral("method")));
        if (!wanted || *wanted == SignInMethod::RecoveryCode)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--method takes authenticator, email or sms (for a recovery code, give "
                                  "--recovery-code)."));
    }
    const bool recovery = ctx.args.has(QStringLiteral("recovery-code"));

    SignInOptions options;
    options.mode = mode;
    options.sendCodeOnEntry = false; // sent below, once the method is settled
    options.firstMethod = wanted;
    SignInSession session(ctx.vaultPath, std::move(options));
    std::optional<Error> failure;
    bool sent = false;
    QObject::connect(&session, &SignInSession::failed, &session, [&](const Error& e) { failure = e; });
    QObject::connect(&session, &SignInSession::codeSent, &session, [&](const QString& to, qint64) {
        sent = true;
        console::err(Text::tr("A sign-in code was sent to %1.").arg(to));
    });
    QObject::connect(&session, &SignInSession::recoveryCodeUsed, &session, [](int left) {
        console::err(Text::tr("Recovery code accepted: %n left. Every remembered computer was forgotten.",
                              nullptr, left));
    });
    auto unlocked = [&]() -> Result<std::unique_ptr<OpenVault>> {
        status = session.twoFactorStatus();
        std::unique_ptr<OpenVault> vault = session.takeVault();
        if (!vault)
            return Error(ErrorCode::Internal, Text::tr("Twofold signed in but could not open the vault."));
        return vault;
    };

    session.submitPassword(password.clone());
    if (!runEventsUntil([&] {
            return failure || (!session.isBusy() && session.state() != SignInSession::State::NeedPassword);
        }))
        return stepTimedOut();
    if (failure)
        return *failure;
    if (session.state() == SignInSession::State::Unlocked)
        return unlocked();

    if (wanted && !recovery && session.method() != *wanted)
        return Error(ErrorCode::InvalidInput, sentences::methodOff(*wanted));
    if (session.state() == SignInSession::State::LockedOut)
        return lockedOutError(session);

    SecureBuffer code;
    if (recovery) {
        Result<SecureBuffer> line = askCode(ctx, Text::tr("Recovery code: "), Text::tr("a recovery code"));
        if (!line)
            return line.error();
        code = std::move(line).value();
        session.submitRecoveryCode(std::move(code));
    } else {
        const SignInMethod method = session.method();
        if (methodNeedsSend(method)) {
            session.sendCode();
            if (!runEventsUntil([&] { return failure || sent; }))
                return stepTimedOut();
            if (failure)
                return *failure;
        }
        const QString prompt = method == SignInMethod::Authenticator
                                   ? Text::tr("Code from your authenticator app: ")
                                   : Text::tr("Code you received: ");
        Result<SecureBuffer> line = askCode(ctx, prompt, Text::tr("the sign-in code"));
        if (!line)
            return line.error();
        session.submitCode(std::move(line).value());
    }
    if (!runEventsUntil([&] { return failure || session.state() == SignInSession::State::Unlocked; }))
        return stepTimedOut();
    if (session.state() == SignInSession::State::Unlocked)
        return unlocked();
    if (session.state() == SignInSession::State::LockedOut && failure->code != ErrorCode::LockedOut)
        return Error(ErrorCode::LockedOut, failure->message + u' ' + lockedOutError(session).message);
    return *failure;
}

} // namespace

Result<SecureBuffer> askMasterPassword(Context& ctx, const QString& prompt)
{
    if (ctx.args.has(QStringLiteral("password-env"))) {
        const QString variable = ctx.args.value(QStringLiteral("password-env"));
        QByteArray value = qgetenv(variable.toLocal8Bit().constData());
        if (value.isEmpty())
            return Error(
                ErrorCode::InvalidInput,
                Text::tr("The environment variable %1 (named by --password-env) is not set or empty.")
                    .arg(variable));
        SecureBuffer password = SecureBuffer::fromBytes(value);
        wipe(value);
        return password;
    }
    return ctx.prompter.askSecret(prompt, Text::tr("the master password"));
}

Result<SignedIn> signInKeepingPassword(Context& ctx, OpenMode mode)
{
    if (!QFileInfo(ctx.vaultPath).isFile())
        return Error(ErrorCode::FileNotFound,
                     Text::tr("There is no vault at %1: create one with \"twofold-cli init\", or "
                              "name another with --vault.")
                         .arg(QDir::toNativeSeparators(ctx.vaultPath)));
    Result<SecureBuffer> password = askMasterPassword(ctx, Text::tr("Master password: "));
    if (!password)
        return password.error();
    SignedIn signedIn;
    if (ctx.args.has(QStringLiteral("app-password"))) {
        Result<std::unique_ptr<OpenVault>> vault =
            OpenVault::openWithAppPassword(ctx.vaultPath, *password, mode);
        if (!vault)
            return vault.error();
        signedIn.vault = std::move(vault).value();
        signedIn.password = std::move(password).value();
        return signedIn;
    }
    Result<std::unique_ptr<OpenVault>> vault = OpenVault::open(ctx.vaultPath, *password, mode);
    // Two-factor sign-in: the password alone does not open the vault; a SignInSession asks
    // ctx.prompter for the code.
    if (!vault && vault.error().code == ErrorCode::CodeRequired)
        vault = signInWithSecondFactor(ctx, *password, mode, signedIn.status);
    if (!vault)
        return vault.error();
    signedIn.vault = std::move(vault).value();
    signedIn.password = std::move(password).value();
    return signedIn;
}

Result<std::unique_ptr<OpenVault>> signIn(Context& ctx, OpenMode mode)
{
    Result<SignedIn> signedIn = signInKeepingPassword(ctx, mode);
    if (!signedIn)
        return signedIn.error();
    return std::move(signedIn->vault);
}

} // namespace twofold::cli
