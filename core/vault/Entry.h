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
