#include "ui/common/VaultLocation.h"

#include "vault/OpenVault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace twofold {

namespace {
const QString kLastPathKey = QStringLiteral("vault/lastPath");
} // namespace

bool vaultExists(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isFile();
}

QString startVaultPath()
{
    const QString last = QSettings().value(kLastPathKey).toString();
    if (vaultExists(last))
        return last;
    return OpenVault::defaultPath();
}

void rememberVaultPath(const QString& path)
{
    QSettings settings;
    settings.setValue(kLastPathKey, QFileInfo(path).absoluteFilePath());
}

QString vaultFileFilter()
{
    return QCoreApplication::translate("Twofold::VaultLocation", "Twofold vaults (*.twofold);;All files (*)");
}

} // namespace twofold
