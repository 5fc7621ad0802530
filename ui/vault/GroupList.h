#pragma once
// GroupList: the side list of the vault window — All entries, the groups (as a tree), Trash.
// Choosing one sets the entry list's scope.
#include "ui/vault/EntryFilterProxy.h"

#include <QTreeWidget>

namespace twofold {

class Vault;

class GroupList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit GroupList(QWidget* parent = nullptr);

    // Lists vault's groups (nullptr: only All entries and Trash), keeping the choice when
    // it still exists.
    void reload(const Vault* vault);
    EntryFilterProxy::Scope scope() const;
    void setScope(const EntryFilterProxy::Scope& scope);

signals:
    void scopeChanged(const twofold::EntryFilterProxy::Scope& scope);

private:
    QTreeWidgetItem* addScope(QTreeWidgetItem* parent, const QString& text, const QIcon& icon,
                              const EntryFilterProxy::Scope& scope);
};

} // namespace twofold
