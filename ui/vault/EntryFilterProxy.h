#pragma once
// EntryFilterProxy: which entries the list shows — a scope (all entries, one group with its
// subgroups, the entries with one tag, or the trash) and a search query. The query goes through Vault::search
// (the vault's folded search index, one scan for every entry) once per query or vault change;
// filterAcceptsRow then only looks the row up in the resulting bitmap — no per-row string
// compares. It never sorts (EntryListModel does, once), so a keystroke costs one filter pass.
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <vector>

namespace twofold {

class EntryListModel;

class EntryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Scope
    {
        enum Kind { AllEntries, Group, Trash, Tag };
        Kind kind = AllEntries;
        QUuid groupId; // for Group
        QString tag;   // for Tag: matched without regard to case
        bool operator==(const Scope&) const = default;
    };

    explicit EntryFilterProxy(QObject* parent = nullptr);

    // The model filtered (also set as the source model).
    void setEntryModel(EntryListModel* model);

    // Every whitespace-separated term must appear (case- and accent-insensitive) in the
    // title, username, URL, tags or notes. Empty shows the whole scope.
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    void setScope(const Scope& scope);
    Scope scope() const { return m_scope; }
    // Re-reads the vault's groups (after one was added), keeping the scope.
    void reloadGroups();

    QUuid entryId(const QModelIndex& proxyIndex) const;
    QModelIndex indexOfEntry(const QUuid& id) const;

    // Sorting is the entry model's (it keeps its rows sorted); the proxy keeps its order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();
    void ensureMatches() const;
    void collectGroups();

    EntryListModel* m_model = nullptr;
    QString m_query;
    Scope m_scope;
    QSet<QUuid> m_groups;                // the scope's group and its subgroups
    mutable std::vector<char> m_matches; // by source row: matches the query
    mutable quint64 m_matchesGeneration = 0;
    mutable bool m_matchesValid = false;
};

} // namespace twofold
