#pragma once
// GroupList: the side list of the vault window — All entries, the groups (as a tree), Trash,
// then a Tags section with every tag used by an entry outside the trash and how many use it.
// Choosing one sets the entry list's scope. The "Tags" heading is not an item to choose:
// the arrow keys pass over it.
#include "ui/vault/EntryFilterProxy.h"

#include <QTreeWidget>

#include <utility>
#include <vector>

namespace twofold {

class Vault;

class GroupList : public QTreeWidget
{
    Q_OBJECT
public:
    // A tag as shown (its first spelling met) and how many entries outside the trash carry it;
    // tags differing only in case are one. Sorted by name, ignoring case.
    using TagCounts = std::vector<std::pair<QString, int>>;

    explicit GroupList(QWidget* parent = nullptr);

    // Lists vault's groups and tags (nullptr: only All entries and Trash), keeping the choice
    // when it still exists (else All entries is chosen).
    void reload(const Vault* vault);
    // Counts the tags again (after entries changed) and redraws the list only when they differ.
    void updateTags(const Vault* vault);
    // The tags listed now.
    const TagCounts& tags() const { return m_tags; }
    // The item of tag (any case); nullptr when not listed.
    QTreeWidgetItem* tagItem(const QString& tag) const;

    EntryFilterProxy::Scope scope() const;
    void setScope(const EntryFilterProxy::Scope& scope);

    // The tags of vault's entries outside the trash, counted.
    static TagCounts countTags(const Vault& vault);

signals:
    void scopeChanged(const twofold::EntryFilterProxy::Scope& scope);

private:
    QTreeWidgetItem* addScope(QTreeWidgetItem* parent, const QString& text, const QIcon& icon,
                              const EntryFilterProxy::Scope& scope);
    void addTags();

    TagCounts m_tags;
};

} // namespace twofold
