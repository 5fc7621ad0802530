#include "ui/vault/VaultController.h"

#include "vault/OpenVault.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib>

namespace twofold {

VaultController::VaultController(std::shared_ptr<OpenVault> vault, QObject* parent)
    : QObject(parent), m_vault(std::move(vault)), m_path(m_vault ? m_vault->path() : QString())
{
}

VaultController::~VaultController()
{
    waitForSave();
    m_vault.reset();
}

const Vault& VaultController::vault() const
{
    if (!m_vault)
        std::abort(); // a caller bug: the vault is locked
    return m_vault->vault();
}

OpenVault& VaultController::openVault()
{
    if (!m_vault)
        std::abort(); // a caller bug: the vault is locked
    waitForSave();
    return *m_vault;
}

Result<QUuid> VaultController::addEntry(EntryFields fields)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave();
    Vault& v = m_vault->vault();
    const int index = v.entryCount();
    // The core's two refusals (no title, unknown group) are checked first, so a refused entry
    // never announces a row; v.addEntry then says why in its own words.
    const bool untitled = !fields.title || fields.title->trimmed().isEmpty();
    const bool unknownGroup = fields.groupId && !fields.groupId->isNull() && !v.group(*fields.groupId);
    if (untitled || unknownGroup)
        return v.addEntry(std::move(fields));
    emit entryAboutToBeAdded(index);
    Result<QUuid> id = v.addEntry(std::move(fields));
    emit entryAdded(index);
    if (id)
        save();
    return id;
}

Status VaultController::updateEntry(const QUuid& id, EntryFields fields)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave();
    return finishChange(id, m_vault->vault().updateEntry(id, std::move(fields)));
}

Result<QByteArray> VaultController::addAttachment(const QUuid& id, const QString& name,
                                                  QByteArrayView content)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave();
    Result<QByteArray> added = m_vault->vault().addAttachment(id, name, content);
    if (!added)
        return added;
    (void)finishChange(id, {});
    return added;
}

Status VaultController::removeAttachment(const QUuid& id, const QByteArray& attachmentId)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave();
    return finishChange(id, m_vault->vault().removeAttachment(id, attachmentId));
}

Result<SecureBuffer> VaultController::attachmentContent(const QUuid& id, const QByteArray& attachmentId)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave(); // the save worker reads the attachments too
    const Entry* e = m_vault->vault().entry(id);
    if (e)
        for (const Attachment& a : e->attachments)
            if (a.id == attachmentId)
                return m_vault->vault().attachmentContent(a);
    return Error(ErrorCode::NotFound, tr("That attachment is no longer in the entry."));
}

Status VaultController::moveToTrash(const QUuid& id)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave();
    return finishChange(id, m_vault->vault().moveToTrash(id));
}

Status VaultController::restoreFromTrash(const QUuid& id)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    waitForSave();
    return finishChange(id, m_vault->vault().restoreFromTrash(id));
}

Result<QUuid> VaultController::ensureGroup(const QString& path)
{
    if (!m_vault)
        return Error(ErrorCode::Internal, tr("The vault is locked."));
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return QUuid();
    Vault& v = m_vault->vault();
    if (Result<QUuid> found = v.resolveGroup(parts.join(QLatin1Char('/'))))
        return found;
    waitForSave();
    QUuid parent;
    QString sofar;
    for (const QString& part : parts) {
        sofar = sofar.isEmpty() ? part.trimmed() : sofar + QLatin1Char('/') + part.trimmed();
        if (Result<QUuid> existing = v.resolveGroup(sofar)) {
            parent = *existing;
            continue;
        }
        Result<QUuid> made = v.addGroup(part.trimmed(), parent);
        if (!made)
            return made;
        parent = *made;
    }
    emit groupsChanged();
    save();
    return parent;
}

io::MergeSummary VaultController::importEntries(io::ImportData data, io::DuplicatePolicy policy,
                                                const std::function<bool(int, int)>& progress)
{
    if (!m_vault || m_importing) {
        io::MergeSummary refused;
        refused.cancelled = true;
        return refused;
    }
    waitForSave();
    m_importing = true;
    emit importStarted();
    const io::MergeSummary summary = io::mergeInto(m_vault->vault(), std::move(data), policy, progress);
    m_importing = false;
    emit importFinished();
    if (!summary.cancelled && summary.added + summary.updated > 0)
        save();
    if (m_lockAfterImport) {
        m_lockAfterImport = false;
        lock();
    }
    return summary;
}

SecureBuffer VaultController::password(const QUuid& id) const
{
    if (!m_vault)
        return {};
    const Entry* e = m_vault->vault().entry(id);
    return e ? m_vault->vault().password(*e) : SecureBuffer();
}

Status VaultController::finishChange(const QUuid& id, Status status)
{
    if (!status)
        return status;
    emit entryChanged(m_vault->vault().indexOf(id));
    save();
    return status;
}

void VaultController::save()
{
    if (!m_vault || m_saveWatcher)
        return;
    auto* watcher = new QFutureWatcher<Status>(this);
    m_saveWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onSaveFinished(watcher); });
    emit savingChanged(true);
    OpenVault* target = m_vault.get();
    watcher->setFuture(QtConcurrent::run([target] { return target->save(); }));
}

bool VaultController::hasUnsavedChanges() const
{
    if (!m_vault)
        return false;
    if (m_saveWatcher)
        return true;
    return m_vault->vault().isModified();
}

void VaultController::waitForSave()
{
    if (!m_saveWatcher)
        return;
    m_saveWatcher->waitForFinished();
    onSaveFinished(m_saveWatcher);
}

void VaultController::onSaveFinished(QFutureWatcher<Status>* watcher)
{
    if (watcher != m_saveWatcher)
        return; // already reported by waitForSave()
    m_saveWatcher = nullptr;
    const Status status = watcher->result();
    watcher->deleteLater();
    emit savingChanged(false);
    if (status) {
        m_lastSaveError.clear();
        emit saved();
    } else {
        m_lastSaveError = status.error().message;
        emit saveFailed(m_lastSaveError);
    }
}

void VaultController::lock()
{
    if (!m_vault)
        return;
    if (m_importing) {
        m_lockAfterImport = true; // importEntries holds the vault: it locks when the merge ends
        return;
    }
    waitForSave();
    emit aboutToLock();
    m_vault.reset();
    emit locked();
}

} // namespace twofold
