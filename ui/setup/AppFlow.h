#pragma once
// AppFlow: Twofold's windows in order — create or unlock (StartWindow), then the vault window
// (MainWindow); locking goes back to unlock. main() and the GUI tests both drive this.
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "ui/common/SecretClipboard.h"
#include "ui/vault/MainWindow.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace twofold {

class OpenVault;
class StartWindow;

struct AppFlowOptions
{
    // The vault to offer; empty: the last used one, else the default path.
    QString vaultPath;
    // KDF parameters for new vaults instead of calibrating (tests).
    std::optional<kdf::Params> kdfOverride;
    // How long a copied password stays on the clipboard.
    std::chrono::milliseconds clipboardTimeout = kClipboardClearTimeout;
};

class AppFlow : public QObject
{
    Q_OBJECT
public:
    using Options = AppFlowOptions;

    explicit AppFlow(Options options = {}, Clock& clock = systemClock(), QObject* parent = nullptr);
    ~AppFlow() override;

    // Shows the create page when no vault exists at the path, else the unlock page.
    void start();

    StartWindow* startWindow() const { return m_start.get(); }
    // The vault window while a vault is open, else nullptr.
    MainWindow* mainWindow() const { return m_main.data(); }

signals:
    void vaultOpened();
    void vaultLocked();

private:
    void open(std::shared_ptr<OpenVault> vault);

    Options m_options;
    std::unique_ptr<StartWindow> m_start;
    QPointer<MainWindow> m_main;
};

} // namespace twofold
