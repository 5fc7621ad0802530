// The import/export group: import FORMAT FILE, export FORMAT FILE, and the password history
// (show --history prints it through printEntryExtras; history restore brings a version back).
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "Printable.h"
#include "SignIn.h"
#include "io/Exporters.h"
#include "io/Formats.h"
#include "io/ImportMerge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <functional>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

Result<QByteArray> readInput(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Error(ErrorCode::FileNotFound, Text::tr("There is no file %1.").arg(path));
    if (f.size() > io::kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, io::text::tooLarge());
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileReadFailed,
                     Text::tr("%1 cannot be read: %2.").arg(path, f.errorString()));
    return f.readAll();
}

// Every format but a zip (1pux) and XML (which names its own encoding) is read as UTF-8 text.
bool isUtf8Text(io::ImportFormat format)
{
    return format != io::ImportFormat::OnePassword1pux && format != io::ImportFormat::KeePassXml;
}

// Refuses a text file that is not UTF-8 (the importers would put U+FFFD in its place unseen),
// naming the line: not the byte, which may be part of a password.
Status checkUtf8File(const QByteArray& bytes, const QString& path)
{
    const std::optional<qsizetype> at = firstInvalidUtf8(bytes);
    if (!at)
        return {};
    return Error(ErrorCode::InvalidInput,
                 Text::tr("%1 is not UTF-8 text: its line %2 holds a byte that is not valid there. Save the "
                          "file as UTF-8 and import it again; nothing was imported.")
                     .arg(printable(path))
                     .arg(QByteArrayView(bytes).first(*at).count('\n') + 1));
}

Status runImport(Context& ctx)
{
    const QString formatName = ctx.args.positionals().at(0);
    const QString path = ctx.args.positionals().at(1);
    bool isAuto = false;
    std::optional<io::ImportFormat> format = io::importFormatFromName(formatName, &isAuto);
    if (!format && !isAuto)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("There is no import format \"%1\": name one of auto, %2.")
                         .arg(formatName, io::importFormatNames().join(QStringLiteral(", "))));
    io::DuplicatePolicy policy = io::DuplicatePolicy::Skip;
    if (ctx.args.has(QStringLiteral("duplicates"))) {
        const QString d = ctx.args.value(QStringLiteral("duplicates"));
        if (d == u"skip")
            policy = io::DuplicatePolicy::Skip;
        else if (d == u"keep")
            policy = io::DuplicatePolicy::KeepBoth;
        else if (d == u"update")
            policy = io::DuplicatePolicy::Update;
        else
            return Error(ErrorCode::InvalidInput,
                         Text::tr("The option --duplicates takes skip, keep or update."));
    }
    Result<QByteArray> bytes = readInput(path);
    if (!bytes)
        return bytes.error();
    if (!format) {
        Result<io::ImportFormat> guessed = io::detectImportFormat(*bytes);
        if (!guessed)
            return guessed.error();
        format = *guessed;
    }
    if (isUtf8Text(*format))
        if (Status utf8 = checkUtf8File(*bytes, path); !utf8)
            return utf8;
    // Parsed before signing in: a malformed file is refused with nothing written.
    Result<io::ImportData> data = io::importBytes(*format, *bytes);
    // The file's passwords in the clear: wiped and let go before the vault is opened, so they
    // are not in memory (nor in its peak) while the entries are merged and saved.
    bytes->fill('\0');
    *bytes = QByteArray();
    if (!data)
        return data.error();
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    QStringList kinds;
    for (int k = 0; k < kEntryKindCount; ++k)
        if (const int n = data->countOf(EntryKind(k)))
            kinds.append(QStringLiteral("%1: %2").arg(kindLabel(EntryKind(k))).arg(n));
    const QStringList skipped = data->skipped;
    const io::MergeSummary summary = io::mergeInto((*open)->vault(), std::move(data).value(), policy);
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(Text::tr("Imported %1 entries from %2 (%3).")
                     .arg(summary.added + summary.updated)
                     .arg(printable(QFileInfo(path).fileName()), io::importFormatLabel(*format)));
    console::out(Text::tr("%1 added, %2 updated, %3 duplicates skipped; in the file: %4.")
                     .arg(summary.added)
                     .arg(summary.updated)
                     .arg(summary.skippedDuplicates)
                     .arg(kinds.isEmpty() ? Text::tr("none") : kinds.join(QStringLiteral(", "))));
    for (const QString& line : skipped)
        console::out(Text::tr("Skipped: %1").arg(printable(line)));
    return {};
}

// Asks "Write N entries unencrypted to FILE? [y/N]"; true only for y or yes.
Result<bool> confirmPlain(Context& ctx, int count, const QString& path)
{
    Result<SecureBuffer> answer =
        ctx.prompter.askCode(Text::tr("Write %L1 entries unencrypted to %2? [y/N] ").arg(count).arg(path),
                             Text::tr("the answer to the question"));
    if (!answer)
        return answer.error();
    const QByteArray a = answer->view().toByteArray().trimmed().toLower();
    return a == "y" || a == "yes";
}

Status runExport(Context& ctx)
{
    const QString formatName = ctx.args.positionals().at(0);
    const QString path = ctx.args.positionals().at(1);
    const std::optional<io::ExportFormat> format = io::exportFormatFromName(formatName);
    if (!format)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("There is no export format \"%1\": name one of %2.")
                         .arg(formatName, io::exportFormatNames().join(QStringLiteral(", "))));
    const bool encrypted = *format == io::ExportFormat::TwofoldJson && !ctx.args.has(QStringLiteral("plain"));
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadOnly);
    if (!open)
        return open.error();
    const Vault& vault = (*open)->vault();
    const int count = io::exportedEntryCount(vault);
    QByteArray bytes;
    if (encrypted) {
        Result<SecureBuffer> password =
            ctx.prompter.askNewSecret(Text::tr("Password for the export: "), Text::tr("Type it again: "),
                                      Text::tr("the export's password"));
        if (!password)
            return password.error();
        if (password->isEmpty())
            return Error(ErrorCode::InvalidInput, Text::tr("The export's password cannot be empty."));
        Result<QByteArray> sealed = io::exportTwofoldJsonEncrypted(vault, *password);
        if (!sealed)
            return sealed.error();
        bytes = std::move(sealed).value();
    } else {
        Result<bool> yes = confirmPlain(ctx, count, path);
        if (!yes)
            return yes.error();
        if (!*yes)
            return Error(ErrorCode::InvalidInput, Text::tr("Nothing was written."));
        switch (*format) {
        case io::ExportFormat::TwofoldJson:
            bytes = io::exportTwofoldJson(vault);
            break;
        case io::ExportFormat::KeePassXml:
            bytes = io::exportKeePassXml(vault);
            break;
        case io::ExportFormat::BitwardenJson:
            bytes = io::exportBitwardenJson(vault);
            break;
        case io::ExportFormat::Csv:
            bytes = io::exportCsv(vault);
            break;
        }
    }
    const Status written = io::writePrivateFile(path, bytes);
    bytes.fill('\0');
    if (!written)
        return written;
    console::out(encrypted
                     ? Text::tr("Wrote %L1 entries, encrypted, to %2.").arg(count).arg(path)
                     : Text::tr("Wrote %L1 entries to %2 (readable only by you).").arg(count).arg(path));
    if (const int left = io::attachmentsLeftOut(vault, *format); left > 0)
        console::err(
            Text::tr("Attachments left out (%1 has no place for them): %L2. twofold-json keeps them, or "
                     "save them with \"attachment save\".")
                .arg(formatName)
                .arg(left));
    return {};
}

// The two "history restore…" commands: VERSION checked (badVersion its sentence), the vault
// opened for writing, restore(vault, id, index) run on ENTRY, the change saved and pushed, and
// done(title, VERSION) printed.
Status restoreFromHistory(Context& ctx, const QString& badVersion,
                          const std::function<Status(Vault&, const QUuid&, int)>& restore,
                          const std::function<QString(const QString&, int)>& done)
{
    bool ok = false;
    const int version = ctx.args.positionals().at(1).toInt(&ok);
    if (!ok || version < 1)
        return Error(ErrorCode::InvalidInput, badVersion);
    Result<std::unique_ptr<OpenVault>> open = signIn(ctx, OpenMode::ReadWrite);
    if (!open)
        return open.error();
    Vault& vault = (*open)->vault();
    Result<QUuid> id = vault.resolve(ctx.args.positionals().at(0));
    if (!id)
        return id.error();
    if (Status s = restore(vault, *id, version - 1); !s)
        return s;
    if (Status s = saveAndPush(**open); !s)
        return s;
    console::out(done(printable(vault.entry(*id)->title), version));
    return {};
}

Status runHistoryRestore(Context& ctx)
{
    return restoreFromHistory(
        ctx, Text::tr("VERSION is the number \"show --history\" lists (1 or more)."), &Vault::restorePassword,
        [](const QString& title, int version) {
            return Text::tr(
                       "The password of \"%1\" is version %2 again; the one it replaces is in its history.")
                .arg(title)
                .arg(version);
        });
}

Status runVersionRestore(Context& ctx)
{
    return restoreFromHistory(
        ctx, Text::tr("VERSION is the number of an older version \"show --history\" lists (1 or more)."),
        &Vault::restoreVersion, [](const QString& title, int version) {
            return Text::tr("\"%1\" is its older version %2 again; the entry as it was is kept as its newest "
                            "older version.")
                .arg(title)
                .arg(version);
        });
}

} // namespace

void printEntryExtras(const Vault& vault, const Entry& e, bool reveal, bool history)
{
    if (e.kind != EntryKind::Login)
        console::out(Text::tr("Kind: %1").arg(kindLabel(e.kind)));
    for (const QString& url : e.extraUrls)
        console::out(Text::tr("Web address: %1").arg(printable(url)));
    for (const CustomField& f : e.fields) {
        const QString name = printable(f.name);
        if (f.type != CustomField::Type::Hidden)
            console::out(QStringLiteral("%1: %2").arg(name, printable(f.text)));
        else if (reveal)
            console::outSecret(vault.fieldValue(f), name + QStringLiteral(": "));
        else
            console::out(name + QStringLiteral(": ********"));
    }
    for (std::size_t i = 0; i < e.attachments.size(); ++i)
        console::out(
            Text::tr("Attachment %1: %2 (%3)")
                .arg(i + 1)
                .arg(printable(e.attachments[i].name),
                     QLocale().formattedDataSize(e.attachments[i].size, 1, QLocale::DataSizeIecFormat)));
    if (!history)
        return;
    if (e.history.empty())
        console::out(Text::tr("Password history: none"));
    for (std::size_t i = 0; i < e.history.size(); ++i) {
        const QString prefix =
            Text::tr("Password version %1 (until %2): ").arg(i + 1).arg(when(e.history[i].retiredMs));
        if (reveal)
            console::outSecret(vault.secrets().copy(e.history[i].password), prefix);
        else
            console::out(prefix + QStringLiteral("********"));
    }
    // Whole older versions, kept when the entry was changed on two computers (sync).
    for (std::size_t i = 0; i < e.versions.size(); ++i) {
        const Entry& v = e.versions[i];
        console::out(
            Text::tr("Older version %1 (changed %2 on another computer or this one): title \"%3\", user name "
                     "\"%4\", web address \"%5\", notes \"%6\"")
                .arg(i + 1)
                .arg(when(v.modifiedMs), printable(v.title), printable(v.username), printable(v.url),
                     printable(v.notes)));
        const QString prefix = Text::tr("Older version %1's password: ").arg(i + 1);
        if (reveal)
            console::outSecret(vault.secrets().copy(v.password), prefix);
        else
            console::out(prefix + QStringLiteral("********"));
    }
}

std::vector<Command> importExportCommands()
{
    return {
        {.name = QStringLiteral("import"),
         .arguments = QStringLiteral("FORMAT FILE"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Add the entries of another manager's export"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli",
             "FORMAT is auto (guessed from the content) or one of bitwarden-json, bitwarden-csv, "
             "1password-1pux, 1password-csv, keepass-xml, keepassxc-csv, chrome-csv, firefox-csv, "
             "lastpass-csv, msecure-csv, otpauth, aegis-json, otpauth-migration. A malformed file is "
             "refused with the line or item at fault and nothing is written; whatever is skipped is listed."),
         .options = {valueOption(QStringLiteral("duplicates"), QStringLiteral("skip|keep|update"),
                                 QT_TRANSLATE_NOOP("Twofold::Cli",
                                                   "What to do with an entry whose web address and user name "
                                                   "are already in the vault (default skip)"))},
         .minArguments = 2,
         .maxArguments = 2,
         .run = &runImport},
        {.name = QStringLiteral("export"),
         .arguments = QStringLiteral("FORMAT FILE"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Write the entries to a file for another manager or a backup"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli",
             "FORMAT is twofold-json (everything, encrypted with a password you choose unless --plain), "
             "keepass-xml, bitwarden-json or csv. Plain-text exports ask first and are readable only by "
             "you."),
         .options = {flagOption(QStringLiteral("plain"),
                                QT_TRANSLATE_NOOP("Twofold::Cli", "twofold-json without encryption"))},
         .minArguments = 2,
         .maxArguments = 2,
         .run = &runExport},
        {.name = QStringLiteral("history restore"),
         .arguments = QStringLiteral("ENTRY VERSION"),
         .summary =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Make an older password (see show --history) current again"),
         .minArguments = 2,
         .maxArguments = 2,
         .run = &runHistoryRestore},
        {.name = QStringLiteral("history restore-version"),
         .arguments = QStringLiteral("ENTRY VERSION"),
         .summary = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "Make an older version of a whole entry (kept when it was changed on two "
                             "computers, see show --history) current again"),
         .minArguments = 2,
         .maxArguments = 2,
         .run = &runVersionRestore},
    };
}

} // namespace twofold::cli
