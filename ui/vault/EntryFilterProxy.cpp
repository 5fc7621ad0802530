#include "ui/vault/EntryFilterProxy.h"

#include "ui/vault/EntryListModel.h"
#include "vault/SearchIndex.h"
#include "vault/Vault.h"

namespace twofold {

EntryFilterProxy::EntryFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void EntryFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

void EntryFilterProxy::setEntryModel(EntryListModel* model)
{
    m_model = model;
    m_matchesValid = false;
    setSourceModel(model);
    collectGroups();
}

void EntryFilterProxy::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    refilter();
}

void EntryFilterProxy::setScope(const Scope& scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    collectGroups();
    refilter();
}

void EntryFilterProxy::reloadGroups()
{
    collectGroups();
    refilter();
}

QUuid EntryFilterProxy::entryId(const QModelIndex& proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.data(EntryListModel::EntryIdRole).toUuid() : QUuid();
}

QModelIndex EntryFilterProxy::indexOfEntry(const QUuid& id) const
{
    if (!m_model)
        return {};
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : mapFromSource(m_model->index(row, 0));
}

void EntryFilterProxy::refilter()
{
    m_matchesValid = false;
    invalidate(); // one layout change: invalidateFilter() would emit a removal per gap (seconds at 100k rows)
}

void EntryFilterProxy::collectGroups()
{
    m_groups.clear();
    const Vault* v = m_model ? m_model->vault() : nullptr;
    if (!v || m_scope.kind != Scope::Group)
        return;
    m_groups.insert(m_scope.groupId);
    // Subgroups: repeat until no group joins (groups are few; entries are many).
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Group& g : v->groups()) {
            if (!m_groups.contains(g.id) && m_groups.contains(g.parentId) && !g.parentId.isNull()) {
                m_groups.insert(g.id);
                grew = true;
            }
        }
    }
}

void EntryFilterProxy::ensureMatches() const
{
    const Vault* v = m_model ? m_model->vault() : nullptr;
    if (!v) {
        m_matches.clear();
        return;
    }
    if (m_matchesValid && m_matchesGeneration == v->generation() &&
        m_matches.size() == std::size_t(v->entryCount()))
        return;
    m_matches.assign(std::size_t(v->entryCount()), 0);
    if (m_scope.kind != Scope::Trash) {
        for (int i : v->search(m_query))
            m_matches[std::size_t(i)] = 1;
    } else if (m_query.trimmed().isEmpty()) {
        for (int i = 0; i < v->entryCount(); ++i)
            m_matches[std::size_t(i)] = v->entryAt(i).inTrash;
    } else {
        // The vault's index leaves the trash out: index the (few) trashed entries on their own.
        std::vector<Entry> trashed;
        std::vector<int> where;
        for (int i = 0; i < v->entryCount(); ++i) {
            if (v->entryAt(i).inTrash) {
                Entry copy = v->entryAt(i);
                copy.inTrash = false;
                trashed.push_back(std::move(copy));
                where.push_back(i);
            }
        }
        SearchIndex index;
        index.build(trashed);
        for (int i : index.search(m_query))
            m_matches[std::size_t(where[std::size_t(i)])] = 1;
    }
    m_matchesGeneration = v->generation();
    m_matchesValid = true;
}

bool EntryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const Vault* v = m_model ? m_model->vault() : nullptr;
    if (sourceParent.isValid() || !v)
        return false;
    ensureMatches();
    const int entryIndex = m_model->entryIndexAt(sourceRow);
    if (entryIndex < 0 || !m_matches[std::size_t(entryIndex)])
        return false;
    const Entry& e = v->entryAt(entryIndex);
    switch (m_scope.kind) {
    case Scope::AllEntries:
        return !e.inTrash;
    case Scope::Trash:
        return e.inTrash;
    case Scope::Group:
        return !e.inTrash && m_groups.contains(e.groupId);
    case Scope::Tag:
        return !e.inTrash && e.tags.contains(m_scope.tag, Qt::CaseInsensitive);
    }
    return false;
}

} // namespace twofold
