// TwoFactorSettings in server mode (DESIGN.md 10, core/server/API.md): what the client does
// itself there. A new master password: its slot and keyset are wrapped here (with the share
// and the account key the sign-in had, OpenVault::serverSecret) and the server takes the new
// proof with them in one ChangePassword. App passwords: keySlots of this computer's file whose
// key also needs the account key; the server is not asked.
#include "auth/Async.h"
#include "auth/AuthText.h"
#include "auth/LocalVerifierHost.h"
#include "auth/ServerLink.h"
#include "auth/TwoFactorSettings.h"
#include "vault/VaultFile.h"

namespace twofold {

namespace {

// The vault was opened without the share (an app password): no slot can be wrapped for it.
Error needsServerSignIn()
{
    return Error(
        ErrorCode::WrongPassword,
        AuthText::tr("This change needs the vault opened by signing in to its account with the master "
                     "password (not with an app password). Lock the vault, sign in, and try again."));
}

bool hasServerSecret(const OpenVault& vault)
{
    return vault.serverSecret().size() == kSignInShareBytes + kAccountKeyBytes;
}

SecureBuffer accountKeyOf(const OpenVault& vault)
{
    return SecureBuffer::fromBytes(vault.serverSecret().view().sliced(qsizetype(kSignInShareBytes)));
}

} // namespace

void TwoFactorSettings::changeServerPassword(SecureBuffer newPassword, Done done)
{
    if (!hasServerSecret(m_vault))
        return later([done] { done(needsServerSignIn()); });
    struct Prepared
    {
        std::optional<Error> error;
        std::shared_ptr<const PasswordKey> key;
        KeySlot slot;
        QByteArray keyset;
    };
    // The same limits as the slot has (as in local mode), a fresh salt: one Argon2id.
    auto password = std::make_shared<SecureBuffer>(std::move(newPassword));
    auto vaultKey = std::make_shared<SecureBuffer>(m_vault.vaultKey().clone());
    auto secret = std::make_shared<SecureBuffer>(m_vault.serverSecret().clone());
    setBusy(true);
    runOffThread(
        this,
        [password, vaultKey, secret, slot = *m_vault.header().passwordSlot(),
         vaultId = m_vault.header().vaultId] {
            auto prepared = std::make_shared<Prepared>();
            KeySlot fresh = slot;
            fresh.salt = kdf::randomSalt();
            Result<SecureBuffer> base = kdf::derive(*password, fresh.salt, fresh.kdf);
            password->clear();
            if (!base) {
                prepared->error = base.error();
                return prepared;
            }
            prepared->key =
                std::make_shared<const PasswordKey>(VaultFile::passwordKeyFromBase(std::move(base).value()));
            prepared->slot = VaultFile::rewrapPasswordSlot(std::move(fresh), *prepared->key, vaultId,
                                                           *vaultKey, secret.get());
            vaultKey->clear();
            secret->clear();
            prepared->keyset = Keyset{vaultId, prepared->slot}.encode();
            return prepared;
        },
        [this, done](std::shared_ptr<Prepared> prepared) {
            setBusy(false);
            if (prepared->error)
                return done(*prepared->error);
            SettingsRequest request{SettingsOp::ChangePassword};
            request.secret = prepared->key->serverProof();
            request.salt = prepared->slot.salt;
            request.kdf = prepared->slot.kdf;
            request.keyset = prepared->keyset;
            forgetOwnToken();
            exchange(std::move(request), [this, prepared, done](Result<SettingsReply> reply) {
                if (!reply)
                    return done(reply.error());
                // The server checks the new proof from now on: so does this link.
                if (auto http = std::dynamic_pointer_cast<HttpVerifierLink>(m_link))
                    http->setKey(prepared->key);
                *m_vault.header().passwordSlot() = prepared->slot;
                // No .bak keeps the old slot. Should the save fail, the new slot stays in memory
                // (the next save writes it) and a sign-in with the new password still works: it
                // takes the slot from the server's keyset.
                if (Status saved = m_vault.save(BackupPolicy::ReplaceWithNew); !saved)
                    return done(
                        Error(saved.error().code,
                              AuthText::tr("The sign-in server has the new master password, but this "
                                           "computer's vault file could not be saved: %1 Sign in with the "
                                           "new master password from now on.")
                                  .arg(saved.error().message)));
                done({});
            });
        });
}

void TwoFactorSettings::addServerAppPassword(const QString& name, Then<SecureBuffer> done)
{
    if (!hasServerSecret(m_vault))
        return later([done] { done(needsServerSignIn()); });
    const std::vector<KeySlot>& keySlots = m_vault.header().keySlots;
    if (name.isEmpty() || std::any_of(keySlots.begin(), keySlots.end(), [&](const KeySlot& s) {
            return s.kind == KeySlot::Kind::AppPassword && s.name == name;
        })) {
        Refusal refusal(ErrorCode::InvalidInput, RefusalReason::InvalidName);
        refusal.name = name;
        return later([done, refusal] { done(refusal.error()); });
    }
    if (int(keySlots.size()) >= kMaxKeySlots)
        return later([done] { done(Refusal(ErrorCode::InvalidInput, RefusalReason::TooManySlots).error()); });
    auto appPassword = std::make_shared<SecureBuffer>(newAppPasswordSecret(m_random));
    auto vaultKey = std::make_shared<SecureBuffer>(m_vault.vaultKey().clone());
    auto accountKey = std::make_shared<SecureBuffer>(accountKeyOf(m_vault));
    setBusy(true);
    runOffThread(
        this,
        [name, appPassword, vaultKey, accountKey, vaultId = m_vault.header().vaultId, clock = &m_clock] {
            auto slot = std::make_shared<Result<KeySlot>>(VaultFile::makeAppPasswordSlot(
                name, *appPassword, vaultId, *vaultKey, *clock, accountKey.get()));
            vaultKey->clear();
            accountKey->clear();
            return slot;
        },
        [this, done, appPassword](std::shared_ptr<Result<KeySlot>> slot) {
            setBusy(false);
            if (!*slot)
                return done(slot->error());
            m_vault.header().keySlots.push_back(std::move(*slot).value());
            if (Status saved = m_vault.save(BackupPolicy::ReplaceWithNew); !saved) {
                m_vault.header().keySlots.pop_back();
                return done(saved.error());
            }
            takeLocalAppPasswords();
            emit changed();
            done(std::move(*appPassword));
        });
}

void TwoFactorSettings::revokeServerAppPassword(const QString& name, Done done)
{
    std::vector<KeySlot>& keySlots = m_vault.header().keySlots;
    const auto found = std::find_if(keySlots.begin(), keySlots.end(), [&](const KeySlot& s) {
        return s.kind == KeySlot::Kind::AppPassword && s.name == name;
    });
    if (found == keySlots.end())
        return later([done, name] {
            done(Error(ErrorCode::NotFound, AuthText::tr("No app password is named \"%1\".").arg(name)));
        });
    const auto at = found - keySlots.begin();
    KeySlot removed = std::move(*found);
    keySlots.erase(found);
    // ReplaceWithNew: no .bak keeps the revoked slot.
    if (Status saved = m_vault.save(BackupPolicy::ReplaceWithNew); !saved) {
        keySlots.insert(keySlots.begin() + at, std::move(removed));
        return later([done, saved] { done(saved); });
    }
    takeLocalAppPasswords();
    emit changed();
    later([done] { done({}); });
}

} // namespace twofold
