#pragma once
// Cross-process locks next to the vault file (DESIGN.md sections 3 and 9): a short exclusive
// lock held around every read-modify-write of the file (UpdateLock), and the helpers the
// session lock (QLockFile, held while a vault is open for changes) needs to take over a lock
// left by a crash whatever it holds. One interface, a file per OS (FileLock_posix.cpp with
// flock, FileLock_win.cpp with LockFileEx), chosen in CMake.
#include "common/Result.h"

#include <QString>

#include <functional>

namespace twofold {

inline constexpr int kUpdateLockWaitMs = 10000;

class UpdateLock
{
public:
    // Takes the exclusive lock of lockPath (created 0600 if missing; its content, this
    // process's id, is written and synced). Waits up to waitMs while another process or
    // thread holds it, calling whileBusy once (if set) before it waits. The kernel drops the
    // lock when its holder dies, so a crash never leaves it taken, whatever the file holds.
    // Refuses FileLocked when still held after waitMs, or the fileError() of a lock file that
    // cannot be created (read-only disk, no permission).
    static Result<UpdateLock> acquire(const QString& lockPath, int waitMs = kUpdateLockWaitMs,
                                      const std::function<void()>& whileBusy = {});

    UpdateLock(UpdateLock&& other) noexcept;
    UpdateLock& operator=(UpdateLock&& other) noexcept;
    UpdateLock(const UpdateLock&) = delete;
    UpdateLock& operator=(const UpdateLock&) = delete;
    // Releases the lock and removes its file (safe: a waiter that locked the removed file
    // notices and locks the new one).
    ~UpdateLock();

private:
    UpdateLock(QString path, qintptr handle) : m_path(std::move(path)), m_handle(handle) {}
    QString m_path;
    qintptr m_handle = -1;
};

// A QLockFile that names no live process (empty, garbage, or a process id that does not
// run) and that no process holds open: removes it and returns true. False when a live
// process holds it (or it is gone already).
bool removeUnheldLockFile(const QString& lockPath);

// Flushes path's content to the disk (fsync); false when it could not be.
bool syncFile(const QString& path);

} // namespace twofold
