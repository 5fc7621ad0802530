// POSIX implementation of FileLock.h: flock(2), which the kernel releases when its holder
// dies, and which QLockFile takes too while it holds its file (so an unheld lock file is
// one whose process is gone).
#include "vault/FileLock.h"

#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace twofold {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::FileLock)
};

void pause(int ms)
{
    timespec t{0, long(ms) * 1000000L};
    while (::nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
}

// fd still names the file at path (a holder that released removes it; see ~UpdateLock).
bool isCurrentFile(int fd, const QByteArray& path)
{
    struct stat held
    {
    }, named{};
    return ::fstat(fd, &held) == 0 && ::stat(path.constData(), &named) == 0 && held.st_dev == named.st_dev &&
           held.st_ino == named.st_ino;
}

} // namespace

Result<UpdateLock> UpdateLock::acquire(const QString& lockPath, int waitMs,
                                       const std::function<void()>& whileBusy)
{
    const QByteArray path = QFile::encodeName(lockPath);
    QDeadlineTimer deadline(waitMs);
    bool toldBusy = false;
    int pauseMs = 1;
    for (;;) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return fileError(errno, lockPath, true);
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (isCurrentFile(fd, path)) {
                const QByteArray content = QByteArray::number(qint64(::getpid())) + '\n';
                if (::ftruncate(fd, 0) == 0 &&
                    ::write(fd, content.constData(), std::size_t(content.size())) > 0)
                    (void)::fdatasync(fd);
                return UpdateLock(lockPath, fd);
            }
            ::close(fd); // the holder removed it as it let go: lock the new one
            continue;
        }
        const int err = errno;
        ::close(fd);
        if (err != EWOULDBLOCK && err != EINTR)
            return fileError(err, lockPath, true);
        if (!toldBusy) {
            toldBusy = true;
            if (whileBusy)
                whileBusy();
        }
        if (deadline.hasExpired())
            return Error(ErrorCode::FileLocked,
                         Text::tr("The vault is being written by another program. Try again in a moment."));
        pause(pauseMs);
        pauseMs = std::min(pauseMs * 2, 20);
    }
}

UpdateLock::UpdateLock(UpdateLock&& other) noexcept
    : m_path(std::move(other.m_path)), m_handle(other.m_handle)
{
    other.m_handle = -1;
}

UpdateLock& UpdateLock::operator=(UpdateLock&& other) noexcept
{
    std::swap(m_path, other.m_path);
    std::swap(m_handle, other.m_handle);
    return *this;
}

UpdateLock::~UpdateLock()
{
    if (m_handle < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData()); // still held: nobody else can be using it
    ::close(int(m_handle));
}

bool removeUnheldLockFile(const QString& lockPath)
{
    const QByteArray path = QFile::encodeName(lockPath);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && isCurrentFile(fd, path))
        removed = ::unlink(path.constData()) == 0;
    ::close(fd);
    return removed;
}

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace twofold
