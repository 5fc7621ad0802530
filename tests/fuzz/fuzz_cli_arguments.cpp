// Fuzz target: twofold-cli's argument parser (app/cli/Arguments.cpp, compiled in: it is part of
// the executable, not of a library). The input is argv without the program name, the
// arguments separated by NUL bytes (at most kMaxArguments). It goes through checkEncoding as
// the system's bytes and through parse() against a table shaped like twofold-cli's own (one-
// and two-word commands, flags, values and optional values, bounded and unbounded arguments).
// Besides never crashing:
//   - every refusal is InvalidInput with a sentence;
//   - an argument checkEncoding accepts reads back unchanged through Qt's UTF-8 decoding;
//   - an accepted command line has its command, a number of arguments the command takes and
//     only options that apply to it, and written out again canonically (--name=value, "--"
//     before the arguments) it parses to the same.
#include "FuzzTarget.h"

#include "Arguments.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace twofold;
using namespace twofold::cli;

namespace {

constexpr qsizetype kMaxArguments = 64;

Status noRun(Context&)
{
    return {};
}

const std::vector<OptionSpec>& globals()
{
    static const std::vector<OptionSpec> options = {
        valueOption(QStringLiteral("vault"), QStringLiteral("PATH"), "vault"),
        flagOption(QStringLiteral("password-stdin"), "stdin"),
        valueOption(QStringLiteral("password-env"), QStringLiteral("VAR"), "env"),
        valueOption(QStringLiteral("method"), QStringLiteral("METHOD"), "method"),
        flagOption(QStringLiteral("remember"), "remember"),
        flagOption(QStringLiteral("help"), "help"),
        flagOption(QStringLiteral("version"), "version"),
    };
    return options;
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> table = [] {
        const OptionSpec ids = flagOption(QStringLiteral("ids"), "ids");
        const std::vector<OptionSpec> fields = {
            valueOption(QStringLiteral("username"), QStringLiteral("U"), "user"),
            valueOption(QStringLiteral("group"), QStringLiteral("G"), "group"),
            {QStringLiteral("generate"), Arity::OptionalValue, QStringLiteral("N"), "generate"},
        };
        return std::vector<Command>{
            {.name = QStringLiteral("init"),
             .options = {valueOption(QStringLiteral("kdf-memory"), QStringLiteral("MIB"), "memory"),
                         valueOption(QStringLiteral("kdf-iterations"), QStringLiteral("N"), "iterations")},
             .run = &noRun},
            {.name = QStringLiteral("ls"), .options = {ids}, .maxArguments = 1, .run = &noRun},
            {.name = QStringLiteral("search"),
             .options = {ids},
             .minArguments = 1,
             .maxArguments = -1,
             .run = &noRun},
            {.name = QStringLiteral("show"),
             .options = {valueOption(QStringLiteral("field"), QStringLiteral("F"), "field"),
                         flagOption(QStringLiteral("reveal"), "reveal")},
             .minArguments = 1,
             .maxArguments = 1,
             .run = &noRun},
            {.name = QStringLiteral("add"),
             .options = fields,
             .minArguments = 1,
             .maxArguments = 1,
             .run = &noRun},
            {.name = QStringLiteral("trash ls"), .options = {ids}, .run = &noRun},
            {.name = QStringLiteral("trash restore"), .minArguments = 1, .maxArguments = 1, .run = &noRun},
            {.name = QStringLiteral("generate"),
             .options = {valueOption(QStringLiteral("length"), QStringLiteral("N"), "length"),
                         flagOption(QStringLiteral("no-lower"), "no lower")},
             .run = &noRun},
            {.name = QStringLiteral("delivery set"),
             .options = {valueOption(QStringLiteral("port"), QStringLiteral("N"), "port")},
             .minArguments = 1,
             .maxArguments = 1,
             .run = &noRun},
            {.name = QStringLiteral("help"), .maxArguments = 2, .run = &noRun},
        };
    }();
    return table;
}

// Every option name of the table, each once.
const std::vector<const OptionSpec*>& allOptions()
{
    static const std::vector<const OptionSpec*> all = [] {
        std::vector<const OptionSpec*> out;
        auto add = [&](const OptionSpec& o) {
            for (const OptionSpec* seen : out)
                if (seen->name == o.name)
                    return;
            out.push_back(&o);
        };
        for (const OptionSpec& o : globals())
            add(o);
        for (const Command& c : commands())
            for (const OptionSpec& o : c.options)
                add(o);
        return out;
    }();
    return all;
}

bool takes(const Command& command, const QString& option)
{
    for (const OptionSpec& o : globals())
        if (o.name == option)
            return true;
    for (const OptionSpec& o : command.options)
        if (o.name == option)
            return true;
    return false;
}

void checkRefusal(const Error& error)
{
    if (error.code != ErrorCode::InvalidInput || error.message.isEmpty())
        std::abort();
}

void checkAccepted(const QStringList& args, const Arguments& parsed)
{
    const Command* command = parsed.command();
    const bool helpOrVersion = parsed.wantsHelp() || parsed.wantsVersion();
    if (!command && !helpOrVersion)
        std::abort(); // only --help and --version go without a command
    if (command && !helpOrVersion) {
        const qsizetype count = parsed.positionals().size();
        if (count < command->minArguments || (command->maxArguments >= 0 && count > command->maxArguments))
            std::abort();
        for (const OptionSpec* o : allOptions())
            if (parsed.has(o->name) && !takes(*command, o->name))
                std::abort();
        if (!args.contains(QStringLiteral("--")))
            for (const QString& word : parsed.positionals())
                if (word != u"-" && word.startsWith(u'-'))
                    std::abort(); // an option taken for an argument
    }
    for (const OptionSpec* o : allOptions()) {
        if (o->arity == Arity::Flag || !parsed.has(o->name))
            continue;
        Result<std::optional<int>> n = parsed.number(o->name, 1, 65535);
        if (!n)
            checkRefusal(n.error());
        else if (!n->has_value() || **n < 1 || **n > 65535)
            std::abort();
    }

    // The same command line, written out canonically.
    QStringList again;
    if (command)
        again << command->name.split(u' ');
    for (const OptionSpec* o : allOptions()) {
        if (!parsed.has(o->name))
            continue;
        if (o->arity == Arity::Flag)
            again << QStringLiteral("--") + o->name;
        else
            again << QStringLiteral("--%1=%2").arg(o->name, parsed.value(o->name));
    }
    again << QStringLiteral("--") << parsed.positionals();
    Result<Arguments> reparsed = Arguments::parse(again, commands(), globals());
    if (!reparsed || reparsed->command() != command || reparsed->positionals() != parsed.positionals())
        std::abort();
    for (const OptionSpec* o : allOptions())
        if (reparsed->has(o->name) != parsed.has(o->name) ||
            reparsed->value(o->name) != parsed.value(o->name))
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // argv as the system gives it: C strings (no NUL inside), the program's name first. No
    // input is no argument; "a\0" is "a" and an empty argument.
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> words{std::string("twofold-cli")};
    for (std::size_t from = 0; size > 0 && qsizetype(words.size()) <= kMaxArguments;) {
        const std::size_t stop = std::min(input.find('\0', from), size);
        words.emplace_back(input.substr(from, stop - from));
        if (stop == size)
            break;
        from = stop + 1;
    }
    std::vector<const char*> argv;
    for (const std::string& w : words)
        argv.push_back(w.c_str());
    argv.push_back(nullptr);

    const Status encoding = Arguments::checkEncoding(int(words.size()), argv.data());
    QStringList args;
    for (std::size_t i = 1; i < words.size(); ++i) {
        const QByteArray bytes(words[i].data(), qsizetype(words[i].size()));
        args << QString::fromUtf8(bytes);
        if (encoding && args.last().toUtf8() != bytes)
            std::abort(); // accepted, yet Qt read it as something else
    }
    if (!encoding)
        checkRefusal(encoding.error());

    // parse() is run on every list, whatever checkEncoding said: it must hold for any text.
    Result<Arguments> parsed = Arguments::parse(args, commands(), globals());
    if (!parsed)
        checkRefusal(parsed.error());
    else
        checkAccepted(args, *parsed);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    auto line = [](std::initializer_list<const char*> args) {
        QByteArray out;
        for (const char* a : args)
            out += QByteArray(a) + '\0';
        out.chop(1);
        return out;
    };
    return {
        line({"show", "GitHub", "--field", "password", "--reveal", "--vault", "/tmp/v.twofold"}),
        line({"--password-stdin", "add", "Bank", "--username=alice", "--generate=32", "--group", "A/B"}),
        line({"search", "mail", "--ids", "--", "--not-an-option", "-"}),
        line({"trash", "restore", "Old entry", "--method", "email", "--remember"}),
        line({"generate", "--length", "24", "--no-lower"}),
        line({"delivery", "set", "smtp", "--port", "587"}),
        line({"init", "--kdf-memory=256", "--kdf-iterations", "3"}),
        line({"help", "trash", "ls"}),
        line({"-h"}),
        line({"--version", "nonsense", "--bogus"}),
        line({"trash"}),
        line({"ls", "--ids", "--ids", "G1", "G2"}),
        line({"show", "caf\xc3\xa9", "--field=title"}),
        line({"show", "\xff\xfe", "--reveal=1"}),
    };
}
