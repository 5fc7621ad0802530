#pragma once
// SyncEngine: one vault's sync with its server (DESIGN.md 11, core/server/API.md "Sync").
//
// A sync pulls every change since the revision the vault last pulled (page by page while the
// server says more), merges them (SyncMerge.h), saves, then pushes the pending records with
// that revision as base; a stale push (another computer pushed first) pulls, merges and
// pushes again. The vault file is saved after a pull that changed it and after every push the
// server took, with the sync state in the same atomic save, so a crash at any instant loses
// nothing: what was pushed but not yet recorded comes back in the next pull as equal to the
// local record.
// Offline (the server not reached, or busy) every change stays pending in the file.
//
// Listening (setListening) holds one wait (long poll) open and syncs as soon as the server's
// revision passes the vault's: another computer's change shows here within about a second.
// A wait that fails (the server not reached) makes the state Offline. While Offline or Failed
// it tries a whole sync every kRetryListeningMs (and a wait answered then syncs too), so the
// changes kept offline go out within seconds of the server being back, with no edit here.
#include "sync/SyncLink.h"
#include "sync/SyncMerge.h"
#include "vault/OpenVault.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace twofold::sync {

inline constexpr int kRetryListeningMs = 5'000; // after a failed wait
inline constexpr int kMaxStaleRounds = 20;      // pushes refused as stale in one sync

struct SyncOutcome
{
    Status status;           // ok, or why not (a sentence)
    bool offline = false;    // the server was not reached or was busy: changes are kept
    bool keyRefused = false; // the server does not know this sync key (an account made before
                             // sync: register it with the settings op SetSyncKey)
    MergeReport report;      // what came in, which entries were merged
    std::vector<SyncChange> sent;
    int pending = 0; // changes still waiting after this sync
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { Synced, Syncing, Offline, Failed };

    // vault must be a server-mode vault opened for writing, and outlive the engine.
    SyncEngine(OpenVault& vault, std::shared_ptr<SyncLink> link, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Starts a sync (see above); asked while one runs, another follows it. finished() says
    // when it is over, with lastOutcome().
    void syncNow();
    // Holds a wait open and syncs when another computer changed the vault.
    void setListening(bool on);

    State state() const { return m_state; }
    bool isSyncing() const { return m_state == State::Syncing; }
    int pendingCount() const;
    // "Synced", "Offline — 3 changes waiting", "Syncing…", or why the last sync failed.
    QString statusText() const;
    const SyncOutcome& lastOutcome() const { return m_outcome; }

    // Who saves the vault when the engine has changed it (after a pull that brought something,
    // after each push the server took, on a failure): by default vault.save() at once, on this
    // thread. A saver saves instead (the GUI: on its save worker) and may return before the
    // save ends; the caller then must hold every reply (SyncLink) until that save has ended, as
    // the engine changes the vault only when a reply comes. A pushed change whose save is lost
    // (a crash) comes back at the next pull as equal to the local one: nothing is lost.
    void setSaver(std::function<Status()> saver) { m_saver = std::move(saver); }

    // Tests: called with each request's route before it is sent.
    void setRequestObserver(std::function<void(SyncLink::Route)> observer)
    {
        m_observer = std::move(observer);
    }

signals:
    void stateChanged();
    void finished();       // a sync ended; lastOutcome() tells how
    void contentChanged(); // entries, groups or the name came in: views reload

private:
    void send(SyncLink::Route route, const QCborMap& request, void (SyncEngine::*handler)(const QCborMap&));
    void pullPage();
    void onPulled(const QCborMap& reply);
    void startPush();
    void pushChunk();
    void onPushed(const QCborMap& reply);
    void startWait();
    void onWaited(const QCborMap& reply);
    bool saveOrFail();
    Status saveVault();
    void fail(const Refusal& refusal);
    void fail(const Error& error, bool offline = false);
    void finish();
    void setState(State state);

    OpenVault& m_vault;
    std::shared_ptr<SyncLink> m_link;
    SecureBuffer m_syncKey;
    State m_state = State::Synced;
    SyncOutcome m_outcome;
    bool m_again = false;
    int m_staleRounds = 0;
    std::vector<PendingRecord> m_pending;
    std::size_t m_pushAt = 0, m_pushEnd = 0;
    bool m_listening = false;
    bool m_waiting = false;
    QTimer m_retry;
    std::function<void(SyncLink::Route)> m_observer;
    std::function<Status()> m_saver;
};

} // namespace twofold::sync
