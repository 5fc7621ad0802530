#pragma once
// Crash-safe replacement of a file (DESIGN.md section 3): write a temporary file in the same
// folder, flush and fsync it, hard-link the old file to path.bak, rename the temporary over
// path, fsync the folder. At every instant path holds the old or the new content.
#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace twofold {

enum class SaveStep { CreateTemp, Write, Sync, Close, Backup, Rename, SyncFolder };

// Tests: return true to make that step fail as if the disk were full.
using FaultInjector = std::function<bool(SaveStep)>;

// What becomes of path.bak when path is replaced.
enum class BackupPolicy {
    KeepPrevious,   // the file being replaced becomes path.bak (a body save)
    LeaveAsIs,      // path.bak is not touched (sign-in state: a failure, a used code, a send)
    ReplaceWithNew, // path.bak becomes a copy of the new file, put there before the new file
                    // itself, so at no instant does a .bak open under rules the new file no
                    // longer has (two-factor sign-in turned on, password changed, recovery
                    // codes regenerated)
};

// Replaces path's content with data; backup says what becomes of path.bak. A path that is a
// symbolic link is followed: the file it points to is replaced (and its .bak sits beside it).
// Errors: DiskFull, ReadOnly, PermissionDenied, FileWriteFailed, each with a sentence;
// path is untouched on any failure and no temporary file is left behind.
Status writeFileAtomically(const QString& path, QByteArrayView data, BackupPolicy backup,
                           const FaultInjector& faults = {});
// keepBackup: KeepPrevious, else LeaveAsIs.
inline Status writeFileAtomically(const QString& path, QByteArrayView data, bool keepBackup = true,
                                  const FaultInjector& faults = {})
{
    return writeFileAtomically(path, data, keepBackup ? BackupPolicy::KeepPrevious : BackupPolicy::LeaveAsIs,
                               faults);
}

// path with every symbolic link along it followed to the real file (which may not exist
// yet: a dangling link gives the path it points to). Absolute; path itself when no link.
QString resolveVaultPath(const QString& path);

// Names of the temporary files writeFileAtomically makes for path (in its folder), so that
// those left by a save that was killed can be removed by the next one.
bool isTemporaryFileOf(const QString& fileName, const QString& path);

// Removes the vault file at path (a symbolic link is followed, as writeFileAtomically follows
// it, and the link removed too), its backup path.bak, and what saves and locks leave beside it
// (isTemporaryFileOf, path.bak.tmp, path.lock and path.update.lock when no process holds them).
// Files already gone are fine. Refuses with fileError()'s sentence a file that exists and
// cannot be removed (the others are still removed); the vault must be closed first.
Status removeVaultFiles(const QString& path);

// A sentence for a failed file operation with errno err on path (used by the vault too).
Error fileError(int err, const QString& path, bool writing);

// What the disk holding folder says of itself, for a failure whose errno is not known
// (QLockFile tells only "permission" or "unknown"). full: less room left than a new small
// file takes (kDiskFullBelowBytes).
struct DiskState
{
    bool readOnly = false;
    bool full = false;
};
inline constexpr qint64 kDiskFullBelowBytes = 64 * 1024;
DiskState diskStateOf(const QString& folder);

} // namespace twofold
