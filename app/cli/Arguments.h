#pragma once
// The command line, parsed: the command, its positional arguments and its options. Options
// may come before or after the command ("twofold-cli show X --reveal" and
// "twofold-cli --reveal show X" are the same); "--" ends the options.
#include "Commands.h"
#include "common/Result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace twofold::cli {

class Arguments
{
public:
    // Parses args (argv without the program name) against the commands and global options.
    // Refuses (InvalidInput, one sentence naming the problem) unknown commands and options,
    // options the command does not take, missing or surplus values and arguments, and an
    // option given twice. With --help or --version anywhere, only those are checked: command()
    // is then null when no command was named.
    static Result<Arguments> parse(const QStringList& args, const std::vector<Command>& commands,
                                   const std::vector<OptionSpec>& globals);

    // The command named, or nullptr (only with --help or --version).
    const Command* command() const { return m_command; }
    // The words naming a command that was not found ("help" handles them).
    const QStringList& positionals() const { return m_positionals; }

    bool has(const QString& option) const { return m_options.contains(option); }
    // The option's value; empty when absent or given without one.
    QString value(const QString& option) const { return m_options.value(option); }
    // A whole-number option in [min, max]; nullopt when absent. outOfRange is the sentence for
    // a number outside the range (a default one when empty).
    Result<std::optional<int>> number(const QString& option, int min, int max,
                                      const QString& outOfRange = {}) const;

    // Refuses (InvalidInput) an argument of argv, as the system gave it, that is not UTF-8 (Qt
    // would put U+FFFD in its place unseen): the sentence names it, escaped, and the byte at
    // fault. On Windows the arguments come from the system as UTF-16: all are accepted.
    static Status checkEncoding(int argc, const char* const* argv);

    bool wantsHelp() const { return has(QStringLiteral("help")); }
    bool wantsVersion() const { return has(QStringLiteral("version")); }

private:
    const Command* m_command = nullptr;
    QStringList m_positionals;
    QHash<QString, QString> m_options;
};

} // namespace twofold::cli
