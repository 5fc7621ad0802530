#include "ui/vault/VaultSync.h"

#include "sync/SyncEngine.h"
#include "sync/SyncLink.h"
#include "ui/vault/VaultController.h"
#include "vault/OpenVault.h"

#include <QLocale>

#include <utility>

namespace twofold {

namespace {

// A SyncLink whose replies reach the engine only through gate: it waits for the controller's
// save in flight, and says false (the reply is dropped) once the sync is stopped.
class GatedSyncLink final : public sync::SyncLink
{
public:
    GatedSyncLink(std::shared_ptr<sync::SyncLink> inner, std::function<bool()> gate)
        : m_inner(std::move(inner)), m_gate(std::move(gate))
    {
    }
    void send(Route route, const QCborMap& request, QObject* context, Reply reply) override
    {
        m_inner->send(route, request, context, [gate = m_gate, reply = std::move(reply)](QCborMap answer) {
            if (gate())
                reply(std::move(answer));
        });
    }

private:
    std::shared_ptr<sync::SyncLink> m_inner;
    std::function<bool()> m_gate;
};

} // namespace

VaultSync::VaultSync(VaultController* controller, std::shared_ptr<sync::SyncLink> link, QObject* parent)
    : QObject(parent), m_controller(controller)
{
    OpenVault& vault = controller->openVault(); // waits for a save in flight
    if (!link)
        link = std::make_shared<sync::HttpSyncLink>(ServerEndpoint::forHeaderUrl(vault.header().serverUrl));
    // The gate is called only while the engine (the replies' context) lives, so this is alive.
    m_link = std::make_shared<GatedSyncLink>(std::move(link), [this] { return openGate(); });
    makeEngine();
    // After each save of a local change (not of the engine's own): push it. Queued, so the sync
    // starts from the event loop, never inside the gate (whose waitForSave may emit saved()).
    connect(controller, &VaultController::saved, this, [this] {
        if (!std::exchange(m_engineSave, false))
            QMetaObject::invokeMethod(this, &VaultSync::syncNow, Qt::QueuedConnection);
    });
    connect(controller, &VaultController::saveFailed, this, [this] { m_engineSave = false; });
    connect(controller, &VaultController::aboutToLock, this, &VaultSync::stop);
}

void VaultSync::makeEngine()
{
    m_engine = std::make_unique<sync::SyncEngine>(m_controller->openVault(), m_link);
    // The engine's saves go to the controller's worker too (the window never waits for a big
    // vault's save); the gate holds the next reply until such a save has ended.
    m_engine->setSaver([this] {
        m_engineSave = true;
        m_controller->save();
        return Status();
    });
    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this, &VaultSync::onStateChanged);
    connect(m_engine.get(), &sync::SyncEngine::contentChanged, this, &VaultSync::contentChanged);
    connect(m_engine.get(), &sync::SyncEngine::finished, this, &VaultSync::onFinished);
}

void VaultSync::setPaused(bool paused)
{
    if (m_stopped || paused == m_paused || !m_controller->isOpen())
        return;
    m_paused = paused;
    if (paused)
        return dropEngine(); // the file keeps what is pending

    makeEngine();
    start();
}

VaultSync::~VaultSync()
{
    // No signal from here: the receivers may be half destroyed (this is often their child).
    dropEngine();
}

void VaultSync::dropEngine()
{
    if (!m_engine)
        return;
    m_engine->setListening(false);
    m_engine->disconnect(this);
    // Destroying the engine (the replies' context) drops every reply still on its way.
    m_engine.reset();
}

void VaultSync::start()
{
    if (!m_engine)
        return;
    m_engine->syncNow();
    m_engine->setListening(true);
}

void VaultSync::stop()
{
    const bool wasStopped = std::exchange(m_stopped, true);
    if (!m_engine) {
        if (!wasStopped)
            emit statusChanged(QString());
        return;
    }
    dropEngine();
    m_link.reset();
    emit statusChanged(QString());
}

void VaultSync::syncNow()
{
    if (m_engine && m_controller->isOpen())
        m_engine->syncNow();
}

QString VaultSync::statusText() const
{
    if (!m_engine)
        return {};
    if (m_offline && m_engine->isSyncing())
        return m_offlineText;
    return m_engine->statusText();
}

void VaultSync::onStateChanged()
{
    const sync::SyncEngine::State state = m_engine->state();
    if (state != sync::SyncEngine::State::Syncing) {
        m_offline = state == sync::SyncEngine::State::Offline;
        m_offlineText = m_offline ? m_engine->statusText() : QString();
    }
    emit statusChanged(statusText());
}

bool VaultSync::openGate()
{
    if (!m_engine || !m_controller->isOpen())
        return false;
    m_controller->waitForSave();
    return m_engine != nullptr && m_controller->isOpen();
}

void VaultSync::onFinished()
{
    const sync::SyncOutcome& outcome = m_engine->lastOutcome();
    emit statusChanged(statusText());
    if (!outcome.report.merged.empty()) {
        QStringList titles;
        for (const sync::SyncChange& change : outcome.report.merged)
            titles << change.title;
        emit merged(titles);
    }
    if (outcome.keyRefused && !m_keyRefusedShown) {
        m_keyRefusedShown = true; // once: the retries would say it again every few seconds
        emit keyRefused();
    }
}

QString VaultSync::keyRefusedSentence()
{
    return tr("This account was made before Twofold could sync, so the server does not know this vault's "
              "sync key yet. Run “twofold-cli sync” once on this computer to turn sync on.");
}

QString VaultSync::mergedSentence(const QStringList& titles)
{
    QStringList quoted;
    for (const QString& title : titles)
        //: An entry's title quoted in a sentence, with this language's quotation marks.
        quoted << tr("“%1”").arg(title);
    //: %1 is the list of entries' titles, quoted: "“Mail” and “Bank”".
    return tr("Changed on this computer and on another: %1. The newer edit is current; the other is kept "
              "in the entry's history.")
        .arg(QLocale().createSeparatedList(quoted));
}

} // namespace twofold
