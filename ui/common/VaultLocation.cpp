#include "ui/common/VaultLocation.h"

#include "ui/common/AppSettings.h"
#include "vault/OpenVault.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace twofold {

bool vaultExists(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isFile();
}

QString startVaultPath()
{
    const QStringList recent = appSettings().recentVaults(); // only files that still exist
    return recent.isEmpty() ? OpenVault::defaultPath() : recent.constFirst();
}

QString vaultFileFilter()
{
    return QCoreApplication::translate("Twofold::VaultLocation", "Twofold vaults (*.twofold);;All files (*)");
}

} // namespace twofold
