#pragma once
// Entries and groups: plain values. Secrets are not here but in the vault's SecretArena,
// referred to by SecretId; read them through Vault.
#include "vault/SecretArena.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace twofold {

struct PasswordHistoryItem
{
    SecretId password = kNoSecret;
    qint64 retiredMs = 0; // when it stopped being the entry's password
};

// What an entry is for. Kinds other than Login are templates of custom fields
// (kindTemplate), so a card or an identity is an entry like any other.
enum class EntryKind : quint8 { Login = 0, SecureNote = 1, Card = 2, Identity = 3 };
inline constexpr int kEntryKindCount = 4;

// A named value of the user's own; hidden ones are secrets (in the arena), others plain text.
struct CustomField
{
    enum class Type : quint8 { Text = 0, Hidden = 1, Url = 2 };
    QString name;
    Type type = Type::Text;
    QString text;                // Text and Url
    SecretId secret = kNoSecret; // Hidden
};

// A file kept with an entry (body format 4). Its content is not in the body: it is sealed
// under a key of its own (XChaCha20-Poly1305) in the file's attachment section, after the body,
// and read only when someone opens it (Vault::attachmentContent), so a vault with attachments
// opens as fast as one without.
struct Attachment
{
    QByteArray id;            // 16 random bytes; the sealed content's name in the file
    QString name;             // the file name it was added as
    qint64 size = 0;          // bytes of content
    qint64 addedMs = 0;       // when it was added
    SecretId key = kNoSecret; // 32 bytes
};
inline constexpr qint64 kMaxAttachmentBytes = qint64(16) << 20; // 16 MiB a file
inline constexpr int kMaxAttachments = 100;                     // a file per entry
inline constexpr qsizetype kAttachmentIdBytes = 16;
inline constexpr qsizetype kAttachmentKeyBytes = 32;

struct Entry
{
    QUuid id;
    QString title;
    QString username;
    QString url;
    QString notes;
    QStringList tags;
    QUuid groupId; // null: the root group
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    SecretId password = kNoSecret;
    SecretId otpUri = kNoSecret;              // otpauth:// URI, secret because it holds the TOTP key
    std::vector<PasswordHistoryItem> history; // oldest first, at most kMaxPasswordHistory
    bool inTrash = false;
    qint64 trashedMs = 0;
    // Body format 2:
    EntryKind kind = EntryKind::Login;
    QStringList extraUrls;           // web addresses after url, in order
    std::vector<CustomField> fields; // in the order the user put them
    // Body format 3: whole older versions of this entry kept by a sync merge (the edit that
    // lost to a newer one on another computer), oldest first, at most kMaxEntryVersions.
    // A version's own versions are always empty.
    std::vector<Entry> versions;
    // Body format 4: files kept with the entry (versions keep theirs too), in the order added.
    std::vector<Attachment> attachments;
};

// The field names a new entry of kind starts with (hidden ones marked); empty for Login.
struct FieldTemplate
{
    const char* name; // source text, translated with context "Twofold::EntryKind"
    CustomField::Type type;
};
std::vector<FieldTemplate> kindTemplate(EntryKind kind);
// "Login", "Secure note", "Payment card", "Identity" (translated), and the stable names
// used by files and the CLI: "login", "note", "card", "identity".
QString kindLabel(EntryKind kind);
QString kindKey(EntryKind kind);
std::optional<EntryKind> kindFromKey(QStringView key);

inline constexpr int kMaxPasswordHistory = 20;
inline constexpr int kMaxEntryVersions = 10;

struct Group
{
    QUuid id;
    QString name;
    QUuid parentId; // null: top level
};

// What a person types into the entry editor or the CLI. Unset optionals keep the old value
// when editing; set ones replace it.
struct EntryFields
{
    std::optional<QString> title;
    std::optional<QString> username;
    std::optional<QString> url;
    std::optional<QString> notes;
    std::optional<QStringList> tags;
    std::optional<QUuid> groupId;
    std::optional<SecureBuffer> password; // UTF-8
    std::optional<SecureBuffer> otpUri;   // UTF-8; empty removes it
    std::optional<EntryKind> kind;
    std::optional<QStringList> extraUrls;
    // Replaces all custom fields. A hidden field's value is UTF-8 in secure memory.
    struct Field
    {
        QString name;
        CustomField::Type type = CustomField::Type::Text;
        SecureBuffer value;
    };
    std::optional<std::vector<Field>> fields;
};

} // namespace twofold
