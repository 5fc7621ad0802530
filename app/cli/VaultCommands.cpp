// The vault group: init, ls, search, show. Only init writes; the others open the vault
// read-only, so they create no file and work on a read-only or full disk.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "Printable.h"
#include "SignIn.h"
#include "crypto/Kdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

const QString kHiddenPassword = QStringLiteral("********");

// The names --field takes, in the order "show" lists them.
const QStringList& fieldNames()
{
    static const QStringList names = {
        QStringLiteral("title"), QStringLiteral("username"), QStringLiteral("password"),
        QStringLiteral("url"),   QStringLiteral("group"),    QStringLiteral("tags"),
        QStringLiteral("notes"), QStringLiteral("created"),  QStringLiteral("modified"),
        QStringLiteral("id"),
    };
    return names;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

Status runInit(Context& ctx)
{
    Result<std::optional<kdf::Params>> requested = kdfOptions(ctx);
    if (!requested)
        return requested.error();
    if (QFileInfo::exists(ctx.vaultPath))
        return Error(ErrorCode::FileWriteFailed,
                     Text::tr("There is already a file at %1: name another with --vault, or open that vault.")
                         .arg(QDir::toNativeSeparators(ctx.vaultPath)));

    // Once from the environment or standard input; twice (and rated aloud) at a terminal.
    Result<SecureBuffer> password =
        ctx.args.has(QStringLiteral("password-env"))
            ? askMasterPassword(ctx, QString())
            : ctx.prompter.askNewSecret(Text::tr("New master password: "), Text::tr("Type it again: "),
                                        Text::tr("the new master password"));
    if (!password)
        return password.error();
    if (Status strong = checkNewMasterPassword(ctx, *password); !strong)
        return strong;

    if (!*requested && ctx.prompter.isInteractive())
        console::err(Text::tr("Measuring this computer, so that unlocking takes about a second…"));
    const kdf::Params params = *requested ? **requested : kdf::calibrate();
    Result<std::unique_ptr<OpenVault>> created = OpenVault::create(ctx.vaultPath, *password, params);
    if (!created)
        return created.error();
    console::out(Text::tr("Created the vault %1.").arg(QDir::toNativeSeparators((*created)->path())));
    return {};
}

Status runLs(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    std::optional<QUuid> group;
    if (!ctx.args.positionals().isEmpty()) {
        Result<QUuid> g = vault.resolveGroup(ctx.args.positionals().constFirst());
        if (!g)
            return g.error();
        group = *g;
    }
    std::vector<int> indices;
    for (int i = 0; i < vault.entryCount(); ++i) {
        const Entry& e = vault.entryAt(i);
        if (!e.inTrash && (!group || isInGroup(vault, e.groupId, *group)))
            indices.push_back(i);
    }
    sortByTitle(vault, indices);
    printEntries(vault, indices, ctx.args.has(QStringLiteral("ids")));
    keepUntilExit(std::move(*open)); // wiped, not torn down, when the process ends
    return {};
}

Status runSearch(Context& ctx)
{
    const QString query = ctx.args.positionals().join(u' ');
    if (query.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("Say what to search for: twofold-cli search TERM."));
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    printEntries(vault, vault.search(query), ctx.args.has(QStringLiteral("ids")));
    keepUntilExit(std::move(*open)); // wiped, not torn down, when the process ends
    return {};
}

Status runShow(Context& ctx)
{
    const QString field = ctx.args.value(QStringLiteral("field"));
    if (ctx.args.has(QStringLiteral("field")) && !fieldNames().contains(field))
        return Error(ErrorCode::InvalidInput, Text::tr("There is no field \"%1\": name one of %2.")
                                                  .arg(field, fieldNames().join(QStringLiteral(", "))));
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().constFirst());
    if (!id)
        return id.error();
    const Entry& e = *vault.entry(*id);
    const bool reveal = ctx.args.has(QStringLiteral("reveal"));

    auto valueOf = [&](const QString& name) -> QString {
        if (name == u"title")
            return printable(e.title);
        if (name == u"username")
            return printable(e.username);
        if (name == u"url")
            return printable(e.url);
        if (name == u"group")
            return printable(vault.groupPath(e.groupId));
        if (name == u"notes")
            return printable(e.notes, Layout::Kept); // its lines stay lines
        if (name == u"created")
            return timeText(e.createdMs);
        if (name == u"modified")
            return timeText(e.modifiedMs);
        return e.id.toString(QUuid::WithoutBraces);
    };
    auto printPassword = [&](const QString& prefix) {
        const SecureBuffer password = vault.password(e);
        if (reveal)
            console::outSecret(password, prefix);
        else
            console::out(prefix + (password.isEmpty() ? QString() : kHiddenPassword));
    };

    if (!field.isEmpty()) {
        if (field == u"password")
            printPassword(QString());
        else if (field == u"tags")
            for (const QString& tag : e.tags)
                console::out(printable(tag));
        else
            console::out(valueOf(field));
        return {};
    }
    // Each value on its line, escaped (Printable.h), so no field can forge or hide a line.
    console::out(Text::tr("Title: %1").arg(printable(e.title)));
    console::out(Text::tr("User name: %1").arg(printable(e.username)));
    printPassword(Text::tr("Password: "));
    console::out(Text::tr("Web address: %1").arg(printable(e.url)));
    console::out(Text::tr("Group: %1").arg(printable(vault.groupPath(e.groupId))));
    console::out(Text::tr("Tags: %1").arg(printable(e.tags.join(QStringLiteral(", ")))));
    // Later lines of the notes are indented, so every line of the listing has its label.
    QStringList noteLines = e.notes.split(u'\n');
    for (QString& line : noteLines)
        line = printable(line);
    console::out(Text::tr("Notes: %1").arg(noteLines.join(QStringLiteral("\n  "))));
    console::out(Text::tr("Created: %1").arg(timeText(e.createdMs)));
    console::out(Text::tr("Modified: %1").arg(timeText(e.modifiedMs)));
    printEntryExtras(vault, e, reveal, ctx.args.has(QStringLiteral("history")));
    if (e.inTrash)
        console::out(Text::tr("In the trash since: %1").arg(timeText(e.trashedMs)));
    console::out(Text::tr("Id: %1").arg(e.id.toString(QUuid::WithoutBraces)));
    return {};
}

OptionSpec idsOption()
{
    return flagOption(QStringLiteral("ids"),
                      QT_TRANSLATE_NOOP("Twofold::Cli", "Print each entry's id, a tab, then its title"));
}

} // namespace

std::vector<Command> vaultCommands()
{
    return {
        {.name = QStringLiteral("init"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Create a new vault"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "Asks for the new master password twice at a terminal (once with "
                             "--password-stdin or --password-env) and refuses one that is too easy to "
                             "guess. The key derivation is tuned to this computer unless --kdf-memory or "
                             "--kdf-iterations is given (the other then keeps its default: 256 MiB, 3 "
                             "iterations)."),
         .options = {valueOption(QStringLiteral("kdf-memory"), QStringLiteral("MIB"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli",
                                                   "Memory of the key derivation (Argon2id), in MiB")),
                     valueOption(QStringLiteral("kdf-iterations"), QStringLiteral("N"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli", "Iterations of the key derivation"))},
         .run = &runInit},
        {.name = QStringLiteral("ls"),
         .arguments = QStringLiteral("[GROUP]"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "List the entries by title (of GROUP and its subgroups)"),
         .details =
             QT_TRANSLATE_NOOP("Twofold::Cli", "GROUP is a path \"A/B\" or an id. Entries in the trash are "
                                               "left out (see \"trash ls\")."),
         .options = {idsOption()},
         .maxArguments = 1,
         .run = &runLs},
        {.name = QStringLiteral("search"),
         .arguments = QStringLiteral("TERM..."),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "List the entries whose title, user name, web address, tags "
                                               "or notes hold every term"),
         .details = QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Case and accents do not matter. Entries in the trash are left out."),
         .options = {idsOption()},
         .minArguments = 1,
         .maxArguments = -1,
         .run = &runSearch},
        {.name = QStringLiteral("show"),
         .arguments = QStringLiteral("ENTRY"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Show an entry (the password as ******** unless --reveal)"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli",
             "With --field, only that field's value is printed (tags one a line): \"show "
             "ENTRY --field password --reveal\" prints the password alone. Control characters in any "
             "value, the password too, are printed as escapes (\\e, \\a, \\r, \\x00, \\u202e), "
             "so no entry can drive the terminal."),
         .options = {valueOption(QStringLiteral("field"), QStringLiteral("F"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli",
                                                   "Print only this field: title, username, "
                                                   "password, url, group, tags, notes, created, "
                                                   "modified or id")),
                     flagOption(QStringLiteral("reveal"),
                                QT_TRANSLATE_NOOP("Twofold::Cli", "Print the password itself")),
                     flagOption(QStringLiteral("history"),
                                QT_TRANSLATE_NOOP("Twofold::Cli", "Also list the older passwords"))},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runShow},
    };
}

} // namespace twofold::cli
