#include "sync/SyncEngine.h"

#include "sync/SyncCrypto.h"
#include "sync/SyncText.h"

namespace twofold::sync {

SyncEngine::SyncEngine(OpenVault& vault, std::shared_ptr<SyncLink> link, QObject* parent)
    : QObject(parent), m_vault(vault), m_link(std::move(link)), m_syncKey(deriveSyncKey(vault.vaultKey()))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryListeningMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_listening || m_waiting || isSyncing())
            return;
        if (m_state == State::Offline || m_state == State::Failed)
            syncNow(); // a pull is answered at once (a wait only when something changes); its end listens
        else
            startWait();
    });
    m_outcome.pending = pendingCount();
}

SyncEngine::~SyncEngine() = default;

int SyncEngine::pendingCount() const
{
    return sync::pendingCount(m_vault.vault());
}

QString SyncEngine::statusText() const
{
    switch (m_state) {
    case State::Syncing:
        return SyncText::tr("Syncing…");
    case State::Offline:
        return m_outcome.pending == 0
                   ? SyncText::tr("Offline")
                   : SyncText::tr("Offline — %n change(s) waiting", nullptr, m_outcome.pending);
    case State::Failed:
        return SyncText::tr("Not synced: %1").arg(m_outcome.status.error().message);
    case State::Synced:
        break;
    }
    return m_outcome.pending == 0 ? SyncText::tr("Synced")
                                  : SyncText::tr("%n change(s) waiting", nullptr, m_outcome.pending);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void SyncEngine::syncNow()
{
    if (isSyncing()) {
        m_again = true;
        return;
    }
    m_outcome = SyncOutcome{};
    m_staleRounds = 0;
    setState(State::Syncing);
    pullPage();
}

void SyncEngine::send(SyncLink::Route route, const QCborMap& request,
                      void (SyncEngine::*handler)(const QCborMap&))
{
    if (m_observer)
        m_observer(route);
    const QCborMap message = syncEnvelope(request, m_vault.header().serverAccount, m_syncKey);
    m_link->send(route, message, this, [this, handler](const QCborMap& reply) { (this->*handler)(reply); });
}

void SyncEngine::pullPage()
{
    send(SyncLink::Route::Pull, pullRequest(m_vault.vault().syncState().revision), &SyncEngine::onPulled);
}

void SyncEngine::onPulled(const QCborMap& reply)
{
    Answer<PullReply> page = readReply<PullReply>(reply);
    if (!page)
        return fail(page.refusal());
    Vault& vault = m_vault.vault();
    if (page->revision < vault.syncState().revision)
        return fail(Refusal(ErrorCode::ServerRefused, RefusalReason::NotUnderstood));
    const std::size_t before = m_outcome.report.received.size() + m_outcome.report.merged.size();
    applyPulled(vault, m_vault.vaultKey(), m_vault.header().vaultId, page->records, m_outcome.report);
    if (m_outcome.report.received.size() + m_outcome.report.merged.size() != before)
        emit contentChanged();
    if (page->more) {
        vault.mutableSyncState().revision = page->records.back().rev;
        return pullPage();
    }
    // Nothing new (the usual pull before a push): the state stays as it is, so no save is made
    // for it (a save of a 100,000-entry vault takes about 0.3 s).
    if (vault.syncState().revision != page->revision)
        vault.mutableSyncState().revision = page->revision;
    finishPull(vault);
    if (!saveOrFail())
        return;
    startPush();
}

void SyncEngine::startPush()
{
    m_pending = collectPending(m_vault.vault(), m_vault.vaultKey(), m_vault.header().vaultId);
    m_pushAt = m_pushEnd = 0;
    pushChunk();
}

void SyncEngine::pushChunk()
{
    if (m_pushAt >= m_pending.size())
        return finish();
    std::vector<OutgoingRecord> chunk;
    qsizetype bytes = 0;
    m_pushEnd = m_pushAt;
    while (m_pushEnd < m_pending.size() && chunk.size() < std::size_t(kMaxPushRecords)) {
        const OutgoingRecord& r = m_pending[m_pushEnd].record;
        if (!chunk.empty() && bytes + pushedSize(r) > kMaxPushBodyBytes)
            break;
        bytes += pushedSize(r);
        chunk.push_back(r);
        ++m_pushEnd;
    }
    send(SyncLink::Route::Push, pushRequest(m_vault.vault().syncState().revision, chunk),
         &SyncEngine::onPushed);
}

void SyncEngine::onPushed(const QCborMap& reply)
{
    if (staleRevision(reply)) {
        if (++m_staleRounds > kMaxStaleRounds)
            return fail(Refusal(ErrorCode::ServerRefused, RefusalReason::ServerRefused));
        return pullPage(); // pull, merge, push again
    }
    Answer<PushReply> pushed = readReply<PushReply>(reply);
    if (!pushed)
        return fail(pushed.refusal());
    if (pushed->revs.size() != m_pushEnd - m_pushAt)
        return fail(Refusal(ErrorCode::ServerRefused, RefusalReason::NotUnderstood));
    const std::vector<PendingRecord> chunk(std::make_move_iterator(m_pending.begin() + qsizetype(m_pushAt)),
                                           std::make_move_iterator(m_pending.begin() + qsizetype(m_pushEnd)));
    Vault& vault = m_vault.vault();
    markPushed(vault, chunk, pushed->revs);
    vault.mutableSyncState().revision = pushed->revision;
    for (const PendingRecord& p : chunk)
        m_outcome.sent.push_back(p.change);
    if (!saveOrFail())
        return;
    m_pushAt = m_pushEnd;
    pushChunk();
}

bool SyncEngine::saveOrFail()
{
    if (!m_vault.vault().isModified())
        return true;
    if (Status saved = saveVault(); !saved) {
        fail(saved.error());
        return false;
    }
    return true;
}

Status SyncEngine::saveVault()
{
    return m_saver ? m_saver() : m_vault.save();
}

void SyncEngine::fail(const Refusal& refusal)
{
    const bool offline =
        refusal.reason == RefusalReason::ServerUnreachable || refusal.reason == RefusalReason::ServerRefused;
    m_outcome.keyRefused = refusal.reason == RefusalReason::WrongPassword;
    fail(refusal.error(), offline);
}

void SyncEngine::fail(const Error& error, bool offline)
{
    // What came in is kept (and saved when it can be): a later sync goes on from there.
    if (m_vault.vault().isModified())
        (void)saveVault();
    m_outcome.status = error;
    m_outcome.offline = offline;
    m_outcome.pending = pendingCount();
    m_pending.clear();
    // One state change, to the final state, before finished(): no passing "Failed" when offline.
    setState(offline ? State::Offline : State::Failed);
    emit finished();
    if (m_listening && !m_waiting)
        m_retry.start();
}

void SyncEngine::finish()
{
    m_pending.clear();
    m_outcome.pending = pendingCount();
    setState(State::Synced);
    emit finished();
    if (m_again) {
        m_again = false;
        syncNow();
        return;
    }
    if (m_listening && !m_waiting)
        startWait();
}

void SyncEngine::setListening(bool on)
{
    m_listening = on;
    if (!on) {
        m_retry.stop();
        return;
    }
    if (!m_waiting && !isSyncing())
        startWait();
}

void SyncEngine::startWait()
{
    m_waiting = true;
    send(SyncLink::Route::Wait, waitRequest(m_vault.vault().syncState().revision), &SyncEngine::onWaited);
}

void SyncEngine::onWaited(const QCborMap& reply)
{
    m_waiting = false;
    if (!m_listening)
        return;
    Answer<WaitReply> waited = readReply<WaitReply>(reply);
    if (!waited) {
        if (!isSyncing()) {
            const RefusalReason why = waited.refusal().reason;
            if (why == RefusalReason::ServerUnreachable || why == RefusalReason::ServerRefused) {
                // The server went away between syncs: say so, with what waits here.
                m_outcome.offline = true;
                m_outcome.pending = pendingCount();
                setState(State::Offline);
            }
            m_retry.start();
        }
        return;
    }
    // Back from offline (or a failed sync): the changes kept here go out now, not at the next edit.
    const bool retry = m_state == State::Offline || m_state == State::Failed;
    if (retry || waited->revision > m_vault.vault().syncState().revision)
        syncNow(); // its end starts the next wait
    else if (!isSyncing())
        startWait();
}

} // namespace twofold::sync
