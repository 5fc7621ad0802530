#include "ui/setup/StartWindow.h"

#include "ui/account/AccountSignInPage.h"
#include "ui/account/CreateAccountPage.h"
#include "ui/account/EmergencyKitDialog.h"
#include "ui/account/ServerChoicePage.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/signin/UnlockPage.h"
#include "vault/OpenVault.h"

#include <QDir>
#include <QFileInfo>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold {

StartWindow::StartWindow(Clock& clock, Random& random, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_create(new CreateVaultPage(clock, this)),
      m_unlock(new UnlockPage(clock, random, this)), m_serverChoice(new ServerChoicePage(this)),
      m_createAccount(new CreateAccountPage(clock, random, this)),
      m_accountSignIn(new AccountSignInPage(clock, random, this))
{
    setWindowTitle(tr("Twofold"));
    setWindowIcon(appIcon());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_create);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_serverChoice);
    m_stack->addWidget(m_createAccount);
    m_stack->addWidget(m_accountSignIn);
    connect(m_create, &CreateVaultPage::serverRequested, this, &StartWindow::showServerChoice);
    connect(m_serverChoice, &ServerChoicePage::backRequested, this,
            [this] { showCreate(m_create->vaultPath()); });
    connect(m_serverChoice, &ServerChoicePage::createAccountRequested, this, &StartWindow::showCreateAccount);
    connect(m_serverChoice, &ServerChoicePage::signInRequested, this, &StartWindow::showAccountSignIn);
    connect(m_createAccount, &CreateAccountPage::backRequested, this, &StartWindow::showServerChoice);
    connect(m_accountSignIn, &AccountSignInPage::backRequested, this, &StartWindow::showServerChoice);
    connect(m_createAccount, &CreateAccountPage::vaultOpened, this,
            [this](std::shared_ptr<OpenVault> vault, const TwoFactorStatus& status, bool setupRequired) {
                emit vaultOpened(std::move(vault), status, true, setupRequired);
            });
    connect(m_createAccount, &CreateAccountPage::signInRequested, this, &StartWindow::showUnlock);
    connect(m_createAccount, &CreateAccountPage::warning, this, &StartWindow::warning);
    connect(m_accountSignIn, &AccountSignInPage::vaultOpened, this,
            [this](std::shared_ptr<OpenVault> vault, const TwoFactorStatus& status, bool setupRequired) {
                emit vaultOpened(std::move(vault), status, false, setupRequired);
            });
    connect(m_create, &CreateVaultPage::created, this, [this](std::shared_ptr<OpenVault> vault) {
        emit vaultOpened(std::move(vault), TwoFactorStatus{}, true, false);
    });
    connect(m_unlock, &UnlockPage::unlocked, this,
            [this](std::shared_ptr<OpenVault> vault, const TwoFactorStatus& status) {
                emit vaultOpened(std::move(vault), status, false, m_unlock->twoFactorSetupRequired());
            });
    connect(m_create, &CreateVaultPage::openExistingRequested, this, &StartWindow::showUnlock);
    connect(m_unlock, &UnlockPage::createRequested, this, [this] {
        // Propose a fresh name next to the vault shown, never the file that already exists.
        QString path = m_unlock->vaultPath();
        if (vaultExists(path))
            path = OpenVault::defaultPath();
        showCreate(path);
    });
    resize(520, 420);
    growWithContent(this);
}

void StartWindow::showCreate(const QString& path)
{
    m_create->setVaultPath(path);
    m_stack->setCurrentWidget(m_create);
    setWindowTitle(tr("Create a vault — Twofold"));
    m_create->setFocus();
}

void StartWindow::showUnlock(const QString& path)
{
    m_unlock->setVaultPath(path);
    m_stack->setCurrentWidget(m_unlock);
    setWindowTitle(tr("Sign in — Twofold"));
    m_unlock->setFocus();
}

void StartWindow::showServerChoice()
{
    m_stack->setCurrentWidget(m_serverChoice);
    setWindowTitle(tr("Use a Twofold server — Twofold"));
    m_serverChoice->setFocus();
}

void StartWindow::showCreateAccount()
{
    if (m_createAccount->vaultPath().isEmpty() || vaultExists(m_createAccount->vaultPath()))
        m_createAccount->setVaultPath(freshVaultPath());
    m_stack->setCurrentWidget(m_createAccount);
    setWindowTitle(tr("Create an account — Twofold"));
    m_createAccount->setFocus();
}

void StartWindow::showAccountSignIn()
{
    if (m_accountSignIn->vaultPath().isEmpty() || vaultExists(m_accountSignIn->vaultPath()))
        m_accountSignIn->setVaultPath(freshVaultPath());
    m_stack->setCurrentWidget(m_accountSignIn);
    setWindowTitle(tr("Sign in to an account — Twofold"));
    m_accountSignIn->setFocus();
}

QWidget* StartWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void StartWindow::setServerAddress(const QString& address)
{
    m_createAccount->setServerAddress(address);
    m_accountSignIn->setServerAddress(address);
}

void StartWindow::setSignInOptions(const SignInOptions& options)
{
    m_unlock->setSignInOptions(options);
    m_createAccount->setSignInOptions(options);
    m_accountSignIn->setSignInOptions(options);
}

QString StartWindow::freshVaultPath()
{
    const QString first = OpenVault::defaultPath();
    if (!vaultExists(first) && !QFileInfo::exists(first))
        return first;
    const QFileInfo info(first);
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(
            QStringLiteral("%1 %2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool StartWindow::isShowingCreate() const
{
    return m_stack->currentWidget() == m_create;
}

} // namespace twofold
