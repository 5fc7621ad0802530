// The dispatch table, the help texts and run(): from argv to an exit status.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Commands.h"
#include "Console.h"
#include "Terminal.h"
#include "vault/OpenVault.h"

#include <QCoreApplication>
#include <QDir>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

using CommandGroup = std::vector<Command> (*)();

// One line per group.
constexpr CommandGroup kGroups[] = {
    &vaultCommands,     &entryCommands,    &attachmentCommands,   &generateCommands, &otpCommands,
    &twoFactorCommands, &deliveryCommands, &importExportCommands, &accountCommands,  &syncCommands,
};

Status runHelp(Context& ctx);

Command helpCommand()
{
    return {.name = QStringLiteral("help"),
            .arguments = QStringLiteral("[COMMAND]"),
            .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Explain a command"),
            .maxArguments = 2,
            .run = &runHelp};
}

QString synopsis(const Command& c)
{
    return c.arguments.isEmpty() ? c.name : c.name + u' ' + c.arguments;
}

QString optionLabel(const OptionSpec& o)
{
    QString label = o.name == u"help" ? QStringLiteral("-h, --help") : QStringLiteral("--") + o.name;
    if (o.arity == Arity::Value)
        label += u' ' + o.valueName;
    else if (o.arity == Arity::OptionalValue)
        label += QStringLiteral("[=%1]").arg(o.valueName);
    return label;
}

// Rows of two columns, the first padded to the widest.
void printTable(const std::vector<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    for (const auto& row : rows)
        console::out(QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second);
}

void printOverview()
{
    console::out(Text::tr("Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]"));
    console::out(QString());
    console::out(Text::tr(
        "Twofold's command line: your vault, and passwords and passphrases, for people and scripts."));
    console::out(QString());
    console::out(Text::tr("Commands:"));
    std::vector<std::pair<QString, QString>> rows;
    for (const Command& c : allCommands())
        rows.emplace_back(synopsis(c), translated(c.summary));
    printTable(rows);
    console::out(QString());
    console::out(Text::tr("Options for every command (before or after it):"));
    rows.clear();
    for (const OptionSpec& o : globalOptions())
        rows.emplace_back(optionLabel(o), translated(o.help));
    printTable(rows);
    console::out(QString());
    console::out(Text::tr(
        "ENTRY is the exact title of an entry, or its id (see \"ls --ids\"). Secrets are never taken "
        "from the command line."));
    console::out(Text::tr(
        "Exit status: 0 success, 1 usage, 2 wrong password or code, 3 locked out, 4 a problem with "
        "the vault file, 5 the mail server, SMS gateway or sign-in server could not be reached or refused "
        "delivery."));
    console::out(Text::tr("\"twofold-cli help COMMAND\" explains a command."));
}

void printCommandHelp(const Command& c)
{
    QString usage = QStringLiteral("twofold-cli ") + synopsis(c);
    if (!c.options.empty())
        usage += Text::tr(" [OPTIONS]");
    console::out(Text::tr("Usage: %1").arg(usage));
    console::out(QString());
    console::out(translated(c.summary) + u'.');
    if (c.details)
        console::out(translated(c.details));
    if (!c.options.empty()) {
        console::out(QString());
        console::out(Text::tr("Options:"));
        std::vector<std::pair<QString, QString>> rows;
        for (const OptionSpec& o : c.options)
            rows.emplace_back(optionLabel(o), translated(o.help));
        printTable(rows);
    }
    console::out(QString());
    console::out(Text::tr("The options for every command (--vault, --password-stdin, …) are listed by "
                          "\"twofold-cli --help\"."));
}

// Help on words ("show", "trash", "trash restore"); the overview when there are none.
Status printHelp(const QStringList& words)
{
    if (words.isEmpty()) {
        printOverview();
        return {};
    }
    const QString name = words.join(u' ');
    const Command* exact = nullptr;
    std::vector<const Command*> actions;
    for (const Command& c : allCommands()) {
        if (c.name == name)
            exact = &c;
        else if (c.name.startsWith(name + u' '))
            actions.push_back(&c);
    }
    if (exact) {
        printCommandHelp(*exact);
        return {};
    }
    if (actions.empty())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("There is no command \"%1\" (see twofold-cli --help).").arg(name));
    console::out(Text::tr("Usage:"));
    std::vector<std::pair<QString, QString>> rows;
    for (const Command* c : actions)
        rows.emplace_back(QStringLiteral("twofold-cli ") + synopsis(*c), translated(c->summary));
    printTable(rows);
    console::out(QString());
    console::out(Text::tr("\"twofold-cli help %1 ACTION\" explains an action.").arg(name));
    return {};
}

Status runHelp(Context& ctx)
{
    return printHelp(ctx.args.positionals());
}

QString vaultPath(const Arguments& args)
{
    if (args.has(QStringLiteral("vault")))
        return args.value(QStringLiteral("vault"));
    const QString fromEnvironment = qEnvironmentVariable("TWOFOLD_VAULT");
    return fromEnvironment.isEmpty() ? OpenVault::defaultPath() : fromEnvironment;
}

} // namespace

QString translated(const char* text)
{
    return text ? QCoreApplication::translate("Twofold::Cli", text) : QString();
}

const std::vector<OptionSpec>& globalOptions()
{
    static const std::vector<OptionSpec> options = {
        valueOption(QStringLiteral("vault"), QStringLiteral("PATH"),
                    QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "The vault file (default: $TWOFOLD_VAULT, else vault.twofold "
                                      "in Twofold's data folder)")),
        flagOption(QStringLiteral("password-stdin"),
                   QT_TRANSLATE_NOOP("Twofold::Cli",
                                     "Read the master password, then every later answer, one line "
                                     "each from standard input")),
        valueOption(
            QStringLiteral("password-env"), QStringLiteral("VAR"),
            QT_TRANSLATE_NOOP("Twofold::Cli", "Take the master password from the environment variable VAR")),
        valueOption(QStringLiteral("method"), QStringLiteral("METHOD"),
                    QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Sign in with this second factor: authenticator, email or sms "
                                      "(default: the vault's default method)")),
        flagOption(QStringLiteral("recovery-code"),
                   QT_TRANSLATE_NOOP("Twofold::Cli",
                                     "The second-factor answer is one of the vault's recovery codes")),
        flagOption(QStringLiteral("remember"),
                   QT_TRANSLATE_NOOP("Twofold::Cli",
                                     "After a right code, remember this computer for 30 days: later sign-ins "
                                     "here skip the code when the vault allows it (2fa ask new-computers)")),
        flagOption(QStringLiteral("app-password"),
                   QT_TRANSLATE_NOOP("Twofold::Cli",
                                     "The password given is one of the vault's app passwords (no second "
                                     "factor is asked; two-factor settings cannot be changed with it)")),
        valueOption(
            QStringLiteral("server"), QStringLiteral("URL"),
            QT_TRANSLATE_NOOP("Twofold::Cli",
                              "The sign-in server of a new account (account create, account sign-in); "
                              "later commands take it from the vault file")),
        valueOption(
            QStringLiteral("server-ca"), QStringLiteral("FILE"),
            QT_TRANSLATE_NOOP("Twofold::Cli",
                              "Trust only the certificate authorities in this PEM file for the sign-in "
                              "server (a private CA)")),
        flagOption(QStringLiteral("help"),
                   QT_TRANSLATE_NOOP("Twofold::Cli", "Show this help, or a command's")),
        flagOption(QStringLiteral("version"), QT_TRANSLATE_NOOP("Twofold::Cli", "Show the version")),
    };
    return options;
}

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = [] {
        std::vector<Command> all;
        for (CommandGroup group : kGroups)
            for (Command& c : group())
                all.push_back(std::move(c));
        all.push_back(helpCommand());
        return all;
    }();
    return commands;
}

int runWithSystemArguments(int argc, const char* const* argv)
{
    if (Status utf8 = Arguments::checkEncoding(argc, argv); !utf8) {
        console::err(utf8.error().message);
        return exitStatusFor(utf8.error().code);
    }
    return run(QCoreApplication::arguments().mid(1));
}

int run(const QStringList& args)
{
    Result<Arguments> parsed = Arguments::parse(args, allCommands(), globalOptions());
    if (!parsed) {
        console::err(parsed.error().message);
        return exitStatusFor(parsed.error().code);
    }
    Status status;
    if (parsed->wantsVersion()) {
        console::out(QStringLiteral("twofold-cli %1").arg(QCoreApplication::applicationVersion()));
    } else if (parsed->wantsHelp()) {
        status = printHelp(parsed->command() ? QStringList{parsed->command()->name} : parsed->positionals());
    } else {
        Prompter prompter(parsed->has(QStringLiteral("password-stdin")) ? Prompter::Source::StdinLines
                          : stdinIsTerminal()                           ? Prompter::Source::Terminal
                                                                        : Prompter::Source::None);
        Context ctx{*parsed, prompter, vaultPath(*parsed)};
        status = parsed->command()->run(ctx);
    }
    console::flush();
    int exitStatus = 0;
    if (!status) {
        console::err(refusalSentence(status.error()));
        exitStatus = exitStatusFor(status.error().code);
    }
    finishReadOnly(exitStatus); // ends here when a read-only command kept its vault
    return exitStatus;
}

} // namespace twofold::cli
