#pragma once
// twofold-cli's commands: what each takes, and the table the dispatcher reads. A command
// group (a file such as VaultCommands.cpp) returns its commands; adding a group is one line
// in CommandTable.cpp.
#include "common/Result.h"

#include <QString>

#include <vector>

namespace twofold::cli {

class Arguments;
class Prompter;

enum class Arity {
    Flag,          // --reveal
    Value,         // --field F, --field=F
    OptionalValue, // --generate, --generate=N (the value only after '=')
};

struct OptionSpec
{
    QString name; // without the leading "--"
    Arity arity = Arity::Flag;
    QString valueName;          // "N", "PATH" (shown in help)
    const char* help = nullptr; // source text, translated when shown (QT_TRANSLATE_NOOP)
};

inline OptionSpec flagOption(QString name, const char* help)
{
    return {std::move(name), Arity::Flag, {}, help};
}
inline OptionSpec valueOption(QString name, QString valueName, const char* help)
{
    return {std::move(name), Arity::Value, std::move(valueName), help};
}

struct Context;

struct Command
{
    QString name = {};             // "show", or "trash restore" for an action of a command
    QString arguments = {};        // positional part of the synopsis: "ENTRY", "[GROUP]"
    const char* summary = nullptr; // one line for the overview (QT_TRANSLATE_NOOP)
    const char* details = nullptr; // more help for "help COMMAND", or nullptr
    std::vector<OptionSpec> options = {};
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    Status (*run)(Context&) = nullptr;
};

// What a command runs with. vaultPath is from --vault, TWOFOLD_VAULT or the default.
struct Context
{
    const Arguments& args;
    Prompter& prompter;
    QString vaultPath;
};

// The groups. Each returns its commands in the order the overview lists them.
std::vector<Command> vaultCommands();        // init, ls, search, show
std::vector<Command> entryCommands();        // add, edit, rm, trash …
std::vector<Command> attachmentCommands();   // attachment add, ls, save, rm
std::vector<Command> generateCommands();     // generate
std::vector<Command> otpCommands();          // otp code, otp show
std::vector<Command> twoFactorCommands();    // 2fa …, trusted forget, app-password …
std::vector<Command> deliveryCommands();     // delivery set, delivery test
std::vector<Command> importExportCommands(); // import, export, history restore
std::vector<Command> accountCommands();      // account create, account sign-in (a sign-in server)
std::vector<Command> syncCommands();         // sync (a vault on a sign-in server)

// Every command, in overview order.
const std::vector<Command>& allCommands();
// The options every command accepts (--vault, --password-stdin, …).
const std::vector<OptionSpec>& globalOptions();

// Runs twofold-cli with args (argv without the program name); returns the exit status.
int run(const QStringList& args);
// run() with main's argc and argv, once they are checked to be UTF-8 (Arguments::checkEncoding).
int runWithSystemArguments(int argc, const char* const* argv);

// The translation of a QT_TRANSLATE_NOOP("Twofold::Cli", …) text.
QString translated(const char* text);

} // namespace twofold::cli
