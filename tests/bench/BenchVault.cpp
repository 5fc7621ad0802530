#include "BenchVault.h"

#include "vault/OpenVault.h"
#include "vault/VaultFile.h"

#include <QElapsedTimer>

namespace twofold::bench {

double elapsedMs(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

Status writeTwofoldVault(const BenchData& data, const QString& path, const SecureBuffer& password,
                         const kdf::Params& params)
{
    Result<std::unique_ptr<OpenVault>> created = OpenVault::create(path, password, params);
    if (!created)
        return created.error();
    Vault& vault = (*created)->vault();
    std::vector<QUuid> groupIds;
    for (const BenchGroup& g : data.groups) {
        Result<QUuid> id = vault.addGroup(g.name, g.parent < 0 ? QUuid() : groupIds[std::size_t(g.parent)]);
        if (!id)
            return id.error();
        groupIds.push_back(*id);
    }
    for (const BenchEntry& e : data.entries) {
        EntryFields fields;
        fields.title = e.title;
        fields.username = e.username;
        fields.url = e.url;
        fields.notes = e.notes;
        fields.tags = e.tags;
        if (e.group >= 0)
            fields.groupId = groupIds[std::size_t(e.group)];
        fields.password = SecureBuffer::fromUtf8(e.history.isEmpty() ? e.password : e.history.first());
        if (!e.otpUri.isEmpty())
            fields.otpUri = SecureBuffer::fromUtf8(e.otpUri);
        Result<QUuid> id = vault.addEntry(std::move(fields));
        if (!id)
            return id.error();
        for (qsizetype h = 1; h <= e.history.size(); ++h) {
            EntryFields change;
            change.password = SecureBuffer::fromUtf8(h < e.history.size() ? e.history[h] : e.password);
            if (Status s = vault.updateEntry(*id, std::move(change)); !s)
                return s;
        }
    }
    return (*created)->save();
}

Result<Vault> openTimed(const QString& path, const SecureBuffer& password, OpenTimes* times)
{
    QElapsedTimer timer;
    timer.start();
    Result<VaultFile> file = VaultFile::read(path);
    times->readMs = elapsedMs(timer.nsecsElapsed());
    if (!file)
        return file.error();

    timer.restart();
    Result<PasswordKey> key = file->derivePasswordKey(password);
    times->deriveMs = elapsedMs(timer.nsecsElapsed());
    if (!key)
        return key.error();

    timer.restart();
    if (Result<SecureBuffer> auth = file->openAuthSection(*key); !auth)
        return auth.error();
    Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key);
    times->unlockMs = elapsedMs(timer.nsecsElapsed());
    if (!vaultKey)
        return vaultKey.error();

    timer.restart();
    // takeBody, as OpenVault::open does: the file's bytes and the plaintext are let go while
    // decoding, which is what the peak-memory figure is about.
    Result<Vault> vault = file->takeBody(*vaultKey);
    times->decryptMs = elapsedMs(timer.nsecsElapsed());
    return vault;
}

} // namespace twofold::bench
