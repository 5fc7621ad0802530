#include "ui/vault/EntryListModel.h"

#include "ui/vault/VaultController.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace twofold {

namespace {
const QString& textOf(const Entry& e, int column)
{
    switch (column) {
    case EntryListModel::UsernameColumn:
        return e.username;
    case EntryListModel::UrlColumn:
        return e.url;
    default:
        return e.title;
    }
}

// "login.bank.de" for "https://login.bank.de/account?x=1": what a person recognises in a list.
// A text that is not a web address with a host is shown as it is.
QString hostOf(const QString& url)
{
    if (url.isEmpty())
        return url;
    QUrl parsed = QUrl::fromUserInput(url);
    const QString host = parsed.host();
    return host.isEmpty() ? url : host;
}
} // namespace

EntryListModel::EntryListModel(VaultController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller), m_open(controller->isOpen())
{
    rebuildOrder();
    connect(controller, &VaultController::entryAboutToBeAdded, this, [this](int) {
        const int row = int(m_order.size());
        beginInsertRows({}, row, row);
    });
    connect(controller, &VaultController::entryAdded, this, [this](int index) {
        m_order.push_back(index);
        m_rowOfEntry.resize(std::size_t(index) + 1, -1);
        m_rowOfEntry[std::size_t(index)] = int(m_order.size()) - 1;
        endInsertRows();
        keepSorted(index);
    });
    connect(controller, &VaultController::entryChanged, this, [this](int index) {
        if (index < 0 || std::size_t(index) >= m_rowOfEntry.size())
            return;
        const int row = m_rowOfEntry[std::size_t(index)];
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        keepSorted(index);
    });
    connect(controller, &VaultController::groupsChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {GroupIdRole});
    });
    connect(controller, &VaultController::aboutToLock, this, [this] {
        beginResetModel();
        m_open = false;
        m_order.clear();
        m_rowOfEntry.clear();
        endResetModel();
    });
}

const Vault* EntryListModel::vault() const
{
    return m_open && m_controller->isOpen() ? &m_controller->vault() : nullptr;
}

int EntryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int EntryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EntryListModel::entryIndexAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_order.size())
        return -1;
    const int i = m_order[std::size_t(row)];
    const Vault* v = vault();
    return v && i < v->entryCount() ? i : -1;
}

void EntryListModel::reload()
{
    beginResetModel();
    m_open = m_controller->isOpen();
    rebuildOrder();
    endResetModel();
}

QVariant EntryListModel::data(const QModelIndex& index, int role) const
{
    const Vault* v = vault();
    if (!v || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int entryIndex = entryIndexAt(index.row());
    if (entryIndex < 0)
        return {};
    const Entry& e = v->entryAt(entryIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == ModifiedColumn) {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.modifiedMs);
            return role == Qt::DisplayRole ? QLocale().toString(when.date(), QLocale::ShortFormat)
                                           : QLocale().toString(when, QLocale::LongFormat);
        }
        if (index.column() == UrlColumn && role == Qt::DisplayRole)
            return hostOf(e.url);
        return textOf(e, index.column());
    case EntryIdRole:
        return e.id;
    case InTrashRole:
        return e.inTrash;
    case GroupIdRole:
        return e.groupId;
    default:
        return {};
    }
}

QVariant EntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case UsernameColumn:
        return tr("User name");
    case UrlColumn:
        return tr("Web address");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

bool EntryListModel::lessThan(int a, int b) const
{
    const Entry& x = m_controller->vault().entryAt(a);
    const Entry& y = m_controller->vault().entryAt(b);
    int c = 0;
    if (m_sortColumn == ModifiedColumn)
        c = x.modifiedMs < y.modifiedMs ? -1 : (x.modifiedMs > y.modifiedMs ? 1 : 0);
    else
        c = QString::compare(textOf(x, m_sortColumn), textOf(y, m_sortColumn), Qt::CaseInsensitive);
    if (c == 0)
        return a < b; // stable: vault order breaks ties
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void EntryListModel::rebuildOrder()
{
    const Vault* v = vault();
    const int n = v ? v->entryCount() : 0;
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (n > 1 && m_sortColumn != ModifiedColumn) {
        // Fold each key once (not in every comparison), then compare plain strings.
        std::vector<QString> keys(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            keys[std::size_t(i)] = textOf(v->entryAt(i), m_sortColumn).toCaseFolded();
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int c = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
            return ascending ? c < 0 : c > 0;
        });
    } else if (n > 1) {
        std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
    }
    m_rowOfEntry.assign(std::size_t(n), -1);
    for (int row = 0; row < n; ++row)
        m_rowOfEntry[std::size_t(m_order[std::size_t(row)])] = row;
}

void EntryListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> entries;
    for (const QModelIndex& i : before)
        entries.push_back(entryIndexAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    QModelIndexList after;
    for (std::size_t i = 0; i < entries.size(); ++i)
        after << index(m_rowOfEntry[std::size_t(entries[i])], before[qsizetype(i)].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EntryListModel::keepSorted(int entryIndex)
{
    const int row = m_rowOfEntry[std::size_t(entryIndex)];
    const int last = int(m_order.size()) - 1;
    const bool afterPrevious = row == 0 || lessThan(m_order[std::size_t(row - 1)], entryIndex);
    const bool beforeNext = row == last || lessThan(entryIndex, m_order[std::size_t(row + 1)]);
    if (afterPrevious && beforeNext)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> entries;
    for (const QModelIndex& i : before)
        entries.push_back(entryIndexAt(i.row()));
    m_order.erase(m_order.begin() + row);
    const int to = int(std::lower_bound(m_order.begin(), m_order.end(), entryIndex,
                                        [this](int a, int b) { return lessThan(a, b); }) -
                       m_order.begin());
    m_order.insert(m_order.begin() + to, entryIndex);
    for (int r = std::min(row, to); r <= std::max(row, to); ++r)
        m_rowOfEntry[std::size_t(m_order[std::size_t(r)])] = r;
    QModelIndexList after;
    for (std::size_t i = 0; i < entries.size(); ++i)
        after << index(m_rowOfEntry[std::size_t(entries[i])], before[qsizetype(i)].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QUuid EntryListModel::entryId(int row) const
{
    const Vault* v = vault();
    const int i = entryIndexAt(row);
    return v && i >= 0 ? v->entryAt(i).id : QUuid();
}

int EntryListModel::rowOf(const QUuid& id) const
{
    const Vault* v = vault();
    const int i = v ? v->indexOf(id) : -1;
    return i >= 0 && std::size_t(i) < m_rowOfEntry.size() ? m_rowOfEntry[std::size_t(i)] : -1;
}

} // namespace twofold
