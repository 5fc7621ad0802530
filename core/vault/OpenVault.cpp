#include "vault/OpenVault.h"

#include "common/PrivateFolder.h"
#include "common/Sodium.h"
#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtEndian>

#include <cerrno>

#include <sodium.h>

namespace twofold {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::OpenVault)
};

// The body nonce of the file now on disk (empty if it is gone or unreadable).
QByteArray currentFingerprint(const QString& path)
{
    Result<VaultHeader> header = VaultFile::readHeader(path);
    return header ? header->bodyNonce : QByteArray();
}

// Why the folder of a new vault could not be made (makePrivateFolder says only that it failed):
// a full or read-only disk, as the nearest folder that exists tells, else no permission.
int folderFailure(const QString& folder)
{
    QFileInfo existing(folder);
    for (int depth = 0; depth < 256 && !existing.exists(); ++depth)
        existing = QFileInfo(existing.absolutePath());
    const DiskState disk = diskStateOf(existing.absoluteFilePath());
    return disk.readOnly ? EROFS : disk.full ? ENOSPC : EACCES;
}

} // namespace

QString OpenVault::defaultPath()
{
    // Independent of the application/organisation names, so GUI and CLI always agree.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Twofold/vault.twofold");
}

OpenVault::OpenVault(QString path, VaultHeader header, SecureBuffer key, Vault vault, OpenMode mode)
    : m_path(std::move(path)), m_header(std::move(header)), m_vaultKey(std::move(key)),
      m_vault(std::move(vault)), m_mode(mode), m_attachmentsPath(m_path)
{
    m_vault.setSealedSource([this](const QByteArray& id) { return readSealed(id); });
}

Result<QByteArray> OpenVault::readSealed(const QByteArray& id)
{
    // Indexed on the first attachment opened, and once more when the record is not where the
    // index says (the file was rewritten since) or not there at all.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_attachmentIndex || attempt == 1) {
            Result<VaultFile::AttachmentIndex> index = VaultFile::indexAttachments(m_attachmentsPath);
            if (!index)
                return index.error();
            m_attachmentIndex = std::move(index).value();
        }
        const auto it = m_attachmentIndex->refs.constFind(id);
        if (it == m_attachmentIndex->refs.constEnd())
            continue;
        Result<QByteArray> sealed = VaultFile::readAttachment(m_attachmentsPath, id, *it);
        if (sealed || sealed.error().code != ErrorCode::FileChanged)
            return sealed;
    }
    if (!m_attachmentIndex->complete)
        return Error(ErrorCode::FileDamaged,
                     Text::tr("The attachment section of the vault file is damaged."));
    return Error(ErrorCode::NotFound, Text::tr("This attachment's content is not on this computer."));
}

OpenVault::~OpenVault() = default;

void OpenVault::wipeSecrets()
{
    m_vaultKey.clear();
    m_serverSecret.clear();
    m_vault.mutableSecrets().clear(); // the one secure region of every entry secret
    m_mode = OpenMode::ReadOnly;      // save() now refuses instead of writing empty secrets
}

Status OpenVault::lock()
{
    // Beside the real file when the path is a symbolic link (every link to it shares it).
    const QString lockPath = resolveVaultPath(m_path) + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale (taken over)
    bool locked = lock->tryLock(0);
    qint64 pid = 0;
    QString host, app;
    // QLockFile takes over a lock naming a dead process, but not one a crash or a power cut
    // left empty or half-written ("process 0"): no process holds that one open, so it goes.
    if (!locked && lock->error() == QLockFile::LockFailedError &&
        (!lock->getLockInfo(&pid, &host, &app) || pid <= 0) && removeUnheldLockFile(lockPath))
        locked = lock->tryLock(0);
    if (locked) {
        QFile::setPermissions(lockPath, kOwnerOnlyFile);
        (void)syncFile(lockPath); // its content survives a power cut (best effort)
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        return Error(
            ErrorCode::FileLocked,
            Text::tr("This vault is open for changes in another program (%1, process %2). Close it there, "
                     "then try again.")
                .arg(app.isEmpty() ? Text::tr("another Twofold") : app)
                .arg(pid));
    }
    return lockRefusal(lockPath, lock->error() == QLockFile::PermissionError,
                       diskStateOf(QFileInfo(lockPath).absolutePath()));
}

Error OpenVault::lockRefusal(const QString& lockPath, bool permissionRefused, const DiskState& disk)
{
    // QLockFile names no errno: writing the lock's content on a full disk is an "unknown" error.
    if (!permissionRefused && !disk.readOnly && disk.full)
        return Error(ErrorCode::DiskFull,
                     Text::tr("The vault cannot be opened for changes, because the disk holding %1 is full "
                              "(there is no room for its lock file). Free some space and try again; commands "
                              "that only read the vault still work.")
                         .arg(QDir::toNativeSeparators(lockPath)));
    return Error(
        permissionRefused || disk.readOnly ? ErrorCode::ReadOnly : ErrorCode::FileWriteFailed,
        Text::tr(
            "The vault cannot be opened for changes, because its folder does not allow creating the lock "
            "file %1 (read-only or no permission). Commands that only read the vault still work.")
            .arg(QDir::toNativeSeparators(lockPath)));
}

Result<std::unique_ptr<OpenVault>> OpenVault::create(const QString& path, const SecureBuffer& password,
                                                     const kdf::Params& params, Clock& clock)
{
    ensureSodium();
    const QFileInfo info(path);
    if (!makePrivateFolder(info.absolutePath()))
        return fileError(folderFailure(info.absolutePath()), path, true);
    VaultHeader header;
    header.vaultId = QByteArray(16, Qt::Uninitialized);
    randombytes_buf(header.vaultId.data(), 16);
    header.createdMs = clock.nowMs();
    SecureBuffer vaultKey(kVaultKeyBytes);
    randombytes_buf(vaultKey.data(), vaultKey.size());
    Result<KeySlot> slot =
        VaultFile::makePasswordSlot(password, params, header.vaultId, vaultKey, nullptr, nullptr, clock);
    if (!slot)
        return slot.error();
    header.keySlots.push_back(std::move(slot).value());
    return createWithHeader(path, std::move(header), std::move(vaultKey), clock);
}

Result<std::unique_ptr<OpenVault>> OpenVault::createWithHeader(const QString& path, VaultHeader header,
                                                               SecureBuffer vaultKey, Clock& clock)
{
    ensureSodium();
    const QFileInfo info(path);
    if (!makePrivateFolder(info.absolutePath()))
        return fileError(folderFailure(info.absolutePath()), path, true);
    std::unique_ptr<OpenVault> v(new OpenVault(info.absoluteFilePath(), std::move(header),
                                               std::move(vaultKey), Vault(clock), OpenMode::ReadWrite));
    if (Status s = v->lock(); !s)
        return s.error();
    const auto refuseExisting = [&path](const VaultOnDisk& disk) -> Status {
        if (disk.exists())
            return Error(
                ErrorCode::FileWriteFailed,
                Text::tr("There is already a file at %1. Open it, or choose another name for the new vault.")
                    .arg(QDir::toNativeSeparators(path)));
        return {};
    };
    if (Status s = v->writeTo(v->m_path, BackupPolicy::KeepPrevious, refuseExisting); !s)
        return s.error();
    return v;
}

Result<std::unique_ptr<OpenVault>> OpenVault::open(const QString& path, const SecureBuffer& password,
                                                   OpenMode mode, Clock& clock)
{
    Result<VaultFile> file = VaultFile::read(path);
    if (!file)
        return file.error();
    Result<PasswordKey> key = file->derivePasswordKey(password);
    if (!key)
        return key.error();
    // With two-factor sign-in on, the auth section is what proves the password right.
    if (Result<SecureBuffer> auth = file->openAuthSection(*key); !auth)
        return auth.error();
    Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key);
    if (!vaultKey)
        return vaultKey.error();
    return fromUnlockedFile(path, std::move(*file), std::move(vaultKey).value(), mode, clock);
}

Result<std::unique_ptr<OpenVault>> OpenVault::openWithAppPassword(const QString& path,
                                                                  const SecureBuffer& appPassword,
                                                                  OpenMode mode, Clock& clock,
                                                                  const SecureBuffer* accountKey)
{
    Result<VaultFile> file = VaultFile::read(path);
    if (!file)
        return file.error();
    int slotIndex = -1;
    Result<SecureBuffer> vaultKey = file->unlockAppPasswordSlot(appPassword, &slotIndex, accountKey);
    if (!vaultKey)
        return vaultKey.error();
    Result<std::unique_ptr<OpenVault>> v =
        fromUnlockedFile(path, std::move(*file), std::move(vaultKey).value(), mode, clock);
    if (v && slotIndex >= 0) {
        // "Last used" is recorded when the vault may be written (read-only opens create no
        // file); it goes out with this save or the command's own.
        (*v)->m_header.keySlots[std::size_t(slotIndex)].lastUsedMs = clock.nowMs();
        if (mode == OpenMode::ReadWrite)
            (void)(*v)->save(); // best effort: the command's own save reports any problem
    }
    return v;
}

Result<std::unique_ptr<OpenVault>> OpenVault::fromUnlockedFile(const QString& path, VaultFile&& file,
                                                               SecureBuffer vaultKey, OpenMode mode,
                                                               Clock& clock)
{
    Result<Vault> vault = file.takeBody(vaultKey, clock);
    if (!vault)
        return vault.error();
    std::unique_ptr<OpenVault> v(new OpenVault(QFileInfo(path).absoluteFilePath(), file.header(),
                                               std::move(vaultKey), std::move(vault).value(), mode));
    v->m_fingerprint = file.fingerprint();
    v->m_loadedAuth = file.header().authSection;
    if (mode == OpenMode::ReadWrite) {
        if (Status s = v->lock(); !s)
            return s.error();
        if (currentFingerprint(v->m_path) != v->m_fingerprint)
            return Error(
                ErrorCode::FileChanged,
                Text::tr(
                    "The vault file was changed by another program while it was being opened. Try again."));
    }
    return v;
}

Status OpenVault::writeTo(const QString& path, BackupPolicy backup,
                          const std::function<Status(const VaultOnDisk&)>& check)
{
    QByteArray fingerprint;
    VaultFile::AttachmentIndex written;
    const auto transform = [&](const VaultOnDisk& disk) -> Result<QByteArray> {
        if (check)
            if (Status s = check(disk); !s)
                return s.error();
        QByteArray bytes = VaultFile::encode(m_header, m_vault, m_vaultKey);
        // Then every attachment's sealed content: from memory when added since, else copied
        // from the file as it is (never decrypted on the way).
        written = VaultFile::AttachmentIndex{{}, true};
        const qint64 sectionStart = bytes.size();
        for (const QByteArray& id : m_vault.attachmentIds()) {
            Result<QByteArray> sealed = m_vault.sealedAttachment(id);
            if (!sealed) {
                // Content this computer never had (added elsewhere), or damaged beyond opening:
                // the entry keeps the attachment's name, as it was.
                if (sealed.error().code == ErrorCode::NotFound ||
                    sealed.error().code == ErrorCode::FileDamaged)
                    continue;
                return Error(sealed.error().code,
                             Text::tr("The vault was not saved: %1 Your changes are kept; try again.")
                                 .arg(sealed.error().message));
            }
            VaultFile::appendAttachment(bytes, id, *sealed);
            written.refs.insert(
                id, VaultFile::AttachmentRef{bytes.size() - sealed->size() - sectionStart, sealed->size()});
        }
        fingerprint = m_header.bodyNonce;
        return bytes;
    };
    VaultUpdateOptions options;
    options.backup = backup;
    options.faults = m_faults;
    options.whileLockBusy = m_whileLockBusy;
    options.beforeWrite = m_beforeWrite;
    if (Status s = updateVaultFile(path, transform, options); !s) {
        // A failure after the rename (folder sync) leaves the new file in place: it is ours.
        if (!fingerprint.isEmpty() && currentFingerprint(path) == fingerprint) {
            m_fingerprint = fingerprint;
            m_loadedAuth = m_header.authSection;
            attachmentsWritten(path, std::move(written));
        }
        return s;
    }
    m_fingerprint = fingerprint;
    m_loadedAuth = m_header.authSection;
    attachmentsWritten(path, std::move(written));
    m_vault.setModified(false);
    return {};
}

void OpenVault::attachmentsWritten(const QString& path, VaultFile::AttachmentIndex index)
{
    m_attachmentsPath = path;
    m_attachmentIndex = std::move(index);
    m_vault.sealedSaved([this](const QByteArray& id) { return readSealed(id); });
}

Status OpenVault::save(BackupPolicy backup, const QByteArray* authBase)
{
    if (m_mode == OpenMode::ReadOnly)
        return Error(ErrorCode::ReadOnly,
                     Text::tr("This vault was opened read-only, so changes cannot be saved."));
    const QByteArray ownAuth = m_header.authSection;
    // Runs under the update lock, on the file as it is now: nobody writes between this
    // check and the write.
    const auto check = [&](const VaultOnDisk& disk) -> Status {
        m_header.authSection = ownAuth;
        if (!disk.exists())
            return {};
        if (!disk.header() || disk.header()->bodyNonce != m_fingerprint)
            return Error(
                ErrorCode::FileChanged,
                Text::tr("The vault file was replaced by another program since it was opened, so it was not "
                         "overwritten. Your changes are still open: save them to another file."));
        const QByteArray& onDisk = disk.header()->authSection;
        if (ownAuth == m_loadedAuth) {
            // Sign-in state written since by another Twofold process (failed attempts, used
            // codes): kept. (Key slots cannot change without the body: they are part of its
            // associated data, so the fingerprint check covers them.)
            m_header.authSection = onDisk;
        } else if (authBase && onDisk != *authBase) {
            return Error(
                ErrorCode::FileChanged,
                Text::tr("Someone signed in to this vault in another program while you were changing its "
                         "two-factor settings, so the change was not saved. Try again."));
        }
        return {};
    };
    Status s = writeTo(m_path, backup, check);
    if (!s && m_fingerprint != m_header.bodyNonce) // not written: as before the call
        m_header.authSection = ownAuth;
    return s;
}

Status OpenVault::saveAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return save();
    std::unique_ptr<OpenVault> probe; // take the new path's lock before writing there
    const QString oldPath = m_path;
    auto oldLock = std::move(m_lock);
    m_path = absolute;
    if (Status s = lock(); !s) {
        m_path = oldPath;
        m_lock = std::move(oldLock);
        return s;
    }
    if (Status s = writeTo(m_path, BackupPolicy::KeepPrevious); !s) {
        m_lock = std::move(oldLock);
        m_path = oldPath;
        return s;
    }
    m_mode = OpenMode::ReadWrite;
    return {};
}

Status OpenVault::changePassword(const SecureBuffer& newPassword, const kdf::Params& params,
                                 const SecureBuffer* share, const SecureBuffer* authPlaintext)
{
    if (m_mode == OpenMode::ReadOnly)
        return Error(ErrorCode::ReadOnly,
                     Text::tr("This vault was opened read-only, so its password cannot be changed."));
    if (!m_header.authSection.isEmpty() && !authPlaintext)
        return Error(ErrorCode::Internal,
                     Text::tr("The two-factor settings must be re-sealed with the new password."));
    KeySlot* old = m_header.passwordSlot();
    if (old && old->needsShare && !share)
        return Error(ErrorCode::CodeRequired, Text::tr("This vault has two-factor sign-in turned on: "
                                                       "changing the password needs the sign-in share."));
    PasswordKey key;
    Result<KeySlot> slot = VaultFile::makePasswordSlot(newPassword, params, m_header.vaultId, m_vaultKey,
                                                       share, &key, m_vault.clock());
    if (!slot)
        return slot.error();
    VaultHeader previous = m_header;
    *m_header.passwordSlot() = std::move(slot).value();
    if (authPlaintext)
        m_header.authSection = VaultFile::sealAuthSection(key, m_header.vaultId, authPlaintext->view());
    // The .bak gets the new file too: a .bak that opens with the old password is a way in.
    if (Status s = save(BackupPolicy::ReplaceWithNew, &previous.authSection); !s) {
        m_header = std::move(previous); // the file still has the old password
        return s;
    }
    return {};
}

Status OpenVault::adoptRewrittenHeader()
{
    Result<VaultHeader> onDisk = VaultFile::readHeader(m_path);
    if (!onDisk)
        return onDisk.error();
    if (onDisk->vaultId != m_header.vaultId)
        return Error(
            ErrorCode::FileChanged,
            Text::tr("The vault file was replaced by another program since it was opened, so it was not "
                     "overwritten. Your changes are still open: save them to another file."));
    m_header.keySlots = onDisk->keySlots;
    m_header.authSection = onDisk->authSection;
    m_header.bodyNonce = onDisk->bodyNonce;
    m_fingerprint = onDisk->bodyNonce;
    m_loadedAuth = onDisk->authSection;
    return {};
}

} // namespace twofold
