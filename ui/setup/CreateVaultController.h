#pragma once
// CreateVaultController: creates a new vault OFF the GUI thread — KDF calibration (several
// seconds at 256 MiB) and the first save — and hands the open vault over.
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace twofold {

class OpenVault;

class CreateVaultController : public QObject
{
    Q_OBJECT
public:
    explicit CreateVaultController(Clock& clock = systemClock(), QObject* parent = nullptr);
    ~CreateVaultController() override;

    // KDF parameters to use instead of calibrating (tests: tiny ones, so nothing waits for
    // a 256 MiB calibration). std::nullopt (the default) calibrates for this machine.
    void setKdfOverride(std::optional<kdf::Params> params) { m_kdfOverride = params; }

    // Starts creating a vault at path under password. Returns false, doing nothing, while a
    // creation is running. Refuses at once (failed()) when a file already exists at path.
    // Ends with exactly one of created() or failed().
    bool create(const QString& path, SecureBuffer password);
    bool isBusy() const { return m_busy; }

    // Why a new vault cannot be made at path (empty path, a file or folder already there),
    // as a sentence; empty when it can.
    static QString locationProblem(const QString& path);

signals:
    void busyChanged(bool busy);
    // The receiver becomes the vault's only owner.
    void created(std::shared_ptr<twofold::OpenVault> vault);
    void failed(const twofold::Error& error);

private:
    struct Outcome;
    void finish();

    Clock* m_clock;
    std::optional<kdf::Params> m_kdfOverride;
    bool m_busy = false;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher = nullptr;
};

} // namespace twofold
