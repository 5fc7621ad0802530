// The generate group: a random password or passphrase on standard output. Needs no vault.
#include "Arguments.h"
#include "Commands.h"
#include "Console.h"
#include "crypto/PasswordGenerator.h"

#include <QCoreApplication>

#include <climits>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

const QStringList kCharacterOptions = {QStringLiteral("no-lower"), QStringLiteral("no-upper"),
                                       QStringLiteral("no-digits"), QStringLiteral("no-symbols"),
                                       QStringLiteral("no-look-alikes")};
const QStringList kPassphraseOptions = {QStringLiteral("separator"), QStringLiteral("capitalise")};

Status runGenerate(Context& ctx)
{
    const Arguments& args = ctx.args;
    const bool passphrase = args.has(QStringLiteral("words"));
    if (passphrase && args.has(QStringLiteral("length")))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("Give --length for a password or --words for a passphrase, not both."));
    for (const QString& option : passphrase ? kCharacterOptions : kPassphraseOptions)
        if (args.has(option))
            return Error(
                ErrorCode::InvalidInput,
                passphrase ? Text::tr("The option --%1 applies to passwords, not to passphrases (--words).")
                                 .arg(option)
                           : Text::tr("The option --%1 applies to passphrases: add --words N.").arg(option));

    // Only the number's form is checked here; the generator refuses what it cannot make.
    Result<std::optional<int>> count =
        args.number(passphrase ? QStringLiteral("words") : QStringLiteral("length"), INT_MIN, INT_MAX);
    if (!count)
        return count.error();
    const PasswordGenerator generator;
    auto make = [&]() -> Result<SecureBuffer> {
        if (passphrase) {
            PassphraseOptions options;
            options.words = **count;
            if (args.has(QStringLiteral("separator")))
                options.separator = args.value(QStringLiteral("separator"));
            options.capitalise = args.has(QStringLiteral("capitalise"));
            return generator.passphrase(options);
        }
        CharacterOptions options;
        options.length = count->value_or(kDefaultGeneratedLength);
        options.lower = !args.has(QStringLiteral("no-lower"));
        options.upper = !args.has(QStringLiteral("no-upper"));
        options.digits = !args.has(QStringLiteral("no-digits"));
        options.symbols = !args.has(QStringLiteral("no-symbols"));
        options.excludeLookAlikes = args.has(QStringLiteral("no-look-alikes"));
        return generator.characters(options);
    };
    Result<SecureBuffer> secret = make();
    if (!secret)
        return secret.error();
    console::outSecret(*secret);
    return {};
}

} // namespace

std::vector<Command> generateCommands()
{
    return {
        {.name = QStringLiteral("generate"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Print a random password or passphrase"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "A password of 20 characters with lower and upper case letters, digits and "
                             "symbols (at least one of each) unless told otherwise; with --words, a "
                             "passphrase of words from the EFF large word list."),
         .options =
             {valueOption(
                  QStringLiteral("length"), QStringLiteral("N"),
                  QT_TRANSLATE_NOOP("Twofold::Cli", "A password of N characters (8 to 128; default 20)")),
              valueOption(QStringLiteral("words"), QStringLiteral("N"),
                          QT_TRANSLATE_NOOP("Twofold::Cli", "A passphrase of N words (3 to 20) instead")),
              flagOption(QStringLiteral("no-lower"),
                         QT_TRANSLATE_NOOP("Twofold::Cli", "No lower-case letters")),
              flagOption(QStringLiteral("no-upper"),
                         QT_TRANSLATE_NOOP("Twofold::Cli", "No upper-case letters")),
              flagOption(QStringLiteral("no-digits"), QT_TRANSLATE_NOOP("Twofold::Cli", "No digits")),
              flagOption(QStringLiteral("no-symbols"), QT_TRANSLATE_NOOP("Twofold::Cli", "No symbols")),
              flagOption(
                  QStringLiteral("no-look-alikes"),
                  QT_TRANSLATE_NOOP("Twofold::Cli",
                                    "Leave out characters easily mistaken for others (I l 1 | O 0 o)")),
              valueOption(QStringLiteral("separator"), QStringLiteral("S"),
                          QT_TRANSLATE_NOOP("Twofold::Cli", "Put S between the words (default \"-\")")),
              flagOption(QStringLiteral("capitalise"),
                         QT_TRANSLATE_NOOP("Twofold::Cli", "Start each word with a capital letter"))},
         .run = &runGenerate},
    };
}

} // namespace twofold::cli
