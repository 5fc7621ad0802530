#include "ui/signin/UnlockController.h"

#include "vault/OpenVault.h"

#include <QtConcurrent/QtConcurrentRun>

namespace twofold {

// What the worker thread hands back: the vault, or why not.
struct UnlockController::Outcome
{
    std::shared_ptr<OpenVault> vault;
    Error error;
};

UnlockController::UnlockController(Clock& clock, QObject* parent) : QObject(parent), m_clock(&clock) {}

UnlockController::~UnlockController()
{
    // A running attempt finishes on its own thread; its vault (if any) is dropped there.
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool UnlockController::unlock(const QString& path, SecureBuffer password)
{
    if (m_busy)
        return false;
    m_busy = true;
    emit busyChanged(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    Clock* clock = m_clock;
    m_watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &UnlockController::finish);
    m_watcher->setFuture(QtConcurrent::run([path, secret, clock] {
        auto outcome = std::make_shared<Outcome>();
        Result<std::unique_ptr<OpenVault>> opened =
            OpenVault::open(path, *secret, OpenMode::ReadWrite, *clock);
        secret->clear();
        if (opened)
            outcome->vault = std::move(opened).value();
        else
            outcome->error = opened.error();
        return outcome;
    }));
    return true;
}

void UnlockController::finish()
{
    std::shared_ptr<Outcome> outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_busy = false;
    emit busyChanged(false);
    if (outcome->vault)
        emit unlocked(std::move(outcome->vault));
    else
        emit failed(outcome->error);
}

} // namespace twofold
