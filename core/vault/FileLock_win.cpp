// Windows implementation of FileLock.h: LockFileEx, which Windows releases when its holder
// dies. QLockFile keeps its file open without FILE_SHARE_DELETE, so a lock file that can be
// deleted is one whose process is gone.
#include "vault/FileLock.h"

#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <windows.h>

#include <cerrno>

namespace twofold {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::FileLock)
};

const wchar_t* wide(const QString& s)
{
    return reinterpret_cast<const wchar_t*>(s.utf16());
}

} // namespace

Result<UpdateLock> UpdateLock::acquire(const QString& lockPath, int waitMs,
                                       const std::function<void()>& whileBusy)
{
    HANDLE h = CreateFileW(wide(lockPath), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return fileError(GetLastError() == ERROR_WRITE_PROTECT ? EROFS : EACCES, lockPath, true);
    QDeadlineTimer deadline(waitMs);
    bool toldBusy = false;
    int pauseMs = 1;
    for (;;) {
        OVERLAPPED at{};
        if (LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, MAXDWORD, MAXDWORD, &at)) {
            const QByteArray content = QByteArray::number(qint64(GetCurrentProcessId())) + "\r\n";
            DWORD written = 0;
            SetFilePointer(h, 0, nullptr, FILE_BEGIN);
            if (WriteFile(h, content.constData(), DWORD(content.size()), &written, nullptr) &&
                SetEndOfFile(h))
                FlushFileBuffers(h);
            return UpdateLock(lockPath, qintptr(h));
        }
        if (!toldBusy) {
            toldBusy = true;
            if (whileBusy)
                whileBusy();
        }
        if (deadline.hasExpired()) {
            CloseHandle(h);
            return Error(ErrorCode::FileLocked,
                         Text::tr("The vault is being written by another program. Try again in a moment."));
        }
        QThread::msleep(pauseMs);
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
    CloseHandle(HANDLE(m_handle)); // releases the lock; the file stays (others may have it open)
}

bool removeUnheldLockFile(const QString& lockPath)
{
    return DeleteFileW(wide(lockPath)) != 0;
}

bool syncFile(const QString& path)
{
    HANDLE h = CreateFileW(wide(path), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h) != 0;
    CloseHandle(h);
    return ok;
}

} // namespace twofold
