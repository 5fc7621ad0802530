// POSIX implementation of writeFileAtomically (Linux, macOS, BSD).
#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold {

namespace {

int syncFd(int fd)
{
#if defined(__APPLE__)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0; // F_FULLFSYNC flushes the drive's cache too; fall back where unsupported
#endif
    return ::fsync(fd);
}

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// Copies from -> to (a new file), synced. Used where hard links are not supported.
bool copySynced(const QByteArray& from, const QByteArray& to)
{
    const int in = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0) {
        const int e = errno;
        ::close(in);
        errno = e;
        return false;
    }
    char buffer[1 << 16];
    bool ok = true;
    while (ok) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = writeAll(out, buffer, std::size_t(n));
    }
    const int e = errno;
    ok = ok && syncFd(out) == 0;
    ::close(in);
    ok = (::close(out) == 0) && ok;
    if (!ok)
        errno = e ? e : EIO;
    return ok;
}

} // namespace

Status writeFileAtomically(const QString& path, QByteArrayView data, BackupPolicy backupPolicy,
                           const FaultInjector& faults)
{
    const QFileInfo info(resolveVaultPath(path));
    const QString dir = info.absolutePath();
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray backup = target + ".bak";
    const QByteArray backupTmp = target + ".bak.tmp";
    QByteArray temp = QFile::encodeName(dir) + "/." + QFile::encodeName(info.fileName()) + ".XXXXXX";

    const auto injected = [&](SaveStep step) {
        if (faults && faults(step)) {
            errno = ENOSPC;
            return true;
        }
        return false;
    };
    int fd = -1;
    const auto fail = [&](int err) -> Status {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temp.constData());
        ::unlink(backupTmp.constData());
        return fileError(err, path, true);
    };

    if (injected(SaveStep::CreateTemp))
        return fileError(errno, path, true);
    fd = ::mkstemp(temp.data());
    if (fd < 0)
        return fileError(errno, path, true);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (injected(SaveStep::Write) || !writeAll(fd, data.data(), std::size_t(data.size())))
        return fail(errno);
    if (injected(SaveStep::Sync) || syncFd(fd) != 0)
        return fail(errno);
    const int closing = fd;
    fd = -1;
    if (injected(SaveStep::Close) || ::close(closing) != 0)
        return fail(errno);

    const bool exists = ::access(target.constData(), F_OK) == 0;
    if (backupPolicy == BackupPolicy::ReplaceWithNew) {
        // The .bak gets the new content first: once the new rules are in place, no .bak
        // opens under the old ones.
        if (injected(SaveStep::Backup))
            return fail(errno);
        ::unlink(backupTmp.constData());
        if (::link(temp.constData(), backupTmp.constData()) != 0 && !copySynced(temp, backupTmp))
            return fail(errno);
        if (::rename(backupTmp.constData(), backup.constData()) != 0)
            return fail(errno);
    } else if (backupPolicy == BackupPolicy::KeepPrevious && exists) {
        if (injected(SaveStep::Backup))
            return fail(errno);
        ::unlink(backupTmp.constData());
        if (::link(target.constData(), backupTmp.constData()) != 0 &&
            !copySynced(target, backupTmp)) // no hard links here (FAT, some network disks)
            return fail(errno);
        if (::rename(backupTmp.constData(), backup.constData()) != 0)
            return fail(errno);
    }
    if (injected(SaveStep::Rename) || ::rename(temp.constData(), target.constData()) != 0)
        return fail(errno);

    // The new file is in place; make the rename itself durable.
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    bool synced = dirFd >= 0 && !injected(SaveStep::SyncFolder) && syncFd(dirFd) == 0;
    const int e = errno;
    if (dirFd >= 0)
        ::close(dirFd);
    if (!synced)
        return Error(
            ErrorCode::FileWriteFailed,
            QCoreApplication::translate("Twofold::AtomicFile",
                                        "The vault was written, but the disk did not confirm it (%1). "
                                        "Save again before you turn the computer off.")
                .arg(QString::fromLocal8Bit(std::strerror(e))));
    return {};
}

} // namespace twofold
