#include "vault/AtomicFile.h"

#include "vault/FileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace twofold {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::AtomicFile)
};
} // namespace

QString resolveVaultPath(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) { // 40: the kernel's own limit (ELOOP)
        const QFileInfo info(current);
        if (info.exists())
            return info.canonicalFilePath();
        if (!info.isSymLink())
            return current;             // a new file: its folder may still be a link, which is fine
        current = info.symLinkTarget(); // dangling: the vault will be made where it points
    }
    return current;
}

bool isTemporaryFileOf(const QString& fileName, const QString& path)
{
    const QString name = QRegularExpression::escape(QFileInfo(path).fileName());
    // POSIX: mkstemp's ".<name>.XXXXXX" and the backup's "<name>.bak.tmp"; Windows:
    // "<name>.<uuid>.tmp" (see AtomicFile_posix.cpp and AtomicFile_win.cpp).
    static const QString pattern =
        QStringLiteral("^(\\.%1\\.[A-Za-z0-9]{6}|%1\\.bak\\.tmp|%1\\.[0-9a-f]{32}\\.tmp)$");
    return QRegularExpression(pattern.arg(name)).match(fileName).hasMatch();
}

Status removeVaultFiles(const QString& path)
{
    const QString real = resolveVaultPath(path);
    const QFileInfo info(real);
    const QDir folder = info.absoluteDir();
    Status result;
    const auto removeOne = [&](const QString& file) {
        QFile f(file);
        if (!QFileInfo::exists(file) && !QFileInfo(file).isSymLink())
            return;
        if (!f.remove() && result.ok())
            result =
                Error(ErrorCode::PermissionDenied, Text::tr("%1 could not be removed (%2).")
                                                       .arg(QDir::toNativeSeparators(file), f.errorString()));
    };
    removeOne(real);
    removeOne(real + QStringLiteral(".bak"));
    removeOne(real + QStringLiteral(".bak.tmp"));
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        if (isTemporaryFileOf(name, real))
            removeOne(folder.filePath(name));
    }
    for (const QString& lock : {real + QStringLiteral(".lock"), real + QStringLiteral(".update.lock")}) {
        if (QFileInfo::exists(lock))
            (void)removeUnheldLockFile(lock);
    }
    if (QFileInfo(path).isSymLink())
        removeOne(path);
    return result;
}

DiskState diskStateOf(const QString& folder)
{
    const QStorageInfo disk(folder);
    if (!disk.isValid())
        return {};
    return {disk.isReadOnly(), disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kDiskFullBelowBytes};
}

Error fileError(int err, const QString& path, bool writing)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString kept = writing ? Text::tr(" Your changes are still open: nothing was lost.") : QString();
    switch (err) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Error(
            ErrorCode::DiskFull,
            Text::tr("The disk holding %1 is full, so the vault was not saved. Free some space and save "
                     "again, or save to another place.")
                    .arg(where) +
                kept);
    case EROFS:
        return Error(
            ErrorCode::ReadOnly,
            (writing ? Text::tr(
                           "%1 is on a read-only disk, so the vault was not saved. Save it to another place.")
                     : Text::tr("%1 is on a read-only disk."))
                    .arg(where) +
                kept);
    case EACCES:
    case EPERM:
        return Error(
            ErrorCode::PermissionDenied,
            (writing ? Text::tr("You do not have permission to write next to %1, so the vault was not saved.")
                     : Text::tr("You do not have permission to read %1."))
                    .arg(where) +
                kept);
    case ENOENT:
        return Error(ErrorCode::FileWriteFailed,
                     Text::tr("The folder of %1 does not exist.").arg(where) + kept);
    default:
        return Error(writing ? ErrorCode::FileWriteFailed : ErrorCode::FileReadFailed,
                     (writing ? Text::tr("The vault could not be saved to %1 (%2).")
                              : Text::tr("%1 could not be read (%2)."))
                             .arg(where, QString::fromLocal8Bit(std::strerror(err))) +
                         kept);
    }
}

} // namespace twofold
