// account create, account sign-in: a vault whose second factor a sign-in server checks
// (DESIGN.md 10). Both need --server; the vault file they make records the server, so later
// commands on it go there with no --server.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Commands.h"
#include "Console.h"
#include "EventWait.h"
#include "SignIn.h"
#include "auth/ServerAccount.h"
#include "auth/SignInSession.h"
#include "platform/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace twofold::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

Result<ServerEndpoint> serverOption(Context& ctx)
{
    if (!ctx.args.has(QStringLiteral("server")))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("Say which sign-in server keeps the account: --server https://host[:port]."));
    ServerEndpoint endpoint;
    endpoint.url = QUrl(ctx.args.value(QStringLiteral("server")).trimmed(), QUrl::StrictMode);
    if (Status valid = endpoint.check(); !valid)
        return valid.error();
    Result<std::optional<QList<QSslCertificate>>> ca = serverCaOption(ctx);
    if (!ca)
        return ca.error();
    if (*ca)
        endpoint.caCertificates = **ca;
    return endpoint;
}

Status runAccountCreate(Context& ctx)
{
    Result<ServerEndpoint> server = serverOption(ctx);
    if (!server)
        return server.error();
    Result<std::optional<kdf::Params>> params = kdfOptions(ctx);
    if (!params)
        return params.error();
    if (QFileInfo::exists(ctx.vaultPath))
        return Error(
            ErrorCode::FileWriteFailed,
            Text::tr("There is already a file at %1: name another with --vault for the account's vault.")
                .arg(QDir::toNativeSeparators(ctx.vaultPath)));
    Result<SecureBuffer> password =
        ctx.args.has(QStringLiteral("password-env"))
            ? askMasterPassword(ctx, QString())
            : ctx.prompter.askNewSecret(Text::tr("New master password: "), Text::tr("Type it again: "),
                                        Text::tr("the new master password"));
    if (!password)
        return password.error();
    // Before anything is measured or sent: the same rules as init.
    if (Status strong =
            checkNewMasterPassword(ctx, *password, {ctx.args.positionals().constFirst().trimmed()});
        !strong)
        return strong;
    if (!*params && ctx.prompter.isInteractive())
        console::err(Text::tr("Measuring this computer, so that unlocking takes about a second…"));

    std::unique_ptr<SecretStore> store = SecretStore::createDefault();
    ServerAccountOptions options;
    options.server = *server;
    options.email = ctx.args.positionals().constFirst();
    options.vaultPath = QFileInfo(ctx.vaultPath).absoluteFilePath();
    options.secretStore = store.get();
    options.kdf = *params;
    ServerAccountCreation creation(std::move(options));
    std::optional<Error> failure;
    bool created = false;
    QObject::connect(&creation, &ServerAccountCreation::failed, &creation,
                     [&](const Error& e) { failure = e; });
    QObject::connect(&creation, &ServerAccountCreation::created, &creation, [&] { created = true; });
    QObject::connect(&creation, &ServerAccountCreation::warning, &creation,
                     [](const QString& sentence) { console::err(sentence); });
    creation.create(std::move(password).value());
    if (!runEventsUntil([&] { return failure || created; }))
        return stepTimedOut();
    if (failure)
        return *failure;
    console::err(
        Text::tr("Created the account %1 on %2 and its vault %3. Your account key follows: it is "
                 "shown only now. Keep it with your master password (print it, or store it offline): "
                 "another computer needs it to open this vault.")
            .arg(creation.options().email, ServerEndpoint::normalised(creation.options().server.url),
                 QDir::toNativeSeparators(creation.options().vaultPath)));
    console::outSecret(creation.takeAccountKeyText());
    return {};
}

Status runAccountSignIn(Context& ctx)
{
    Result<ServerEndpoint> server = serverOption(ctx);
    if (!server)
        return server.error();
    if (QFileInfo::exists(ctx.vaultPath))
        return Error(
            ErrorCode::FileWriteFailed,
            Text::tr("There is already a file at %1: it may be this account's vault (then use it with no "
                     "--server), or name another with --vault.")
                .arg(QDir::toNativeSeparators(ctx.vaultPath)));
    NewComputerSignIn target;
    target.server = *server;
    target.email = ctx.args.positionals().constFirst().trimmed();
    Result<SignedIn> signedIn = signInNewComputer(ctx, std::move(target));
    if (!signedIn)
        return signedIn.error();
    console::out(Text::tr("Signed in to %1 on %2: this computer's vault is %3. Later commands on it go "
                          "through the server with no --server.")
                     .arg(ctx.args.positionals().constFirst().trimmed(), server->displayName(),
                          QDir::toNativeSeparators(signedIn->vault->path())));
    // The vault's entries come from the server (sync); offline, the next command fetches them.
    if (Status synced = saveAndPush(*signedIn->vault); !synced)
        return synced;
    console::out(Text::tr("The vault holds %n entries.", nullptr, signedIn->vault->vault().entryCount()));
    return {};
}

} // namespace

std::vector<Command> accountCommands()
{
    const std::vector<OptionSpec> kdf = {
        valueOption(QStringLiteral("kdf-memory"), QStringLiteral("MIB"),
                    QT_TRANSLATE_NOOP("Twofold::Cli", "Memory of the key derivation (Argon2id), in MiB")),
        valueOption(QStringLiteral("kdf-iterations"), QStringLiteral("N"),
                    QT_TRANSLATE_NOOP("Twofold::Cli", "Iterations of the key derivation"))};
    return {
        {.name = QStringLiteral("account create"),
         .arguments = QStringLiteral("EMAIL"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Create an account on a sign-in server (--server) and its vault"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli",
             "Asks for the new master password (twice at a terminal, once with --password-stdin), makes the "
             "account on the server named by --server and the vault at --vault (or the default path), and "
             "prints the account key on a line of its own, once. The server checks the second factor: the "
             "vault file opens only with the master password, the account key (kept on this computer) and "
             "what the server releases."),
         .options = kdf,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAccountCreate},
        {.name = QStringLiteral("account sign-in"),
         .arguments = QStringLiteral("EMAIL"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Sign in to a server account on this computer (--server)"),
         .details =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Makes this computer's vault file for the account at --vault "
                                               "(or the default path). Answers, one a "
                                               "line with --password-stdin: the master password; the account "
                                               "key (TF1-…; an empty line when this "
                                               "computer keeps it already); then the second-factor code."),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAccountSignIn},
    };
}

} // namespace twofold::cli
