#pragma once
// Where the vault is: the one opened most recently (AppSettings keeps the recent vaults), or
// the default one.
#include <QString>

namespace twofold {

// The vault to offer at start: the most recent vault (AppSettings::recentVaults) that still
// exists, else OpenVault::defaultPath().
QString startVaultPath();

// True when a vault file exists at path.
bool vaultExists(const QString& path);

// Why a new vault cannot be made at path (empty path, a file or folder already there), as a
// sentence; empty when it can.
QString newVaultLocationProblem(const QString& path);

// The file-dialog filter for vault files ("Twofold vaults (*.twofold);;All files (*)").
QString vaultFileFilter();

} // namespace twofold
