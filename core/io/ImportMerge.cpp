#include "io/ImportMerge.h"

#include <QHash>

namespace twofold::io {

namespace {
QString duplicateKey(const QString& url, const QString& username)
{
    QString u = url.trimmed().toLower();
    while (u.endsWith(u'/'))
        u.chop(1);
    return u + u'\n' + username.trimmed();
}
} // namespace

std::vector<Duplicate> findDuplicates(const Vault& vault, const ImportData& data)
{
    QHash<QString, QUuid> existing;
    existing.reserve(vault.entryCount());
    for (const Entry& e : vault.entries())
        if (!e.inTrash && !e.url.trimmed().isEmpty())
            existing.insert(duplicateKey(e.url, e.username), e.id);
    std::vector<Duplicate> out;
    if (existing.isEmpty())
        return out;
    for (int i = 0; i < int(data.entries.size()); ++i) {
        const Entry& e = data.entries[std::size_t(i)];
        if (e.inTrash || e.url.trimmed().isEmpty())
            continue;
        if (auto it = existing.constFind(duplicateKey(e.url, e.username)); it != existing.cend())
            out.push_back({i, *it});
    }
    return out;
}

MergeSummary mergeInto(Vault& vault, ImportData data, DuplicatePolicy policy,
                       const std::function<bool(int, int)>& progress)
{
    MergeSummary summary;
    const int total = int(data.entries.size());
    if (progress && !progress(0, total)) {
        summary.cancelled = true;
        return summary;
    }
    const std::vector<Duplicate> duplicates = findDuplicates(vault, data);
    if (progress && !progress(0, total)) {
        summary.cancelled = true;
        return summary;
    }
    // Groups: the import's ids onto the vault's, by name under the same parent.
    QHash<QUuid, QUuid> groupMap;
    for (const Group& g : data.groups) {
        const QUuid parent = groupMap.value(g.parentId);
        QString name = g.name.trimmed();
        name.replace(u'/', u'-');
        if (name.isEmpty())
            name = QStringLiteral("-");
        QUuid found;
        for (const Group& v : vault.groups())
            if (v.parentId == parent && v.name == name)
                found = v.id;
        if (found.isNull()) {
            Result<QUuid> added = vault.addGroup(name, parent);
            found = added ? *added : parent;
        }
        groupMap.insert(g.id, found);
    }
    std::vector<bool> isDuplicate(data.entries.size(), false);
    for (const Duplicate& d : duplicates) {
        isDuplicate[std::size_t(d.importIndex)] = true;
        if (policy == DuplicatePolicy::Skip) {
            ++summary.skippedDuplicates;
        } else if (policy == DuplicatePolicy::Update) {
            if (vault.replaceEntry(d.existing, data.entries[std::size_t(d.importIndex)], data.secrets).ok())
                ++summary.updated;
        } else {
            isDuplicate[std::size_t(d.importIndex)] = false;
        }
    }
    // The entries not taken as duplicates, compacted in place and handed over as one vector.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < data.entries.size(); ++i) {
        if (isDuplicate[i])
            continue;
        Entry& e = data.entries[i];
        e.groupId = groupMap.value(e.groupId);
        if (kept != i)
            data.entries[kept] = std::move(e);
        ++kept;
    }
    data.entries.erase(data.entries.begin() + std::ptrdiff_t(kept), data.entries.end());
    summary.added = int(kept);
    vault.appendEntries(std::move(data.entries), data.secrets);
    if (progress)
        (void)progress(total, total);
    return summary;
}

} // namespace twofold::io
