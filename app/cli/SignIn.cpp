#include "SignIn.h"

#include "Arguments.h"
#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace twofold::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};
} // namespace

Result<SecureBuffer> askMasterPassword(Context& ctx, const QString& prompt)
{
    if (ctx.args.has(QStringLiteral("password-env"))) {
        const QString variable = ctx.args.value(QStringLiteral("password-env"));
        QByteArray value = qgetenv(variable.toLocal8Bit().constData());
        if (value.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Text::tr("The environment variable %1 (named by --password-env) is not set or empty.")
                             .arg(variable));
        SecureBuffer password = SecureBuffer::fromBytes(value);
        wipe(value);
        return password;
    }
    return ctx.prompter.askSecret(prompt, Text::tr("the master password"));
}

Result<std::unique_ptr<OpenVault>> signIn(Context& ctx, OpenMode mode)
{
    if (!QFileInfo(ctx.vaultPath).isFile())
        return Error(ErrorCode::FileNotFound,
                     Text::tr("There is no vault at %1: create one with \"twofold-cli init\", or "
                        "name another with --vault.")
                         .arg(QDir::toNativeSeparators(ctx.vaultPath)));
    Result<SecureBuffer> password = askMasterPassword(ctx, Text::tr("Master password: "));
    if (!password)
        return password.error();
    // Two-factor sign-in (core/auth) comes in here: on CodeRequired, run a SignInSession that
    // asks ctx.prompter for the code. Until then the refusal's sentence is passed on.
    return OpenVault::open(ctx.vaultPath, *password, mode);
}

} // namespace twofold::cli
