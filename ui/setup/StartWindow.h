#pragma once
// StartWindow: the window Twofold opens with — the create page on first run, the sign-in page
// otherwise — switching between them as the person asks.
#include "auth/SignInSession.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Random.h"

#include <QWidget>

#include <memory>

class QStackedWidget;

namespace twofold {

class AccountSignInPage;
class CreateAccountPage;
class CreateVaultPage;
class OpenVault;
class ServerChoicePage;
class UnlockPage;

class StartWindow : public QWidget
{
    Q_OBJECT
public:
    // clock and random must outlive the window.
    explicit StartWindow(Clock& clock = systemClock(), Random& random = systemRandom(),
                         QWidget* parent = nullptr);

    void showCreate(const QString& path);
    void showUnlock(const QString& path);
    // A Twofold server account: the choice (create one or sign in), then either form.
    void showServerChoice();
    void showCreateAccount();
    void showAccountSignIn();
    bool isShowingCreate() const;
    // The page shown now (one of the pages below).
    QWidget* currentPage() const;
    // The server address the account pages start with (an administrator's policy names it).
    void setServerAddress(const QString& address);
    // What every sign-in from this window is given (UnlockPage::setSignInOptions), the account
    // pages' included.
    void setSignInOptions(const SignInOptions& options);

    CreateVaultPage* createPage() const { return m_create; }
    UnlockPage* unlockPage() const { return m_unlock; }
    ServerChoicePage* serverChoicePage() const { return m_serverChoice; }
    CreateAccountPage* createAccountPage() const { return m_createAccount; }
    AccountSignInPage* accountSignInPage() const { return m_accountSignIn; }

signals:
    // A vault was created (created: true) or signed in to; the receiver becomes its only
    // owner. status: its two-factor settings as read at sign-in (all off for a new vault);
    // setupRequired: the policy requires two-factor sign-in and the vault has none yet.
    void vaultOpened(std::shared_ptr<twofold::OpenVault> vault, const twofold::TwoFactorStatus& status,
                     bool created, bool setupRequired);
    // A sentence for the vault window (something went wrong that did not stop the vault opening).
    void warning(const QString& sentence);

private:
    // A vault file name that is not taken yet, next to the default vault.
    static QString freshVaultPath();

    QStackedWidget* m_stack;
    CreateVaultPage* m_create;
    UnlockPage* m_unlock;
    ServerChoicePage* m_serverChoice;
    CreateAccountPage* m_createAccount;
    AccountSignInPage* m_accountSignIn;
};

} // namespace twofold
