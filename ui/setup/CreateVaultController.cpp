#include "ui/setup/CreateVaultController.h"

#include "ui/common/VaultLocation.h"
#include "vault/OpenVault.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace twofold {

struct CreateVaultController::Outcome
{
    std::shared_ptr<OpenVault> vault;
    Error error;
};

CreateVaultController::CreateVaultController(Clock& clock, QObject* parent) : QObject(parent), m_clock(&clock)
{
}

CreateVaultController::~CreateVaultController()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool CreateVaultController::create(const QString& path, SecureBuffer password)
{
    if (m_busy)
        return false;
    if (const QString problem = locationProblem(path); !problem.isEmpty()) {
        // Said before calibrating, so nobody waits seconds to hear it.
        emit failed(Error(ErrorCode::InvalidInput, problem));
        return true;
    }
    m_busy = true;
    emit busyChanged(true);
    auto secret = std::make_shared<SecureBuffer>(std::move(password));
    Clock* clock = m_clock;
    const std::optional<kdf::Params> override = m_kdfOverride;
    m_watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CreateVaultController::finish);
    m_watcher->setFuture(QtConcurrent::run([path, secret, clock, override] {
        auto outcome = std::make_shared<Outcome>();
        const kdf::Params params = override ? *override : kdf::calibrate();
        Result<std::unique_ptr<OpenVault>> made = OpenVault::create(path, *secret, params, *clock);
        secret->clear();
        if (made)
            outcome->vault = std::move(made).value();
        else
            outcome->error = made.error();
        return outcome;
    }));
    return true;
}

QString CreateVaultController::locationProblem(const QString& path)
{
    return newVaultLocationProblem(path);
}

void CreateVaultController::finish()
{
    std::shared_ptr<Outcome> outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_busy = false;
    emit busyChanged(false);
    if (outcome->vault)
        emit created(std::move(outcome->vault));
    else
        emit failed(outcome->error);
}

} // namespace twofold
