// The vault window's live sync (MainWindow.h): the status bar's sync state, the views read
// again when changes come in, merged entries in the banner.
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryListModel.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/GroupList.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "ui/vault/VaultSync.h"
#include "vault/Vault.h"

#include <QAction>
#include <QLabel>

namespace twofold {

void MainWindow::startSync()
{
    m_sync = new VaultSync(m_controller, nullptr, this);
    connect(m_sync, &VaultSync::statusChanged, this, &MainWindow::updateSyncState);
    connect(m_sync, &VaultSync::contentChanged, this, &MainWindow::reloadAfterSync);
    connect(m_sync, &VaultSync::merged, this,
            [this](const QStringList& titles) { showBanner(VaultSync::mergedSentence(titles)); });
    connect(m_sync, &VaultSync::keyRefused, this, [this] { showError(VaultSync::keyRefusedSentence()); });
    // Stopped by the lock (VaultSync follows aboutToLock); the window is closed afterwards.
    connect(m_controller, &VaultController::locked, this, [this] {
        delete m_sync;
        m_sync = nullptr;
        m_syncNowAction->setVisible(false);
    });
    m_syncNowAction->setVisible(true);
    m_sync->start();
    updateSyncState(m_sync->statusText());
}

void MainWindow::updateSyncState(const QString& text)
{
    // A failure's sentence can be long: the status bar shows its start, the tooltip all of it.
    m_syncState->setText(m_syncState->fontMetrics().elidedText(text, Qt::ElideRight, 360));
    m_syncState->setToolTip(text);
    m_syncState->setAccessibleDescription(text);
    m_syncState->setVisible(!text.isEmpty());
    updateSaveState(); // a sync saves the vault too (a change whose own save failed included)
}

void MainWindow::reloadAfterSync()
{
    if (!m_controller->isOpen())
        return;
    // The vault changed under the views (entries may be gone, so rows moved): read it again.
    const QUuid current = m_pane->entryId();
    const Vault& vault = m_controller->vault();
    m_model->reload();
    m_groups->reload(&vault);
    m_proxy->reloadGroups();
    if (!current.isNull() && vault.entry(current))
        selectEntry(current);
    if (currentEntryId() != current || m_pane->entryId() != current)
        onCurrentChanged();
    else
        m_pane->refresh();
    for (EntryEditorDialog* dialog : findChildren<EntryEditorDialog*>())
        dialog->followVault(vault);
    updateActions();
}

} // namespace twofold
