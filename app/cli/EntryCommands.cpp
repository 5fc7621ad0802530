// The entry group: add, edit, rm and the trash. Each opens the vault for writing (taking
// its lock), changes it in memory and saves once at the end.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "Printable.h"
#include "SignIn.h"
#include "crypto/PasswordGenerator.h"

#include <QCoreApplication>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

Error titleInUse(const QString& title)
{
    return Error(ErrorCode::InvalidInput,
                 Text::tr("There is already an entry called \"%1\": choose another title, or "
                          "change that entry with \"twofold-cli edit\".")
                     .arg(printable(title)));
}

// The entry's new password: generated (length given) or asked (twice at a terminal).
Result<SecureBuffer> newEntryPassword(Context& ctx, std::optional<int> generateLength, const QString& title)
{
    if (generateLength) {
        CharacterOptions options;
        options.length = *generateLength;
        return PasswordGenerator().characters(options);
    }
    return ctx.prompter.askNewSecret(Text::tr("Password for \"%1\": ").arg(printable(title)),
                                     Text::tr("Type it again: "), Text::tr("the entry's password"));
}

Status runAdd(Context& ctx)
{
    const QString title = ctx.args.positionals().constFirst();
    if (title.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("An entry needs a title."));
    Result<std::optional<int>> length = generateLength(ctx.args);
    if (!length)
        return length.error();
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    if (titleTaken(vault, title))
        return titleInUse(title);

    EntryFields fields;
    fields.title = title;
    if (Status s = fillCommonFields(ctx.args, vault, fields); !s)
        return s;
    Result<SecureBuffer> password = newEntryPassword(ctx, *length, title);
    if (!password)
        return password.error();
    fields.password = std::move(password).value();
    if (ctx.args.has(QStringLiteral("otp"))) {
        Result<SecureBuffer> uri = otpUriOption(ctx);
        if (!uri)
            return uri.error();
        fields.otpUri = std::move(uri).value();
    }
    if (Result<QUuid> id = vault.addEntry(std::move(fields)); !id)
        return id.error();
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(Text::tr("Added \"%1\".").arg(printable(title)));
    return {};
}

Status runEdit(Context& ctx)
{
    static const QStringList changes = {
        QStringLiteral("title"),    QStringLiteral("username"),     QStringLiteral("url"),
        QStringLiteral("notes"),    QStringLiteral("tags"),         QStringLiteral("group"),
        QStringLiteral("generate"), QStringLiteral("ask-password"), QStringLiteral("otp")};
    if (std::none_of(changes.begin(), changes.end(), [&](const QString& o) { return ctx.args.has(o); }))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("Say what to change, for example --username U (see twofold-cli help edit)."));
    if (ctx.args.has(QStringLiteral("generate")) && ctx.args.has(QStringLiteral("ask-password")))
        return Error(ErrorCode::InvalidInput, Text::tr("Give --generate or --ask-password, not both."));
    const QString newTitle = ctx.args.value(QStringLiteral("title"));
    if (ctx.args.has(QStringLiteral("title")) && newTitle.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("An entry needs a title."));
    Result<std::optional<int>> length = generateLength(ctx.args);
    if (!length)
        return length.error();

    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().constFirst());
    if (!id)
        return id.error();
    EntryFields fields;
    if (ctx.args.has(QStringLiteral("title"))) {
        if (titleTaken(vault, newTitle, *id))
            return titleInUse(newTitle);
        fields.title = newTitle;
    }
    if (Status s = fillCommonFields(ctx.args, vault, fields); !s)
        return s;
    const QString title = fields.title.value_or(vault.entry(*id)->title);
    if (*length || ctx.args.has(QStringLiteral("ask-password"))) {
        Result<SecureBuffer> password = newEntryPassword(ctx, *length, title);
        if (!password)
            return password.error();
        fields.password = std::move(password).value();
    }
    if (ctx.args.has(QStringLiteral("otp"))) {
        if (ctx.args.value(QStringLiteral("otp")).isEmpty()) {
            fields.otpUri = SecureBuffer(); // --otp "" removes it
        } else {
            Result<SecureBuffer> uri = otpUriOption(ctx);
            if (!uri)
                return uri.error();
            fields.otpUri = std::move(uri).value();
        }
    }
    if (Status s = vault.updateEntry(*id, std::move(fields)); !s)
        return s;
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(Text::tr("Changed \"%1\".").arg(printable(title)));
    return {};
}

Status runRm(Context& ctx)
{
    const bool permanent = ctx.args.has(QStringLiteral("permanent"));
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    const QString name = ctx.args.positionals().constFirst();
    Result<QUuid> id = vault.resolve(name);
    if (!id && id.error().code == ErrorCode::NotFound && permanent)
        id = resolveInTrash(vault, name);
    if (!id)
        return id.error();
    const QString title = printable(vault.entry(*id)->title);
    if (permanent) {
        if (Status s = vault.deleteEntry(*id); !s)
            return s;
    } else {
        if (vault.entry(*id)->inTrash)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" is already in the trash: \"rm --permanent\" deletes it "
                                  "for good.")
                             .arg(title));
        if (Status s = vault.moveToTrash(*id); !s)
            return s;
    }
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(permanent ? Text::tr("Deleted \"%1\" for good.").arg(title)
                           : Text::tr("Moved \"%1\" to the trash.").arg(title));
    return {};
}

Status runTrashLs(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    std::vector<int> indices;
    for (int i = 0; i < vault.entryCount(); ++i)
        if (vault.entryAt(i).inTrash)
            indices.push_back(i);
    sortByTitle(vault, indices);
    printEntries(vault, indices, ctx.args.has(QStringLiteral("ids")));
    return {};
}

Status runTrashRestore(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    Result<QUuid> id = resolveInTrash(vault, ctx.args.positionals().constFirst());
    if (!id)
        return id.error();
    if (Status s = vault.restoreFromTrash(*id); !s)
        return s;
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(Text::tr("Restored \"%1\".").arg(printable(vault.entry(*id)->title)));
    return {};
}

Status runTrashEmpty(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    const int deleted = (*open)->vault().emptyTrash();
    if (deleted == 0) {
        console::out(Text::tr("The trash is already empty."));
        return {};
    }
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(deleted == 1 ? Text::tr("Deleted 1 entry for good.")
                              : Text::tr("Deleted %1 entries for good.").arg(deleted));
    return {};
}

} // namespace

std::vector<Command> entryCommands()
{
    std::vector<OptionSpec> editOptions = {valueOption(QStringLiteral("title"), QStringLiteral("T"),
                                                       QT_TRANSLATE_NOOP("Twofold::Cli", "The new title"))};
    for (OptionSpec& o : entryFieldOptions())
        editOptions.push_back(std::move(o));
    editOptions.push_back(
        flagOption(QStringLiteral("ask-password"),
                   QT_TRANSLATE_NOOP("Twofold::Cli", "Ask for a new password (the next line of "
                                                     "standard input with --password-stdin)")));
    const OptionSpec ids =
        flagOption(QStringLiteral("ids"),
                   QT_TRANSLATE_NOOP("Twofold::Cli", "Print each entry's id, a tab, then its title"));
    return {
        {.name = QStringLiteral("add"),
         .arguments = QStringLiteral("TITLE"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Add an entry"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "Without --generate, asks for the entry's password (twice at a terminal; the "
                             "line after the master password with --password-stdin)."),
         .options = entryFieldOptions(),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAdd},
        {.name = QStringLiteral("edit"),
         .arguments = QStringLiteral("ENTRY"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Change an entry"),
         .details =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Only the fields named by options change; the old password "
                                               "is kept in the entry's history."),
         .options = editOptions,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runEdit},
        {.name = QStringLiteral("rm"),
         .arguments = QStringLiteral("ENTRY"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Move an entry to the trash"),
         .options = {flagOption(QStringLiteral("permanent"),
                                QT_TRANSLATE_NOOP("Twofold::Cli", "Delete it for good instead (also an entry "
                                                                  "already in the trash)"))},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runRm},
        {.name = QStringLiteral("trash ls"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "List the entries in the trash"),
         .options = {ids},
         .run = &runTrashLs},
        {.name = QStringLiteral("trash restore"),
         .arguments = QStringLiteral("ENTRY"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Take an entry out of the trash"),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runTrashRestore},
        {.name = QStringLiteral("trash empty"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Delete every entry in the trash for good"),
         .run = &runTrashEmpty},
    };
}

} // namespace twofold::cli
