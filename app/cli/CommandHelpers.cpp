#include "CommandHelpers.h"

#include "Arguments.h"
#include "Console.h"
#include "Printable.h"
#include "crypto/PasswordGenerator.h"
#include "crypto/PasswordStrength.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace twofold::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

std::unique_ptr<OpenVault>& keptVault()
{
    static std::unique_ptr<OpenVault> kept;
    return kept;
}
} // namespace

void keepUntilExit(std::unique_ptr<OpenVault> vault)
{
    keptVault() = std::move(vault);
}

void finishReadOnly(int status)
{
    if (!keptVault())
        return;
    // Secrets are wiped explicitly (sodium_free) before leaving; the rest is plain text the
    // system reclaims with the process. Read-only: there is nothing to save or unlock (a
    // read-only open takes no lock file), and stdout/stderr are flushed here.
    keptVault()->wipeSecrets();
    console::flush();
    std::_Exit(status);
}

void sortByTitle(const Vault& vault, std::vector<int>& indices)
{
    std::sort(indices.begin(), indices.end(), [&](int a, int b) {
        const Entry& x = vault.entryAt(a);
        const Entry& y = vault.entryAt(b);
        if (const int c = x.title.compare(y.title, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = x.title.compare(y.title); c != 0)
            return c < 0;
        return x.id < y.id;
    });
}

void printEntries(const Vault& vault, const std::vector<int>& indices, bool withIds)
{
    for (int i : indices) {
        const Entry& e = vault.entryAt(i);
        const QString title = printable(e.title); // one line, whatever the title holds
        console::out(withIds ? e.id.toString(QUuid::WithoutBraces) + u'\t' + title : title);
    }
}

bool isInGroup(const Vault& vault, QUuid groupId, const QUuid& ancestor)
{
    // Bounded walk up the parents, in case a damaged vault holds a loop.
    for (std::size_t depth = 0; depth <= vault.groups().size() && !groupId.isNull(); ++depth) {
        if (groupId == ancestor)
            return true;
        const Group* g = vault.group(groupId);
        if (!g)
            return false;
        groupId = g->parentId;
    }
    return false;
}

Result<QUuid> resolveInTrash(const Vault& vault, const QString& titleOrId)
{
    const QUuid asId = QUuid::fromString(titleOrId);
    if (const Entry* e = asId.isNull() ? nullptr : vault.entry(asId); e && e->inTrash)
        return asId;
    QUuid found;
    int matches = 0;
    for (const Entry& e : vault.entries())
        if (e.inTrash && e.title == titleOrId) {
            found = e.id;
            ++matches;
        }
    if (matches == 1)
        return found;
    if (matches > 1)
        return Error(ErrorCode::InvalidInput, Text::tr("%1 entries in the trash are called \"%2\": name one "
                                                       "by its id (shown by \"trash ls --ids\").")
                                                  .arg(matches)
                                                  .arg(titleOrId));
    return Error(ErrorCode::NotFound,
                 Text::tr("There is no entry called \"%1\" in the trash.").arg(titleOrId));
}

bool titleTaken(const Vault& vault, const QString& title, const QUuid& except)
{
    return std::any_of(vault.entries().begin(), vault.entries().end(),
                       [&](const Entry& e) { return !e.inTrash && e.id != except && e.title == title; });
}

Result<QUuid> ensureGroup(Vault& vault, const QString& path)
{
    if (Result<QUuid> existing = vault.resolveGroup(path); existing)
        return existing;
    QUuid parent;
    QString walked;
    for (const QString& part : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + name;
        if (Result<QUuid> g = vault.resolveGroup(walked); g) {
            parent = *g;
            continue;
        }
        Result<QUuid> added = vault.addGroup(name, parent);
        if (!added)
            return added.error();
        parent = *added;
    }
    return parent;
}

QStringList parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& tag : text.split(u','))
        if (const QString t = tag.trimmed(); !t.isEmpty() && !tags.contains(t))
            tags << t;
    return tags;
}

Result<std::optional<int>> generateLength(const Arguments& args)
{
    const QString option = QStringLiteral("generate");
    if (!args.has(option))
        return std::optional<int>();
    if (args.value(option).isEmpty())
        return std::optional<int>(kDefaultGeneratedLength);
    Result<std::optional<int>> length = args.number(option, INT_MIN, INT_MAX);
    if (!length)
        return length;
    CharacterOptions options;
    options.length = **length;
    if (Status s = PasswordGenerator::check(options); !s)
        return s.error();
    return length;
}

Status fillCommonFields(const Arguments& args, Vault& vault, EntryFields& fields)
{
    if (args.has(QStringLiteral("username")))
        fields.username = args.value(QStringLiteral("username"));
    if (args.has(QStringLiteral("url")))
        fields.url = args.value(QStringLiteral("url"));
    if (args.has(QStringLiteral("notes")))
        fields.notes = args.value(QStringLiteral("notes"));
    if (args.has(QStringLiteral("tags")))
        fields.tags = parseTags(args.value(QStringLiteral("tags")));
    if (args.has(QStringLiteral("group"))) {
        Result<QUuid> group = ensureGroup(vault, args.value(QStringLiteral("group")));
        if (!group)
            return group.error();
        fields.groupId = *group;
    }
    return {};
}

std::vector<OptionSpec> entryFieldOptions()
{
    return {
        valueOption(QStringLiteral("username"), QStringLiteral("U"),
                    QT_TRANSLATE_NOOP("Twofold::Cli", "The user name")),
        valueOption(QStringLiteral("url"), QStringLiteral("U"),
                    QT_TRANSLATE_NOOP("Twofold::Cli", "The web address")),
        valueOption(QStringLiteral("notes"), QStringLiteral("N"),
                    QT_TRANSLATE_NOOP("Twofold::Cli", "The notes")),
        valueOption(QStringLiteral("tags"), QStringLiteral("a,b"),
                    QT_TRANSLATE_NOOP("Twofold::Cli", "The tags, separated by commas (\"\" for none)")),
        valueOption(QStringLiteral("group"), QStringLiteral("G"),
                    QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "The group, as a path \"A/B\" (created if missing; \"\" for "
                                      "the top)")),
        {QStringLiteral("generate"), Arity::OptionalValue, QStringLiteral("N"),
         QT_TRANSLATE_NOOP("Twofold::Cli",
                           "Set a random password of N characters (default 20) instead of asking")},
        otpOption(),
    };
}

Status checkTypableMasterPassword(const SecureBuffer& password)
{
    if (const std::optional<qsizetype> at = firstInvalidUtf8(password.view()))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The new master password is not UTF-8 text (its byte %1 is not valid there): "
                              "choose one you can type on any keyboard.")
                         .arg(*at + 1));
    if (const std::optional<char32_t> c = firstUntypable(password.view()))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The new master password holds %1, a control character or noncharacter that "
                              "a keyboard cannot type: choose one you can type wherever you unlock the "
                              "vault.")
                         .arg(codePointName(*c)));
    return {};
}

QString refusalSentence(const Error& error)
{
    static const char* const kKeptOpen = " Your changes are still open: nothing was lost.";
    const QString keptOpen = QCoreApplication::translate("Twofold::AtomicFile", kKeptOpen);
    const QString whatIsTrue =
        u' ' +
        Text::tr("twofold-cli has ended without the change: the vault file is as it was before it. Run the "
                 "command again once that is fixed.");
    QString message = error.message;
    message.replace(keptOpen, whatIsTrue);
    message.replace(QString::fromLatin1(kKeptOpen), whatIsTrue);
    return message;
}

Status checkNewMasterPassword(Context& ctx, const SecureBuffer& password, const QStringList& context)
{
    if (Status typable = checkTypableMasterPassword(password); !typable)
        return typable;
    QString text = password.toStringUnsafe(); // known leak, short-lived: zxcvbn needs the text
    const PasswordStrength strength = ratePassword(text, context);
    wipe(text);
    if (!strength.acceptable)
        return Error(ErrorCode::InvalidInput, strength.verdict);
    if (ctx.prompter.isInteractive())
        console::err(Text::tr("Strength: %1").arg(strength.verdict));
    return {};
}

Result<std::optional<kdf::Params>> kdfOptions(Context& ctx)
{
    Result<std::optional<int>> memoryMiB = ctx.args.number(
        QStringLiteral("kdf-memory"), 1, int(kdf::kMaxMemoryKiB / 1024),
        Text::tr("The option --kdf-memory must be between 1 and %1 MiB.").arg(kdf::kMaxMemoryKiB / 1024));
    if (!memoryMiB)
        return memoryMiB.error();
    Result<std::optional<int>> iterations =
        ctx.args.number(QStringLiteral("kdf-iterations"), int(kdf::kMinIterations), int(kdf::kMaxIterations));
    if (!iterations)
        return iterations.error();
    if (!*memoryMiB && !*iterations)
        return std::optional<kdf::Params>();
    const kdf::Params requested{*iterations ? quint32(**iterations) : kdf::Params().iterations,
                                *memoryMiB ? quint32(**memoryMiB) * 1024u : kdf::Params().memoryKiB};
    if (!kdf::withinBounds(requested))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("--kdf-memory times --kdf-iterations may be at most %1 (MiB times passes): "
                              "more would make every unlock take minutes.")
                         .arg(kdf::kMaxWorkKiB / 1024));
    return std::optional<kdf::Params>(requested);
}

} // namespace twofold::cli
