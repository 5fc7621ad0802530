// Windows implementation of writeFileAtomically: ReplaceFileW keeps the old file as the
// backup and swaps in the new one; FlushFileBuffers makes the data durable.
#include "vault/AtomicFile.h"

#include <QFileInfo>
#include <QUuid>

#include <windows.h>

#include <cerrno>

namespace twofold {

namespace {
int toErrno(DWORD err)
{
    switch (err) {
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_ACCESS_DENIED:
        return EACCES;
    case ERROR_WRITE_PROTECT:
        return EROFS;
    case ERROR_PATH_NOT_FOUND:
    case ERROR_FILE_NOT_FOUND:
        return ENOENT;
    default:
        return EIO;
    }
}
} // namespace

Status writeFileAtomically(const QString& path, QByteArrayView data, BackupPolicy backupPolicy,
                           const FaultInjector& faults)
{
    const QString target = resolveVaultPath(path);
    const bool keepBackup = backupPolicy == BackupPolicy::KeepPrevious;
    const QString temp =
        target + QStringLiteral(".") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    const auto wide = [](const QString& s) { return reinterpret_cast<const wchar_t*>(s.utf16()); };
    const auto injected = [&](SaveStep step) { return faults && faults(step); };

    if (injected(SaveStep::CreateTemp))
        return fileError(ENOSPC, path, true);
    HANDLE h = CreateFileW(wide(temp), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return fileError(toErrno(GetLastError()), path, true);
    const auto fail = [&](int err) -> Status {
        if (h != INVALID_HANDLE_VALUE)
            CloseHandle(h);
        DeleteFileW(wide(temp));
        return fileError(err, path, true);
    };
    const char* p = data.data();
    qsizetype left = data.size();
    if (injected(SaveStep::Write))
        return fail(ENOSPC);
    while (left > 0) {
        DWORD written = 0;
        const DWORD chunk = DWORD(std::min<qsizetype>(left, 1 << 30));
        if (!WriteFile(h, p, chunk, &written, nullptr) || written == 0)
            return fail(toErrno(GetLastError()));
        p += written;
        left -= written;
    }
    if (injected(SaveStep::Sync) || !FlushFileBuffers(h))
        return fail(injected(SaveStep::Sync) ? ENOSPC : toErrno(GetLastError()));
    if (injected(SaveStep::Close) || !CloseHandle(h)) {
        h = INVALID_HANDLE_VALUE;
        return fail(ENOSPC);
    }
    h = INVALID_HANDLE_VALUE;
    const bool exists = GetFileAttributesW(wide(target)) != INVALID_FILE_ATTRIBUTES;
    if (injected(SaveStep::Backup) || injected(SaveStep::Rename))
        return fail(ENOSPC);
    const QString backup = target + QStringLiteral(".bak");
    if (backupPolicy == BackupPolicy::ReplaceWithNew && !CopyFileW(wide(temp), wide(backup), FALSE))
        return fail(toErrno(GetLastError())); // the new content is the .bak before it is the file
    BOOL ok;
    if (exists) {
        ok = ReplaceFileW(wide(target), wide(temp), keepBackup ? wide(backup) : nullptr,
                          REPLACEFILE_IGNORE_MERGE_ERRORS, nullptr, nullptr);
    } else {
        ok = MoveFileExW(wide(temp), wide(target), MOVEFILE_WRITE_THROUGH);
    }
    if (!ok)
        return fail(toErrno(GetLastError()));
    return {};
}

} // namespace twofold
