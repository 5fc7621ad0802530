#pragma once
// VaultController: the open vault behind the vault window. Every change goes through it, so
// views hear about it (entry signals) and the vault is saved after each change — on a worker
// thread, one save at a time. A change made while a save is running waits for that save
// first, so the worker never sees the vault change under it. Lock drops the vault (keys and
// secrets wiped).
#include "common/Result.h"
#include "io/ImportMerge.h"
#include "vault/Entry.h"

#include <QObject>
#include <QUuid>

#include <functional>
#include <memory>

template <typename T> class QFutureWatcher;

namespace twofold {

class OpenVault;
class Vault;

class VaultController : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of vault (which must not be null).
    explicit VaultController(std::shared_ptr<OpenVault> vault, QObject* parent = nullptr);
    // Waits for a save in flight, then drops the vault.
    ~VaultController() override;

    bool isOpen() const { return bool(m_vault); }
    // The vault's content. Only while isOpen().
    const Vault& vault() const;
    // The vault file's path (kept after locking).
    QString path() const { return m_path; }
    // The open vault itself, for Preferences > Security, whose two-factor changes rewrite its
    // header. Waits for a save in flight first, so the caller never races the save worker.
    // Only while isOpen(). The caller must not keep the reference past aboutToLock(): lock()
    // drops the vault. After changing it, call save() so the change reaches the file.
    OpenVault& openVault();

    // ---- changes: each emits the entry signals and starts a save ----
    // Adds an entry; refusals (no title) come back as sentences.
    Result<QUuid> addEntry(EntryFields fields);
    Status updateEntry(const QUuid& id, EntryFields fields);
    Status moveToTrash(const QUuid& id);
    Status restoreFromTrash(const QUuid& id);
    // Attachments: added (read from content, sealed at once) or removed like any change; the
    // content of one is read from the file when asked for (after a save in flight).
    Result<QByteArray> addAttachment(const QUuid& id, const QString& name, QByteArrayView content);
    Status removeAttachment(const QUuid& id, const QByteArray& attachmentId);
    Result<SecureBuffer> attachmentContent(const QUuid& id, const QByteArray& attachmentId);
    // The group at path "A/B" (created, with its parents, when missing); the null id for "".
    Result<QUuid> ensureGroup(const QString& path);

    // Brings data into the vault (io::mergeInto, duplicates as policy says), announced by
    // importStarted() and importFinished() (views read the vault again then), then saves when
    // anything was added or updated. progress as mergeInto's: (done, total), false cancels, and
    // a cancelled import leaves the vault as it was. A lock asked for while it runs (progress
    // may let events through) waits for its end. Refused (cancelled, nothing done) when locked.
    io::MergeSummary importEntries(io::ImportData data, io::DuplicatePolicy policy,
                                   const std::function<bool(int, int)>& progress = {});
    bool isImporting() const { return m_importing; }

    // The entry's password (UTF-8, secure memory); empty when there is no such entry.
    SecureBuffer password(const QUuid& id) const;

    // ---- saving ----
    // Starts saving now unless a save is running (then nothing: it already has every change).
    void save();
    bool isSaving() const { return m_saveWatcher != nullptr; }
    // True when changes are not on disk yet (a save is running, or the last one failed).
    bool hasUnsavedChanges() const;
    // The sentence of the last failed save ("" once a save succeeds).
    QString lastSaveError() const { return m_lastSaveError; }
    // Blocks until the save in flight (if any) has finished and its signal was emitted.
    void waitForSave();

    // Waits for the save in flight, drops the vault (wiping its keys and secrets) and emits
    // locked(). Changes whose save failed are lost: ask before calling. Asked while an import
    // runs, it locks when the import ends.
    void lock();

signals:
    // Row signals for models: index is the entry's position in vault().entries().
    void entryAboutToBeAdded(int index);
    void entryAdded(int index);
    void entryChanged(int index);
    void groupsChanged();
    // An import begins / has ended (entries and groups may have been added or replaced in bulk,
    // without the row signals: read the vault again).
    void importStarted();
    void importFinished();
    void savingChanged(bool saving);
    void saved();
    void saveFailed(const QString& message);
    // Before the vault is dropped: let go of every reference into it now.
    void aboutToLock();
    void locked();

private:
    Status finishChange(const QUuid& id, Status status);
    void onSaveFinished(QFutureWatcher<Status>* watcher);

    std::shared_ptr<OpenVault> m_vault;
    QString m_path;
    QFutureWatcher<Status>* m_saveWatcher = nullptr;
    QString m_lastSaveError;
    bool m_importing = false;
    bool m_lockAfterImport = false;
};

} // namespace twofold
