#include "ui/vault/GroupList.h"

#include "ui/vault/PaletteIcon.h"
#include "vault/Vault.h"

#include <QHash>
#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

namespace twofold {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;
constexpr int kTagRole = Qt::UserRole + 3;
constexpr int kHeadingKind = -1;

bool isHeading(const QTreeWidgetItem* item)
{
    return item && item->data(0, kKindRole).toInt() == kHeadingKind;
}

EntryFilterProxy::Scope scopeOf(const QTreeWidgetItem* item)
{
    if (!item || isHeading(item))
        return {};
    return {EntryFilterProxy::Scope::Kind(item->data(0, kKindRole).toInt()),
            item->data(0, kGroupRole).toUuid(), item->data(0, kTagRole).toString()};
}
} // namespace

GroupList::GroupList(QWidget* parent) : QTreeWidget(parent)
{
    setAccessibleName(tr("Groups and tags"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setIconSize(QSize(16, 16));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && !isHeading(current))
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
    item->setData(0, kTagRole, scope.tag);
    return item;
}

GroupList::TagCounts GroupList::countTags(const Vault& vault)
{
    QHash<QString, int> slot; // case-folded tag -> its place in counts
    TagCounts counts;
    for (const Entry& e : vault.entries()) {
        if (e.inTrash)
            continue;
        QStringList seen; // an entry counts once per tag, whatever the case
        for (const QString& raw : e.tags) {
            const QString tag = raw.trimmed();
            const QString key = tag.toCaseFolded();
            if (tag.isEmpty() || seen.contains(key))
                continue;
            seen.append(key);
            const auto found = slot.constFind(key);
            if (found == slot.constEnd()) {
                slot.insert(key, int(counts.size()));
                counts.emplace_back(tag, 1);
            } else {
                ++counts[std::size_t(*found)].second;
            }
        }
    }
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
    });
    return counts;
}

void GroupList::addTags()
{
    if (m_tags.empty())
        return;
    // The heading is disabled, so the keyboard and the mouse pass over it; the tags follow it
    // at the top level (children of a disabled item would be disabled too).
    auto* heading = new QTreeWidgetItem(this);
    heading->setText(0, tr("Tags"));
    heading->setData(0, kKindRole, kHeadingKind);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = font();
    bold.setBold(true);
    heading->setFont(0, bold);
    const QIcon icon = paletteIcon(QStringLiteral("tag"));
    for (const auto& [tag, count] : m_tags) {
        QTreeWidgetItem* item = addScope(nullptr, tr("%1 (%2)").arg(tag).arg(count), icon,
                                         {EntryFilterProxy::Scope::Tag, {}, tag});
        item->setData(0, Qt::AccessibleTextRole, tr("Tag %1, %n entries", nullptr, count).arg(tag));
        item->setToolTip(0, tr("Entries tagged “%1”").arg(tag));
    }
}

void GroupList::reload(const Vault* vault)
{
    const EntryFilterProxy::Scope chosen = scope();
    m_tags = vault ? countTags(*vault) : TagCounts();
    {
        const QSignalBlocker blocker(this);
        clear();
        addScope(nullptr, tr("All entries"), paletteIcon(QStringLiteral("entries")), {});
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
            const QIcon folder = paletteIcon(QStringLiteral("folder"), QStringLiteral("folder"));
            for (const Group* g : groups) {
                QTreeWidgetItem* parent = items.value(g->parentId, nullptr);
                items.insert(g->id,
                             addScope(parent, g->name, folder, {EntryFilterProxy::Scope::Group, g->id, {}}));
            }
        }
        addScope(nullptr, tr("Trash"), paletteIcon(QStringLiteral("trash"), QStringLiteral("user-trash")),
                 {EntryFilterProxy::Scope::Trash, {}, {}});
        addTags();
        expandAll();
    }
    setScope(chosen);
}

void GroupList::updateTags(const Vault* vault)
{
    if (!vault || countTags(*vault) != m_tags)
        reload(vault);
}

QTreeWidgetItem* GroupList::tagItem(const QString& tag) const
{
    for (QTreeWidgetItemIterator it(const_cast<GroupList*>(this)); *it; ++it) {
        const EntryFilterProxy::Scope s = scopeOf(*it);
        if (!isHeading(*it) && s.kind == EntryFilterProxy::Scope::Tag &&
            s.tag.compare(tag, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return nullptr;
}

EntryFilterProxy::Scope GroupList::scope() const
{
    return scopeOf(currentItem());
}

void GroupList::setScope(const EntryFilterProxy::Scope& wanted)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const EntryFilterProxy::Scope s = scopeOf(*it);
        const bool same =
            s.kind == EntryFilterProxy::Scope::Tag && wanted.kind == EntryFilterProxy::Scope::Tag
                ? s.tag.compare(wanted.tag, Qt::CaseInsensitive) == 0
                : s == wanted;
        if (!isHeading(*it) && same) {
            setCurrentItem(*it);
            return;
        }
    }
    setCurrentItem(topLevelItem(0));
}

} // namespace twofold
