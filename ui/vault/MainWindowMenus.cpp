// MainWindow's actions, menus and toolbar, and the About box. Every action has a mnemonic in
// the menu bar and most a shortcut; the toolbar repeats the everyday ones with icons.
#include "ui/common/UiResources.h"
#include "ui/vault/EntryActions.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/ExportDialog.h"
#include "ui/vault/ImportWizard.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/VaultController.h"
#include "ui/vault/VaultSync.h"
#include "vault/OpenVault.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#ifndef TWOFOLD_VERSION
#define TWOFOLD_VERSION "0"
#endif

namespace twofold {

void MainWindow::buildActions()
{
    auto make = [this](const QString& text, const QString& icon, const QString& theme,
                       const QKeySequence& key) {
        auto* action = new QAction(paletteIcon(icon, theme), text, this);
        action->setShortcut(key);
        return action;
    };
    m_addAction =
        make(tr("&New entry…"), QStringLiteral("add"), QStringLiteral("list-add"), QKeySequence::New);
    m_editAction = make(tr("&Edit entry…"), QStringLiteral("edit"), QStringLiteral("document-edit"),
                        QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = make(tr("&Move to trash"), QStringLiteral("delete"), QStringLiteral("edit-delete"),
                          QKeySequence::Delete);
    m_lockAction = make(tr("&Lock vault"), QStringLiteral("lock"), QStringLiteral("system-lock-screen"),
                        QKeySequence(Qt::CTRL | Qt::Key_L));
    m_findAction =
        make(tr("&Find"), QStringLiteral("search"), QStringLiteral("edit-find"), QKeySequence::Find);
    m_copyUsernameAction = make(tr("Copy u&ser name"), QStringLiteral("copy-username"), QString(),
                                QKeySequence(Qt::CTRL | Qt::Key_B));
    m_copyPasswordAction =
        make(tr("Copy &password"), QStringLiteral("copy-password"), QString(), QKeySequence::Copy);
    m_undoAction = make(tr("&Undo"), QStringLiteral("undo"), QStringLiteral("edit-undo"), QKeySequence::Undo);

    // Settings…: Qt moves it to the macOS app menu as Preferences… (PreferencesRole). The
    // platform's Preferences key where it has one (⌘, on macOS, Ctrl+Shift+, on KDE), Ctrl+, elsewhere.
    m_preferencesAction =
        make(tr("&Settings…"), QStringLiteral("settings"), QStringLiteral("preferences-system"), {});
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferencesKeys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_securityAction = make(tr("Se&curity…"), QStringLiteral("shield"), QString(), {});
    m_securityAction->setMenuRole(QAction::NoRole);
    m_syncNowAction = new QAction(tr("S&ync now"), this);
    m_syncNowAction->setShortcuts(QKeySequence::Refresh);
    m_syncNowAction->setVisible(false); // startSync() shows it
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setEnabled(m_controller->openVault().mode() == OpenMode::ReadWrite);
    m_exportAction = new QAction(tr("E&xport…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_aboutAction = new QAction(tr("&About Twofold"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // Delete and Copy act on the list only, so they never steal those keys from text fields.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyPasswordAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    m_view->addAction(m_copyPasswordAction);
    for (QAction* a :
         {m_addAction, m_editAction, m_lockAction, m_findAction, m_copyUsernameAction, m_undoAction,
          m_preferencesAction, m_securityAction, m_syncNowAction, m_importAction, m_exportAction})
        QWidget::addAction(a); // window-wide shortcuts
    m_undo->setDefaultAction(m_undoAction);
    m_undo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undo->setAccessibleName(tr("Undo moving to the trash"));
    m_undoAction->setEnabled(false);

    connect(m_addAction, &QAction::triggered, this, [this] { addEntry(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editEntry(currentEntryId()); });
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrentEntry);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_copyUsernameAction, &QAction::triggered, m_pane, &EntryPane::copyUsername);
    connect(m_copyPasswordAction, &QAction::triggered, m_pane, &EntryPane::copyPassword);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undoDelete);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::preferencesRequested);
    connect(m_securityAction, &QAction::triggered, this, &MainWindow::securitySettingsRequested);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAbout(); });
    connect(m_importAction, &QAction::triggered, this, [this] { showImportWizard(); });
    connect(m_exportAction, &QAction::triggered, this, [this] { showExportDialog(); });
    connect(m_controller, &VaultController::locked, this, [this] {
        m_importAction->setEnabled(false);
        m_exportAction->setEnabled(false);
    });
    // While an import merges, no sync reply changes the vault; then the views read it again
    // and the sync (a new engine) sends what came in.
    connect(m_controller, &VaultController::importStarted, this, [this] {
        if (m_sync)
            m_sync->setPaused(true);
    });
    connect(m_controller, &VaultController::importFinished, this, [this] {
        reloadAfterSync();
        if (m_sync)
            m_sync->setPaused(false);
    });
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
}

void MainWindow::buildMenus()
{
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addAction(m_lockAction);
    vaultMenu->addAction(m_syncNowAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_importAction);
    vaultMenu->addAction(m_exportAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_securityAction);
    vaultMenu->addAction(m_preferencesAction);
    vaultMenu->addSeparator();
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    vaultMenu->addAction(quit);
    QMenu* entryMenu = menuBar()->addMenu(tr("&Entry"));
    for (QAction* a : {m_addAction, m_editAction, m_deleteAction, m_undoAction})
        entryMenu->addAction(a);
    entryMenu->addSeparator();
    entryMenu->addAction(m_copyUsernameAction);
    entryMenu->addAction(m_copyPasswordAction);
    entryMenu->addAction(m_entryActions->copyCodeAction());
    entryMenu->addSeparator();
    entryMenu->addAction(m_entryActions->openUrlAction());
    entryMenu->addAction(m_entryActions->copyAndOpenAction());
    entryMenu->addSeparator();
    entryMenu->addAction(m_findAction);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar* bar = addToolBar(tr("Main tools"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main tools"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    for (QAction* a : {m_addAction, m_editAction, m_deleteAction})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_copyUsernameAction);
    bar->addAction(m_copyPasswordAction);
    bar->addAction(m_entryActions->copyCodeAction());
    bar->addAction(m_entryActions->openUrlAction());
    // The copy buttons show only their icons (the tooltips name them): the bar stays short.
    for (QAction* a : {m_copyUsernameAction, m_copyPasswordAction, m_entryActions->copyCodeAction(),
                       m_entryActions->openUrlAction()}) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_lockAction);
    bar->addAction(m_preferencesAction);
    // Every toolbar button is named for screen readers, without the menu's mnemonic "&".
    for (QAction* a : bar->actions()) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setAccessibleName(QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }
}

ImportWizard* MainWindow::showImportWizard()
{
    if (!m_controller->isOpen() || !m_importAction->isEnabled())
        return nullptr;
    auto* wizard = new ImportWizard(m_controller, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importEnded, this, [this, wizard] {
        const std::optional<io::MergeSummary> summary = wizard->summary();
        if (summary && !summary->cancelled)
            showStatus(
                tr("Imported: %L1 entries added, %L2 updated.").arg(summary->added).arg(summary->updated));
    });
    wizard->open();
    return wizard;
}

ExportDialog* MainWindow::showExportDialog()
{
    if (!m_controller->isOpen())
        return nullptr;
    auto* dialog = new ExportDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, &MainWindow::showStatus);
    dialog->open();
    return dialog;
}

QMessageBox* MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Twofold"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(TWOFOLD_VERSION)
                                : QCoreApplication::applicationVersion();
    box->setText(tr("Twofold %1").arg(version));
    box->setInformativeText(tr("A password manager with two-factor sign-in. Built with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    return box;
}

} // namespace twofold
