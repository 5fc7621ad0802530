#pragma once
// A real vault file in a temporary folder (tiny KDF), with a few entries, opened for a
// VaultController — what the vault window tests start from.
#include "ui/vault/VaultController.h"
#include "unit/vault/VaultFixture.h"

#include <QTemporaryDir>

namespace twofold::test {

inline constexpr const char* kMasterPassword = "right horse battery";

struct OpenVaultFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("gui.twofold"));

    // Creates the file with entries Mail (ann), Bank (bob, in group Money), Forum (carol,
    // tag "chat", notes with "café"), and opens it. clock: the vault's clock.
    std::shared_ptr<OpenVault> create(Clock& clock = systemClock())
    {
        auto made = OpenVault::create(path, pw(kMasterPassword), kFastKdf, clock);
        if (!made)
            return nullptr;
        Vault& v = (*made)->vault();
        const QUuid money = *v.addGroup(QStringLiteral("Money"));
        (void)v.addEntry(fields(QStringLiteral("Mail"), QStringLiteral("ann"), "mail-pw"));
        EntryFields bank = fields(QStringLiteral("Bank"), QStringLiteral("bob"), "bank-pw");
        bank.groupId = money;
        bank.url = QStringLiteral("https://bank.example");
        (void)v.addEntry(std::move(bank));
        EntryFields forum = fields(QStringLiteral("Forum"), QStringLiteral("carol"), "forum-pw");
        forum.tags = QStringList{QStringLiteral("chat")};
        forum.notes = QStringLiteral("Meet at the café");
        (void)v.addEntry(std::move(forum));
        if (!(*made)->save())
            return nullptr;
        return std::shared_ptr<OpenVault>(std::move(made).value());
    }

    // The file as saved, opened again through the core (read-only: the GUI holds the lock).
    std::unique_ptr<OpenVault> reopen() const
    {
        auto opened = OpenVault::open(path, pw(kMasterPassword), OpenMode::ReadOnly);
        return opened ? std::move(opened).value() : nullptr;
    }
};

} // namespace twofold::test
