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

// Replaces path's content with data. keepBackup: the previous file becomes path.bak.
// Errors: DiskFull, ReadOnly, PermissionDenied, FileWriteFailed, each with a sentence;
// path is untouched on any failure and no temporary file is left behind.
Status writeFileAtomically(const QString& path, QByteArrayView data, bool keepBackup = true,
                           const FaultInjector& faults = {});

// A sentence for a failed file operation with errno err on path (used by the vault too).
Error fileError(int err, const QString& path, bool writing);

} // namespace twofold
