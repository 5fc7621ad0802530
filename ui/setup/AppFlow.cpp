#include "ui/setup/AppFlow.h"

#include "auth/ForgetComputer.h"
#include "auth/TwoFactorSettings.h"
#include "platform/SecretStore.h"
#include "ui/account/AccountSignInPage.h"
#include "ui/account/CreateAccountPage.h"
#include "ui/account/EmergencyKitDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/VaultLocation.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/preferences/SecurityPane.h"
#include "ui/preferences/TurnOnMethod.h"
#include "ui/setup/AppTray.h"
#include "ui/setup/CreateVaultController.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "ui/signin/UnlockPage.h"
#include "ui/twofactor/TwoFactorDialogs.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "ui/vault/VaultSync.h"
#include "vault/OpenVault.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>
#include <QTimer>

#include <utility>

namespace twofold {

namespace {
// Translations of this file's sentences (a struct, so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twofold::AppFlow)
};

} // namespace

AppFlow::AppFlow(Options options, Clock& clock, Random& random, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_random(random)
{
    if (!m_options.secretStore) {
        m_ownedStore = SecretStore::createDefault();
        m_options.secretStore = m_ownedStore.get();
    }
    m_start = std::make_unique<StartWindow>(clock, random);
    m_start->createPage()->controller()->setKdfOverride(m_options.kdfOverride);
    m_start->createAccountPage()->setKdfOverride(m_options.kdfOverride);
    SignInOptions signIn;
    signIn.policy = m_options.policy;
    signIn.secretStore = m_options.secretStore;
    signIn.sender = m_options.sender;
    m_start->setSignInOptions(signIn);
    // An organisation's policy may name its sign-in server: the account pages start with it.
    if (m_options.policy)
        m_start->setServerAddress(m_options.policy->server);
    else if (Result<Policy> policy = Policy::load(); policy)
        m_start->setServerAddress(policy->server);
    connect(m_start.get(), &StartWindow::warning, this,
            [this](const QString& sentence) { m_pendingBanner = sentence; });
    connect(m_start.get(), &StartWindow::vaultOpened, this, &AppFlow::open);
    m_tray = new AppTray(m_start.get(), m_options.trayIcon.value_or(QSystemTrayIcon::isSystemTrayAvailable()),
                         this);
    // The sign-in page is hidden once the vault opens: the vault window repeats the count.
    const auto recoveryCodeUsed = [this](int left) {
        m_pendingBanner =
            left > 0 ? Text::tr("You signed in with a recovery code. You have %n recovery codes left: "
                                "each works once.",
                                nullptr, left)
                     : Text::tr("You signed in with your last recovery code. Make new ones in "
                                "Settings > Security now.");
    };
    connect(m_start->unlockPage(), &UnlockPage::recoveryCodeUsed, this, recoveryCodeUsed);
    connect(m_start->accountSignInPage(), &AccountSignInPage::recoveryCodeUsed, this, recoveryCodeUsed);
}

AppFlow::~AppFlow()
{
    delete m_preferences.data();
    delete m_main.data();
}

void AppFlow::start()
{
    const QString path = m_options.vaultPath.isEmpty() ? startVaultPath() : m_options.vaultPath;
    if (vaultExists(path))
        m_start->showUnlock(path);
    else
        m_start->showCreate(path);
    m_start->show();
    m_start->raise();
    m_start->activateWindow();
}

void AppFlow::open(std::shared_ptr<OpenVault> vault, const TwoFactorStatus& status, bool created,
                   bool setupRequired)
{
    auto* controller = new VaultController(std::move(vault));
    auto* window = new MainWindow(controller);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_main = window;
    m_tray->setMainWindow(window);

    TwoFactorSettingsOptions settingsOptions;
    settingsOptions.policy = m_options.policy;
    settingsOptions.secretStore = m_options.secretStore;
    settingsOptions.sender = m_options.sender;
    m_settings =
        new TwoFactorSettings(controller->openVault(), status, settingsOptions, m_clock, m_random, window);

    connect(window, &MainWindow::preferencesRequested, this, [this] { showPreferences(false); });
    connect(window, &MainWindow::securitySettingsRequested, this, [this] { showPreferences(true); });
    // The settings and Preferences hold references into the vault: gone before it is dropped.
    connect(controller, &VaultController::aboutToLock, this, [this] {
        delete m_preferences.data();
        delete m_settings.data();
    });
    connect(controller, &VaultController::locked, this, [this, window, controller] {
        if (m_signOut)
            finishSignOut();
        else
            m_start->showUnlock(controller->path());
        m_start->show();
        window->hide();
        window->deleteLater();
        m_main.clear();
        m_tray->setMainWindow(nullptr);
        emit vaultLocked();
    });
    const Policy& policy = m_settings->policy(); // the one the settings read: not read again
    if (setupRequired || (created && policy.twoFactor == TwoFactorRequirement::Required))
        return requireTwoFactor();
    showVaultWindow();
    if (created && m_options.offerTwoFactorAfterCreate && policy.twoFactor != TwoFactorRequirement::Off)
        offerTwoFactor();
}

void AppFlow::showVaultWindow()
{
    if (!m_main)
        return;
    m_main->show();
    m_start->hide();
    if (!m_pendingBanner.isEmpty())
        m_main->showBanner(std::exchange(m_pendingBanner, QString()));
    emit vaultOpened();
}

void AppFlow::requireTwoFactor()
{
    if (!m_main || !m_settings)
        return;
    // No way around it: the vault window is not shown, and the only ways out of this dialog
    // are turning a method on or locking the vault.
    m_start->show();
    auto* dialog = new TurnOnTwoFactorDialog(*m_settings, m_start.get(), /*required*/ true);
    QPointer<MainWindow> window = m_main;
    connect(dialog, &TurnOnTwoFactorDialog::methodChosen, this, [this, window](SignInMethod method) {
        if (!window || !m_settings)
            return;
        turnOnMethod(method, *m_settings, m_start.get(), [this, window](bool on) {
            if (!window)
                return;
            if (on && m_settings && m_settings->status().on)
                return showVaultWindow();
            requireTwoFactor(); // cancelled: ask again
        });
    });
    connect(dialog, &QDialog::rejected, this, [window] {
        if (window)
            window->controller()->lock();
    });
    dialog->open();
    emit twoFactorOffered(dialog);
}

void AppFlow::offerTwoFactor()
{
    if (!m_main || !m_settings)
        return;
    auto* dialog = new TurnOnTwoFactorDialog(*m_settings, m_main);
    connect(dialog, &TurnOnTwoFactorDialog::methodChosen, this, [this](SignInMethod method) {
        if (m_main && m_settings)
            turnOnMethod(method, *m_settings, m_main);
    });
    dialog->open();
    emit twoFactorOffered(dialog);
}

PreferencesDialog* AppFlow::showPreferences(bool security)
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(appSettings(), m_settings.data(), m_main.data(), m_clock);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        // Window-modal: no entry is edited (and saved on a worker thread) while a security
        // change saves the vault on this one. Sync pauses for the same reason while it is open.
        m_preferences->setWindowModality(Qt::WindowModal);
        if (SecurityPane* pane = m_preferences->securityPane())
            connect(pane, &SecurityPane::signOutRequested, this, &AppFlow::signOut);
        connect(m_preferences, &QObject::destroyed, this, [this] {
            if (m_main && m_main->vaultSync())
                m_main->vaultSync()->setPaused(false); // nothing once the vault locks
        });
    }
    if (m_main && m_main->vaultSync())
        m_main->vaultSync()->setPaused(true);
    if (m_main)
        m_main->controller()->waitForSave();
    m_preferences->setCurrentPane(security ? PreferencesDialog::Pane::Security
                                           : PreferencesDialog::Pane::General);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
    return m_preferences.data();
}

void AppFlow::signOut(const QString& notice)
{
    if (!m_main || m_signOut)
        return;
    VaultController* controller = m_main->controller();
    const VaultHeader& header = controller->openVault().header();
    m_signOut = SignOut{controller->path(), header.serverUrl, header.serverAccount, notice, header.vaultId};
    // Not inside the pane's callback: locking deletes Preferences and the settings.
    QPointer<MainWindow> window = m_main;
    QTimer::singleShot(0, this, [window] {
        if (window)
            window->controller()->lock();
    });
}

void AppFlow::finishSignOut()
{
    const SignOut plan = *std::exchange(m_signOut, std::nullopt);
    appSettings().removeRecentVault(plan.path);
    AccountSignInPage* page = m_start->accountSignInPage();
    m_start->showAccountSignIn();
    page->setServerAddress(plan.server);
    page->setEmail(plan.email);
    page->setVaultPath(plan.path);
    // The vault is closed (its lock released): its file and this computer's secrets go now.
    forgetLocalCopy(plan.path, plan.vaultId, m_options.secretStore, this, [this, plan](Status forgotten) {
        AccountSignInPage* page = m_start->accountSignInPage();
        page->showNotice(forgotten ? plan.notice : forgotten.error().message);
        emit signedOut();
    });
}

} // namespace twofold
