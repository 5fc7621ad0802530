// The otp group: the code an otpauth:// URI gives (no vault needed), and the current code
// of an entry. Also the --otp option of add and edit.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "Printable.h"
#include "SignIn.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QCoreApplication>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

// The URI named on the command line, or read from standard input for "-" (one line; hidden
// at a terminal), so the secret can stay off the command line.
Result<SecureBuffer> uriArgument(Context& ctx, const QString& value)
{
    if (value != u"-")
        return SecureBuffer::fromUtf8(value);
    // Without --password-stdin (otp code needs no password), standard input is the URI: read as
    // any answer is (its end, a line that is too long and bytes that are not UTF-8 each said).
    Prompter stdinLines(Prompter::Source::StdinLines);
    Prompter& prompter = ctx.prompter.source() == Prompter::Source::None ? stdinLines : ctx.prompter;
    return prompter.askSecret(Text::tr("otpauth:// link or setup URI: "), Text::tr("the otpauth:// link"));
}

Result<qint64> timeArgument(const Arguments& args, qint64 now)
{
    if (!args.has(QStringLiteral("at")))
        return now;
    bool ok = false;
    const qint64 at = args.value(QStringLiteral("at")).toLongLong(&ok);
    if (!ok || at < 0)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("--at takes a time in seconds since 1970 (Unix time), such as 1700000000."));
    return at;
}

Status runOtpCode(Context& ctx)
{
    Result<qint64> at = timeArgument(ctx.args, systemClock().nowSeconds());
    if (!at)
        return at.error();
    Result<SecureBuffer> uri = uriArgument(ctx, ctx.args.positionals().constFirst());
    if (!uri)
        return uri.error();
    Result<otp::OtpParams> params = otp::parseUri(*uri);
    if (!params)
        return params.error();
    console::out(otp::generate(*params, *at));
    return {};
}

Status runOtpShow(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().constFirst());
    if (!id)
        return id.error();
    const Entry& e = *vault.entry(*id);
    if (!vault.hasOtp(e))
        return Error(
            ErrorCode::NotFound,
            Text::tr("\"%1\" has no two-factor code: add one with \"twofold-cli edit ENTRY --otp URI\".")
                .arg(printable(e.title)));
    Result<otp::OtpParams> params = otp::parseUri(vault.otpUri(e));
    if (!params)
        return params.error();
    const qint64 now = systemClock().nowSeconds();
    console::out(otp::generate(*params, now));
    if (params->type == otp::Type::Totp)
        console::out(Text::tr("Valid for %1 more seconds.").arg(otp::secondsRemaining(*params, now)));
    else
        console::out(Text::tr("Counter %1.").arg(params->counter));
    return {};
}

} // namespace

Result<SecureBuffer> otpUriOption(Context& ctx)
{
    Result<SecureBuffer> uri = uriArgument(ctx, ctx.args.value(QStringLiteral("otp")));
    if (!uri)
        return uri.error();
    Result<otp::OtpParams> params = otp::parseUri(*uri);
    if (!params)
        return params.error();
    return SecureBuffer::fromUtf8(otp::buildUri(*params)); // stored in canonical form
}

OptionSpec otpOption()
{
    return valueOption(QStringLiteral("otp"), QStringLiteral("URI"),
                       QT_TRANSLATE_NOOP("Twofold::Cli",
                                         "A two-factor (otpauth://) link for the entry; \"-\" "
                                         "reads it from standard input, after any password"));
}

std::vector<Command> otpCommands()
{
    return {
        {.name = QStringLiteral("otp code"),
         .arguments = QStringLiteral("URI|-"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Print the code an otpauth:// link gives"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "Needs no vault. \"-\" reads the link from standard input, which keeps the "
                             "secret off the command line. HOTP links use their counter."),
         .options = {valueOption(QStringLiteral("at"), QStringLiteral("UNIX_TIME"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli", "The code at this time instead of now"))},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runOtpCode},
        {.name = QStringLiteral("otp show"),
         .arguments = QStringLiteral("ENTRY"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Print an entry's current two-factor code"),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runOtpShow},
    };
}

} // namespace twofold::cli
