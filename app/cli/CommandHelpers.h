#pragma once
// Small pieces the command groups share: listing entries, naming entries in the trash,
// groups by path, tags, and the --generate option.
#include "Commands.h"
#include "crypto/Kdf.h"
#include "vault/OpenVault.h"
#include "vault/Vault.h"

#include <memory>
#include <optional>
#include <vector>

namespace twofold::cli {

// For a command that only reads: keeps the open vault until run() has written everything,
// then finishReadOnly() wipes its secrets and ends the process without destroying 100k
// entries one by one (tens of milliseconds at exit for nothing).
void keepUntilExit(std::unique_ptr<OpenVault> vault);
// Called by run() once output and errors are flushed: when a vault was kept, wipes its
// secrets and ends the process with status at once (no destructors); returns otherwise.
void finishReadOnly(int status);

// The Argon2id limits --kdf-memory MIB and --kdf-iterations N ask for (the defaults fill the
// one not given); nullopt when neither is given. Refuses values out of kdf's bounds.
Result<std::optional<kdf::Params>> kdfOptions(Context& ctx);

// The master-password rules of init and account create, checked the same way: at least 8
// characters and not a common password (ratePassword, with context as words a guesser would
// try, such as the account's email); InvalidInput with the strength meter's sentence. At a
// terminal an accepted password's strength is said on standard error.
// Checks checkTypableMasterPassword first.
Status checkNewMasterPassword(Context& ctx, const SecureBuffer& password, const QStringList& context = {});

// A new master password must be one a person can type wherever the vault is unlocked:
// refuses (InvalidInput, a sentence naming the character) one that is not UTF-8 or holds a
// control character or a noncharacter (firstUntypable in Printable.h). init, account create
// and password change.
Status checkTypableMasterPassword(const SecureBuffer& password);

// The sentence run() prints for a refusal. A file error of core ends "nothing was lost" for a
// window, which keeps the change open; twofold-cli ends with the change dropped, so that part
// becomes what is true here: the change is dropped, the file is as it was before it, and the
// command can be run again.
QString refusalSentence(const Error& error);

// Saves vault; on a server-mode vault then syncs, so the change goes to the server
// (SyncCommands.cpp). Entries changed on another computer too are listed on standard output;
// offline (or refused) the change stays in the file and a sentence on standard error says it
// will be sent at the next sync — not a failure. Refuses only what save() refuses.
Status saveAndPush(OpenVault& vault);

// Sorts entry indices by title (case-insensitively, then exactly, then by id).
void sortByTitle(const Vault& vault, std::vector<int>& indices);

// Prints one entry a line: its title, or "id<TAB>title" with withIds (ids without braces).
void printEntries(const Vault& vault, const std::vector<int>& indices, bool withIds);

// Whether an entry in groupId lies in ancestor or one of its subgroups.
bool isInGroup(const Vault& vault, QUuid groupId, const QUuid& ancestor);

// An entry in the trash named by its exact id or exact title. Refuses NotFound, or
// InvalidInput when several entries in the trash have that title.
Result<QUuid> resolveInTrash(const Vault& vault, const QString& titleOrId);

// Whether an entry other than except, not in the trash, is titled title.
bool titleTaken(const Vault& vault, const QString& title, const QUuid& except = {});

// The group at path "A/B" (or an id), creating the groups missing on the way. An empty path
// is the top level (a null id).
Result<QUuid> ensureGroup(Vault& vault, const QString& path);

// "a, b,,c " -> {"a", "b", "c"}.
QStringList parseTags(const QString& text);

// The length --generate[=N] asks for: nullopt without the option, the default length for a
// bare --generate; refuses (InvalidInput) a value that is not a length the generator takes.
Result<std::optional<int>> generateLength(const Arguments& args);

// The entry's fields named by options shared by add and edit (--username, --url, --notes,
// --tags, --group; groups are created as needed).
Status fillCommonFields(const Arguments& args, Vault& vault, EntryFields& fields);

// The option specs of the fields above, plus --generate and --otp.
std::vector<OptionSpec> entryFieldOptions();

// Kind, extra web addresses, custom fields (hidden ones as ******** unless reveal) and, with
// history, the older passwords numbered from 1 (IoCommands.cpp).
void printEntryExtras(const Vault& vault, const Entry& e, bool reveal, bool history);

// --otp URI|-: the entry's otpauth:// link, checked and in canonical form (OtpCommands.cpp).
Result<SecureBuffer> otpUriOption(Context& ctx);
OptionSpec otpOption();

} // namespace twofold::cli
