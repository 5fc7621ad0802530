#include "ui/setup/StartWindow.h"

#include "ui/common/GrowWithContent.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/signin/UnlockPage.h"
#include "vault/OpenVault.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold {

StartWindow::StartWindow(Clock& clock, Random& random, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_create(new CreateVaultPage(clock, this)),
      m_unlock(new UnlockPage(clock, random, this))
{
    setWindowTitle(tr("Twofold"));
    setWindowIcon(appIcon());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_create);
    m_stack->addWidget(m_unlock);
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

bool StartWindow::isShowingCreate() const
{
    return m_stack->currentWidget() == m_create;
}

} // namespace twofold
