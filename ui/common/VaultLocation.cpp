#include "ui/common/VaultLocation.h"

#include "ui/common/AppSettings.h"
#include "vault/OpenVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace twofold {

namespace {
// The sentences kept their first home's context, so their translations still apply.
struct CreateVaultText
{
    Q_DECLARE_TR_FUNCTIONS(twofold::CreateVaultController)
};
} // namespace

QString newVaultLocationProblem(const QString& path)
{
    if (path.trimmed().isEmpty())
        return CreateVaultText::tr("Choose where to keep the vault.");
    const QFileInfo info(path);
    if (info.isDir())
        return CreateVaultText::tr("%1 is a folder. Choose a file name for the new vault.")
            .arg(QDir::toNativeSeparators(path));
    if (info.exists())
        return CreateVaultText::tr(
                   "There is already a file at %1. Choose another name, or open it with “Open "
                   "another vault…”.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

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
