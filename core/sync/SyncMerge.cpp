#include "sync/SyncMerge.h"

#include "sync/SyncCrypto.h"

#include <algorithm>

namespace twofold::sync {

using codec::RecordKind;

namespace {

// Encodes records into one reused secure buffer (no secure allocation per record).
class Scratch
{
public:
    std::size_t entry(const SecretArena& secrets, const Entry& e)
    {
        return m_size = codec::encodeEntryRecord(secrets, e, m_buffer);
    }
    std::size_t group(const Group& g) { return m_size = codec::encodeGroupRecord(g, m_buffer); }
    std::size_t settings(const Vault& v) { return m_size = codec::encodeSettingsRecord(v, m_buffer); }
    const unsigned char* data() const { return m_buffer.data(); }
    std::size_t size() const { return m_size; }
    QByteArray digest() const { return recordDigest(m_buffer.data(), m_size); }

private:
    SecureBuffer m_buffer{256};
    std::size_t m_size = 0;
};

// Groups ordered parents first.
std::vector<const Group*> groupsParentsFirst(const Vault& vault)
{
    std::vector<std::pair<int, const Group*>> byDepth;
    for (const Group& g : vault.groups()) {
        int depth = 0;
        for (const Group* p = vault.group(g.parentId); p && depth < 256; p = vault.group(p->parentId))
            ++depth;
        byDepth.emplace_back(depth, &g);
    }
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Group*> out;
    for (const auto& [depth, g] : byDepth)
        out.push_back(g);
    return out;
}

// Calls visit(id, kind, title, gone) with the scratch holding the plaintext (not gone) for
// every pending record, in push order.
template <typename Visit> void forEachPending(const Vault& vault, Scratch& scratch, Visit visit)
{
    const SyncState& state = vault.syncState();
    auto pending = [&](const QUuid& id) {
        const auto it = state.records.constFind(id);
        return it == state.records.constEnd() || it->digest != scratch.digest();
    };
    scratch.settings(vault);
    // A vault that was never synced and still has no name has no settings to send.
    if (pending(QUuid()) && (state.records.contains(QUuid()) || !vault.name().isEmpty()))
        visit(QUuid(), RecordKind::Settings, vault.name(), false);
    for (const Group* g : groupsParentsFirst(vault)) {
        scratch.group(*g);
        if (pending(g->id))
            visit(g->id, RecordKind::Group, vault.groupPath(g->id), false);
    }
    for (const Entry& e : vault.entries()) {
        scratch.entry(vault.secrets(), e);
        if (pending(e.id))
            visit(e.id, RecordKind::Entry, e.title, false);
    }
    for (auto it = state.records.constBegin(); it != state.records.constEnd(); ++it) {
        const QUuid& id = it.key();
        if (!id.isNull() && !vault.entry(id) && !vault.group(id))
            visit(id, RecordKind::Entry, QString(), true);
    }
}

bool sameVersionExists(const Vault& vault, const Entry& current, const QByteArray& digest, Scratch& scratch)
{
    Entry bare = current;
    bare.versions.clear();
    scratch.entry(vault.secrets(), bare);
    if (scratch.digest() == digest)
        return true;
    for (const Entry& v : current.versions) {
        scratch.entry(vault.secrets(), v);
        if (scratch.digest() == digest)
            return true;
    }
    return false;
}

// Keeps version (secrets in arena) in entry id's versions unless an equal one is there.
void addVersionIfNew(Vault& vault, const QUuid& id, const Entry& version, const SecretArena& arena,
                     Scratch& scratch)
{
    Entry bare = version;
    bare.id = id;
    bare.versions.clear();
    scratch.entry(arena, bare);
    const QByteArray digest = scratch.digest();
    const Entry* current = vault.entry(id);
    if (!current || sameVersionExists(vault, *current, digest, scratch))
        return;
    (void)vault.addVersion(id, bare, arena);
}

// Both computers changed entry local (digest localDigest) and remote: the newer is current,
// the other is kept whole as a version, with the versions of both.
void mergeEntry(Vault& vault, const Entry& local, const QByteArray& localDigest, codec::RecordContent& remote,
                const QByteArray& remoteDigest, Scratch& scratch)
{
    const QUuid id = local.id;
    const bool remoteNewer = remote.entry.modifiedMs > local.modifiedMs ||
                             (remote.entry.modifiedMs == local.modifiedMs && remoteDigest > localDigest);
    if (!remoteNewer) {
        for (const Entry& v : remote.entry.versions)
            addVersionIfNew(vault, id, v, remote.secrets, scratch);
        addVersionIfNew(vault, id, remote.entry, remote.secrets, scratch);
        return;
    }
    // A copy of the local entry with secrets of its own, before the remote one replaces it.
    scratch.entry(vault.secrets(), local);
    Result<codec::RecordContent> copy = codec::decodeRecord(scratch.data(), scratch.size());
    if (!copy)
        return; // cannot happen: our own encoding
    vault.putEntry(remote.entry, remote.secrets);
    for (const Entry& v : copy->entry.versions)
        addVersionIfNew(vault, id, v, copy->secrets, scratch);
    addVersionIfNew(vault, id, copy->entry, copy->secrets, scratch);
}

struct Opened
{
    const RemoteRecord* remote = nullptr;
    std::optional<codec::RecordContent> content;
    QByteArray digest;
};

int order(const Opened& o)
{
    if (!o.content)
        return 3; // removals last
    return o.content->kind == RecordKind::Group ? 0 : o.content->kind == RecordKind::Settings ? 1 : 2;
}

} // namespace

int pendingCount(const Vault& vault)
{
    Scratch scratch;
    int n = 0;
    forEachPending(vault, scratch, [&](const QUuid&, RecordKind, const QString&, bool) { ++n; });
    return n;
}

std::vector<PendingRecord> collectPending(const Vault& vault, const SecureBuffer& vaultKey,
                                          QByteArrayView vaultId)
{
    Scratch scratch;
    std::vector<PendingRecord> out;
    const SyncState& state = vault.syncState();
    forEachPending(vault, scratch, [&](const QUuid& id, RecordKind kind, const QString& title, bool gone) {
        PendingRecord p;
        p.record.id = id;
        p.record.gone = gone;
        p.change.kind = kind;
        p.change.id = id;
        p.change.title = title;
        if (gone) {
            p.change.what = SyncChange::What::Removed;
        } else {
            p.change.what = state.records.contains(id) ? SyncChange::What::Changed : SyncChange::What::Added;
            p.digest = scratch.digest();
            p.record.data = sealRecord(vaultKey, vaultId, id, scratch.data(), scratch.size());
        }
        out.push_back(std::move(p));
    });
    return out;
}

void applyPulled(Vault& vault, const SecureBuffer& vaultKey, QByteArrayView vaultId,
                 const std::vector<RemoteRecord>& records, MergeReport& report)
{
    std::vector<Opened> opened;
    opened.reserve(records.size());
    for (const RemoteRecord& r : records) {
        Opened o;
        o.remote = &r;
        if (!r.gone) {
            Result<SecureBuffer> plain = openRecord(vaultKey, vaultId, r.id, r.data);
            Result<codec::RecordContent> content = plain ? codec::decodeRecord(plain->data(), plain->size())
                                                         : Result<codec::RecordContent>(plain.error());
            const bool fits = content && ((content->kind == RecordKind::Entry && content->entry.id == r.id) ||
                                          (content->kind == RecordKind::Group && content->group.id == r.id) ||
                                          (content->kind == RecordKind::Settings && r.id.isNull()));
            if (!fits) {
                ++report.unreadable;
                continue;
            }
            o.digest = recordDigest(plain->data(), plain->size());
            o.content = std::move(content).value();
        }
        opened.push_back(std::move(o));
    }
    std::stable_sort(opened.begin(), opened.end(),
                     [](const Opened& a, const Opened& b) { return order(a) < order(b); });

    Scratch scratch;
    for (Opened& o : opened) {
        const RemoteRecord& r = *o.remote;
        SyncState& state = vault.mutableSyncState();
        const auto known = state.records.constFind(r.id);
        const bool wasKnown = known != state.records.constEnd();
        const QByteArray knownDigest = wasKnown ? known->digest : QByteArray();
        const Entry* entry = r.id.isNull() ? nullptr : vault.entry(r.id);
        const Group* group = entry || r.id.isNull() ? nullptr : vault.group(r.id);
        const bool exists = r.id.isNull() || entry || group;
        QByteArray localDigest;
        if (entry)
            scratch.entry(vault.secrets(), *entry);
        else if (group)
            scratch.group(*group);
        else if (r.id.isNull())
            scratch.settings(vault);
        if (exists)
            localDigest = scratch.digest();
        const bool changedHere = exists ? localDigest != knownDigest : wasKnown;
        const QString title = entry ? entry->title : group ? vault.groupPath(group->id) : vault.name();
        const RecordKind localKind = entry   ? RecordKind::Entry
                                     : group ? RecordKind::Group
                                             : RecordKind::Settings;

        if (r.gone) {
            state.records.remove(r.id);
            if (!exists || changedHere || r.id.isNull())
                continue; // a local edit survives (pushed again as new); both removed: nothing to do
            report.received.push_back({localKind, SyncChange::What::Removed, r.id, title});
            if (entry)
                (void)vault.deleteEntry(r.id);
            else
                (void)vault.removeGroup(r.id);
            continue;
        }

        codec::RecordContent& c = *o.content;
        const SyncRecordState now{r.rev, o.digest};
        if (exists && localDigest == o.digest) {
            state.records.insert(r.id, now);
            continue;
        }
        if (exists && changedHere && entry && c.kind == RecordKind::Entry) {
            const Entry local = *entry;
            mergeEntry(vault, local, localDigest, c, o.digest, scratch);
            vault.mutableSyncState().records.insert(r.id, now);
            report.merged.push_back(
                {RecordKind::Entry, SyncChange::What::Changed, r.id, vault.entry(r.id)->title});
            continue;
        }
        // Not changed here, removed here (the edit there survives), or a group or the vault's
        // name changed on both (the server's wins): the server's is taken.
        const SyncChange::What what = exists ? SyncChange::What::Changed : SyncChange::What::Added;
        switch (c.kind) {
        case RecordKind::Entry:
            vault.putEntry(c.entry, c.secrets);
            report.received.push_back({RecordKind::Entry, what, r.id, c.entry.title});
            break;
        case RecordKind::Group:
            vault.putGroup(c.group);
            report.received.push_back({RecordKind::Group, what, r.id, vault.groupPath(r.id)});
            break;
        case RecordKind::Settings:
            vault.setName(c.vaultName);
            report.received.push_back({RecordKind::Settings, SyncChange::What::Changed, r.id, c.vaultName});
            break;
        }
        vault.mutableSyncState().records.insert(r.id, now);
    }
}

void finishPull(Vault& vault)
{
    vault.moveOrphansToTop();
}

void markPushed(Vault& vault, const std::vector<PendingRecord>& pushed, const std::vector<quint64>& revs)
{
    SyncState& state = vault.mutableSyncState();
    for (std::size_t i = 0; i < pushed.size() && i < revs.size(); ++i) {
        const PendingRecord& p = pushed[i];
        if (p.record.gone)
            state.records.remove(p.record.id);
        else
            state.records.insert(p.record.id, SyncRecordState{revs[i], p.digest});
    }
}

} // namespace twofold::sync
