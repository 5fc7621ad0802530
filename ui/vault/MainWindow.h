#pragma once
// MainWindow: the vault window — groups and tags on the left, search and the entry list in the
// middle, the chosen entry on the right. Every change goes through VaultController, which saves
// after each one; a failed save shows a banner (changes stay open). Ctrl+F searches, Ctrl+L
// locks. It also locks by itself: after the idle time of Preferences > General (IdleLock) and
// when the computer's screen locks (ScreenLockWatcher, when that preference is on). Copied
// secrets leave the clipboard after the time set there. The menu actions live in
// MainWindowMenus.cpp, with Vault > Import… and Export… (ImportWizard, ExportDialog): an import
// pauses the live sync while it merges, and the views read the vault again after it.
//
// A server-mode vault syncs live (VaultSync, MainWindowSync.cpp): once on opening, then
// listening, pushing after every save. The status bar says how it stands ("Synced", "Offline —
// 3 changes waiting"); what comes in reloads the list, the groups and the entry pane (the chosen
// entry stays chosen while it exists), and an open editor takes the other computer's values in
// the fields not edited in it. Entries changed on both computers are named in the banner.
#include <QMainWindow>
#include <QUuid>

#include <array>
#include <chrono>

class QAction;
class QLabel;
class QMessageBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace twofold {

class EntryActions;
class EntryEditorDialog;
class ExportDialog;
class ImportWizard;
class EntryFilterProxy;
class EntryListModel;
class EntryPane;
class GroupList;
class IdleLock;
class MessageBanner;
class ScreenLockWatcher;
class SecretClipboard;
class VaultController;
class VaultSync;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Shows controller's vault, which must be open; takes ownership of controller (it becomes
    // a child). Locking (Ctrl+L) leaves the window empty; its owner closes it on locked().
    explicit MainWindow(VaultController* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    VaultController* controller() const { return m_controller; }
    SecretClipboard* secretClipboard() const { return m_clipboard; }
    EntryListModel* model() const { return m_model; }
    EntryFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* entryView() const { return m_view; }
    GroupList* groupList() const { return m_groups; }
    EntryPane* entryPane() const { return m_pane; }
    MessageBanner* banner() const { return m_banner; }
    QToolButton* undoButton() const { return m_undo; }
    QAction* newEntryAction() const { return m_addAction; }
    QAction* editEntryAction() const { return m_editAction; }
    QAction* deleteEntryAction() const { return m_deleteAction; }
    QAction* lockVaultAction() const { return m_lockAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* copyUsernameAction() const { return m_copyUsernameAction; }
    QAction* copyPasswordAction() const { return m_copyPasswordAction; }
    // Settings… (Preferences… in the macOS app menu): emits preferencesRequested().
    QAction* preferencesAction() const { return m_preferencesAction; }
    // Security…: emits securitySettingsRequested().
    QAction* securityAction() const { return m_securityAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    // Vault > Import… / Export…: disabled once locked (Import also for a read-only vault).
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    IdleLock* idleLock() const { return m_idleLock; }
    ScreenLockWatcher* screenLockWatcher() const { return m_screenLock; }
    // The sentence shown over the entry list when it has no row (hidden otherwise).
    QLabel* emptyStateLabel() const { return m_emptyState; }
    // "12 entries found" while a search is typed; hidden otherwise.
    QLabel* resultCountLabel() const { return m_resultCount; }
    EntryActions* entryActions() const { return m_entryActions; }
    // The live sync of a server-mode vault (nullptr for a vault on this computer only, and once locked).
    VaultSync* vaultSync() const { return m_sync; }
    // Vault > Sync now (F5 / the platform's Refresh key): shown for a vault that syncs.
    QAction* syncNowAction() const { return m_syncNowAction; }
    // The status bar's sync state (hidden without sync).
    QLabel* syncStateLabel() const { return m_syncState; }
    // The entry chosen in the list (null when none).
    QUuid currentEntryId() const;
    // Makes id the current entry in the list (when it is shown).
    void selectEntry(const QUuid& id);

    // Opens the editor for a new entry / the current one. Non-blocking (the dialog is shown
    // window-modal and applied when accepted); returns it, or nullptr when there is nothing to edit.
    EntryEditorDialog* addEntry();
    EntryEditorDialog* editEntry(const QUuid& id);
    // Moves the current entry to the trash, offering Undo in the status bar.
    void deleteCurrentEntry();
    void undoDelete();
    // Locks (asks first when changes could not be saved): the vault is dropped.
    void lock();
    // Locks without asking, as idleness and the screen lock do. When the latest changes still
    // cannot be saved (after one more try) it keeps the vault open and says so in the banner:
    // it never throws changes away on its own.
    void lockAutomatically();
    // Shows sentence in the banner across the window, information style (a policy notice, a
    // warning), replacing whatever the banner showed.
    void showBanner(const QString& sentence);
    // Opens the import wizard / the export dialog (non-blocking, window-modal; deleted when
    // closed); returns it, or nullptr when the vault is locked.
    ImportWizard* showImportWizard();
    ExportDialog* showExportDialog();
    // Opens the About box (non-blocking); returns it.
    QMessageBox* showAbout();

signals:
    // The person asked for Preferences (Settings…).
    void preferencesRequested();
    // The person asked for Preferences > Security.
    void securitySettingsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void applyEditor(EntryEditorDialog* dialog);
    void onCurrentChanged();
    void onSaveFailed(const QString& message);
    void updateActions();
    void updateSaveState();
    void updateEmptyState();
    void updateResultCount();
    void sizeColumnsToContents();
    // Keeps the title column as wide as its header: a narrow list (a wide entry pane, a long
    // translation) takes the room from the other columns, down to their own headers, and gives
    // it back when the list grows again.
    void fitColumnsToWidth();
    void onScreenLocked();
    void followSettings();
    void closeEditors();
    bool confirmLosingChanges();
    void showStatus(const QString& text);
    void showError(const QString& text);
    void startSync();
    void reloadAfterSync();
    void updateSyncState(const QString& text);

    VaultController* m_controller;
    SecretClipboard* m_clipboard;
    EntryListModel* m_model;
    EntryFilterProxy* m_proxy;
    MessageBanner* m_banner;
    GroupList* m_groups;
    QLineEdit* m_search;
    QTableView* m_view;
    EntryPane* m_pane;
    QLabel* m_statusText;
    QToolButton* m_undo;
    QLabel* m_saveState;
    QLabel* m_syncState;
    VaultSync* m_sync = nullptr;
    QLabel* m_emptyState;
    QLabel* m_resultCount;
    // What fitColumnsToWidth took from each column, to give back.
    std::array<int, 4> m_columnsShrunkBy{};
    EntryActions* m_entryActions = nullptr;
    IdleLock* m_idleLock;
    ScreenLockWatcher* m_screenLock;
    QUuid m_lastTrashed;
    bool m_bannerShowsSaveError = false;
    bool m_locking = false;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_copyUsernameAction = nullptr;
    QAction* m_copyPasswordAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_securityAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_syncNowAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace twofold
