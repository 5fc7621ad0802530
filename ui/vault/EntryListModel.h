#pragma once
// EntryListModel: a table over the open vault's entries (trash included; EntryFilterProxy
// picks what is shown): title, username, URL, modified. The view never owns data: rows are
// read from the Vault on demand; VaultController's signals keep the rows in step.
//
// The model keeps its rows sorted itself (a permutation of the vault's entries, sorted once
// per sort() and kept in order on each change), so the filter proxy never sorts: a search
// over 100k entries then costs one filter pass, not a 100k-row sort per keystroke.
#include <QAbstractTableModel>
#include <QUuid>

#include <vector>

namespace twofold {

class Vault;
class VaultController;

class EntryListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, UsernameColumn, UrlColumn, ModifiedColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // QUuid
        InTrashRole,                    // bool
        GroupIdRole,                    // QUuid (null: top level)
    };

    // Follows controller until it locks (then the model is empty). Sorted by title.
    explicit EntryListModel(VaultController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Titles, user names and URLs sort case-insensitively; Modified by time.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Reads every row again (a reset), after the vault changed without the controller's row
    // signals (a sync brought entries in, changed or removed them). Until then rows whose
    // entry is gone read as empty.
    void reload();

    // The vault shown (nullptr once locked).
    const Vault* vault() const;
    // The index into vault().entries() shown at row (-1 when out of range).
    int entryIndexAt(int row) const;
    QUuid entryId(int row) const;
    // The row of entry id (-1 when absent).
    int rowOf(const QUuid& id) const;

private:
    bool lessThan(int entryA, int entryB) const;
    void rebuildOrder();
    // Moves the row of entry index to its sorted place (a layout change) when it is out of place.
    void keepSorted(int entryIndex);

    VaultController* m_controller;
    bool m_open = true;
    int m_sortColumn = TitleColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;      // row -> entry index
    std::vector<int> m_rowOfEntry; // entry index -> row
};

} // namespace twofold
