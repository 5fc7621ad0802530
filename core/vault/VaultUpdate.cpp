#include "vault/VaultUpdate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace twofold {

namespace {

// Temporary files of killed saves of path: nobody else writes them while we hold the lock.
void removeOrphanTemporaries(const QString& path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QStringList names =
        folder.entryList(QStringList{QStringLiteral("*") + info.fileName() + QStringLiteral("*")},
                         QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names)
        if (isTemporaryFileOf(name, path))
            QFile::remove(folder.filePath(name));
}

Result<VaultHeader> noFile(const QString& path)
{
    return VaultFile::read(path).error(); // FileNotFound, with its sentence
}

} // namespace

VaultOnDisk::VaultOnDisk(QString realPath)
    : m_path(std::move(realPath)), m_exists(QFileInfo::exists(m_path)),
      m_header(m_exists ? VaultFile::readHeader(m_path) : noFile(m_path))
{
}

const Result<VaultFile>& VaultOnDisk::file() const
{
    if (!m_file)
        m_file.emplace(VaultFile::read(m_path, VaultFile::AttachmentReading::Read));
    return *m_file;
}

QString updateLockPath(const QString& path)
{
    return resolveVaultPath(path) + QStringLiteral(".update.lock");
}

Status updateVaultFile(const QString& path, const VaultTransform& transform,
                       const VaultUpdateOptions& options)
{
    const QString real = resolveVaultPath(path);
    Result<UpdateLock> lock =
        UpdateLock::acquire(real + QStringLiteral(".update.lock"), options.lockWaitMs, options.whileLockBusy);
    if (!lock)
        return lock.error();
    Result<QByteArray> bytes = transform(VaultOnDisk(real));
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return {};
    if (options.beforeWrite)
        options.beforeWrite();
    removeOrphanTemporaries(real);
    return writeFileAtomically(real, *bytes, options.backup, options.faults);
}

} // namespace twofold
