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

struct Entry
{
    QUuid id;
    QString title;
    QString username;
    QString url;
    QString notes;
    QStringList tags;
    QUuid groupId;            // null: the root group
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    SecretId password = kNoSecret;
    SecretId otpUri = kNoSecret; // otpauth:// URI, secret because it holds the TOTP key
    std::vector<PasswordHistoryItem> history; // oldest first, at most kMaxPasswordHistory
    bool inTrash = false;
    qint64 trashedMs = 0;
};

inline constexpr int kMaxPasswordHistory = 20;

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
};

} // namespace twofold
