#include "Arguments.h"

#include "Printable.h"

#include <QCoreApplication>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

Error usage(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}

QString synopsisOf(const Command& c)
{
    return QStringLiteral("twofold-cli %1%2")
        .arg(c.name, c.arguments.isEmpty() ? QString() : u' ' + c.arguments);
}

const Command* find(const std::vector<Command>& commands, const QString& name)
{
    for (const Command& c : commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList actionsOf(const std::vector<Command>& commands, const QString& name)
{
    QStringList actions;
    const QString prefix = name + u' ';
    for (const Command& c : commands)
        if (c.name.startsWith(prefix))
            actions << c.name.mid(prefix.size());
    return actions;
}

} // namespace

Result<Arguments> Arguments::parse(const QStringList& args, const std::vector<Command>& commands,
                                   const std::vector<OptionSpec>& globals)
{
    // Every option any command knows, so that options may come before the command too.
    QHash<QString, const OptionSpec*> known;
    for (const OptionSpec& o : globals)
        known.insert(o.name, &o);
    for (const Command& c : commands)
        for (const OptionSpec& o : c.options) {
            Q_ASSERT_X(!known.contains(o.name) || known.value(o.name)->arity == o.arity, "Arguments::parse",
                       "one option name, two arities");
            known.insert(o.name, &o);
        }

    Arguments parsed;
    QStringList words;
    std::optional<Error> firstError;
    auto fail = [&](const QString& sentence) {
        if (!firstError)
            firstError = usage(sentence);
    };

    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (optionsEnded || arg == u"-" || !arg.startsWith(u'-')) {
            words << arg;
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name;
        std::optional<QString> value;
        if (arg == u"-h") {
            name = QStringLiteral("help");
        } else if (arg.startsWith(u"--")) {
            const qsizetype eq = arg.indexOf(u'=');
            name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            if (eq >= 0)
                value = arg.mid(eq + 1);
        } else {
            fail(Text::tr("There is no option %1 (see twofold-cli --help).").arg(arg));
            continue;
        }
        const OptionSpec* spec = known.value(name);
        if (!spec) {
            fail(Text::tr("There is no option --%1 (see twofold-cli --help).").arg(name));
            continue;
        }
        if (spec->arity == Arity::Flag && value) {
            fail(Text::tr("The option --%1 takes no value.").arg(name));
            continue;
        }
        if (spec->arity == Arity::Value && !value) {
            if (i + 1 >= args.size()) {
                fail(Text::tr("The option --%1 needs a value: --%1 %2.").arg(name, spec->valueName));
                continue;
            }
            value = args[++i];
        }
        if (parsed.m_options.contains(name))
            fail(Text::tr("The option --%1 is given more than once.").arg(name));
        parsed.m_options.insert(name, value.value_or(QString()));
    }

    const bool helpOrVersion = parsed.wantsHelp() || parsed.wantsVersion();

    // The command: its name may be two words ("trash restore").
    const Command* command = nullptr;
    qsizetype nameWords = 0;
    if (words.size() >= 2)
        if ((command = find(commands, words[0] + u' ' + words[1])))
            nameWords = 2;
    if (!command && !words.isEmpty())
        if ((command = find(commands, words[0])))
            nameWords = 1;
    if (!command) {
        parsed.m_positionals = words;
        if (helpOrVersion)
            return parsed;
        if (firstError)
            return *firstError;
        if (words.isEmpty())
            return usage(Text::tr("Name a command (see twofold-cli --help)."));
        const QStringList actions = actionsOf(commands, words[0]);
        if (!actions.isEmpty())
            return usage(Text::tr("The command \"%1\" needs one of: %2.")
                             .arg(words[0], actions.join(QStringLiteral(", "))));
        return usage(Text::tr("There is no command \"%1\" (see twofold-cli --help).").arg(words[0]));
    }
    parsed.m_command = command;
    parsed.m_positionals = words.mid(nameWords);
    if (helpOrVersion)
        return parsed;
    if (firstError)
        return *firstError;

    for (auto it = parsed.m_options.cbegin(); it != parsed.m_options.cend(); ++it) {
        bool applies = false;
        for (const OptionSpec& o : globals)
            applies = applies || o.name == it.key();
        for (const OptionSpec& o : command->options)
            applies = applies || o.name == it.key();
        if (!applies)
            return usage(Text::tr("The option --%1 does not apply to \"%2\" (see twofold-cli help %2).")
                             .arg(it.key(), command->name));
    }
    const qsizetype count = parsed.m_positionals.size();
    if (count < command->minArguments)
        return usage(Text::tr("The command \"%1\" needs more arguments: %2.")
                         .arg(command->name, synopsisOf(*command)));
    if (command->maxArguments >= 0 && count > command->maxArguments)
        return usage(
            Text::tr("The command \"%1\" does not take \"%2\": %3.")
                .arg(command->name, parsed.m_positionals[command->maxArguments], synopsisOf(*command)));
    return parsed;
}

Status Arguments::checkEncoding(int argc, const char* const* argv)
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#else
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (const std::optional<qsizetype> at = firstInvalidUtf8(arg))
            return usage(Text::tr("The argument \"%1\" is not UTF-8 text: its byte %2 (0x%3) is not valid "
                                  "there. twofold-cli takes every argument as UTF-8.")
                             .arg(QString::fromUtf8(printableBytes(arg)))
                             .arg(*at + 1)
                             .arg(uint(static_cast<unsigned char>(arg[*at])), 2, 16, QLatin1Char('0')));
    }
#endif
    return {};
}

Result<std::optional<int>> Arguments::number(const QString& option, int min, int max,
                                             const QString& outOfRange) const
{
    if (!has(option))
        return std::optional<int>();
    bool ok = false;
    const int n = value(option).toInt(&ok);
    if (!ok)
        return usage(
            Text::tr("The option --%1 needs a whole number, not \"%2\".").arg(option, value(option)));
    if (n < min || n > max)
        return usage(
            outOfRange.isEmpty()
                ? Text::tr("The option --%1 must be between %2 and %3.").arg(option).arg(min).arg(max)
                : outOfRange);
    return std::optional<int>(n);
}

} // namespace twofold::cli
