#include "ui/vault/GroupList.h"

#include "ui/common/UiResources.h"
#include "vault/Vault.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

namespace twofold {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;

EntryFilterProxy::Scope scopeOf(const QTreeWidgetItem* item)
{
    if (!item)
        return {};
    return {EntryFilterProxy::Scope::Kind(item->data(0, kKindRole).toInt()),
            item->data(0, kGroupRole).toUuid()};
}
} // namespace

GroupList::GroupList(QWidget* parent) : QTreeWidget(parent)
{
    setAccessibleName(tr("Groups"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current)
            emit scopeChanged(scopeOf(current));
    });
    reload(nullptr);
}

QTreeWidgetItem* GroupList::addScope(QTreeWidgetItem* parent, const QString& text, const QIcon& icon,
                                     const EntryFilterProxy::Scope& scope)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, text);
    item->setIcon(0, icon);
    item->setData(0, kKindRole, int(scope.kind));
    item->setData(0, kGroupRole, scope.groupId);
    return item;
}

void GroupList::reload(const Vault* vault)
{
    const EntryFilterProxy::Scope chosen = scope();
    {
        const QSignalBlocker blocker(this);
        clear();
        addScope(nullptr, tr("All entries"), uiIcon(QStringLiteral("entries")), {});
        if (vault) {
            // Parents before children: sorting by path puts "A" before "A/B".
            std::vector<const Group*> groups;
            for (const Group& g : vault->groups())
                groups.push_back(&g);
            std::sort(groups.begin(), groups.end(), [vault](const Group* a, const Group* b) {
                return QString::compare(vault->groupPath(a->id), vault->groupPath(b->id),
                                        Qt::CaseInsensitive) < 0;
            });
            QHash<QUuid, QTreeWidgetItem*> items;
            for (const Group* g : groups) {
                QTreeWidgetItem* parent = items.value(g->parentId, nullptr);
                items.insert(g->id, addScope(parent, g->name,
                                             uiIcon(QStringLiteral("folder"), QStringLiteral("folder")),
                                             {EntryFilterProxy::Scope::Group, g->id}));
            }
        }
        addScope(nullptr, tr("Trash"), uiIcon(QStringLiteral("trash"), QStringLiteral("user-trash")),
                 {EntryFilterProxy::Scope::Trash, {}});
        expandAll();
    }
    setScope(chosen);
}

EntryFilterProxy::Scope GroupList::scope() const
{
    return scopeOf(currentItem());
}

void GroupList::setScope(const EntryFilterProxy::Scope& wanted)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (scopeOf(*it) == wanted) {
            setCurrentItem(*it);
            return;
        }
    }
    setCurrentItem(topLevelItem(0));
}

} // namespace twofold
