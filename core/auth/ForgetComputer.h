#pragma once
// Signing out of a server account on this computer and forgetting it (DESIGN.md 11, issue 13):
// this computer's copy of the vault file, the account key and the remembered-computer token it
// keeps are removed; the account on the server and the other computers are not touched. In two
// steps, as the vault must be open for the first and closed for the second:
//   1. revokeThisComputer, vault open and the password confirmed: the remembered-computer
//      record of this computer on the server is revoked (the settings op ForgetTrusted);
//   2. forgetLocalCopy, vault closed: the secret-store entries and the files go.
#include "common/Result.h"
#include "vault/VaultFile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace twofold {

class SecretStore;
class TwoFactorSettings;

// Ok for a server-mode vault; for a local one, InvalidInput with the sentence saying there is
// no account to sign out of (the file is the vault itself: removing it would lose it).
[[nodiscard]] Status checkCanForgetComputer(const VaultHeader& header);

// Revokes this computer's record among the server's remembered computers, when this computer
// is remembered (store holds a token for the vault): the settings op ForgetTrusted with the
// token itself, which the verifier opens to find the record (a name would not do: two
// computers may share one). settings' password must be confirmed. done(true) revoked,
// done(false) nothing to revoke (not remembered here, or the record was gone already); an
// Error (the server not reached, a refusal) with its sentence. done runs later on context's
// thread, not at all once context is gone.
void revokeThisComputer(TwoFactorSettings& settings, SecretStore* store, QObject* context,
                        std::function<void(Result<bool>)> done);

// Removes, from store (when given), the account key and the remembered-computer token of
// vaultId, then the vault file at path with its backup and leftovers (removeVaultFiles). The
// vault must be closed. Other vaults' entries are left alone. Every part is tried; the first
// refusal is reported (its sentence). done as for revokeThisComputer.
void forgetLocalCopy(const QString& path, const QByteArray& vaultId, SecretStore* store, QObject* context,
                     std::function<void(Status)> done);

} // namespace twofold
