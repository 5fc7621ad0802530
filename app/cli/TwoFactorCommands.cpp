// The 2fa group (status, enable, disable, default, recovery-codes), trusted forget and the
// app-password group: TwoFactorSettings driven from the command line (DESIGN.md 4.2, 6, 9).
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "EventWait.h"
#include "Printable.h"
#include "SettingsSession.h"
#include "auth/SignInMethod.h"
#include "delivery/PhoneNumber.h"
#include "otp/QrMatrix.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

QString dateText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : Text::tr("never");
}

Status runStatus(Context& ctx)
{
    Result<SettingsSession> session = openSettings(ctx, OpenMode::ReadOnly, SetupGate::Allow);
    if (!session)
        return session.error();
    const TwoFactorStatus& status = session->settings->status();
    console::out(status.on ? Text::tr("Two-factor sign-in: on") : Text::tr("Two-factor sign-in: off"));
    for (const MethodStatus& m : status.methods) {
        QString line = methodKey(m.method) + QStringLiteral(": ") + (m.on ? Text::tr("on") : Text::tr("off"));
        if (m.on) {
            if (!m.target.isEmpty())
                line += u' ' + printable(m.target);
            if (m.isDefault)
                line += Text::tr(" (default)");
            line += Text::tr(", added %1").arg(dateText(m.addedMs));
        }
        console::out(line);
    }
    if (status.on) {
        console::out(Text::tr("Recovery codes left: %1").arg(status.recoveryCodesLeft));
        console::out(status.prompt == SecondFactorPrompt::EverySignIn
                         ? Text::tr("Code asked: at every sign-in")
                         : Text::tr("Code asked: on computers not remembered"));
        console::out(Text::tr("Remembered computers: %1").arg(status.trustedComputers.size()));
    }
    if (session->settings->serverMode())
        console::out(
            Text::tr("Codes are checked by %1 (the sign-in server; it sends email and SMS codes itself)")
                .arg(session->settings->serverUrl()));
    else
        console::out(status.deliveryConfigured ? Text::tr("Delivery settings: saved")
                                               : Text::tr("Delivery settings: none"));
    const Policy& policy = session->settings->policy();
    const QString requirement = policy.twoFactor == TwoFactorRequirement::Off        ? Text::tr("Off")
                                : policy.twoFactor == TwoFactorRequirement::Required ? Text::tr("Required")
                                                                                     : Text::tr("Optional");
    if (session->settings->serverMode())
        console::out(Text::tr("Policy: %1 (your organisation's, as %2 enforces it)")
                         .arg(requirement, session->settings->serverUrl()));
    else
        console::out(policy.sourceFile.isEmpty()
                         ? Text::tr("Policy: %1 (no policy file at %2)")
                               .arg(requirement, QDir::toNativeSeparators(Policy::path()))
                         : Text::tr("Policy: %1 (from %2)")
                               .arg(requirement, QDir::toNativeSeparators(policy.sourceFile)));
    QStringList allowed;
    for (SignInMethod m : policy.allowedMethods)
        allowed.append(methodKey(m));
    console::out(
        Text::tr("Methods allowed: %1").arg(allowed.isEmpty() ? Text::tr("none") : allowed.join(u", ")));
    return {};
}

// The QR code of uri in text, for a person at a terminal: two rows of modules a line, light
// modules as blocks (so it scans on dark and light terminals alike, as qrencode -t UTF8 does).
void printQrCode(const QString& uri)
{
    Result<otp::QrMatrix> qr = otp::QrMatrix::encode(uri.toUtf8());
    if (!qr)
        return;
    for (int y = 0; y < qr->size(); y += 2) {
        QString line;
        for (int x = 0; x < qr->size(); ++x) {
            const bool topLight = !qr->isDark(x, y);
            const bool bottomLight = y + 1 < qr->size() && !qr->isDark(x, y + 1);
            line += topLight && bottomLight ? QChar(0x2588)
                    : topLight              ? QChar(0x2580)
                    : bottomLight           ? QChar(0x2584)
                                            : QChar(u' ');
        }
        console::err(line);
    }
}

// Reads the code line and confirms the method being set up with it.
Result<TwoFactorSettings::RecoveryCodes> confirmWithCode(Context& ctx, TwoFactorSettings& settings,
                                                         SignInMethod method)
{
    Result<SecureBuffer> code = ctx.prompter.askCode(
        method == SignInMethod::Authenticator ? Text::tr("Current code from your authenticator app: ")
                                              : Text::tr("Code you received: "),
        Text::tr("the code that confirms the new method"));
    if (!code)
        return Error(ErrorCode::CodeRequired, code.error().message);
    auto secret = std::make_shared<SecureBuffer>(std::move(code).value());
    return awaitResult<TwoFactorSettings::RecoveryCodes>(
        [&](TwoFactorSettings::Then<TwoFactorSettings::RecoveryCodes> done) {
            if (method == SignInMethod::Authenticator)
                settings.confirmAuthenticator(std::move(*secret), std::move(done));
            else
                settings.confirmSetupCode(std::move(*secret), std::move(done));
        });
}

Status runEnable(Context& ctx)
{
    Result<SignInMethod> method = methodArgument(ctx.args.positionals().constFirst());
    if (!method)
        return method.error();
    const bool hasAddress = ctx.args.has(QStringLiteral("address"));
    const bool hasPhone = ctx.args.has(QStringLiteral("phone"));
    if (*method == SignInMethod::Email && !hasAddress)
        return Error(ErrorCode::InvalidInput, Text::tr("Say where the codes go with --address ADDRESS."));
    if (*method == SignInMethod::Sms && !hasPhone)
        return Error(ErrorCode::InvalidInput, Text::tr("Say where the codes go with --phone NUMBER."));
    if ((hasAddress && *method != SignInMethod::Email) || (hasPhone && *method != SignInMethod::Sms))
        return Error(ErrorCode::InvalidInput, Text::tr("--address goes with email and --phone with sms."));
    std::optional<PhoneNumber> phone;
    if (*method == SignInMethod::Sms) {
        Result<PhoneNumber> parsed = PhoneNumber::parse(ctx.args.value(QStringLiteral("phone")),
                                                        ctx.args.value(QStringLiteral("region")));
        if (!parsed)
            return parsed.error();
        phone = *parsed;
    }

    Result<SettingsSession> session = openSettings(ctx, OpenMode::ReadWrite, SetupGate::Allow);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    if (!settings.canTurnOn(*method)) {
        if (settings.status().method(*method).on)
            return Error(ErrorCode::InvalidInput, Text::tr("%1 is already on.").arg(methodName(*method)));
        return Error(ErrorCode::PolicyRefused,
                     Text::tr("Your administrator does not allow the method %1.").arg(methodName(*method)));
    }

    if (*method == SignInMethod::Authenticator) {
        Result<AuthenticatorSetup> setup =
            settings.beginAuthenticator(ctx.args.value(QStringLiteral("account")));
        if (!setup)
            return setup.error();
        console::err(Text::tr("Add this account to your authenticator app: open the link below, or type the "
                              "setup key for %1 (issuer %2).")
                         .arg(setup->account, setup->issuer));
        if (ctx.prompter.isInteractive())
            printQrCode(setup->uri);
        console::out(setup->uri);
        console::out(setup->setupKey);
        console::flush();
    } else {
        Result<SendCodeReply> sent =
            awaitResult<SendCodeReply>([&](TwoFactorSettings::Then<SendCodeReply> done) {
                if (*method == SignInMethod::Email)
                    settings.beginEmail(ctx.args.value(QStringLiteral("address")), std::move(done));
                else
                    settings.beginSms(phone->e164(), phone->regionCode(), std::move(done));
            });
        if (!sent)
            return sent.error();
        console::err(
            Text::tr("A code was sent to %1.").arg(phone ? phone->international() : sent->maskedTarget));
    }
    Result<TwoFactorSettings::RecoveryCodes> codes = confirmWithCode(ctx, settings, *method);
    if (!codes)
        return codes.error();
    console::err(Text::tr("%1 is on.").arg(methodName(*method)));
    printRecoveryCodes(*codes);
    return {};
}

Status runDisable(Context& ctx)
{
    Result<SignInMethod> method = methodArgument(ctx.args.positionals().constFirst());
    if (!method)
        return method.error();
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    if (!settings.status().method(*method).on)
        return Error(ErrorCode::InvalidInput, Text::tr("%1 is already off.").arg(methodName(*method)));
    Status done = awaitDone([&](TwoFactorSettings::Done d) { settings.disable(*method, std::move(d)); });
    if (!done)
        return done;
    console::err(settings.status().on
                     ? Text::tr("%1 is off.").arg(methodName(*method))
                     : Text::tr("%1 is off; two-factor sign-in is now off.").arg(methodName(*method)));
    return {};
}

Status runDefault(Context& ctx)
{
    Result<SignInMethod> method = methodArgument(ctx.args.positionals().constFirst());
    if (!method)
        return method.error();
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    Status done =
        awaitDone([&](TwoFactorSettings::Done d) { settings.setDefaultMethod(*method, std::move(d)); });
    if (!done)
        return done;
    console::err(Text::tr("%1 is now the method asked first.").arg(methodName(*method)));
    return {};
}

Status runAsk(Context& ctx)
{
    const QString word = ctx.args.positionals().constFirst();
    if (word != QStringLiteral("always") && word != QStringLiteral("new-computers"))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("\"%1\" is not a choice: say always or new-computers.").arg(word));
    const bool always = word == QStringLiteral("always");
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    Status done = awaitDone([&](TwoFactorSettings::Done d) {
        settings.setPrompt(always ? SecondFactorPrompt::EverySignIn
                                  : SecondFactorPrompt::UnrememberedComputers,
                           std::move(d));
    });
    if (!done)
        return done;
    console::err(always ? Text::tr("The code is now asked at every sign-in.")
                        : Text::tr("The code is now asked only on computers not remembered."));
    return {};
}

Status runPasswordChange(Context& ctx)
{
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    // The next line of standard input (DESIGN.md 6); twice at a terminal.
    Result<SecureBuffer> password = ctx.prompter.askNewSecret(
        Text::tr("New master password: "), Text::tr("Type it again: "), Text::tr("the new master password"));
    if (!password)
        return password.error();
    if (Status typable = checkTypableMasterPassword(*password); !typable)
        return typable;
    TwoFactorSettings& settings = *session->settings;
    auto secret = std::make_shared<SecureBuffer>(std::move(password).value());
    Status done = awaitDone(
        [&](TwoFactorSettings::Done d) { settings.changeMasterPassword(std::move(*secret), std::move(d)); });
    if (!done)
        return done;
    console::err(Text::tr("The master password was changed; every remembered computer was forgotten."));
    return {};
}

Status runRecoveryCodes(Context& ctx)
{
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    Result<TwoFactorSettings::RecoveryCodes> codes = awaitResult<TwoFactorSettings::RecoveryCodes>(
        [&](TwoFactorSettings::Then<TwoFactorSettings::RecoveryCodes> d) {
            settings.regenerateRecoveryCodes(std::move(d));
        });
    if (!codes)
        return codes.error();
    console::err(Text::tr("The old recovery codes no longer work."));
    printRecoveryCodes(*codes);
    return {};
}

Status runTrustedForget(Context& ctx)
{
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    const qsizetype count = settings.status().trustedComputers.size();
    Status done =
        awaitDone([&](TwoFactorSettings::Done d) { settings.forgetTrustedComputers(std::move(d)); });
    if (!done)
        return done;
    console::err(Text::tr("Every remembered computer was forgotten (%n in all).", nullptr, int(count)));
    return {};
}

Status runAppPasswordAdd(Context& ctx)
{
    const QString name = ctx.args.positionals().constFirst();
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    Result<SecureBuffer> secret = awaitResult<SecureBuffer>(
        [&](TwoFactorSettings::Then<SecureBuffer> d) { settings.addAppPassword(name, std::move(d)); });
    if (!secret)
        return secret.error();
    console::err(Text::tr("The app password \"%1\" follows; it is not shown again.").arg(printable(name)));
    console::outSecret(*secret);
    return {};
}

Status runAppPasswordList(Context& ctx)
{
    Result<SettingsSession> session = openSettings(ctx, OpenMode::ReadOnly);
    if (!session)
        return session.error();
    for (const AppPasswordInfo& info : session->settings->appPasswords())
        console::out(QStringLiteral("%1\t%2\t%3")
                         .arg(printable(info.name), dateText(info.createdMs), dateText(info.lastUsedMs)));
    return {};
}

Status runAppPasswordRemove(Context& ctx)
{
    const QString name = ctx.args.positionals().constFirst();
    Result<SettingsSession> session = openSettings(ctx);
    if (!session)
        return session.error();
    TwoFactorSettings& settings = *session->settings;
    Status done =
        awaitDone([&](TwoFactorSettings::Done d) { settings.revokeAppPassword(name, std::move(d)); });
    if (!done)
        return done;
    console::err(Text::tr("The app password \"%1\" was revoked.").arg(printable(name)));
    return {};
}

Command oneMethodCommand(const char* name, const char* summary, Status (*run)(Context&))
{
    return {.name = QString::fromLatin1(name),
            .arguments = QStringLiteral("METHOD"),
            .summary = summary,
            .minArguments = 1,
            .maxArguments = 1,
            .run = run};
}

} // namespace

std::vector<Command> twoFactorCommands()
{
    return {
        {.name = QStringLiteral("2fa status"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Show the vault's two-factor sign-in methods"),
         .run = &runStatus},
        {.name = QStringLiteral("2fa enable"),
         .arguments = QStringLiteral("authenticator|email|sms"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Turn a second-factor method on"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli",
             "authenticator prints the otpauth:// link and the setup key, one a line, then reads a current "
             "code; email and sms send a code and read it. The first method turned on prints ten recovery "
             "codes, one a line."),
         .options = {valueOption(QStringLiteral("address"), QStringLiteral("ADDRESS"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli", "email: where the codes go")),
                     valueOption(QStringLiteral("phone"), QStringLiteral("NUMBER"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli", "sms: the mobile number the codes go to")),
                     valueOption(
                         QStringLiteral("region"), QStringLiteral("CC"),
                         QT_TRANSLATE_NOOP("Twofold::Cli",
                                           "sms: the country the number is dialled from (GB, US, …)")),
                     valueOption(
                         QStringLiteral("account"), QStringLiteral("NAME"),
                         QT_TRANSLATE_NOOP("Twofold::Cli", "authenticator: the account name the app shows"))},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runEnable},
        oneMethodCommand("2fa disable", QT_TRANSLATE_NOOP("Twofold::Cli", "Turn a second-factor method off"),
                         &runDisable),
        oneMethodCommand("2fa default",
                         QT_TRANSLATE_NOOP("Twofold::Cli", "Make a method the one asked first"), &runDefault),
        {.name = QStringLiteral("2fa ask"),
         .arguments = QStringLiteral("always|new-computers"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Ask the code at every sign-in, or only on computers not remembered"),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAsk},
        {.name = QStringLiteral("password change"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Change the master password (the new one is the next line "
                                               "of standard input with --password-stdin)"),
         .run = &runPasswordChange},
        {.name = QStringLiteral("2fa recovery-codes"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Make a new set of recovery codes (the old set stops working)"),
         .run = &runRecoveryCodes},
        {.name = QStringLiteral("trusted forget"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Forget every remembered computer"),
         .run = &runTrustedForget},
        {.name = QStringLiteral("app-password add"),
         .arguments = QStringLiteral("NAME"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Make an app password for a script (shown once)"),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAppPasswordAdd},
        {.name = QStringLiteral("app-password ls"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "List app passwords: name, created, last used"),
         .run = &runAppPasswordList},
        {.name = QStringLiteral("app-password rm"),
         .arguments = QStringLiteral("NAME"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Revoke an app password"),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAppPasswordRemove},
    };
}

} // namespace twofold::cli
