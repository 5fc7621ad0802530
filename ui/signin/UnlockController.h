#pragma once
// UnlockController: opens a vault with the master password OFF the GUI thread (the KDF takes
// about a second) and hands the unlocked vault over. One attempt at a time.
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace twofold {

class OpenVault;

class UnlockController : public QObject
{
    Q_OBJECT
public:
    explicit UnlockController(Clock& clock = systemClock(), QObject* parent = nullptr);
    ~UnlockController() override;

    // Starts opening path (read-write) with password. Returns false, doing nothing, while an
    // attempt is running. Ends with exactly one of unlocked() or failed().
    bool unlock(const QString& path, SecureBuffer password);
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    // The receiver becomes the vault's only owner.
    void unlocked(std::shared_ptr<twofold::OpenVault> vault);
    // error.message is the sentence to show; error.code says what happened (WrongPassword,
    // CodeRequired, FileDamaged, FileLocked, ...).
    void failed(const twofold::Error& error);

private:
    struct Outcome;
    void finish();

    Clock* m_clock;
    bool m_busy = false;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher = nullptr;
};

} // namespace twofold
