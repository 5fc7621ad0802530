#pragma once
// Where the vault is: the path used last (kept in QSettings — a path is not a secret), or
// the default one.
#include <QString>

namespace twofold {

// The vault to offer at start: the last-used path when that file still exists, else
// OpenVault::defaultPath().
QString startVaultPath();

// True when a vault file exists at path.
bool vaultExists(const QString& path);

// Remembers path as the last-used vault (QSettings "vault/lastPath").
void rememberVaultPath(const QString& path);

// The file-dialog filter for vault files ("Twofold vaults (*.twofold);;All files (*)").
QString vaultFileFilter();

} // namespace twofold
