#pragma once
// AppFlow: Twofold's windows in order — create or sign in (StartWindow), then the vault window
// (MainWindow) with Preferences; locking goes back to sign-in. After a vault is created it
// offers to turn on two-factor sign-in; when the policy requires two-factor sign-in and the
// vault has none, the vault window stays hidden until a method is on (declining locks the
// vault again). main() and the GUI tests drive this.
#include "auth/SignInSession.h"
#include "auth/TwoFactorSettings.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "crypto/Kdf.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/vault/MainWindow.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace twofold {

class OpenVault;
class SecretStore;
class AppTray;
class StartWindow;

struct AppFlowOptions
{
    // The vault to offer; empty: the most recent one, else the default path.
    QString vaultPath;
    // KDF parameters for new vaults instead of calibrating (tests).
    std::optional<kdf::Params> kdfOverride;
    // The administrator's policy; nullopt: Policy::load().
    std::optional<Policy> policy;
    // Remembered computers; nullptr: SecretStore::createDefault(), owned by the flow.
    SecretStore* secretStore = nullptr;
    // How email and SMS codes are sent; nullptr: the real senders.
    std::shared_ptr<CodeSender> sender;
    // Offer to turn on two-factor sign-in after a vault is created.
    bool offerTwoFactorAfterCreate = true;
    // An icon in the notification area (AppTray); unset: where the desktop has one.
    std::optional<bool> trayIcon;
};

class AppFlow : public QObject
{
    Q_OBJECT
public:
    using Options = AppFlowOptions;

    // clock and random must outlive the flow.
    explicit AppFlow(Options options = {}, Clock& clock = systemClock(), Random& random = systemRandom(),
                     QObject* parent = nullptr);
    ~AppFlow() override;

    // Shows the create page when no vault exists at the path, else the sign-in page.
    void start();

    StartWindow* startWindow() const { return m_start.get(); }
    // The vault window while a vault is open, else nullptr.
    MainWindow* mainWindow() const { return m_main.data(); }
    // The open vault's two-factor settings (Preferences > Security), else nullptr.
    TwoFactorSettings* twoFactorSettings() const { return m_settings.data(); }
    // The Preferences dialog while it is open, else nullptr.
    PreferencesDialog* preferences() const { return m_preferences.data(); }
    AppTray* tray() const { return m_tray; }
    // Opens Preferences (on the Security pane when security is true) over the vault window.
    PreferencesDialog* showPreferences(bool security = false);

signals:
    void vaultOpened();
    void vaultLocked();
    // Sign out and forget this computer (Settings > Security) is done: the vault is closed, its
    // file and this computer's secrets for it are gone, and the account sign-in page is shown.
    void signedOut();
    // The first-run offer "Turn on two-factor sign-in now?" is shown (its dialog).
    void twoFactorOffered(QDialog* dialog);

private:
    void open(std::shared_ptr<OpenVault> vault, const TwoFactorStatus& status, bool created,
              bool setupRequired);
    void offerTwoFactor();
    // Policy "required" and no method on: the vault window stays hidden until one is turned on;
    // declining locks the vault again.
    void requireTwoFactor();
    void showVaultWindow();
    // Settings > Security asked to sign out and forget this computer (SecurityPane::signOutRequested).
    void signOut(const QString& notice);
    void finishSignOut();

    Options m_options;
    Clock& m_clock;
    Random& m_random;
    std::unique_ptr<SecretStore> m_ownedStore;
    std::unique_ptr<StartWindow> m_start;
    QPointer<MainWindow> m_main;
    QPointer<TwoFactorSettings> m_settings;
    QPointer<PreferencesDialog> m_preferences;
    AppTray* m_tray = nullptr;
    QString m_pendingBanner; // said in the vault window once it opens (recovery codes left)
    struct SignOut
    {
        QString path, server, email, notice;
        QByteArray vaultId;
    };
    std::optional<SignOut> m_signOut; // set from the request until the vault is closed
};

} // namespace twofold
