#include "ui/setup/AppFlow.h"

#include "ui/common/VaultLocation.h"
#include "ui/setup/CreateVaultController.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "vault/OpenVault.h"

namespace twofold {

AppFlow::AppFlow(Options options, Clock& clock, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_start(std::make_unique<StartWindow>(clock))
{
    m_start->createPage()->controller()->setKdfOverride(m_options.kdfOverride);
    connect(m_start.get(), &StartWindow::vaultOpened, this, &AppFlow::open);
}

AppFlow::~AppFlow()
{
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

void AppFlow::open(std::shared_ptr<OpenVault> vault)
{
    auto* controller = new VaultController(std::move(vault));
    auto* window = new MainWindow(controller);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->secretClipboard()->setTimeout(m_options.clipboardTimeout);
    m_main = window;
    connect(controller, &VaultController::locked, this, [this, window, controller] {
        m_start->showUnlock(controller->path());
        m_start->show();
        window->hide();
        window->deleteLater();
        m_main.clear();
        emit vaultLocked();
    });
    window->show();
    m_start->hide();
    emit vaultOpened();
}

} // namespace twofold
