// The attachment group: files kept with an entry, sealed in the vault file and read only when
// asked for. attachment add ENTRY FILE..., attachment ls ENTRY, attachment save ENTRY NAME
// [FILE], attachment rm ENTRY NAME.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "Printable.h"
#include "SignIn.h"
#include "io/Exporters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The content of the file at path, refused with a sentence when it cannot be an attachment.
Result<QByteArray> readAttachmentFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::FileNotFound, Text::tr("There is no file at %1.").arg(native(path)));
    if (info.isDir())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("%1 is a folder; attach the files in it one by one.").arg(native(path)));
    if (info.size() > kMaxAttachmentBytes)
        return Error(ErrorCode::InvalidInput, Text::tr("%1 is %2; an attachment can be at most %3 MiB.")
                                                  .arg(native(path), sizeText(info.size()))
                                                  .arg(kMaxAttachmentBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied
                                                                   : ErrorCode::FileReadFailed,
                     Text::tr("%1 could not be read: %2.").arg(native(path), file.errorString()));
    QByteArray bytes = file.read(kMaxAttachmentBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::FileReadFailed,
                     Text::tr("%1 could not be read: %2.").arg(native(path), file.errorString()));
    if (bytes.size() > kMaxAttachmentBytes) // it grew since
        return Error(ErrorCode::InvalidInput,
                     Text::tr("%1 is larger than %2 MiB, the most an attachment can be.")
                         .arg(native(path))
                         .arg(kMaxAttachmentBytes >> 20));
    return bytes;
}

Status runAttachmentAdd(Context& ctx)
{
    const QStringList files = ctx.args.positionals().mid(1);
    const QString name = ctx.args.value(QStringLiteral("name"));
    if (!name.isEmpty() && files.size() > 1)
        return Error(ErrorCode::InvalidInput, Text::tr("--name names one file; give one FILE with it."));
    // Every file is read and checked before the vault is opened, so a bad one changes nothing.
    std::vector<QByteArray> contents;
    for (const QString& path : files) {
        Result<QByteArray> bytes = readAttachmentFile(path);
        if (!bytes)
            return bytes.error();
        contents.push_back(std::move(bytes).value());
    }
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().at(0));
    if (!id)
        return id.error();
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const QString as = name.isEmpty() ? QFileInfo(files.at(qsizetype(i))).fileName() : name;
        if (Result<QByteArray> added = vault.addAttachment(*id, as, contents[i]); !added)
            return added.error(); // nothing saved: the vault file is as it was
    }
    if (Status s = saveAndPush(**open); !s)
        return s;
    const Entry& e = *vault.entry(*id);
    for (std::size_t i = e.attachments.size() - contents.size(); i < e.attachments.size(); ++i)
        console::out(Text::tr("Attached \"%1\" (%2) to \"%3\".")
                         .arg(e.attachments[i].name, sizeText(e.attachments[i].size), e.title));
    return {};
}

Status runAttachmentList(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().at(0));
    if (!id)
        return id.error();
    const Entry& e = *vault.entry(*id);
    if (e.attachments.empty())
        console::err(Text::tr("\"%1\" has no attachments.").arg(e.title));
    for (std::size_t i = 0; i < e.attachments.size(); ++i) {
        const Attachment& a = e.attachments[i];
        console::out(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(i + 1)
                         .arg(printable(a.name), sizeText(a.size),
                              QDateTime::fromMSecsSinceEpoch(a.addedMs).toUTC().toString(Qt::ISODate)));
    }
    keepUntilExit(std::move(open).value());
    return {};
}

Status runAttachmentSave(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().at(0));
    if (!id)
        return id.error();
    const Entry& e = *vault.entry(*id);
    Result<const Attachment*> a = vault.resolveAttachment(e, ctx.args.positionals().at(1));
    if (!a)
        return a.error();
    // Without FILE: the attachment's own name in the current folder (its last path part only,
    // so a name such as "../x" cannot write elsewhere).
    QString target =
        ctx.args.positionals().size() > 2 ? ctx.args.positionals().at(2) : QFileInfo((*a)->name).fileName();
    if (target.isEmpty() || target == QStringLiteral(".") || target == QStringLiteral(".."))
        target = QStringLiteral("attachment");
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(QFileInfo((*a)->name).fileName());
    if (QFileInfo::exists(target) && !ctx.args.has(QStringLiteral("force")))
        return Error(ErrorCode::FileWriteFailed,
                     Text::tr("There is already a file at %1: give another FILE, or --force to replace it.")
                         .arg(native(target)));
    Result<SecureBuffer> content = vault.attachmentContent(**a);
    if (!content)
        return content.error();
    // Written 0600 from the start; the content is not copied out of secure memory.
    const QByteArray raw =
        QByteArray::fromRawData(reinterpret_cast<const char*>(content->data()), qsizetype(content->size()));
    if (Status s = io::writePrivateFile(target, raw); !s)
        return s;
    console::out(Text::tr("Saved \"%1\" (%2) to %3 (readable only by you).")
                     .arg((*a)->name, sizeText((*a)->size), native(target)));
    keepUntilExit(std::move(open).value());
    return {};
}

Status runAttachmentRemove(Context& ctx)
{
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().at(0));
    if (!id)
        return id.error();
    Result<const Attachment*> a = vault.resolveAttachment(*vault.entry(*id), ctx.args.positionals().at(1));
    if (!a)
        return a.error();
    const QString name = (*a)->name;
    if (Status s = vault.removeAttachment(*id, (*a)->id); !s)
        return s;
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(Text::tr("Removed \"%1\" from \"%2\".").arg(name, vault.entry(*id)->title));
    return {};
}

} // namespace

std::vector<Command> attachmentCommands()
{
    return {
        {.name = QStringLiteral("attachment add"),
         .arguments = QStringLiteral("ENTRY FILE..."),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Keep files with an entry, encrypted in the vault"),
         .details = QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Each file can be at most 16 MiB, and an entry can have 100. They are "
                                      "read from the vault only when you save one."),
         .options = {valueOption(
             QStringLiteral("name"), QStringLiteral("NAME"),
             QT_TRANSLATE_NOOP("Twofold::Cli", "The attachment's name (default: the file's name)"))},
         .minArguments = 2,
         .maxArguments = -1,
         .run = &runAttachmentAdd},
        {.name = QStringLiteral("attachment ls"),
         .arguments = QStringLiteral("ENTRY"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "List an entry's attachments: number, name, size, added"),
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runAttachmentList},
        {.name = QStringLiteral("attachment save"),
         .arguments = QStringLiteral("ENTRY NAME [FILE]"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Write an attachment to a file"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "NAME is the attachment's name or its number in \"attachment ls\". "
                             "Without FILE, it is saved under its name in the current folder. The "
                             "file is readable only by you; an existing file is kept unless --force."),
         .options = {flagOption(QStringLiteral("force"),
                                QT_TRANSLATE_NOOP("Twofold::Cli", "Replace a file that is already there"))},
         .minArguments = 2,
         .maxArguments = 3,
         .run = &runAttachmentSave},
        {.name = QStringLiteral("attachment rm"),
         .arguments = QStringLiteral("ENTRY NAME"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Remove an attachment from an entry"),
         .minArguments = 2,
         .maxArguments = 2,
         .run = &runAttachmentRemove},
    };
}

} // namespace twofold::cli
