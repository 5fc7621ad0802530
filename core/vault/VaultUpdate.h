#pragma once
// updateVaultFile: every read-modify-write of a vault file goes through here (DESIGN.md
// sections 3 and 9, issue 11 "One writer at a time"): a body save (OpenVault::save), and
// every change of sign-in state (a wrong code, a used code, a send) by the verifier host. It
// takes the file's short update lock (<real path>.update.lock, UpdateLock), reads the file as
// it is now, lets the caller turn it into the new file, writes that atomically and lets go.
// So two writers, in one process or in several, never undo each other: the second one reads
// what the first wrote. The session lock (<real path>.lock, OpenVault) is a different lock:
// it keeps a second program from opening the vault for changes at all.
#include "vault/AtomicFile.h"
#include "vault/FileLock.h"
#include "vault/VaultFile.h"

#include <optional>

namespace twofold {

// The vault file as it is on disk, read while the update lock is held.
class VaultOnDisk
{
public:
    explicit VaultOnDisk(QString realPath);

    // The real file: symbolic links followed (see resolveVaultPath).
    const QString& path() const { return m_path; }
    // False when there is no file there yet (a vault being created or saved elsewhere).
    bool exists() const { return m_exists; }
    // Its header (fast: the body is not read). When exists() and it cannot be read or is
    // damaged, the VaultFile::readHeader refusal.
    const Result<VaultHeader>& header() const { return m_header; }
    // The whole file, read on the first call (VaultFile::read, so every check without a key
    // is made; the body is not decrypted). For a rewrite that keeps the body
    // (VaultFile::withAuthSection).
    const Result<VaultFile>& file() const;

private:
    QString m_path;
    bool m_exists = false;
    Result<VaultHeader> m_header;
    mutable std::optional<Result<VaultFile>> m_file;
};

struct VaultUpdateOptions
{
    BackupPolicy backup = BackupPolicy::KeepPrevious;
    int lockWaitMs = kUpdateLockWaitMs;
    // Tests: called once, before waiting, when another writer holds the update lock.
    std::function<void()> whileLockBusy;
    // Tests: called with the lock held, after transform and before the write (to interleave
    // another writer deterministically: it must wait for this one).
    std::function<void()> beforeWrite;
    FaultInjector faults; // tests: a write step fails (AtomicFile.h)
};

// transform gets the file as it is now and returns the whole new file to write, an empty
// array to write nothing, or an error to give up (nothing is written; that error is returned).
// It runs with the update lock held, so it must be quick (no network, no Argon2 when it can
// be avoided): other writers wait up to kUpdateLockWaitMs.
using VaultTransform = std::function<Result<QByteArray>(const VaultOnDisk& current)>;

// Under path's update lock: reads the file, runs transform, writes its result with
// writeFileAtomically(options.backup) and removes the temporary files left in the folder by
// saves that were killed (isTemporaryFileOf). path may be a symbolic link: the real file is
// read and written, and both locks sit beside it. Refuses FileLocked (another writer held the
// lock for lockWaitMs), the lock file's fileError() (read-only disk, no permission), the
// transform's error, and writeFileAtomically's errors (the file then is as it was, except
// after a failed folder sync, when the new file is in place).
Status updateVaultFile(const QString& path, const VaultTransform& transform,
                       const VaultUpdateOptions& options = {});

// <real path>.update.lock
QString updateLockPath(const QString& path);

} // namespace twofold
