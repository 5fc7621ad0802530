#pragma once
// OpenVault: an unlocked vault file — its content, its keys, its lock and where it is saved.
// The GUI, the CLI and tests go through this; slow calls (create, open, save of big vaults)
// belong off the GUI thread.
#include "common/Clock.h"
#include "common/Result.h"
#include "vault/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultUpdate.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace twofold {

enum class OpenMode {
    ReadWrite, // takes the vault's lock (a second writer is refused); save() allowed
    ReadOnly,  // creates no file at all (works on a read-only or full disk); save() refused
};

class OpenVault
{
public:
    // The default vault path: QStandardPaths::AppDataLocation/vault.twofold.
    static QString defaultPath();

    // Creates a new, empty vault at path (refusing an existing file), encrypted under
    // password with params, and saves it. The folder is created if missing.
    static Result<std::unique_ptr<OpenVault>> create(const QString& path, const SecureBuffer& password,
                                                     const kdf::Params& params, Clock& clock = systemClock());

    // The same with a header made by the caller (a server-mode vault: its key slot and server
    // fields) and the vault key its password slot wraps: a new, empty vault saved at path.
    static Result<std::unique_ptr<OpenVault>> createWithHeader(const QString& path, VaultHeader header,
                                                               SecureBuffer vaultKey,
                                                               Clock& clock = systemClock());

    // Opens with the master password alone. Refuses with CodeRequired when the vault's
    // password slot needs a second factor (use core/auth's SignInSession), WrongPassword,
    // FileLocked (ReadWrite and another process holds it), and every VaultFile::read refusal.
    static Result<std::unique_ptr<OpenVault>> open(const QString& path, const SecureBuffer& password,
                                                   OpenMode mode = OpenMode::ReadWrite,
                                                   Clock& clock = systemClock());

    // Opens with an app password (one of the app-password slots). Records the slot's last
    // use, saved at once when opened ReadWrite (a ReadOnly open writes nothing). accountKey:
    // server mode, the account key the app-password slots also need (VaultFile::
    // unlockAppPasswordSlot).
    static Result<std::unique_ptr<OpenVault>> openWithAppPassword(const QString& path,
                                                                  const SecureBuffer& appPassword,
                                                                  OpenMode mode = OpenMode::ReadWrite,
                                                                  Clock& clock = systemClock(),
                                                                  const SecureBuffer* accountKey = nullptr);

    // For core/auth: the last step once the vault key is known. Takes the lock (ReadWrite).
    // The file's bytes are dropped as soon as the body is decrypted (peak memory).
    static Result<std::unique_ptr<OpenVault>> fromUnlockedFile(const QString& path, VaultFile&& file,
                                                               SecureBuffer vaultKey, OpenMode mode,
                                                               Clock& clock = systemClock());

    ~OpenVault();

    Vault& vault() { return m_vault; }
    const Vault& vault() const { return m_vault; }
    VaultHeader& header() { return m_header; }
    const VaultHeader& header() const { return m_header; }
    const SecureBuffer& vaultKey() const { return m_vaultKey; }
    // Server mode: share ‖ account key (serverSecret()) as the sign-in that opened this vault
    // had them (core/auth sets it), so a new master password or a new app password can wrap
    // its slot without another sign-in. Empty otherwise (also after an app-password open).
    const SecureBuffer& serverSecret() const { return m_serverSecret; }
    void setServerSecret(SecureBuffer secret) { m_serverSecret = std::move(secret); }
    QString path() const { return m_path; }
    OpenMode mode() const { return m_mode; }

    // Writes the vault to its file atomically (DESIGN.md section 3), under the file's update
    // lock (updateVaultFile), with backup for path.bak (KeepPrevious: the old file is kept;
    // ReplaceWithNew for a change of sign-in rules, so no .bak opens under the old ones).
    // On failure the file on disk is byte-identical and the changes stay in memory.
    // Refuses FileChanged when another program replaced the body since it was opened/saved.
    // The auth section on disk (sign-in state written by another Twofold process) is kept
    // unless this vault changed its own auth section since; a caller that changed it passes
    // authBase, the auth section its change was made from, and the save is refused
    // (FileChanged) when the one on disk is no longer that one (sign-in state written since
    // would be undone).
    Status save(BackupPolicy backup = BackupPolicy::KeepPrevious, const QByteArray* authBase = nullptr);
    // Saves to another path (which becomes this vault's path; the lock moves with it).
    Status saveAs(const QString& path);

    // Rewraps the password slot under a new password (nothing else is re-encrypted) and saves.
    // share: the sign-in share when 2FA is on (the new slot needs it too). authPlaintext: the
    // auth section's content, re-sealed under the new password; required when there is one.
    Status changePassword(const SecureBuffer& newPassword, const kdf::Params& params,
                          const SecureBuffer* share = nullptr, const SecureBuffer* authPlaintext = nullptr);

    // Takes the key slots, auth section and body nonce of the file on disk, which the verifier
    // host of this process rewrote (two-factor rules, app passwords, the master password) with
    // the same entries. Only for that: while this vault holds the write lock no other program
    // writes its body, so the file's body is this vault's.
    Status adoptRewrittenHeader();

    // Wipes and frees every secret this holds (the vault key, the entries' secrets) ahead of
    // a read-only command line ending without destructors; only the non-secret fields
    // (titles, usernames, …) stay readable, and nothing may be saved afterwards.
    void wipeSecrets();

    // The refusal of opening for changes when the lock file at lockPath could not be created:
    // permissionRefused when QLockFile said so; disk is the state of the disk holding it. A
    // full disk says so (DiskFull) rather than blaming the folder's permissions.
    static Error lockRefusal(const QString& lockPath, bool permissionRefused, const DiskState& disk);

    // Tests only: makes a save step fail.
    void setFaultInjector(FaultInjector injector) { m_faults = std::move(injector); }
    // Tests only: hooks run inside every save's update (VaultUpdateOptions).
    void setUpdateHooks(std::function<void()> whileLockBusy, std::function<void()> beforeWrite)
    {
        m_whileLockBusy = std::move(whileLockBusy);
        m_beforeWrite = std::move(beforeWrite);
    }

private:
    OpenVault(QString path, VaultHeader header, SecureBuffer key, Vault vault, OpenMode mode);
    Status lock();
    Result<QByteArray> readSealed(const QByteArray& id);
    void attachmentsWritten(const QString& path, VaultFile::AttachmentIndex index);
    // check: refusals made from the file on disk, under the update lock, before writing.
    Status writeTo(const QString& path, BackupPolicy backup,
                   const std::function<Status(const VaultOnDisk&)>& check = {});

    QString m_path;
    VaultHeader m_header;
    SecureBuffer m_vaultKey;
    SecureBuffer m_serverSecret;
    Vault m_vault;
    OpenMode m_mode;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_fingerprint;  // body nonce of the file as last read or written
    QByteArray m_loadedAuth;   // auth section as last read or written (to merge newer sign-in state)
    QString m_attachmentsPath; // the file the saved attachments are read from
    std::optional<VaultFile::AttachmentIndex> m_attachmentIndex;
    FaultInjector m_faults;
    std::function<void()> m_whileLockBusy, m_beforeWrite;
};

} // namespace twofold
