#include "ui/vault/MainWindow.h"

#include "platform/ScreenLockWatcher.h"
#include "ui/common/AppSettings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/UiResources.h"
#include "ui/vault/EntryActions.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryListModel.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/GroupList.h"
#include "ui/vault/IdleLock.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/VaultController.h"
#include "ui/vault/VaultSync.h"
#include "vault/OpenVault.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold {

MainWindow::MainWindow(VaultController* controller, QWidget* parent)
    : QMainWindow(parent), m_controller(controller),
      m_clipboard(new SecretClipboard(kClipboardClearTimeout, this)),
      m_model(new EntryListModel(controller, this)), m_proxy(new EntryFilterProxy(this)),
      m_banner(new MessageBanner(this)), m_groups(new GroupList(this)), m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_pane(new EntryPane(controller, m_clipboard, controller->vault().clock(), this)),
      m_statusText(new QLabel(this)), m_undo(new QToolButton(this)), m_saveState(new QLabel(this)),
      m_syncState(new QLabel(this)), m_emptyState(new QLabel(m_view->viewport())),
      m_resultCount(new QLabel(this)), m_idleLock(new IdleLock(controller->vault().clock(), this)),
      m_screenLock(new ScreenLockWatcher(this))
{
    controller->setParent(this);
    setWindowTitle(tr("%1 — Twofold").arg(QFileInfo(controller->path()).fileName()));
    setWindowIcon(appIcon());
    m_proxy->setEntryModel(m_model);

    //: %1 is the Find shortcut as this computer writes it: "Ctrl+F", "Strg+F", "⌘F".
    m_search->setPlaceholderText(
        tr("Search (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search entries"));

    m_search->setClearButtonEnabled(true);
    m_search->addAction(paletteIcon(QStringLiteral("search"), QStringLiteral("edit-find")),
                        QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Entries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntryListModel::TitleColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(EntryListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // rows looked at: fast on 100k entries
    sizeColumnsToContents();
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_groups->reload(&controller->vault());

    // The empty state: one sentence centred over the list, in the palette's placeholder colour.
    m_emptyState->setAccessibleName(tr("Entry list message"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setContentsMargins(16, 16, 16, 16);
    auto* emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_emptyState, 0, Qt::AlignCenter);

    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    m_resultCount->setAccessibleName(tr("Search results"));
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);
    m_resultCount->hide();
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_resultCount);
    middleLayout->addLayout(searchRow);
    middleLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(middle);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({160, 600, 240});
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusText->setAccessibleName(tr("Status"));
    m_saveState->setAccessibleName(tr("Save state"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addWidget(m_undo);
    statusBar()->addPermanentWidget(m_saveState);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setAccessibleName(tr("Sync state"));
    statusBar()->addPermanentWidget(m_syncState);
    m_syncState->hide();

    m_entryActions = new EntryActions(controller, m_pane, this, [this] { return currentEntryId(); });
    connect(m_entryActions, &EntryActions::status, this, &MainWindow::showStatus);
    buildActions();
    buildMenus();
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_pane);
    setTabOrder(m_pane, m_groups);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &EntryFilterProxy::setQuery);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateResultCount);
    connect(m_groups, &GroupList::scopeChanged, m_proxy, &EntryFilterProxy::setScope);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::onCurrentChanged);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { editEntry(m_proxy->entryId(index)); });
    connect(m_pane, &EntryPane::status, this, &MainWindow::showStatus);
    connect(m_pane, &EntryPane::editRequested, this, &MainWindow::editEntry);
    connect(m_pane, &EntryPane::restoreRequested, this, [this](const QUuid& id) {
        if (Status s = m_controller->restoreFromTrash(id); !s)
            showError(s.error().message);
        else
            showStatus(tr("Entry restored."));
    });
    connect(controller, &VaultController::entryChanged, this, [this](int) {
        m_pane->refresh();
        m_groups->updateTags(&m_controller->vault());
    });
    connect(controller, &VaultController::entryAdded, this,
            [this](int) { m_groups->updateTags(&m_controller->vault()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateResultCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateResultCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateResultCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateResultCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::sizeColumnsToContents);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(controller, &VaultController::groupsChanged, this, [this] {
        m_groups->reload(&m_controller->vault());
        m_proxy->reloadGroups();
    });
    connect(controller, &VaultController::savingChanged, this, &MainWindow::updateSaveState);
    connect(controller, &VaultController::saveFailed, this, &MainWindow::onSaveFailed);
    connect(controller, &VaultController::saved, this, [this] {
        if (m_bannerShowsSaveError)
            m_banner->dismiss();
        m_bannerShowsSaveError = false;
        updateSaveState();
    });
    connect(m_banner, &MessageBanner::actionTriggered, m_controller, &VaultController::save);
    connect(controller, &VaultController::aboutToLock, this, [this] {
        closeEditors();
        m_idleLock->stop();
        m_pane->showEntry({});
        m_clipboard->clearIfOurs();
    });
    connect(controller, &VaultController::locked, this, &MainWindow::updateEmptyState);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockAutomatically);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, &MainWindow::onScreenLocked);
    connect(&appSettings(), &AppSettings::changed, this, &MainWindow::followSettings);
    followSettings();

    m_undo->hide();
    updateSaveState();
    onCurrentChanged();
    updateEmptyState();
    resize(1000, 620);
    m_search->setFocus();
    const OpenVault& open = controller->openVault();
    if (open.header().serverMode() && open.mode() == OpenMode::ReadWrite)
        startSync();
}

MainWindow::~MainWindow()
{
    m_clipboard->clearIfOurs();
    delete m_sync; // before the controller (a child too) drops the vault the engine refers to
    m_sync = nullptr;
}

QUuid MainWindow::currentEntryId() const
{
    return m_proxy->entryId(m_view->currentIndex());
}

void MainWindow::selectEntry(const QUuid& id)
{
    const QModelIndex index = m_proxy->indexOfEntry(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

EntryEditorDialog* MainWindow::addEntry()
{
    if (!m_controller->isOpen())
        return nullptr;
    const EntryFilterProxy::Scope scope = m_proxy->scope();
    const QString group = scope.kind == EntryFilterProxy::Scope::Group
                              ? m_controller->vault().groupPath(scope.groupId)
                              : QString();
    auto* dialog = new EntryEditorDialog(m_controller->vault(), nullptr, group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyEditor(dialog); });
    dialog->open();
    return dialog;
}

EntryEditorDialog* MainWindow::editEntry(const QUuid& id)
{
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    if (!e || e->inTrash)
        return nullptr;
    auto* dialog = new EntryEditorDialog(m_controller->vault(), e, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyEditor(dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::applyEditor(EntryEditorDialog* dialog)
{
    if (!m_controller->isOpen())
        return;
    Result<QUuid> group = m_controller->ensureGroup(dialog->groupPath());
    if (!group) {
        showError(group.error().message);
        return;
    }
    EntryFields fields = dialog->fields();
    if (dialog->isNewEntry()) {
        fields.groupId = *group;
        Result<QUuid> id = m_controller->addEntry(std::move(fields));
        if (!id) {
            showError(id.error().message);
            return;
        }
        selectEntry(*id);
        showStatus(tr("Entry added."));
        return;
    }
    const Entry* e = m_controller->vault().entry(dialog->entryId());
    if (e && e->inTrash) { // moved to the trash on another computer while edited here
        if (Status s = m_controller->restoreFromTrash(dialog->entryId()); !s) {
            showError(s.error().message);
            return;
        }
        e = m_controller->vault().entry(dialog->entryId());
    }
    if (e && e->groupId != *group)
        fields.groupId = *group;
    if (Status s = m_controller->updateEntry(dialog->entryId(), std::move(fields)); !s) {
        showError(s.error().message);
        return;
    }
    selectEntry(dialog->entryId());
    showStatus(tr("Entry saved."));
}

void MainWindow::deleteCurrentEntry()
{
    const QUuid id = currentEntryId();
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    if (!e || e->inTrash)
        return;
    const QString title = e->title;
    const int row = m_view->currentIndex().row();
    if (Status s = m_controller->moveToTrash(id); !s) {
        showError(s.error().message);
        return;
    }
    m_lastTrashed = id;
    m_undoAction->setEnabled(true);
    m_undo->show();
    showStatus(tr("“%1” moved to the trash.").arg(title));
    // Keep the keyboard where it was: the next entry becomes current.
    const QModelIndex next = m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0);
    if (next.isValid())
        m_view->setCurrentIndex(next);
}

void MainWindow::undoDelete()
{
    if (m_lastTrashed.isNull() || !m_controller->isOpen())
        return;
    const QUuid id = m_lastTrashed;
    m_lastTrashed = QUuid();
    m_undoAction->setEnabled(false);
    m_undo->hide();
    if (Status s = m_controller->restoreFromTrash(id); !s) {
        showError(s.error().message);
        return;
    }
    selectEntry(id);
    showStatus(tr("Entry restored."));
}

void MainWindow::lock()
{
    if (m_locking || !m_controller->isOpen())
        return;
    m_locking = true;
    const bool go = confirmLosingChanges();
    m_locking = false;
    if (!go)
        return;
    m_clipboard->clearIfOurs();
    m_controller->lock();
}

void MainWindow::lockAutomatically()
{
    if (m_locking || !m_controller->isOpen())
        return; // a question about losing changes is open: the person is deciding
    m_controller->waitForSave();
    if (m_controller->hasUnsavedChanges()) {
        m_controller->save(); // one more try: the disk may have room again
        m_controller->waitForSave();
    }
    if (m_controller->hasUnsavedChanges()) {
        m_bannerShowsSaveError = true;
        m_banner->showMessage(tr("Twofold stayed unlocked because your latest changes could not be saved: %1")
                                  .arg(m_controller->lastSaveError()),
                              MessageBanner::Kind::Error, tr("Try again"));
        return;
    }
    m_clipboard->clearIfOurs();
    m_controller->lock();
}

void MainWindow::onScreenLocked()
{
    if (appSettings().lockOnScreenLock())
        lockAutomatically();
}

void MainWindow::followSettings()
{
    m_clipboard->setTimeout(appSettings().clipboardTimeout());
}

void MainWindow::closeEditors()
{
    // An editor open on the vault must not outlive it: its changes are dropped with the lock.
    for (EntryEditorDialog* dialog : findChildren<EntryEditorDialog*>()) {
        dialog->disconnect(this);
        dialog->done(QDialog::Rejected); // no "discard changes?" question: the vault is locking
    }
}

bool MainWindow::confirmLosingChanges()
{
    if (!m_controller->isOpen())
        return true;
    m_controller->waitForSave();
    if (!m_controller->hasUnsavedChanges())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Changes not saved"),
                             tr("Your latest changes could not be saved: %1\nLock anyway and lose them?")
                                 .arg(m_controller->lastSaveError()),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumnsToWidth();
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (enter && m_proxy->rowCount() > 0) {
            const QModelIndex index =
                m_view->currentIndex().isValid() ? m_view->currentIndex() : m_proxy->index(0, 0);
            m_view->setCurrentIndex(index);
            editEntry(m_proxy->entryId(index));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_view && enter) {
        editEntry(currentEntryId());
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLosingChanges()) {
        event->ignore();
        return;
    }
    m_clipboard->clearIfOurs();
    event->accept();
}

void MainWindow::onCurrentChanged()
{
    m_pane->showEntry(currentEntryId());
    updateActions();
    if (m_entryActions)
        m_entryActions->update();
}

void MainWindow::updateResultCount()
{
    const bool searching = m_controller->isOpen() && !m_proxy->query().trimmed().isEmpty();
    if (searching) {
        const QString text = tr("%n found", nullptr, m_proxy->rowCount());
        m_resultCount->setText(text);
        m_resultCount->setAccessibleDescription(text);
    }
    m_resultCount->setVisible(searching);
}

void MainWindow::sizeColumnsToContents()
{
    // Each column as wide as its header and the widest of the first rows (at most 260 px);
    // the title takes the rest.
    QHeaderView* header = m_view->horizontalHeader();
    for (int column :
         {EntryListModel::UsernameColumn, EntryListModel::UrlColumn, EntryListModel::ModifiedColumn}) {
        m_view->resizeColumnToContents(column);
        if (m_view->columnWidth(column) > 260)
            m_view->setColumnWidth(column, std::max(260, header->sectionSizeHint(column)));
    }
    m_columnsShrunkBy.fill(0);
    fitColumnsToWidth();
}

namespace {
// The width column's header needs for its whole text and a sort indicator.
int headerNeeds(QHeaderView* header, int column)
{
    QStyleOptionHeader opt;
    opt.initFrom(header);
    opt.section = column;
    opt.text = header->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    opt.orientation = Qt::Horizontal;
    opt.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header).width();
}
} // namespace

void MainWindow::fitColumnsToWidth()
{
    QHeaderView* header = m_view->horizontalHeader();
    static constexpr std::array kOthers = {EntryListModel::ModifiedColumn, EntryListModel::UrlColumn,
                                           EntryListModel::UsernameColumn};
    int others = 0;
    for (int column : kOthers)
        others += m_view->columnWidth(column);
    // Positive: the title lacks that much; negative: that much room is spare.
    int lack = headerNeeds(header, EntryListModel::TitleColumn) + others - m_view->viewport()->width();
    for (int column : kOthers) {
        const int width = m_view->columnWidth(column);
        int change = 0;
        if (lack > 0)
            change = -std::min(lack, std::max(0, width - headerNeeds(header, column)));
        else
            change = std::min(-lack, m_columnsShrunkBy[column]);
        if (change == 0)
            continue;
        m_columnsShrunkBy[column] -= change;
        lack += change;
        m_view->setColumnWidth(column, width + change);
    }
}

void MainWindow::onSaveFailed(const QString& message)
{
    m_bannerShowsSaveError = true;
    m_banner->showMessage(tr("%1 Your changes are still open here.").arg(message), MessageBanner::Kind::Error,
                          tr("Try again"));
    updateSaveState();
}

void MainWindow::updateActions()
{
    const QUuid id = currentEntryId();
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    m_editAction->setEnabled(e && !e->inTrash);
    m_deleteAction->setEnabled(e && !e->inTrash);
    m_copyUsernameAction->setEnabled(e != nullptr);
    m_copyPasswordAction->setEnabled(e != nullptr);
}

void MainWindow::updateSaveState()
{
    if (!m_controller->isOpen())
        return;
    QString text;
    if (m_controller->isSaving())
        text = tr("Saving…");
    else if (m_controller->hasUnsavedChanges())
        text = tr("Not saved");
    else
        text = tr("All changes saved");
    m_saveState->setText(text);
    m_saveState->setAccessibleDescription(text);
}

void MainWindow::updateEmptyState()
{
    if (!m_controller->isOpen() || m_proxy->rowCount() > 0) {
        m_emptyState->hide();
        return;
    }
    const QString query = m_proxy->query().trimmed();
    const QString addKey = m_addAction->shortcut().toString(QKeySequence::NativeText);
    QString text;
    if (!query.isEmpty()) {
        text = tr("Nothing matches “%1”").arg(query);
    } else if (m_proxy->scope().kind == EntryFilterProxy::Scope::Trash) {
        text = tr("The trash is empty");
    } else {
        const auto& entries = m_controller->vault().entries();
        const bool none =
            std::none_of(entries.begin(), entries.end(), [](const Entry& e) { return !e.inTrash; });
        text = none ? tr("No entries yet — press %1 to add one").arg(addKey)
                    : tr("No entries here — press %1 to add one").arg(addKey);
    }
    m_emptyState->setText(text);
    m_emptyState->setAccessibleDescription(text);
    m_emptyState->show();
}

void MainWindow::showBanner(const QString& sentence)
{
    m_bannerShowsSaveError = false;
    m_banner->showMessage(sentence, MessageBanner::Kind::Information);
}

void MainWindow::showError(const QString& text)
{
    m_bannerShowsSaveError = false;
    m_banner->showMessage(text);
}

void MainWindow::showStatus(const QString& text)
{
    m_statusText->setText(text);
    m_statusText->setAccessibleDescription(text);
}

} // namespace twofold
