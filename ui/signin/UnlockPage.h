#pragma once
// UnlockPage: the sign-in window (DESIGN.md J2). First the password: the vault's path (with
// "Open another vault…" and the recent vaults), the master password, Unlock with a busy bar
// while Argon2id runs off the GUI thread. When the vault has two-factor sign-in on, a second
// page in the same place asks for the code (SecondFactorPage). Both are driven by core/auth's
// SignInSession: refusals are its sentences; warnings that do not stop signing in (this
// computer could not be remembered, the keychain fell back to a file) show in a banner.
#include "auth/SignInSession.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Random.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace twofold {

class ElidedLabel;
class MessageBanner;
class OpenVault;
class PasswordField;
class SecondFactorPage;

class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    // clock and random must outlive the page; every SignInSession it makes uses them.
    explicit UnlockPage(Clock& clock = systemClock(), Random& random = systemRandom(),
                        QWidget* parent = nullptr);
    ~UnlockPage() override;

    // The vault this page unlocks. Drops any sign-in under way, shows the password page and
    // clears the password and any message.
    void setVaultPath(const QString& path);
    QString vaultPath() const { return m_path; }
    // What each new SignInSession is given (policy, secret store for remembered computers,
    // code sender, computer name). The secret store is not owned and must outlive the page.
    // Drops any sign-in under way.
    void setSignInOptions(SignInOptions options);

    // Starts signing in with the typed password (the Unlock button, Enter).
    void unlock();

    // The session of the sign-in under way or just finished (nullptr before the first Unlock).
    SignInSession* session() const { return m_session; }
    // After unlocked(): the policy requires two-factor sign-in and this vault has none yet.
    bool twoFactorSetupRequired() const { return m_twoFactorSetupRequired; }

    PasswordField* passwordField() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* openOtherButton() const { return m_openOther; }
    // Its menu lists the recent vaults (hidden when there are none).
    QToolButton* recentButton() const { return m_recent; }
    QPushButton* createButton() const { return m_create; }
    // A server-mode vault whose account key this computer does not hold: the key from the
    // emergency kit (shown only once the sign-in has said so).
    QLineEdit* accountKeyField() const { return m_accountKey; }
    bool isAskingForAccountKey() const;
    ElidedLabel* pathLabel() const { return m_pathLabel; }
    SecondFactorPage* secondFactorPage() const { return m_codePage; }
    bool isShowingSecondFactor() const;
    // The sentence shown on the password page after a refusal ("" when none).
    QString message() const;
    // The banner's sentence (a warning, or how many recovery codes are left), "" when none.
    QString bannerText() const;
    bool isBusy() const;

signals:
    // The vault is open; the receiver becomes its only owner. status is the vault's two-factor
    // settings as read at sign-in (for Preferences > Security).
    void unlocked(std::shared_ptr<twofold::OpenVault> vault, const twofold::TwoFactorStatus& status);
    // A recovery code was used to sign in: codesLeft remain.
    void recoveryCodeUsed(int codesLeft);
    // The person wants a new vault instead.
    void createRequested();

private:
    void chooseOtherVault();
    void rebuildRecentMenu();
    void dropSession();
    SignInSession* ensureSession();
    void onStateChanged(SignInSession::State state);
    void onFailed(const Error& error);
    void onUnlocked();
    void setBusy(bool busy);
    void updateButtons();
    void askForAccountKey();
    void hideAccountKey();

    Clock& m_clock;
    Random& m_random;
    SignInOptions m_options;
    QPointer<SignInSession> m_session;
    QString m_path;
    bool m_twoFactorSetupRequired = false;

    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QWidget* m_passwordPage;
    ElidedLabel* m_pathLabel;
    QPushButton* m_openOther;
    QToolButton* m_recent;
    PasswordField* m_password;
    QLabel* m_accountKeyLabel;
    QLabel* m_accountKeyWhy;
    QLineEdit* m_accountKey;
    QPushButton* m_unlock;
    QPushButton* m_create;
    QProgressBar* m_busy;
    QLabel* m_message;
    SecondFactorPage* m_codePage;
};

} // namespace twofold
